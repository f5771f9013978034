// Dates of birth: a real calendar date (ISO, d/m/y, m/d/y, d.m.y, "12 March 1980", "March 12, 1980")
// is only personal data with a birth context nearby (or in a birth-date column, given as context).
import { digitsAt } from './digits.js';
import { NEED, recordFeatures, unitsOf, type PiiDetector } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
let thisYear = 0;
let yearEnds = 0; // ms timestamp when thisYear is stale

function validDate(y: number, m: number, d: number): boolean {
  const now = Date.now();
  if (now >= yearEnds) {
    thisYear = new Date(now).getUTCFullYear();
    yearEnds = Date.UTC(thisYear + 1, 0, 1);
  }
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > thisYear) return false;
  const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  return d <= MONTH_DAYS[m - 1]! + (leap ? 1 : 0);
}

const YEAR_FIRST = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ].*)?$/;

/** The number written by up to `max` ASCII digits of `v` from `at` (stops at the first non-digit). */
function leadingNumber(v: string, at: number, max: number): number {
  let n = 0;
  for (let i = at; i < at + max && i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** True when `v` is a plausible past calendar date in one of the supported forms. */
export function parseDateLoose(v: string): boolean {
  // Year first (the common ISO form): shape by a test, numbers read from the digits (no match array).
  if (YEAR_FIRST.test(v)) return validDate(leadingNumber(v, 0, 4), leadingNumber(v, 5, 2), leadingNumber(v, v.charCodeAt(6) >= 48 ? 8 : 7, 2));
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[T ].*)?$/.exec(v);
  if (m) {
    const y = m[3]!.length === 2 ? 1900 + +m[3]! : +m[3]!;
    return validDate(y, +m[2]!, +m[1]!) || validDate(y, +m[1]!, +m[2]!);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(v) ?? /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v);
  if (m) {
    const [a, b] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = MONTHS.indexOf(b.slice(0, 3).toLowerCase()) + 1;
    return month > 0 && validDate(+m[3]!, month, +a);
  }
  return false;
}

/** The UNIT bits of an ISO date's digits and dashes (the recogniser's record). */
const ISO_DATE_UNITS = unitsOf('0-');

/** Words of a birth date; `bday` is vCard's and xCard's property (RFC 6350 §6.2.5, RFC 6351: `<bday><date>`). */
export const BIRTH_CONTEXT = ['born', 'birth', 'dob', 'd.o.b', 'birthday', 'bday', 'geboren', 'né le', 'née le', 'nacimiento', 'nascita'];

export const dateOfBirth: PiiDetector = {
  type: 'date-of-birth',
  category: 'personal',
  sensitivity: 'high',
  label: '[DATE_OF_BIRTH]',
  needs: NEED.digit,
  minDigits: 4,
  pattern: new RegExp(
    `(?<![\\w/.-])(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}\\.?,?\\s\\d{4}|${MONTH}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4})(?![\\w/]|[.-]\\d)`,
    'g',
  ),
  score: 0.3, // a date alone is not personal data
  validate: (v) => parseDateLoose(v),
  // YYYY-MM-DD, the pattern's first form, matched from 0 to the end.
  recognise(text) {
    if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
    // A non-digit reads as -1, which no date has.
    if (!validDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2))) return undefined;
    // Every code unit was read at its place: eight digits and two dashes (recordFeatures).
    recordFeatures(text, ISO_DATE_UNITS, 8);
    return 0.3;
  },
  context: BIRTH_CONTEXT,
  // A cue starts a word: "né le" is in "signé le" (a petition's signature date), "born" in "stubborn".
  contextAtWordStart: true,
  contextScore: 0.85,
};
