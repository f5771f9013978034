// Set 10's gold values, each drawn from its format's own definition: names in eleven scripts, e-mail
// addresses (RFC 5321/6531 shapes), payment cards with BINs only from the schemes' published ranges,
// IBANs (ISO 13616, with the national check digits where the BBAN has them), US SSNs (SSA rules),
// IPv4/IPv6 (RFC 4291/5952/4007 written forms), unicast MACs (IEEE 802, three written forms), and the
// national ids NINO, DNI/NIE, codice fiscale, Aadhaar and CPF. Check digits come from set 1's helpers.
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { HEX, LOWER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const NAMES: Record<string, [given: string[], family: string[], join: string]> = {
  latin: [['Maren', 'Tobias', 'Léa', 'Joaquín', 'Siobhán', 'Ngozi', 'Mateus', 'Giulia', 'Aoife', 'Henrik', 'Zuzana', 'Emre'], ['Lindqvist', 'Okafor', 'Moreau', 'Ibáñez', 'Ní Bhriain', 'Carvalho', 'Rinaldi', 'Kowalczyk', 'Brandt', 'Yılmaz', 'Novák', 'Fitzgerald'], ' '],
  cyrillic: [['Анастасия', 'Дмитрий', 'Олена', 'Богдан', 'Ксения'], ['Воронцова', 'Белов', 'Шевченко', 'Мельник', 'Орлова'], ' '],
  greek: [['Ελένη', 'Νικόλαος', 'Αθηνά', 'Σπύρος'], ['Παπαδοπούλου', 'Καραγιάννης', 'Βλάχου', 'Δημητρίου'], ' '],
  arabic: [['فاطمة', 'يوسف', 'ليلى', 'عمر'], ['الحسيني', 'بن سالم', 'العتيبي', 'حداد'], ' '],
  hebrew: [['נועה', 'איתי', 'שירה', 'עמית'], ['לוי', 'בירנבאום', 'אזולאי', 'פרידמן'], ' '],
  devanagari: [['अनन्या', 'राहुल', 'प्रिया', 'विक्रम'], ['शर्मा', 'कुलकर्णी', 'वर्मा', 'देशपांडे'], ' '],
  han: [['伟', '秀英', '志强', '婷'], ['王', '欧阳', '陈', '刘'], ''],
  japanese: [['さくら', '健太', '美咲', 'ゆうと'], ['佐藤', '高橋', '渡辺', '中村'], ' '],
  hangul: [['지민', '서연', '도윤', '하은'], ['김', '박', '이', '최'], ''],
  thai: [['สมชาย', 'นภา', 'วิไลวรรณ', 'ธนากร'], ['ศรีสุข', 'วงศ์ใหญ่', 'ทองดี', 'แก้วมณี'], ' '],
  georgian: [['ნინო', 'გიორგი', 'თამარ'], ['ბერიძე', 'კაპანაძე', 'გელაშვილი'], ' '],
  armenian: [['Անի', 'Արամ', 'Լուսինե'], ['Հովհաննիսյան', 'Սարգսյան', 'Պետրոսյան'], ' '],
};
export const NAME_SCRIPTS = Object.keys(NAMES);

/** A person's name in a script (family name first where the script's culture writes it so). */
export function person(rng: Rng, script = rng.pick(NAME_SCRIPTS)): Piece {
  const [given, family, sep] = NAMES[script]!;
  const familyFirst = ['han', 'japanese', 'hangul'].includes(script);
  const [g, f] = [rng.pick(given), rng.pick(family)];
  return gold('person', script, familyFirst ? `${f}${sep}${g}` : `${g}${sep}${f}`);
}

/** A Latin-script name as [given, family] for building e-mail local parts and signatures. */
export function latinName(rng: Rng): [string, string] {
  const [given, family] = NAMES.latin!;
  return [rng.pick(given), rng.pick(family)];
}

const ascii = (s: string) => s.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/[^a-zA-Z]/g, '').toLowerCase();
const DOMAINS = ['posteo.de', 'laposte.net', 'fastmail.com', 'proton.me', 'gmx.at', 'libero.it', 'uol.com.br', 'rediffmail.com', 'seznam.cz', 'yandex.ru', 'naver.com', 'outlook.ie'];
const ORGS = ['kliniken-nord.de', 'ayuntamiento-sevilla.es', 'unibo.it', 'hmrc-agent.co.uk', 'fazenda-sp.com.br', 'tecnova.pt'];
const IDN = ['müller-bau.de', 'bücher.example.at', 'почта.рф', 'café-lumière.fr', 'educação.br'];

export type EmailForm = 'plain' | 'plus' | 'subdomain' | 'idn-domain' | 'unicode-local' | 'quoted-local';

/** An e-mail address in one of six written forms (random when absent). */
export function email(rng: Rng, form: EmailForm = rng.pick(['plain', 'plain', 'plus', 'subdomain', 'idn-domain', 'unicode-local', 'quoted-local'] as const)): Piece {
  const [g, f] = latinName(rng).map(ascii) as [string, string];
  const local = rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${f}${rng.int(1, 99)}`, `${g}_${f}`]);
  const text = {
    plain: () => `${local}@${rng.pick(DOMAINS)}`,
    plus: () => `${local}+${rng.pick(['billing', 'okta', 'news', 'kyc', 'w2'])}@${rng.pick(DOMAINS)}`,
    subdomain: () => `${local}@${rng.pick(['mail', 'staff', 'hr', 'students'])}.${rng.pick(ORGS)}`,
    'idn-domain': () => `${local}@${rng.pick(IDN)}`,
    'unicode-local': () => `${rng.pick(['jürgen', 'josé.núñez', 'дарья', 'δημήτρης', 'अनिल', 'さとう'])}${rng.int(1, 9)}@${rng.pick([...DOMAINS, ...IDN])}`,
    'quoted-local': () => `"${g} ${f}"@${rng.pick(ORGS)}`,
  }[form]();
  return gold('email', form, text);
}

/** Published BIN ranges [scheme, first prefix, last prefix, lengths]: every drawn prefix lies in one. */
export const BIN_RANGES: ReadonlyArray<readonly [string, number, number, readonly number[]]> = [
  ['visa', 4, 4, [16, 13, 19]], ['mastercard', 51, 55, [16]], ['mastercard', 2221, 2720, [16]], ['amex', 34, 34, [15]], ['amex', 37, 37, [15]],
  ['discover', 6011, 6011, [16]], ['discover', 644, 649, [16]], ['discover', 65, 65, [16]], ['jcb', 3528, 3589, [16]],
  ['diners', 36, 36, [14]], ['diners', 300, 305, [14]], ['diners', 38, 39, [14]], ['unionpay', 62, 62, [16, 19]], ['mir', 2200, 2204, [16]],
  ['rupay', 60, 60, [16]], ['rupay', 81, 82, [16]], ['rupay', 508, 508, [16]], ['maestro', 5018, 5018, [16, 19]], ['maestro', 5020, 5020, [16]],
  ['maestro', 5038, 5038, [16]], ['maestro', 6304, 6304, [16, 19]], ['maestro', 6759, 6759, [16]], ['maestro', 6761, 6763, [16]],
];

/** Card digits (Luhn-valid) of a scheme range; `broken` flips the check digit. */
export function cardDigits(rng: Rng, broken = false): { scheme: string; digits: string } {
  const [scheme, lo, hi, lengths] = rng.pick(BIN_RANGES);
  let prefix = String(rng.int(lo, hi));
  if (scheme === 'rupay' && prefix === '60') prefix = `60${rng.pick(['7', '8', '9'])}`;
  const length = rng.pick(lengths);
  const body = prefix + rng.digits(length - 1 - prefix.length);
  const check = luhnDigit(body);
  return { scheme, digits: body + (broken ? String((Number(check) + rng.int(1, 9)) % 10) : check) };
}

/** Groups digits by a pattern of group lengths, joined by `sep`. */
export function grouped(digits: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) if (at < digits.length) out.push(digits.slice(at, (at += n)));
  if (at < digits.length) out.push(digits.slice(at));
  return out.join(sep);
}

/** The customary grouping of a card number of a length (Amex 4-6-5, Diners 4-6-4, otherwise fours). */
export const cardGroups = (n: number): number[] => (n === 15 ? [4, 6, 5] : n === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3]);

export function card(rng: Rng, style = rng.pick(['spaced', 'compact', 'dashed'] as const)): Piece {
  const { scheme, digits } = cardDigits(rng);
  const text = style === 'compact' ? digits : grouped(digits, cardGroups(digits.length), style === 'spaced' ? ' ' : '-');
  return gold('credit-card', `${scheme}:${style}`, text);
}

const spanishControl = (s: string) => {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const r = 11 - ([...s].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11);
  return String(r === 11 ? 0 : r === 10 ? 1 : r);
};
const BBAN: Record<string, (rng: Rng) => string> = {
  DE: (r) => r.number(8) + r.digits(10),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'SNSB']) + r.digits(10),
  BE: (r) => {
    const ten = r.number(10);
    const k = Number(ten) % 97;
    return ten + String(k === 0 ? 97 : k).padStart(2, '0');
  },
  AT: (r) => r.number(5) + r.digits(11),
  CH: (r) => '00' + r.digits(3) + r.digits(12),
  ES: (r) => {
    const [bank, office, account] = [r.digits(4), r.digits(4), r.digits(10)];
    return bank + office + spanishControl('00' + bank + office) + spanishControl(account) + account;
  },
  IE: (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14),
  DK: (r) => r.digits(14),
  LU: (r) => r.digits(3) + r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 13),
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

/** A compact IBAN of a country; `broken` writes check digits that differ from the right ones modulo 97. */
export function ibanCompact(rng: Rng, country = rng.pick(IBAN_COUNTRIES), broken = false): string {
  const bban = BBAN[country]!(rng);
  const check = ibanCheck(country, bban);
  return country + (broken ? String((Number(check) + rng.int(1, 40)) % 97 || 13).padStart(2, '0') : check) + bban;
}

export const groupIban = (compact: string) => compact.replace(/(.{4})(?=.)/g, '$1 ');

export function iban(rng: Rng, country = rng.pick(IBAN_COUNTRIES), style = rng.pick(['grouped', 'compact'] as const)): Piece {
  const c = ibanCompact(rng, country);
  return gold('iban', `${country}:${style}`, style === 'grouped' ? groupIban(c) : c);
}

/** A valid SSN's three parts (area 001–899 without 666, group 01–99, serial 0001–9999). */
export function ssnParts(rng: Rng): [string, string, string] {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
}

export function ssn(rng: Rng, style = rng.pick(['dashed', 'dashed', 'spaced', 'bare'] as const)): Piece {
  const p = ssnParts(rng);
  return gold('us-ssn', style, p.join(style === 'dashed' ? '-' : style === 'spaced' ? ' ' : ''));
}

const octet = (rng: Rng) => String(rng.int(1, 254));
const h16 = (rng: Rng) => rng.int(0, 0xffff).toString(16);

export type IpForm = 'v4' | 'v4-private' | 'v6-full' | 'v6-compressed' | 'v6-zone' | 'v4-mapped' | 'v6-link-local';

/** An IP address in a written form (RFC 791 dotted quad, RFC 5952 IPv6, RFC 4007 zone ids). */
export function ip(rng: Rng, form: IpForm = rng.pick(['v4', 'v4', 'v4-private', 'v6-full', 'v6-compressed', 'v6-zone', 'v4-mapped', 'v6-link-local'] as const)): Piece {
  const v4 = () => `${rng.pick([81, 62, 185, 93, 151, 177, 203, 49, 110, 36])}.${octet(rng)}.${octet(rng)}.${octet(rng)}`;
  const text = {
    v4,
    'v4-private': () => rng.pick([`10.${rng.int(0, 255)}.${octet(rng)}.${octet(rng)}`, `192.168.${rng.int(0, 255)}.${octet(rng)}`, `172.${rng.int(16, 31)}.${octet(rng)}.${octet(rng)}`]),
    'v6-full': () => `2a0${rng.int(1, 9)}:${Array.from({ length: 7 }, () => h16(rng)).join(':')}`,
    'v6-compressed': () => `2001:${rng.pick(['4860', '67c', '1620', '41d0'])}:${h16(rng)}::${h16(rng)}:${h16(rng)}`,
    'v6-zone': () => `fe80::${h16(rng)}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${h16(rng)}%${rng.pick(['eth0', 'en0', 'wlan0', '12'])}`,
    'v4-mapped': () => `::ffff:${v4()}`,
    'v6-link-local': () => `fe80::${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}`,
  }[form]();
  return gold('ip-address', form, text);
}

/** Six bytes of a unicast MAC (first octet even), locally or globally administered. */
export function macBytes(rng: Rng): string[] {
  const first = (rng.int(0, 127) * 2).toString(16).padStart(2, '0');
  return [first, ...Array.from({ length: 5 }, () => rng.chars(HEX, 2))];
}

export type MacForm = 'colon' | 'colon-upper' | 'dash' | 'cisco-dot' | 'bare';

export function mac(rng: Rng, form: MacForm = rng.pick(['colon', 'colon-upper', 'dash', 'cisco-dot'] as const)): Piece {
  const b = macBytes(rng);
  const text = {
    colon: () => b.join(':'),
    'colon-upper': () => b.join(':').toUpperCase(),
    dash: () => b.join('-').toUpperCase(),
    'cisco-dot': () => [0, 2, 4].map((i) => b[i]! + b[i + 1]!).join('.'),
    bare: () => b.join(''),
  }[form]();
  return gold('mac-address', form, text);
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BANNED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** A UK National Insurance number (HMRC's prefix rules; suffix A–D), spaced or compact. */
export function ninoText(rng: Rng, spaced: boolean, badPrefix = false): string {
  let prefix = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (NINO_BANNED.has(prefix)) prefix = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  if (badPrefix) prefix = rng.pick(['DQ', 'FU', 'QV', 'BG', 'GB', 'NK', 'TN']);
  const d = rng.digits(6);
  const s = rng.pick(['A', 'B', 'C', 'D']);
  return spaced ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${prefix}${d}${s}`;
}

export const nino = (rng: Rng, spaced = rng.chance(0.5)): Piece => gold('uk-nino', spaced ? 'spaced' : 'compact', ninoText(rng, spaced));

/** A DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter); `broken` picks a wrong letter. */
export function dniText(rng: Rng, kind: 'dni' | 'nie', broken = false): string {
  const lead = kind === 'nie' ? rng.pick(['X', 'Y', 'Z']) : '';
  const digits = kind === 'nie' ? rng.digits(7) : rng.number(8);
  const letter = dniLetter(kind === 'nie' ? String('XYZ'.indexOf(lead)) + digits : digits);
  const wrong = 'TRWAGMYFPDXBNJZSQVHLCKE'.replace(letter, '');
  return lead + digits + (broken ? rng.pick([...wrong]) : letter);
}

export const dni = (rng: Rng, kind = rng.pick(['dni', 'dni', 'nie'] as const)): Piece => gold('es-dni', kind, dniText(rng, kind));

const CF_MONTHS = 'ABCDEHLMPRST';
const BELFIORE = ['H501', 'F205', 'L219', 'A944', 'G273', 'F839', 'D612', 'L736', 'C351', 'B157'];
const CONSONANTS = 'BCDFGLMNPRSTVZ';

/** An Italian codice fiscale (DM 23/12/1976 layout, official check character); `broken` changes it. */
export function codiceFiscaleText(rng: Rng, broken = false): string {
  const letters = rng.chars(CONSONANTS, 3) + rng.chars(CONSONANTS + 'AEIOU', 3);
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  const first15 = `${letters}${rng.digits(2)}${rng.pick([...CF_MONTHS])}${String(day).padStart(2, '0')}${rng.pick(BELFIORE)}`;
  const check = codiceFiscaleChar(first15);
  return first15 + (broken ? String.fromCharCode(65 + ((check.charCodeAt(0) - 65 + rng.int(1, 25)) % 26)) : check);
}

export const codiceFiscale = (rng: Rng): Piece => gold('it-fiscal-code', 'standard', codiceFiscaleText(rng));

/** Twelve Aadhaar digits (first digit 2–9, Verhoeff check); `broken` changes the last digit. */
export function aadhaarDigits(rng: Rng, broken = false): string {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const check = verhoeffDigit(body);
  return body + (broken ? String((Number(check) + rng.int(1, 9)) % 10) : check);
}

export function aadhaar(rng: Rng, style = rng.pick(['spaced', 'spaced', 'compact', 'dashed'] as const)): Piece {
  const d = aadhaarDigits(rng);
  return gold('in-aadhaar', style, style === 'compact' ? d : grouped(d, [4, 4, 4], style === 'spaced' ? ' ' : '-'));
}

/** CPF digits (Receita Federal mod-11 pair); `broken` changes the second check digit. */
export function cpfText(rng: Rng, punctuated: boolean, broken = false): string {
  const nine = rng.digits(9);
  const dv = cpfDigits(nine);
  const d = nine + (broken ? dv[0]! + String((Number(dv[1]) + rng.int(1, 9)) % 10) : dv);
  return punctuated ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
}

export const cpf = (rng: Rng, punctuated = rng.chance(0.7)): Piece => gold('br-cpf', punctuated ? 'punctuated' : 'bare', cpfText(rng, punctuated));

/** A lower-case host or user name (no personal data). */
export const handle = (rng: Rng, n = 6) => rng.chars(LOWER, n);

/** An e-mail address in any form but the quoted local part (for JSON strings and quoted attributes). */
export const plainEmail = (rng: Rng): Piece => email(rng, rng.pick(['plain', 'plus', 'subdomain', 'idn-domain', 'unicode-local'] as const));
