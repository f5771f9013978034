// Set 16's people: given and family names of twenty-four languages in eight scripts, written in the
// order and script their speakers use. A name is gold `person` with its language as the form.
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export interface Person {
  lang: string;
  given: string;
  family: string;
  /** Latin letters for an e-mail local part (the name itself when already Latin). */
  latin: [string, string];
}

type Names = { given: string[]; family: string[]; latin?: Array<[string, string]>; familyFirst?: boolean; joiner?: string };
const L = (s: string) => s.split(' ');

// Non-Latin scripts carry a romanisation per pair (same index), used for mail local parts.
const NAMES: Record<string, Names> = {
  en: { given: L('Olivia Harper Declan Maeve Tobias Imogen Rhys Callum'), family: L('Whitfield Ashworth Pemberton Kerrigan Dalloway Fairbanks Hollis Granger') },
  de: { given: L('Jörg Annelie Matthias Friederike Lukas Wiebke Tilman Henrike'), family: L('Großmann Überall Wendler Kühnert Scholle Bredemeyer Hufnagel Oswald') },
  fr: { given: L('Gaëlle Théo Margaux Benoît Solène Anaïs Hervé Clémence'), family: L('Lefèvre Duchêne Marchand Rousseau Beaulieu Carpentier Vasseur Fontaine') },
  es: { given: L('Begoña Íñigo Maite Rodrigo Ainhoa Álvaro Nerea Joaquín'), family: L('Echeverría Muñoz Ibarra Castaño Zubizarreta Valdés Cuesta Olmedo') },
  it: { given: L('Ginevra Niccolò Ludovica Tommaso Benedetta Gianluca Ilaria Lorenzo'), family: L('Ferraresi Bonfiglio Lombardini Caruso Pellegrino Santoro Galli Rinaldi') },
  pt: { given: L('Conceição João Thaís Gonçalo Iara Sebastião Lívia Caetano'), family: L('Gonçalves Magalhães Assunção Figueiredo Brandão Peixoto Lacerda Quintela') },
  nl: { given: L('Sanne Joost Femke Bram Lieke Thijs Anouk Wouter'), family: L('Verhoeven Schouten Bakker Dijkstra Koopman Veenstra Mulder Brouwer') },
  pl: { given: L('Zofia Grzegorz Małgorzata Paweł Agnieszka Łukasz Jadwiga Wojciech'), family: L('Wiśniewska Zieliński Kowalczyk Grabowski Dąbrowska Pietrzak Jabłoński Szymańska') },
  cs: { given: L('Tereza Vojtěch Markéta Jiří Šárka Ondřej Kateřina Přemysl'), family: L('Dvořáková Novotný Procházka Černý Kučerová Svoboda Horáček Veselá') },
  sv: { given: L('Linnéa Björn Ingrid Måns Sigrid Örjan Maja Torbjörn'), family: L('Lindqvist Åkesson Sjöberg Bergström Nyström Ekdahl Holmgren Sandberg') },
  fi: { given: L('Aino Väinö Sirpa Jussi Helmi Eero Tuulikki Antti'), family: L('Mäkinen Järvinen Heikkilä Kärkkäinen Leppänen Salonen Väisänen Koskinen') },
  tr: { given: L('Ayşe Mehmet Gülşen Oğuz Şebnem Çağrı İlkay Hülya'), family: L('Yılmaz Öztürk Kılıç Şahin Çelik Aydoğan Güneş Karaca') },
  hu: { given: L('Erzsébet Gábor Zsófia Ödön Ildikó Levente Réka Bálint'), family: L('Szabó Kovács Tóth Németh Farkas Horváth Varga Fekete'), familyFirst: true },
  vi: { given: L('Thảo Minh Hương Tuấn Ngọc Dũng Lan Quang'), family: L('Nguyễn Trần Lê Phạm Hoàng Võ Đặng Bùi'), familyFirst: true },
  id: { given: L('Siti Agus Dewi Bambang Rina Hendra Wulan Eko'), family: L('Wijaya Susanto Hidayat Kusuma Pratama Saputra Nugroho Halim') },
  sw: { given: L('Amani Baraka Neema Juma Zawadi Imani Rehema Jabari'), family: L('Mwangi Otieno Wanjiru Kamau Njoroge Achieng Mutua Kiprono') },
  ru: { given: L('Анастасия Дмитрий Екатерина Сергей Ольга Никита'), family: L('Соколова Кузнецов Воронцова Лебедев Морозова Павлов'), latin: [['anastasia', 'sokolova'], ['dmitry', 'kuznetsov'], ['ekaterina', 'vorontsova'], ['sergey', 'lebedev'], ['olga', 'morozova'], ['nikita', 'pavlov']] },
  uk: { given: L('Оксана Тарас Богдана Ярослав Соломія Остап'), family: L('Шевченко Коваленко Бондаренко Ткаченко Кравчук Мельник'), latin: [['oksana', 'shevchenko'], ['taras', 'kovalenko'], ['bohdana', 'bondarenko'], ['yaroslav', 'tkachenko'], ['solomiia', 'kravchuk'], ['ostap', 'melnyk']] },
  el: { given: L('Ελένη Γιώργος Δέσποινα Νίκος Αικατερίνη Στέλιος'), family: L('Παπαδοπούλου Αντωνίου Καραγιάννη Οικονόμου Βασιλείου Ζαχαρίου'), latin: [['eleni', 'papadopoulou'], ['giorgos', 'antoniou'], ['despoina', 'karagianni'], ['nikos', 'oikonomou'], ['aikaterini', 'vasileiou'], ['stelios', 'zachariou']] },
  ar: { given: L('فاطمة يوسف مريم خالد نور عمر'), family: L('الحسيني العتيبي الشمري المصري الزهراني القحطاني'), latin: [['fatima', 'alhusseini'], ['yousef', 'alotaibi'], ['maryam', 'alshammari'], ['khaled', 'almasri'], ['nour', 'alzahrani'], ['omar', 'alqahtani']] },
  he: { given: L('נועה איתי שירה עומר תמר יונתן'), family: L('כהן לוי מזרחי פרץ ביטון אברהם'), latin: [['noa', 'cohen'], ['itai', 'levi'], ['shira', 'mizrahi'], ['omer', 'peretz'], ['tamar', 'biton'], ['yonatan', 'avraham']] },
  hi: { given: L('प्रिया अर्जुन अनन्या राहुल कविता विक्रम'), family: L('शर्मा वर्मा गुप्ता अय्यर जोशी मेहता'), latin: [['priya', 'sharma'], ['arjun', 'verma'], ['ananya', 'gupta'], ['rahul', 'iyer'], ['kavita', 'joshi'], ['vikram', 'mehta']] },
  ja: { given: L('陽菜 蓮 結衣 大翔 美咲 悠真'), family: L('佐藤 鈴木 高橋 田中 渡辺 伊藤'), latin: [['hina', 'sato'], ['ren', 'suzuki'], ['yui', 'takahashi'], ['hiroto', 'tanaka'], ['misaki', 'watanabe'], ['yuma', 'ito']], familyFirst: true, joiner: '' },
  zh: { given: L('伟 秀英 志强 丽娜 建国 婷婷'), family: L('王 李 张 刘 陈 杨'), latin: [['wei', 'wang'], ['xiuying', 'li'], ['zhiqiang', 'zhang'], ['lina', 'liu'], ['jianguo', 'chen'], ['tingting', 'yang']], familyFirst: true, joiner: '' },
  ko: { given: L('서연 민준 지우 도윤 하은 시우'), family: L('김 이 박 최 정 강'), latin: [['seoyeon', 'kim'], ['minjun', 'lee'], ['jiwoo', 'park'], ['doyun', 'choi'], ['haeun', 'jung'], ['siwoo', 'kang']], familyFirst: true, joiner: '' },
  th: { given: L('สมชาย นภา ธนพล กาญจนา วีระ ศิริพร'), family: L('ศรีสุข วงศ์ใหญ่ แก้วมณี บุญมา ทองดี จันทร์เพ็ญ'), latin: [['somchai', 'srisuk'], ['napa', 'wongyai'], ['thanapon', 'kaewmanee'], ['kanchana', 'boonma'], ['weera', 'thongdee'], ['siriporn', 'chanpen']] },
};

export const LANGS16 = Object.keys(NAMES);

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/đ/gi, 'd').replace(/ß/g, 'ss').toLowerCase();

export function person(rng: Rng, lang: string = rng.pick(LANGS16)): Person {
  const n = NAMES[lang] ?? NAMES.en!;
  if (n.latin) {
    const i = rng.int(0, n.latin.length - 1);
    return { lang, given: n.given[i]!, family: n.family[i]!, latin: n.latin[i]! };
  }
  const given = rng.pick(n.given);
  const family = rng.pick(n.family);
  return { lang, given, family, latin: [ascii(given), ascii(family)] };
}

/** The full name as its speakers write it. */
export function fullName(p: Person): string {
  const n = NAMES[p.lang]!;
  const j = n.joiner ?? ' ';
  return n.familyFirst ? `${p.family}${j}${p.given}` : `${p.given}${j}${p.family}`;
}

export const nameOf = (p: Person): Piece => gold('person', p.lang, fullName(p));
/** "Family, Given" (directories, rosters) for Latin-script names; the native order otherwise. */
export const sortName = (p: Person): Piece => gold('person', p.lang, NAMES[p.lang]!.latin ? fullName(p) : `${p.family}, ${p.given}`);
