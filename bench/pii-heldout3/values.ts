// Personal values other than phones, written from their formats: e-mail addresses (RFC 5321/6531:
// dot-atoms, sub-addressing, quoted local parts, Unicode local parts and IDN domains), payment cards
// (issuer prefixes and lengths, Luhn, the groupings printed on cards), IBANs (ISO 13616 BBAN
// structures, mod 97), US SSNs (SSA rules), IPv4/IPv6 (RFC 4291/5952 text forms, mapped addresses),
// MAC addresses (IEEE colon/dash, Cisco dot, bare), national ids with their check characters, and
// credentials of well-known shapes, each assembled from parts at run time.
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import type { Value } from './doc.js';

const v = (text: string, type: string, form: string): Value => ({ text, type, form });

// ---- e-mail ----------------------------------------------------------------------------------
const FIRST = ['anna', 'jonas', 'marie', 'lucas', 'sofia', 'mateo', 'emma', 'noah', 'giulia', 'pedro', 'sanne', 'piotr', 'ingrid', 'hiroshi', 'priya', 'oliver', 'chloé', 'álvaro'];
const LAST = ['schmidt', 'dubois', 'garcia', 'rossi', 'silva', 'jansen', 'nowak', 'larsen', 'tanaka', 'sharma', 'murphy', 'fischer', 'moreau', 'ferreira'];
const DOMAINS = ['acme-logistics.com', 'northwind.io', 'contoso.de', 'fabrikam.fr', 'globex.co.uk', 'initech.nl', 'umbrella-med.es', 'tallinn-soft.ee', 'mail.example-corp.com', 'hr.blauwe-haven.nl', 'correo.sanmartin.com.ar', 'posteo.example.de'];
const UNICODE_LOCAL = ['jürgen.müller', 'françois.léger', 'josé.peña', 'søren.ødegård', 'ελένη', 'дмитрий.иванов', '山田.太郎', 'zoë.brontë'];
const IDN_DOMAINS = ['müller-bau.de', 'bücher.example', 'café-lumière.fr', 'почта.рф', '例え.jp', 'ñandú.com.ar'];
const TAGS = ['invoices', 'newsletter', 'github', 'billing', 'ci'];

export function email(rng: Rng): Value {
  const f = rng.pick(FIRST).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const l = rng.pick(LAST);
  const d = rng.pick(DOMAINS);
  const form = rng.weighted<string>([['first.last', 5], ['initial-last', 2], ['sub-address', 2], ['digits', 2], ['mixed-case', 1], ['unicode-local', 2], ['idn-domain', 2], ['quoted-local', 1], ['role', 1]]);
  switch (form) {
    case 'first.last': return v(`${f}.${l}@${d}`, 'email', form);
    case 'initial-last': return v(`${f[0]}${rng.pick(['', '.', '_'])}${l}@${d}`, 'email', form);
    case 'sub-address': return v(`${f}.${l}+${rng.pick(TAGS)}@${d}`, 'email', form);
    case 'digits': return v(`${f}${l[0]}${rng.int(1, 99)}@${d}`, 'email', form);
    case 'mixed-case': return v(`${f[0]!.toUpperCase()}${f.slice(1)}.${l[0]!.toUpperCase()}${l.slice(1)}@${d.toUpperCase()}`, 'email', form);
    case 'unicode-local': return v(`${rng.pick(UNICODE_LOCAL)}@${d}`, 'email', form);
    case 'idn-domain': return v(`${f}@${rng.pick(IDN_DOMAINS)}`, 'email', form);
    case 'quoted-local': return v(`"${f} ${l}"@${d}`, 'email', form);
    default: return v(`${rng.pick(['support', 'dpo', 'payroll', 'noreply', 'ops-oncall'])}@${d}`, 'email', form);
  }
}

// ---- payment cards -----------------------------------------------------------------------------
const BRANDS: Array<{ brand: string; prefixes: string[]; length: number; groups: number[] }> = [
  { brand: 'visa', prefixes: ['4'], length: 16, groups: [4, 4, 4, 4] },
  { brand: 'mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2720', '23'], length: 16, groups: [4, 4, 4, 4] },
  { brand: 'amex', prefixes: ['34', '37'], length: 15, groups: [4, 6, 5] },
  { brand: 'discover', prefixes: ['6011', '65', '644'], length: 16, groups: [4, 4, 4, 4] },
  { brand: 'jcb', prefixes: ['3528', '3541', '3589'], length: 16, groups: [4, 4, 4, 4] },
  { brand: 'diners', prefixes: ['36', '300', '305'], length: 14, groups: [4, 6, 4] },
  { brand: 'unionpay', prefixes: ['62'], length: 16, groups: [4, 4, 4, 4] },
  { brand: 'maestro', prefixes: ['6759', '5018', '6304'], length: 19, groups: [4, 4, 4, 4, 3] },
];

function group(digits: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) out.push(digits.slice(at, (at += n)));
  return out.join(sep);
}

/** A card number's digits (Luhn valid), its brand and grouping. */
export function cardDigits(rng: Rng): { digits: string; brand: string; groups: number[] } {
  const b = rng.pick(BRANDS);
  const prefix = rng.pick(b.prefixes);
  const body = prefix + rng.digits(b.length - prefix.length - 1);
  return { digits: body + luhnDigit(body), brand: b.brand, groups: b.groups };
}

export function card(rng: Rng): Value {
  const c = cardDigits(rng);
  const sep = rng.weighted<string>([[' ', 4], ['-', 2], ['', 3]]);
  return v(sep ? group(c.digits, c.groups, sep) : c.digits, 'credit-card', `${c.brand}:${sep === ' ' ? 'spaced' : sep === '-' ? 'dashed' : 'bare'}`);
}

// ---- IBAN --------------------------------------------------------------------------------------
// BBAN structures of the ISO 13616 registry: n digits, a upper-case letters, c alphanumerics.
const BBAN: Record<string, string> = {
  DE: '18n', FR: '10n11c2n', GB: '4a14n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n', PT: '21n', SE: '20n',
  IE: '4a14n', DK: '14n', NO: '11n', FI: '14n', LU: '3n13c', CZ: '20n', HU: '24n', SK: '20n', RO: '4a16c', HR: '17n', GR: '7n16c', SA: '2n18c', AE: '19n', TR: '5n1n16c',
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

function bban(rng: Rng, structure: string): string {
  let out = '';
  for (const [, n, k] of structure.matchAll(/(\d+)([nac])/g)) out += rng.chars(k === 'n' ? DIGITS : k === 'a' ? UPPER : UPPER + DIGITS, Number(n));
  return out;
}

/** An IBAN in electronic form (no spaces), valid by mod 97. */
export function ibanElectronic(rng: Rng, country = rng.pick(IBAN_COUNTRIES)): string {
  const b = bban(rng, BBAN[country]!);
  return country + ibanCheck(country, b) + b;
}

export const paperForm = (iban: string): string => iban.replace(/(.{4})(?=.)/g, '$1 ');

export function iban(rng: Rng): Value {
  const country = rng.pick(IBAN_COUNTRIES);
  const e = ibanElectronic(rng, country);
  return rng.chance(0.5) ? v(paperForm(e), 'iban', `${country}:paper`) : v(e, 'iban', `${country}:electronic`);
}

// ---- US SSN ------------------------------------------------------------------------------------
export function ssn(rng: Rng): Value {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(rng.int(1, 99)).padStart(2, '0');
  const s = String(rng.int(1, 9999)).padStart(4, '0');
  const form = rng.weighted<string>([['dashed', 5], ['spaced', 1], ['bare', 1]]);
  return v(form === 'dashed' ? `${a}-${g}-${s}` : form === 'spaced' ? `${a} ${g} ${s}` : a + g + s, 'us-ssn', form);
}

// ---- IP addresses ------------------------------------------------------------------------------
export function ipv4Text(rng: Rng, kind = rng.pick(['public', 'private', 'documentation', 'cgnat'] as const)): string {
  switch (kind) {
    case 'private': return rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`]);
    case 'documentation': return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`;
    case 'cgnat': return `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    default: return `${rng.pick([23, 34, 52, 66, 81, 88, 91, 104, 141, 151, 185, 193, 212, 217])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}

const hextet = (rng: Rng): string => rng.int(0, 0xffff).toString(16);

export function ipv6Text(rng: Rng, form = rng.pick(['compressed', 'full', 'mapped', 'link-local'] as const)): string {
  const prefix = rng.pick(['2001:db8', '2a00:1450', '2606:4700', '2a02:' + hextet(rng), '2001:' + hextet(rng)]);
  switch (form) {
    case 'full': return [...prefix.split(':'), ...Array.from({ length: 6 }, () => hextet(rng))].map((h) => h.padStart(4, '0')).join(':');
    case 'mapped': return `::ffff:${ipv4Text(rng)}`;
    case 'link-local': return `fe80::${hextet(rng)}:${hextet(rng)}:${hextet(rng)}:${hextet(rng)}`;
    default: return `${prefix}:${hextet(rng)}::${hextet(rng)}`;
  }
}

export function ip(rng: Rng): Value {
  if (rng.chance(0.6)) {
    const kind = rng.pick(['public', 'private', 'documentation', 'cgnat'] as const);
    return v(ipv4Text(rng, kind), 'ip-address', `ipv4-${kind}`);
  }
  const form = rng.pick(['compressed', 'full', 'mapped', 'link-local'] as const);
  return v(ipv6Text(rng, form), 'ip-address', `ipv6-${form}`);
}

// ---- MAC addresses -----------------------------------------------------------------------------
const OUIS = ['00:1a:2b', '3c:22:fb', 'a4:83:e7', 'f0:18:98', 'b8:27:eb', 'dc:a6:32', '00:50:56', '52:54:00', '00:0c:29', 'e4:5f:01'];

export function mac(rng: Rng, form = rng.pick(['colon-lower', 'colon-upper', 'dash', 'cisco', 'bare'] as const)): Value {
  const hex = rng.pick(OUIS).replace(/:/g, '') + rng.chars(HEX, 6);
  const pairs = hex.match(/../g)!;
  switch (form) {
    case 'colon-lower': return v(pairs.join(':'), 'mac-address', form);
    case 'colon-upper': return v(pairs.join(':').toUpperCase(), 'mac-address', form);
    case 'dash': return v(pairs.join('-').toUpperCase(), 'mac-address', form);
    case 'cisco': return v(hex.match(/..../g)!.join('.'), 'mac-address', form);
    default: return v(hex.toUpperCase(), 'mac-address', form);
  }
}

// ---- national ids ------------------------------------------------------------------------------
const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BANNED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function nino(rng: Rng): Value {
  let p = '';
  do p = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND]);
  while (NINO_BANNED.has(p));
  const d = rng.digits(6);
  const s = rng.pick(['A', 'B', 'C', 'D']);
  return rng.chance(0.5) ? v(`${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`, 'uk-nino', 'spaced') : v(`${p}${d}${s}`, 'uk-nino', 'compact');
}

export function dni(rng: Rng): Value {
  if (rng.chance(0.35)) {
    const lead = rng.pick(['X', 'Y', 'Z']);
    const seven = rng.digits(7);
    const letter = dniLetter(String('XYZ'.indexOf(lead)) + seven);
    return rng.chance(0.5) ? v(`${lead}${seven}${letter}`, 'es-dni', 'nie') : v(`${lead}-${seven}-${letter}`, 'es-dni', 'nie-dashed');
  }
  const eight = rng.digits(8);
  const letter = dniLetter(eight);
  const form = rng.pick(['compact', 'dashed', 'dotted']);
  const text = form === 'compact' ? eight + letter : form === 'dashed' ? `${eight}-${letter}` : `${eight.slice(0, 2)}.${eight.slice(2, 5)}.${eight.slice(5)}-${letter}`;
  return v(text, 'es-dni', form);
}

const CF_MONTHS = 'ABCDEHLMPRST';
export function codiceFiscale(rng: Rng): Value {
  const consonants = 'BCDFGHJKLMNPQRSTVWXZ';
  const name = rng.chars(consonants, 3) + rng.chars(consonants, 2) + rng.pick(['A', 'E', 'I', 'O']);
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  const first15 = `${name}${rng.digits(2)}${rng.pick([...CF_MONTHS])}${String(day).padStart(2, '0')}${rng.pick(['A', 'F', 'H', 'L', 'G'])}${rng.int(100, 999)}`;
  return v(first15 + codiceFiscaleChar(first15), 'it-fiscal-code', 'standard');
}

export function aadhaar(rng: Rng): Value {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const n = body + verhoeffDigit(body);
  return rng.chance(0.7) ? v(`${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`, 'in-aadhaar', 'spaced') : v(n, 'in-aadhaar', 'bare');
}

export function cpf(rng: Rng): Value {
  const nine = rng.digits(9);
  const n = nine + cpfDigits(nine);
  return rng.chance(0.7) ? v(`${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`, 'br-cpf', 'punctuated') : v(n, 'br-cpf', 'bare');
}

// ---- credentials (assembled from parts: no literal token is in the tree) ------------------------
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = ALNUM + '+/';

export function awsKeyId(rng: Rng): Value {
  return v(['AK', 'IA'].join('') + rng.chars(B32, 16), 'aws-access-key-id', 'key-id');
}
export function awsSecret(rng: Rng): Value {
  return v(rng.chars(B64, 40), 'aws-secret-access-key', 'secret-key');
}
export function githubToken(rng: Rng): Value {
  return rng.chance(0.7)
    ? v(['gh', rng.pick(['p', 'o', 's']), '_'].join('') + rng.chars(ALNUM, 36), 'github-token', 'classic')
    : v(['github', 'pat', ''].join('_') + rng.chars(ALNUM, 22) + '_' + rng.chars(ALNUM, 59), 'github-token', 'fine-grained');
}
export function slackToken(rng: Rng): Value {
  return v(['xo', 'x', rng.pick(['b', 'p']), '-'].join('') + `${rng.number(11)}-${rng.number(12)}-` + rng.chars(LOWER + DIGITS, 24), 'slack-token', 'bot-or-user');
}
export function privateKey(rng: Rng): Value {
  const kind = rng.pick(['RSA ', 'EC ', 'OPENSSH ', '']);
  const lines = Array.from({ length: rng.int(4, 8) }, () => rng.chars(B64, 64));
  const dash = '-'.repeat(5);
  return v(`${dash}BEGIN ${kind}PRIVATE KEY${dash}\n${lines.join('\n')}\n${dash}END ${kind}PRIVATE KEY${dash}`, 'private-key', `pem-${kind.trim().toLowerCase() || 'pkcs8'}`);
}
