// IBAN: country code, two check digits, BBAN; per-country length (ISO 13616 registry) and mod-97 = 1.
import { NEED, recordFeatures, unitBits, type PiiDetector } from './types.js';

export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** IBAN length per country, indexed by the country code's two letters (A–Z each); 0: no IBAN. */
const LENGTH_BY_PAIR = new Uint8Array(26 * 26);
for (const [c, n] of Object.entries(IBAN_LENGTHS)) LENGTH_BY_PAIR[(c.charCodeAt(0) - 65) * 26 + c.charCodeAt(1) - 65] = n;

/** Upper-case letter index 0–25 of an ASCII letter code, else -1. */
function letter(c: number): number {
  const u = c & ~32; // a–z → A–Z
  return u >= 65 && u <= 90 ? u - 65 : -1;
}

/** The registry length of the IBAN country whose code starts `s` at `at` (any case), else 0. */
export function ibanLengthAt(s: string, at: number): number {
  const a = letter(s.charCodeAt(at));
  const b = letter(s.charCodeAt(at + 1));
  return a < 0 || b < 0 ? 0 : LENGTH_BY_PAIR[a * 26 + b]!;
}

/**
 * Per-country length, shape (CC, two check digits, letters and digits) and mod-97 = 1 of the
 * rearranged IBAN, whitespace and dashes ignored, any case.
 */
export function ibanValid(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    // Unicode spaces and case mappings ("ı" → "I"): normalised first, as a string.
    if (raw.charCodeAt(i) >= 128) return asciiIbanValid(raw.replace(/[\s-]/g, '').toUpperCase());
  }
  return asciiIbanValid(raw);
}

/** ibanValid of an ASCII text in one pass, piecewise (no BigInt, no intermediate strings). */
function asciiIbanValid(s: string): boolean {
  let n = 0; // characters that count (separators skipped)
  let rem = 0; // mod 97 of the characters after the first four
  let head = 0; // the first four characters' values, two decimal places each
  let units = 0; // UNIT bits of every code unit, and the letters among those that count (checkedIban)
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    units |= unitBits(c);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13)) continue; // \s (ASCII) and "-"
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else {
      const l = letter(c);
      if (l < 0) return false;
      v = l + 10;
      letters++;
    }
    if (n < 4) {
      if (n < 2 ? v < 10 : v >= 10) return false; // two letters, then two digits
      head = head * 100 + v;
    } else rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
    n++;
  }
  if (n < 5) return false;
  const c0 = Math.floor(head / 1e6);
  const c1 = Math.floor(head / 1e4) % 100;
  if (LENGTH_BY_PAIR[(c0 - 10) * 26 + (c1 - 10)] !== n) return false;
  // The first four characters move to the end: the country letters (two places each), the check digits.
  rem = (rem * 100 + c0) % 97;
  rem = (rem * 100 + c1) % 97;
  rem = (rem * 10 + (Math.floor(head / 100) % 100)) % 97;
  rem = (rem * 10 + (head % 100)) % 97;
  checkedUnits = units;
  checkedDigits = n - letters;
  return rem === 1;
}

/** Of the text asciiIbanValid read to its end last: the UNIT bits of its code units, its ASCII digits. */
let checkedUnits = 0;
let checkedDigits = 0;

/** The recogniser: an IBAN written without separators, in any case; asciiIbanValid read it all (recordFeatures). */
function recogniseIban(text: string): number | undefined {
  if (ibanLengthAt(text, 0) !== text.length || !asciiIbanValid(text)) return undefined;
  recordFeatures(text, checkedUnits, checkedDigits);
  return 0.9;
}

const NO_SPANS: Array<{ start: number; end: number }> = [];

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The first IBAN head at or after `from`, else -1: what
 * /(?:(?<![A-Za-z0-9])|(?<=\?\d\d))[A-Za-z]{2}\d{2}(?=[A-Za-z0-9 -])/ finds (at a word's start or right
 * after a subfield code, see afterSubfieldCode), without a match array (this runs on every value of an IBAN column). A head holds two digits
 * in a row, and of any two characters in a row one has an even index: only every other character is
 * read until a digit, then the two heads that digit can belong to, the earlier first (free text is
 * mostly letters: a quarter of the reads of a test at every index).
 */
export function ibanHead(text: string, from: number): number {
  for (let k = from + 2; k < text.length; k += 2) {
    if (!isDigit(text.charCodeAt(k))) continue;
    if (k - 3 >= from && headAt(text, k - 3)) return k - 3;
    if (headAt(text, k - 2)) return k - 2;
  }
  return -1;
}

/** Whether an IBAN head (see ibanHead) starts at `p`. */
function headAt(text: string, p: number): boolean {
  if (p + 4 >= text.length) return false;
  if (letter(text.charCodeAt(p)) < 0 || letter(text.charCodeAt(p + 1)) < 0) return false;
  if (!isDigit(text.charCodeAt(p + 2)) || !isDigit(text.charCodeAt(p + 3))) return false;
  const next = text.charCodeAt(p + 4);
  if (!isAlnum(next) && next !== 32 && next !== 45) return false;
  return p === 0 || !isAlnum(text.charCodeAt(p - 1)) || afterSubfieldCode(text, p);
}

/**
 * A subfield code `?NN` right before `p`: SWIFT MT940 field :86: (and the German DFÜ layout) glues each
 * subfield to its code (`?30` BIC, `?31` IBAN, `?32` name: `…?31DE89…?32…`), so the IBAN starts there.
 */
function afterSubfieldCode(text: string, p: number): boolean {
  return p >= 3 && text.charCodeAt(p - 3) === 63 && isDigit(text.charCodeAt(p - 2)) && isDigit(text.charCodeAt(p - 1));
}

export const iban: PiiDetector = {
  type: 'iban',
  category: 'financial',
  sensitivity: 'high',
  label: '[IBAN]',
  needs: NEED.digit | NEED.alpha,
  // Every span starts at a head (ibanHead): two letters, then two digits.
  letterDigit: true,
  // A linear scan: at each "CCdd" start, take exactly the country's IBAN length in characters,
  // compact or printed in groups (single spaces or dashes), and require a word boundary after it.
  scan(text) {
    let out: Array<{ start: number; end: number }> | undefined;
    let from = 0;
    for (let at = ibanHead(text, 0); at !== -1; at = ibanHead(text, from)) {
      from = at + 4;
      const want = ibanLengthAt(text, at);
      if (!want) continue;
      let i = at + 4;
      let n = 4;
      while (n < want && i < text.length) {
        const c = text.charCodeAt(i);
        if (isAlnum(c)) {
          n++;
          i++;
        } else if ((c === 32 || c === 45) && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1)) && isAlnum(text.charCodeAt(i - 1))) i++;
        else break;
      }
      if (n === want && (i >= text.length || !isAlnum(text.charCodeAt(i)))) {
        const span = { start: at, end: i };
        if (out === undefined) out = [span];
        else out.push(span);
        from = i;
      }
    }
    return out ?? NO_SPANS;
  },
  score: 0.9,
  // Not a group of a dashed token ("…-aa99-a9a9-…", the tail of a UUID in a message id): an IBAN starts a word.
  validate: (v, text, start) => !(start >= 2 && text.charCodeAt(start - 1) === 45 && isAlnum(text.charCodeAt(start - 2))) && ibanValid(v),
  // The compact form (letters and digits only, the country's length): the scan's one span is all of it.
  // (asciiIbanValid skips no separator when the characters it counts are the country's length.)
  recognise: recogniseIban,
  context: ['iban', 'bank', 'account', 'transfer', 'swift'],
  contextScore: 1,
};
