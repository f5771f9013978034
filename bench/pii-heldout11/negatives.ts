// Hard negatives of set 11: identifiers and numbers a reviewer agrees are not personal data, each in
// its published shape with its own check digit where it has one (ISIN, LEI, CUSIP, VIN, GS1, ISBN,
// ISSN, UPU S10, ABA routing, ISO 11649, Swiss QR reference, NMEA). A draw is redone while its text or
// its digits read as a valid phone number of the regions of the file it is written into, or while its
// digits pass a judged value's check (a card's Luhn with a scheme BIN, Aadhaar, CPF), so nothing here
// is ambiguous. Device ids bound to a person, account numbers and tokens are not drawn at all.
import type { CountryCode } from 'libphonenumber-js/max';
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { cpfDigits, gs1Digit, ibanCheck, luhnDigit, luhnValid, mod97, verhoeffValid } from '../pii-heldout/checksums.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import { cardDigits } from './values.js';
import { RegionScope } from '../pii-heldout/region-scope.js';

const scope = new RegionScope(['US']);

/** Runs `make` with the regions whose phone numbers the negatives it draws must not be. */
export const withScope11 = <T>(regions: readonly CountryCode[], make: () => T): T => scope.within(regions, make);

const CARD_BIN = /^(4|5[1-5]|2[2-7]|3[47]|6011|64[4-9]|65|35[2-8]|36|30[0-5]|62|220[0-4]|60|652[12]|8[12])/;

/** True when the text could be read as a judged value: a phone of the scope or a checksummed id. */
function ambiguous(text: string): boolean {
  const d = text.replace(/[\s./-]/g, '');
  if (!noPhoneIn10(text, scope.current) || (/^\d{6,}$/.test(d) && !noPhoneIn10(d, scope.current))) return true;
  if (!/^\d+$/.test(d)) return false;
  if (d.length >= 12 && d.length <= 19 && CARD_BIN.test(d) && luhnValid(d)) return true;
  if (d.length === 12 && /^[2-9]/.test(d) && verhoeffValid(d)) return true;
  return d.length === 11 && cpfDigits(d.slice(0, 9)) === d.slice(9);
}

const letterValue = (s: string) => [...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
const group = (s: string, n: number, sep = ' ') => s.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), `$1${sep}`);

function vin(r: Rng): string {
  const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const v = r.pick(['1HG', 'WVW', 'WBA', 'VF1', 'ZFA', 'TMB', 'JN1', 'KMH', 'YV1', 'SAL', 'VSS', 'WDD', 'SUP', 'TRU']) + r.chars(A, 5) + '0' + r.chars(A, 8);
  const val = (c: string) => (/\d/.test(c) ? Number(c) : [1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9][c.charCodeAt(0) - 65]!);
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = [...v].reduce((a, c, i) => a + val(c) * w[i]!, 0) % 11;
  return v.slice(0, 8) + (sum === 10 ? 'X' : String(sum)) + v.slice(9);
}

function s10(r: Rng): string {
  const d = r.digits(8);
  const w = [8, 6, 4, 2, 3, 5, 9, 7];
  const c = 11 - ([...d].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11);
  return r.pick(['RR', 'CP', 'EE', 'LX', 'RB', 'UA']) + d + (c === 10 ? '0' : c === 11 ? '5' : String(c)) + r.pick(['PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'FI', 'SE', 'NO', 'DK', 'VN', 'TH', 'ID']);
}

function qrReference(r: Rng): string {
  const t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];
  const body = r.digits(26);
  let carry = 0;
  for (const c of body) carry = t[(carry + Number(c)) % 10]!;
  const s = body + String((10 - carry) % 10);
  return s.slice(0, 2) + ' ' + group(s.slice(2), 5);
}

function cusip(r: Rng): string {
  const b = r.chars(DIGITS, 3) + r.chars(UPPER + DIGITS, 5);
  let sum = 0;
  [...b].forEach((c, i) => { let v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; if (i % 2 === 1) v *= 2; sum += Math.floor(v / 10) + (v % 10); });
  return b + String((10 - (sum % 10)) % 10);
}

function nmeaSentence(body: string): string {
  let x = 0;
  for (const c of body) x ^= c.charCodeAt(0);
  return `${body}*${x.toString(16).toUpperCase().padStart(2, '0')}`;
}

function crc16(bytes: number[]): number {
  let c = 0xffff;
  for (const b of bytes) { c ^= b; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1; }
  return c;
}

const hex2 = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
const dd = (r: Rng) => String(r.int(1, 28)).padStart(2, '0');
const mm = (r: Rng) => String(r.int(1, 12)).padStart(2, '0');
const hhmm = (r: Rng) => `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;

export const KINDS11: Record<string, (r: Rng) => string> = {
  isin: (r) => { const b = r.pick(['US', 'DE', 'GB', 'PL', 'CZ', 'HU', 'FI', 'SE', 'DK', 'NO', 'TR', 'GR']) + r.chars(UPPER + DIGITS, 9); return b + luhnDigit(letterValue(b)); },
  lei: (r) => { const b = r.chars(UPPER + DIGITS, 4) + '00' + r.chars(UPPER + DIGITS, 12); return b + String(98 - mod97(b + '00')).padStart(2, '0'); },
  bic: (r) => r.chars(UPPER, 4) + r.pick(['PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'FI', 'SE', 'NO', 'DK', 'CH', 'DE']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.5) ? r.pick(['XXX', r.chars(UPPER + DIGITS, 3)]) : ''),
  cusip,
  vin,
  gtin: (r) => { const b = r.pick(['590', '859', '599', '594', '520', '869', '640', '73', '70', '57', '893', '885', '899']) ; const body = b + r.digits(12 - b.length); return body + gs1Digit(body); },
  sscc: (r) => { const b = String(r.int(0, 9)) + r.pick(['590', '859', '640', '400']) + r.digits(13); return `(00) ${b + gs1Digit(b)}`; },
  isbn: (r) => { const b = '978' + r.pick(['83', '80', '963', '973', '960', '975', '951', '91', '82', '87', '604', '616']) ; const body = b + r.digits(12 - b.length); return `${body.slice(0, 3)}-${body.slice(3, b.length)}-${body.slice(b.length, b.length + 4)}-${body.slice(b.length + 4)}-${gs1Digit(body)}`; },
  issn: (r) => { const d = r.digits(7); const c = (11 - ([...d].reduce((a, x, i) => a + Number(x) * (8 - i), 0) % 11)) % 11; return `${d.slice(0, 4)}-${d.slice(4)}${c === 10 ? 'X' : c}`; },
  doi: (r) => `10.${r.int(1000, 99999)}/${r.pick(['j.', 's', 'ijerph', 'nature', 'bmj.'])}${r.chars(DIGITS + 'abcdef', r.int(6, 12))}`,
  'hs-code': (r) => `${r.pick(['8471', '8517', '0901', '6403', '3004', '9018', '8703', '6109', '2204', '8542'])}.${r.digits(2)}${r.chance(0.6) ? '.' + r.digits(2) : ''}`,
  ndc: (r) => r.pick([`${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, `${r.digits(5)}-${r.digits(3)}-${r.digits(2)}`]),
  loinc: (r) => r.pick(['2345-7', '718-7', '4548-4', '2160-0', '6690-2', '777-3', '2093-3', '2571-8', '1742-6', '1920-8', '94500-6', '2951-2', '2823-3', '3016-3', '789-8', '785-6', '17861-6', '33914-3']),
  icd10: (r) => `${r.pick([...'ABCEIJKMNRZ'])}${r.digits(2)}${r.chance(0.8) ? '.' + r.digits(r.int(1, 2)) : ''}`,
  cpt: (r) => r.pick(['99213', '99214', '80053', '85025', '93000', '71046', '36415', '81001', '90471', '97110', '99203']),
  'flight-number': (r) => `${r.pick(['LO', 'OK', 'W6', 'RO', 'A3', 'TK', 'AY', 'SK', 'DY', 'VN', 'TG', 'GA', 'PR', 'KQ', 'LY', 'LH', 'KL'])}${r.chance(0.5) ? ' ' : ''}${r.int(1, 9999)}`,
  'pnr-locator': (r) => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  'ticket-number': (r) => `${r.pick(['080', '064', '281', '390', '235', '105', '117', '738', '217', '126', '079', '706', '114'])}${r.chance(0.5) ? '-' : ' '}${r.digits(10)}`,
  'bag-tag': (r) => `0${r.pick(['080', '235', '105', '117', '738'])}${r.chance(0.4) ? ' ' : ''}${r.digits(6)}`,
  'nmea-coordinate': (r) => `${String(r.int(0, 89)).padStart(2, '0')}${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(4)},${r.pick(['N', 'S'])},${String(r.int(0, 179)).padStart(3, '0')}${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(4)},${r.pick(['E', 'W'])}`,
  metar: (r) => `${r.pick(['EPWA', 'LKPR', 'LHBP', 'LROP', 'LGAV', 'LTFM', 'EFHK', 'ESSA', 'ENGM', 'EKCH', 'VVNB', 'VTBS', 'WIII', 'RPLL', 'HKJK', 'LLBG'])} ${dd(r)}${r.digits(2)}${r.pick(['00', '20', '50'])}Z ${String(r.int(0, 35) * 10).padStart(3, '0')}${String(r.int(2, 25)).padStart(2, '0')}KT ${r.pick(['9999', 'CAVOK', '4500 BR'])} ${r.pick(['FEW', 'SCT', 'BKN'])}0${r.int(10, 45)} ${String(r.int(0, 30)).padStart(2, '0')}/${String(r.int(0, 15)).padStart(2, '0')} Q${r.int(990, 1035)}`,
  semver: (r) => `${r.chance(0.3) ? 'v' : ''}${r.int(0, 14)}.${r.int(0, 40)}.${r.int(0, 30)}${r.chance(0.2) ? `-rc.${r.int(1, 5)}` : ''}`,
  'build-number': (r) => r.pick([`${r.int(2024, 2026)}${mm(r)}${dd(r)}.${r.int(1, 40)}`, `b${r.int(1000, 99999)}`, `${r.int(10, 34)}${r.pick(['A', 'B', 'C'])}${r.int(100, 999)}${r.chance(0.5) ? 'a' : ''}`]),
  uuid: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
  'git-sha': (r) => r.chars(HEX, r.pick([40, 40, 7, 12])),
  'image-digest': (r) => `sha256:${r.chars(HEX, 64)}`,
  checksum: (r) => r.chars(HEX, r.pick([64, 32])),
  timestamp: (r) => r.pick([
    `2026-${mm(r)}-${dd(r)}T${hhmm(r)}:${r.digits(1)}${r.digits(1)}${r.pick(['Z', '+01:00', '+07:00', '-05:00'])}`, `${dd(r)}.${mm(r)}.2026 ${hhmm(r)}`, `${r.int(1, 28)} ${r.pick(['stycznia', 'lutego', 'marca', 'grudnia'])} 2026`, `${r.int(1, 28)}. ${r.int(1, 12)}. 2026`, `2026. ${mm(r)}. ${dd(r)}.`,
    `${r.int(1, 28)}.${r.int(1, 12)}.2026 klo ${r.int(0, 23)}.${r.digits(1)}${r.digits(1)}`, `${dd(r)}/${mm(r)}/2026`, `${r.int(1, 28)} ${r.pick(['ธ.ค.', 'พ.ย.', 'ม.ค.'])} 2569`, `${r.int(1, 28)} ${r.pick(['Aralık', 'Kasım', 'Ocak'])} 2026`, `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${dd(r)} ${r.pick(['Nov', 'Dec'])} 2026 ${hhmm(r)}:00 GMT`,
  ]),
  duration: (r) => r.pick([`${String(r.int(0, 9)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`, `${r.int(1, 59)}m${r.int(0, 59)}s`, `PT${r.int(1, 12)}H${r.int(0, 59)}M`, `${r.int(1, 950)} ms`]),
  amount: (r) => r.pick([`${r.int(1, 999)}.${r.int(100, 999)},${r.digits(2)} €`, `${r.int(1, 99)} ${r.int(100, 999)},${r.digits(2)} zł`, `${r.int(1, 99)} ${r.int(100, 999)} Kč`, `${r.int(1, 999)}.${r.int(100, 999)} Ft`, `$${r.int(1, 99)},${r.int(100, 999)}.${r.digits(2)}`, `CHF ${r.int(1, 99)}'${r.int(100, 999)}.${r.digits(2)}`, `${r.int(1, 999)}.${r.int(100, 999)}.${r.int(100, 999)} ₫`, `Rp ${r.int(1, 999)}.${r.int(100, 999)}`, `${r.int(1, 99)},${r.int(100, 999)}.${r.digits(2)} ฿`, `${r.int(1, 99)}.${r.int(100, 999)},${r.digits(2)} TL`]),
  'amount-decimal-comma': (r) => r.pick([`${r.int(1, 99)}.${r.int(100, 999)},${r.digits(2)} €`, `${r.int(1, 99)} ${r.int(100, 999)},${r.digits(2)}`, `${r.int(1, 9999)},${r.digits(2)} kr`, `${r.int(1, 99)}.${r.int(100, 999)},${r.digits(2)} TL`, `${r.int(1, 999)},${r.digits(2)}`]),
  'invoice-number': (r) => r.pick([`FV/2026/${mm(r)}/${r.digits(4)}`, `INV-2026-${r.digits(6)}`, `FA-${r.int(2025, 2026)}-${r.digits(5)}`, `LASKU ${r.digits(6)}`]),
  'order-number': (r) => r.pick([`SO-${r.int(10000, 99999)}`, `#${r.int(100000, 999999)}`, `ORD-${r.chars(UPPER, 3)}-${r.digits(5)}`]),
  'claim-number': (r) => r.pick([`CLM-2026-${r.digits(7)}`, `SZK/${r.digits(5)}/2026`, `INC${r.digits(7)}`]),
  tracking: s10,
  arithmetic: (r) => { const a = r.int(12, 4096); const b = r.int(2, 64); return r.pick([`${a} × ${b} = ${a * b}`, `${a}*${b}=${a * b}`, `${a} + ${b} = ${a + b}`]); },
  'bad-iban': (r) => { const c = r.pick(['DE', 'PL', 'CZ', 'FI', 'SE']); const len = { DE: 18, PL: 24, CZ: 20, FI: 14, SE: 20 }[c]!; const b = r.digits(len); const ok = Number(ibanCheck(c, b)); const wrong = ((ok - 2 + r.int(1, 94)) % 95) + 2; return group(c + String(wrong).padStart(2, '0') + b, 4); },
  'bad-card': (r) => { const [, d] = cardDigits(r); const wrong = String((Number(d.slice(-1)) + r.int(1, 9)) % 10); return group(d.slice(0, -1) + wrong, 4); },
  oid: (r) => r.pick([`1.3.6.1.4.1.${r.int(100, 60000)}.${r.int(1, 20)}.${r.int(1, 9)}`, '2.16.840.1.113883.6.1', `1.2.840.${r.int(10000, 113999)}.1.${r.int(1, 9)}`, `2.5.4.${r.int(3, 12)}`]),
  coordinates: (r) => `${r.int(-45, 69)}.${r.digits(4)}, ${r.int(-120, 150)}.${r.digits(4)}`,
  'aba-routing': (r) => { const b = r.pick(['0', '1', '2', '3']) + r.digits(7); const w = [3, 7, 1, 3, 7, 1, 3, 7]; const s = [...b].reduce((a, c, i) => a + Number(c) * w[i]!, 0); return b + String((10 - (s % 10)) % 10); },
  'rf-reference': (r) => { const ref = r.chars(UPPER + DIGITS, r.int(6, 15)); return group('RF' + String(98 - mod97(ref + 'RF00')).padStart(2, '0') + ref, 4); },
  'qr-reference': qrReference,
  'ais-payload': (r) => nmeaSentence(`!AIVDM,1,1,,${r.pick(['A', 'B'])},${r.chars('0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw', 28)},0`),
  icao24: (r) => r.pick(['3C', '48', '4B', '46', '47', '50', '88', '8A', '73', '44']) + r.chars('0123456789ABCDEF', 4),
  'modbus-frame': (r) => { const b = [r.int(1, 32), r.pick([3, 4, 6, 16]), 0, r.int(0, 255), 0, r.int(1, 20)]; const c = crc16(b); return [...b, c & 0xff, c >> 8].map(hex2).join(' '); },
  'reg-hex': (r) => `hex:${Array.from({ length: r.int(8, 20) }, () => r.chars(HEX, 2)).join(',')}`,
  'trace-id': (r) => r.chars(HEX, 32),
  'lot-number': (r) => r.chars(UPPER, 2) + r.digits(4) + (r.chance(0.4) ? r.chars(UPPER, 1) : ''),
  'cert-fingerprint': (r) => Array.from({ length: 32 }, () => r.chars('0123456789ABCDEF', 2)).join(':'),
  'record-id': (r) => (r.chance(0.5) ? String(r.int(10000, 99999)) : `${r.pick(['rec', 'id', 'tx'])}_${r.digits(8)}`),
  'sku': (r) => `${r.chars(UPPER, 3)}-${r.digits(4)}-${r.chars(ALNUM.slice(0, 36), 2)}`,
};

/** A hard negative of `kind`, redrawn while ambiguous in the current scope. */
export function negative(rng: Rng, kind: string): Piece {
  const make = KINDS11[kind];
  if (!make) throw new Error(`unknown negative kind ${kind}`);
  for (let i = 0; i < 50; i++) {
    const text = make(rng);
    if (!ambiguous(text)) return neg(kind, kind, text);
  }
  throw new Error(`no unambiguous ${kind} in ${scope.current.join(' ')}`);
}

/** Shorthand: `N('isin')(rng)`. */
export const N = (kind: string) => (rng: Rng): Piece => negative(rng, kind);
