/**
 * Literal gates: which case-folded character pairs a text holds, summarised once per text in a few
 * bits, so that the engine's searches for literals (a detector's prefilter) and for context words
 * that a text does not hold are mostly answered without them. A word of two characters or more
 * occurs in a text only if each of its character pairs does: a gate says "absent" only then, and
 * otherwise the exact search runs as ever (the same answers: test/unit/detect/text-summary.test.ts).
 * The same pass measures the text's runs of ASCII digits and whether an ASCII letter stands right before
 * one (the engine's Detector.digitRun, digitGroup and letterDigit gates).
 */

/**
 * Class of a UTF-16 code unit: an ASCII letter in lower case, another ASCII character as it is, "ſ"
 * and the Kelvin sign as "s" and "k" (a case-insensitive pattern folds them to those letters, and
 * toLowerCase the Kelvin sign), any other non-ASCII unit 0 (with NUL). Two characters that a search
 * of the lower-cased text or a case-insensitive (Unicode) pattern takes for one another have one class.
 */
export function classOf(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  return c === 0x17f ? 115 : c === 0x212a ? 107 : 0;
}

/**
 * The bit of each character pair some gate asks about, by pair key (class << 7 | class); 0: none.
 * Bit 1 of a summary is its flag (holds "İ"), pairs have 2 on; bit 0 is unused (every summary is made
 * before a gate reads it: runDetectorsOverTexts).
 */
const SLOT = new Uint16Array(1 << 14);
let slots = 2;
const DOTTED_I = 2;

/**
 * The pairs asked about so far: summaries made with this limit answer for gates made before it was
 * read (a caller reads it after making its gates), and a gate made later is never gated by them.
 */
export function summaryLimit(): number {
  return slots;
}

/** Words of a summary for pairs below `limit`. */
export function summaryWidth(limit: number): number {
  return (limit + 31) >>> 5;
}

/** A word list prepared for gating (gateOf). */
export interface Gate {
  /** Per word, in order: its number of distinct pairs n, then their bits, rarest first (n = 0: a word shorter than two characters, never gated). */
  readonly plan: Int32Array;
  /** The highest bit of the plan: a summary made with a limit at or below it cannot answer for it. */
  readonly top: number;
  /**
   * Each word's rarest pair, as (summary word, mask) pairs: a text whose summary has none of these
   * bits holds none of the words, one test per summary word where the plan takes one per word (most
   * texts hold none). Undefined when a word has no pair (shorter than two characters: never gated).
   */
  readonly rare: Int32Array | undefined;
}

const GATES = new WeakMap<readonly string[], Gate>();

/** The gate of a word list (prepared once per list: detectors and their lists are module constants). */
export function gateOf(words: readonly string[]): Gate {
  let gate = GATES.get(words);
  if (gate === undefined) GATES.set(words, (gate = makeGate(words)));
  return gate;
}

function makeGate(words: readonly string[]): Gate {
  const plan: number[] = [];
  const rare = new Map<number, number>();
  let top = 0;
  let short = false;
  for (const w of words) {
    const keys = w.length < 2 ? [] : pairKeys(w).sort((a, b) => commonness(a) - commonness(b));
    plan.push(keys.length);
    if (keys.length === 0) short = true;
    for (const key of keys) {
      if (SLOT[key] === 0) SLOT[key] = slots++;
      plan.push(SLOT[key]!);
      top = Math.max(top, SLOT[key]!);
    }
    if (keys.length > 0) {
      const s = SLOT[keys[0]!]!;
      rare.set(s >>> 5, (rare.get(s >>> 5) ?? 0) | (1 << (s & 31)));
    }
  }
  return { plan: Int32Array.from(plan), top, rare: short ? undefined : Int32Array.from([...rare].flat()) };
}

/** The distinct pair keys of a word. */
function pairKeys(w: string): number[] {
  const keys = new Set<number>();
  for (let i = 1; i < w.length; i++) keys.add((classOf(w.charCodeAt(i - 1)) << 7) | classOf(w.charCodeAt(i)));
  return [...keys];
}

/** How common a pair is in prose (letter frequencies, per cent): a word's rarest pair is tested first, and most texts lack it. */
function commonness(key: number): number {
  return frequency(key >>> 7) * frequency(key & 127);
}

const LETTER_FREQUENCY = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2, 6.1, 7, 0.15, 0.8, 4, 2.4, 6.7, 7.5, 1.9, 0.1, 6, 6.3, 9.1, 2.8, 1, 2.4, 0.15, 2, 0.07];
function frequency(c: number): number {
  if (c >= 97 && c <= 122) return LETTER_FREQUENCY[c - 97]!;
  if (c === 32) return 18;
  if (c >= 48 && c <= 57) return 1;
  if (c === 0) return 2;
  return c === 46 || c === 44 ? 1.5 : 0.3;
}

/**
 * Writes the summary of `text` into bits[at .. at + summaryWidth(limit)) (zero before): the bits of
 * the pairs it holds, below `limit`, and its flags. Returns its digit measures (digitRunOf,
 * digitGroupOf, letterDigitOf read them): the longest run of ASCII digits (0-9, as a pattern's `\d` reads
 * them), the most digits in a stretch where no two other characters stand side by side ("123-45-6789":
 * 9), and whether an ASCII letter stands right before a digit (`DE89`; also "ſ" and the Kelvin sign,
 * which classOf reads as letters: a gate may answer "maybe" too often, never "no" wrongly).
 */
export function summarise(text: string, bits: Int32Array, at: number, limit: number): number {
  let flags = 0;
  let prev = -1;
  // The measures move at digits only (few in most texts): the gap to the digit before tells all.
  let last = -3; // where the last digit stands
  let run = 0;
  let longest = 0;
  let group = 0;
  let most = 0;
  let letterDigit = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 128) {
      k = c >= 65 && c <= 90 ? c | 32 : c;
      if (c <= 57 && c >= 48) {
        run = i - last === 1 ? run + 1 : 1;
        if (run > longest) longest = run;
        // Two other characters between this digit and the last: a new stretch.
        group = i - last > 2 ? 1 : group + 1;
        if (group > most) most = group;
        if (prev >= 97 && prev <= 122) letterDigit = LETTER_DIGIT;
        last = i;
      }
    } else {
      k = c === 0x17f ? 115 : c === 0x212a ? 107 : 0;
      if (c === 0x130) flags |= DOTTED_I;
    }
    if (prev >= 0) {
      const s = SLOT[(prev << 7) | k]!;
      if (s !== 0 && s < limit) bits[at + (s >>> 5)]! |= 1 << (s & 31);
    }
    prev = k;
  }
  bits[at]! |= flags;
  return Math.min(longest, DIGITS_CAP) | letterDigit | (Math.min(most, DIGITS_CAP) << 16);
}

/** summarise's digit measures of a text, without its summary (runDetectors: one text, a few detectors ask): a summary of no pairs. */
export function digitMeasures(text: string): number {
  return summarise(text, NO_SUMMARY, 0, 0);
}
/** Where digitMeasures lets summarise write its flags (with limit 0, nothing else). */
const NO_SUMMARY = new Int32Array(1);

/** summarise's measures are kept up to this (no pattern asks for more digits). */
const DIGITS_CAP = 0x7fff;
/** The bit of summarise's answer above the longest run: an ASCII letter right before a digit. */
const LETTER_DIGIT = 0x8000;

/** The longest run of ASCII digits of a text summarised with this answer (at most DIGITS_CAP). */
export function digitRunOf(measures: number): number {
  return measures & DIGITS_CAP;
}

/** 1 when the text summarised with this answer holds an ASCII letter right before an ASCII digit (or may: see summarise), else 0. */
export function letterDigitOf(measures: number): number {
  return (measures & LETTER_DIGIT) >>> 15;
}

/** The most ASCII digits in a stretch of a text summarised with this answer without two other characters side by side (at most DIGITS_CAP). */
export function digitGroupOf(measures: number): number {
  return measures >>> 16;
}

/**
 * Whether the text summarised at bits[at] (with `limit`) holds one of the gate's words, case-sensitive:
 * includesAny(text, words), its searches run only for words whose every pair the text holds.
 */
export function holdsLiteral(text: string, words: readonly string[], gate: Gate, bits: Int32Array, at: number, limit: number): boolean {
  if (gate.top >= limit) return includesAnyOf(text, words);
  if (gate.rare !== undefined && !anyRare(gate.rare, bits, at)) return false;
  const plan = gate.plan;
  for (let k = 0, i = 0; k < words.length; k++) {
    const n = plan[i++]!;
    if (allPairs(plan, i, n, bits, at) && text.includes(words[k]!)) return true;
    i += n;
  }
  return false;
}

/**
 * False when the text summarised at bits[at] holds none of the gate's words in any case (as its lower
 * case or a case-insensitive Unicode pattern reads it); true when it may.
 */
export function mayHoldWord(gate: Gate, bits: Int32Array, at: number, limit: number): boolean {
  if (gate.top >= limit || (bits[at]! & DOTTED_I) !== 0) return true; // "İ": two characters in lower case
  if (gate.rare !== undefined && !anyRare(gate.rare, bits, at)) return false;
  const plan = gate.plan;
  for (let i = 0; i < plan.length; ) {
    const n = plan[i++]!;
    if (allPairs(plan, i, n, bits, at)) return true;
    i += n;
  }
  return false;
}

/** Whether the summary holds one of the bits of `rare` (Gate.rare: summary word, mask, …). */
function anyRare(rare: Int32Array, bits: Int32Array, at: number): boolean {
  for (let j = 0; j < rare.length; j += 2) if ((bits[at + rare[j]!]! & rare[j + 1]!) !== 0) return true;
  return false;
}

/** Whether every bit plan[i .. i + n) is set in the summary. */
function allPairs(plan: Int32Array, i: number, n: number, bits: Int32Array, at: number): boolean {
  for (let j = i; j < i + n; j++) {
    const s = plan[j]!;
    if ((bits[at + (s >>> 5)]! & (1 << (s & 31))) === 0) return false;
  }
  return true;
}

function includesAnyOf(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.includes(words[k]!)) return true;
  return false;
}
