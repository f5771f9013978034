// Tuning cases for values enclosed in brackets and quotes (issue 17, helper `brackets`): phones of many
// regions in their national and international forms (libphonenumber-js's formatNational and
// formatInternational), area codes in brackets inside a number, the other types (SSN, card, IBAN, IP,
// MAC, national ids, e-mail, secrets), each enclosed whole in round, square, curly, full-width and CJK
// brackets, straight and typographic quotes; database errors that name the value's column; and hard
// negatives in brackets (years, versions, pids, epochs, sums, coordinates). Seeded; values built at
// run time. Not a held-out set: the detectors are tuned on it.
import type { CountryCode } from 'libphonenumber-js/max';
import { PHONE_REGIONS } from '../../checks/pii/detectors/phone.js';
import { aadhaar, card, chars, iban, int, isbn, pad, pick, rng, secrets, ssn } from './personal-data.js';
import { codiceFiscale, cpf, dni, mobile, type TuningCase } from './pii-tuning-set.js';

/** A case of this set: its enclosure (`form`) beside its kind. */
export interface BracketCase extends TuningCase {
  form: string;
}

/** The enclosures: a name for the report, the opening and the closing character. */
export const ENCLOSURES: ReadonlyArray<readonly [string, string, string]> = [
  ['none', '', ''],
  ['round', '(', ')'],
  ['square', '[', ']'],
  ['curly', '{', '}'],
  ['fullwidth-round', '\uff08', '\uff09'],
  ['lenticular', '\u3010', '\u3011'],
  ['corner', '\u300c', '\u300d'],
  ['double-quote', '"', '"'],
  ['single-quote', "'", "'"],
  ['guillemets', '\u00ab', '\u00bb'],
  ['low-high-quotes', '\u201e', '\u201c'],
  ['single-curly-quotes', '\u2018', '\u2019'],
];

/** Regions beyond PHONE_REGIONS, whose numbers data writes in international form. */
const MORE_REGIONS: readonly CountryCode[] = ['KR', 'ZA', 'AE', 'PH', 'NG', 'EG', 'SA', 'TH', 'VN', 'ID', 'MY', 'UA', 'GR', 'RO', 'CL', 'PE', 'HK', 'TW'];

const NAMES = ['Ana Silva', 'John Miller', 'Fatima Khan', 'Lena Vogel', 'Kenji Sato'];
/** Where an enclosed value stands (`%`): after a name, a label, alone, in CJK text, in a signature. */
const TEMPLATES = ['%N % called', 'contact: %', '%', '\u7535\u8bdd\uff1a%', 'Best regards, %N %', 'Rückruf bitte %, danke'];

function place(r: () => number, enclosed: string): string {
  return pick(r, TEMPLATES).replace('%N', pick(r, NAMES)).replace('%', enclosed);
}

/** Each value of `values` in every enclosure, at a drawn place in a text. */
function enclosedCases(r: () => number, kind: string, type: string, values: readonly string[], out: BracketCase[]): void {
  for (const v of values) {
    for (const [form, open, close] of ENCLOSURES) out.push({ kind, form, text: place(r, `${open}${v}${close}`), want: [{ type, value: v }] });
  }
}

/** Phones: national forms (PHONE_REGIONS) and international ones (those and more), and area codes in brackets. */
function phones(r: () => number, out: BracketCase[]): void {
  enclosedCases(r, 'phone-national', 'phone', PHONE_REGIONS.map((region) => mobile(r, region)!.formatNational()), out);
  enclosedCases(r, 'phone-international', 'phone', [...PHONE_REGIONS, ...MORE_REGIONS].map((region) => mobile(r, region)!.formatInternational()), out);
  enclosedCases(r, 'phone-e164', 'phone', [...PHONE_REGIONS.slice(0, 12), ...MORE_REGIONS.slice(0, 6)].map((region) => mobile(r, region)!.number), out);
  // An area code in brackets inside the number: "(415) 555-2671", "(0151) 12345678", "+44 (0)20 …".
  const us = mobile(r, 'US')!.formatNational();
  const de = mobile(r, 'DE')!.formatNational().replace(/^(0\d+) /, '($1) ');
  const gb = mobile(r, 'GB')!.formatInternational().replace(/^\+44 /, '+44 (0)');
  enclosedCases(r, 'phone-area-bracket', 'phone', [us, de, gb], out);
}

/** The other types, each in every enclosure. */
function others(r: () => number, out: BracketCase[]): void {
  const ip4 = `${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  const ip6 = `2001:db8:${chars(r, 'abcdef0123456789', 4)}::${int(r, 1, 9999)}`;
  const mac = Array.from({ length: 6 }, () => chars(r, '0123456789abcdef', 2)).join(':');
  const email = `${pick(r, ['ana.silva', 'j.miller', 'lena'])}${int(r, 1, 99)}@example.${pick(r, ['org', 'com', 'de'])}`;
  const c = cpf(r);
  const aad = aadhaar(r);
  const cases: Array<[string, string, string]> = [
    ['us-ssn', 'SSN', ssn(r)],
    ['credit-card', 'card', card(r, '4', 16)],
    ['iban', 'IBAN', iban(r, 'DE', 22)],
    ['ip-address', 'ip', ip4],
    ['ip-address', 'ip', ip6],
    ['mac-address', 'mac', mac],
    ['email', 'mail', email],
    ['es-dni', 'DNI', dni(r)],
    ['it-fiscal-code', 'codice fiscale', codiceFiscale(r)],
    ['br-cpf', 'CPF', `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`],
    ['in-aadhaar', 'Aadhaar', `${aad.slice(0, 4)} ${aad.slice(4, 8)} ${aad.slice(8)}`],
    ['secret', 'token', secrets.github(r)],
    ['secret', 'key', secrets.awsKeyId(r)],
  ];
  for (const [type, label, v] of cases) {
    for (const [form, open, close] of ENCLOSURES) out.push({ kind: type, form, text: `${label} ${open}${v}${close} here`, want: [{ type, value: v }] });
  }
}

/**
 * Database errors naming the value's column: PostgreSQL's `DETAIL:  Key (<col>)=(<value>) already
 * exists.` (one or two columns) and MySQL's `Duplicate entry '<value>' for key '<table>.<index>'`.
 * The column is the value's key: a phone's key is its cue, an order number's or an id's key says it
 * is no phone.
 */
function databaseMessages(r: () => number, out: BracketCase[]): void {
  const e164 = () => mobile(r, pick(r, ['DE', 'GB', 'FR', 'IT', 'ES', 'NL'] as CountryCode[]))!.number;
  const national = () => mobile(r, 'DE')!.formatNational();
  const pg = (cols: string, vals: string) => `ERROR:  duplicate key value violates unique constraint "t_key"\nDETAIL:  Key (${cols})=(${vals}) already exists.`;
  const p = (value: string) => [{ type: 'phone', value }];
  const written = e164();
  const bare = e164().slice(1);
  const bare2 = e164().slice(1);
  const bare3 = e164().slice(1);
  out.push({ kind: 'db-key-phone', form: 'postgresql', text: pg('phone', written), want: p(written) });
  out.push({ kind: 'db-key-phone', form: 'postgresql', text: pg('msisdn', bare), want: p(bare) });
  out.push({ kind: 'db-key-phone', form: 'postgresql', text: pg('tenant_id, phone', `${int(r, 1, 999)}, ${bare2}`), want: p(bare2) });
  out.push({ kind: 'db-key-phone', form: 'mysql', text: `Duplicate entry '${bare3}' for key 'users.phone'`, want: p(bare3) });
  const mail = `${pick(r, ['ana', 'lena', 'kenji'])}.${chars(r, 'abcdefgh', 5)}@example.org`;
  out.push({ kind: 'db-key-email', form: 'postgresql', text: pg('email', mail), want: [{ type: 'email', value: mail }] });
  out.push({ kind: 'db-key-email', form: 'mysql', text: `Duplicate entry '${mail}' for key 'users.email'`, want: [{ type: 'email', value: mail }] });
  // An order number's or an id's column: whatever the value's shape, not a phone.
  for (const col of ['order_no', 'invoice_number', 'contact_id', 'tracking_number']) out.push({ kind: 'not-db-key-other', form: 'postgresql', text: pg(col, national()), want: [] });
  out.push({ kind: 'not-db-key-other', form: 'mysql', text: `Duplicate entry '${national()}' for key 'orders.order_no'`, want: [] });
  out.push({ kind: 'not-db-key-other', form: 'postgresql', text: pg('id', String(int(r, 1_600_000_000, 1_800_000_000))), want: [] });
}

/** Hard negatives in brackets: numbers that are no personal value, enclosed as prose encloses them. */
function negatives(r: () => number, out: BracketCase[]): void {
  const values = [
    String(int(r, 1950, 2030)),
    `v${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 20)}.${int(r, 0, 99)}`,
    `pid ${int(r, 1000, 99999)}`,
    `#${int(r, 1, 9)}${chars(r, '0123456789', 9)}`,
    `ISBN ${isbn(r, 10)}`,
    String(int(r, 1_600_000_000, 1_800_000_000)),
    `${int(r, 1, 9)}${chars(r, '0123456789', 9)}`,
    `+${int(r, 1, 30)} %`,
    `${int(r, 10, 99)}.${int(r, 100, 999)},${pad(int(r, 0, 99))} €`,
    `GMT+${pad(int(r, 0, 12))}:00`,
    'x86_64',
    `${int(r, 2000, 2030)} - ${int(r, 1940, 1999)}`,
    `${int(r, 10, 60)}.${chars(r, '0123456789', 4)}, ${int(r, 1, 30)}.${chars(r, '0123456789', 4)}`,
    `see RFC ${int(r, 1000, 9999)}`,
    `${int(r, 1, 3)}/${int(r, 4, 9)}`,
    `${int(r, 10, 99)}.${int(r, 0, 9)}.${int(r, 10000, 29999)}.${int(r, 1000, 9999)}`,
    `${int(r, 2000, 2030)}-${pad(int(r, 1, 99999), 5)}`,
    `${pad(int(r, 1, 28))}.${pad(int(r, 1, 12))}.${int(r, 1950, 2030)}`,
  ];
  for (const v of values) {
    for (const [form, open, close] of ENCLOSURES) out.push({ kind: 'not-pii', form, text: `${pick(r, ['released', 'see', 'total', 'worker', 'note'])} ${open}${v}${close} ${pick(r, ['here', 'ok', 'today', 'exited'])}`, want: [] });
  }
}

/** The brackets tuning set of one seed. */
export function bracketsSet(seed = 17): BracketCase[] {
  const r = rng(seed * 104729 + 11);
  const out: BracketCase[] = [];
  phones(r, out);
  others(r, out);
  databaseMessages(r, out);
  negatives(r, out);
  return out;
}
