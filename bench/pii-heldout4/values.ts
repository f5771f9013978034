// Gold values of set 4, written from each format's published definition: e-mail addresses (ASCII,
// Unicode and IDN, quoted local parts), cards (issuer ranges + Luhn), IBANs (ISO 13616 lengths + mod
// 97), US SSNs, IPv4/IPv6, MAC addresses in every notation, five national ids with their check digits,
// and secrets assembled from parts at run time (no live-looking literal in the tree).
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from './unit.js';

const GIVEN = ['Amelia', 'Jonas', 'Léa', 'Mateo', 'Giulia', 'Sofía', 'João', 'Aarav', 'Priya', 'Kasper', 'Zofia', 'Hiroshi', 'Ingrid', 'Olusegun', 'Chloé', 'Lars', 'Beatriz', 'Siobhan', 'Dmitri', 'Fatima', 'Tomasz', 'Ana', 'Wilhelm', 'Noor'];
const FAMILY = ['Okafor', 'Lindqvist', 'Moreau', 'García', 'Rossi', 'Silva', 'Sharma', 'Nowak', 'Tanaka', 'Müller', "O'Brien", 'Van Dijk', 'Jensen', 'Haddad', 'Kowalczyk', 'Fernández', 'Bianchi', 'Pereira', 'Iyer', 'Schneider', 'Dubois', 'Kim'];

export interface Person {
  given: string;
  family: string;
}

export function person(rng: Rng): Person {
  return { given: rng.pick(GIVEN), family: rng.pick(FAMILY) };
}

const ascii = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
const DOMAINS = ['mailbox.org', 'posteo.de', 'example.co.uk', 'correo.es', 'libero.it', 'uol.com.br', 'rediffmail.com', 'hospital-nord.fr', 'kliniken.de', 'outlook.jp', 'proton.me'];
const IDN_DOMAINS = ['bücher.de', 'müller-gmbh.at', 'españa-correo.es', 'xn--bcher-kva.de', 'société.fr'];

/** The forms that sit inside a JSON string as written (no quoted local part). */
export const JSON_SAFE: EmailForm[] = ['ascii', 'ascii', 'plus-tag', 'unicode-local', 'idn-domain', 'subdomain'];

export type EmailForm = 'ascii' | 'plus-tag' | 'unicode-local' | 'idn-domain' | 'quoted-local' | 'subdomain';

export function email(rng: Rng, p = person(rng), form?: EmailForm): Piece {
  const f = form ?? rng.weighted<EmailForm>([['ascii', 5], ['plus-tag', 1], ['unicode-local', 1], ['idn-domain', 1], ['quoted-local', 1], ['subdomain', 1]]);
  const local = `${ascii(p.given)}.${ascii(p.family)}`;
  const text = {
    ascii: () => `${local}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${rng.pick(DOMAINS)}`,
    'plus-tag': () => `${local}+${rng.pick(['billing', 'hr', 'clinic', 'orders'])}@${rng.pick(DOMAINS)}`,
    'unicode-local': () => `${p.given.toLowerCase()}.${p.family.toLowerCase().replace(/[ ']/g, '')}@${rng.pick(DOMAINS)}`,
    'idn-domain': () => `${local}@${rng.pick(IDN_DOMAINS)}`,
    'quoted-local': () => `"${p.given.toLowerCase()} ${ascii(p.family)}"@${rng.pick(DOMAINS)}`,
    subdomain: () => `${ascii(p.given)[0]}${ascii(p.family)}@mail.${rng.pick(['uni-bonn.de', 'nhs.net', 'gov.br', 'comune.roma.it'])}`,
  }[f]();
  return gold('email', f, text);
}

const CARD_PREFIXES: Array<[string, string, number]> = [['visa', '4', 16], ['mastercard', '5' + '1', 16], ['mastercard', '5' + '5', 16], ['mastercard-2', '2' + '2' + '3', 16], ['amex', '3' + '7', 15], ['amex', '3' + '4', 15], ['discover', '6011', 16], ['jcb', '35' + '6', 16]];

/** Card digits that pass Luhn (valid) or fail it by one in the last digit (`bad`). */
export function cardDigits(rng: Rng, bad = false): { brand: string; digits: string } {
  const [brand, prefix, len] = rng.pick(CARD_PREFIXES);
  const body = prefix + rng.digits(len - 1 - prefix.length);
  const check = luhnDigit(body);
  return { brand, digits: body + (bad ? String((Number(check) + rng.int(1, 9)) % 10) : check) };
}

export function groupCard(digits: string, sep: string): string {
  if (digits.length === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.match(/.{1,4}/g)!.join(sep);
}

export function card(rng: Rng): Piece {
  const { brand, digits } = cardDigits(rng);
  const f = rng.pick(['plain', 'spaced', 'dashed'] as const);
  return gold('credit-card', `${brand}:${f}`, f === 'plain' ? digits : groupCard(digits, f === 'spaced' ? ' ' : '-'));
}

// BBAN shapes (ISO 13616 registry): n digits, a upper-case letters, c alphanumerics.
const BBAN: Record<string, string> = { DE: '18n', FR: '23n', ES: '20n', IT: '1a22n', NL: '4a10n', GB: '4a14n', BE: '12n', PT: '21n', PL: '24n', CH: '17n', AT: '16n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', IE: '4a14n', BR: '23n1a1c', LU: '16n', CZ: '20n' };
export const IBAN_COUNTRIES = Object.keys(BBAN);

export function ibanCompact(rng: Rng, country = rng.pick(IBAN_COUNTRIES), bad = false): string {
  let bban = '';
  for (const [, n, t] of BBAN[country]!.matchAll(/(\d+)([nac])/g)) bban += rng.chars(t === 'n' ? DIGITS : t === 'a' ? UPPER : UPPER + DIGITS, Number(n));
  const check = ibanCheck(country, bban);
  const wrong = String((Number(check) + rng.int(1, 90)) % 97 + 2).padStart(2, '0');
  return country + (bad ? (wrong === check ? String((Number(check) % 97) + 1).padStart(2, '0') : wrong) : check) + bban;
}

export const paperIban = (s: string) => s.match(/.{1,4}/g)!.join(' ');

export function iban(rng: Rng, country?: string, paperForm?: boolean): Piece {
  const c = ibanCompact(rng, country);
  const paper = paperForm ?? rng.chance(0.45);
  return gold('iban', `${c.slice(0, 2)}:${paper ? 'paper' : 'compact'}`, paper ? paperIban(c) : c);
}

export function ssn(rng: Rng, form: 'dashed' | 'bare' | 'spaced' = 'dashed'): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', form, parts.join(form === 'dashed' ? '-' : form === 'spaced' ? ' ' : ''));
}

export function ipv4(rng: Rng, scope?: 'public' | 'private' | 'documentation'): Piece {
  const s = scope ?? rng.pick(['public', 'private', 'documentation'] as const);
  const text = {
    public: () => `${rng.pick([31, 62, 81, 94, 151, 177, 185, 201, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    private: () => rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]),
    documentation: () => `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${rng.int(1, 254)}`,
  }[s]();
  return gold('ip-address', `v4-${s}`, text);
}

const h16 = (rng: Rng) => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');

export function ipv6(rng: Rng): Piece {
  const f = rng.pick(['compressed', 'full', 'link-local', 'mapped-v4', 'ula'] as const);
  const text = {
    compressed: () => `2001:db8:${h16(rng)}:${h16(rng)}::${h16(rng)}`,
    full: () => `2a02:${Array.from({ length: 7 }, () => rng.chars(HEX, 4)).join(':').slice(0, 34)}`,
    'link-local': () => `fe80::${h16(rng)}:${rng.chars(HEX, 4)}:${rng.chars(HEX, 4)}:${h16(rng)}`,
    'mapped-v4': () => `::ffff:${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    ula: () => `fd${rng.chars(HEX, 2)}:${rng.chars(HEX, 4)}:${h16(rng)}::${h16(rng)}`,
  }[f]();
  return gold('ip-address', `v6-${f}`, text);
}

export const ip = (rng: Rng): Piece => (rng.chance(0.7) ? ipv4(rng) : ipv6(rng));

export type MacForm = 'colon-lower' | 'colon-upper' | 'dash-upper' | 'cisco-dot' | 'bare';

export function mac(rng: Rng, form?: MacForm): Piece {
  const f = form ?? rng.pick<MacForm>(['colon-lower', 'colon-upper', 'dash-upper', 'cisco-dot']);
  const hex = rng.pick(['00163e', '3c22fb', 'f4f5d8', 'a4c361', 'b827eb', '0050b6']) + rng.chars(HEX, 6);
  const pairs = hex.match(/../g)!;
  const text = {
    'colon-lower': () => pairs.join(':'),
    'colon-upper': () => pairs.join(':').toUpperCase(),
    'dash-upper': () => pairs.join('-').toUpperCase(),
    'cisco-dot': () => hex.match(/.{4}/g)!.join('.'),
    bare: () => hex.toUpperCase(),
  }[f]();
  return gold('mac-address', f, text);
}

export function nino(rng: Rng): Piece {
  const first = rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const second = rng.chars('ABCEGHJKLMNPRSTWXYZ'.replace('O', ''), 1);
  const pre = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(first + second) ? 'JR' : first + second;
  const d = rng.digits(6);
  const suffix = rng.chars('ABCD', 1);
  const spaced = rng.chance(0.5);
  return gold('uk-nino', spaced ? 'spaced' : 'compact', spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : pre + d + suffix);
}

export function dni(rng: Rng): Piece {
  if (rng.chance(0.35)) {
    const x = rng.pick(['X', 'Y', 'Z']);
    const d = rng.digits(7);
    return gold('es-dni', 'nie', `${x}${d}${dniLetter(String('XYZ'.indexOf(x)) + d)}`);
  }
  const d = rng.number(8);
  const dotted = rng.chance(0.3);
  return gold('es-dni', dotted ? 'dni-dotted' : 'dni', dotted ? `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}-${dniLetter(d)}` : d + dniLetter(d));
}

export function codiceFiscale(rng: Rng): Piece {
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  const first15 = rng.chars('BCDFGLMNPRSTVZ', 3) + rng.chars('BCDFGLMNPRSTVZAEIOU', 3) + rng.digits(2) + rng.chars('ABCDEHLMPRST', 1) + String(day).padStart(2, '0') + rng.chars('ABCDEFGHILM', 1) + rng.digits(3);
  return gold('it-fiscal-code', 'standard', first15 + codiceFiscaleChar(first15));
}

export function aadhaar(rng: Rng): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const n = body + verhoeffDigit(body);
  const grouped = rng.chance(0.7);
  return gold('in-aadhaar', grouped ? 'grouped' : 'compact', grouped ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n);
}

export function cpf(rng: Rng): Piece {
  const nine = rng.number(9);
  const n = nine + cpfDigits(nine);
  const dotted = rng.chance(0.7);
  return gold('br-cpf', dotted ? 'dotted' : 'bare', dotted ? `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}` : n);
}

const B64 = UPPER + LOWER + DIGITS;

/** An AWS access key id and its secret (40 characters with upper and lower case and digits). */
export function awsPair(rng: Rng): { id: Piece; secret: Piece } {
  const id = ['AK', 'IA'].join('') + rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  let secret = '';
  while (!(/[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret))) secret = rng.chars(B64, 36) + rng.chars(B64 + '/+', 3) + rng.chars(B64, 1);
  return { id: gold('aws-access-key-id', 'akia', id), secret: gold('aws-secret-access-key', 'base64-40', secret) };
}

export function token(rng: Rng, kind?: 'github' | 'github-fine' | 'slack' | 'stripe'): Piece {
  const k = kind ?? rng.pick(['github', 'github-fine', 'slack', 'stripe'] as const);
  switch (k) {
    case 'github': return gold('github-token', 'classic', ['gh', 'p_'].join('') + rng.chars(ALNUM, 36));
    case 'github-fine': return gold('github-token', 'fine-grained', ['github', 'pat'].join('_') + '_' + rng.chars(ALNUM, 22) + '_' + rng.chars(ALNUM, 59));
    case 'slack': return gold('slack-token', 'bot', ['xo', 'xb'].join('') + `-${rng.number(11)}-${rng.number(13)}-${rng.chars(ALNUM, 24)}`);
    case 'stripe': return gold('stripe-secret-key', 'live', ['sk', 'live'].join('_') + '_' + rng.chars(ALNUM, 24 + rng.int(0, 75)));
  }
}

/** A PEM private key block (RSA, PKCS#8, EC or OpenSSH armour) of random base64 lines. */
export function pemKey(rng: Rng): Piece {
  const label = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 9) }, () => rng.chars(B64 + '+/', 64));
  const dash = '-'.repeat(5);
  return gold('private-key', label.toLowerCase().replace(/ /g, '-'), `${dash}BEGIN ${label}${dash}\n${lines.join('\n')}\n${rng.chars(B64, 20)}==\n${dash}END ${label}${dash}`);
}
