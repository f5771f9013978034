// Shapes of values that are not personal data (versions, timestamps, ISBNs, decimals, fixed-width
// identifiers) and whole-value checksums of national ids, read once per value as bits. The column
// profile counts them: a column whose values share a non-personal shape is classified as such, and a
// checksum that a majority of the values pass outranks a type known by its shape alone.
import { cpfValid, verhoeffValid } from './detectors/national-ids.js';

export const SHAPES = ['timestamp', 'date', 'version', 'isbn', 'decimal', 'identifier'] as const;
export type Shape = (typeof SHAPES)[number];

/** Bits of valueShape. */
export const SHAPE = {
  /** A version no IPv4 address has: three or five parts, a `v`, a suffix, a part above 255. */
  versionOnly: 1,
  /** Four dotted numbers of 0–255: an IPv4 address or a four-part version. */
  dottedQuad: 2,
  /** ISO date and time, a day.month.year date with a time, or epoch seconds/milliseconds (2001–2033). */
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
} as const;
/** How many bits valueShape uses below the signature (see SIGNATURE_SHIFT). */
export const SHAPE_BITS = 9;
/** The identifier signature's 10-bit hash (1–1023) sits above the SHAPE bits. */
const SIGNATURE_SHIFT = SHAPE_BITS;
export const SHAPE_WIDTH = SHAPE_BITS + 10;

const VERSION = /^(v)?(\d{1,4}(?:\.\d{1,6}){2,4})([-+][0-9A-Za-z.-]+)?$/i;
const ISO_TIMESTAMP = /^\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?$/;
const DMY_TIME = /^[0-3]?\d[./-][01]?\d[./-]\d{4},?[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?$/;
const EPOCH = /^1\d{9}(?:\d{3})?$/;
const DECIMAL = /^[-+]?\d+[.,]\d+$/;
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,31}$/;

/** The SHAPE bits of a trimmed, non-empty value, with its identifier signature above them. */
export function valueShape(v: string): number {
  if (v.length > 40) return 0;
  let bits = 0;
  const version = VERSION.exec(v);
  if (version) {
    const parts = version[2]!.split('.');
    const quad = !version[1] && !version[3] && parts.length === 4 && parts.every((p) => Number(p) <= 255 && (p.length === 1 || p[0] !== '0'));
    // Ten digits or more in bare dotted groups are a phone number's (555.123.4567), not a version's.
    const phoneLike = !version[1] && !version[3] && version[2]!.length - parts.length + 1 >= 10;
    if (quad) bits |= SHAPE.dottedQuad;
    else if (!phoneLike) bits |= SHAPE.versionOnly;
  }
  if (ISO_TIMESTAMP.test(v) || DMY_TIME.test(v) || EPOCH.test(v)) bits |= SHAPE.timestamp;
  if (DECIMAL.test(v)) bits |= SHAPE.decimal;
  const digits = v.replace(/[ .-]/g, '');
  if (/^\d{9}[\dX]$|^\d{13}$/.test(digits)) bits |= isbnBits(v, digits);
  if (digits.length === 12 && /^[2-9]\d{11}$/.test(digits) && verhoeffValid(digits)) bits |= SHAPE.aadhaar;
  if (digits.length === 11 && /^\d{11}$/.test(digits) && cpfValid(digits)) bits |= SHAPE.cpf;
  // A dotted quad may be an IP address: never an identifier by its shape.
  const signature = (bits & SHAPE.dottedQuad) === 0 ? identifierSignature(v) : 0;
  if (signature !== 0) bits |= SHAPE.identifier | (signature << SIGNATURE_SHIFT);
  return bits;
}

/** The identifier signature (1–1023) of a value's bits, or 0. */
export function signatureOf(bits: number): number {
  return (bits >>> SIGNATURE_SHIFT) & 1023;
}

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
  return /[ -]/.test(v) ? SHAPE.isbn : SHAPE.isbn10;
}

/**
 * A fixed-width identifier's signature: the value with each digit read as 9, each upper-case letter
 * as A and each lower-case letter as a, hashed to 10 bits (1–1023), for one token of 3–32 characters
 * with three digits or more. 0 for a written phone number (its last group of digits has four or more:
 * 415-555-2671), which a column of the same signature does not make an identifier.
 */
function identifierSignature(v: string): number {
  if (!TOKEN.test(v)) return 0;
  let digits = 0;
  let letters = false;
  let lastGroup = 0;
  let separated = false;
  let h = 0x811c9dc5;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    let k = c;
    if (c >= 48 && c <= 57) {
      k = 57;
      digits++;
      lastGroup++;
    } else {
      if (c >= 65 && c <= 90) k = 65;
      else if (c >= 97 && c <= 122) k = 97;
      else separated = true;
      if (k !== c) letters = true;
      lastGroup = 0;
    }
    h = Math.imul(h ^ k, 0x01000193);
  }
  if (digits < 3 || (!letters && separated && lastGroup >= 4)) return 0;
  return ((h >>> 0) % 1023) + 1;
}
