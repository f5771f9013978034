// Personal values of set 5, written from each format's own definition: card numbers by brand (IIN
// ranges and lengths of ISO/IEC 7812 as the card networks publish them), IBANs by the SWIFT IBAN
// registry's BBAN structures, US SSNs by the SSA's area/group/serial rules, NINO by HMRC's prefix
// rules, DNI/NIE, codice fiscale, Aadhaar (Verhoeff) and CPF (mod 11) with their check characters,
// e-mail per RFC 5322/6531 (plus-addressing, Unicode local parts and IDN domains), IPv4/IPv6 per
// RFC 4291/5952, MAC addresses in the IEEE, Cisco and bare forms. Check digits come from set 1's
// checksum module, implemented from the published definitions.
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const groups = (s: string, sizes: number[], sep: string): string => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(s.slice(at, at + n));
    at += n;
  }
  return out.filter(Boolean).join(sep);
};

// Brand: IIN prefixes, length, print grouping.
const BRANDS: Array<[string, string[], number, number[]]> = [
  ['visa', ['4'], 16, [4, 4, 4, 4]],
  ['mastercard', ['51', '52', '53', '54', '55', '2221', '2720'], 16, [4, 4, 4, 4]],
  ['amex', ['34', '37'], 15, [4, 6, 5]],
  ['discover', ['6011', '65'], 16, [4, 4, 4, 4]],
  ['jcb', ['3528', '3569', '3589'], 16, [4, 4, 4, 4]],
  ['diners', ['36'], 14, [4, 6, 4]],
  ['unionpay', ['62'], 19, [6, 13]],
  ['maestro', ['6759'], 16, [4, 4, 4, 4]],
];

export function cardDigits(rng: Rng, brand?: string): { brand: string; digits: string; grouping: number[] } {
  const [b, prefixes, len, grouping] = brand ? BRANDS.find((x) => x[0] === brand)! : rng.pick(BRANDS);
  const body = rng.pick(prefixes);
  const withBody = body + rng.digits(len - 1 - body.length);
  return { brand: b, digits: withBody + luhnDigit(withBody), grouping };
}

export function card(rng: Rng, form?: 'plain' | 'spaced' | 'dashed'): Piece {
  const c = cardDigits(rng);
  const f = form ?? rng.pick(['plain', 'spaced', 'dashed'] as const);
  const text = f === 'plain' ? c.digits : groups(c.digits, c.grouping, f === 'spaced' ? ' ' : '-');
  return gold('credit-card', `${c.brand}:${f}`, text);
}

// BBAN structures of the registry: n digits, a upper-case letters, c upper-case letters or digits.
const BBAN: Record<string, string> = {
  DE: '18n', GB: '4a14n', NL: '4a10n', AT: '16n', CH: '5n12c', SE: '20n', DK: '14n', IE: '4a14n', LU: '3n13c', CZ: '20n',
  RO: '4a16c', TR: '5n1n16c', SA: '2n18c', AE: '19n', LT: '16n', LV: '4a13c', HR: '17n', SI: '15n', BG: '4a6n8c', GR: '7n16c',
  CY: '8n16c', LI: '5n12c', IT: '1a10n12c', ES: '20n', PL: '24n', PT: '21n', FI: '14n', NO: '11n', HU: '24n', MT: '4a5n18c',
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

const BBAN_ALPHABET: Record<string, string> = { n: DIGITS, a: UPPER, c: UPPER + DIGITS };
const bban = (rng: Rng, country: string): string => BBAN[country]!.replace(/(\d+)([nac])/g, (_, n: string, k: string) => rng.chars(BBAN_ALPHABET[k]!, Number(n)));

/** A compact IBAN; `bad`: its check digits altered so that mod 97 fails. */
export function ibanCompact(rng: Rng, country: string, bad = false): string {
  const b = bban(rng, country);
  const check = ibanCheck(country, b);
  const wrong = String((Number(check) + rng.int(1, 96)) % 97).padStart(2, '0');
  return `${country}${bad ? (wrong === check ? String((Number(check) + 1) % 100).padStart(2, '0') : wrong) : check}${b}`;
}

export const printIban = (compact: string): string => compact.replace(/(.{4})(?=.)/g, '$1 ');

export function iban(rng: Rng, country?: string, form?: 'compact' | 'print'): Piece {
  const c = country ?? rng.pick(IBAN_COUNTRIES);
  const f = form ?? rng.pick(['compact', 'print'] as const);
  const compact = ibanCompact(rng, c);
  return gold('iban', `${c}:${f}`, f === 'print' ? printIban(compact) : compact);
}

export function ssn(rng: Rng, form?: 'dashed' | 'bare' | 'spaced'): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const d = `${String(area).padStart(3, '0')}${String(rng.int(1, 99)).padStart(2, '0')}${String(rng.int(1, 9999)).padStart(4, '0')}`;
  const f = form ?? rng.pick(['dashed', 'bare', 'spaced'] as const);
  return gold('us-ssn', f, f === 'bare' ? d : groups(d, [3, 2, 4], f === 'dashed' ? '-' : ' '));
}

export function nino(rng: Rng, form?: 'compact' | 'spaced'): Piece {
  let prefix = '';
  do prefix = rng.pick([...'ABCEGHJKLMNOPRSTWXYZ']) + rng.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix));
  const d = rng.digits(6);
  const s = rng.pick([...'ABCD']);
  const f = form ?? rng.pick(['compact', 'spaced'] as const);
  return gold('uk-nino', f, f === 'spaced' ? `${prefix} ${groups(d, [2, 2, 2], ' ')} ${s}` : `${prefix}${d}${s}`);
}

export function dni(rng: Rng, form?: 'dni' | 'dni-dotted' | 'nie' | 'nie-dashed'): Piece {
  const f = form ?? rng.pick(['dni', 'dni-dotted', 'nie', 'nie-dashed'] as const);
  if (f.startsWith('nie')) {
    const x = rng.pick(['X', 'Y', 'Z']);
    const n = rng.digits(7);
    const letter = dniLetter(String('XYZ'.indexOf(x)) + n);
    return gold('es-dni', f, f === 'nie-dashed' ? `${x}-${n}-${letter}` : `${x}${n}${letter}`);
  }
  const n = rng.number(8);
  const letter = dniLetter(n);
  return gold('es-dni', f, f === 'dni-dotted' ? `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}-${letter}` : `${n}${letter}`);
}

const CF_MONTHS = 'ABCDEHLMPRST';
const CF_PLACES = ['H501', 'F205', 'L219', 'F839', 'G273', 'A944', 'D612', 'L736', 'C351', 'B157'];
const CONSONANTS = 'BCDFGHJKLMNPQRSTVWXZ';

export function codiceFiscale(rng: Rng): Piece {
  const day = rng.int(1, 31) + (rng.chance(0.5) ? 40 : 0);
  const first15 = `${rng.chars(CONSONANTS, 3)}${rng.chars(CONSONANTS, 3)}${rng.digits(2)}${rng.pick([...CF_MONTHS])}${String(day).padStart(2, '0')}${rng.pick(CF_PLACES)}`;
  return gold('it-fiscal-code', 'standard', first15 + codiceFiscaleChar(first15));
}

export function aadhaar(rng: Rng, form?: 'spaced' | 'compact' | 'dashed'): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const d = body + verhoeffDigit(body);
  const f = form ?? rng.pick(['spaced', 'compact', 'dashed'] as const);
  return gold('in-aadhaar', f, f === 'compact' ? d : groups(d, [4, 4, 4], f === 'spaced' ? ' ' : '-'));
}

export function cpf(rng: Rng, form?: 'dotted' | 'compact'): Piece {
  let nine = rng.digits(9);
  if (/^(\d)\1+$/.test(nine)) nine = `1${nine.slice(1)}`;
  const d = nine + cpfDigits(nine);
  const f = form ?? rng.pick(['dotted', 'compact'] as const);
  return gold('br-cpf', f, f === 'dotted' ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d);
}

export interface Person {
  given: string;
  family: string;
  /** ASCII form for addresses. */
  ascii: string;
}

// Given and family names by language, written as people of each write them; `ascii` as a mailbox would.
const PEOPLE: Record<string, Array<[string, string, string]>> = {
  en: [['Olivia', 'Hargreaves', 'olivia.hargreaves'], ['Marcus', 'Whitfield', 'marcus.whitfield'], ['Priya', 'Raman', 'priya.raman']],
  de: [['Jürgen', 'Müller', 'juergen.mueller'], ['Anneliese', 'Straßer', 'anneliese.strasser'], ['Lukas', 'Köhler', 'lukas.koehler']],
  es: [['Lucía', 'Fernández', 'lucia.fernandez'], ['Joaquín', 'Ortega', 'joaquin.ortega']],
  it: [['Giulia', 'Bernardi', 'giulia.bernardi'], ['Matteo', 'Colombo', 'matteo.colombo']],
  pt: [['João', 'Conceição', 'joao.conceicao'], ['Beatriz', 'Albuquerque', 'beatriz.albuquerque']],
  ja: [['陽菜', '佐藤', 'hina.sato'], ['翔太', '高橋', 'shota.takahashi']],
  ru: [['Дмитрий', 'Кузнецов', 'dmitry.kuznetsov'], ['Анастасия', 'Волкова', 'anastasia.volkova']],
  ar: [['ليلى', 'الحسيني', 'layla.alhusseini'], ['يوسف', 'القحطاني', 'yousef.alqahtani']],
  el: [['Ελένη', 'Παπαδοπούλου', 'eleni.papadopoulou'], ['Νίκος', 'Γεωργίου', 'nikos.georgiou']],
  tr: [['Elif', 'Yılmaz', 'elif.yilmaz'], ['Mehmet', 'Öztürk', 'mehmet.ozturk']],
  pl: [['Małgorzata', 'Wiśniewska', 'malgorzata.wisniewska'], ['Krzysztof', 'Dąbrowski', 'krzysztof.dabrowski']],
  hi: [['अनन्या', 'शर्मा', 'ananya.sharma'], ['राहुल', 'वर्मा', 'rahul.verma']],
};

export function person(rng: Rng, lang = 'en'): Person {
  const [given, family, ascii] = rng.pick(PEOPLE[lang] ?? PEOPLE.en!);
  return { given, family, ascii };
}

const DOMAINS = ['example.com', 'mail.example.org', 'shop.example.net', 'corp.example.co.uk', 'example.de', 'example.com.br'];
// IDN domains (RFC 5891 U-labels) and Unicode local parts (RFC 6531), as mail clients show them.
const IDN_DOMAINS = ['bücher.example', 'münchen-shop.example', 'παράδειγμα.example', 'пример.example', '例え.example', 'उदाहरण.example'];
const UNICODE_LOCAL: Record<string, string> = { de: 'jürgen.müller', el: 'ελένη', ru: 'дмитрий.к', ja: '陽菜', hi: 'अनन्या', tr: 'elif.yılmaz', pl: 'małgorzata.w', pt: 'joão.c' };

export type EmailForm = 'plain' | 'plus' | 'subdomain' | 'idn-domain' | 'unicode-local' | 'upper';

export function email(rng: Rng, p: Person, lang = 'en', form?: EmailForm): Piece {
  const f = form ?? rng.weighted<EmailForm>([['plain', 4], ['plus', 2], ['subdomain', 1], ['idn-domain', 1], ['unicode-local', UNICODE_LOCAL[lang] ? 1 : 0], ['upper', 1]]);
  const dom = rng.pick(DOMAINS);
  switch (f) {
    case 'plain': return gold('email', f, `${p.ascii}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${dom}`);
    case 'plus': return gold('email', f, `${p.ascii}+${rng.pick(['orders', 'shop', 'ci', 'alerts', 'x7'])}@${dom}`);
    case 'subdomain': return gold('email', f, `${p.ascii.replace('.', '_')}@${rng.pick(['eu', 'ops', 'dev'])}.${dom}`);
    case 'idn-domain': return gold('email', f, `${p.ascii}@${rng.pick(IDN_DOMAINS)}`);
    case 'unicode-local': return gold('email', f, `${UNICODE_LOCAL[lang] ?? 'jürgen.müller'}@${rng.pick([...DOMAINS, ...IDN_DOMAINS])}`);
    case 'upper': return gold('email', f, `${p.ascii.toUpperCase()}@${dom.toUpperCase()}`);
  }
}

export type IpForm = 'v4' | 'v6-compressed' | 'v6-full' | 'v4-mapped' | 'v6-link-local';

const octet = (rng: Rng) => String(rng.int(1, 254));
export const ipv4 = (rng: Rng): string => `${rng.pick(['81', '93', '145', '178', '203', '198', '62', '100', '10', '172', '192'])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${octet(rng)}`;
const hextet = (rng: Rng) => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');

export function ip(rng: Rng, form?: IpForm): Piece {
  const f = form ?? rng.weighted<IpForm>([['v4', 5], ['v6-compressed', 2], ['v6-full', 1], ['v4-mapped', 1], ['v6-link-local', 1]]);
  switch (f) {
    case 'v4': return gold('ip-address', f, ipv4(rng));
    case 'v6-compressed': return gold('ip-address', f, `2001:db8:${hextet(rng)}:${hextet(rng)}::${hextet(rng)}`);
    case 'v6-full': return gold('ip-address', f, Array.from({ length: 8 }, (_, i) => (i === 0 ? '2a02' : rng.chars(HEX, 4))).join(':'));
    case 'v4-mapped': return gold('ip-address', f, `::ffff:${ipv4(rng)}`);
    case 'v6-link-local': return gold('ip-address', f, `fe80::${hextet(rng)}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${hextet(rng)}`);
  }
}

export type MacForm = 'colon' | 'hyphen' | 'cisco' | 'bare' | 'colon-upper';

export function mac(rng: Rng, form?: MacForm): Piece {
  // A locally administered or vendor OUI octet: the second-lowest bit of the first octet varies.
  const hex = rng.pick(['00', '3c', 'a4', 'f0', 'b8', '02', 'dc']) + rng.chars(HEX, 10);
  const f = form ?? rng.pick(['colon', 'hyphen', 'cisco', 'bare', 'colon-upper'] as const);
  const pairs = hex.match(/../g)!;
  switch (f) {
    case 'colon': return gold('mac-address', f, pairs.join(':'));
    case 'colon-upper': return gold('mac-address', f, pairs.join(':').toUpperCase());
    case 'hyphen': return gold('mac-address', f, pairs.join('-').toUpperCase());
    case 'cisco': return gold('mac-address', f, hex.match(/..../g)!.join('.'));
    case 'bare': return gold('mac-address', f, hex.toUpperCase());
  }
}
