// People of set 14: given and family names in twenty-four languages and eight scripts, and the
// written orders a name takes (given-family, family-given for East Asian and Hungarian names, "Family,
// Given" in rosters). A name is gold `person` (reported, not judged).
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export interface Person {
  lang: string;
  given: string;
  family: string;
}

const L = (s: string) => s.split(' ');
// [given names, family names] per language; scripts: Latin, Cyrillic, Greek, Arabic, Hebrew, Han, Hangul, Devanagari, Thai.
const NAMES: Record<string, [string[], string[]]> = {
  en: [L('Olivia Harper Declan Maeve Tobias Imogen Rhys Bronwyn'), L('Whitcombe Ashdown Pemberton Kilbride Hargreaves Lockwood')],
  de: [L('Jörg Annegret Malte Wiebke Sönke Friederike'), L('Brüggemann Oberländer Kuhlmann Wißmann Pfeiffer')],
  fr: [L('Léonie Aurélien Maëlle Gaëtan Solène'), L('Delacroix Fontaine Lefèvre Marchand Guérin')],
  es: [L('Íñigo Ainhoa Maite Fermín Begoña'), L('Etxeberria Valdés Carrasco Olmedo Núñez')],
  it: [L('Gianluca Ornella Settimio Ludovica'), L('Bellandi Spadaro Quattrocchi Ferrante')],
  pt: [L('Conceição João Rui Iolanda Gonçalo'), L('Magalhães Sampaio Figueiredo Araújo')],
  nl: [L('Sjoerd Marieke Joost Femke'), L('van Dijkhuizen Hoekstra de Wilde Brouwer')],
  pl: [L('Grzegorz Małgorzata Wojciech Bożena'), L('Wróblewski Szczęsna Chmielewski Kaźmierczak')],
  cs: [L('Radek Květa Zdeněk Jiřina'), L('Dvořáková Procházka Kučera Šťastný')],
  hu: [L('Levente Boglárka Gergő Zsófia'), L('Szűcs Ráckevei Halász Ötvös')],
  sv: [L('Björn Ingrid Torvald Solveig'), L('Lindqvist Åkesson Ekström Sjöberg')],
  fi: [L('Jyrki Päivi Teemu Aino'), L('Häkkinen Mäkelä Väisänen Leppänen')],
  tr: [L('Çağrı Gülşen Oğuz Şebnem'), L('Yıldırım Karakaş Öztürk Çelikkol')],
  ru: [L('Святослав Евдокия Ярослав Аглая'), L('Воронцова Щербаков Лыков Тихомиров')],
  uk: [L('Богдан Оксана Тарас Соломія'), L('Шевчук Коваленко Гнатюк Їжакевич')],
  el: [L('Σταύρος Ευανθία Παναγιώτης Δέσποινα'), L('Παπαδημητρίου Καραγιάννη Ζαφειρίου')],
  ar: [L('يوسف مريم طارق لبنى'), L('الحسيني العطار النجار الزعبي')],
  he: [L('אביגיל נועם יהונתן תמר'), L('רוזנבלום בן־דוד שפירא')],
  zh: [L('伟 秀英 子涵 建国'), L('王 欧阳 司马 陈')],
  ja: [L('陽菜 蓮 さくら 大翔'), L('高橋 渡辺 小林 山本')],
  ko: [L('서연 민준 지우 하은'), L('김 박 최 정')],
  hi: [L('अनन्या विवेक प्रिया राहुल'), L('शर्मा वर्मा अग्रवाल त्रिपाठी')],
  th: [L('สมชาย วิภา ธนากร'), L('ศรีสุข วงศ์ไทย ทองดี')],
  vi: [L('Nguyệt Phúc Thảo Quang'), L('Nguyễn Trần Phạm Đặng')],
  sw: [L('Wanjiru Baraka Amani Zawadi'), L('Mwangi Otieno Njoroge Kamau')],
  yo: [L('Adébáyọ̀ Olúwaseun Fọláṣadé'), L('Ọlátúnjí Adéyẹmí Ògúnlẹ́yẹ')],
};

export const LANGS14 = Object.keys(NAMES);
const EAST = new Set(['zh', 'ja', 'ko', 'hu']);
const ASCII: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', å: 'a', ø: 'o', æ: 'ae', ł: 'l', ı: 'i', ş: 's', ğ: 'g', ç: 'c', đ: 'd' };

export function person(rng: Rng, lang?: string): Person {
  const l = lang ?? rng.pick(LANGS14);
  const [g, f] = NAMES[l] ?? NAMES.en!;
  return { lang: l, given: rng.pick(g), family: rng.pick(f) };
}

/** The name as people write it in that language (no space between a Han family and given name). */
export function fullName(p: Person): string {
  if (p.lang === 'zh' || p.lang === 'ja') return p.family + p.given;
  return EAST.has(p.lang) ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

export const nameOf = (p: Person): Piece => gold('person', EAST.has(p.lang) ? 'family-given' : 'given-family', fullName(p));
export const rosterName = (p: Person): Piece => gold('person', 'family-comma-given', `${p.family}, ${p.given}`);

/** An ASCII local-part stem of a Latin-script name; null for other scripts (their mail uses a pinyin or handle). */
export function asciiStem(s: string): string | null {
  const t = s.toLowerCase().replace(/[äöüßåøæłışğçđ]/g, (c) => ASCII[c] ?? c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
  return t.length >= 2 && /^[\p{Script=Latin}\s\-'’]+$/u.test(s) ? t : null;
}
