// Personal values in the forms they take in the world: e-mail (ASCII, sub-addressing, internationalised
// local parts and domains per RFC 6531 / IDNA, quoted local parts), payment cards of ten brands,
// IBANs of 40 countries (ISO 13616 BBAN structures), US SSNs, IPv4/IPv6 (compressed, IPv4-mapped,
// zone index, with port), MAC addresses in every notation, national ids (NINO, DNI/NIE, codice
// fiscale, Aadhaar, CPF) and secrets (AWS key pairs, GitHub, Slack, Stripe tokens) built from parts.
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from './checksums.js';
import { GIVEN, MAIL_DOMAINS, SURNAMES, type Lang } from './people.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from './prng.js';

/** A generated value: its text and the form it was written in (for the per-form recall table). */
export interface Value {
  text: string;
  form: string;
}

export function personName(r: Rng, lang: Lang): string {
  return `${r.pick(GIVEN[lang])} ${r.pick(SURNAMES[lang])}`;
}

const ASCII_FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ø: 'o', å: 'a', æ: 'ae', ł: 'l', ñ: 'n', ç: 'c' };

/** How most people's mailbox names are spelt: diacritics folded (Müller → mueller, José → jose). */
export function asciiFold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[äöüßøåæłñç]/g, (c) => ASCII_FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

// Internationalised addresses written in scripts other than Latin (local part and domain).
const EAI: ReadonlyArray<readonly [string, string]> = [
  ['иван.петров', 'почта.рф'],
  ['мария', 'пример.рф'],
  ['δοκιμή', 'παράδειγμα.ελ'],
  ['用户', '例子.广告'],
  ['संपर्क', 'डाटामेल.भारत'],
  ['θέμης.παπαδόπουλος', 'ταχυδρομείο.gr'],
  ['はなこ', 'ドメイン.テスト'],
];

export function email(r: Rng, lang: Lang): Value {
  const given = r.pick(GIVEN[lang]);
  const surname = r.pick(SURNAMES[lang]);
  const domain = r.pick(MAIL_DOMAINS[lang]);
  const kind = r.weighted([['ascii', 6], ['plus-tag', 1], ['unicode-local', 2], ['quoted', 1], ['eai-script', 1], ['initial', 1], ['upper', 0.5]] as const);
  const sep = r.pick(['.', '_', '-', '', '.']);
  const g = asciiFold(given);
  const s = asciiFold(surname);
  switch (kind) {
    case 'ascii':
      return { text: `${g}${sep}${s}${r.chance(0.3) ? r.int(1, 99) : ''}@${domain}`, form: /[^ -~]/.test(domain) ? 'unicode-domain' : 'ascii' };
    case 'plus-tag':
      return { text: `${g}${sep}${s}+${r.pick(['news', 'shop', 'github', 'invoices', 'x'])}@${domain}`, form: 'plus-tag' };
    case 'unicode-local': {
      const local = `${given.toLowerCase()}.${surname.toLowerCase().replace(/ /g, '')}`;
      return { text: `${local}@${domain}`, form: /[^ -~]/.test(local) ? 'unicode-local' : 'ascii-dotted' };
    }
    case 'quoted':
      return { text: `"${given} ${surname}"@${domain}`, form: 'quoted' };
    case 'eai-script': {
      const [local, d] = r.pick(EAI);
      return { text: `${local}@${d}`, form: 'eai-script' };
    }
    case 'initial':
      return { text: `${g[0]}.${s}@${domain}`, form: 'initial' };
    case 'upper':
      return { text: `${given.replace(/[^\p{L}]/gu, '')}.${surname.replace(/[^\p{L}]/gu, '')}@${domain.toUpperCase()}`, form: 'mixed-case' };
  }
}

interface Brand {
  name: string;
  prefix: (r: Rng) => string;
  lengths: number[];
}

const BRANDS: readonly Brand[] = [
  { name: 'visa', prefix: () => '4', lengths: [16] },
  { name: 'mastercard', prefix: (r) => (r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720))), lengths: [16] },
  { name: 'amex', prefix: (r) => r.pick(['34', '37']), lengths: [15] },
  { name: 'discover', prefix: (r) => r.pick(['6011', '65', String(r.int(644, 649))]), lengths: [16] },
  { name: 'jcb', prefix: (r) => String(r.int(3528, 3589)), lengths: [16] },
  { name: 'diners', prefix: (r) => r.pick(['36', '38', String(r.int(300, 305))]), lengths: [14] },
  { name: 'unionpay', prefix: () => '62', lengths: [16, 19] },
  { name: 'maestro', prefix: (r) => r.pick(['6759', '5018', '5020', '6304']), lengths: [16, 19] },
  { name: 'mir', prefix: (r) => `220${r.int(0, 4)}`, lengths: [16] },
  { name: 'rupay', prefix: (r) => r.pick(['60', '65', '81', '82']), lengths: [16] },
];

function groupCard(digits: string, sep: string): string {
  const pattern = digits.length === 15 ? [4, 6, 5] : digits.length === 14 ? [4, 6, 4] : digits.length === 13 ? [4, 4, 5] : [4, 4, 4, 4, 3];
  const out: string[] = [];
  let at = 0;
  for (const n of pattern) if (at < digits.length) out.push(digits.slice(at, (at += n)));
  return out.join(sep);
}

/** A card number of a brand; `valid: false` gives the same shape with a wrong Luhn digit. */
export function card(r: Rng, valid = true): Value {
  const b = r.pick(BRANDS);
  const len = r.pick(b.lengths);
  const p = b.prefix(r);
  const body = p + r.digits(len - p.length - 1);
  const good = luhnDigit(body);
  const last = valid ? good : String((Number(good) + r.int(1, 9)) % 10);
  const sep = r.weighted([[' ', 4], ['-', 2], ['', 3], ['\u00a0', 0.5]] as const);
  return { text: groupCard(body + last, sep), form: `${b.name}${sep === '' ? '-compact' : ''}` };
}

// BBAN structures of the ISO 13616 registry: n digits, a upper-case letters, c letters or digits.
const IBAN_BBAN: Record<string, string> = {
  DE: '18n', FR: '10n11c2n', GB: '4a14n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n',
  PT: '21n', SE: '20n', DK: '14n', NO: '11n', FI: '14n', IE: '4a14n', LU: '3n13c', CZ: '20n', HU: '24n', GR: '7n16c',
  RO: '4a16c', HR: '17n', SI: '15n', SK: '20n', BG: '4a6n8c', LT: '16n', LV: '4a13c', EE: '16n', MT: '4a5n18c', CY: '8n16c',
  IS: '22n', LI: '5n12c', MC: '10n11c2n', SA: '2n18c', AE: '19n', TR: '5n1n16c', IL: '19n', BR: '23n1a1c', QA: '4a21c', KW: '4a22c',
};

export const IBAN_COUNTRIES = Object.keys(IBAN_BBAN);

function bban(r: Rng, spec: string): string {
  let out = '';
  for (const [, n, t] of spec.matchAll(/(\d+)([nac])/g)) {
    const k = Number(n);
    // Account fields typed `c` hold digits in most real accounts; letters now and then.
    out += t === 'n' ? r.digits(k) : t === 'a' ? r.chars(UPPER, k) : r.chance(0.8) ? r.digits(k) : r.chars(UPPER + DIGITS, k);
  }
  return out;
}

/** Paper form: groups of four separated by spaces; electronic form: compact. */
function printIban(s: string, paper: boolean): string {
  return paper ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}

/** An IBAN; `valid: false` gives the same shape with wrong check digits. */
export function iban(r: Rng, valid = true, country = r.pick(IBAN_COUNTRIES)): Value {
  const b = bban(r, IBAN_BBAN[country]!);
  const check = ibanCheck(country, b);
  let wrong = check;
  while (!valid && wrong === check) wrong = String(r.int(2, 98)).padStart(2, '0');
  const paper = r.chance(0.55);
  return { text: printIban(country + wrong + b, paper), form: `${country}${paper ? '-paper' : ''}` };
}

export function ssn(r: Rng, sep = r.weighted([['-', 6], [' ', 1], ['', 1]] as const)): Value {
  let area = 0;
  do area = r.int(1, 899);
  while (area === 666);
  return { text: [String(area).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')].join(sep), form: sep === '-' ? 'dashed' : sep === ' ' ? 'spaced' : 'compact' };
}

function ipv4Parts(r: Rng): number[] {
  const kind = r.weighted([['public', 5], ['private', 3], ['doc', 2]] as const);
  if (kind === 'private') return r.pick([[10, r.int(0, 255)], [172, r.int(16, 31)], [192, 168]]).concat([r.int(0, 255), r.int(1, 254)]);
  if (kind === 'doc') return [...r.pick([[192, 0, 2], [198, 51, 100], [203, 0, 113]]), r.int(1, 254)];
  let first = 0;
  do first = r.int(1, 223);
  while (first === 10 || first === 127 || first === 100);
  return [first, r.int(0, 255), r.int(0, 255), r.int(1, 254)];
}

function ipv6Groups(r: Rng): string[] {
  const head = r.pick([['2001', 'db8'], ['2a00', r.chars(HEX, 4)], ['2600', r.chars(HEX, 3)], ['fe80', '0']]);
  return [...head, ...Array.from({ length: 6 }, () => (r.chance(0.3) ? '0' : r.chars(HEX, r.int(1, 4)).replace(/^0+(?=.)/, '')))];
}

/** Compressed form: the longest run of zero groups (two or more) as "::". */
function compress(groups: string[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; ) {
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

/** An IP address; `port`/`zone`/`bracket` are context the sentence writes around it (not part of the span). */
export function ip(r: Rng): Value & { before?: string; after?: string } {
  const kind = r.weighted([['v4', 6], ['v4-port', 1], ['v6', 2], ['v6-full', 1], ['v6-mapped', 1], ['v6-bracket-port', 0.5], ['v6-zone', 0.5]] as const);
  switch (kind) {
    case 'v4':
      return { text: ipv4Parts(r).join('.'), form: 'ipv4' };
    case 'v4-port':
      return { text: ipv4Parts(r).join('.'), form: 'ipv4-port', after: `:${r.pick([22, 80, 443, 8080, 5432, 6379])}` };
    case 'v6':
      return { text: compress(ipv6Groups(r)), form: 'ipv6' };
    case 'v6-full':
      return { text: ipv6Groups(r).map((g) => g.padStart(4, '0')).join(':').toUpperCase(), form: 'ipv6-full' };
    case 'v6-mapped':
      return { text: `::ffff:${ipv4Parts(r).join('.')}`, form: 'ipv6-mapped-ipv4' };
    case 'v6-bracket-port':
      return { text: compress(ipv6Groups(r)), form: 'ipv6-bracket-port', before: '[', after: `]:${r.pick([443, 8443, 9000])}` };
    case 'v6-zone':
      return { text: `fe80::${r.chars(HEX, 4)}:${r.chars(HEX, 4)}`, form: 'ipv6-zone', after: `%${r.pick(['eth0', 'en0', 'wlan0'])}` };
  }
}

/** A MAC address in one of its notations; `bare` (twelve hex digits) only where the caller gives a cue. */
export function mac(r: Rng, notation = r.weighted([['colon', 4], ['dash', 2], ['cisco', 1], ['bare', 1]] as const)): Value {
  const bytes = Array.from({ length: 6 }, () => r.chars(HEX, 2));
  bytes[0] = ((parseInt(bytes[0]!, 16) & 0xfc) >>> 0).toString(16).padStart(2, '0');
  const upper = r.chance(0.5);
  const hex = bytes.join('');
  const text =
    notation === 'colon' ? bytes.join(':') : notation === 'dash' ? bytes.join('-') : notation === 'cisco' ? `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}` : hex;
  return { text: upper ? text.toUpperCase() : text, form: notation };
}

export type NationalId = 'uk-nino' | 'es-dni' | 'it-fiscal-code' | 'in-aadhaar' | 'br-cpf';
export const NATIONAL_IDS: readonly NationalId[] = ['uk-nino', 'es-dni', 'it-fiscal-code', 'in-aadhaar', 'br-cpf'];

function nino(r: Rng): Value {
  let p = '';
  do p = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  const d = r.digits(6);
  const s = r.chars('ABCD', 1);
  return r.chance(0.5) ? { text: `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`, form: 'spaced' } : { text: `${p}${d}${s}`, form: 'compact' };
}

function dni(r: Rng): Value {
  if (r.chance(0.3)) {
    const x = r.pick(['X', 'Y', 'Z']);
    const d = r.digits(7);
    const l = dniLetter(String('XYZ'.indexOf(x)) + d);
    return r.chance(0.7) ? { text: `${x}${d}${l}`, form: 'nie' } : { text: `${x}-${d}-${l}`, form: 'nie-dashed' };
  }
  const d = r.number(8);
  const l = dniLetter(d);
  return r.weighted([
    [{ text: `${d}${l}`, form: 'dni' }, 4],
    [{ text: `${d}-${l}`, form: 'dni-dash' }, 2],
    [{ text: `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}-${l}`, form: 'dni-dotted' }, 1],
  ] as const);
}

function cfPart(word: string, given: boolean): string {
  const w = asciiFold(word).toUpperCase();
  const cons = w.replace(/[AEIOU]/g, '');
  const vow = w.replace(/[^AEIOU]/g, '');
  if (given && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!;
  return (cons + vow + 'XXX').slice(0, 3);
}

function codiceFiscale(r: Rng): Value {
  const female = r.chance(0.5);
  const day = r.int(1, 28) + (female ? 40 : 0);
  const head = cfPart(r.pick(SURNAMES.it), false) + cfPart(r.pick(GIVEN.it), true) + String(r.int(40, 99)).padStart(2, '0') + r.pick([...'ABCDEHLMPRST']) + String(day).padStart(2, '0') + r.pick(['H501', 'F205', 'L219', 'A944', 'G273', 'F839', 'D612', 'L736', 'C351', 'B157']);
  return { text: head + codiceFiscaleChar(head), form: 'compact' };
}

function aadhaar(r: Rng): Value {
  const body = r.int(2, 9) + r.digits(10);
  const n = body + verhoeffDigit(body);
  const sep = r.weighted([[' ', 5], ['-', 1], ['', 2]] as const);
  return { text: [n.slice(0, 4), n.slice(4, 8), n.slice(8)].join(sep), form: sep === '' ? 'compact' : sep === ' ' ? 'spaced' : 'dashed' };
}

function cpf(r: Rng): Value {
  let nine = '';
  do nine = r.digits(9);
  while (/^(\d)\1+$/.test(nine));
  const n = nine + cpfDigits(nine);
  return r.chance(0.7) ? { text: `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`, form: 'dotted' } : { text: n, form: 'compact' };
}

export function nationalId(r: Rng, type: NationalId): Value {
  switch (type) {
    case 'uk-nino': return nino(r);
    case 'es-dni': return dni(r);
    case 'it-fiscal-code': return codiceFiscale(r);
    case 'in-aadhaar': return aadhaar(r);
    case 'br-cpf': return cpf(r);
  }
}

const B64 = ALNUM + '/+';

/** AWS access key id and secret access key (the id's prefix and both bodies built at run time). */
export function awsPair(r: Rng): { id: string; secret: string } {
  return { id: ['AK', 'IA'].join('') + r.chars(UPPER + '234567', 16), secret: r.chars(B64, 40) };
}

export function token(r: Rng): Value {
  const kind = r.pick(['github-classic', 'github-fine', 'slack-bot', 'slack-user', 'stripe-secret', 'stripe-restricted'] as const);
  switch (kind) {
    case 'github-classic':
      return { text: ['gh', r.pick(['p', 'o', 'u', 's', 'r']), '_'].join('') + r.chars(ALNUM, 36), form: kind };
    case 'github-fine':
      return { text: ['github', 'pat'].join('_') + '_' + r.chars(ALNUM, 22) + '_' + r.chars(ALNUM, 59), form: kind };
    case 'slack-bot':
      return { text: ['xo', 'xb'].join('') + `-${r.number(11)}-${r.number(13)}-${r.chars(ALNUM, 24)}`, form: kind };
    case 'slack-user':
      return { text: ['xo', 'xp'].join('') + `-${r.number(11)}-${r.number(11)}-${r.number(13)}-${r.chars(LOWER.slice(0, 6) + DIGITS, 32)}`, form: kind };
    case 'stripe-secret':
      return { text: ['sk', 'live'].join('_') + '_' + r.chars(ALNUM, r.pick([24, 99])), form: kind };
    case 'stripe-restricted':
      return { text: ['rk', 'live'].join('_') + '_' + r.chars(ALNUM, r.pick([24, 99])), form: kind };
  }
}
