// Set 15's personal values other than names and phones, each valid by its published rule: e-mail
// addresses (sub-addressing, Unicode local parts and IDN domains), payment cards of the schemes'
// published BINs with Luhn, IBANs of 30 countries (national check digits computed where the country
// has them), US SSNs, IPv4/IPv6 and MAC addresses in their written forms.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX, LOWER } from '../pii-heldout/prng.js';
import { ibanCheck, luhnDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import type { Person } from './people.js';

const ASCII_DOMAINS = ['posteo.de', 'gmx.at', 'orange.fr', 'libero.it', 'telefonica.net', 'sapo.pt', 'ziggo.nl', 'onet.pl', 'seznam.cz', 'freemail.hu', 'yandex.ru', 'ukr.net', 'otenet.gr', 'bluewin.ch', 'telia.se', 'elisa.fi', 'outlook.com', 'icloud.com', 'proton.me', 'naver.com', 'qq.com', 'yahoo.co.jp', 'hotmail.co.uk', 'rediffmail.com', 'mweb.co.za', 'bigpond.com', 'uol.com.br', 'kolmio-rakennus.fi', 'stadtwerke-nordheide.de', 'clinica-sanfelix.es'];
const IDN_DOMAINS = ['müller-maschinenbau.de', 'bäckerei-köhler.at', 'crème-brûlée.fr', 'españa-viajes.es', 'почта.рф', 'пример.укр', 'παράδειγμα.ελ', '例え.jp', '例子.中国', 'bücherstube.ch', 'øresund-havn.dk', 'örebro-bygg.se'];

const asciiFold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/đ/gi, 'd').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9-]/g, '');

export type EmailForm = 'dotted' | 'initial' | 'plus-tag' | 'unicode-local' | 'idn-domain' | 'digits' | 'upper';

/** An e-mail address of `p` (romanised unless the form keeps the native letters). */
export function email(rng: Rng, p: Person, form: EmailForm = rng.weighted([['dotted', 4], ['initial', 2], ['plus-tag', 1], ['unicode-local', 1], ['idn-domain', 1], ['digits', 2], ['upper', 1]])): Piece {
  const [g, f] = p.latin.map(asciiFold) as [string, string];
  const dom = rng.pick(ASCII_DOMAINS);
  const text = {
    dotted: `${g}.${f}@${dom}`,
    initial: `${g[0]}${f}@${dom}`,
    'plus-tag': `${g}.${f}+${rng.pick(['billing', 'news', 'tickets', 'hr', 'claims'])}@${dom}`,
    'unicode-local': `${p.given.replace(/\s/g, '').toLowerCase()}.${p.family.replace(/\s/g, '').toLowerCase()}@${rng.pick(IDN_DOMAINS)}`,
    'idn-domain': `${g}@${rng.pick(IDN_DOMAINS)}`,
    digits: `${f}${g[0]}${rng.int(1, 99)}@${dom}`,
    upper: `${g[0]!.toUpperCase()}${g.slice(1)}.${f[0]!.toUpperCase()}${f.slice(1)}@${dom.toUpperCase()}`,
  }[form];
  return gold('email', form, text);
}

// Card schemes: [name, prefixes, lengths, grouping of a 16/15/14-digit number].
const SCHEMES: Array<[string, string[], number[]]> = [
  ['visa', ['4'], [16, 16, 13, 19]], ['mastercard', ['51', '52', '53', '54', '55', '2221', '2350', '2619', '2720'], [16]], ['amex', ['34', '37'], [15]],
  ['discover', ['6011', '644', '649', '65'], [16]], ['jcb', ['3528', '3540', '3589'], [16]], ['diners', ['36', '38', '300', '305'], [14]],
  ['unionpay', ['62'], [16, 19]], ['maestro', ['6759', '5018', '5020', '6304'], [16, 19]], ['mir', ['2200', '2204'], [16]], ['rupay', ['60', '6521', '6522'], [16]],
];

export const cardDigits = (rng: Rng, scheme = rng.pick(SCHEMES)): { scheme: string; digits: string } => {
  const [name, prefixes, lengths] = scheme;
  const pre = rng.pick(prefixes);
  const body = pre + rng.digits(rng.pick(lengths) - pre.length - 1);
  return { scheme: name, digits: body + luhnDigit(body) };
};

export function groupCard(d: string, sep: string): string {
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 4].slice(0, Math.ceil(d.length / 4));
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) if (at < d.length) out.push(d.slice(at, (at += n)));
  if (at < d.length) out[out.length - 1] += d.slice(at);
  return out.join(sep);
}

export function card(rng: Rng, sep = rng.pick(['', ' ', ' ', '-'])): Piece {
  const { scheme, digits } = cardDigits(rng);
  return gold('credit-card', `${scheme}:${sep === '' ? 'bare' : sep === ' ' ? 'spaced' : 'dashed'}`, groupCard(digits, sep));
}

const ALNUM_UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const D = (n: number) => (rng: Rng) => rng.digits(n);
const A = (n: number) => (rng: Rng) => rng.chars(UP, n);
const X = (n: number) => (rng: Rng) => rng.chars(ALNUM_UP, n);
const seq = (...parts: Array<(rng: Rng) => string>) => (rng: Rng) => parts.map((f) => f(rng)).join('');

// Countries whose BBAN has no national check digit in the IBAN registry: the BBAN is drawn by shape.
const PLAIN_BBAN: Record<string, (rng: Rng) => string> = {
  DE: D(18), GB: seq(A(4), D(14)), IE: seq(A(4), D(14)), NL: seq(A(4), D(10)), AT: D(16), CH: D(17), LI: D(17), LU: D(16), GR: D(23), CY: D(24), MT: seq(A(4), D(5), X(18)),
  LV: seq(A(4), X(13)), LT: D(16), BG: seq(A(4), D(6), X(8)), RO: seq(A(4), X(16)), AE: D(19), SA: D(20), IL: D(19), TR: seq(D(5), () => '0', X(16)), QA: seq(A(4), X(21)), KW: seq(A(4), X(22)), UA: D(25), GE: seq(A(2), D(16)),
};

const mod = (s: string, m: number) => [...s].reduce((r, c) => (r * 10 + Number(c)) % m, 0);
const wsum = (s: string, w: number[]) => [...s].reduce((a, c, i) => a + Number(c) * w[i % w.length]!, 0);
const ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const esDc = (s: string) => { const r = 11 - (wsum(s, ES_W) % 11); return String(r === 11 ? 0 : r === 10 ? 1 : r); };
// Italy's CIN: odd positions through this table, even positions by value (digits and letters alike).
const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cin = (s: string) => String.fromCharCode(65 + ([...s].reduce((a, c, i) => { const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65; return a + (i % 2 === 0 ? CIN_ODD[v]! : v); }, 0) % 26));

// Countries with a national check digit: computed from its published rule.
const CHECKED_BBAN: Record<string, (rng: Rng) => string | undefined> = {
  BE: (r) => { const n = r.digits(10); const c = mod(n, 97) || 97; return n + String(c).padStart(2, '0'); },
  FR: (r) => { const [b, g, a] = [r.digits(5), r.digits(5), r.digits(11)]; const k = 97 - ((89 * Number(b) + 15 * Number(g) + 3 * mod(a, 97)) % 97); return b + g + a + String(k).padStart(2, '0'); },
  ES: (r) => { const [bg, a] = [r.digits(8), r.digits(10)]; return bg + esDc(`00${bg}`) + esDc(a) + a; },
  IT: (r) => { const rest = r.digits(10) + r.digits(12); return cin(rest) + rest; },
  PT: (r) => { const n = r.digits(19); return n + String(98 - mod(n + '00', 97)).padStart(2, '0'); },
  FI: (r) => { const n = r.digits(13); return n + luhnDigit(n); },
  NO: (r) => { const n = r.digits(10); const c = 11 - (wsum(n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11); return c === 10 ? undefined : n + String(c % 11); },
  PL: (r) => { const b = r.digits(7); const c = (10 - (wsum(b, [3, 9, 7, 1, 3, 9, 7]) % 10)) % 10; return b + String(c) + r.digits(16); },
};

export const IBAN_COUNTRIES = [...Object.keys(PLAIN_BBAN), ...Object.keys(CHECKED_BBAN)];

export function ibanElectronic(rng: Rng, country = rng.pick(IBAN_COUNTRIES)): string {
  let bban: string | undefined;
  while (bban === undefined) bban = PLAIN_BBAN[country] ? PLAIN_BBAN[country](rng) : CHECKED_BBAN[country]!(rng);
  return country + ibanCheck(country, bban) + bban;
}

export const printIban = (e: string): string => e.replace(/(.{4})(?=.)/g, '$1 ');

export function iban(rng: Rng, country?: string, form = rng.pick(['electronic', 'print', 'print'] as const)): Piece {
  const e = ibanElectronic(rng, country);
  return gold('iban', `${e.slice(0, 2)}:${form}`, form === 'print' ? printIban(e) : e);
}

export function ssn(rng: Rng, form = rng.pick(['dashed', 'dashed', 'spaced', 'bare'] as const)): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const [a, g, s] = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', form, form === 'bare' ? a + g + s : [a, g, s].join(form === 'dashed' ? '-' : ' '));
}

export type IpForm = 'v4-public' | 'v4-private' | 'v6-full' | 'v6-compressed' | 'v6-link-local' | 'v4-mapped';

const v4pub = (r: Rng) => `${r.pick([23, 31, 45, 62, 78, 81, 91, 104, 129, 141, 151, 176, 185, 193, 203, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const v4priv = (r: Rng) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
const hex4 = (r: Rng) => r.chars(HEX, r.int(1, 4)).replace(/^0+(?=.)/, '');

export function ipText(rng: Rng, form: IpForm): string {
  switch (form) {
    case 'v4-public': return v4pub(rng);
    case 'v4-private': return v4priv(rng);
    case 'v6-full': return ['2001', rng.chars(HEX, 4), ...Array.from({ length: 6 }, () => rng.chars(HEX, 4))].join(':');
    case 'v6-compressed': return `2${rng.chars(HEX, 3)}:${hex4(rng)}:${hex4(rng)}::${hex4(rng)}:${hex4(rng)}`;
    case 'v6-link-local': return `fe80::${hex4(rng)}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${hex4(rng)}`;
    case 'v4-mapped': return `::ffff:${v4pub(rng)}`;
  }
}

export function ip(rng: Rng, form: IpForm = rng.weighted<IpForm>([['v4-public', 4], ['v4-private', 3], ['v6-full', 1], ['v6-compressed', 2], ['v6-link-local', 1], ['v4-mapped', 1]])): Piece {
  return gold('ip-address', form, ipText(rng, form));
}

export type MacForm = 'colon-lower' | 'colon-upper' | 'dash-upper' | 'cisco-dot' | 'bare';

export function mac(rng: Rng, form: MacForm = rng.pick(['colon-lower', 'colon-upper', 'dash-upper', 'cisco-dot', 'bare'] as const)): Piece {
  // A unicast, globally administered address (first octet even, second bit clear).
  const first = (rng.int(0, 63) * 4).toString(16).padStart(2, '0');
  const h = first + rng.chars(HEX, 10);
  const pairs = h.match(/../g)!;
  const text = { 'colon-lower': pairs.join(':'), 'colon-upper': pairs.join(':').toUpperCase(), 'dash-upper': pairs.join('-').toUpperCase(), 'cisco-dot': h.match(/..../g)!.join('.'), bare: h.toUpperCase() }[form];
  return gold('mac-address', form, text);
}

export const lowerWord = (rng: Rng, n: number): string => rng.chars(LOWER, n);
