// Set 13's people: given and family names of twenty-six languages in nine scripts (Latin, Cyrillic,
// Greek, Arabic, Hebrew, Devanagari, Han, Hangul, Thai). A name outside the Latin script carries the
// romanised handle its owner would use in an e-mail address ("native|roman").
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

interface Names {
  given: string;
  family: string;
  /** Family name first, no space (Chinese, Japanese, Korean). */
  familyFirst?: boolean;
}

const L = (given: string, family: string, familyFirst = false): Names => ({ given, family, familyFirst });

export const NAMES13: Record<string, Names> = {
  en: L('Harriet Callum Imogen Desmond Wren Thaddeus', 'Pemberton Ashworth Kilbride Fairweather Lockhart Odell'),
  de: L('Wiebke Hartmut Malte Frauke Jörg Liesel', 'Brößke Kattenbeck Oberländer Wiesinger Schäfermeyer Tölke'),
  fr: L('Gwenaëlle Thibault Maëlys Aurélien Solène Baptiste', 'Lefébure Château-Renaud Duquesnoy Vautrin Abgrall Pélissier'),
  es: L('Itziar Fermín Rocío Iñaki Nieves Gonzalo', 'Urquiza Castañeda Ordóñez Villaseñor Arrieta Belmonte'),
  it: L('Ludovica Ottavio Benedetta Corrado Ginevra Tommaso', 'Scarpellini Dell\'Orto Capuozzo Fumagalli Zanardelli Lo Presti'),
  pt: L('Leonor Gonçalo Inês Tiago Conceição Rui', 'Magalhães Figueiredo Albuquerque Sousa Quintela Barroso'),
  nl: L('Femke Joost Anouk Sietse Marieke Wouter', 'van der Heijden Brouwer de Ruiter Veenstra Kuipers van Dongen'),
  pl: L('Zofia Grzegorz Małgorzata Wojciech Jadwiga Przemysław', 'Wróblewska Szczepański Kołodziej Michalak Brzęczek Żurawski'),
  cs: L('Radka Vojtěch Zdeňka Bořivoj Markéta Ondřej', 'Dvořáková Procházka Kučera Šťastný Vondráčková Holub'),
  sv: L('Ingrid Linnea Björn Sixten Astrid Håkan', 'Lindqvist Sjöberg Åkesson Nordström Bergkvist Löfgren'),
  fi: L('Aino Eetu Sanni Veikko Tuulikki Joonas', 'Häkkinen Virtanen Kärkkäinen Mäkelä Leinonen Salminen'),
  hu: L('Zsófia Levente Boglárka Botond Enikő Gergely', 'Szabó Horváth Kovács Fehérvári Tóth Bálint'),
  ro: L('Ioana Mihai Ileana Dragoș Simona Cătălin', 'Popescu Ionescu Rădulescu Stănescu Dumitrescu Munteanu'),
  tr: L('Elif Oğuzhan Şeyma Barış Gülşen Emre', 'Yıldırım Çelik Öztürk Aydın Kaya Doğan'),
  vi: L('Thảo Minh Hương Quang Ngọc Tuấn', 'Nguyễn Trần Lê Phạm Hoàng Võ'),
  id: L('Sri Bambang Dewi Agus Ratna Yudi', 'Wibowo Susanto Hidayat Purnomo Setiawan Siregar'),
  sw: L('Amani Baraka Neema Juma Zawadi Faraji', 'Mwangi Otieno Kamau Njoroge Wanjiru Mutua'),
  ru: L('Анастасия|anastasia Дмитрий|dmitry Ксения|ksenia Тимофей|timofey Варвара|varvara Глеб|gleb', 'Воронцова|vorontsova Кузнецов|kuznetsov Белова|belova Лебедев|lebedev Соколова|sokolova Жуков|zhukov'),
  uk: L('Оксана|oksana Тарас|taras Соломія|solomiia Богдан|bohdan Ярина|yaryna Остап|ostap', 'Шевченко|shevchenko Коваленко|kovalenko Бондаренко|bondarenko Ткачук|tkachuk Мельник|melnyk Гнатюк|hnatiuk'),
  el: L('Αικατερίνη|aikaterini Σπύρος|spyros Ευαγγελία|evangelia Θανάσης|thanasis Δέσποινα|despoina Στέλιος|stelios', 'Παπαδοπούλου|papadopoulou Οικονόμου|oikonomou Καραγιάννης|karagiannis Δημητρίου|dimitriou Βλάχου|vlachou Σταθόπουλος|stathopoulos'),
  ar: L('ليلى|layla يوسف|yousef مريم|maryam خالد|khaled نور|nour طارق|tariq', 'الحسيني|alhusseini المنصوري|almansouri العتيبي|alotaibi الزهراني|alzahrani حداد|haddad الشمري|alshammari'),
  he: L('נועה|noa איתי|itai תמר|tamar יונתן|yonatan שירה|shira עומר|omer', 'כהן|cohen לוי|levi מזרחי|mizrahi פרידמן|friedman אברהמי|avrahami ביטון|biton'),
  hi: L('प्रिया|priya अर्जुन|arjun अनन्या|ananya विक्रम|vikram मीनाक्षी|meenakshi राहुल|rahul', 'शर्मा|sharma वर्मा|verma अय्यर|iyer चौधरी|chaudhary कुलकर्णी|kulkarni मेहता|mehta'),
  zh: L('秀英|xiuying 志强|zhiqiang 静怡|jingyi 浩然|haoran 雨桐|yutong 建国|jianguo', '王|wang 李|li 张|zhang 刘|liu 陈|chen 欧阳|ouyang', true),
  ja: L('陽菜|hina 蓮|ren 美咲|misaki 大翔|hiroto 結衣|yui 悠真|yuma', '佐藤|sato 鈴木|suzuki 高橋|takahashi 渡辺|watanabe 伊藤|ito 山本|yamamoto', true),
  ko: L('서연|seoyeon 민준|minjun 지우|jiwoo 도윤|doyoon 하은|haeun 예준|yejun', '김|kim 이|lee 박|park 최|choi 정|jung 강|kang', true),
  th: L('สมชาย|somchai มาลี|malee ปิยะ|piya อรุณี|arunee ธนา|thana สุดา|suda', 'ศรีสุข|srisuk วงศ์ไทย|wongthai แก้วมณี|kaewmanee บุญมา|boonma ทองดี|thongdee จันทร์เพ็ญ|janpen'),
};

export const LANGS13 = Object.keys(NAMES13);

export interface Person13 {
  lang: string;
  given: string;
  family: string;
  /** ASCII handles for the e-mail local part. */
  givenAscii: string;
  familyAscii: string;
  familyFirst: boolean;
}

const ASCII = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/[^A-Za-z]/g, '').toLowerCase();

function split(rng: Rng, list: string): [string, string] {
  // Multi-word family names ("van der Heijden", "Lo Presti") stay whole: the list is split on a space before a capital or a native|roman pair.
  const items = list.match(/(?:(?:van der|van|de|Lo) )?[^ ]+/g)!;
  const [native, roman] = rng.pick(items).split('|') as [string, string | undefined];
  return [native, roman ?? ASCII(native)];
}

export function person13(rng: Rng, lang: string = rng.pick(LANGS13)): Person13 {
  const n = NAMES13[lang]!;
  const [given, givenAscii] = split(rng, n.given);
  const [family, familyAscii] = split(rng, n.family);
  return { lang, given, family, givenAscii, familyAscii, familyFirst: !!n.familyFirst };
}

/** The person's full name as they write it (family first without a space in CJK). */
export const fullName = (p: Person13): string => (p.familyFirst ? `${p.family}${p.given}` : `${p.given} ${p.family}`);

export const nameOf = (p: Person13): Piece => gold('person', p.familyFirst ? 'family-given' : 'given-family', fullName(p));

/** "Family, Given" as a register or roster writes it. */
export const nameInverted = (p: Person13): Piece => gold('person', 'family-comma-given', p.familyFirst ? fullName(p) : `${p.family}, ${p.given}`);
