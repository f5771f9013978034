// Hard negatives of set 5: values that look like personal data and are not. Telecom (IMEI with its
// Luhn digit per 3GPP TS 23.003, IMSI, cell ids), retail (EAN-13/UPC-A/GTIN-14 with GS1 check digits,
// SKUs, order ids, carrier tracking numbers of UPS/FedEx/USPS/DHL/Royal Mail shapes, amounts in
// several locales), payments (masked PANs, BINs, Luhn-failing PANs, IBANs failing mod 97, BICs of ISO
// 9362, SEPA mandate references and creditor identifiers), devices and software (serials, versions of
// 3–5 parts, memory addresses, thread and build ids, line:col, resourceVersion, GPS, RSSI), times.
// A digit run is redrawn while it reads as a valid phone of its context's regions.
import type { CountryCode } from 'libphonenumber-js/max';
import { gs1Digit, luhnDigit, luhnValid } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { plausiblePhone } from './phones.js';
import { cardDigits, ibanCompact, IBAN_COUNTRIES, printIban } from './values.js';

const CONTEXT: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'IT', 'ES'];

/** Draws until the text is not a valid phone of the context regions (then `fallback`, a non-phone shape). */
function notPhone(rng: Rng, draw: () => string, fallback?: () => string, regions = CONTEXT): string {
  for (let i = 0; i < 60; i++) {
    const t = draw();
    if (!plausiblePhone(t, regions)) return t;
  }
  if (fallback) return fallback();
  throw new Error('every draw read as a phone');
}

export const imei = (rng: Rng): Piece => {
  const body = notPhone(rng, () => {
    const b = rng.pick(['35', '86', '01', '99']) + rng.digits(12);
    return b + luhnDigit(b);
  });
  return neg('imei', 'luhn-15', body);
};
export const imsi = (rng: Rng): Piece => neg('imsi', 'mcc-mnc-msin', notPhone(rng, () => rng.pick(['26201', '23415', '20801', '310260', '40445', '72405', '22210']) + rng.digits(10)).slice(0, 15));
export const cellId = (rng: Rng): Piece => neg('cell-id', rng.pick(['ecgi', 'lac-ci']), rng.chance(0.5) ? `${rng.pick(['262', '234', '208'])}-${rng.pick(['01', '15', '20'])}-${rng.int(1000, 65000)}-${rng.int(1, 268435455)}` : `${rng.int(100, 65533)}/${rng.int(1000, 65535)}`);
export const duration = (rng: Rng): Piece => neg('duration', rng.pick(['seconds', 'hms']), rng.chance(0.5) ? String(rng.int(1, 7200)) : `${String(rng.int(0, 2)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);

export type Locale = 'en' | 'de' | 'fr' | 'ch' | 'in';
export function amount(rng: Rng, locale: Locale = 'en'): Piece {
  const whole = rng.int(0, 1_999_999);
  const cents = String(rng.int(0, 99)).padStart(2, '0');
  const grouped = (sep: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const text = { en: `${grouped(',')}.${cents}`, de: `${grouped('.')},${cents}`, fr: `${grouped('\u202f')},${cents}`, ch: `${grouped("'")}.${cents}`, in: `${String(whole).replace(/\B(?=(\d{2})*\d{3}$)/g, ',')}.${cents}` }[locale];
  return neg('amount', locale, text);
}

export function barcode(rng: Rng, kind?: 'ean13' | 'upca' | 'gtin14'): Piece {
  const k = kind ?? rng.pick(['ean13', 'upca', 'gtin14'] as const);
  const len = { ean13: 12, upca: 11, gtin14: 13 }[k];
  const text = notPhone(rng, () => {
    const body = (k === 'ean13' ? rng.pick(['40', '50', '76', '80', '84', '89', '978']) : k === 'gtin14' ? rng.pick(['1', '2', '3']) : '0');
    const b = body + rng.digits(len - body.length);
    return b + gs1Digit(b);
  });
  // Some pass Luhn too: they look like a card number's checksum as well.
  return neg('barcode', `${k}${luhnValid(text) ? '-luhn' : ''}`, text);
}

export const sku = (rng: Rng): Piece => neg('sku', 'sku', rng.pick([`${rng.chars(UPPER, 3)}-${rng.digits(4)}-${rng.chars(UPPER, 2)}`, `${rng.digits(3)}.${rng.digits(3)}.${rng.digits(2)}`, `SKU${rng.digits(7)}`]));
export const orderId = (rng: Rng): Piece => neg('order-id', rng.pick(['shop', 'sap', 'marketplace']), rng.pick([`#${rng.int(100000, 999999)}`, notPhone(rng, () => `45${rng.digits(8)}`), `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`]));

export function tracking(rng: Rng): Piece {
  const k = rng.pick(['ups', 'fedex', 'usps', 'dhl', 'royal-mail'] as const);
  const text = {
    ups: () => `1Z${rng.chars(UPPER + DIGITS, 6)}${rng.digits(10)}`,
    fedex: () => notPhone(rng, () => rng.number(12)),
    usps: () => `94${rng.digits(20)}`,
    dhl: () => notPhone(rng, () => `${rng.int(1, 9)}${rng.digits(9)}`, () => `JJD${rng.digits(18)}`),
    'royal-mail': () => `${rng.chars(UPPER, 2)}${rng.digits(9)}GB`,
  }[k]();
  return neg('tracking-number', k, text);
}

export const version = (rng: Rng, parts?: number): Piece => {
  const n = parts ?? rng.int(3, 5);
  return neg('version', `${n}-part`, Array.from({ length: n }, (_, i) => String(i === 0 ? rng.int(1, 24) : rng.int(0, i === n - 1 ? 9999 : 250))).join('.'));
};

export const maskedPan = (rng: Rng): Piece => neg('masked-pan', rng.pick(['stars', 'bullets', 'first6-last4']), rng.pick([`**** ${rng.digits(4)}`, `•••• •••• •••• ${rng.digits(4)}`, `${rng.pick(['424242', '555555', '378282'])}******${rng.digits(4)}`]));
export const bin = (rng: Rng): Piece => neg('bin', rng.pick(['6', '8']), rng.pick(['4', '51', '37', '6011']) + rng.digits(4));

export function badCard(rng: Rng): Piece {
  const c = cardDigits(rng, rng.pick(['visa', 'mastercard']));
  const last = (Number(c.digits.slice(-1)) + rng.int(1, 9)) % 10;
  return neg('bad-card', 'luhn-fails', `${c.digits.slice(0, -1)}${last}`.replace(/(\d{4})(?=\d)/g, '$1 '));
}

export const badIban = (rng: Rng): Piece => {
  const c = ibanCompact(rng, rng.pick(IBAN_COUNTRIES), true);
  return neg('bad-iban', 'mod97-fails', rng.chance(0.5) ? printIban(c) : c);
};

export const bic = (rng: Rng): Piece => neg('bic', rng.pick(['8', '11']), `${rng.chars(UPPER, 4)}${rng.pick(['DE', 'FR', 'GB', 'NL', 'IT', 'ES'])}${rng.chars(UPPER + DIGITS, 2)}${rng.chance(0.5) ? rng.chars(UPPER + DIGITS, 3) : ''}`);
export const mandateRef = (rng: Rng): Piece => neg('mandate-ref', 'sepa', `MNDT-${rng.digits(4)}-${rng.chars(UPPER + DIGITS, 8)}`);
// A SEPA creditor identifier has an IBAN-like head (country, check digits) and `ZZZ` business code.
export const creditorId = (rng: Rng): Piece => neg('creditor-id', 'sepa-ci', `${rng.pick(['DE', 'NL', 'FR', 'IT'])}${rng.digits(2)}ZZZ${rng.digits(11)}`);

export const memAddress = (rng: Rng): Piece => neg('memory-address', '64-bit', `0x${rng.pick(['7ffd', '0000', '7f3a', '5600'])}${rng.chars(HEX, 8)}`);
export const threadId = (rng: Rng): Piece => neg('thread-id', 'tid', notPhone(rng, () => String(rng.int(1000, 2_000_000))));
export const buildId = (rng: Rng): Piece => neg('build-id', rng.pick(['gnu', 'ci']), rng.chance(0.5) ? rng.chars(HEX, 40) : `${rng.int(2024, 2026)}${rng.digits(4)}.${rng.int(1, 999)}`);
export const lineCol = (rng: Rng): Piece => neg('line-col', 'line:col', `${rng.int(1, 4000)}:${rng.int(1, 120)}`);
export const resourceVersion = (rng: Rng): Piece => neg('resource-version', 'etcd', notPhone(rng, () => rng.number(rng.int(7, 10))));
export const serial = (rng: Rng): Piece => neg('serial-number', rng.pick(['vendor', 'numeric']), rng.chance(0.6) ? `${rng.chars(UPPER, 3)}${rng.digits(2)}${rng.chars(UPPER + DIGITS, 6)}` : notPhone(rng, () => rng.number(11)));
export const gps = (rng: Rng): Piece => neg('gps', 'decimal-degrees', `${(rng.float() * 140 - 70).toFixed(6)}`);
export const rssi = (rng: Rng): Piece => neg('rssi', 'dbm', `-${rng.int(30, 110)}`);
export const epoch = (rng: Rng, ms = false): Piece => neg('epoch', ms ? 'ms' : 's', notPhone(rng, () => String(1_700_000_000 + rng.int(0, 90_000_000)) + (ms ? rng.digits(3) : '')));

export function timestamp(rng: Rng, form?: 'iso' | 'cdr' | 'eu' | 'syslog'): Piece {
  const f = form ?? rng.pick(['iso', 'cdr', 'eu', 'syslog'] as const);
  const [mo, d, h, mi, s] = [rng.int(1, 12), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)].map((x) => String(x).padStart(2, '0'));
  const text = { iso: `2026-${mo}-${d}T${h}:${mi}:${s}.${rng.digits(3)}Z`, cdr: `2026${mo}${d}${h}${mi}${s}`, eu: `${d}.${mo}.2026 ${h}:${mi}`, syslog: `Nov ${d} ${h}:${mi}:${s}` }[f];
  return neg('timestamp', f, text);
}
