// Set 17's people: given and family names of 28 languages in ten scripts (Latin, Greek, Cyrillic,
// Arabic, Hebrew, Devanagari, Han, Hangul, Thai, Georgian), each with a Latin spelling for e-mail
// local parts. Names are written in the order their language writes them (family first in CJK).
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export interface Person {
  lang: string;
  given: string;
  family: string;
  /** Latin spellings (ASCII) of the given and family name. */
  latin: [string, string];
}

// "native|latin" where the script is not Latin; Latin names are folded to ASCII for e-mails.
const NAMES: Record<string, [string, string]> = {
  en: ['Olivia Harriet George Callum Maisie Rhys Eleanor Declan', 'Whitfield Abernathy Okafor Pennington Lloyd Gallagher Thornbury Maddox'],
  de: ['Jörg Anneliese Friedrich Lena Sönke Hannelore Malte Svenja', 'Größmann Hinrichs Wöllner Baumgärtner Tietjen Oberhuber Kühnel Schäfer'],
  fr: ['Aurélie Timothée Solène Gaëtan Maëlle Benoît Clémence Hervé', 'Lefèvre Desrosiers Moreau Château Giraud Beaumont Rousseau Lacroix'],
  es: ['Ximena Iñigo Begoña Rodrigo Lucía Álvaro Nerea Joaquín', 'Ibáñez Fuentes Echeverría Domínguez Quiroga Salcedo Peña Olmedo'],
  it: ['Ginevra Lorenzo Beatrice Niccolò Ludovica Tommaso Caterina Ettore', 'Bianchini Lombardo Carbone Esposito DeLuca Fabbri Marchetti Galli'],
  pt: ['João Inês Gonçalo Leonor Tiago Beatriz Simão Mafalda', 'Conceição Magalhães Ferreira Gonçalves Albuquerque Sampaio Teixeira Brandão'],
  nl: ['Sanne Joost Femke Bram Lieke Maarten Noortje Thijs', 'Bakker Verhoeven Dijkstra Kuipers Hendriks Mulder Visser Brouwer'],
  pl: ['Małgorzata Grzegorz Agnieszka Łukasz Katarzyna Paweł Zofia Wojciech', 'Wiśniewski Zieliński Kowalczyk Dąbrowska Szymański Woźniak Lewandowska Kaczmarek'],
  cs: ['Jiří Kateřina Ondřej Tereza Vojtěch Markéta Radek Zdeňka', 'Dvořák Procházková Černý Novotná Kučera Veselá Horák Svobodová'],
  hu: ['Bence Zsófia Levente Réka Gergő Eszter Ádám Boglárka', 'Nagy Kovács Szabó Tóth Horváth Varga Kiss Molnár'],
  ro: ['Andrei Ioana Mihai Bianca Ștefan Raluca Vlad Alexandra', 'Popescu Ionescu Dumitrescu Stănescu Constantinescu Munteanu Rădulescu Moldovan'],
  tr: ['Emre Zeynep Burak Elif Oğuz Şeyma Çağrı Gülşen', 'Yılmaz Öztürk Çelik Aydın Şahin Doğan Kılıç Arslan'],
  sv: ['Linnéa Björn Ebba Gustav Märta Oskar Saga Henrik', 'Lindqvist Åberg Sjöberg Holmström Engström Nyström Bergkvist Wallin'],
  fi: ['Aino Eero Siiri Joonas Venla Lauri Iida Tuomas', 'Mäkinen Virtanen Heikkilä Järvinen Koskinen Lehtonen Hämäläinen Nieminen'],
  vi: ['Nguyễn_Thị_Lan Trần_Văn_Hùng Lê_Minh_Tuấn Phạm_Thu_Hà Hoàng_Đức_Anh Võ_Ngọc_Mai', 'x'],
  sw: ['Amani Baraka Zawadi Juma Neema Imani Bakari Rehema', 'Mwangi Otieno Wanjiru Kamau Achieng Njoroge Mutua Chebet'],
  yo: ['Adébáyọ̀ Folasade Oluwaseun Temitope Babatunde Abimbola Olumide Yetunde', 'Adeyemi Ogunleye Balogun Akinwande Olawale Adebayo Oyelaran Fashola'],
  el: ['Δημήτρης|Dimitris Ελένη|Eleni Γιώργος|Giorgos Κατερίνα|Katerina Νίκος|Nikos Σοφία|Sofia', 'Παπαδόπουλος|Papadopoulos Κωνσταντίνου|Konstantinou Οικονόμου|Oikonomou Γεωργίου|Georgiou Νικολάου|Nikolaou'],
  ru: ['Алексей|Aleksei Татьяна|Tatyana Дмитрий|Dmitry Екатерина|Ekaterina Сергей|Sergei Ольга|Olga', 'Смирнов|Smirnov Кузнецова|Kuznetsova Волков|Volkov Соколова|Sokolova Лебедев|Lebedev'],
  uk: ['Олександр|Oleksandr Оксана|Oksana Тарас|Taras Ганна|Hanna Богдан|Bohdan Ірина|Iryna', 'Шевченко|Shevchenko Коваленко|Kovalenko Бондаренко|Bondarenko Ткаченко|Tkachenko Мельник|Melnyk'],
  ar: ['محمد|mohammed فاطمة|fatima أحمد|ahmed ليلى|layla يوسف|yousef نور|nour', 'الحسيني|alhusseini العتيبي|alotaibi حداد|haddad المصري|almasri الشمري|alshammari'],
  he: ['יעל|yael אורי|uri נועה|noa איתי|itai מיכל|michal עומר|omer', 'כהן|cohen לוי|levi מזרחי|mizrahi פרידמן|friedman אברהם|avraham'],
  hi: ['अनिल|anil प्रिया|priya राहुल|rahul सुनीता|sunita विकास|vikas नेहा|neha', 'शर्मा|sharma वर्मा|verma गुप्ता|gupta अग्रवाल|agarwal त्रिपाठी|tripathi'],
  ja: ['陽翔|haruto 結衣|yui 蓮|ren 美咲|misaki 大輝|daiki 花子|hanako', '佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 渡辺|watanabe 伊藤|ito'],
  zh: ['伟|wei 芳|fang 静|jing 磊|lei 娜|na 强|qiang', '王|wang 李|li 张|zhang 刘|liu 陈|chen 杨|yang'],
  ko: ['민준|minjun 서연|seoyeon 지훈|jihun 하은|haeun 도윤|doyun 수빈|subin', '김|kim 이|lee 박|park 최|choi 정|jung 강|kang'],
  th: ['สมชาย|somchai สุดารัตน์|sudarat ณัฐพล|nattapon กมลชนก|kamonchanok', 'ศรีสุข|srisuk วงศ์ใหญ่|wongyai ทองดี|thongdee บุญมา|boonma'],
  ka: ['გიორგი|giorgi ნინო|nino დავით|davit თამარ|tamar ლევან|levan', 'ბერიძე|beridze კაპანაძე|kapanadze გელაშვილი|gelashvili ლომიძე|lomidze'],
};

export const LANGS = Object.keys(NAMES);
const FAMILY_FIRST = new Set(['ja', 'zh', 'ko', 'hu', 'vi']);
const NO_SPACE = new Set(['ja', 'zh', 'ko']);

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z]/g, '').toLowerCase();

function split(entry: string): [string, string] {
  const [native, latin] = entry.split('|');
  return [native!, latin ?? fold(native!)];
}

/** A person of `lang` (any language by default). */
export function person(rng: Rng, lang: string = rng.pick(LANGS)): Person {
  const [g, f] = NAMES[lang]!;
  if (lang === 'vi') {
    // Vietnamese full names are drawn whole: family, middle and given name.
    const parts = rng.pick(g.split(' ')).split('_');
    return { lang, family: parts[0]!, given: parts.slice(1).join(' '), latin: [fold(parts[parts.length - 1]!), fold(parts[0]!)] };
  }
  const [given, gl] = split(rng.pick(g.split(' ')));
  const [family, fl] = split(rng.pick(f.split(' ')));
  return { lang, given, family, latin: [gl, fl] };
}

/** The full name as the language writes it. */
export function fullName(p: Person): string {
  if (!FAMILY_FIRST.has(p.lang)) return `${p.given} ${p.family}`;
  return NO_SPACE.has(p.lang) ? `${p.family}${p.given}` : `${p.family} ${p.given}`;
}

/** The full name as a gold `person` value (form: its language). */
export const nameOf = (p: Person): Piece => gold('person', p.lang, fullName(p));

/** "Family, Given" as registers and rosters write it (Latin-script languages). */
export const listedName = (p: Person): Piece => gold('person', `${p.lang}:listed`, FAMILY_FIRST.has(p.lang) ? fullName(p) : `${p.family}, ${p.given}`);
