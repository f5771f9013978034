// Tuning cases for issue 17's set-12 classes, written from the formats' own documentation, never from a
// judge set: UPS tracking numbers (`1Z`, six characters, ten digits) after a parcel word in several
// languages, ISSNs under their labels (ISO 3297: four digits, four with a mod-11 check, `X` for ten;
// BibTeX `issn = {…}`), ISBN-10s (ISO 2108) with an `X` check character or after an `ISBN` word a few
// words before, object identifiers (ITU-T X.660 arcs: `OID for …:`, `urn:oid:` of RFC 3061, net-snmp's
// `snmpwalk … 1.3.6.1.2.1`), amounts with a currency before or after (CLDR's forms: `Rp 150.000.000`,
// `150.000 Ft`), dates with month names of other languages (CLDR's genitive forms through Intl), and
// IPv4 addresses after a version variable (`deploying $(VERSION) to …`). Beside each, what must stay
// found: streets with a house number, phones, addresses in prose, and versions after a version word.
// Every value is built at run time from parts.
import { chars, int, pad, pick, rng } from './personal-data.js';
import { mobile, type TuningCase } from './pii-tuning-set.js';
import { address } from './pii-version-uid-password-tuning.js';

type R = () => number;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** A UPS tracking number: `1Z`, a six-character shipper code, a service code and digits. */
function ups(r: R): string {
  return `1Z${chars(r, UPPER + DIGITS, 6)}${chars(r, DIGITS, 10)}`;
}

/** Another code that starts with a digit glued to letters and digits (a voucher, a booking code). */
function gluedCode(r: R): string {
  return `${int(r, 1, 9)}${chars(r, UPPER, 2)}${chars(r, UPPER + DIGITS, 5)}`;
}

const TRACKING_TEXTS: readonly string[] = [
  'Paczka {t} w drodze.',
  'Your parcel {t} is on its way',
  'Sendung {t} wird heute zugestellt.',
  'Zásilka {t} je na cestě',
  'Colis {t} en cours de livraison',
  'Paket {t} är på väg',
  'Csomag {t} kiszállítás alatt',
  'Kargo {t} yolda',
];

/** Streets with a house number that must stay found (one letter after the number allowed). */
function street(r: R): string {
  const n = int(r, 1, 240);
  return pick(r, [
    `ul. Długa ${n}`,
    `${n} Main St`,
    `Hauptstraße ${n}a`,
    `Via Roma ${n}`,
    `Kiannonkatu ${n}`,
    `Søndergade ${n}B`,
    `${n} Glyn Road`,
  ]);
}

function issn(r: R): string {
  const b = chars(r, DIGITS, 7);
  const s = [...b].reduce((a, c, i) => a + Number(c) * (8 - i), 0);
  const c = (11 - (s % 11)) % 11;
  return `${b.slice(0, 4)}-${b.slice(4)}${c === 10 ? 'X' : c}`;
}

const ISSN_TEXTS: readonly string[] = [
  '@article{ref,\n  journal = {Water Research},\n  issn    = {{i}},\n  year = {2026}\n}',
  '@article{x, eissn = {{i}}}',
  'ISSN {i} (print)',
  'eISSN: {i}',
  'ISSN-L {i}',
  'Czasopismo, ISSN {i}, wydanie 3',
  'Zeitschrift (ISSN: {i})',
];

/** An ISBN-10 body whose check character is `X` when `x` (else any). */
function isbn10(r: R, x: boolean): string {
  for (;;) {
    const b = chars(r, DIGITS, 9);
    const s = [...b].reduce((a, c, i) => a + Number(c) * (10 - i), 0);
    const c = (11 - (s % 11)) % 11;
    if (x && c !== 10) continue;
    return b + (c === 10 ? 'X' : String(c));
  }
}

function hyphenatedIsbn(v: string, sep: string): string {
  return `${v.slice(0, 2)}${sep}${v.slice(2, 5)}${sep}${v.slice(5, 9)}${sep}${v.slice(9)}`;
}

const ISBN_TEXTS: readonly string[] = [
  '@book{handbook,\n  isbn = {{b}},\n  title = {Hydrology Handbook}\n}',
  'Kernel 6.1 (ISBN of the book I follow {b}), fine so far',
  'Książka: {b}, wydanie drugie',
  'see {b} for the details',
  'Das Buch hat die ISBN der zweiten Auflage {b}',
];

const OID_TEXTS: readonly string[] = [
  '  # OID for the monitoring trap: {o}',
  'The OID of the attribute is {o}',
  'urn:oid:{o}',
  'snmpwalk -v2c -c public {a} {s}',
  'snmpget -v 2c -c public {a} {s}',
  'OID des Attributs: {o}',
];

/** A four-arc OID under one of the well-known roots (X.520 attributes, the SNMP internet arc). */
function oid(r: R): string {
  return pick(r, [`2.5.4.${int(r, 3, 45)}`, '1.3.6.1', `2.16.840.${int(r, 1, 9)}`, `1.2.840.${int(r, 10000, 113549)}`]);
}

/** An amount grouped in thousands with dots (`150.000.000`). */
function dotted(r: R, groups: number): string {
  return [String(int(r, 1, 999)), ...Array.from({ length: groups }, () => pad(int(r, 0, 999), 3))].join('.');
}

const AMOUNT_FORMS: ReadonlyArray<(r: R) => string> = [
  (r) => `Rp ${dotted(r, 2)}`,
  (r) => `Rp. ${dotted(r, 2)}`,
  (r) => `IDR ${dotted(r, 2)}`,
  (r) => `${dotted(r, 2)} ₫`,
  (r) => `₫${dotted(r, 2)}`,
  (r) => `${dotted(r, 2)} VND`,
  (r) => `${dotted(r, 2)} Ft`,
  (r) => `Ft ${dotted(r, 2)}`,
  (r) => `HUF ${dotted(r, 2)}`,
  (r) => `kr ${dotted(r, 2)}`,
  (r) => `${dotted(r, 2)} zł`,
  (r) => `₺${dotted(r, 2)}`,
  (r) => `${dotted(r, 2)} TL`,
  (r) => `R$ ${dotted(r, 2)}`,
  (r) => `CHF ${dotted(r, 2)}`,
];

const AMOUNT_TEXTS: readonly string[] = [
  'HOA dues {p} per year',
  'Harga {p}, nego',
  'Giá {p} đã gồm VAT',
  'az ár {p}',
  'Total {p}',
  'Fiyat {p} (KDV dahil)',
];

/** Phones beside an amount that must stay found. */
const PHONE_BESIDE_AMOUNT: ReadonlyArray<['ID' | 'HU' | 'PL' | 'TR' | 'DE', string]> = [
  ['ID', 'Harga {p}, hubungi {n}'],
  ['HU', 'Ár {p}, Tel. {n}'],
  ['PL', 'Cena {p}, tel. {n}'],
  ['TR', 'Fiyat {p}, Tel. {n}'],
  ['DE', 'Preis {p}, Tel. {n}'],
];

/** Dates as CLDR writes them in languages whose month names are capitalised or in the genitive. */
function localDate(r: R): string {
  const d = int(r, 1, 28);
  const y = int(r, 2019, 2027);
  const m = int(r, 0, 11);
  const f = pick(r, [
    ['el', { day: 'numeric', month: 'long', year: 'numeric' }],
    ['ru', { day: 'numeric', month: 'long', year: 'numeric' }],
    ['uk', { day: 'numeric', month: 'long', year: 'numeric' }],
    ['bg', { day: 'numeric', month: 'long', year: 'numeric' }],
    ['lt', { month: 'long', year: 'numeric' }],
    ['id', { day: 'numeric', month: 'long', year: 'numeric' }],
    ['hr', { day: 'numeric', month: 'long', year: 'numeric' }],
    ['sk', { day: 'numeric', month: 'long', year: 'numeric' }],
  ] as const);
  const out = new Intl.DateTimeFormat(f[0], { ...f[1], timeZone: 'UTC' }).format(new Date(Date.UTC(y, m, d)));
  // Capitalised as a sentence's or a heading's first word writes it, and without a trailing year word ("г.").
  return out.replace(/ ?(?:г\.|р\.|m\.|god\.|r\.)$/u, '').replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());
}

const DATE_TEXTS: readonly string[] = ['Ημερομηνία: {d}', 'Дата: {d}', 'Vydané {d}', 'Tanggal {d}', 'Datum: {d}', '{d}'];

const VIET_DATES = (r: R): string => `${int(r, 1, 28)} Tháng ${int(r, 1, 12)} ${int(r, 2019, 2027)}`;

const MAKE_TEXTS: readonly string[] = [
  '\t@echo "deploying $(VERSION) to {a}"',
  '\techo "pushing ${VERSION} to {a}"',
  'echo "release $VERSION from {a}"',
  'rsync -a dist/ deploy@{a}:/srv/app  # version from the tag',
  'Version 2 rolled out to {a} today',
  'install the build on {a}',
  'upgrade finished at {a}',
];

const VERSION_TEXTS: readonly string[] = ['version {v}', 'v{v}', 'firmware: {v}', 'build {v}', 'Version du client : {v}', 'Bump agent to {v}'];

function octetVersion(r: R): string {
  return [int(r, 1, 30), int(r, 0, 40), int(r, 0, 255), int(r, 1, 250)].join('.');
}

export function negatives12TuningSet(seed: number): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  for (const text of TRACKING_TEXTS) {
    // An SMS backup's element: its `address` attribute (the sender) is a street's context word.
    for (const t of [ups(r), gluedCode(r)]) out.push({ kind: 'tracking-number-no-street', text: `<sms address="INFO" body="${text.replace('{t}', t)}" />`, want: [] });
  }
  for (let k = 0; k < 6; k++) {
    const s = street(r);
    out.push({ kind: 'street-kept', text: `Paczka do odbioru: ${s}`, want: [{ type: 'street-address', value: s }] });
  }
  for (const text of ISSN_TEXTS) out.push({ kind: 'issn-no-phone', text: text.replace('{i}', issn(r)), want: [] });
  for (const text of ISBN_TEXTS) {
    out.push({ kind: 'isbn-no-phone', text: text.replace('{b}', hyphenatedIsbn(isbn10(r, true), pick(r, ['-', ' ']))), want: [] });
    if (text.includes('ISBN')) out.push({ kind: 'isbn-no-phone', text: text.replace('{b}', hyphenatedIsbn(isbn10(r, false), '-')), want: [] });
  }
  for (const text of OID_TEXTS) {
    const a = address(r);
    const want = text.includes('{a}') ? [{ type: 'ip-address', value: a }] : [];
    out.push({ kind: 'oid-no-ip', text: text.replace('{o}', oid(r)).replace('{s}', '1.3.6.1').replace('{a}', a), want });
  }
  for (const text of AMOUNT_TEXTS) {
    for (const form of AMOUNT_FORMS) if (r() < 0.5) out.push({ kind: 'amount-no-phone', text: text.replace('{p}', form(r)), want: [] });
  }
  for (const [region, text] of PHONE_BESIDE_AMOUNT) {
    const n = mobile(r, region)!.formatInternational();
    out.push({ kind: 'phone-beside-amount-kept', text: text.replace('{p}', pick(r, AMOUNT_FORMS)(r)).replace('{n}', n), want: [{ type: 'phone', value: n }] });
  }
  for (const text of DATE_TEXTS) {
    for (let k = 0; k < 3; k++) out.push({ kind: 'date-no-street', text: text.replace('{d}', localDate(r)), want: [] });
  }
  out.push({ kind: 'date-no-street', text: `Ngày ${VIET_DATES(r)}`, want: [] });
  out.push({ kind: 'date-no-street', text: VIET_DATES(r), want: [] });
  for (const text of MAKE_TEXTS) {
    const a = address(r);
    out.push({ kind: 'ip-after-version-variable', text: text.replace('{a}', a), want: [{ type: 'ip-address', value: a }] });
  }
  for (const text of VERSION_TEXTS) out.push({ kind: 'version-kept', text: text.replace('{v}', octetVersion(r)), want: [] });
  return out;
}
