// Set 18's structured personal values: e-mail addresses (sub-addressing, IDN domains, Unicode local
// parts), payment cards of published BIN ranges with Luhn, IBANs of 28 countries (national check
// digits computed where the country has them), IPv4/IPv6 and MAC addresses in their written forms.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX, UPPER } from '../pii-heldout/prng.js';
import { ibanCheck, luhnDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import { person, type Person } from './people.js';

const DOMAINS: Record<string, string[]> = {
  en: ['btinternet.com', 'outlook.com', 'fastmail.fm'], de: ['web.de', 'gmx.de', 'posteo.de', 'bücherstube-köln.de'], fr: ['orange.fr', 'laposte.net', 'free.fr'],
  es: ['telefonica.es', 'correo.es', 'ñandú.es'], it: ['libero.it', 'tiscali.it'], pt: ['sapo.pt', 'uol.com.br'], nl: ['ziggo.nl', 'kpnmail.nl'], pl: ['wp.pl', 'onet.pl', 'poczta.interia.pl'],
  cs: ['seznam.cz', 'centrum.cz'], hu: ['freemail.hu', 'citromail.hu'], sv: ['telia.com', 'bredband.net', 'åkeri-norr.se'], fi: ['elisanet.fi', 'suomi24.fi'], da: ['mail.dk', 'jubii.dk'],
  tr: ['ttmail.com', 'yandex.com.tr'], ro: ['yahoo.ro', 'rdslink.ro'], hr: ['net.hr', 't-com.hr'], ru: ['yandex.ru', 'mail.ru', 'почта.рф'], uk: ['ukr.net', 'i.ua'], bg: ['abv.bg', 'mail.bg'],
  el: ['otenet.gr', 'hol.gr'], ar: ['gmail.com', 'hotmail.com'], he: ['walla.co.il', 'netvision.net.il'], hi: ['rediffmail.com', 'gmail.com'], ja: ['docomo.ne.jp', 'yahoo.co.jp'],
  zh: ['qq.com', '163.com'], ko: ['naver.com', 'daum.net'], th: ['hotmail.co.th', 'gmail.com'], vi: ['vnn.vn', 'gmail.com'], sw: ['gmail.com', 'safaricom.co.ke'],
};
const UNICODE_LOCAL: Record<string, boolean> = { de: true, ru: true, el: true, zh: true, ja: true, fr: true };

/** A gold e-mail of `p` (a new person when absent). */
export function email(rng: Rng, p: Person = person(rng)): Piece {
  const [g, f] = p.latin;
  const dom = rng.pick(DOMAINS[p.lang] ?? DOMAINS.en!);
  const style = rng.weighted<string>([['dot', 4], ['initial', 2], ['plus', 2], ['digits', 2], ['underscore', 1], ['unicode', UNICODE_LOCAL[p.lang] ? 1 : 0]]);
  let local: string;
  switch (style) {
    case 'initial': local = `${g[0]}${f}`; break;
    case 'plus': local = `${g}.${f}+${rng.pick(['bank', 'school', 'newsletter', 'tax2026', 'rent'])}`; break;
    case 'digits': local = `${f}${rng.int(1950, 2009)}`; break;
    case 'underscore': local = `${g}_${f}`; break;
    case 'unicode': local = `${p.given.split(' ')[0]!.toLowerCase()}.${(p.family || 'x').toLowerCase().replace(/ /g, '')}`; break;
    default: local = `${g}.${f}`;
  }
  const idn = /[^ -~]/.test(dom) || /[^ -~]/.test(local);
  return gold('email', `${style}${idn ? '-idn' : ''}`, `${local}@${dom}`);
}

/** A work e-mail at an organisation's domain. */
export const workEmail = (rng: Rng, p: Person, domain: string): Piece => gold('email', 'work', `${p.latin[0]}.${p.latin[1]}@${domain}`);

const SCHEMES: Array<[string, () => string[], number[]]> = [
  ['visa', () => ['4'], [16, 16, 16, 13, 19]], ['mastercard', () => ['51', '52', '53', '54', '55', '2221', '2500', '2720', '2399'], [16]],
  ['amex', () => ['34', '37'], [15]], ['discover', () => ['6011', '65', '644', '649'], [16, 19]], ['jcb', () => ['3528', '3540', '3566', '3589'], [16]],
  ['diners', () => ['36', '38', '300', '305'], [14]], ['unionpay', () => ['62'], [16, 19]], ['mir', () => ['2200', '2202', '2204'], [16]],
  ['rupay', () => ['60', '6521', '6522'], [16]], ['maestro', () => ['6759', '5018', '5020', '6304'], [16, 19]],
];

function grouped(rng: Rng, pan: string, scheme: string): [string, string] {
  const style = rng.pick(['spaces', 'bare', 'dashes']);
  if (style === 'bare') return [pan, style];
  const sep = style === 'spaces' ? ' ' : '-';
  if (pan.length === 15) return [`${pan.slice(0, 4)}${sep}${pan.slice(4, 10)}${sep}${pan.slice(10)}`, style];
  if (pan.length === 14 && scheme === 'diners') return [`${pan.slice(0, 4)}${sep}${pan.slice(4, 10)}${sep}${pan.slice(10)}`, style];
  return [pan.replace(/(\d{4})(?=\d)/g, `$1${sep}`), style];
}

/** A gold card number of a published BIN range, valid by Luhn. */
export function card(rng: Rng, scheme?: string): Piece {
  const [name, bins, lens] = scheme ? SCHEMES.find((s) => s[0] === scheme)! : rng.pick(SCHEMES);
  const bin = rng.pick(bins());
  const len = rng.pick(lens);
  const body = bin + rng.digits(len - bin.length - 1);
  const [text, style] = grouped(rng, body + luhnDigit(body), name);
  return gold('credit-card', `${name}:${style}`, text);
}

// National check digits of the BBANs that carry them.
const W_ES = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const esDc = (s: string) => { const r = 11 - (s.split('').reduce((a, d, i) => a + Number(d) * W_ES[i]!, 0) % 11); return String(r === 11 ? 0 : r === 10 ? 1 : r); };
const bigMod = (s: string, m: number) => s.split('').reduce((a, d) => (a * 10 + Number(d)) % m, 0);

type Bban = (rng: Rng) => string | undefined;
const n = (k: number) => (rng: Rng) => rng.digits(k);
const a = (k: number) => (rng: Rng) => rng.chars(UPPER, k);
const cat = (...ps: Array<(rng: Rng) => string>): Bban => (rng) => ps.map((p) => p(rng)).join('');

const BBAN: Record<string, Bban> = {
  DE: cat(n(8), n(10)), GB: cat(a(4), n(6), n(8)), AT: cat(n(5), n(11)), CH: cat(n(5), n(12)), LI: cat(n(5), n(12)), IE: cat(a(4), n(6), n(8)), LU: cat(n(3), n(13)),
  DK: cat(n(4), n(10)), GR: cat(n(3), n(4), n(16)), CY: cat(n(3), n(5), n(16)), MT: cat(a(4), n(5), n(18)), LT: cat(n(5), n(11)), LV: cat(a(4), n(13)), RO: cat(a(4), n(16)),
  BG: cat(a(4), n(4), n(2), n(8)), AE: cat(n(3), n(16)), SA: cat(n(2), n(18)), QA: cat(a(4), n(21)), KW: cat(a(4), n(22)), JO: cat(a(4), n(4), n(18)), TR: cat(n(5), () => '0', n(16)),
  BE: (rng) => { const b = rng.digits(10); const c = Number(BigInt(b) % 97n) || 97; return b + String(c).padStart(2, '0'); },
  ES: (rng) => { const bb = rng.digits(8); const acc = rng.digits(10); return bb + esDc('00' + bb) + esDc(acc) + acc; },
  NL: (rng) => { const acc = rng.digits(10); return acc.split('').reduce((s, d, i) => s + Number(d) * (10 - i), 0) % 11 === 0 ? rng.chars(UPPER, 4) + acc : undefined; },
  NO: (rng) => { const b = rng.digits(10); const r = 11 - (b.split('').reduce((s, d, i) => s + Number(d) * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i]!, 0) % 11); return r === 10 ? undefined : b + (r === 11 ? '0' : String(r)); },
  FI: (rng) => { const b = rng.digits(13); return b + luhnDigit(b); },
  FR: (rng) => { const bank = rng.number(5); const br = rng.digits(5); const acc = rng.digits(11); const key = 97 - ((89 * Number(bank) + 15 * Number(br) + 3 * bigMod(acc, 97)) % 97); return bank + br + acc + String(key).padStart(2, '0'); },
  PT: (rng) => { const b = rng.digits(19); return b + String(98 - bigMod(b + '00', 97)).padStart(2, '0'); },
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

/** A gold IBAN of `country` (drawn when absent): valid mod 97 and by the national check where there is one. */
export function iban(rng: Rng, country: string = rng.pick(IBAN_COUNTRIES), spaced = rng.chance(0.6)): Piece {
  let bban: string | undefined;
  while (!(bban = BBAN[country]!(rng)));
  const s = country + ibanCheck(country, bban) + bban;
  return gold('iban', `${country}:${spaced ? 'print' : 'electronic'}`, spaced ? s.replace(/(.{4})(?=.)/g, '$1 ') : s);
}

const hex4 = (rng: Rng) => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');

/** A gold IP address: public or private IPv4, IPv6 full/compressed/link-local, IPv4-mapped. */
export function ip(rng: Rng, form = rng.pick(['v4-public', 'v4-public', 'v4-private', 'v6', 'v6-compressed', 'v6-link-local', 'v4-mapped'])): Piece {
  const v4pub = () => `${rng.pick([31, 46, 62, 78, 81, 91, 109, 141, 178, 185, 193, 203, 212])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  const v4priv = () => rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]);
  let text: string;
  switch (form) {
    case 'v4-public': text = v4pub(); break;
    case 'v4-private': text = v4priv(); break;
    case 'v6': text = ['2a02', hex4(rng), hex4(rng), hex4(rng), hex4(rng), hex4(rng), hex4(rng), hex4(rng)].join(':'); break;
    case 'v6-compressed': text = `${rng.pick(['2001:db8', '2a01:4f8', '2600:1f18', '2c0f:fb50'])}:${hex4(rng)}::${hex4(rng)}:${hex4(rng)}`; break;
    case 'v6-link-local': text = `fe80::${hex4(rng)}:${hex4(rng)}:${hex4(rng)}:${hex4(rng)}`; break;
    default: text = `::ffff:${v4pub()}`;
  }
  return gold('ip-address', form, text);
}

/** A gold MAC address in one of its written forms. */
export function mac(rng: Rng, form = rng.pick(['colon', 'colon-upper', 'hyphen', 'cisco', 'bare', 'bare-upper'])): Piece {
  const b = Array.from({ length: 6 }, () => rng.chars(HEX, 2));
  b[0] = (parseInt(b[0]!, 16) & 0xfc).toString(16).padStart(2, '0');
  const j = b.join('');
  const text = { colon: b.join(':'), 'colon-upper': b.join(':').toUpperCase(), hyphen: b.join('-').toUpperCase(), cisco: `${j.slice(0, 4)}.${j.slice(4, 8)}.${j.slice(8)}`, bare: j, 'bare-upper': j.toUpperCase() }[form] ?? b.join(':');
  return gold('mac-address', form, text);
}
