// Hard negatives: values that are not personal data but share a shape with some (digit runs, dotted
// quads, letter+digit codes), each labelled by its kind. Written from their own formats: GS1 barcodes
// and ISBNs with valid check digits, carriers' tracking formats, SAP document number ranges, the
// date and time forms of logs and of several countries, IBANs and cards with a wrong check digit.
import { gs1Digit, isbn10Char, luhnValid } from './checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from './prng.js';
import { card, iban, type Value } from './values.js';

export const NEGATIVE_KINDS = [
  'version', 'sku', 'barcode', 'order-number', 'sap-number', 'timestamp', 'date', 'time', 'epoch', 'tracking-number',
  'isbn', 'arithmetic', 'decimal', 'part-number', 'bad-iban', 'bad-card', 'hash', 'uuid', 'coordinates', 'url-number',
] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function version(r: Rng): Value {
  const kind = r.weighted([['3-part', 4], ['4-part', 3], ['v-prefix', 2], ['pre-release', 1]] as const);
  const p = () => r.weighted([[r.int(0, 9), 5], [r.int(10, 40), 3], [r.int(41, 255), 1]] as const);
  if (kind === '4-part') return { text: `${r.int(1, 20)}.${p()}.${p()}.${p()}`, form: kind };
  const v = `${r.int(0, 12)}.${p()}.${p()}`;
  if (kind === 'v-prefix') return { text: `v${v}`, form: kind };
  if (kind === 'pre-release') return { text: `${v}-${r.pick(['rc', 'beta', 'alpha'])}.${r.int(1, 9)}`, form: kind };
  return { text: v, form: kind };
}

function sku(r: Rng): Value {
  return r.pick([
    { text: `${r.chars(UPPER, 2)}-${r.digits(r.int(4, 6))}-${r.chars(UPPER, r.int(2, 3))}`, form: 'letters-digits' },
    { text: `${r.number(3)}-${r.digits(3)}-${r.digits(3)}`, form: 'digit-groups' },
    { text: `${r.chars(UPPER, 3)}${r.digits(6)}`, form: 'prefix-digits' },
    { text: `${r.digits(5)}-${r.digits(2)}`, form: 'short' },
  ]);
}

/** EAN-13 (GS1 prefixes of several countries), UPC-A and EAN-8; some EAN-13 chosen to pass Luhn as well. */
function barcode(r: Rng): Value {
  const kind = r.weighted([['ean13', 3], ['ean13-luhn', 2], ['upca', 2], ['ean8', 1]] as const);
  if (kind === 'upca') {
    const b = r.digits(11);
    return { text: b + gs1Digit(b), form: kind };
  }
  if (kind === 'ean8') {
    const b = r.digits(7);
    return { text: b + gs1Digit(b), form: kind };
  }
  for (;;) {
    const b = r.pick(['400', '401', '426', '300', '350', '500', '690', '800', '840', '871', '880', '490', '978']) + r.digits(9);
    const full = b + gs1Digit(b);
    if (kind === 'ean13' || luhnValid(full)) return { text: full, form: kind };
  }
}

function orderNumber(r: Rng): Value {
  return r.pick([
    { text: pad(r.int(1, 9_999_999), 10), form: 'zero-padded-10' },
    { text: `ORD-${r.int(2015, 2026)}-${pad(r.int(1, 999_999), 6)}`, form: 'prefixed' },
    { text: `${r.int(100_000_000, 199_999_999)}`, form: '9-digit' },
    { text: `INV-${pad(r.int(1, 99_999), 6)}`, form: 'invoice' },
    { text: `${r.int(2019, 2026)}${pad(r.int(1, 999_999), 6)}`, form: 'year-serial' },
  ]);
}

/** SAP document numbers: 10 digits in the ranges of purchase orders, material documents, deliveries, billing. */
function sapNumber(r: Rng): Value {
  return { text: r.pick(['45', '49', '50', '80', '90', '10']) + r.digits(8), form: '10-digit' };
}

function timestamp(r: Rng): Value {
  const y = r.int(2012, 2026);
  const mo = r.int(1, 12);
  const d = r.int(1, 28);
  const h = r.int(0, 23);
  const mi = r.int(0, 59);
  const s = r.int(0, 59);
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  const hms = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  return r.pick([
    { text: `${iso}T${hms}Z`, form: 'iso-z' },
    { text: `${iso}T${hms}.${pad(r.int(0, 999), 3)}${r.pick(['+01:00', '+05:30', '-07:00', 'Z'])}`, form: 'iso-offset' },
    { text: `${iso} ${hms}`, form: 'iso-space' },
    { text: `${pad(d)}.${pad(mo)}.${y} ${pad(h)}:${pad(mi)}`, form: 'de' },
    { text: `${pad(mo)}/${pad(d)}/${y} ${pad(h % 12 || 12)}:${pad(mi)}:${pad(s)} ${h < 12 ? 'AM' : 'PM'}`, form: 'us' },
    { text: `${r.pick(DAYS)}, ${pad(d)} ${MONTHS[mo - 1]} ${y} ${hms} +0000`, form: 'rfc2822' },
    { text: `${MONTHS[mo - 1]} ${String(d).padStart(2, ' ')} ${hms}`, form: 'syslog' },
    { text: `${y}${pad(mo)}${pad(d)}T${pad(h)}${pad(mi)}${pad(s)}Z`, form: 'compact' },
    { text: `${y}${pad(mo)}${pad(d)}${pad(h)}${pad(mi)}${pad(s)}`, form: 'digits-14' },
    { text: `${pad(d)}/${MONTHS[mo - 1]}/${y}:${hms} +0000`, form: 'clf' },
  ]);
}

function date(r: Rng): Value {
  const y = r.int(1995, 2026);
  const mo = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick([
    { text: `${y}-${pad(mo)}-${pad(d)}`, form: 'iso' },
    { text: `${pad(d)}.${pad(mo)}.${y}`, form: 'dotted' },
    { text: `${pad(d)}/${pad(mo)}/${y}`, form: 'dmy-slash' },
    { text: `${pad(mo)}/${pad(d)}/${y}`, form: 'mdy-slash' },
    { text: `${y}/${pad(mo)}/${pad(d)}`, form: 'ymd-slash' },
    { text: `${pad(d)}-${pad(mo)}-${y}`, form: 'dmy-dash' },
    { text: `${y}${pad(mo)}${pad(d)}`, form: 'digits-8' },
    { text: `${d}.${mo}.${pad(y % 100)}`, form: 'short' },
    { text: `${y}年${mo}月${d}日`, form: 'ja' },
  ]);
}

function time(r: Rng): Value {
  const h = r.int(0, 23);
  const m = r.int(0, 59);
  return r.pick([
    { text: `${pad(h)}:${pad(m)}`, form: 'hm' },
    { text: `${pad(h)}:${pad(m)}:${pad(r.int(0, 59))}`, form: 'hms' },
    { text: `${pad(h)}:${pad(m)}:${pad(r.int(0, 59))}.${pad(r.int(0, 999), 3)}`, form: 'hms-ms' },
    { text: `${h}h${pad(m)}`, form: 'fr' },
    { text: `${h}.${pad(m)} Uhr`, form: 'de' },
  ]);
}

function epoch(r: Rng): Value {
  const s = r.int(1_300_000_000, 1_800_000_000);
  return r.chance(0.6) ? { text: String(s), form: 'seconds' } : { text: `${s}${pad(r.int(0, 999), 3)}`, form: 'millis' };
}

/** UPU S10 item id (two letters, eight digits, its mod-11 check digit, country). */
function s10(r: Rng): string {
  const d = r.digits(8);
  const sum = [...d].reduce((a, c, i) => a + Number(c) * [8, 6, 4, 2, 3, 5, 9, 7][i]!, 0);
  const c = 11 - (sum % 11);
  return `${r.pick(['RR', 'CP', 'LX', 'EE', 'RB'])}${d}${c === 10 ? 0 : c === 11 ? 5 : c}${r.pick(['DE', 'GB', 'FR', 'CN', 'NL'])}`;
}

function tracking(r: Rng): Value {
  return r.pick([
    { text: `1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`, form: 'ups' },
    { text: r.number(12), form: 'fedex-12' },
    { text: r.number(15), form: 'fedex-15' },
    { text: (r.pick(['9400', '9205', '9361']) + r.digits(18)).replace(/(\d{4})(?=\d)/g, '$1 '), form: 'usps-spaced' },
    { text: r.pick(['9400', '9205', '9361']) + r.digits(18), form: 'usps' },
    { text: r.number(10), form: 'dhl-10' },
    { text: s10(r), form: 'upu-s10' },
  ]);
}

function isbn(r: Rng): Value {
  if (r.chance(0.5)) {
    const b = r.pick(['0', '1', '3', '2', '84', '88']) ;
    const body = (b + r.digits(9)).slice(0, 9);
    const full = body + isbn10Char(body);
    return r.chance(0.5) ? { text: full, form: 'isbn10' } : { text: `${full[0]}-${full.slice(1, 4)}-${full.slice(4, 9)}-${full[9]}`, form: 'isbn10-hyphen' };
  }
  const body = r.pick(['978', '979']) + r.digits(9);
  const full = body + gs1Digit(body);
  return r.chance(0.5) ? { text: full, form: 'isbn13' } : { text: `${full.slice(0, 3)}-${full[3]}-${full.slice(4, 7)}-${full.slice(7, 12)}-${full[12]}`, form: 'isbn13-hyphen' };
}

function arithmetic(r: Rng): Value {
  const a = r.int(100, 99_999);
  const b = r.int(10, a);
  const op = r.pick(['-', '+', '*', '/'] as const);
  if (op === '-') return { text: `${a} - ${b} = ${a - b}`, form: 'minus' };
  if (op === '+') return { text: `${a} + ${b} = ${a + b}`, form: 'plus' };
  if (op === '*') {
    const x = r.int(12, 999);
    const y = r.int(12, 999);
    return { text: `${x} * ${y} = ${x * y}`, form: 'times' };
  }
  const q = r.int(12, 9999);
  const dv = r.int(2, 99);
  return { text: `${q * dv} / ${dv} = ${q}`, form: 'divide' };
}

function decimal(r: Rng): Value {
  const int = r.int(1, 9_999_999);
  const cents = pad(r.int(0, 99));
  const en = int.toLocaleString('en-US');
  return r.pick([
    { text: `$${en}.${cents}`, form: 'usd' },
    { text: `€${int.toLocaleString('de-DE')},${cents}`, form: 'eur-de' },
    { text: `${int.toLocaleString('fr-FR')},${cents} €`, form: 'eur-fr' },
    { text: `₹${int.toLocaleString('en-IN')}.${cents}`, form: 'inr' },
    { text: `CHF ${int.toLocaleString('de-CH')}.${cents}`, form: 'chf' },
    { text: `${r.int(0, 999)}.${r.digits(r.int(3, 7))}`, form: 'plain' },
    { text: `${en}.${cents}`, form: 'grouped' },
  ]);
}

function partNumber(r: Rng): Value {
  return r.pick([
    { text: `${r.number(3)}.${r.digits(3)}.${r.digits(2)}`, form: 'furniture' },
    { text: `${r.number(4)}-${r.digits(4)}-${r.digits(2)}`, form: 'dashed' },
    { text: `${r.chars(UPPER, 1)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}-${r.digits(2)}`, form: 'automotive' },
  ]);
}

function hash(r: Rng): Value {
  const n = r.pick([7, 32, 40, 64]);
  return { text: r.chars(HEX, n), form: { 7: 'git-short', 32: 'md5', 40: 'sha1', 64: 'sha256' }[n]! };
}

function uuid(r: Rng): Value {
  const h = r.chars(HEX, 32);
  return { text: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`, form: 'v4' };
}

function coordinates(r: Rng): Value {
  const lat = (r.float() * 180 - 90).toFixed(r.int(4, 6));
  const lon = (r.float() * 360 - 180).toFixed(r.int(4, 6));
  if (r.chance(0.7)) return { text: r.chance(0.5) ? `${lat}, ${lon}` : `${lat},${lon}`, form: 'decimal' };
  const dms = (v: number, pos: string, neg: string) => `${Math.floor(Math.abs(v))}°${pad(r.int(0, 59))}′${pad(r.int(0, 59))}″${v >= 0 ? pos : neg}`;
  return { text: `${dms(Number(lat), 'N', 'S')} ${dms(Number(lon), 'E', 'W')}`, form: 'dms' };
}

function urlNumber(r: Rng): Value {
  return { text: `https://${r.pick(['shop', 'www', 'tickets'])}.${r.pick(['example.com', 'example.org', 'beispiel.de'])}/${r.pick(['p', 'item', 'order', 'ticket'])}/${r.number(r.int(9, 12))}`, form: 'path-id' };
}

const GENERATORS: Record<NegativeKind, (r: Rng) => Value> = {
  version, sku, barcode, 'order-number': orderNumber, 'sap-number': sapNumber, timestamp, date, time, epoch,
  'tracking-number': tracking, isbn, arithmetic, decimal, 'part-number': partNumber,
  'bad-iban': (r) => iban(r, false), 'bad-card': (r) => card(r, false), hash, uuid, coordinates, 'url-number': urlNumber,
};

export function negative(r: Rng, kind: NegativeKind): Value {
  return GENERATORS[kind](r);
}
