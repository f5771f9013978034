// Person names of set 12 in their own scripts (gold `person`, reported but not judged), and e-mail
// local parts made from a latinised name, as mail systems of each country make them.
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

/** Given names and surnames per language; Greek, Hebrew, Persian, Thai, Japanese, Hindi and Russian in their scripts. */
const NAMES: Record<string, [string[], string[]]> = {
  pl: [['Zofia', 'Krzysztof', 'Małgorzata', 'Wojciech', 'Agnieszka', 'Paweł'], ['Wiśniewska', 'Kowalczyk', 'Lewandowski', 'Wójcik', 'Zieliński', 'Szymańska']],
  cs: [['Jiří', 'Lenka', 'Tomáš', 'Kateřina', 'Ondřej', 'Hana'], ['Dvořák', 'Černá', 'Procházka', 'Novotná', 'Kučera', 'Svobodová']],
  hu: [['Zsófia', 'László', 'Eszter', 'Gábor', 'Réka', 'Bence'], ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Horváth', 'Varga']],
  ro: [['Ioana', 'Mihai', 'Andreea', 'Ștefan', 'Elena', 'Răzvan'], ['Popescu', 'Ionescu', 'Dumitrescu', 'Stănescu', 'Constantin', 'Munteanu']],
  el: [['Γιώργος', 'Ελένη', 'Δημήτρης', 'Κατερίνα', 'Νίκος', 'Μαρία'], ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Βασιλείου', 'Καραγιάννη']],
  tr: [['Ayşe', 'Mehmet', 'Elif', 'Mustafa', 'Zeynep', 'Emre'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk']],
  fi: [['Aino', 'Juha', 'Sanna', 'Mikko', 'Päivi', 'Ville'], ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Lehtonen']],
  sv: [['Astrid', 'Lars', 'Ingrid', 'Björn', 'Maja', 'Oskar'], ['Lindqvist', 'Johansson', 'Bergström', 'Nyström', 'Åkesson', 'Sjöberg']],
  no: [['Ingeborg', 'Håkon', 'Solveig', 'Eirik', 'Sigrid', 'Tor'], ['Haugen', 'Bakke', 'Solberg', 'Kristiansen', 'Løvås', 'Strand']],
  da: [['Mette', 'Søren', 'Freja', 'Rasmus', 'Karen', 'Mads'], ['Nørgaard', 'Jørgensen', 'Mikkelsen', 'Thomsen', 'Østergaard', 'Poulsen']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Lê Minh', 'Phạm Thu', 'Hoàng Đức', 'Vũ Ngọc'], ['Hương', 'Nam', 'Tuấn', 'Hà', 'Long', 'Lan']],
  th: [['สมชาย', 'สุดารัตน์', 'ธนากร', 'พิมพ์ชนก', 'วีระพงษ์', 'กนกวรรณ'], ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์', 'บุญมา', 'แสงทอง', 'สุขสันต์']],
  id: [['Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Hendra'], ['Rahayu', 'Santoso', 'Wijaya', 'Kusuma', 'Saputra', 'Hidayat']],
  tl: [['Maria Cristina', 'Jose', 'Ligaya', 'Rodrigo', 'Marites', 'Jun'], ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza']],
  sw: [['Amani', 'Baraka', 'Neema', 'Juma', 'Zawadi', 'Hamisi'], ['Mwangi', 'Otieno', 'Njoroge', 'Wanjiru', 'Kimaro', 'Mushi']],
  he: [['נועה', 'יוסף', 'תמר', 'אבי', 'מיכל', 'דוד'], ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם']],
  fa: [['مریم', 'علی', 'زهرا', 'رضا', 'فاطمه', 'حسین'], ['محمدی', 'حسینی', 'احمدی', 'رضایی', 'کریمی', 'موسوی']],
  ja: [['陽菜', '大翔', '結衣', '蓮', '美咲', '悠真'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤']],
  hi: [['प्रिया', 'राहुल', 'अनीता', 'विकास', 'सुनीता', 'अर्जुन'], ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'यादव']],
  ru: [['Анна', 'Дмитрий', 'Ольга', 'Сергей', 'Наталья', 'Алексей'], ['Иванова', 'Смирнов', 'Кузнецова', 'Попов', 'Соколова', 'Лебедев']],
  en: [['Emily', 'James', 'Olivia', 'Michael', 'Grace', 'Daniel'], ['Thompson', 'Walker', 'Harris', 'Robinson', "O'Connor", 'Fitzgerald']],
  de: [['Jürgen', 'Sabine', 'Lukas', 'Annika', 'Matthias', 'Charlotte'], ['Schäfer', 'Weißmann', 'Hoffmann', 'Krüger', 'Becker', 'Vogel']],
  fr: [['Amélie', 'Théo', 'Chloé', 'Baptiste', 'Léa', 'Mathieu'], ['Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Dubois']],
  es: [['Lucía', 'Javier', 'Carmen', 'Álvaro', 'Nuria', 'Sergio'], ['García López', 'Martínez', 'Fernández', 'Sánchez Ruiz', 'Jiménez', 'Muñoz']],
  it: [['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Francesca', 'Davide'], ['Rossi', 'Bianchi', 'Esposito', 'Ricci', 'Marino', 'Greco']],
  pt: [['João', 'Beatriz', 'Tiago', 'Inês', 'Gonçalo', 'Mariana'], ['Silva', 'Conceição', 'Ferreira', 'Araújo', 'Gonçalves', 'Magalhães']],
};
export const LANGS12 = Object.keys(NAMES);
/** The scripts the names are written in (for the report). */
export const SCRIPTS12 = ['Latin', 'Greek', 'Hebrew', 'Arabic (Persian)', 'Thai', 'Japanese', 'Devanagari', 'Cyrillic'];

export interface Person {
  first: string;
  last: string;
  lang: string;
}

export function person(rng: Rng, lang: string = rng.pick(LANGS12)): Person {
  const [f, l] = NAMES[lang]!;
  return { first: rng.pick(f), last: rng.pick(l), lang };
}

/** The name as gold (`person`, form = language), in the order the language writes it. */
export function nameOf(p: Person, order: 'first-last' | 'last-first' | 'last-comma' = 'first-last'): Piece {
  const eastern = p.lang === 'hu' || p.lang === 'ja' || p.lang === 'vi';
  const text = order === 'last-comma' ? `${p.last}, ${p.first}` : eastern !== (order === 'last-first') ? `${p.last} ${p.first}` : `${p.first} ${p.last}`;
  return gold('person', p.lang, text);
}

export const name = (rng: Rng, lang?: string): Piece => nameOf(person(rng, lang));

const FOLD: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', å: 'a', ß: 'ss', đ: 'd', ı: 'i', ș: 's', ț: 't' };
/** A latinised login of the person (ASCII, lower case), or a neutral one for non-Latin scripts. */
export function login(rng: Rng, p: Person): string {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łøæåßđıșț]/g, (c) => FOLD[c] ?? c).replace(/[^a-z]/g, '');
  const f = fold(p.first);
  const l = fold(p.last);
  if (!f || !l) return rng.pick(['info', 'kontakt', 'office', 'user', 'contact', 'admin']) + rng.digits(rng.int(0, 3));
  return rng.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}`, `${f}${rng.int(1, 99)}`, `${f}.${l}+${rng.pick(['news', 'shop', 'work'])}`]);
}
