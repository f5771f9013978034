// Hard negatives of set 12: identifiers of things, not people (securities, legal entities, banks,
// vehicles of fleets, products, publications, codes of medicine and trade, flights, builds, digests,
// dates, amounts, document numbers, OIDs, coordinates, routing numbers) and near misses (IBANs and
// cards with a wrong check digit). A draw is redrawn while any digit run of it reads as a valid phone
// number of the regions of its file, or passes a judged checksum (Luhn with a scheme BIN, Aadhaar's
// Verhoeff, CPF, IBAN), so no negative is arguably personal data.
import type { CountryCode } from 'libphonenumber-js/max';
import { cpfDigits, gs1Digit, ibanCheck, ibanValid, isbn10Char, luhnDigit, luhnValid, mod97, verhoeffValid } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import { RegionScope } from '../pii-heldout/region-scope.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_VAL: Record<string, number> = Object.fromEntries([...'ABCDEFGH'].map((c, i) => [c, i + 1]).concat([...'JKLMN'].map((c, i) => [c, i + 1]), [['P', 7], ['R', 9]], [...'STUVWXYZ'].map((c, i) => [c, i + 2])));
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function vin(r: Rng): string {
  const v = [...(r.pick(['WVW', 'WBA', 'VF1', 'TMB', 'YV1', 'ZFA', '1FA', 'JTD', 'SAL', 'TRU']) + r.chars(VIN_CHARS, 14))];
  v[9] = r.pick([...'RSTVW']);
  const sum = v.reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : VIN_VAL[c]!) * VIN_W[i]!, 0);
  v[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v.join('');
}

function isin(r: Rng): string {
  const body = r.pick(['US', 'DE', 'PL', 'FI', 'SE', 'GB', 'FR', 'TR']) + r.chars(UPPER + DIGITS, 9);
  const digits = [...body].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return body + luhnDigit(digits);
}

function lei(r: Rng): string {
  const body = r.chars(UPPER + DIGITS, 4) + '00' + r.chars(UPPER + DIGITS, 12);
  return body + pad(98 - mod97(body + '00'), 2);
}

function loinc(r: Rng): string {
  const n = String(r.int(1000, 99999));
  // LOINC's check digit is mod 10 (Luhn) over the number.
  return `${n}-${luhnDigit(n)}`;
}

function aba(r: Rng): string {
  const d = [...(pad(r.int(1, 12), 2) + r.digits(6))].map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return d.join('') + String((10 - (s % 10)) % 10);
}

function badIban(r: Rng): string {
  const c = r.pick(['DE', 'PL', 'FR', 'NL', 'GR']);
  const bban = r.digits(c === 'PL' ? 24 : c === 'FR' ? 23 : c === 'NL' ? 0 : c === 'GR' ? 23 : 18) || r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10);
  const good = Number(ibanCheck(c, bban));
  return `${c}${pad((good + r.int(1, 8)) % 97 || 3, 2)}${bban}`.match(/.{1,4}/g)!.join(' ');
}

function badCard(r: Rng): string {
  const body = r.pick(['4', '51', '37', '6011']) + r.digits(14);
  const n = body.slice(0, 15) + String((Number(luhnDigit(body.slice(0, 15))) + r.int(1, 9)) % 10);
  return n.match(/.{1,4}/g)!.join(' ');
}

const LOC_DATES: Array<(r: Rng) => string> = [
  (r) => `${pad(r.int(1, 28), 2)}.${pad(r.int(1, 12), 2)}.${r.int(2019, 2027)}`,
  (r) => `${r.int(2019, 2027)}. ${pad(r.int(1, 12), 2)}. ${pad(r.int(1, 28), 2)}.`,
  (r) => `${r.int(1, 28)} ${r.pick(['stycznia', 'března', 'Ocak', 'toukokuuta', 'tháng 7', 'Μαΐου', 'septembrie', 'juni'])} ${r.int(2019, 2027)}`,
  (r) => `${r.int(2019, 2027)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}T${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}Z`,
];

/** The kinds: a maker per kind. */
export const KINDS12: Record<string, (r: Rng) => string> = {
  isin, lei, vin, loinc,
  bic: (r) => r.pick(['DEUT', 'PKOP', 'KOMB', 'OTPV', 'BTRL', 'ETHN', 'TGBA', 'NDEA', 'DABA', 'BFTV', 'CENA']) + r.pick(['DE', 'PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'FI', 'DK', 'VN', 'ID']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.5) ? r.chars(UPPER + DIGITS, 3) : ''),
  gtin13: (r) => { const b = r.pick(['590', '859', '599', '642', '520', '869', '642', '893', '899']) + r.digits(9); return b + gs1Digit(b); },
  sscc: (r) => { const b = r.int(0, 9) + r.pick(['590', '859', '400']) + r.digits(13); return `(00) ${b}${gs1Digit(b)}`; },
  isbn: (r) => { if (r.chance(0.5)) { const b = '978' + r.digits(9); return `${b.slice(0, 3)}-${b.slice(3, 5)}-${b.slice(5, 9)}-${b.slice(9)}-${gs1Digit(b)}`; } const b = r.digits(9); return `${b.slice(0, 2)}-${b.slice(2, 5)}-${b.slice(5)}-${isbn10Char(b)}`; },
  issn: (r) => { const b = r.digits(7); const s = [...b].reduce((a, c, i) => a + Number(c) * (8 - i), 0); const c = (11 - (s % 11)) % 11; return `${b.slice(0, 4)}-${b.slice(4)}${c === 10 ? 'X' : c}`; },
  doi: (r) => `10.${r.int(1000, 99999)}/${r.pick(['jama', 'nejm', 'j.cell', 'bmj', 's41586'])}.${r.int(2019, 2026)}.${r.int(10000, 999999)}`,
  'hs-code': (r) => `${pad(r.int(101, 9706), 4)}.${pad(r.int(10, 99), 2)}.${pad(r.int(0, 99), 2)}`,
  ndc: (r) => r.pick([`${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, `${r.digits(5)}-${r.digits(3)}-${r.digits(2)}`]),
  'icd-10': (r) => `${r.pick([...'ABCDEFGIJKLMNRSTZ'])}${pad(r.int(0, 99), 2)}.${r.int(0, 9)}${r.chance(0.3) ? r.int(0, 9) : ''}`,
  cpt: (r) => String(r.pick([99213, 99214, 80053, 85025, 71046, 93000, 36415, 90471])),
  'flight-number': (r) => `${r.pick(['LO', 'OK', 'W6', 'RO', 'A3', 'TK', 'AY', 'SK', 'DY', 'VN', 'TG', 'GA', 'PR', 'KQ'])}${r.int(1, 9999)}`,
  semver: (r) => `${r.int(0, 14)}.${r.int(0, 40)}.${r.int(0, 30)}${r.chance(0.3) ? `-rc.${r.int(1, 5)}` : ''}`,
  'build-number': (r) => r.pick([`#${r.int(100, 99999)}`, `${r.int(2024, 2026)}.${r.int(1, 12)}.${r.int(0, 9)}`, `b${r.int(1000, 9999)}`]),
  uuid: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
  'git-sha': (r) => r.chars(HEX, r.pick([7, 12, 40])),
  'image-digest': (r) => `sha256:${r.chars(HEX, 64)}`,
  'sha256-checksum': (r) => r.chars(HEX, 64),
  'md5-checksum': (r) => r.chars(HEX, 32),
  'date-locale': (r) => r.pick(LOC_DATES)(r),
  duration: (r) => r.pick([`PT${r.int(1, 23)}H${r.int(1, 59)}M`, `${pad(r.int(0, 99), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}.${r.digits(3)}`, `${r.int(1, 9999)} ms`]),
  amount: (r) => r.pick([`${r.int(1, 999)} ${pad(r.int(0, 999), 3)},${r.digits(2)} zł`, `${r.int(1, 99)}.${pad(r.int(0, 999), 3)},${r.digits(2)} Kč`, `€${r.int(1, 99)},${pad(r.int(0, 999), 3)}.${r.digits(2)}`, `${r.int(1, 999)}.${pad(r.int(0, 999), 3)} ₫`, `Rp ${r.int(1, 999)}.${pad(r.int(0, 999), 3)}.${pad(r.int(0, 999), 3)}`]),
  'invoice-number': (r) => r.pick([`${r.pick(['INV', 'FV', 'FA', 'RE', 'FT'])}-${r.int(2024, 2026)}-${r.chars(UPPER, 2)}${r.digits(5)}`, `${r.pick(['FV', 'FAK'])}/${r.chars(UPPER, 3)}/${r.digits(4)}/${r.int(24, 26)}`]),
  'order-number': (r) => `${r.pick(['#', 'ORD-', 'SO'])}${r.number(7)}`,
  'claim-number': (r) => `CLM-${r.int(2024, 2026)}-${r.chars(UPPER, 2)}${r.digits(5)}`,
  'tracking-number': (r) => `1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`,
  arithmetic: (r) => { const a = r.int(100, 9999), b = r.int(2, 999); return `${a} * ${b} = ${a * b}`; },
  'bad-iban': badIban,
  'bad-card': badCard,
  oid: (r) => r.pick(['1.2.840.113549.1.1.11', '2.5.4.3', '1.3.6.1.4.1.' + r.int(1000, 60000) + '.' + r.int(1, 9), '2.16.840.1.113883.' + r.int(1, 19) + '.' + r.int(1, 999)]),
  coordinates: (r) => `${(r.float() * 120 - 50).toFixed(6)}, ${(r.float() * 300 - 150).toFixed(6)}`,
  'aba-routing': aba,
  'hex-colour': (r) => `#${r.chars(HEX, 6)}`,
  'commit-ref': (r) => `refs/changes/${pad(r.int(1, 99), 2)}/${r.int(1000, 99999)}/${r.int(1, 12)}`,
  'lot-number': (r) => `LOT ${r.chars(UPPER, 2)}${r.digits(4)}${r.chars(ALNUM.slice(0, 26), 1)}`,
};

const scope = new RegionScope(['US']);

/** Runs `make` with hard negatives checked against `regions` (the file's regions). */
export const withRegions12 = <T>(regions: readonly CountryCode[], make: () => T): T => scope.within(regions, make);

const SCHEME_BIN = /^(4|5[1-5]|2[2-7]|3[4-9]|30|6|8[12])/;
/** True when a digit run (or the whole text's digits) passes a checksum the set judges. */
function judged(text: string, kind: string): boolean {
  const runs = [...(text.match(/\d[\d .-]*\d/g) ?? [])].flatMap((s) => [s.replace(/\D/g, ''), ...s.split(/[ .-]/)]);
  for (const d of runs) {
    if (kind !== 'bad-card' && d.length >= 13 && d.length <= 19 && SCHEME_BIN.test(d) && luhnValid(d)) return true;
    if (d.length === 12 && /^[2-9]/.test(d) && verhoeffValid(d)) return true;
    if (d.length === 11 && cpfDigits(d.slice(0, 9)) === d.slice(9)) return true;
  }
  if (kind !== 'bad-iban' && /[A-Z]{2}\d{2}/.test(text) && ibanValid(text.replace(/[^A-Z0-9]/g, '')) && text.replace(/[^A-Z0-9]/g, '').length >= 15) return true;
  if (/\b\d{3}-\d{2}-\d{4}\b/.test(text)) return true;
  return false;
}

function phoneLike(text: string): boolean {
  // The whole digit string only for digit negatives (a date, an amount); runs and the text for all.
  const runs = [text, ...(/[A-Za-z]/.test(text) ? [] : [text.replace(/\D/g, '')]), ...(text.match(/\d[\d .()/-]{5,}\d/g) ?? [])];
  return runs.some((s) => s.replace(/\D/g, '').length >= 5 && !noPhoneIn10(s, scope.current));
}

/** A hard negative of `kind`, redrawn while it reads as a phone of the scope or passes a judged checksum. */
export function negative(rng: Rng, kind: string, form = kind): Piece {
  const make = KINDS12[kind];
  if (!make) throw new Error(`no negative kind ${kind}`);
  for (let i = 0; ; i++) {
    const text = make(rng);
    if (!phoneLike(text) && !judged(text, kind)) return neg(kind, form, text);
    if (i > 500) throw new Error(`${kind}: every draw reads as a phone or a judged value in ${scope.current.join(' ')}`);
  }
}

/** Shorthand: `n(rng, 'isin')`. */
export const n = negative;

/** The regions hard negatives are checked against now (the file being written). */
export const currentRegions = (): readonly CountryCode[] => scope.current;
