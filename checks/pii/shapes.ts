// Shapes of values that are not personal data (versions, timestamps, ISBNs, decimals, fixed-width
// identifiers) and whole-value checksums of national ids, read once per value as bits. The column
// profile counts them: a column whose values share a non-personal shape is classified as such, and a
// checksum that a majority of the values pass outranks a type known by its shape alone.
import { cpfValid, verhoeffValid } from './detectors/national-ids.js';
import { isTextualTimestamp } from './textual-time.js';

export const SHAPES = ['timestamp', 'date', 'version', 'isbn', 'decimal', 'identifier'] as const;
export type Shape = (typeof SHAPES)[number];

/** Bits of valueShape. */
export const SHAPE = {
  /** A version no IPv4 address has: three or five parts, a `v`, a suffix, a part above 255. */
  versionOnly: 1,
  /** Four dotted numbers of 0–255: an IPv4 address or a four-part version. */
  dottedQuad: 2,
  /** ISO date and time, a day.month.year date with a time, epoch seconds/milliseconds (2001–2033), or a textual timestamp (textual-time.ts). */
  timestamp: 4,
  /** ISBN-13 (978/979, EAN check digit) or a hyphenated ISBN-10 (mod-11 check digit). */
  isbn: 8,
  /** A bare ISBN-10 (10 digits or 9 and X) with a valid check digit: one in eleven random numbers. */
  isbn10: 16,
  decimal: 32,
  /** One token of letters, digits and `-_./` that may be a fixed-width identifier (see identifierSignature). */
  identifier: 64,
  /** 12 digits passing Verhoeff (an Aadhaar number's check). */
  aadhaar: 128,
  /** 11 digits passing the CPF's two mod-11 digits. */
  cpf: 256,
  /**
   * Digits in two or more dashed groups and nothing else (`4607-3199651`, `561-5370779-9701435`): one
   * token, as a reference number is written, but also a phone's shape (415-555-2671), so no identifier
   * signature; only a column named for a reference number leaves it alone (NAMED_SHAPE_BITS).
   */
  dashedNumber: 512,
} as const;
/** How many bits valueShape uses below the signature (see SIGNATURE_SHIFT). */
export const SHAPE_BITS = 10;
/** The identifier signature's 10-bit hash (1–1023) sits above the SHAPE bits. */
const SIGNATURE_SHIFT = SHAPE_BITS;
export const SHAPE_WIDTH = SHAPE_BITS + 10;

/** Indexes of valueShape's counts, and the class of each ASCII character that is no digit. */
const [DIGITS, DOTS, COLONS, BLANKS, DASHES, COMMAS, LETTERS, OTHER, NONE] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const COUNT = new Int32Array(9);
const CLASS_OF_ASCII = Uint8Array.from({ length: 128 }, (_, c) => {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LETTERS;
  const sep: Record<number, number> = { 46: DOTS, 58: COLONS, 32: BLANKS, 45: DASHES, 44: COMMAS, 95: NONE, 47: NONE };
  return sep[c] ?? OTHER;
});

const VERSION = /^(v)?(\d{1,4}(?:\.\d{1,6}){2,4})([-+][0-9A-Za-z.-]+)?$/i;
const ISO_TIMESTAMP = /^\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?$/;
const DMY_TIME = /^[0-3]?\d[./-][01]?\d[./-]\d{4},?[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?$/;

/**
 * The SHAPE bits of a trimmed, non-empty value, with its identifier signature above them. It runs on
 * every value of a table that holds a digit: one pass over the characters counts their classes and
 * hashes the identifier signature, and a pattern or a check digit runs only where those counts allow.
 */
export function valueShape(v: string): number {
  const n = v.length;
  // No shape starts with "+" or "(" (a written phone number does).
  if (n < 3 || v.charCodeAt(0) === 43 || v.charCodeAt(0) === 40) return 0;
  // Longer values: only a timestamp written in words ("Sun Dec 06 2026 10:02:11 GMT+0000 (…)").
  if (n > 40) return n <= 80 && isTextualTimestamp(v) ? SHAPE.timestamp : 0;
  // Characters per class (digits, dots, colons, blanks, dashes, commas, letters, other), in one pass.
  const count = COUNT;
  count.fill(0);
  // The identifier signature: digits read as 9, upper-case letters as A, lower-case as a (FNV-1a).
  let h = 0x811c9dc5;
  let lastGroup = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    let k = c;
    if (c >= 48 && c <= 57) {
      count[DIGITS]!++;
      lastGroup++;
      k = 57;
    } else {
      lastGroup = 0;
      if (c >= 65 && c <= 90) k = 65;
      else if (c >= 97 && c <= 122) k = 97;
      count[c < 128 ? CLASS_OF_ASCII[c]! : OTHER]!++;
    }
    h = Math.imul(h ^ k, 0x01000193);
  }
  const digits = count[DIGITS]!;
  const dots = count[DOTS]!;
  const colons = count[COLONS]!;
  const blanks = count[BLANKS]!;
  const dashes = count[DASHES]!;
  const commas = count[COMMAS]!;
  const letters = count[LETTERS]!;
  const other = count[OTHER]!;
  if (digits === 0) return 0;
  let bits = 0;
  if (dots >= 2 && colons === 0 && blanks === 0 && commas === 0) bits |= letters === 0 && dashes === 0 && other === 0 && digits + dots === n ? dottedBits(v, digits) : versionBits(v);
  if (colons > 0 ? digits >= 8 && (ISO_TIMESTAMP.test(v) || DMY_TIME.test(v)) : digits === n && (n === 10 || n === 13) && v.charCodeAt(0) === 49) bits |= SHAPE.timestamp;
  // Timestamps in words and the other textual forms (textual-time.ts): CJK, words with separators,
  // ISO's W or T, or (no letter) a time, dotted numbers with blanks, a slash, or an ordinal date's dash.
  else if (digits >= 4 && (other > 0 || (letters > 0 ? blanks + commas + dashes + colons > 0 || isoLetterAt(v) : colons > 0 || (dots > 0 && blanks > 0) || digits + dots + dashes + blanks < n || (dashes === 1 && n === 8))) && isTextualTimestamp(v)) bits |= SHAPE.timestamp;
  if (dots + commas === 1 && isDecimal(v, digits)) bits |= SHAPE.decimal;
  // Digit runs with blanks, dots or dashes between them (and an ISBN's final X): check digits.
  const x = letters === 1 && (v.charCodeAt(n - 1) === 88 || v.charCodeAt(n - 1) === 120) ? 1 : 0;
  if (digits + x + blanks + dots + dashes === n && digits >= 9 && digits <= 13) {
    if (digits + x === 10 || (digits === 13 && x === 0)) bits |= isbnBits(v, (digits === n ? v : v.replace(/[ .-]/g, '')).toUpperCase());
    // Three dots or more: an IPv4 address or a version, never a CPF (two dots) or an Aadhaar number.
    if (x === 0 && dots < 3) bits |= nationalIdBits(v, digits);
  }
  // One token of letters, digits and -_./ with three digits or more, no written phone number (its
  // last group of four digits or more: 415-555-2671), no dotted quad (an IP address may be one).
  const separated = n - digits - letters > 0;
  const first = v.charCodeAt(0);
  const alnumFirst = (first >= 48 && first <= 57) || ((first | 32) >= 97 && (first | 32) <= 122);
  const token = alnumFirst && blanks === 0 && colons === 0 && commas === 0 && other === 0 && n <= 32 && digits >= 3 && !(letters === 0 && separated && lastGroup >= 4);
  if (token && (bits & SHAPE.dottedQuad) === 0) bits |= SHAPE.identifier | ((((h >>> 0) % 1023) + 1) << SIGNATURE_SHIFT);
  else if (dashes > 0 && digits + dashes === n && first !== 45 && v.charCodeAt(n - 1) !== 45) bits |= SHAPE.dashedNumber;
  return bits;
}

/**
 * SHAPE.aadhaar or SHAPE.cpf for a value of `digits` digits and blanks, dots or dashes whose digits
 * pass the check (an Aadhaar number's first digit is 2–9), or 0.
 */
function nationalIdBits(v: string, digits: number): number {
  if (digits === 12) {
    let i = 0;
    while (v.charCodeAt(i) < 48 || v.charCodeAt(i) > 57) i++;
    return v.charCodeAt(i) >= 50 && verhoeffValid(v) ? SHAPE.aadhaar : 0;
  }
  return digits === 11 && cpfValid(v) ? SHAPE.cpf : 0;
}

/** The whole-value checksum bits of valueShape. */
export const CHECKSUM_SHAPES = SHAPE.aadhaar | SHAPE.cpf;

/**
 * `valueShape(v) & CHECKSUM_SHAPES`, without the rest of valueShape's work: what a column whose name
 * suggests a type needs of a value's shape (its other shapes never classify such a column; see
 * ColumnProfile.kindOf). Eleven or twelve digits with blanks, dots (two at most) or dashes between them.
 */
export function checksumShape(v: string): number {
  const n = v.length;
  if (n < 11 || n > 40) return 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 12) return 0;
    } else if (c === 46) {
      // Three dots or more: an IPv4 address or a version, never a CPF or an Aadhaar number.
      if (++dots > 2) return 0;
    } else if (c !== 32 && c !== 45) return 0;
  }
  return digits < 11 ? 0 : nationalIdBits(v, digits);
}

/** SHAPE.identifier and the signature of a value of these characters (as signatures read them: 57 a digit). */
function identifierBits(chars: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const k of chars) h = Math.imul(h ^ k, 0x01000193);
  return SHAPE.identifier | ((((h >>> 0) % 1023) + 1) << SIGNATURE_SHIFT);
}

/** The identifier bits of a run of n digits (they all read as 9), by n. */
const DIGIT_RUN_SIGNATURE = Array.from({ length: 33 }, (_, n) => identifierBits(Array<number>(n).fill(57)));

/**
 * The identifier bits of a decimal of i digits, a dot and f digits, at i * 4 + f (f up to 3: with a
 * fourth digit after the dot, the value reads as a written phone number's last group, no identifier).
 */
const DECIMAL_SIGNATURE = Array.from({ length: 32 * 4 }, (_, at) => identifierBits([...Array<number>(at >> 2).fill(57), 46, ...Array<number>(at & 3).fill(57)]));

/**
 * `valueShape(v)` of a value of ASCII digits only (an id, a count, an epoch time), without its
 * character pass: every digit run of one length has the same identifier signature.
 */
export function digitRunShape(v: string): number {
  const n = v.length;
  if (n < 3 || n > 40) return 0;
  let bits = n <= 32 ? DIGIT_RUN_SIGNATURE[n]! : 0;
  if ((n === 10 || n === 13) && v.charCodeAt(0) === 49) bits |= SHAPE.timestamp;
  if (n >= 9 && n <= 13) {
    if (n === 10 || n === 13) bits |= isbnBits(v, v);
    bits |= nationalIdBits(v, n);
  }
  return bits;
}

/**
 * `valueShape(v)` of a plain number (/^[-+]?\d+(?:\.\d+)?$/, see isPlainNumber in classify.ts), without
 * its character pass: the identifier signature depends on the lengths of the parts alone.
 */
export function plainNumberShape(v: string): number {
  const n = v.length;
  const first = v.charCodeAt(0);
  if (n < 3 || n > 40 || first === 43) return 0;
  const dot = v.indexOf('.');
  if (dot === -1 && first !== 45) return digitRunShape(v);
  const sign = first === 45 ? 1 : 0;
  const digits = n - sign - (dot === -1 ? 0 : 1);
  let bits = dot === -1 ? 0 : SHAPE.decimal;
  if (digits >= 9 && digits <= 13) {
    if (digits === 10 || digits === 13) bits |= isbnBits(v, v.replace(/[.-]/g, ''));
    bits |= nationalIdBits(v, digits);
  }
  // An identifier starts with a digit (no sign) and ends with fewer than four after its dot.
  const fraction = n - dot - 1;
  if (sign === 0 && n <= 32 && digits >= 3 && fraction < 4) bits |= DECIMAL_SIGNATURE[dot * 4 + fraction]!;
  return bits;
}

/**
 * /^[-+]?\d+[.,]\d+$/ for a value with one dot or comma and `digits` digits, without the pattern:
 * every other character is a digit, but a leading sign.
 */
function isDecimal(v: string, digits: number): boolean {
  const n = v.length;
  const first = v.charCodeAt(0);
  const sign = first === 45 || first === 43 ? 1 : 0;
  if (digits !== n - 1 - sign) return false;
  let sep = v.indexOf('.');
  if (sep === -1) sep = v.indexOf(',');
  return sep > sign && sep < n - 1;
}

/**
 * versionBits for a value of digits and two dots or more, without a pattern (a column of IP addresses
 * reads one per value): 3–5 groups, the first of 1–4 digits, the others of 1–6.
 */
function dottedBits(v: string, digits: number): number {
  let groups = 0;
  let len = 0;
  let value = 0;
  let quad = true;
  let innerLone = false;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 46;
    if (c !== 46) {
      if (len === 1 && value === 0) quad = false; // a leading zero
      value = value * 10 + (c - 48);
      len++;
      continue;
    }
    if (len === 0 || len > (groups === 0 ? 4 : 6)) return 0;
    if (value > 255) quad = false;
    if (len === 1 && groups > 0) innerLone = true;
    groups++;
    len = 0;
    value = 0;
  }
  if (groups < 3 || groups > 5) return 0;
  if (groups === 4 && quad) return SHAPE.dottedQuad;
  // Ten digits or more in bare dotted groups are a phone number's (555.123.4567), not a version's,
  // unless a group after the first is one digit (`120.0.6099.109`): no phone is written so.
  return digits >= 10 && !innerLone ? 0 : SHAPE.versionOnly;
}

/** versionOnly or dottedQuad for a value of two dots or more, or 0. */
function versionBits(v: string): number {
  const version = VERSION.exec(v);
  if (!version) return 0;
  const parts = version[2]!.split('.');
  const quad = !version[1] && !version[3] && parts.length === 4 && parts.every((p) => Number(p) <= 255 && (p.length === 1 || p[0] !== '0'));
  if (quad) return SHAPE.dottedQuad;
  // Ten digits or more in bare dotted groups are a phone number's (555.123.4567), not a version's,
  // unless a group after the first is one digit (`10.0.19045.3693`).
  const phoneLike = !version[1] && !version[3] && version[2]!.length - parts.length + 1 >= 10 && !parts.slice(1).some((p) => p.length === 1);
  return phoneLike ? 0 : SHAPE.versionOnly;
}

/** ISO 8601's W of a week date (`2026W497`) or T of a basic date-time (`20261206T100211Z`, `2026340T1002`) where they stand. */
function isoLetterAt(v: string): boolean {
  return v.charCodeAt(4) === 87 || v.charCodeAt(8) === 84 || v.charCodeAt(7) === 84;
}

/** The identifier signature (1–1023) of a value's bits, or 0. */
export function signatureOf(bits: number): number {
  return (bits >>> SIGNATURE_SHIFT) & 1023;
}

/** The four groups of a written ISBN-10, the check digit (or X) alone last. */
const ISBN10_GROUPS = /^\d{1,5}([ -])\d{1,7}\1\d{1,7}\1[\dXx]$/;

function isbnBits(v: string, digits: string): number {
  if (digits.length === 13) {
    if (!/^97[89]/.test(digits)) return 0;
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0 ? SHAPE.isbn : 0;
  }
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * (digits[i] === 'X' ? 10 : digits.charCodeAt(i) - 48);
  if (sum % 11 !== 0) return 0;
  if (!/[ .-]/.test(v)) return SHAPE.isbn10;
  // Hyphenated as ISBNs are (group, publisher, title, check digit: `0-306-40615-2`); ten digits in
  // other groups are a phone number's (`06 12 34 49 59`, `312 345 0791`), one in eleven passing the check.
  return ISBN10_GROUPS.test(v) ? SHAPE.isbn : 0;
}
