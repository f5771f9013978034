// Gold values of set 11 written from their published formats: e-mail, card (only BIN ranges the schemes
// publish, their lengths, Luhn), IBAN (ISO 13616 lengths per country, mod 97; Belgium's national check
// too), US SSN (SSA's allocation rules), IPv4/IPv6, MAC (unicast), UK NINO, DNI/NIE, codice fiscale,
// Aadhaar (Verhoeff) and CPF. Every value is drawn from the seeded Rng: none is written in the tree.
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { codiceFiscaleChar, cpfDigits, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import type { Person } from './people.js';

const DOMAINS: Record<string, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me'], de: ['web.de', 'gmx.de', 't-online.de'], fr: ['orange.fr', 'free.fr', 'laposte.net'], es: ['telefonica.net', 'hotmail.es'], it: ['libero.it', 'virgilio.it'],
  pt: ['sapo.pt', 'uol.com.br', 'bol.com.br'], pl: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'], cs: ['seznam.cz', 'email.cz', 'centrum.cz'], hu: ['freemail.hu', 'citromail.hu'], ro: ['yahoo.ro', 'gmail.com'], el: ['otenet.gr', 'yahoo.gr'],
  tr: ['hotmail.com.tr', 'yandex.com.tr'], fi: ['elisanet.fi', 'luukku.com'], sv: ['telia.se', 'bredband.net'], no: ['online.no', 'frisurf.no'], da: ['jubii.dk', 'mail.dk'], vi: ['yahoo.com.vn', 'gmail.com'], th: ['hotmail.co.th', 'gmail.com'],
  id: ['yahoo.co.id', 'gmail.com'], tl: ['yahoo.com.ph', 'gmail.com'], sw: ['gmail.com', 'yahoo.co.ke'], he: ['walla.co.il', 'gmail.com'], fa: ['chmail.ir', 'gmail.com'], nl: ['ziggo.nl', 'kpnmail.nl', 'hetnet.nl'], ja: ['docomo.ne.jp', 'yahoo.co.jp'],
};
const WORK = ['acme-logistics.eu', 'nordhavn.no', 'kancelaria-nowak.pl', 'studio-fenix.cz', 'vetklinik-aurora.se', 'szpital-mazowsze.pl', 'helvetia-treuhand.ch', 'marmara-yapi.com.tr', 'saigon-trading.vn', 'bangkok-dental.co.th'];

export function email(rng: Rng, p: Person, work = rng.chance(0.25)): Piece {
  const g = p.latinGiven;
  const f = p.latinFamily;
  const local = rng.pick([`${g}.${f}`, `${g}${f}`, `${g[0]}.${f}`, `${g}_${f}${rng.int(1, 99)}`, `${f}.${g}`, `${g}${rng.int(70, 99)}`, `${g}-${f}`]);
  const domain = work ? rng.pick(WORK) : rng.pick(DOMAINS[p.lang] ?? DOMAINS.en!);
  const form = work ? 'work' : 'personal';
  return gold('email', local.includes('+') ? `${form}-tag` : form, rng.chance(0.1) ? `${local}+${rng.pick(['shop', 'news', 'bank'])}@${domain}` : `${local}@${domain}`);
}

function scheme(name: string, prefixes: (rng: Rng) => string, lengths: number[]): (rng: Rng) => [string, string, number] {
  return (rng) => [name, prefixes(rng), rng.pick(lengths)];
}
/** Published BIN ranges and the lengths each scheme issues. */
const CARD_SCHEMES = [
  scheme('visa', () => '4', [16, 16, 16, 13]),
  scheme('mastercard', (r) => (r.chance(0.6) ? String(r.int(51, 55)) : String(r.int(2221, 2720))), [16]),
  scheme('amex', (r) => r.pick(['34', '37']), [15]),
  scheme('discover', (r) => r.pick(['6011', String(r.int(644, 649)), '65']), [16]),
  scheme('jcb', (r) => String(r.int(3528, 3589)), [16]),
  scheme('diners', (r) => r.pick(['36', String(r.int(300, 305))]), [14]),
  scheme('unionpay', () => '62', [16, 19]),
  scheme('mir', (r) => String(r.int(2200, 2204)), [16]),
  scheme('rupay', (r) => r.pick(['60', '6521', '6522', '81', '82']), [16]),
];

export function cardDigits(rng: Rng, schemeIndex = rng.int(0, CARD_SCHEMES.length - 1)): [string, string] {
  const [name, prefix, len] = CARD_SCHEMES[schemeIndex]!(rng);
  const body = prefix + rng.digits(len - 1 - prefix.length);
  return [name, body + luhnDigit(body)];
}

export function card(rng: Rng, form = rng.pick(['grouped', 'plain', 'dashed'])): Piece {
  const [name, d] = cardDigits(rng);
  const groups = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : d.length === 13 ? [4, 3, 3, 3] : [4, 4, 4, 4];
  let i = 0;
  const parts = groups.map((n) => d.slice(i, (i += n)));
  return gold('credit-card', `${name}-${form}`, form === 'plain' ? d : parts.join(form === 'dashed' ? '-' : ' '));
}

/** BBAN shapes (n: digits, a: upper letters, c: upper alphanumerics) per ISO 13616 registry lengths
 * (countries whose BBAN carries a national check we do not compute — IT, PT, NO, ES, FR — are left out). */
const BBAN: Record<string, string> = {
  DE: 'n18', AT: 'n16', CH: 'n17', LI: 'n17', NL: 'a4n10', GB: 'a4n14', IE: 'a4n14', FI: 'n14', SE: 'n20', DK: 'n14', PL: 'n24', CZ: 'n20', HU: 'n24', RO: 'a4c16', GR: 'n23', TR: 'n5 0 n16', LU: 'n3c13', IL: 'n19', AE: 'n19', SA: 'n2c18', BE: 'n12',
};

function bban(rng: Rng, country: string): string {
  if (country === 'BE') {
    const ten = rng.number(3) + rng.digits(7);
    const check = Number(BigInt(ten) % 97n) || 97;
    return ten + String(check).padStart(2, '0');
  }
  let out = '';
  for (const part of BBAN[country]!.split(' ')) {
    for (const [, t, n] of part.matchAll(/([nac])(\d+)/g)) out += rng.chars(t === 'n' ? DIGITS : t === 'a' ? UPPER : UPPER + DIGITS, Number(n));
    if (/^\d$/.test(part)) out += part;
  }
  return out;
}

export const IBAN_COUNTRIES = Object.keys(BBAN);

export function iban(rng: Rng, country = rng.pick(IBAN_COUNTRIES), form = rng.pick(['print', 'compact'])): Piece {
  const b = bban(rng, country);
  const s = country + ibanCheck(country, b) + b;
  return gold('iban', `${country}-${form}`, form === 'print' ? s.replace(/(.{4})(?=.)/g, '$1 ') : s);
}

export function ssn(rng: Rng, form = rng.pick(['dashed', 'dashed', 'spaced'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(rng.int(1, 99)).padStart(2, '0');
  const s = String(rng.int(1, 9999)).padStart(4, '0');
  return gold('us-ssn', form, form === 'bare' ? a + g + s : [a, g, s].join(form === 'spaced' ? ' ' : '-'));
}

export function ipv4(rng: Rng, priv = rng.chance(0.2)): Piece {
  if (priv) return gold('ip-address', 'v4-private', rng.pick([`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`, `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`]));
  const first = rng.pick([31, 37, 46, 62, 78, 81, 84, 89, 91, 94, 109, 151, 176, 185, 188, 193, 195, 212, 213, 217, 24, 50, 68, 71, 98, 113, 118, 125, 171, 180, 201]);
  return gold('ip-address', 'v4', `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
}

export function ipv6(rng: Rng, form = rng.pick(['compressed', 'full', 'link-local'])): Piece {
  const h = () => rng.chars(HEX, 4).replace(/^0+(?=.)/, '');
  const pre = rng.pick(['2a02', '2a01', '2001', '2600', '2a00', '2804', '2405', '2c0f']);
  if (form === 'link-local') return gold('ip-address', 'v6-link-local', `fe80::${h()}:${h()}:${h()}:${h()}`);
  if (form === 'full') return gold('ip-address', 'v6-full', [pre, ...Array.from({ length: 7 }, () => rng.chars(HEX, 4))].join(':'));
  return gold('ip-address', 'v6-compressed', `${pre}:${h()}:${h()}:${h()}::${h()}`);
}

export const ip = (rng: Rng): Piece => (rng.chance(0.72) ? ipv4(rng) : ipv6(rng));

export function mac(rng: Rng, form = rng.pick(['colon', 'colon-upper', 'hyphen', 'cisco'])): Piece {
  const first = (rng.int(0, 63) * 4).toString(16).padStart(2, '0');
  const o = [first, ...Array.from({ length: 5 }, () => rng.chars(HEX, 2))];
  const text = form === 'colon' ? o.join(':') : form === 'colon-upper' ? o.join(':').toUpperCase() : form === 'hyphen' ? o.join('-').toUpperCase() : form === 'cisco' ? o.join('').replace(/(.{4})(?=.)/g, '$1.') : o.join('').toUpperCase();
  return gold('mac-address', form, text);
}

export function nino(rng: Rng, form = rng.pick(['spaced', 'compact'])): Piece {
  let pre = '';
  do pre = rng.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + rng.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
  const d = rng.digits(6);
  const suf = rng.pick(['A', 'B', 'C', 'D']);
  return gold('uk-nino', form, form === 'spaced' ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`);
}

export function dni(rng: Rng): Piece {
  if (rng.chance(0.3)) {
    const x = rng.int(0, 2);
    const d = rng.digits(7);
    return gold('es-dni', 'nie', `${'XYZ'[x]}${d}${dniLetter(String(x) + d)}`);
  }
  const d = rng.digits(8);
  return gold('es-dni', rng.chance(0.8) ? 'dni' : 'dni-dash', rng.chance(0.8) ? d + dniLetter(d) : `${d}-${dniLetter(d)}`);
}

const CONS = 'BCDFGHLMNPRSTVZ';
export function codiceFiscale(rng: Rng): Piece {
  const day = rng.int(1, 28) + (rng.chance(0.5) ? 40 : 0);
  const first15 = rng.chars(CONS, 3) + rng.chars(CONS, 3) + rng.digits(2) + rng.pick([...'ABCDEHLMPRST']) + String(day).padStart(2, '0') + rng.pick(['H501', 'F205', 'L219', 'G273', 'A662', 'F839', 'D612', 'L736']);
  return gold('it-fiscal-code', 'cf', first15 + codiceFiscaleChar(first15));
}

export function aadhaar(rng: Rng, form = rng.pick(['spaced', 'spaced', 'plain'])): Piece {
  const body = String(rng.int(2, 9)) + rng.digits(10);
  const d = body + verhoeffDigit(body);
  return gold('in-aadhaar', form, form === 'spaced' ? d.replace(/(\d{4})(?=\d)/g, '$1 ') : d);
}

export function cpf(rng: Rng, form = rng.pick(['dotted', 'dotted', 'plain'])): Piece {
  let nine = rng.digits(9);
  if (/^(\d)\1+$/.test(nine)) nine = '1' + nine.slice(1, 8) + '7';
  const d = nine + cpfDigits(nine);
  return gold('br-cpf', form, form === 'dotted' ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d);
}

/** A national id of the five judged types. */
export const nationalId = (rng: Rng): Piece => rng.pick([nino, dni, codiceFiscale, aadhaar, cpf])(rng);
