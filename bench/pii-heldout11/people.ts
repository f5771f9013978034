// Person names of set 11 in their own scripts, with a Latin spelling for the e-mail local part (a Greek,
// Hebrew, Persian or Thai name is written natively, its address as people register it: transliterated).
// Lists written for this set from common given and family names of each language.
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export type Lang11 = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'pl' | 'cs' | 'hu' | 'ro' | 'el' | 'tr' | 'fi' | 'sv' | 'no' | 'da' | 'vi' | 'th' | 'id' | 'tl' | 'sw' | 'he' | 'fa' | 'nl' | 'ja';

/** `native|latin` where the script is not Latin (`_` joins a name of several words); a Latin name is its own spelling. Vietnamese: whole names, family first. */
const NAMES: Record<Lang11, [string, string]> = {
  en: ['Olivia James Amelia Noah Harriet Callum Grace Ethan Megan Oscar', 'Whitfield Harrington Okafor Brennan Castillo Lindqvist Mercer Pritchard Doyle Achterberg'],
  de: ['Jürgen Anneliese Lukas Swantje Henrik Lea Matthias Käthe Jonas Frieda', 'Schröder Weißmann Hoffmann Krüger Bauer Lindemann Vogt Zimmermann Brandt Sauer'],
  fr: ['Élodie Thibault Margaux Benoît Inès Arnaud Céline Gaëtan Solène Rémi', 'Lefèvre Marchand Dubois Rousseau Mercier Fontaine Chevalier Lambert Garnier Perrin'],
  es: ['Lucía Alejandro Nerea Íñigo Carmen Jesús Ainhoa Sergio Rocío Álvaro', 'García Fernández Ortega Muñoz Iglesias Castaño Núñez Herrero Vázquez Rubio'],
  it: ['Giulia Lorenzo Chiara Matteo Francesca Davide Martina Niccolò Alessia Tommaso', 'Bianchi Esposito Ricci Marino Greco Bruno Gallo Conti Mancini Lombardi'],
  pt: ['João Beatriz Gonçalo Inês Thiago Larissa Rafael Letícia Rodrigo Mariana', 'Silva Santos Ferreira Pereira Oliveira Rodrigues Carvalho Gonçalves Araújo Sousa'],
  pl: ['Małgorzata Krzysztof Agnieszka Łukasz Zofia Grzegorz Katarzyna Paweł Żaneta Wojciech', 'Kowalska Wiśniewski Wójcik Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski Kozłowska'],
  cs: ['Jiří Kateřina Tomáš Lucie Ondřej Tereza Vojtěch Markéta Zdeněk Barbora', 'Novák Dvořáková Černý Procházková Kučera Veselá Horák Němcová Pokorný Marková'],
  hu: ['Zsófia Bence Réka Levente Eszter Gergő Dóra Ábel Krisztina Máté', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas'],
  ro: ['Ioana Andrei Bianca Ștefan Alexandra Mihai Raluca Bogdan Cătălina Radu', 'Popescu Ionescu Dumitrescu Stănescu Constantin Munteanu Georgescu Țăranu Vasilescu Moldovan'],
  el: ['Γιώργος|Giorgos Ελένη|Eleni Δημήτρης|Dimitris Μαρία|Maria Νίκος|Nikos Κατερίνα|Katerina Σοφία|Sofia Κώστας|Kostas', 'Παπαδόπουλος|Papadopoulos Οικονόμου|Oikonomou Γεωργίου|Georgiou Νικολάου|Nikolaou Καραγιάννη|Karagianni Βασιλείου|Vasileiou Αθανασίου|Athanasiou'],
  tr: ['Ayşe Mehmet Elif Mustafa Zeynep Emre Büşra Oğuz Gülşen Çağlar', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan'],
  fi: ['Aino Juhani Satu Mikko Päivi Eero Hanna Ville Tuuli Jussi', 'Korhonen Virtanen Mäkinen Nieminen Heikkinen Järvinen Lehtonen Hämäläinen Salminen Laaksonen'],
  sv: ['Åsa Björn Ingrid Göran Elin Anders Maja Nils Karin Oskar', 'Andersson Johansson Karlsson Nilsson Ström Lindgren Bergqvist Sjöberg Åkesson Engström'],
  no: ['Sigrid Håkon Ingvild Øyvind Ragnhild Eirik Solveig Torbjørn Marte Sindre', 'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Bakke Haugland'],
  da: ['Mette Søren Line Rasmus Freja Mads Camilla Jens Signe Frederik', 'Jensen Nielsen Sørensen Rasmussen Jørgensen Madsen Kristensen Mortensen Thomsen Poulsen'],
  vi: ['Nguyễn_Văn_An|an Trần_Thị_Hoa|hoa Lê_Minh_Tuấn|tuan Phạm_Thu_Trang|trang Hoàng_Đức_Long|long Võ_Thị_Mai|mai Đặng_Quốc_Bảo|bao', '-'],
  th: ['สมชาย|somchai สุดารัตน์|sudarat ประเสริฐ|prasert วิไลวรรณ|wilaiwan ณัฐพล|nattapon กนกพร|kanokporn', 'ใจดี|jaidee ศรีสุข|srisuk วงศ์ไทย|wongthai แก้วมณี|kaewmanee ทองดี|thongdee'],
  id: ['Siti Budi Dewi Agus Rina Eko Putri Joko Wulan Hendra', 'Santoso Wijaya Saputra Lestari Pratama Hidayat Kusuma Nugroho Setiawan Rahmawati'],
  tl: ['Maria Jose Angelica Mark Kristine Jerome Rowena Ramon Liza Paolo', 'Dela_Cruz Reyes Bautista Mendoza Villanueva Ramos Aquino Navarro Santiago'],
  sw: ['Amani Baraka Neema Juma Zawadi Otieno Wanjiru Kamau Rehema Mwangi', 'Mwangi Otieno Wanjiku Kiprono Achieng Njoroge Mutua Chebet Odhiambo Wambui'],
  he: ['נועה|noa יוסף|yosef תמר|tamar אורי|uri מיכל|michal דוד|david רונית|ronit איתי|itai', 'כהן|cohen לוי|levi מזרחי|mizrahi פרץ|peretz ביטון|biton אברהם|avraham פרידמן|friedman'],
  fa: ['مریم|maryam علی|ali زهرا|zahra رضا|reza سارا|sara حسین|hossein نگار|negar', 'احمدی|ahmadi محمدی|mohammadi حسینی|hosseini رضایی|rezaei کریمی|karimi موسوی|mousavi'],
  nl: ['Sanne Daan Femke Bram Lotte Joost Anouk Thijs Eline Ruben', 'de_Vries Jansen Bakker Visser Smit Meijer Mulder Bos Vos Dekker'],
  ja: ['陽翔|haruto 結衣|yui 蓮|ren 美咲|misaki 大輝|daiki 葵|aoi', '佐藤|sato 鈴木|suzuki 高橋|takahashi 田中|tanaka 伊藤|ito 渡辺|watanabe'],
};

export interface Person {
  lang: Lang11;
  /** The name as written in the document (family first where the language puts it first). */
  name: string;
  latinGiven: string;
  latinFamily: string;
}

const split = (s: string): Array<[string, string]> => s.split(' ').filter(Boolean).map((w) => { const [a, b] = w.replace(/_/g, ' ').split('|'); return [a!, b ?? a!]; });
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/đ/gi, 'd').replace(/[^A-Za-z]/g, '').toLowerCase();

export function person(rng: Rng, lang: Lang11): Person {
  const [gs, fs] = NAMES[lang];
  const [g, gl] = rng.pick(split(gs));
  if (lang === 'vi') return { lang, name: g, latinGiven: ascii(gl), latinFamily: ascii(g.split(' ')[0]!) };
  const [f, fl] = rng.pick(split(fs));
  const familyFirst = lang === 'hu' || lang === 'ja';
  const sep = lang === 'ja' ? '' : ' ';
  return { lang, name: familyFirst ? `${f}${sep}${g}` : `${g} ${f}`, latinGiven: ascii(gl), latinFamily: ascii(fl) };
}

/** The name as a gold person span (reported, not judged). */
export const nameOf = (p: Person): Piece => gold('person', `name-${p.lang}`, p.name);
export const personPiece = (rng: Rng, lang: Lang11): Piece => nameOf(person(rng, lang));
