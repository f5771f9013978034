// A PII detector is a src/detect Detector with the category its findings belong to.
import type { Detector } from '../../../src/detect/index.js';
import { folds } from './fold-width.js';

export type Category = 'credentials' | 'financial' | 'personal' | 'special-category';
export type Sensitivity = 'low' | 'moderate' | 'high';

export interface PiiDetector extends Detector {
  category: Category;
  sensitivity: Sensitivity;
  /** Placeholder used by the redact strategy, e.g. "[EMAIL]". */
  label: string;
  /** Character classes (NEED bits, all required) without which this type cannot occur: the cell is skipped. */
  needs?: number;
  /**
   * Sets of character classes (NEED bits) one of which the text must have all of (and `needs` too): a detector
   * that runs several readers, each with its own `needs` (password-readers.ts), runs where one of them would.
   */
  needsAnyOf?: readonly number[];
  /** Fewest ASCII digits (0–9) a text must hold for this type to occur in it (one of DIGIT_STEPS). */
  minDigits?: number;
}

/** Character classes of a text, computed in one pass; a detector lists those it needs. */
export const NEED = { digit: 1, at: 2, upper: 4, sep: 8, dot: 16, underscore: 32, dash: 64, alpha: 128 } as const;
const ALL = 255;
const STEP_SHIFT = 8;

/** The digit counts detectors may ask for (`minDigits`); the text's count is bucketed by them. */
export const DIGIT_STEPS = [4, 6, 7, 9, 11, 12] as const;

/** The digit steps reached by a count of digits (the last entry for every count from there on). */
const STEP_OF = Uint8Array.from({ length: DIGIT_STEPS[DIGIT_STEPS.length - 1]! + 1 }, (_, n) => DIGIT_STEPS.filter((s) => n >= s).length);

/** Class bits of each ASCII code (0: none). Non-ASCII counts as an upper-case letter (any letter may be). */
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = NEED.digit;
for (let c = 65; c <= 90; c++) CLASS[c] = NEED.upper | NEED.alpha;
for (let c = 97; c <= 122; c++) CLASS[c] = NEED.alpha;
const NON_ASCII = NEED.upper | NEED.alpha;
CLASS[64] = NEED.at;
CLASS[58] = CLASS[61] = NEED.sep;
CLASS[46] = NEED.dot;
CLASS[95] = NEED.underscore;
CLASS[45] = NEED.dash;

/**
 * CLASS for every UTF-16 code unit, plus bit 8 for NUL, 9 for U+FFFD, 10 for non-ASCII, 11 for
 * anything but an ASCII digit, 12 for a unit fold-width.ts reads as ASCII: one load per character.
 */
const UNIT_NUL = 1 << 8;
const UNIT_REPLACED = 1 << 9;
const UNIT_NON_ASCII = 1 << 10;
const UNIT_NON_DIGIT = 1 << 11;
const UNIT_FOLD = 1 << 12;
const UNIT = new Uint16Array(65536);
UNIT.set(CLASS);
UNIT.fill(NON_ASCII | UNIT_NON_ASCII, 128);
UNIT[0] = UNIT_NUL;
UNIT[0xfffd] = NON_ASCII | UNIT_NON_ASCII | UNIT_REPLACED;
for (let c = 0; c < UNIT.length; c++) {
  if (c < 48 || c > 57) UNIT[c]! |= UNIT_NON_DIGIT;
  if (folds(c)) UNIT[c]! |= UNIT_FOLD;
}

/**
 * Bits of cellFeatures above the feature key: the text holds a NUL character / a U+FFFD / only
 * ASCII characters / only ASCII digits, one or more (set, never assumed: a features value without
 * it says nothing).
 */
export const CELL_NUL = 1 << 16;
export const CELL_REPLACED = 1 << 17;
export const CELL_ASCII = 1 << 18;
export const CELL_DIGITS = 1 << 19;
/** The text holds a full-width character or a digit of another script (fold-width.ts): detectors read it folded. */
export const CELL_FOLD = 1 << 20;
/** The feature key (textFeatures) of a cellFeatures value. */
export const FEATURE_KEY = 0xffff;

/**
 * One pass over the text: class bits (low 8 bits) and the number of digit steps reached (bits 8+),
 * the key under which the detectors able to match such a text are cached.
 */
export function textFeatures(text: string): number {
  return cellFeatures(text) & FEATURE_KEY;
}

/** The FNV-1a hash of the text cellFeatures scanned last (see cellHash). */
let lastHash = 0;

/** The 32-bit FNV-1a hash of the UTF-16 code units of the text cellFeatures scanned last. */
export function cellHash(): number {
  return lastHash;
}

/**
 * textFeatures, plus CELL_NUL, CELL_REPLACED (a table scan checks every cell for both) and
 * CELL_ASCII; the same pass hashes the text for the scan's value cache (cellHash).
 */
export function cellFeatures(text: string): number {
  let f = 0;
  let digits = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = UNIT[c]!;
    f |= k;
    digits += k & NEED.digit; // NEED.digit is bit 0
    h = Math.imul(h ^ c, 0x01000193);
  }
  lastHash = h;
  return featureBits(f, digits);
}

/**
 * cellFeatures without the hash, for a value no cache will hold (cellHash then answers for an
 * earlier text): the hash's multiplications chain from one character to the next, and are most of
 * the pass's time.
 */
export function cellFeaturesUnhashed(text: string): number {
  let f = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const k = UNIT[text.charCodeAt(i)]!;
    f |= k;
    digits += k & NEED.digit;
  }
  return featureBits(f, digits);
}

/**
 * The UNIT bits of a code unit: a recogniser that reads every code unit of a value it validates ors
 * them (and counts the ASCII digits) in its own loop, and records the value's features (recordFeatures),
 * so that a table scan need not read the value again (recognisedFeatures).
 */
export function unitBits(c: number): number {
  return UNIT[c]!;
}

/** The or of unitBits over the code units of `chars`: the fixed characters of a recogniser's forms. */
export function unitsOf(chars: string): number {
  let units = 0;
  for (let i = 0; i < chars.length; i++) units |= UNIT[chars.charCodeAt(i)]!;
  return units;
}

/** The UNIT bits of an ASCII digit. */
export const DIGIT_UNITS = unitsOf('0');

/** The text a recogniser recorded last (recordFeatures), and its features. */
let recordedText: string | undefined;
let recordedFeatures = 0;

/**
 * Records the cellFeaturesUnhashed value of `text`, read whole by a recogniser: `units` is the or of
 * unitBits over all its code units, `digits` the number of its ASCII digits.
 */
export function recordFeatures(text: string, units: number, digits: number): void {
  recordedText = text;
  recordedFeatures = featureBits(units, digits);
}

/** The features recorded (recordFeatures) when the record is of this text, else -1: a record of another text is never used. */
export function recordedFeaturesOf(text: string): number {
  return text === recordedText ? recordedFeatures : -1;
}

/**
 * cellFeaturesUnhashed(text): the record of a recogniser when it is of this text (as a table scan asks
 * right after the recogniser validated it), else one pass over the text.
 */
export function recognisedFeatures(text: string): number {
  const f = recordedFeaturesOf(text);
  return f >= 0 ? f : cellFeaturesUnhashed(text);
}

/** The cellFeatures value of a text whose code units' UNIT bits or to `f`, holding `digits` ASCII digits. */
function featureBits(f: number, digits: number): number {
  const step = STEP_OF[digits < STEP_OF.length ? digits : STEP_OF.length - 1]!;
  return (
    (f & ALL) |
    (step << STEP_SHIFT) |
    (f & UNIT_NUL ? CELL_NUL : 0) |
    (f & UNIT_REPLACED ? CELL_REPLACED : 0) |
    (f & UNIT_NON_ASCII ? 0 : CELL_ASCII) |
    (digits > 0 && (f & UNIT_NON_DIGIT) === 0 ? CELL_DIGITS : 0) |
    (f & UNIT_FOLD ? CELL_FOLD : 0)
  );
}

/** True when a detector can match a text with these features. */
export function canMatch(d: PiiDetector, features: number): boolean {
  const classes = features & ALL;
  if (d.needs && (d.needs & classes) !== d.needs) return false;
  if (d.needsAnyOf !== undefined && !d.needsAnyOf.some((n) => (n & classes) === n)) return false;
  if (d.minDigits) {
    const step = digitStep(features);
    const need = DIGIT_STEPS.indexOf(d.minDigits as (typeof DIGIT_STEPS)[number]) + 1;
    if (need === 0) throw new Error(`minDigits ${d.minDigits} of ${d.type} is not one of DIGIT_STEPS`);
    if (step < need) return false;
  }
  return true;
}

/** Whether a text with these features (textFeatures or cellFeatures) holds `n` ASCII digits or more; `n` one of DIGIT_STEPS. */
export function holdsDigits(features: number, n: (typeof DIGIT_STEPS)[number]): boolean {
  return digitStep(features) >= STEP_OF[n]!;
}

/** How many of DIGIT_STEPS the digit count of a text with these features reaches (0 to DIGIT_STEPS.length). */
export function digitStep(features: number): number {
  return (features & FEATURE_KEY) >> STEP_SHIFT;
}
