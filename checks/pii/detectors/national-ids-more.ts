// National identity numbers of more countries (issue 17): Polish PESEL, Finnish henkilötunnus,
// Swedish personnummer, Norwegian fødselsnummer, Turkish T.C. Kimlik No, Dutch BSN, Portuguese NIF,
// Chinese resident identity number, French NIR, Belgian national number. Each is a shape, a validator
// (its check digits, and the birth date where the number encodes one) and cue words in its languages.
// Bare digit runs pass a check by chance one time in ten or eleven: they need a cue (a context word,
// the column's name or a record key). A form with separators, a valid embedded date and a check
// (`85.07.30-033.28`, `1 85 05 78 006 084 36`, `131052-308T`) is distinctive enough to stand alone.
import { afterKey, keyNameBefore, siblingKind } from '../../../src/detect/record-key.js';
import { BUSINESS_ONLY_COLUMN_WORDS } from './business-id-words.js';
import { continuesCode } from './surroundings.js';
import { ID_DOCUMENT_COLUMNS } from './national-ids.js';
import { NEED, type PiiDetector } from './types.js';

/**
 * A column or key naming a business's number (`ust_id`, `vat_number`, `UStIdNr`: its `id nr` is an ID document's
 * phrase too) holds no person's national number (BUSINESS_ONLY_COLUMN_WORDS, less `nif`: Portugal's NIF is a person's).
 */
const NOT_A_PERSONS = BUSINESS_ONLY_COLUMN_WORDS.filter((w) => w !== 'nif');
const base = { category: 'personal', sensitivity: 'high', columnContext: ID_DOCUMENT_COLUMNS, contextScore: 0.95, contextAtWordStart: true, notContext: NOT_A_PERSONS } as const;
/** A bare run's score: under the threshold, so only a cue (context word, column name, record key) masks it. */
const BARE = 0.4;
/** A form with separators, a valid date and check digits: masked without a cue. */
const STANDALONE = 0.7;

/** The digits of `v` as numbers (other characters skipped). */
export function digitsOf(v: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) out.push(d);
  }
  return out;
}

/** Σ d[i]·w[i] over the weights. */
export function weighted(d: readonly number[], w: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += d[i]! * w[i]!;
  return s;
}

/** The nine-digit ids a record's kind field may name (`{"kind": "BSN", "value": "…"}`): group 1 BSN, 2 NIF, 3 SIN, 4 SSN. */
const NINE_DIGIT_KIND = /^(?:(bsn|burgerservicenummer)|(nif|contribuinte)|(sin|nas|social insurance(?: number)?)|(ssn|social security(?: number)?))$/i;

/**
 * Which nine-digit id (NINE_DIGIT_KIND's group, 0: none) the value at `start` has its record's kind
 * field name. The kind labels its value: another id's kind rules the value out, its own cues it.
 */
function nineDigitKind(text: string, start: number): number {
  if (!afterKey(text, start)) return 0;
  const m = NINE_DIGIT_KIND.exec(siblingKind(text, start) ?? '');
  return m === null ? 0 : m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
}

/**
 * The score of a bare nine-digit id of kind `mine` (nineDigitKind's number): `cued` under its own kind
 * (the BSN's and NIF's kind words are their context words too: the window holds them), none under another's.
 */
function kindScore(text: string, start: number, mine: number, cued = 0.95): number | false {
  const k = nineDigitKind(text, start);
  return k === 0 ? BARE : k === mine ? cued : false;
}

/** A key that names an id of no other thing (`ID`, `id`, `patient_id`, `personId`), not `order_id`. */
const ID_KEY = /^(?:(?:patient|person)[_.-]?)?id$/i;

/** A calendar date (month 1–12, day within the month, leap years counted). */
export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The two-digit number at digit position `i`. */
const two = (d: readonly number[], i: number): number => d[i]! * 10 + d[i + 1]!;

/** Every digit the same (`11111111116`): a filler, no one's number. */
export const sameDigits = (d: readonly number[]): boolean => d.every((x) => x === d[0]);

// ---- Polish PESEL: YYMMDDZZZXQ, the month carries the century (+80 1800s, +20 2000s, +40, +60), weights 1,3,7,9.
export function peselValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || sameDigits(d)) return false;
  const mm = two(d, 2);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined || !validDate(century + two(d, 0), mm % 20, two(d, 4))) return false;
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
}
export const plPesel: PiiDetector = {
  ...base,
  type: 'pl-pesel-id',
  label: '[PL_PESEL_ID]',
  needs: NEED.digit,
  minDigits: 11,
  pattern: /(?<![\d\-.+])\d{11}(?![\d]|[.-]\d)/g,
  digitRun: 11,
  score: BARE,
  validate: (v, text, start) => peselValid(v) && !continuesCode(text, start),
  context: ['pesel'],
};

// ---- Finnish henkilötunnus (HETU): DDMMYY, century sign, ZZZ, check character = table[DDMMYYZZZ mod 31].
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const HETU_CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };
export function hetuValid(v: string): boolean {
  const s = v.toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(s);
  if (!m) return false;
  if (!validDate(HETU_CENTURY[m[4]!]! + Number(m[3]), Number(m[2]), Number(m[1])) || Number(m[5]) < 2) return false;
  return HETU_CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] === m[6];
}
export const fiHetu: PiiDetector = {
  ...base,
  type: 'fi-personal-id',
  label: '[FI_PERSONAL_ID]',
  needs: NEED.digit,
  minDigits: 9,
  pattern: /(?<![\w\-.+/])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\w]|[.-]\d)/g,
  digitRun: 6,
  digitGroup: 9,
  // A date, a sign and a check character one value in 31 passes by chance: stands alone.
  score: STANDALONE,
  validate: (v, text, start) => hetuValid(v) && !continuesCode(text, start),
  context: ['henkilötunnus', 'henkilotunnus', 'hetu', 'sotu', 'personbeteckning', 'personal identity code'],
};

// ---- Swedish personnummer: (YY)YYMMDD, - or + (aged 100), NNNN; Luhn over the ten digits; day + 60 for a samordningsnummer.
export function personnummerValid(v: string): boolean {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(v);
  if (!m) return false;
  const day = Number(m[4]) > 60 ? Number(m[4]) - 60 : Number(m[4]);
  const year = m[1] ? Number(m[1] + m[2]) : 2000 + Number(m[2]);
  if (m[1] && m[1] !== '18' && m[1] !== '19' && m[1] !== '20') return false;
  if (!validDate(year, Number(m[3]), day)) return false;
  const d = digitsOf(m[2]! + m[3]! + m[4]! + m[5]!);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const x = i % 2 === 0 ? d[i]! * 2 : d[i]!;
    sum += x > 9 ? x - 9 : x;
  }
  return sum % 10 === 0 && !sameDigits(d);
}
export const sePersonnummer: PiiDetector = {
  ...base,
  type: 'se-personal-id',
  label: '[SE_PERSONAL_ID]',
  needs: NEED.digit,
  minDigits: 9,
  pattern: /(?<![\w\-.+/])(?:18|19|20)?\d{6}[-+]?\d{4}(?![\w]|[.-]\d)/g,
  digitRun: 6,
  digitGroup: 10,
  score: BARE,
  maxScore: 0.6,
  validate(v, text, start) {
    if (!personnummerValid(v) || continuesCode(text, start)) return false;
    // Dashed with a valid date and a Luhn digit (one in ten by chance): alone above the threshold.
    return /[-+]/.test(v) ? 0.6 : BARE;
  },
  context: ['personnummer', 'personnr', 'pers.nr', 'pnr', 'samordningsnummer', 'personal identity number'],
};

// ---- Norwegian fødselsnummer: DDMMYYIIIKK, two mod-11 check digits; D-number day + 40, H-number month + 40.
export function fodselsnummerValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || sameDigits(d)) return false;
  let day = two(d, 0);
  let month = two(d, 2);
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  if (!validDate(2000, month, day)) return false;
  const check = (w: readonly number[]): number => (11 - (weighted(d, w) % 11)) % 11;
  const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 < 10 && k2 < 10 && k1 === d[9] && k2 === d[10];
}
export const noFodselsnummer: PiiDetector = {
  ...base,
  type: 'no-personal-id',
  label: '[NO_PERSONAL_ID]',
  needs: NEED.digit,
  minDigits: 11,
  pattern: /(?<![\d\-.+])\d{6} ?\d{5}(?![\d]|[.-]\d)/g,
  digitRun: 6,
  digitGroup: 11,
  // Two check digits and a date: one random eleven-digit run in about 800 passes, so a patient's or a
  // person's id (a `patient.id` column) and a bare `ID:` or `"id":` key are cue enough here, where the
  // other bare ids need their own words. Not a column of another thing's ids (`order_id`, or a neutral
  // column read as ids by its values: value-cues.ts), whose numbers are references.
  columnContext: [...ID_DOCUMENT_COLUMNS, 'patient id', 'person id'],
  score: BARE,
  maxScore: 0.95,
  // Its 0.95 needs a key before the number: in a text without a letter (a phone column's bare numbers)
  // it is no rival of a whole-value match, which then stays the engine's one-step answer.
  unlabelled: { maxScore: BARE, threshold: BARE },
  validate(v, text, start) {
    if (!fodselsnummerValid(v) || continuesCode(text, start)) return false;
    return ID_KEY.test(keyNameBefore(text, start) ?? '') ? 0.95 : BARE;
  },
  context: ['fødselsnummer', 'fodselsnummer', 'fødselsnr', 'fnr', 'f.nr', 'd-nummer', 'personnummer'],
};

// ---- Turkish T.C. Kimlik No: 11 digits, first not 0; d10 = (7·Σodd − Σeven) mod 10, d11 = Σ(d1…d10) mod 10.
export function tcknValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || d[0] === 0 || sameDigits(d)) return false;
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  return (((odd * 7 - even) % 10) + 10) % 10 === d[9] && (odd + even + d[9]!) % 10 === d[10];
}
export const trTckn: PiiDetector = {
  ...base,
  type: 'tr-national-id',
  label: '[TR_NATIONAL_ID]',
  needs: NEED.digit,
  minDigits: 11,
  pattern: /(?<![\d\-.+])[1-9]\d{10}(?![\d]|[.-]\d)/g,
  digitRun: 11,
  score: BARE,
  validate: (v, text, start) => tcknValid(v) && !continuesCode(text, start),
  context: ['kimlik', 'tckn', 'tc no', 't.c. no', 'tc kimlik', 't.c. kimlik', 'vatandaşlık', 'vatandaslik', 'turkish id'],
};

// ---- Dutch BSN: 9 digits, the 11-proof (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11); also written 1234.56.789.
export function bsnValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 9 || sameDigits(d)) return false;
  return (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]!) % 11 === 0;
}
export const nlBsn: PiiDetector = {
  ...base,
  type: 'nl-bsn-id',
  label: '[NL_BSN_ID]',
  needs: NEED.digit,
  minDigits: 9,
  pattern: /(?<![\d\-.+])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\d]|[.-]\d)/g,
  digitRun: 4,
  digitGroup: 9,
  score: BARE,
  validate: (v, text, start) => bsnValid(v) && !continuesCode(text, start) && kindScore(text, start, 1, BARE),
  context: ['bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi-nummer', 'citizen service number'],
};

// ---- Portuguese NIF: 9 digits, first 1–3 (a person) or 45 (a non-resident); mod-11 check digit.
export function ptNifValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 9 || sameDigits(d) || !(d[0]! >= 1 && d[0]! <= 3) && !(d[0] === 4 && d[1] === 5)) return false;
  const r = 11 - (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (r >= 10 ? 0 : r) === d[8];
}
export const ptNif: PiiDetector = {
  ...base,
  type: 'pt-nif',
  label: '[PT_NIF]',
  needs: NEED.digit,
  minDigits: 9,
  pattern: /(?<![\d\-.+])\d{3} ?\d{3} ?\d{3}(?![\d]|[.-]\d)/g,
  digitRun: 3,
  digitGroup: 9,
  score: BARE,
  validate: (v, text, start) => ptNifValid(v) && !continuesCode(text, start) && kindScore(text, start, 2, BARE),
  context: ['nif', 'contribuinte', 'número fiscal', 'numero fiscal', 'identificação fiscal', 'identificacao fiscal'],
  // Its company numbers (NIPC) and the Spanish NIF's letter forms are other detectors' or none.
  notContext: [...NOT_A_PERSONS, 'nipc'],
};

// ---- Chinese resident identity number: 6-digit region (first 1–8), YYYYMMDD, 3 digits, ISO 7064 MOD 11-2 check (0–9 or X).
const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function cnResidentIdValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[1-8]\d{16}[\dX]$/.test(s)) return false;
  const d = digitsOf(s.slice(0, 17));
  const year = Number(s.slice(6, 10));
  if (year < 1900 || year > 2099 || !validDate(year, Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  return '10X98765432'[weighted(d, CN_WEIGHTS) % 11] === s[17];
}
export const cnResidentId: PiiDetector = {
  ...base,
  type: 'cn-resident-id',
  label: '[CN_RESIDENT_ID]',
  needs: NEED.digit,
  minDigits: 12,
  pattern: /(?<![\w\-.+])[1-8]\d{16}[\dXx](?![\w]|[.-]\d)/g,
  digitRun: 17,
  // A region, a birth date of 1900–2099 and a check: about 7 random eighteen-digit runs in 100,000
  // pass, fewer than pass Luhn with a card issuer's prefix (one in ten), so it stands alone above a
  // card's score (an eighteen-digit card number is rare; a card word still makes one).
  score: 0.85,
  validate: (v, text, start) => cnResidentIdValid(v) && !continuesCode(text, start),
  context: ['身份证', '身份證', '公民身份号码', 'resident identity', 'resident id', 'id card'],
};

// ---- French NIR (numéro de sécurité sociale): sex, YY, MM, department (2A/2B Corsica), commune, order, key = 97 − n mod 97.
export function nirValid(v: string): boolean {
  const s = v.replace(/ /g, '').toUpperCase();
  const m = /^([1-478])(\d{2})(\d{2})(\d[\dAB])(\d{3})(\d{3})(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[3]);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  if (!/^\d{13}$/.test(body) || Number(m[6]) === 0) return false;
  return 97 - Number(BigInt(body) % 97n) === Number(m[7]);
}
export const frNir: PiiDetector = {
  ...base,
  type: 'fr-nir-id',
  label: '[FR_NIR_ID]',
  needs: NEED.digit,
  minDigits: 12,
  // Spaced `1 85 05 78 006 084 36` (the card's grouping), or compact.
  pattern: /(?<![\w\-.+])[1-478](?: \d{2} \d{2} \d[\dAB] \d{3} \d{3} \d{2}|\d{4}\d[\dAB]\d{8})(?![\w]|[.-]\d)/g,
  digitRun: 3,
  score: BARE,
  maxScore: STANDALONE,
  validate(v, text, start) {
    if (!nirValid(v) || continuesCode(text, start)) return false;
    // Spaced as on the card, with a key of two digits (one in 97 by chance): alone.
    return v.includes(' ') ? STANDALONE : BARE;
  },
  context: ['sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'carte vitale', 'n° ss', 'no ss', 'social security'],
};

// ---- Belgian national number (rijksregisternummer, NISS/INSZ): YY.MM.DD-SSS.CC; CC = 97 − (YYMMDDSSS mod 97), born 2000+ with a 2 before.
export function beNationalNumberValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 11 || sameDigits(d)) return false;
  const month = two(d, 2) % 20;
  const day = two(d, 4);
  // A bis number adds 20 or 40 to the month; an unknown month or day is written 00.
  if (two(d, 2) > 52 || month > 12 || day > 31) return false;
  const body = Number(d.slice(0, 9).join(''));
  const check = two(d, 9);
  return 97 - (body % 97) === check || 97 - ((2_000_000_000 + body) % 97) === check;
}
export const beNationalNumber: PiiDetector = {
  ...base,
  type: 'be-national-id',
  label: '[BE_NATIONAL_ID]',
  needs: NEED.digit,
  minDigits: 11,
  pattern: /(?<![\w\-.+])(?:\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{6}-?\d{3}-?\d{2})(?![\w]|[.-]\d)/g,
  digitRun: 3,
  digitGroup: 11,
  score: BARE,
  maxScore: STANDALONE,
  validate(v, text, start) {
    if (!beNationalNumberValid(v) || continuesCode(text, start)) return false;
    // Dotted as on the card (a date and a mod-97 check): alone.
    return /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v) ? STANDALONE : BARE;
  },
  context: ['rijksregisternummer', 'rijksregister', 'numéro national', 'numero national', 'n° national', 'niss', 'insz', 'national number', 'registre national', 'nationaal nummer'],
};

// ---- Canadian Social Insurance Number (SIN, NAS): 999 999 999, Luhn; first digit not 0 (unassigned) nor 8 (business numbers).
export function caSinValid(v: string): boolean {
  const d = digitsOf(v);
  if (d.length !== 9 || d[0] === 0 || d[0] === 8 || sameDigits(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const x = i % 2 === 1 ? d[i]! * 2 : d[i]!;
    sum += x > 9 ? x - 9 : x;
  }
  return sum % 10 === 0;
}
/** Words naming a SIN in a column's name or the text (`social insurance`, French `assurance sociale`). */
const SIN_WORDS = ['social insurance', 'assurance sociale', 'sin', 'nas'];
/**
 * Its abbreviations labelling the number (no other number between): upper case only, as `Sin embargo`
 * (Spanish) and `nas` (Portuguese) are words.
 */
const SIN_LABEL = /(?:^|[^A-Za-z])(?:SIN|NAS|S\.I\.N\.)(?![A-Za-z])[^\d\n]{0,30}$/;
export const caSin: PiiDetector = {
  ...base,
  type: 'ca-sin-id',
  label: '[CA_SIN_ID]',
  needs: NEED.digit,
  minDigits: 9,
  // Spaced as on the card (`046 454 286`), dashed or compact. A spaced nine-digit run passing Luhn
  // (one in ten) is a phone or a reference as often: only its label before it, its words or its column
  // make it a SIN. Only texts holding one of them run it.
  pattern: /(?<![\d\-.+])\d{3}([ -]?)\d{3}\1\d{3}(?![\d]|[.-]\d)/g,
  digitRun: 3,
  digitGroup: 9,
  // A record's key `sin` (`"sin": "…"`, `employee_sin=`) names one too (keyedAsColumn).
  prefilter: ['SIN', 'NAS', 'S.I.N', 'nsurance', 'NSURANCE', 'ssurance', 'SSURANCE', 'sin"', "sin'", 'sin:', 'sin=', 'Sin"'],
  score: BARE,
  maxScore: 0.95,
  // Its label, its words and its record kind are letters: in a text without one (a typed column's
  // bare numbers) it is no rival of a whole-value match, and its prefilter is not searched there.
  unlabelled: { maxScore: BARE, threshold: BARE },
  validate(v, text, start) {
    if (!caSinValid(v) || continuesCode(text, start)) return false;
    return SIN_LABEL.test(text.slice(Math.max(0, start - 40), start)) ? 0.95 : kindScore(text, start, 3);
  },
  // Lower case only in a column's name (`employee_sin`); in the text, SIN_LABEL's upper case.
  columnContext: [...ID_DOCUMENT_COLUMNS, 'sin', 'nas'],
  context: SIN_WORDS.slice(0, 2),
  contextNearest: true,
};

/** The detectors of this module, in the order index.ts runs them. */
export const MORE_NATIONAL_IDS: readonly PiiDetector[] = [plPesel, fiHetu, sePersonnummer, noFodselsnummer, trTckn, nlBsn, ptNif, cnResidentId, frNir, beNationalNumber, caSin];
