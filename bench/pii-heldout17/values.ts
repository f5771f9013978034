// Set 17's personal values, valid by their published check digits: e-mails (IDN domains, Unicode
// local parts, sub-addressing), payment cards of eleven schemes, IBANs of 36 countries (national
// check digits computed where the country defines one), US SSNs, national ids of 19 types, IPs and
// MACs. Checksums come from set 1's checksums.ts or are written here from their definitions.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX, UPPER } from '../pii-heldout/prng.js';
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanCheck, luhnDigit, mod97, verhoeffDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import { person, type Person } from './people.js';

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'wp.pl', 'seznam.cz', 'yandex.ru', 'yahoo.co.jp', 'naver.com', 'proton.me', 'icloud.com', 'free.fr', 'telenet.be', 'ziggo.nl', 'bluewin.ch', 'sapo.pt', 'uol.com.br', 'rediffmail.com'];
const IDN_DOMAINS = ['müller-kanzlei.de', 'bäckerei-köhler.at', 'café-lumière.fr', 'señorío.es', 'ørsted-råd.dk', 'почта.рф', 'παράδειγμα.ελ', '例え.jp', 'kühne-recht.ch'];

/** An e-mail of `p` (a new person when absent): plain, sub-addressed, Unicode local part or IDN domain. */
export function email(rng: Rng, p: Person = person(rng), org?: string): Piece {
  const [g, f] = p.latin;
  const form = rng.weighted<string>([['plain', 6], ['subaddress', 2], ['idn-domain', 1], ['unicode-local', 1], ['org', org ? 4 : 0]]);
  const local = rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${f}${rng.int(1, 99)}`, `${g}_${f}`, `${f}.${g}`]);
  if (form === 'subaddress') return gold('email', form, `${local}+${rng.pick(['invoices', 'news', 'claims', 'hr', 'tax2026'])}@${rng.pick(MAIL_DOMAINS)}`);
  if (form === 'idn-domain') return gold('email', form, `${local}@${rng.pick(IDN_DOMAINS)}`);
  if (form === 'unicode-local' && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u.test(p.given)) return gold('email', form, `${p.given.toLowerCase()}.${f}@${rng.pick(MAIL_DOMAINS.slice(0, 10))}`);
  if (form === 'org') return gold('email', form, `${local}@${org}`);
  return gold('email', 'plain', `${local}@${rng.pick(MAIL_DOMAINS)}`);
}

// Card schemes with the ranges the schemes publish and their lengths.
const SCHEMES: Array<[string, () => string[], number[]]> = [
  ['visa', () => ['4'], [16, 16, 13, 19]],
  ['mastercard', () => ['51', '52', '53', '54', '55', '2221', '2300', '2512', '2720'], [16]],
  ['amex', () => ['34', '37'], [15]],
  ['discover', () => ['6011', '644', '647', '649', '65'], [16]],
  ['jcb', () => ['3528', '3541', '3566', '3589'], [16]],
  ['diners', () => ['36', '38', '300', '305'], [14]],
  ['unionpay', () => ['62'], [16, 19]],
  ['mir', () => ['2200', '2202', '2204'], [16]],
  ['rupay', () => ['6521', '6522', '60'], [16]],
  ['maestro', () => ['5018', '5020', '5038', '6304', '6759'], [16, 19]],
];

function group(digits: string, sizes: number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) if (at < digits.length) out.push(digits.slice(at, (at += n)));
  if (at < digits.length) out.push(digits.slice(at));
  return out.join(' ');
}

/** A card number body (Luhn-valid) of `scheme`: [scheme, digits]. */
export function cardDigits(rng: Rng, scheme?: string): [string, string] {
  const [name, prefixes, lengths] = scheme ? SCHEMES.find((s) => s[0] === scheme)! : rng.pick(SCHEMES);
  const prefix = rng.pick(prefixes());
  const len = rng.pick(lengths);
  const body = prefix + rng.digits(len - prefix.length - 1);
  return [name, body + luhnDigit(body)];
}

/** A gold card: spaced in the scheme's groups, dashed or bare. */
export function card(rng: Rng, scheme?: string): Piece {
  const [name, d] = cardDigits(rng, scheme);
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  const form = rng.pick(['spaced', 'spaced', 'bare', 'dashed']);
  const text = form === 'bare' ? d : form === 'dashed' ? group(d, sizes).replace(/ /g, '-') : group(d, sizes);
  return gold('credit-card', `${name}:${form}`, text);
}

// IBAN BBANs. National check digits are computed for BE, FR, IT, ES, PT, NO, FI, SI, PL, CZ and NL (the 11-test); the other
// countries listed define none at country level.
const num = (r: Rng, n: number) => r.digits(n);
const up = (r: Rng, n: number) => r.chars(UPPER, n);

function itCin(s: string): string {
  const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  [...s].forEach((ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? ODD[v]! : v;
  });
  return String.fromCharCode(65 + (sum % 26));
}

function esControl(ten: string): string {
  const W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const r = 11 - ([...ten].reduce((a, d, i) => a + Number(d) * W[i]!, 0) % 11);
  return String(r === 11 ? 0 : r === 10 ? 1 : r);
}

function noAccount(r: Rng): string {
  for (;;) {
    const ten = r.digits(10);
    const W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    const c = 11 - ([...ten].reduce((a, d, i) => a + Number(d) * W[i]!, 0) % 11);
    if (c !== 10) return ten + (c === 11 ? '0' : String(c));
  }
}

function czAccount(r: Rng): string {
  const W = [6, 3, 7, 9, 10, 5, 8, 4, 2];
  for (;;) {
    const nine = r.digits(9);
    const c = (11 - ([...nine].reduce((a, d, i) => a + Number(d) * W[i]!, 0) % 11)) % 11;
    if (c < 10) return nine + c;
  }
}

/** A Dutch account number passing the 11-test (elfproef). */
function nlAccount(r: Rng): string {
  for (;;) {
    const nine = '0' + r.digits(8);
    const c = (11 - ([...nine].reduce((a, d, i) => a + Number(d) * (10 - i), 0) % 11)) % 11;
    if (c < 10) return nine + c;
  }
}

const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => num(r, 18), AT: (r) => num(r, 16), CH: (r) => num(r, 17), LI: (r) => num(r, 17), GB: (r) => up(r, 4) + num(r, 14), IE: (r) => up(r, 4) + num(r, 14),
  LU: (r) => num(r, 16), SE: (r) => num(r, 20), GR: (r) => num(r, 23), CY: (r) => num(r, 24), MT: (r) => up(r, 4) + num(r, 23), LT: (r) => num(r, 16),
  LV: (r) => up(r, 4) + num(r, 13), RO: (r) => up(r, 4) + num(r, 16), BG: (r) => up(r, 4) + num(r, 14), SA: (r) => num(r, 20), AE: (r) => num(r, 19),
  QA: (r) => up(r, 4) + num(r, 21), KW: (r) => up(r, 4) + num(r, 22), TR: (r) => num(r, 5) + '0' + num(r, 16), GE: (r) => up(r, 2) + num(r, 16), UA: (r) => num(r, 25), IL: (r) => num(r, 19),
  BE: (r) => { const ten = num(r, 10); const c = Number(ten) % 97 || 97; return ten + String(c).padStart(2, '0'); },
  FR: (r) => { const [b, g, a] = [num(r, 5), num(r, 5), num(r, 11)]; const key = 97 - ((89 * Number(b) + 15 * Number(g) + 3 * Number(a)) % 97); return b + g + a + String(key).padStart(2, '0'); },
  IT: (r) => { const rest = num(r, 10) + num(r, 12); return itCin(rest) + rest; },
  ES: (r) => { const [b, o, a] = [num(r, 4), num(r, 4), num(r, 10)]; return b + o + esControl('00' + b + o) + esControl(a) + a; },
  PT: (r) => { const n19 = num(r, 19); return n19 + String(98 - mod97(n19 + '00')).padStart(2, '0'); },
  NO: (r) => noAccount(r),
  PL: (r) => { const b = r.pick(['1020', '1090', '1140', '1050', '1240']) + r.digits(3); const W = [3, 9, 7, 1, 3, 9, 7]; return b + ((10 - ([...b].reduce((a, d, i) => a + Number(d) * W[i]!, 0) % 10)) % 10) + r.digits(16); },
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO']) + nlAccount(r),
  CZ: (r) => r.pick(['0100', '0300', '0800', '2010', '5500']) + '000000' + czAccount(r),
  FI: (r) => { const b = num(r, 13); return b + luhnDigit(b); },
  SI: (r) => { const b = '0' + num(r, 12); return b + String(98 - mod97(b + '00')).padStart(2, '0'); },
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

/** The compact IBAN of `country`. */
export function ibanCompact(rng: Rng, country: string = rng.pick(IBAN_COUNTRIES)): string {
  const bban = BBAN[country]!(rng);
  return country + ibanCheck(country, bban) + bban;
}

export const grouped = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

/** A gold IBAN: grouped by four (paper form) or compact (electronic form). */
export function iban(rng: Rng, country?: string, form: 'grouped' | 'compact' = rng.chance(0.6) ? 'grouped' : 'compact'): Piece {
  const c = ibanCompact(rng, country);
  return gold('iban', `${c.slice(0, 2)}:${form}`, form === 'grouped' ? grouped(c) : c);
}

/** A US SSN with a valid area (not 000, 666, 900–999), group and serial. */
export function ssn(rng: Rng, form: 'dashed' | 'spaced' | 'bare' = rng.pick(['dashed', 'dashed', 'spaced', 'bare'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const p = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', form, p.join(form === 'dashed' ? '-' : form === 'spaced' ? ' ' : ''));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

const NATIONAL: Record<string, (r: Rng) => [string, string]> = {
  'uk-nino': (r) => {
    let [first, second] = ['A', 'B'];
    do [first, second] = [r.pick([...'ABCEGHJKLMNOPRSTWXYZ']), r.pick([...'ABCEGHJKLMNPRSTWXYZ'])];
    while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(first + second));
    const d = r.digits(6);
    return r.chance(0.5) ? ['spaced', `${first}${second} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick([...'ABCD'])}`] : ['compact', `${first}${second}${d}${r.pick([...'ABCD'])}`];
  },
  'es-dni': (r) => { const d = r.digits(8); return ['dni', d + dniLetter(d)]; },
  'es-nie': (r) => { const x = r.int(0, 2); const d = r.digits(7); return ['nie', 'XYZ'[x]! + d + dniLetter(String(x) + d)]; },
  'it-fiscal-code': (r) => {
    const m = 'ABCDEHLMPRST'[r.int(0, 11)]!;
    const s15 = r.chars('BCDFGLMNPRSTVZ', 3) + r.chars('BCDFGLMNPRSTVZ', 3) + pad(r.int(40, 99), 2) + m + pad(r.chance(0.5) ? r.int(1, 31) : r.int(41, 71), 2) + r.pick([...'FHLGDA']) + pad(r.int(1, 999), 3);
    return ['standard', s15 + codiceFiscaleChar(s15)];
  },
  'in-aadhaar': (r) => { const b = String(r.int(2, 9)) + r.digits(10); const a = b + verhoeffDigit(b); return ['spaced', `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`]; },
  'br-cpf': (r) => { const n = r.digits(9); const c = n + cpfDigits(n); return ['dotted', `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`]; },
  'nl-national-id': (r) => {
    for (;;) {
      const d = String(r.int(1, 6)) + r.digits(7);
      const s = [...d].reduce((a, x, i) => a + Number(x) * (9 - i), 0);
      const last = s % 11;
      if (last <= 9) return ['bsn', d + last];
    }
  },
  'pl-national-id': (r) => {
    const body = pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + r.digits(4);
    const W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const s = [...body].reduce((a, x, i) => a + Number(x) * W[i]!, 0);
    return ['pesel', body + ((10 - (s % 10)) % 10)];
  },
  'se-national-id': (r) => {
    const body = pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + r.digits(3);
    return ['personnummer', `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`];
  },
  'fi-national-id': (r) => {
    const date = pad(r.int(1, 28), 2) + pad(r.int(1, 12), 2) + pad(r.int(50, 99), 2);
    const ind = pad(r.int(2, 899), 3);
    return ['hetu', `${date}-${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + ind) % 31]}`];
  },
  'be-national-id': (r) => {
    const nine = pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + pad(r.int(1, 997), 3);
    const c = pad(97 - (Number(nine) % 97), 2);
    return ['rrn', `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6)}.${c}`];
  },
  'fr-national-id': (r) => {
    const thirteen = String(r.int(1, 2)) + pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 95), 2) + pad(r.int(1, 990), 3) + pad(r.int(1, 999), 3);
    const key = pad(97 - mod97(thirteen), 2);
    const t = thirteen;
    return ['nir', `${t[0]} ${t.slice(1, 3)} ${t.slice(3, 5)} ${t.slice(5, 7)} ${t.slice(7, 10)} ${t.slice(10)} ${key}`];
  },
  'de-tax-id': (r) => {
    for (;;) {
      const ten = String(r.int(1, 9)) + r.digits(9);
      const counts = new Map<string, number>();
      for (const c of ten) counts.set(c, (counts.get(c) ?? 0) + 1);
      const reps = [...counts.values()];
      if (!(reps.filter((n) => n === 2).length === 1 && reps.every((n) => n <= 2)) || counts.size !== 9) continue;
      let p = 10;
      for (const c of ten) {
        let s = (Number(c) + p) % 10;
        if (s === 0) s = 10;
        p = (s * 2) % 11;
      }
      const check = (11 - p) % 10;
      return ['steuer-id', `${ten.slice(0, 2)} ${ten.slice(2, 5)} ${ten.slice(5, 8)} ${ten.slice(8)}${check}`];
    }
  },
  'pt-nif': (r) => {
    const eight = String(r.int(1, 2)) + r.digits(7);
    const s = [...eight].reduce((a, x, i) => a + Number(x) * (9 - i), 0);
    const c = 11 - (s % 11);
    return ['nif', eight + (c >= 10 ? 0 : c)];
  },
  'ro-national-id': (r) => {
    const twelve = String(r.int(1, 2)) + pad(r.int(50, 99), 2) + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + pad(r.int(1, 46), 2) + pad(r.int(1, 999), 3);
    const W = '279146358279';
    const c = [...twelve].reduce((a, x, i) => a + Number(x) * Number(W[i]), 0) % 11;
    return ['cnp', twelve + (c === 10 ? 1 : c)];
  },
  'tr-national-id': (r) => {
    const d = [r.int(1, 9), ...[...r.digits(8)].map(Number)];
    const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
    const even = d[1]! + d[3]! + d[5]! + d[7]!;
    const d10 = (((odd * 7 - even) % 10) + 10) % 10;
    const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
    return ['tckn', d.join('') + d10 + d11];
  },
  'uk-nhs-id': (r) => {
    for (;;) {
      const nine = String(r.int(4, 6)) + r.digits(8);
      const c = 11 - ([...nine].reduce((a, x, i) => a + Number(x) * (10 - i), 0) % 11);
      if (c !== 10) { const t = nine + (c === 11 ? 0 : c); return ['spaced', `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`]; }
    }
  },
  'de-health-insurance-id': (r) => {
    const letter = r.pick([...UPPER]);
    const eight = r.digits(8);
    const ten = pad(letter.charCodeAt(0) - 64, 2) + eight;
    const s = [...ten].reduce((a, x, i) => { const v = Number(x) * (i % 2 === 0 ? 1 : 2); return a + Math.floor(v / 10) + (v % 10); }, 0);
    return ['kvnr', letter + eight + (s % 10)];
  },
  'ie-national-id': (r) => {
    const seven = r.digits(7);
    const s = [...seven].reduce((a, x, i) => a + Number(x) * (8 - i), 0) + 9;
    return ['ppsn', seven + 'WABCDEFGHIJKLMNOPQRSTUV'[s % 23] + 'A'];
  },
  'au-tax-id': (r) => {
    const W = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    for (;;) {
      const t = r.digits(9);
      if ([...t].reduce((a, x, i) => a + Number(x) * W[i]!, 0) % 11 === 0 && t[0] !== '0') return ['tfn', `${t.slice(0, 3)} ${t.slice(3, 6)} ${t.slice(6)}`];
    }
  },
};
export const NATIONAL_TYPES = Object.keys(NATIONAL);

/** A gold national id of `type` (random when absent); form is the type's written form. */
export function nationalId(rng: Rng, type: string = rng.pick(NATIONAL_TYPES)): Piece {
  const [form, text] = NATIONAL[type]!(rng);
  return gold(type, form, text);
}

/** A gold IP: public or private IPv4, IPv6 compressed or full, link-local, IPv4-mapped. */
export function ip(rng: Rng, form: string = rng.pick(['v4-public', 'v4-public', 'v4-private', 'v6', 'v6-full', 'v6-link-local', 'v4-mapped'])): Piece {
  const v4pub = () => `${rng.pick([23, 31, 46, 62, 78, 81, 91, 103, 141, 152, 185, 194, 203, 212])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const h = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const text =
    form === 'v4-public' ? v4pub()
    : form === 'v4-private' ? rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`])
    : form === 'v6' ? `2a0${rng.int(1, 9)}:${h()}:${h()}::${h()}`
    : form === 'v6-full' ? [`2${rng.int(4, 6)}0${rng.int(1, 9)}`, ...Array.from({ length: 7 }, () => rng.chars(HEX, 4))].join(':')
    : form === 'v6-link-local' ? `fe80::${h()}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${h()}`
    : `::ffff:${v4pub()}`;
  return gold('ip-address', form, text);
}

/** A gold MAC in one of its written forms. */
export function mac(rng: Rng, form: string = rng.pick(['colon-lower', 'colon-upper', 'dash', 'cisco', 'bare'])): Piece {
  const b = Array.from({ length: 6 }, (_, i) => (i === 0 ? (rng.int(0, 63) * 4).toString(16).padStart(2, '0') : rng.chars(HEX, 2)));
  const j = b.join('');
  const text =
    form === 'colon-lower' ? b.join(':')
    : form === 'colon-upper' ? b.join(':').toUpperCase()
    : form === 'dash' ? b.join('-').toUpperCase()
    : form === 'cisco' ? `${j.slice(0, 4)}.${j.slice(4, 8)}.${j.slice(8)}`
    : j.toUpperCase();
  return gold('mac-address', form, text);
}
