// Set 19's people: given and family names of twenty-four languages in seven scripts, drawn by
// language so a document's names match its language. The name is the gold span (type `person`).
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export interface Person {
  given: string;
  family: string;
  lang: string;
  /** Latin letters for an e-mail's local part. */
  ascii: string;
}

type Names = [given: string[], family: string[], ascii: string[]];
const L = (g: string, f: string, a = ''): Names => [g.split(' '), f.split(' '), a ? a.split(' ') : []];

const NAMES: Record<string, Names> = {
  en: L('Olivia Harper Declan Maeve Tobias Imogen Rhys Callum', 'Whitfield Ashworth Donnelly Pemberton Galloway Redmond Kinsella'),
  de: L('Annika Lorenz Friederike Jannik Wiebke Malte Henrike', 'Bräuer Kettelhut Wiesinger Ohlendorf Pfannkuch Dreßler'),
  fr: L('Maëlle Gaspard Solène Baptiste Clémence Aurélien', 'Vasseur Lemaître Chevrier Delacroix Fontanel Rousselot'),
  es: L('Ximena Íñigo Araceli Gonzalo Remedios Anselmo', 'Ibarrondo Quintanilla Valcárcel Echevarría Montalbán'),
  it: L('Ludovica Filippo Benedetta Ottavio Giulia Ruggero', 'Bertolazzi Scognamiglio Fumagalli Santangelo Pellegrini'),
  pt: L('Iara Joaquim Conceição Thiago Mariana Leandro', 'Figueiredo Albuquerque Magalhães Nogueira Bettencourt'),
  nl: L('Femke Sjoerd Lieke Joost Anouk Thijs', 'van der Werff Hoekstra Zijlstra de Boer Brouwer'),
  pl: L('Zofia Wojciech Małgorzata Przemysław Agnieszka Bartosz', 'Wiśniewska Grzybowski Kaczmarek Zieliński Szymańska'),
  cs: L('Kateřina Vojtěch Markéta Ondřej Radka', 'Dvořáková Procházka Kučera Horáková Šťastný'),
  hu: L('Réka Bence Zsófia Levente Enikő', 'Szabó Kovácsné Tóth Fehérvári Balogh'),
  ro: L('Ioana Mihai Ancuța Sorin Ilinca', 'Popescu Munteanu Drăgulescu Constantinescu'),
  sv: L('Linnea Anders Saga Mattias Elsa', 'Lindqvist Bergström Åkesson Sjöberg Nyström'),
  fi: L('Aino Eetu Siiri Juhani Venla', 'Heikkinen Mäkelä Kärkkäinen Nieminen Väisänen'),
  no: L('Ingrid Håkon Solveig Eirik Tuva', 'Haugland Bjørnstad Fjeldheim Rønning'),
  tr: L('Elif Oğuz Zeynep Barış Şule', 'Yılmaz Karaağaç Çelik Öztürk Kocabaş'),
  ru: L('Анастасия Дмитрий Ксения Всеволод Людмила', 'Кузнецова Воронцов Белоусова Соколов', 'anastasia dmitry ksenia vsevolod lyudmila'),
  uk: L('Оксана Тарас Богдана Ярослав', 'Шевченко Коваленко Бондаренко Ткачук', 'oksana taras bohdana yaroslav'),
  el: L('Δήμητρα Σταύρος Ευαγγελία Παναγιώτης', 'Παπαδοπούλου Καραγιάννης Ζαχαρίου', 'dimitra stavros evangelia panagiotis'),
  ar: L('فاطمة يوسف ليلى عمر', 'الحسيني العتيبي الشمري', 'fatima yusuf layla omar'),
  he: L('נועה איתי מיכל אורי', 'כהן לוי אברהמי', 'noa itai michal uri'),
  hi: L('प्रिया अर्जुन अनन्या रोहित', 'शर्मा वर्मा कुलकर्णी', 'priya arjun ananya rohit'),
  ja: L('陽菜 蓮 結衣 大翔', '佐藤 高橋 渡辺', 'hina ren yui hiroto'),
  zh: L('秀英 伟 静怡 浩然', '王 李 张 欧阳', 'xiuying wei jingyi haoran'),
  ko: L('서연 민준 지우 도윤', '김 박 최', 'seoyeon minjun jiwoo doyun'),
  vi: L('Ngọc Anh Minh Khoa Thảo', 'Nguyễn Trần Phạm Lê'),
  sw: L('Amani Baraka Neema Juma', 'Mwangi Otieno Wanjiku Kamau'),
};

export const LANGS19 = Object.keys(NAMES);
const EAST = new Set(['ja', 'zh', 'ko']);

/** Strips diacritics for a mailbox name (`Bräuer` → `brauer`). */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

export function person(rng: Rng, lang: string = rng.pick(LANGS19)): Person {
  const [g, f, a] = NAMES[lang] ?? NAMES.en!;
  const i = rng.int(0, g.length - 1);
  const given = g[i]!;
  const family = rng.pick(f);
  const ascii = a.length ? `${a[i % a.length]}${rng.int(1, 99)}` : `${fold(given)}.${fold(family)}`;
  return { given, family, lang, ascii };
}

/** The person's name as written in their language (family first in East Asian scripts). */
export function nameOf(p: Person, form = rng0(p)): Piece {
  if (form === 'east') return gold('person', 'family-given', `${p.family}${p.lang === 'ko' ? ' ' : ''}${p.given}`);
  if (form === 'comma') return gold('person', 'family-comma-given', `${p.family}, ${p.given}`);
  return gold('person', 'given-family', `${p.given} ${p.family}`);
}
const rng0 = (p: Person) => (EAST.has(p.lang) ? 'east' : 'western');
