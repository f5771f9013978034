// Set 19's personal values other than names and phones: e-mails (IDN, sub-addressing), cards of the
// published scheme ranges with Luhn, IBANs with national and mod-97 check digits, US SSNs, IPs, MACs.
import { ibanCheck, luhnDigit, mod97 } from '../pii-heldout/checksums.js';
import { HEX, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import type { Person } from './people.js';

const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'orange.fr', 'libero.it', 'seznam.cz', 'wp.pl', 'mail.ru', 'icloud.com', 'proton.me', 'hotmail.es', 'uol.com.br', 'naver.com', 'qq.com', 'fastmail.fm', 'posteo.de', 'bigpond.com'];
const IDN = ['müller-bau.de', 'café-société.fr', 'почта.рф', 'example-straße.at', 'ñandú.es', 'bücher.ch', 'δοκιμή.gr', 'ελλάδα.gr'];
const ORG = ['northwind-logistics.com', 'kestrel-health.org', 'hanseatic-fin.de', 'bluepeak.io', 'stadtwerke-nord.de', 'clinique-alpes.fr', 'azienda-verde.it'];

/** An e-mail of the person: personal, work, sub-addressed or IDN domain. */
export function email(rng: Rng, p: Person): Piece {
  const form = rng.weighted([['personal', 5], ['work', 3], ['plus', 1], ['idn', 1], ['unicode-local', 0.5]] as const);
  const local = p.ascii;
  switch (form) {
    case 'work': return gold('email', form, `${local.split('.')[0]}.${(local.split('.')[1] ?? 'x').replace(/\d+$/, '')}@${rng.pick(ORG)}`.replace('.@', '@'));
    case 'plus': return gold('email', form, `${local}+${rng.pick(['orders', 'bank', 'news', 'tax', 'kids'])}@${rng.pick(DOMAINS)}`);
    case 'idn': return gold('email', form, `${local}@${rng.pick(IDN)}`);
    case 'unicode-local': return gold('email', form, `${p.given.toLowerCase().replace(/\s/g, '')}@${rng.pick(IDN)}`);
    default: return gold('email', form, `${local}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${rng.pick(DOMAINS)}`);
  }
}

type Scheme = [name: string, prefixes: string[], lengths: number[]];
const SCHEMES: Scheme[] = [
  ['visa', ['4'], [16, 16, 13, 19]], ['mastercard', ['51', '52', '53', '54', '55', '2221', '2350', '2599', '2720'], [16]], ['amex', ['34', '37'], [15]],
  ['discover', ['6011', '644', '649', '65'], [16]], ['jcb', ['3528', '3540', '3589'], [16]], ['diners', ['36', '38', '300', '305'], [14]],
  ['unionpay', ['62'], [16, 19]], ['maestro', ['6759', '5018', '5020', '6304'], [16, 19]], ['mir', ['2200', '2204'], [16]], ['rupay', ['60', '6521'], [16]],
];

function group(pan: string, scheme: string, sep: string): string {
  if (scheme === 'amex') return [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)].join(sep);
  if (scheme === 'diners' && pan.length === 14) return [pan.slice(0, 4), pan.slice(4, 10), pan.slice(10)].join(sep);
  return pan.match(/.{1,4}/g)!.join(sep);
}

/** A card number of a real scheme, valid by Luhn, bare or grouped. */
export function card(rng: Rng, form?: string): Piece {
  const [scheme, prefixes, lengths] = rng.pick(SCHEMES);
  const len = rng.pick(lengths);
  const pre = rng.pick(prefixes);
  const body = pre + rng.digits(len - 1 - pre.length);
  const pan = body + luhnDigit(body);
  const f = form ?? rng.pick(['bare', 'spaced', 'spaced', 'dashed']);
  return gold('credit-card', `${scheme}:${f}`, f === 'bare' ? pan : group(pan, scheme, f === 'dashed' ? '-' : ' '));
}

/** Polish BBAN: the bank-branch number's eighth digit is its check (weights 3,9,7,1,3,9,7). */
function plBban(r: Rng): string {
  const b = r.digits(7);
  const w = [3, 9, 7, 1, 3, 9, 7];
  return b + String((10 - ([...b].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 10)) % 10) + r.digits(16);
}

// IBAN countries with their BBAN shapes; national check digits computed where the country has them.
const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18), AT: (r) => r.digits(16), CH: (r) => r.digits(17), LI: (r) => r.digits(17), NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14), IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14), LU: (r) => r.digits(3) + r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 13),
  PL: plBban, RO: (r) => r.pick(['BTRL', 'RNCB', 'BRDE']) + r.digits(16), BG: (r) => r.pick(['BNBG', 'UNCR']) + r.digits(6) + r.digits(8),
  GR: (r) => r.digits(23), CY: (r) => r.digits(24), MT: (r) => r.pick(['MALT', 'VALL']) + r.digits(23), FI: (r) => { const b = r.digits(13); return b + luhnDigit(b); }, LT: (r) => r.digits(16), LV: (r) => r.pick(['HABA', 'PARX']) + r.digits(13),
  AE: (r) => r.digits(19), SA: (r) => r.digits(20), IL: (r) => r.digits(19), TR: (r) => r.digits(5) + '0' + r.digits(16), QA: (r) => r.pick(['QNBA', 'DOHB']) + r.digits(21),
};

/** Spanish BBAN: bank, branch, two control digits (mod 11, weights 1,2,4,8,5,10,9,7,3,6), account. */
function esBban(r: Rng): string {
  const ctl = (s: string) => { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const x = 11 - ([...s].reduce((a, d, i) => a + Number(d) * w[i + 10 - s.length]!, 0) % 11); return String(x === 11 ? 0 : x === 10 ? 1 : x); };
  const bank = r.digits(8);
  const acct = r.digits(10);
  return bank + ctl(bank) + ctl(acct) + acct;
}

/** Italian and French BBANs carry check characters: CIN (IT) and RIB key (FR). */
function itBban(r: Rng): string {
  const rest = r.digits(10) + r.digits(12);
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
  let s = 0;
  for (let i = 0; i < rest.length; i++) s += i % 2 === 0 ? odd[Number(rest[i])]! : Number(rest[i]);
  return String.fromCharCode(65 + (s % 26)) + rest;
}
function frBban(r: Rng): string {
  const b = r.digits(5) + r.digits(5) + r.digits(11);
  const key = 97 - Number((BigInt(b.slice(0, 5)) * 89n + BigInt(b.slice(5, 10)) * 15n + BigInt(b.slice(10)) * 3n) % 97n);
  return b + String(key).padStart(2, '0');
}
function beBban(r: Rng): string {
  const b = r.digits(10);
  const k = Number(BigInt(b) % 97n) || 97;
  return b + String(k).padStart(2, '0');
}
function ptBban(r: Rng): string {
  const b = r.digits(19);
  return b + String(98 - mod97(b + '00')).padStart(2, '0');
}
function noBban(r: Rng): string {
  const b = r.digits(10);
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const x = 11 - ([...b].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11);
  return x === 10 ? noBban(r) : b + (x === 11 ? 0 : x);
}
const CHECKED: Record<string, (r: Rng) => string> = { ES: esBban, IT: itBban, SM: itBban, FR: frBban, MC: frBban, BE: beBban, PT: ptBban, NO: noBban };
export const IBAN_COUNTRIES19 = [...Object.keys(BBAN), ...Object.keys(CHECKED)];

/** An IBAN of `country`: electronic (bare) or print (groups of four). */
export function iban(rng: Rng, country = rng.pick(IBAN_COUNTRIES19), form = rng.pick(['print', 'print', 'bare'])): Piece {
  const bban = (CHECKED[country] ?? BBAN[country]!)(rng);
  const s = country + ibanCheck(country, bban) + bban;
  return gold('iban', `${country}:${form}`, form === 'bare' ? s : s.match(/.{1,4}/g)!.join(' '));
}

/** A US SSN of a valid area (not 000, 666, 9xx), group and serial. */
export function ssn(rng: Rng, form = rng.pick(['dashed', 'dashed', 'spaced', 'bare'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const d = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', form, d.join(form === 'dashed' ? '-' : form === 'spaced' ? ' ' : ''));
}

const oct = (r: Rng) => r.int(1, 254);
/** An IPv4 (public or private) or IPv6 address. */
export function ip(rng: Rng, form = rng.pick(['v4-public', 'v4-public', 'v4-private', 'v6', 'v6-compressed'])): Piece {
  const h = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const text = form === 'v4-private' ? `${rng.pick(['10', '192.168', '172.' + rng.int(16, 31)])}.${oct(rng)}.${oct(rng)}`.split('.').slice(0, 4).join('.')
    : form === 'v6' ? `2001:${rng.chars(HEX, 4)}:${Array.from({ length: 6 }, h).join(':')}`
    : form === 'v6-compressed' ? `${rng.pick(['2a02', '2600', '2001:db8', 'fe80'])}:${h()}::${h()}:${h()}`
    : `${rng.pick([31, 62, 81, 85, 91, 103, 151, 185, 193, 203])}.${oct(rng)}.${oct(rng)}.${oct(rng)}`;
  const fixed = form === 'v4-private' && text.split('.').length < 4 ? `${text}.${oct(rng)}` : text;
  return gold('ip-address', form, fixed);
}

/** A MAC address in colon, hyphen, dotted (Cisco), bare or upper form. */
export function mac(rng: Rng, form = rng.pick(['colon', 'colon', 'hyphen', 'cisco', 'upper', 'bare'])): Piece {
  const b = rng.chars(HEX, 12);
  const pairs = b.match(/../g)!;
  const text = form === 'hyphen' ? pairs.join('-').toUpperCase() : form === 'cisco' ? b.match(/.{4}/g)!.join('.') : form === 'upper' ? pairs.join(':').toUpperCase() : form === 'bare' ? b : pairs.join(':');
  return gold('mac-address', form, text);
}
