// Tuning cases for the identifier classes of issue 17 (held-out set 8's failure classes, written here
// from the formats' own documentation, never from a judge set): US SSNs without dashes in ANSI X12
// segments (REF01 qualifier `SY`, NM108 qualifier `34`) and after the words tickets of eight languages
// use for them, with the SSA's never-issued numbers as hard negatives; bare Aadhaar numbers after a
// cue further back in the sentence and whole cells of Aadhaar, CPF and MAC columns without separators;
// 13-digit Luhn numbers that are GS1 numbers (GLN, EAN-13), Mastercard's 2-series after a date, a time
// or an amount on a receipt line, and receipt numbers. Values are built at run time from parts.
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { cuedContext } from '../../checks/pii/value-cues.js';
import { aadhaar, card, chars, int, pick, rng } from './personal-data.js';
import { cpf, gs1Check, type TuningCase } from './pii-tuning-set.js';

type R = () => number;
const DIG = '0123456789';

/** An issuable SSN as nine digits (area 001–899 but 666, group 01–99, serial 0001–9999; not 123456789). */
function ssnDigits(r: R): string {
  for (;;) {
    const area = int(r, 1, 899);
    const v = String(area).padStart(3, '0') + String(int(r, 1, 99)).padStart(2, '0') + String(int(r, 1, 9999)).padStart(4, '0');
    if (area !== 666 && v !== '123456789' && !/^(\d)\1{8}$/.test(v)) return v;
  }
}

/** Nine digits the SSA never issues: area 000, 666 or 9xx, group 00, or serial 0000. */
function unissuedSsn(r: R): string {
  const v = ssnDigits(r);
  switch (int(r, 0, 4)) {
    case 0: return '000' + v.slice(3);
    case 1: return '666' + v.slice(3);
    case 2: return String(int(r, 900, 999)) + v.slice(3);
    case 3: return v.slice(0, 3) + '00' + v.slice(5);
    default: return v.slice(0, 5) + '0000';
  }
}

/** Nine digits of an issuable SSN without a leading 0 (an X12 element's other numbers). */
const nonZero = (r: R): string => {
  for (;;) {
    const v = ssnDigits(r);
    if (v[0] !== '0') return v;
  }
};

/** The same nine digits written bare, 3-2-4 with spaces, or with dashes. */
const written = (v: string, sep: '' | ' ' | '-') => (sep === '' ? v : [v.slice(0, 3), v.slice(3, 5), v.slice(5)].join(sep));

/**
 * ANSI X12 segments holding an SSN (005010 834/837/270: REF*SY, NM1 with id code qualifier 34), with
 * `*` or `|` as element separator and `~` as segment terminator; ISA/GS around them for realism.
 */
const X12_FORMS: readonly string[] = [
  'INS*Y*18*030*XN*A*E**FT~REF*0F*{n2}~REF*SY*{s}~DTP*356*D8*20260101~',
  'REF*SY*{s}~',
  'NM1*IL*1*DOE*JOHN*Q***34*{s}~N3*12 MAIN ST~',
  'NM1*QC*1*SMITH*ANNA****34*{s}~',
  'ST|834|0001~BGN|00|12456|20261206~REF|SY|{s}~',
  'INS*Y*18*021*28*A***FT~\nREF*SY*{s}~\nNM1*IL*1*MILLER*JOE~',
];

/** Tickets and notes that name the SSN before its nine bare (or spaced) digits, in eight languages. */
const SSN_TEXT_FORMS: readonly string[] = [
  'SSN#{s}',
  'SSN: {s}',
  'Customer gave SSN {s} on the phone',
  'Social Security No. {s}',
  'numéro de sécurité sociale américain {s}',
  'Mon numéro de sécurité sociale (US) est le {s}.',
  'US-Sozialversicherungsnummer: {s}',
  'Seine amerikanische Sozialversicherungsnummer lautet {s}',
  'número de seguro social {s}',
  'Mi número de seguridad social de EE. UU. es {s}',
  'numero di previdenza sociale USA {s}',
  'número de seguro social americano: {s}',
  'Amerikaans sociale zekerheid nummer {s}',
  '米国社会保障番号 {s}',
];

function ssnCases(r: R, out: TuningCase[]): void {
  for (const form of X12_FORMS) {
    const s = ssnDigits(r);
    out.push({ kind: 'ssn-x12', text: form.replace('{s}', s).replace('{n2}', chars(r, DIG, 9)), want: [{ type: 'us-ssn', value: s }] });
  }
  for (const form of SSN_TEXT_FORMS) {
    const s = written(ssnDigits(r), pick(r, ['', ' '] as const));
    out.push({ kind: 'ssn-cue-bare', text: form.replace('{s}', s), want: [{ type: 'us-ssn', value: s }] });
  }
  // The SSA's rules are hard negatives: never issued, so no SSN (nor a phone) after the same cues.
  // (Left: three spaced groups after a cue that is not the number's label, `… sécurité sociale
  // américain 666 60 5292`, are read as a phone by the phone detector; dashed forms there.)
  for (const form of X12_FORMS.slice(0, 4)) out.push({ kind: 'not-ssn-unissued', text: form.replace('{s}', unissuedSsn(r)).replace('{n2}', nonZero(r)), want: [] });
  for (const form of SSN_TEXT_FORMS) {
    const labelled = /SSN[#:]? \{s\}|No\. \{s\}/.test(form) || form.startsWith('SSN#');
    // (Left too: nine bare digits with a leading 0 there, a phone's trunk prefix for the phone detector.)
    const s = written(unissuedSsn(r), pick(r, labelled ? (['', ' ', '-'] as const) : (['-'] as const)));
    out.push({ kind: 'not-ssn-unissued', text: form.replace('{s}', s), want: [] });
  }
  // Other X12 references of nine digits: a member id (REF*0F), a group number (REF*1L), an EIN (REF*EI).
  // (Nine digits with a leading 0 in an X12 element read as a phone's trunk prefix: Part P's class.)
  for (const q of ['0F', '1L', 'EI', '23']) out.push({ kind: 'not-ssn-x12-other-ref', text: `REF*${q}*${nonZero(r)}~`, want: [] });
}

/** Aadhaar numbers whose cue stands earlier in the sentence, and in Hindi forms. */
function aadhaarCases(r: R, out: TuningCase[]): void {
  const far = [
    'Please update my Aadhaar in the KYC records of the savings account, the number is {a}, thanks',
    'Aadhaar number of the applicant as printed on the e-Aadhaar letter: {a}',
    'आधार कार्ड की जानकारी अपडेट करनी है, संख्या {a} है',
    'Kindly link my Aadhaar with the new mobile number; for reference it is {a}.',
  ];
  for (const t of far) {
    const a = aadhaar(r);
    out.push({ kind: 'aadhaar-cue-in-sentence', text: t.replace('{a}', a), want: [{ type: 'in-aadhaar', value: a }] });
  }
  // Twelve digits in a record that names a user id, or none at all: no Aadhaar number.
  out.push({ kind: 'not-aadhaar-bare', text: `{"uid":"u-${chars(r, DIG, 4)}","note":"order placed, the tracking reference is ${aadhaar(r)} and arrives Monday"}`, want: [] });
  out.push({ kind: 'not-aadhaar-bare', text: `batch ${aadhaar(r)} processed`, want: [] });
}

/**
 * A whole cell of a neutral column: twelve bare Aadhaar digits and eleven CPF digits once the column's
 * head cued their type (value-cues.ts: a single cell passes its check by chance too often), a MAC in capitals.
 */
function cellCases(r: R, out: TuningCase[]): void {
  for (const column of ['c17', 'col_4', 'field9', 'value']) {
    const a = aadhaar(r);
    out.push({ kind: 'cell-aadhaar-bare', text: a, context: cuedContext(column, 'in-aadhaar'), want: [{ type: 'in-aadhaar', value: a }] });
    // (A CPF starting with 0 reads as a phone's trunk prefix: a cost listed in the README.)
    let c = cpf(r);
    while (c[0] === '0') c = cpf(r);
    out.push({ kind: 'cell-cpf-bare', text: c, context: cuedContext(column, 'br-cpf'), want: [{ type: 'br-cpf', value: c }] });
    const m = upperHex12(r);
    out.push({ kind: 'cell-mac-bare-upper', text: m, context: column, want: [{ type: 'mac-address', value: m }] });
    // Twelve lower-case hex digits (a container id, an abbreviated commit) stay unmasked without a MAC word.
    out.push({ kind: 'not-mac-cell-lower', text: chars(r, '0123456789abcdef', 11) + 'a', context: column, want: [] });
  }
}

/** A 13-digit number with a GS1 prefix of Germany (400–440) that passes Luhn, its own check digit or not. */
function gs1Luhn13(r: R, gs1Valid: boolean): string {
  for (;;) {
    const body = String(int(r, 400, 440)) + chars(r, DIG, 9);
    const v = gs1Valid ? body + gs1Check(body) : body + chars(r, DIG, 1);
    if (luhn(v) && (gs1Valid || gs1Check(body) !== v.at(-1))) return v;
  }
}

function cardCases(r: R, out: TuningCase[]): void {
  // GS1 numbers: under their keys or alone, a Luhn pass is chance.
  const gs1 = ['GLN {g}', '{"gln":"{g}","qty":4}', 'gtin={g}', 'Lieferant GLN: {g}', '{g}', 'Artikel {g} x 4', 'Bestellung an {g} gesendet'];
  for (const t of gs1) for (const valid of [true, false]) out.push({ kind: 'not-card-gs1-13', text: t.replace('{g}', gs1Luhn13(r, valid)), want: [] });
  // A 13-digit Visa number only with a card word.
  for (const t of ['Card {v}', 'paid by credit card {v}', 'Visa {v} expired']) {
    const v = card(r, '4', 13);
    out.push({ kind: 'card-13-with-word', text: t.replace('{v}', v), want: [{ type: 'credit-card', value: v }] });
  }
  // Mastercard's 2-series (2221–2720) after a date, a time, a year or an amount on receipt lines.
  const receipts = [
    '12/06 {c} MASTERCARD',
    '06.12.2026 14:05 {c}',
    '2026 {c} approved',
    'paid 2026-12-06 {c} ok',
    '2026-12-06T14:05:00Z {c} captured',
    'EUR 12,50 {c} Kartenzahlung',
    'TOTAL 45.90 {c}',
    'Receipt #{r} card {c} auth 123456',
    '{c}',
  ];
  for (const t of receipts) {
    const n = card(r, String(int(r, 2221, 2720)), 16);
    const c = pick(r, [0, 1]) === 0 ? n : n.replace(/(\d{4})(?=\d)/g, '$1 ');
    out.push({ kind: 'card-mastercard-2-series', text: t.replace('{c}', c).replace('{r}', chars(r, DIG, 8)), want: [{ type: 'credit-card', value: c }] });
  }
  // Digit groups that go on past a card's length, or a card whose check failed: the search that goes on
  // after a first group finds no card in their tail (USPS tracking numbers of 22 digits in fours).
  for (let i = 0; i < 10; i++) {
    const usps = (pick(r, ['9400', '9205', '9361']) + chars(r, DIG, 18)).replace(/(\d{4})(?=\d)/g, '$1 ');
    out.push({ kind: 'not-card-groups-tail', text: pick(r, ['Tracking {t}', 'Sendungsnummer {t} zugestellt', '{t}']).replace('{t}', usps), want: [] });
    const c = card(r, pick(r, ['4', '51', '2221']), 16);
    const bad = (c.slice(0, -1) + String((Number(c.at(-1)) + 1) % 10)).replace(/(\d{4})(?=\d)/g, '$1 ');
    out.push({ kind: 'not-card-groups-tail', text: `12/06 ${bad}`, want: [] });
  }
  // Receipt and transaction numbers are no national id (nor a card, nor a phone).
  const numbers = ['Beleg-Nr. {n}', 'Receipt #{n}', 'Bon-Nr. {n}', 'Transaction no. {n}', 'Kassenbon {n}', 'N° de ticket {n}', 'Quittung Nr. {n}'];
  for (const t of numbers) {
    const n = pick(r, [aadhaar(r), cpf(r), ssnDigits(r), '000' + chars(r, DIG, 8)]);
    out.push({ kind: 'not-id-receipt-number', text: t.replace('{n}', n), want: [] });
  }
}

/** Every case, the same for a given seed. */
export function idsTuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  ssnCases(r, out);
  aadhaarCases(r, out);
  cellCases(r, out);
  cardCases(r, out);
  return out;
}

/** A MAC address written as tools print it: colons, dashes, Cisco dots or bare, in capitals or not (bare ones in capitals). */
function anyMac(r: R): string {
  const hex = chars(r, '0123456789abcdef', 12);
  const pairs = hex.match(/../g)!;
  const v = pick(r, [pairs.join(':'), pairs.join('-'), `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`, hex]);
  return v === hex || r() < 0.5 ? v.toUpperCase() : v;
}

/**
 * Columns for the whole-table test: a neutral column of MAC addresses in every notation, and receipt
 * and transaction numbers under their names that pass a national id's check (Aadhaar, CPF) or are
 * issuable SSNs, as POS exports write them.
 */
export const CELL_COLUMNS: Record<string, (r: R) => string> = {
  c05: anyMac,
  receipt_no: (r) => pick(r, [aadhaar(r), cpf(r), ssnDigits(r)]),
  Belegnummer: (r) => pick(r, [aadhaar(r), cpf(r)]),
  bon_nr: (r) => pick(r, [aadhaar(r), cpf(r)]),
  transaction_id: (r) => pick(r, [aadhaar(r), cpf(r)]),
  // Postfix queue ids and hex serials: twelve capital hex digits under an identifier's name.
  queue_id: (r) => upperHex12(r),
  serial_no: (r) => upperHex12(r),
  // Record keys of twelve and eleven digits that pass the Aadhaar or the CPF check (one key in ten, in
  // a hundred, does by chance): a column named for an id holds ids.
  user_id: (r) => aadhaar(r),
  eventId: (r) => cpf(r),
};

/** Twelve capital hexadecimal digits with a letter and a digit (a bare MAC's shape). */
function upperHex12(r: R): string {
  let m = '';
  while (!/[A-F]/.test(m) || !/\d/.test(m)) m = chars(r, '0123456789ABCDEF', 12);
  return m;
}
