// National numbers that a label names where they are written (issue 17): the UK's NHS number, Ireland's
// PPS number, Germany's health insurance number (KVNR), Romania's CNP, Australia's tax file number,
// South Africa's ID number, Estonia's isikukood, Israel's Teudat Zehut, Croatia's OIB, Chile's RUT,
// Greece's AMKA, Bulgaria's EGN and Argentina's CUIT/CUIL.
// Each has a check digit, but a bare run passes it one time in ten or eleven, and their shapes are a
// phone's or an order number's: only their label before them (`NHS No.`, `PPSN:`, `CNP`), their words
// nearby or the column's name makes one (the label scores 0.95, the words the context score). The texts
// that hold none of their words do not run them (their prefilters); a column named for one does.
import { BUSINESS_ONLY_COLUMN_WORDS } from './business-id-words.js';
import { continuesCode } from './surroundings.js';
import { ID_DOCUMENT_COLUMNS } from './national-ids.js';
import { luhn } from './credit-card.js';
import { digitsOf, sameDigits, weighted } from './national-ids-more.js';
import { NEED, type PiiDetector } from './types.js';

const base = { category: 'personal', sensitivity: 'high', contextScore: 0.95, contextAtWordStart: true } as const;
/** A run without its label: under the threshold. */
const BARE = 0.4;
const LABELLED = 0.95;

/** LABELLED when `label` ends within the 40 characters before `start` with no digit after it, else BARE. */
function labelScore(label: RegExp, text: string, start: number): number {
  return label.test(text.slice(Math.max(0, start - 40), start)) ? LABELLED : BARE;
}

/** The context words of a labelled id: those longer than four characters (none: no context list). */
function contextOf(words: readonly string[]): { context?: readonly string[] } {
  const long = words.filter((w) => w.length > 4);
  return long.length > 0 ? { context: long } : {};
}

/** A detector of a labelled number: its shape, check, label and words; unlabelled values stay under the threshold. */
function labelledId(spec: {
  type: string;
  pattern: RegExp;
  valid: (v: string) => boolean;
  label: RegExp;
  words: readonly string[];
  prefilter: readonly string[];
  needs?: number;
  /** The fewest digits a value holds (a step of DIGIT_STEPS). */
  minDigits: number;
  /** The digits in a row every match of the pattern holds (Detector.digitRun), and in a group (digitGroup). */
  digitRun: number;
  digitGroup?: number;
}): PiiDetector {
  return {
    ...base,
    type: spec.type,
    label: `[${spec.type.toUpperCase().replace(/-/g, '_')}]`,
    needs: spec.needs ?? NEED.digit,
    minDigits: spec.minDigits,
    pattern: spec.pattern,
    digitRun: spec.digitRun,
    digitGroup: spec.digitGroup,
    prefilter: spec.prefilter,
    score: BARE,
    maxScore: LABELLED,
    unlabelled: { maxScore: BARE, threshold: BARE },
    validate: (v, text, start) => spec.valid(v) && !continuesCode(text, start) && labelScore(spec.label, text, start),
    // Short words (`egn`, `oib`, `cnp`) are cues in a column's name as whole words only: inside a longer word
    // (`Belegnummer`, `numero_segnalazione`) they are none.
    ...contextOf(spec.words),
    columnContext: [...ID_DOCUMENT_COLUMNS, ...spec.words],
    // A business's number's column or key (`ust_id`, `vat`) holds none, but for the id's own words (`rut`, `cuit`).
    notContext: BUSINESS_ONLY_COLUMN_WORDS.filter((w) => !spec.words.includes(w) && !spec.label.test(w.toUpperCase())),
  };
}

// ---- NHS number (England, Wales, Isle of Man): 10 digits written 3 3 4; weights 10…2, check = 11 − sum mod 11 (10: never issued).
export function nhsNumberValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 10 || sameDigits(d)) return false;
  const check = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (check === 11 ? 0 : check) === d[9];
}
export const ukNhsNumber = labelledId({
  type: 'uk-nhs-id',
  pattern: /(?<![\d\-.+])\d{3}([ -]?)\d{3}\1\d{4}(?![\d]|[.-]\d)/g,
  digitRun: 4,
  digitGroup: 10,
  valid: nhsNumberValid,
  label: /(?:^|[^A-Za-z])NHS(?:[ \t]+(?:No\.?|Number|number|no\.?|#))?[ \t]*[:.#]?[ \t]*$/,
  words: ['nhs number', 'nhs no', 'nhs-nummer'],
  prefilter: ['NHS', 'nhs'],
  minDigits: 9,
});

// ---- Irish PPS number: 7 digits, a check letter, maybe a second letter (A, B, H, W); weights 8…2 (the second letter's value × 9), mod 23 (0 = W).
export function ppsnValid(v: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(v.toUpperCase());
  if (!m) return false;
  const second = m[3] === '' || m[3] === 'W' ? 0 : m[3]!.charCodeAt(0) - 64;
  const r = (weighted(digitsOf(m[1]!), [8, 7, 6, 5, 4, 3, 2]) + 9 * second) % 23;
  return (r === 0 ? 'W' : String.fromCharCode(64 + r)) === m[2];
}
export const iePpsn = labelledId({
  type: 'ie-ppsn-id',
  pattern: /(?<![\w\-.+])\d{7}[A-Wa-w][A-IWa-iw]?(?![\w])/g,
  digitRun: 7,
  valid: ppsnValid,
  label: /(?:^|[^A-Za-z])(?:PPSN?|PPS[ \t]+(?:No\.?|Number))[ \t]*[:.#]?[ \t]*$/,
  words: ['ppsn', 'pps number', 'pps no', 'personal public service'],
  prefilter: ['PPS', 'pps', 'ublic Service', 'ublic service'],
  minDigits: 7,
  needs: NEED.digit | NEED.upper,
});

// ---- German health insurance number (KVNR, its fixed part): a letter and nine digits; the letter as two digits (A = 01) and the
// next eight digits, weights 1 and 2 alternating, the products' digit sums mod 10 = the last digit.
export function kvnrValid(v: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(v)) return false;
  const letter = v.charCodeAt(0) - 64;
  const d = [Math.floor(letter / 10), letter % 10, ...digitsOf(v.slice(1, 9))];
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    const p = d[i]! * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === Number(v[9]);
}
export const deKvnr = labelledId({
  type: 'de-health-insurance-id',
  pattern: /(?<![\w\-.+])[A-Z]\d{9}(?![\w])/g,
  digitRun: 9,
  valid: kvnrValid,
  label: /(?:^|[^\p{L}])(?:KVNR|Krankenversichertennummer|Versichertennummer|Versicherten-Nr\.?|Vers\.-Nr\.?)[ \t]*[:.#]?[ \t]*$/u,
  words: ['krankenversichertennummer', 'versichertennummer', 'kvnr', 'versicherten-nr', 'krankenversicherung'],
  prefilter: ['ersichert', 'KVNR', 'kvnr', 'Vers.-Nr', 'rankenvers'],
  minDigits: 9,
  needs: NEED.digit | NEED.upper,
});

// ---- Romanian CNP: sex/century digit 1–9, YYMMDD, county, order, check = Σ d·279146358279 mod 11 (10 → 1).
export function cnpValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 13 || d[0] === 0) return false;
  const month = d[3]! * 10 + d[4]!;
  const day = d[5]! * 10 + d[6]!;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === d[12];
}
export const roCnp = labelledId({
  type: 'ro-cnp-id',
  pattern: /(?<![\d\-.+])[1-9]\d{12}(?![\d]|[.-]\d)/g,
  digitRun: 13,
  valid: cnpValid,
  label: /(?:^|[^\p{L}])(?:CNP|C\.N\.P\.|[Cc]od numeric personal)[ \t]*[:.#]?[ \t]*$/u,
  words: ['cnp', 'cod numeric personal', 'codul numeric personal'],
  prefilter: ['CNP', 'cnp', 'C.N.P', 'numeric personal'],
  minDigits: 12,
});

// ---- Australian tax file number: 9 digits (3 3 3), weights 1 4 3 7 5 8 6 9 10, sum ≡ 0 mod 11.
export function tfnValid(v: string): boolean {
  const d = digitsOf(v);
  return d.length === 9 && !sameDigits(d) && weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}
export const auTfn = labelledId({
  type: 'au-tfn-id',
  pattern: /(?<![\d\-.+])\d{3}([ -]?)\d{3}\1\d{3}(?![\d]|[.-]\d)/g,
  digitRun: 3,
  digitGroup: 9,
  valid: tfnValid,
  label: /(?:^|[^A-Za-z])(?:TFN|[Tt]ax [Ff]ile [Nn](?:umber|o\.?))(?:[ \t]*\([^()\n]{0,24}\))?[ \t]*[:.#]?[ \t]*$/,
  words: ['tax file number', 'tfn', 'tax file no'],
  prefilter: ['TFN', 'tfn', 'ax file', 'ax File', 'AX FILE'],
  minDigits: 9,
});

/** A date YYMMDD at digit `i` (any century). */
function dateAt(d: readonly number[], i: number, monthOffset = 0): boolean {
  const month = d[i + 2]! * 10 + d[i + 3]! - monthOffset;
  const day = d[i + 4]! * 10 + d[i + 5]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// ---- South African ID number: YYMMDD, 4 sequence digits, citizenship (0/1), a digit, Luhn over all 13.
export function zaIdValid(v: string): boolean {
  const d = digitsOf(v);
  return d.length === 13 && dateAt(d, 0) && d[10]! <= 2 && luhn(d.join(''));
}
export const zaIdNumber = labelledId({
  type: 'za-national-id',
  pattern: /(?<![\d\-.+])\d{13}(?![\d]|[.-]\d)/g,
  digitRun: 13,
  valid: zaIdValid,
  label: /(?:^|[^A-Za-z])(?:(?:SA|RSA)[ \t]+)?(?:ID|Identity)[ \t]+(?:No\.?|Number|number|no\.?|#)[ \t]*[:.#]?[ \t]*$/,
  words: ['sa id', 'rsa id', 'south african id', 'identity number', 'id number'],
  prefilter: ['ID', 'Identity', 'identity'],
  minDigits: 12,
});

// ---- Estonian isikukood: sex/century digit 1–6, YYMMDD, 3 digits, check: weights 1…9,1 mod 11, else 3…9,1,2,3 mod 11, else 0.
export function isikukoodValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || d[0]! < 1 || d[0]! > 6 || !dateAt(d, 1)) return false;
  let r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (r === 10) r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (r === 10 ? 0 : r) === d[10];
}
export const eeIsikukood = labelledId({
  type: 'ee-national-id',
  pattern: /(?<![\d\-.+])[1-6]\d{10}(?![\d]|[.-]\d)/g,
  digitRun: 11,
  valid: isikukoodValid,
  label: /(?:^|[^\p{L}])(?:[Ii]sikukood|IK|[Ii]sikukoodi)(?:[ \t]*\([^()\n]{0,24}\))?[ \t]*[:.#]?[ \t]*$/u,
  words: ['isikukood', 'personal identification code'],
  prefilter: ['sikukood', 'IK:', 'IK '],
  minDigits: 11,
});

// ---- Israeli Teudat Zehut: 9 digits, weights 1 and 2 alternating, the products' digit sums ≡ 0 mod 10 (Luhn).
export function teudatZehutValid(v: string): boolean {
  const d = digitsOf(v);
  // Weights 1, 2, 1, … from the left over nine digits are Luhn's from the right.
  return d.length === 9 && !sameDigits(d) && luhn(d.join(''));
}
export const ilTeudatZehut = labelledId({
  type: 'il-national-id',
  pattern: /(?<![\d\-.+])\d{9}(?![\d]|[.-]\d)/g,
  digitRun: 9,
  valid: teudatZehutValid,
  label: /(?:ת\.ז\.?|ת"ז|תעודת זהות|מספר זהות|Teudat Zehut|T\.Z\.)(?:[ \t]*\([^()\n]{0,24}\))?[ \t]*[:.#]?[ \t]*$/,
  words: ['teudat zehut', 'תעודת זהות', 'מספר זהות', 'israeli id'],
  prefilter: ['ת.ז', 'ת"ז', 'זהות', 'Zehut', 'zehut', 'T.Z.'],
  minDigits: 9,
});

// ---- Croatian OIB: 11 digits, ISO 7064 MOD 11,10.
export function oibValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11) return false;
  let a = 10;
  for (let i = 0; i < 10; i++) {
    a = (a + d[i]!) % 10;
    if (a === 0) a = 10;
    a = (a * 2) % 11;
  }
  return (11 - a === 10 ? 0 : 11 - a) === d[10];
}
export const hrOib = labelledId({
  type: 'hr-national-id',
  pattern: /(?<![\d\-.+])\d{11}(?![\d]|[.-]\d)/g,
  digitRun: 11,
  valid: oibValid,
  label: /(?:^|[^\p{L}])(?:OIB|[Oo]sobni identifikacijski broj)[ \t]*[:.#]?[ \t]*$/u,
  words: ['oib', 'osobni identifikacijski broj'],
  prefilter: ['OIB', 'oib', 'identifikacijski'],
  minDigits: 11,
});

// ---- Chilean RUN (a person's RUT): under 50 million (a company's RUT is above: a business id, left), a dash and a
// check (mod 11 of weights 2…7 from the right; 10 = K); dotted in thousands or not.
export function rutValid(v: string): boolean {
  const m = /^(\d{1,2}(?:\.?\d{3}){2})-?([\dkK])$/.exec(v);
  if (!m || Number(m[1]!.replace(/\./g, '')) >= 50_000_000) return false;
  const body = digitsOf(m[1]!);
  let sum = 0;
  for (let i = body.length - 1, k = 0; i >= 0; i--, k++) sum += body[i]! * (2 + (k % 6));
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === m[2]!.toUpperCase();
}
export const clRut = labelledId({
  type: 'cl-national-id',
  pattern: /(?<![\w\-.+])\d{1,2}(?:\.\d{3}\.\d{3}|\d{6})-[\dkK](?![\w])/g,
  digitRun: 3,
  valid: rutValid,
  label: /(?:^|[^\p{L}])(?:RUT|R\.U\.T\.|RUN|R\.U\.N\.)[ \t]*[:.#]?[ \t]*$/u,
  words: ['rut', 'rol único tributario', 'rol unico tributario'],
  prefilter: ['RUT', 'R.U.T', 'RUN', 'R.U.N', 'rut'],
  minDigits: 7,
});

// ---- Greek AMKA: DDMMYY, 4 digits, a Luhn check digit.
export function amkaValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11) return false;
  const day = d[0]! * 10 + d[1]!;
  const month = d[2]! * 10 + d[3]!;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && luhn(d.join(''));
}
export const grAmka = labelledId({
  type: 'gr-national-id',
  pattern: /(?<![\d\-.+])\d{11}(?![\d]|[.-]\d)/g,
  digitRun: 11,
  valid: amkaValid,
  label: /(?:^|[^\p{L}])(?:ΑΜΚΑ|Α\.Μ\.Κ\.Α\.?|AMKA|A\.M\.K\.A\.?)[ \t]*[:.#]?[ \t]*$/u,
  words: ['amka', 'αμκα'],
  prefilter: ['ΑΜΚΑ', 'Α.Μ.Κ.Α', 'AMKA', 'A.M.K.A'],
  minDigits: 11,
});

// ---- Bulgarian EGN: YYMMDD (month + 20 for 1800s, + 40 for 2000s), 3 digits, check = weights 2 4 8 5 10 9 7 3 6 mod 11 (10 = 0).
export function egnValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 10) return false;
  const mm = d[2]! * 10 + d[3]!;
  if (!dateAt(d, 0, mm > 40 ? 40 : mm > 20 ? 20 : 0)) return false;
  const r = weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return (r === 10 ? 0 : r) === d[9];
}
export const bgEgn = labelledId({
  type: 'bg-national-id',
  pattern: /(?<![\d\-.+])\d{10}(?![\d]|[.-]\d)/g,
  digitRun: 10,
  valid: egnValid,
  label: /(?:^|[^\p{L}])(?:ЕГН|EGN|Е\.Г\.Н\.)[ \t]*[:.#]?[ \t]*$/u,
  words: ['егн', 'egn', 'единен граждански номер'],
  prefilter: ['ЕГН', 'EGN', 'Е.Г.Н', 'граждански'],
  minDigits: 9,
});

// ---- Argentine CUIT/CUIL of a person: a type 20, 23, 24 or 27 (a company's 30, 33, 34 is a business id, left), the DNI's
// 8 digits, a check (11 − weights 5 4 3 2 7 6 5 4 3 2 mod 11).
export function cuitValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || ![20, 23, 24, 27].includes(d[0]! * 10 + d[1]!)) return false;
  const r = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return r !== 10 && (r === 11 ? 0 : r) === d[10];
}
export const arCuit = labelledId({
  type: 'ar-tax-id',
  pattern: /(?<![\d\-.+])\d{2}-?\d{8}-?\d(?![\d]|[.-]\d)/g,
  digitRun: 8,
  digitGroup: 11,
  valid: cuitValid,
  label: /(?:^|[^\p{L}])(?:CUIT|C\.U\.I\.T\.|CUIL|C\.U\.I\.L\.)[ \t]*[:.#]?[ \t]*$/u,
  words: ['cuit', 'cuil'],
  prefilter: ['CUIT', 'C.U.I.T', 'CUIL', 'C.U.I.L', 'cuit', 'cuil'],
  minDigits: 11,
});

/** The detectors of this module, in the order index.ts runs them. */
export const LABELLED_NATIONAL_IDS: readonly PiiDetector[] = [ukNhsNumber, iePpsn, deKvnr, roCnp, auTfn, zaIdNumber, eeIsikukood, ilTeudatZehut, hrOib, clRut, grAmka, bgEgn, arCuit];
