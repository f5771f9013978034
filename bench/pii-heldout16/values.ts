// Set 16's personal values other than names, phones and secrets: e-mails (IDN domains, Unicode local
// parts, sub-addressing), cards of published BIN ranges with Luhn, IBANs whose national check digits
// are computed (countries without one written as they are; GB and DE left out), US SSNs of issued
// areas, sixteen national ids with their own check digits, IPv4/IPv6 and MACs in their written forms.
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanCheck, luhnDigit, verhoeffDigit } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import type { Person } from './people.js';

const DOMAINS = ['gmail.com', 'outlook.com', 'web.de', 'gmx.at', 'orange.fr', 'libero.it', 'proton.me', 'yahoo.co.jp', 'seznam.cz', 'wp.pl', 'mail.ru', 'ukr.net', 'naver.com', 'qq.com', 'icloud.com', 'fastmail.fm', 'telia.com', 'kolumbus.fi', 'hotmail.com.tr', 'uol.com.br'];
const IDN = ['bäckerei-hölzl.de', 'müllerei.at', 'société-générale-privé.fr', 'почта.рф', 'пример.укр', 'ελληνικά.gr', 'كلية.مصر', 'דוגמה.ישראל', '例え.jp', '中文网.cn', 'koperasi-é.id', 'ýmislegt.is'];
const ORG = ['northwind-clinic.org', 'harbourview.co.uk', 'agencia-lux.es', 'stadtwerke-kiel.de', 'univ-lyon.fr', 'kaupunki.fi', 'skole.no', 'acme-corp.com.au', 'tec.mx', 'pwr.edu.pl'];

/** An e-mail made from the person's name (or a random one), on a public, company or IDN domain. */
export function email(rng: Rng, p?: Person): Piece {
  const [g, f] = p?.latin ?? [rng.pick(['kim', 'alex', 'sam', 'jo']), rng.pick(['berg', 'ng', 'costa', 'novak'])];
  const unicodeLocal = p && rng.chance(0.12) && /[^\u0020-\u007e]/.test(p.given + p.family) && !/\s/.test(p.given + p.family);
  const local = unicodeLocal ? `${p.given}.${p.family}`.toLowerCase() : rng.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}_${f}${rng.int(1, 99)}`, `${f}.${g}`, `${g}${rng.int(1970, 2005)}`]);
  const sub = rng.chance(0.12) ? `+${rng.pick(['news', 'shop', 'bills', 'github', 'rx'])}` : '';
  const form = rng.weighted<string>([['public', 6], ['org', 3], ['idn', 1]]);
  const domain = form === 'idn' ? rng.pick(IDN) : form === 'org' ? rng.pick(ORG) : rng.pick(DOMAINS);
  return gold('email', `${unicodeLocal ? 'unicode-local' : form}${sub ? '+sub' : ''}`, `${local}${sub}@${domain}`);
}

// [scheme, BIN prefixes, lengths]
const SCHEMES: Array<[string, string[], number[]]> = [
  ['visa', ['4'], [16, 16, 13, 19]], ['mastercard', ['51', '52', '53', '54', '55', '2221', '2300', '2500', '2720'], [16]], ['amex', ['34', '37'], [15]],
  ['discover', ['6011', '644', '649', '65'], [16]], ['jcb', ['3528', '3540', '3589'], [16]], ['diners', ['36', '38', '300', '305'], [14]],
  ['unionpay', ['62'], [16, 19]], ['maestro', ['6759', '5018', '5020', '6763'], [16, 19]], ['mir', ['2200', '2204'], [16]], ['rupay', ['60', '6521'], [16]],
];

// Amex (15) and Diners (14) print 4-6-5 and 4-6-4; the others in fours.
function grouped(d: string): string {
  if (d.length === 15 || d.length === 14) return `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`;
  return d.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** A card number of a published BIN range, Luhn-valid, written grouped, dashed or bare. */
export function card(rng: Rng): Piece {
  const [scheme, bins, lens] = rng.pick(SCHEMES);
  const bin = rng.pick(bins);
  const len = rng.pick(lens);
  const body = bin + rng.digits(len - bin.length - 1);
  const d = body + luhnDigit(body);
  const form = rng.pick(['spaced', 'bare', 'dashed']);
  const text = form === 'bare' ? d : form === 'spaced' ? grouped(d) : grouped(d).replace(/ /g, '-');
  return gold('credit-card', `${scheme}:${form}`, text);
}

const A = (rng: Rng, n: number) => rng.chars(UPPER, n);
const N = (rng: Rng, n: number) => rng.digits(n);
const C = (rng: Rng, n: number) => rng.chars(UPPER + DIGITS, n);
const mod = (digits: string, m: number) => [...digits].reduce((r, d) => (r * 10 + Number(d)) % m, 0);

function frBban(rng: Rng): string {
  const [b, g, acct] = [N(rng, 5), N(rng, 5), N(rng, 11)];
  return b + g + acct + String(97 - mod(b + g + acct + '00', 97)).padStart(2, '0');
}
function esBban(rng: Rng): string {
  const dc = (s: string) => { const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const r = 11 - ([...s].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11); return String(r === 11 ? 0 : r === 10 ? 1 : r); };
  const [bank, branch, acct] = [N(rng, 4), N(rng, 4), N(rng, 10)];
  return bank + branch + dc('00' + bank + branch) + dc(acct) + acct;
}
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function itBban(rng: Rng): string {
  const rest = N(rng, 5) + N(rng, 5) + N(rng, 12);
  const sum = [...rest].reduce((a, ch, i) => a + (i % 2 === 0 ? CF_ODD[Number(ch)]! : Number(ch)), 0);
  return String.fromCharCode(65 + (sum % 26)) + rest;
}
function beBban(rng: Rng): string {
  const ten = N(rng, 10);
  const c = mod(ten, 97) || 97;
  return ten + String(c).padStart(2, '0');
}
const ptBban = (rng: Rng) => { const s = N(rng, 19); return s + String(98 - mod(s + '00', 97)).padStart(2, '0'); };
function noBban(rng: Rng): string {
  for (;;) {
    const s = N(rng, 10);
    const r = 11 - ([...s].reduce((a, d, i) => a + Number(d) * [5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i]!, 0) % 11);
    if (r !== 10) return s + String(r === 11 ? 0 : r);
  }
}
const fiBban = (rng: Rng) => { const s = rng.pick(['1', '2', '4', '5', '8']) + N(rng, 12); return s + luhnDigit(s); };
function plBban(rng: Rng): string {
  const b = N(rng, 7);
  const c = (10 - ([...b].reduce((a, d, i) => a + Number(d) * [3, 9, 7, 1, 3, 9, 7][i]!, 0) % 10)) % 10;
  return b + c + N(rng, 16);
}

const BBAN: Record<string, (rng: Rng) => string> = {
  FR: frBban, MC: frBban, ES: esBban, IT: itBban, SM: itBban, BE: beBban, PT: ptBban, NO: noBban, FI: fiBban, PL: plBban,
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB']) + N(r, 10), CH: (r) => N(r, 5) + N(r, 12), LI: (r) => '0' + N(r, 4) + N(r, 12), AT: (r) => N(r, 16), LU: (r) => N(r, 3) + C(r, 13),
  DK: (r) => N(r, 14), LT: (r) => N(r, 16), LV: (r) => A(r, 4) + C(r, 13), GR: (r) => N(r, 7) + N(r, 16), CY: (r) => N(r, 8) + N(r, 16), RO: (r) => A(r, 4) + C(r, 16),
  BG: (r) => A(r, 4) + N(r, 6) + C(r, 8), TR: (r) => N(r, 5) + '0' + N(r, 16), IL: (r) => N(r, 19), AE: (r) => N(r, 19), SA: (r) => N(r, 2) + C(r, 18), QA: (r) => A(r, 4) + C(r, 21),
  KW: (r) => A(r, 4) + C(r, 22), GE: (r) => A(r, 2) + N(r, 16), UA: (r) => N(r, 6) + N(r, 19),
};
export const IBAN_COUNTRIES16 = Object.keys(BBAN);

/** An IBAN of the country (random when absent): valid mod 97, national check digits where defined. */
export function iban(rng: Rng, country: string = rng.pick(IBAN_COUNTRIES16)): Piece {
  const bban = BBAN[country]!(rng);
  const compact = country + ibanCheck(country, bban) + bban;
  const form = rng.pick(['grouped', 'grouped', 'compact']);
  return gold('iban', `${country}:${form}`, form === 'compact' ? compact : compact.replace(/(.{4})(?=.)/g, '$1 '));
}

/** A US SSN of an issued area (not 000, 666, 9xx), group and serial not zero. */
export function ssn(rng: Rng, form = rng.pick(['dashed', 'dashed', 'spaced', 'bare'])): Piece {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const d = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return gold('us-ssn', form, form === 'bare' ? d.join('') : d.join(form === 'dashed' ? '-' : ' '));
}

const z2 = (n: number) => String(n).padStart(2, '0');
const dob = (rng: Rng) => ({ y: rng.int(1950, 2005), m: rng.int(1, 12), d: rng.int(1, 28) });

function nino(rng: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let p = '';
  do p = rng.pick([...first]) + rng.pick([...second]); while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
  return `${p} ${N(rng, 2)} ${N(rng, 2)} ${N(rng, 2)} ${rng.pick(['A', 'B', 'C', 'D'])}`;
}
function fiscal(rng: Rng): string {
  const b = dob(rng);
  const first15 = A(rng, 6) + z2(b.y % 100) + 'ABCDEHLMPRST'[b.m - 1] + z2(b.d + (rng.chance(0.5) ? 40 : 0)) + rng.pick(['H', 'F', 'L', 'A', 'G']) + N(rng, 3);
  return first15 + codiceFiscaleChar(first15);
}
function pesel(rng: Rng): string {
  const b = dob(rng);
  const s = z2(b.y % 100) + z2(b.m + (b.y >= 2000 ? 20 : 0)) + z2(b.d) + N(rng, 4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  return s + String((10 - ([...s].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 10)) % 10);
}
function personnummer(rng: Rng): string {
  const b = dob(rng);
  const nine = z2(b.y % 100) + z2(b.m) + z2(b.d) + N(rng, 3);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}
function hetu(rng: Rng): string {
  const b = dob(rng);
  const ddmmyy = z2(b.d) + z2(b.m) + z2(b.y % 100);
  const ind = String(rng.int(2, 899)).padStart(3, '0');
  return `${ddmmyy}${b.y >= 2000 ? 'A' : '-'}${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + ind) % 31]}`;
}
function fodselsnummer(rng: Rng): string {
  for (;;) {
    const b = dob(rng);
    const s = z2(b.d) + z2(b.m) + z2(b.y % 100) + N(rng, 3);
    const k = (t: string, w: number[]) => { const r = 11 - ([...t].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11); return r === 11 ? 0 : r; };
    const k1 = k(s, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === 10) continue;
    const k2 = k(s + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 !== 10) return `${s}${k1}${k2}`;
  }
}
function rijksregister(rng: Rng): string {
  const b = dob(rng);
  const s = z2(b.y % 100) + z2(b.m) + z2(b.d) + String(rng.int(1, 997)).padStart(3, '0');
  const c = 97 - mod((b.y >= 2000 ? '2' : '') + s, 97);
  return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}-${s.slice(6)}.${z2(c)}`;
}
function bsn(rng: Rng): string {
  for (;;) {
    const e = rng.number(8);
    const s = [...e].reduce((a, d, i) => a + Number(d) * (9 - i), 0);
    if (s % 11 !== 10) return e + String(s % 11);
  }
}
function ptNif(rng: Rng): string {
  const e = rng.pick(['1', '2', '3']) + N(rng, 7);
  const r = 11 - ([...e].reduce((a, d, i) => a + Number(d) * (9 - i), 0) % 11);
  return e + String(r >= 10 ? 0 : r);
}
function sin(rng: Rng): string {
  const e = rng.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + N(rng, 7);
  const s = e + luhnDigit(e);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}
function nir(rng: Rng): string {
  const b = dob(rng);
  const s = rng.pick(['1', '2']) + z2(b.y % 100) + z2(b.m) + z2(rng.int(1, 95)) + N(rng, 3) + N(rng, 3);
  const key = z2(97 - mod(s, 97));
  return `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10)} ${key}`;
}
function tfn(rng: Rng): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const e = rng.number(8);
    const partial = [...e].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
    for (let last = 0; last <= 9; last++) if ((partial + last * 10) % 11 === 0) return `${e.slice(0, 3)} ${e.slice(3, 6)} ${e.slice(6)}${last}`;
  }
}
function aadhaar(rng: Rng): string {
  const e = String(rng.int(2, 9)) + N(rng, 10);
  const s = e + verhoeffDigit(e);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
function cpf(rng: Rng): string {
  const nine = N(rng, 9);
  const s = nine + cpfDigits(nine);
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
function dni(rng: Rng): string {
  const d = N(rng, 8);
  return d + dniLetter(d);
}
function nie(rng: Rng): string {
  const x = rng.int(0, 2);
  const d = N(rng, 7);
  return 'XYZ'[x] + d + dniLetter(String(x) + d);
}

/** National ids: type → [generator, the cue its own people write before it]. */
export const NATIONAL16: Record<string, [(rng: Rng) => string, string[]]> = {
  'uk-nino': [nino, ['NI number', 'National Insurance No.']], 'es-dni': [dni, ['DNI', 'D.N.I.']], 'es-nie': [nie, ['NIE', 'N.I.E.']],
  'it-fiscal-code': [fiscal, ['Codice fiscale', 'C.F.']], 'in-aadhaar': [aadhaar, ['Aadhaar', 'आधार']], 'br-cpf': [cpf, ['CPF', 'CPF nº']],
  'pl-national-id': [pesel, ['PESEL', 'nr PESEL']], 'se-national-id': [personnummer, ['personnummer', 'Personnr']], 'fi-national-id': [hetu, ['henkilötunnus', 'HETU']],
  'no-national-id': [fodselsnummer, ['fødselsnummer', 'f.nr.']], 'be-national-id': [rijksregister, ['rijksregisternummer', 'n° de registre national']], 'nl-national-id': [bsn, ['BSN', 'burgerservicenummer']],
  'pt-tax-id': [ptNif, ['NIF', 'contribuinte n.º']], 'ca-national-id': [sin, ['SIN', 'NAS']], 'fr-national-id': [nir, ['n° de sécurité sociale', 'NIR']], 'au-tax-id': [tfn, ['TFN', 'Tax File Number']],
};

/** A national id of the type (random when absent), and the cue to write before it. */
export function nationalId(rng: Rng, type: string = rng.pick(Object.keys(NATIONAL16))): { cue: string; id: Piece } {
  const [make, cues] = NATIONAL16[type]!;
  return { cue: rng.pick(cues), id: gold(type, 'cued', make(rng)) };
}

/** An IPv4 (public or private) or IPv6 (compressed, full, link-local, v4-mapped) address. */
export function ip(rng: Rng, form = rng.pick(['v4-public', 'v4-public', 'v4-private', 'v6', 'v6-full', 'v6-link-local', 'v4-mapped'])): Piece {
  const o = () => rng.int(1, 254);
  const h = () => rng.chars(HEX, rng.int(1, 4)).replace(/^0+(?=.)/, '');
  const v4p = () => `${rng.pick([23, 31, 45, 62, 81, 91, 103, 151, 178, 185, 203, 212])}.${o()}.${o()}.${o()}`;
  const text = {
    'v4-public': v4p(), 'v4-private': rng.pick([`10.${o()}.${o()}.${o()}`, `192.168.${o()}.${o()}`, `172.${rng.int(16, 31)}.${o()}.${o()}`]),
    v6: `${rng.pick(['2001:db8', '2a01:4f8', '2607:f8b0', '2a02:1810'])}:${h()}:${h()}::${h()}`,
    'v6-full': `2a00:${Array.from({ length: 7 }, () => rng.chars(HEX, 4)).join(':')}`,
    'v6-link-local': `fe80::${h()}:${rng.chars(HEX, 2)}ff:fe${rng.chars(HEX, 2)}:${h()}`, 'v4-mapped': `::ffff:${v4p()}`,
  }[form]!;
  return gold('ip-address', form, text);
}

/** A MAC address (locally administered or vendor OUI) in colon, dash, Cisco dot or bare form. */
export function mac(rng: Rng, form = rng.pick(['colon', 'colon-upper', 'dash', 'cisco', 'bare'])): Piece {
  const b = rng.pick(['3c:22:fb', 'f0:18:98', 'b8:27:eb', '00:1a:11', 'a4:83:e7', 'dc:a6:32']).split(':').concat(Array.from({ length: 3 }, () => rng.chars(HEX, 2)));
  const s = b.join('');
  const text = { colon: b.join(':'), 'colon-upper': b.join(':').toUpperCase(), dash: b.join('-').toUpperCase(), cisco: `${s.slice(0, 4)}.${s.slice(4, 8)}.${s.slice(8)}`, bare: s.toUpperCase() }[form]!;
  return gold('mac-address', form, text);
}
