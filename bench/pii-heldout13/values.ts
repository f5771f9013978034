// Set 13's gold values other than phones, names and secrets: e-mail addresses (sub-addressing, IDN
// domains, internationalised local parts), payment cards of ten schemes (issuer ranges, Luhn), IBANs of
// thirty countries (mod 97), US SSNs (issued areas), IPv4/IPv6 and MAC addresses in their written forms.
// Check digits come from set 1's checksums (written from the published definitions).
import { HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { ibanCheck, luhnDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import { person13, type Person13 } from './people.js';

const PUBLIC_MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'wp.pl', 'seznam.cz', 'mail.ru', 'yandex.ru', 'naver.com', 'qq.com', 'proton.me', 'icloud.com', 'hotmail.co.uk', 'terra.com.br', 'rediffmail.com', 'ukr.net', 'freenet.de'];
const WORK_MAIL = ['kanzlei-brandt.de', 'hafen-logistik.eu', 'clinique-saint-luc.be', 'wanderly.io', 'nordkraft.no', 'agri-coop.fr', 'metrobus.co.za', 'helios-lab.org', 'umcg.nl', 'polimi.it'];
const IDN_MAIL = ['bäckerei-schütz.de', 'müller-gärten.ch', 'sjukhus-örebro.se', 'почта.рф', 'εταιρεία.gr', 'ソフト.jp', 'शिक्षा.भारत', 'smörgås.fi', 'café-éclair.fr', 'kraków-miasto.pl'];

/** An e-mail of the person (a random one by default) in one of the local-part and domain forms. */
export function email13(rng: Rng, p: Person13 = person13(rng)): Piece {
  const g = p.givenAscii;
  const f = p.familyAscii.replace(/[^a-z]/g, '');
  const form = rng.weighted([['dot', 4], ['initial', 2], ['plus-tag', 2], ['digits', 2], ['idn-domain', 2], ['unicode-local', 1], ['upper', 1]] as const);
  const domain = form === 'idn-domain' ? rng.pick(IDN_MAIL) : rng.chance(0.5) ? rng.pick(PUBLIC_MAIL) : rng.pick(WORK_MAIL);
  switch (form) {
    case 'dot': return gold('email', form, `${g}.${f}@${domain}`);
    case 'initial': return gold('email', form, `${g[0]}${rng.pick(['', '.', '_'])}${f}@${domain}`);
    case 'plus-tag': return gold('email', form, `${g}${rng.pick(['.', ''])}${f}+${rng.pick(['orders', 'news', 'tax2026', 'jobs', 'rx'])}@${domain}`);
    case 'digits': return gold('email', form, `${f}${g[0]}${rng.int(1, 99)}@${domain}`);
    case 'idn-domain': return gold('email', form, `${g}.${f}@${domain}`);
    case 'unicode-local': return gold('email', form, `${p.given.replace(/\s/g, '').toLowerCase()}@${rng.pick(IDN_MAIL)}`);
    case 'upper': return gold('email', form, `${g[0]!.toUpperCase()}${g.slice(1)}.${f[0]!.toUpperCase()}${f.slice(1)}@${domain.toUpperCase()}`);
  }
}

// Issuer prefixes of current schemes and their lengths.
const SCHEMES = (rng: Rng): Array<[string, string, number]> => [
  ['visa', `4${rng.digits(5)}`, rng.pick([16, 16, 16, 19])],
  ['mastercard', String(rng.int(51, 55)) + rng.digits(4), 16],
  ['mastercard-2series', String(rng.int(2221, 2720)) + rng.digits(2), 16],
  ['amex', rng.pick(['34', '37']) + rng.digits(4), 15],
  ['discover', rng.pick(['6011', '65' + rng.digits(2), '644' + rng.digits(1)]) + rng.digits(2), 16],
  ['jcb', String(rng.int(3528, 3589)) + rng.digits(2), 16],
  ['diners', rng.pick(['36', '38', '300', '305']), 14],
  ['unionpay', `62${rng.int(2126, 2925)}`, rng.pick([16, 19])],
  ['maestro', rng.pick(['6759', '6761', '5018', '5020', '6304']) + rng.digits(2), rng.pick([16, 18, 19])],
  ['mir', `220${rng.int(0, 4)}`, 16],
];

function groupCard(n: string, scheme: string, sep: string): string {
  if (scheme === 'amex') return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (scheme === 'diners') return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g)!.join(sep);
}

/** A payment card number of a scheme, Luhn-valid, bare or grouped by spaces or dashes. */
export function card13(rng: Rng, layout?: 'bare' | 'spaced' | 'dashed'): Piece {
  const [scheme, prefix, len] = rng.pick(SCHEMES(rng));
  const body = prefix + rng.digits(len - 1 - prefix.length);
  const n = body + luhnDigit(body);
  const l = layout ?? rng.pick(['bare', 'spaced', 'spaced', 'dashed'] as const);
  const text = l === 'bare' ? n : groupCard(n, scheme, l === 'spaced' ? ' ' : '-');
  return gold('credit-card', `${scheme}:${l}`, text);
}

// BBAN layouts (ISO 13616 registry): n digits, a upper letters, c upper letters or digits.
const BBAN: Record<string, string> = {
  DE: '18n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', AT: '16n', CH: '5n12c', LI: '5n12c', PL: '24n', PT: '21n', GB: '4a14n',
  IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', CZ: '20n', SK: '20n', HU: '24n', RO: '4a16c', GR: '7n16c', LU: '3n13c', SI: '15n', HR: '17n',
  LT: '16n', LV: '4a13c', EE: '16n', TR: '6n16c', SA: '2n18c', AE: '19n', IL: '19n', MT: '4a5n18c', CY: '8n16c', BG: '4a6n8c', IS: '22n',
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

function bban(rng: Rng, layout: string): string {
  let s = '';
  for (const [, n, k] of layout.matchAll(/(\d+)([nac])/g)) s += k === 'n' ? rng.digits(Number(n)) : k === 'a' ? rng.chars(UPPER, Number(n)) : rng.chars(UPPER + '0123456789', Number(n));
  return s;
}

/** An IBAN of `country` with valid check digits, compact or in groups of four (print form). */
export function iban13(rng: Rng, country: string = rng.pick(IBAN_COUNTRIES), layout?: 'compact' | 'print'): Piece {
  const b = bban(rng, BBAN[country]!);
  const iban = country + ibanCheck(country, b) + b;
  const l = layout ?? rng.pick(['compact', 'print', 'print'] as const);
  return gold('iban', `${country}:${l}`, l === 'compact' ? iban : iban.match(/.{1,4}/g)!.join(' '));
}

/** A US SSN of an issued area (not 000, 666 or 900–999), group and serial not zero. */
export function ssn13(rng: Rng, layout: 'dashed' | 'spaced' | 'bare' = rng.pick(['dashed', 'dashed', 'spaced', 'bare'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', layout, parts.join(layout === 'dashed' ? '-' : layout === 'spaced' ? ' ' : ''));
}

const octet = (rng: Rng) => String(rng.int(1, 254));

/** An IPv4 or IPv6 address: public-looking or private, both personal data of the device's user. */
export function ip13(rng: Rng, kind?: 'v4-public' | 'v4-private' | 'v4-cgnat' | 'v6' | 'v6-full' | 'v6-link-local' | 'v6-mapped'): Piece {
  const k = kind ?? rng.weighted([['v4-public', 5], ['v4-private', 3], ['v4-cgnat', 1], ['v6', 2], ['v6-full', 1], ['v6-link-local', 1], ['v6-mapped', 1]] as const);
  const h = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const pub = () => `${rng.pick([23, 31, 45, 62, 77, 81, 94, 109, 141, 151, 176, 185, 193, 203, 212])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${octet(rng)}`;
  switch (k) {
    case 'v4-public': return gold('ip-address', k, pub());
    case 'v4-private': return gold('ip-address', k, rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${octet(rng)}`, `192.168.${rng.int(0, 255)}.${octet(rng)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${octet(rng)}`]));
    case 'v4-cgnat': return gold('ip-address', k, `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${octet(rng)}`);
    case 'v6': return gold('ip-address', k, `${rng.pick(['2a0e:97c0', '2a02:810d', '2600:1700', '2a01:4f8', '2406:da18'])}:${h()}::${h()}:${h()}`);
    case 'v6-full': return gold('ip-address', k, ['2a00', ...Array.from({ length: 7 }, () => rng.chars(HEX, 4))].join(':'));
    case 'v6-link-local': return gold('ip-address', k, `fe80::${h()}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${h()}`);
    case 'v6-mapped': return gold('ip-address', k, `::ffff:${pub()}`);
  }
}

/** A MAC address (universally administered unicast) in colon, dash, Cisco dot, bare or upper forms. */
export function mac13(rng: Rng, form?: 'colon' | 'colon-upper' | 'dash' | 'cisco' | 'bare' | 'bare-upper'): Piece {
  const first = (rng.int(0, 63) * 4).toString(16).padStart(2, '0');
  const hex = first + rng.chars(HEX, 10);
  const f = form ?? rng.pick(['colon', 'colon', 'colon-upper', 'dash', 'cisco', 'bare', 'bare-upper'] as const);
  const pairs = hex.match(/../g)!;
  const text = f === 'colon' ? pairs.join(':') : f === 'colon-upper' ? pairs.join(':').toUpperCase() : f === 'dash' ? pairs.join('-').toUpperCase() : f === 'cisco' ? hex.match(/.{4}/g)!.join('.') : f === 'bare' ? hex : hex.toUpperCase();
  return gold('mac-address', f, text);
}
