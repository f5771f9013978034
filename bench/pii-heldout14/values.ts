// Gold values of set 14 other than phones, names and secrets: e-mail addresses (IDN domains,
// sub-addressing, quoted display names), cards of the schemes' published BINs with Luhn, IBANs with
// mod-97 (national check digits where a country has them), US SSNs of valid areas, IPv4/IPv6 and MAC
// addresses in their written forms. Every value is drawn from a seed, valid by its own checksum.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX } from '../pii-heldout/prng.js';
import { ibanCheck, luhnDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import { asciiStem, person, type Person } from './people.js';

const DOMAINS = ['posteo.de', 'kolmio.fi', 'correo.es', 'libero.it', 'wp.pl', 'seznam.cz', 'freemail.hu', 'mail.ru', 'ukr.net', 'yandex.com', 'naver.com', 'qq.com', 'yahoo.co.jp', 'rediffmail.com', 'uol.com.br', 'gmx.at', 'bluewin.ch', 'telenet.be', 'ziggo.nl', 'outlook.com', 'icloud.com', 'proton.me', 'fastmail.com', 'hey.com'];
const IDN = ['bücher-müller.de', 'café-lumière.fr', 'пример.рф', 'ελληνικά.gr', 'mañana.es', 'ñandú.com.ar', 'zürich-post.ch', 'köln-verein.de', '例え.jp', 'שלום.co.il'];
const ORG = ['acme-logistics.com', 'nordlicht-gmbh.de', 'univ-lyon.fr', 'kliniken-sued.de', 'hospitalsanjuan.es', 'tesco-partners.co.uk', 'infra.example-corp.io', 'health.gov.au'];

/** An e-mail address; from a person's name when their script is Latin, else a handle. */
export function email(rng: Rng, p: Person = person(rng)): Piece {
  const g = asciiStem(p.given);
  const f = asciiStem(p.family);
  const handle = rng.pick(['kitsune', 'moon', 'river', 'sakura', 'tiger', 'nova', 'hanami', 'falke']) + rng.int(7, 999);
  const local = g && f ? rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${f}.${g}`, `${g}_${f}${rng.int(1, 99)}`, `${g}`]) : handle;
  const form = rng.weighted<'plain' | 'idn' | 'plus' | 'org' | 'upper' | 'unicode-local'>([['plain', 5], ['idn', 1.5], ['plus', 1.5], ['org', 2], ['upper', 0.5], ['unicode-local', 0.7]]);
  switch (form) {
    case 'idn': return gold('email', form, `${local}@${rng.pick(IDN)}`);
    case 'plus': return gold('email', form, `${local}+${rng.pick(['shop', 'news', 'bank', 'tax2026', 'jobs'])}@${rng.pick(DOMAINS)}`);
    case 'org': return gold('email', form, `${local}@${rng.pick(ORG)}`);
    case 'upper': return gold('email', form, `${local.toUpperCase()}@${rng.pick(DOMAINS).toUpperCase()}`);
    case 'unicode-local': return gold('email', form, `${p.given.toLowerCase().replace(/\s/g, '')}@${rng.pick(IDN)}`);
    default: return gold('email', form, `${local}@${rng.pick(DOMAINS)}`);
  }
}

// [scheme, BIN prefixes, lengths] of the schemes' published ranges.
const SCHEMES: Array<[string, string[], number[]]> = [
  ['visa', ['4'], [16, 16, 13, 19]], ['mastercard', ['51', '52', '53', '54', '55', '2221', '2350', '2720', '2599'], [16]], ['amex', ['34', '37'], [15]],
  ['discover', ['6011', '644', '649', '65'], [16]], ['jcb', ['3528', '3541', '3589'], [16]], ['diners', ['36', '38', '300', '305'], [14]],
  ['unionpay', ['62'], [16, 19]], ['maestro', ['6759', '5018', '5020', '6304'], [16, 19]], ['mir', ['2200', '2204'], [16]], ['rupay', ['6521', '6522', '60'], [16]],
];

const groupDigits = (d: string, sizes: number[]) => { const out: string[] = []; let i = 0; for (const s of sizes) { out.push(d.slice(i, i + s)); i += s; } if (i < d.length) out.push(d.slice(i)); return out.filter(Boolean); };

/** A card number of a real scheme with Luhn, bare or grouped as printed. */
export function card(rng: Rng, scheme?: string): Piece {
  const [name, bins, lengths] = scheme ? SCHEMES.find((s) => s[0] === scheme)! : rng.pick(SCHEMES);
  const len = rng.pick(lengths);
  const bin = rng.pick(bins);
  const body = bin + rng.digits(len - bin.length - 1);
  const d = body + luhnDigit(body);
  const sep = rng.pick(['', ' ', ' ', '-']);
  const sizes = name === 'amex' ? [4, 6, 5] : name === 'diners' ? [4, 6, 4] : [4, 4, 4, 4, 3];
  return gold('credit-card', `${name}:${sep === '' ? 'bare' : sep === ' ' ? 'spaced' : 'dashed'}`, sep ? groupDigits(d, sizes).join(sep) : d);
}

// IBAN countries: [country, BBAN builder]. Countries with national check digits compute them or are left out.
const mod = (s: string, m: number, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i % w.length]!, 0) % m;
const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18), AT: (r) => r.digits(16), CH: (r) => r.digits(5) + r.digits(12), NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + nlAccount(r),
  LU: (r) => r.digits(3) + r.digits(13), LI: (r) => r.digits(5) + r.digits(12), PL: (r) => plBban(r), CZ: (r) => czBban(r), SK: (r) => czBban(r),
  HU: (r) => huBban(r), RO: (r) => r.pick(['BTRL', 'RNCB', 'BRDE']) + r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 16), BG: (r) => r.pick(['BNBG', 'UNCR']) + r.digits(6) + r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 8), GR: (r) => r.digits(7) + r.digits(16),
  DK: (r) => r.digits(14), SE: (r) => r.digits(20), LT: (r) => r.digits(16), LV: (r) => r.pick(['HABA', 'UNLA']) + r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 13),
  CY: (r) => r.digits(8) + r.chars('0123456789ABCDEFGH', 16), MT: (r) => 'MALT' + r.digits(5) + r.chars('0123456789ABCDEFGH', 18), TR: (r) => r.digits(5) + '0' + r.digits(16), SA: (r) => r.digits(2) + r.chars('0123456789ABCDEF', 18), AE: (r) => r.digits(19),
  IL: (r) => r.digits(19), QA: (r) => r.pick(['DOHB', 'QNBA']) + r.chars('0123456789ABCDEFGH', 21), KW: (r) => r.pick(['CBKU', 'NBOK']) + r.chars('0123456789ABCDEF', 22), JO: (r) => 'CBJO' + r.digits(4) + r.chars('0123456789ABCDEF', 18),
  ES: (r) => esBban(r), IT: (r) => itBban(r), FR: (r) => frBban(r), BE: (r) => beBban(r), PT: (r) => ptBban(r), NO: (r) => noBban(r), FI: (r) => fiBban(r),
};

// The Dutch account number's eleven-test, the Czech and Slovak prefix and account mod 11 (weights from the right).
function nlAccount(r: Rng): string { for (;;) { const n = r.number(10); if (mod(n, 11, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]) === 0) return n; } }
function czPart(r: Rng, n: number, w: number[]): string { for (;;) { const d = r.digits(n); if (mod(d, 11, w) === 0 && /[1-9]/.test(d)) return d; } }
function czBban(r: Rng): string { return r.pick(['0100', '0300', '0800', '2010', '5500']) + (r.chance(0.6) ? '000000' : czPart(r, 6, [10, 5, 8, 4, 2, 1])) + czPart(r, 10, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]); }
function plBban(r: Rng): string { const bank = r.digits(7); return bank + String(mod(bank, 10, [3, 9, 7, 1, 3, 9, 7]) === 0 ? 0 : 10 - mod(bank, 10, [3, 9, 7, 1, 3, 9, 7])) + r.digits(16); }
function huBban(r: Rng): string { const w = [9, 7, 3, 1]; const a = r.digits(7); const ca = (10 - mod(a, 10, w)) % 10; const b = r.digits(15); const cb = (10 - mod(b, 10, w)) % 10; return a + ca + b + cb; }
function esBban(r: Rng): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s: string) => { const v = 11 - mod(s.padStart(10, '0'), 11, w); return v === 11 ? 0 : v === 10 ? 1 : v; };
  const bank = r.digits(8); const acct = r.digits(10);
  return bank + dc('00' + bank) + dc(acct) + acct;
}
function itBban(r: Rng): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const rest = r.digits(10) + r.digits(12);
  let s = 0;
  for (let i = 0; i < 22; i++) { const v = Number(rest[i]); s += i % 2 === 0 ? odd[v]! : v; }
  return String.fromCharCode(65 + (s % 26)) + rest;
}
function frBban(r: Rng): string {
  const b = r.digits(5), g = r.digits(5), c = r.digits(11);
  const key = 97 - Number((BigInt(b) * 89n + BigInt(g) * 15n + BigInt(c) * 3n) % 97n);
  return b + g + c + String(key).padStart(2, '0');
}
function beBban(r: Rng): string { const n = r.digits(10); const k = Number(BigInt(n) % 97n) || 97; return n + String(k).padStart(2, '0'); }
function ptBban(r: Rng): string { const n = r.digits(19); const k = 98 - Number((BigInt(n) * 100n) % 97n); return n + String(k).padStart(2, '0'); }
function noBban(r: Rng): string { for (;;) { const n = r.digits(10); const k = 11 - mod(n, 11, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]); if (k === 10) continue; return n + (k === 11 ? 0 : k); } }
function fiBban(r: Rng): string { const n = r.digits(13); return n + luhnDigit(n); }

export const IBAN_COUNTRIES14 = Object.keys(BBAN);

/** An IBAN (mod 97 by construction), electronic or in groups of four. */
export function iban(rng: Rng, country = rng.pick(IBAN_COUNTRIES14)): Piece {
  const bban = BBAN[country]!(rng);
  const s = country + ibanCheck(country, bban) + bban;
  const grouped = rng.chance(0.55);
  return gold('iban', `${country}:${grouped ? 'grouped' : 'electronic'}`, grouped ? s.replace(/(.{4})/g, '$1 ').trim() : s);
}

/** A US SSN of a valid area (not 000, 666, 9xx), group and serial (not zero). */
export function ssn(rng: Rng, form = rng.pick(['dashed', 'dashed', 'spaced', 'bare'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const s = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', form, s.join(form === 'dashed' ? '-' : form === 'spaced' ? ' ' : ''));
}

/** An IP address: public or private IPv4, IPv6 full/compressed/link-local/mapped. */
export function ip(rng: Rng, form = rng.pick(['v4-public', 'v4-public', 'v4-private', 'v6-compressed', 'v6-full', 'v6-link-local', 'v4-mapped'])): Piece {
  const o = () => rng.int(1, 254);
  const h = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const v4 = form === 'v4-private' ? rng.pick([`10.${rng.int(0, 255)}.${o()}.${o()}`, `192.168.${rng.int(0, 255)}.${o()}`, `172.${rng.int(16, 31)}.${o()}.${o()}`]) : `${rng.pick([23, 45, 62, 81, 91, 103, 141, 178, 185, 203, 212])}.${o()}.${o()}.${o()}`;
  switch (form) {
    case 'v6-compressed': return gold('ip-address', form, `${rng.pick(['2001:db8', '2a02:8108', '2600:1700', '2a01:4f8', '2406:da14'])}:${h()}:${h()}::${h()}`);
    case 'v6-full': return gold('ip-address', form, Array.from({ length: 8 }, (_, i) => (i === 0 ? '2a00' : rng.chars(HEX, 4))).join(':'));
    case 'v6-link-local': return gold('ip-address', form, `fe80::${h()}:${h()}:${h()}:${h()}`);
    case 'v4-mapped': return gold('ip-address', form, `::ffff:${v4}`);
    default: return gold('ip-address', form, v4);
  }
}

/** A MAC address: colon, hyphen, Cisco dotted, bare, upper or lower case (locally administered or vendor OUI). */
export function mac(rng: Rng, form = rng.pick(['colon-lower', 'colon-upper', 'hyphen-upper', 'cisco', 'bare', 'hyphen-lower'])): Piece {
  const b = Array.from({ length: 6 }, () => rng.chars(HEX, 2));
  b[0] = rng.pick(['00', '3c', 'a4', 'f0', 'b8', '02', 'dc', '70']);
  const j = (sep: string) => b.join(sep);
  const t = form === 'colon-lower' ? j(':') : form === 'colon-upper' ? j(':').toUpperCase() : form === 'hyphen-upper' ? j('-').toUpperCase() : form === 'hyphen-lower' ? j('-') : form === 'cisco' ? `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}` : j('');
  return gold('mac-address', form, t);
}

