// Set 15's people: given and family names of 26 languages in eight scripts (Latin, Cyrillic, Greek,
// Arabic, Hebrew, Devanagari, Han/kana, Hangul, Thai), each with a romanised form that e-mail
// addresses are made from. Family-first languages write the family name first.
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export interface Person {
  lang: string;
  given: string;
  family: string;
  /** Romanised given and family names (the same as the native ones in Latin script). */
  latin: [string, string];
}

type Pair = string | [string, string];
const L = (s: string): Pair[] => s.split(' ');
const P = (s: string): Pair[] => s.split(' ').map((x) => x.split('/') as [string, string]);

// Names as written; `native/latin` where the script is not Latin.
const NAMES: Record<string, [Pair[], Pair[]]> = {
  en: [L('Harriet Declan Mabel Rowan Imogen Tobias'), L('Whitcombe Ashdown Pemberton Kilbride Hargreaves Thornbury')],
  de: [L('Friederike Jürgen Annegret Volker Wiebke Lutz'), L('Schäfermeyer Brandstätter Kühnel Wolfsteiner Habicht Pfeiffer')],
  fr: [L('Séverine Gaëtan Ondine Thibault Maëlle Aurélien'), L('Delacroix-Morel Fontenay Lemercier Béranger Chauvet Rousselot')],
  es: [L('Itziar Fermín Rocío Eusebio Maitane Nicanor'), L('Echeverría Villalobos Quintanilla Arrizabalaga Zubizarreta Montoya')],
  it: [L('Ludovica Pasquale Ornella Gualtiero Benedetta Corrado'), L('Bevilacqua Santangelo Mastroianni Quaranta Lombardini Scognamiglio')],
  pt: [L('Conceição Joaquim Iolanda Baltazar Graça Anselmo'), L('Magalhães Figueiredo Albuquerque Sequeira Gouveia Bettencourt')],
  nl: [L('Femke Joost Marijke Sjoerd Annelies Wouter'), L('van der Meulen Bosschaert Hoogeveen de Wijs Kuipers Verbruggen')],
  pl: [L('Grażyna Zbigniew Jadwiga Przemysław Bożena Wojciech'), L('Szczepańska Wróblewski Jabłońska Grzybowski Kaczmarczyk Ziółkowski')],
  cs: [L('Květoslava Radomír Blažena Bohuslav Ludmila Vratislav'), L('Procházková Dvořák Kučerová Hrubý Šťastná Vondráček')],
  hu: [L('Erzsébet Gyula Piroska Zsolt Boglárka Levente'), L('Szőke Fekete Kovácsné Pálfi Lengyel Hegedűs')],
  ro: [L('Ileana Sorin Rodica Mircea Ioana Dorin'), L('Constantinescu Dumitrescu Stoica Bălănescu Georgescu Munteanu')],
  tr: [L('Gülşen Mehmet Şükran Ertuğrul Nurcan Oğuz'), L('Yıldırım Karaağaç Çelikkaya Öztürk Doğanay Kılıçarslan')],
  sv: [L('Ingegerd Torbjörn Sigrid Håkan Åsa Gunnar'), L('Lindqvist Bergström Åkesson Sjöberg Nordlund Hellström')],
  fi: [L('Hilkka Eero Päivi Jouko Aino Veikko'), L('Mäkeläinen Häkkinen Väisänen Rautiainen Koskinen Laaksonen')],
  sw: [L('Wanjiru Baraka Nyambura Juma Zawadi Otieno'), L('Mwangi Kamau Achieng Ochieng Njoroge Wekesa')],
  yo: [L('Adébáyọ̀ Folake Olúwaseun Títílayọ̀ Babatunde Ìyábọ̀'), L('Ọláòṣebìkan Adéyemí Ògúnlẹ́yẹ Bámidélé Akínwùmí Fáṣọlá')],
  vi: [L('Thảo Dũng Phương Khánh Hường Tuấn'), L('Nguyễn Trần Phạm Huỳnh Võ Đặng')],
  id: [L('Sri Bambang Ratna Agus Dewi Hendra'), L('Wibowo Susanto Rahmawati Setiawan Kurniawan Handayani')],
  ru: [P('Светлана/Svetlana Дмитрий/Dmitry Евгения/Evgenia Аркадий/Arkady Ольга/Olga Тимофей/Timofey'), P('Воронцова/Vorontsova Белоусов/Belousov Журавлёва/Zhuravleva Ковальчук/Kovalchuk Ефимова/Efimova Сафронов/Safronov')],
  uk: [P('Оксана/Oksana Тарас/Taras Ганна/Hanna Богдан/Bohdan Ірина/Iryna Остап/Ostap'), P('Шевчук/Shevchuk Бондаренко/Bondarenko Ткаченко/Tkachenko Мельник/Melnyk Кравець/Kravets Гнатюк/Hnatiuk')],
  el: [P('Αικατερίνη/Aikaterini Νικόλαος/Nikolaos Ευαγγελία/Evangelia Σπυρίδων/Spyridon Δέσποινα/Despoina Θεόδωρος/Theodoros'), P('Παπαδοπούλου/Papadopoulou Καραγιάννης/Karagiannis Οικονόμου/Oikonomou Μαυρίδης/Mavridis Αλεξίου/Alexiou Τσακίρης/Tsakiris')],
  ar: [P('فاطمة/Fatima يوسف/Yousef ليلى/Layla خالد/Khaled مريم/Maryam عمر/Omar'), P('الحسيني/Alhusseini العتيبي/Alotaibi الشمري/Alshammari المنصوري/Almansouri الزهراني/Alzahrani القحطاني/Alqahtani')],
  he: [P('נועה/Noa אבישי/Avishai תמר/Tamar יהונתן/Yehonatan מיכל/Michal עידו/Ido'), P('בן-דוד/Ben-David רוזנברג/Rosenberg אזולאי/Azoulay שטרן/Stern פרידמן/Friedman מזרחי/Mizrahi')],
  hi: [P('अनन्या/Ananya राजेश/Rajesh सुनीता/Sunita विक्रम/Vikram प्रिया/Priya आदित्य/Aditya'), P('शर्मा/Sharma चतुर्वेदी/Chaturvedi देशपांडे/Deshpande अग्रवाल/Agarwal त्रिपाठी/Tripathi कुलकर्णी/Kulkarni')],
  ja: [P('陽菜/Hina 健太/Kenta 美咲/Misaki 翔太/Shota さくら/Sakura 大輔/Daisuke'), P('佐々木/Sasaki 高橋/Takahashi 渡辺/Watanabe 山本/Yamamoto 小林/Kobayashi 斎藤/Saito')],
  zh: [P('秀英/Xiuying 建华/Jianhua 丽娟/Lijuan 志强/Zhiqiang 晓燕/Xiaoyan 国栋/Guodong'), P('王/Wang 欧阳/Ouyang 陈/Chen 司马/Sima 赵/Zhao 诸葛/Zhuge')],
  ko: [P('지은/Jieun 민준/Minjun 서연/Seoyeon 도윤/Doyun 하은/Haeun 준호/Junho'), P('김/Kim 박/Park 이/Lee 최/Choi 정/Jung 강/Kang')],
  th: [P('สมศรี/Somsri ประเสริฐ/Prasert วิไล/Wilai ธนพล/Thanaphon กัญญา/Kanya สุรชัย/Surachai'), P('ศรีสุข/Srisuk วงศ์ใหญ่/Wongyai บุญมา/Boonma แก้วมณี/Kaewmanee สุขสวัสดิ์/Suksawat ทองดี/Thongdee')],
};

export const LANGS = Object.keys(NAMES);
const FAMILY_FIRST = new Set(['hu', 'ja', 'zh', 'ko', 'vi']);
const NO_SPACE = new Set(['ja', 'zh']);

const split = (x: Pair): [string, string] => (typeof x === 'string' ? [x, x] : x);

export function person(rng: Rng, lang = rng.pick(LANGS)): Person {
  const [gs, fs] = NAMES[lang]!;
  const [given, gl] = split(rng.pick(gs));
  const [family, fl] = split(rng.pick(fs));
  return { lang, given, family, latin: [gl, fl] };
}

/** The name as its language writes it (family first where that is the custom). */
export function fullName(p: Person): string {
  if (!FAMILY_FIRST.has(p.lang)) return `${p.given} ${p.family}`;
  return NO_SPACE.has(p.lang) ? `${p.family}${p.given}` : `${p.family} ${p.given}`;
}

export const nameOf = (p: Person): Piece => gold('person', FAMILY_FIRST.has(p.lang) ? 'family-given' : 'given-family', fullName(p));
/** "Family, Given" as registers and rosters write it. */
export const sortName = (p: Person): Piece => gold('person', 'family-comma-given', `${p.family}, ${p.given}`);
