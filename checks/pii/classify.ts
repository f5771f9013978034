// Column classification, as cloud DLP profilers do: prevalence of each detected type among the
// non-empty values, column-name hints, value shape and vocabularies → type, confidence, sensitivity, category.
import { DETECTOR_BY_TYPE, type Category, type Sensitivity } from './detectors/index.js';
import { CELL_DIGITS, NEED, textFeatures } from './detectors/types.js';
import { isGivenName } from './names.js';
import { nameHint, norm, VOCABULARIES, type Hint } from './vocab.js';

export interface ColumnClass {
  name: string;
  /** Resulting type, or null when the column holds no personal data we recognise. */
  type: string | null;
  category: Category | null;
  sensitivity: Sensitivity | 'none';
  /** 0–1: prevalence of the type, raised by a matching name hint. */
  confidence: number;
  /** Share of non-empty values matching each detected type (rounded to 4 places). */
  prevalence: Record<string, number>;
  nonEmpty: number;
  /** Dominant value kind: number, date, text, empty. */
  valueType: 'number' | 'date' | 'text' | 'empty';
  hint: string | null;
  quasiIdentifier: boolean;
}

/** kindOf bits. */
const KIND_NON_EMPTY = 1;
const KIND_NUMBER = 2;
const KIND_DATE = 4;
const KIND_NAME = 8;
/** One bit per vocabulary (VOCABULARIES order) from here up. */
const KIND_VOCAB = 16;

/** /^[-+]?\d+(?:\.\d+)?$/ without the regular expression (it runs on every cell with a digit). */
export function isPlainNumber(v: string): boolean {
  const n = v.length;
  let i = 0;
  if (n > 0 && (v.charCodeAt(0) === 45 || v.charCodeAt(0) === 43)) i = 1;
  const intStart = i;
  while (i < n && isDigit(v.charCodeAt(i))) i++;
  if (i === intStart) return false;
  if (i === n) return true;
  if (v.charCodeAt(i) !== 46) return false;
  const fracStart = ++i;
  while (i < n && isDigit(v.charCodeAt(i))) i++;
  return i > fracStart && i === n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The date forms the profile counts: /^\d{4}-\d{2}-\d{2}|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/ (ISO at
 * the start, or day/month or month/day and a 2- to 4-digit year), read without the pattern.
 */
export function isDateShape(v: string): boolean {
  const first = digitRun(v, 0);
  if (first === 4) return v.length >= 10 && v.charCodeAt(4) === 45 && digitRun(v, 5) >= 2 && v.charCodeAt(7) === 45 && digitRun(v, 8) >= 2;
  if (first < 1 || first > 2 || !isDateSep(v.charCodeAt(first))) return false;
  const second = digitRun(v, first + 1);
  const at = first + 1 + second;
  if (second < 1 || second > 2 || !isDateSep(v.charCodeAt(at))) return false;
  const year = digitRun(v, at + 1);
  return year >= 2 && year <= 4 && at + 1 + year === v.length;
}

/** The number of ASCII digits in a row from `at`. */
function digitRun(v: string, at: number): number {
  let i = at;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  return i - at;
}

function isDateSep(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}

/** `value.trim()`, without the call where the ends are printable ASCII (nothing to trim). */
function trimmed(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  const a = value.charCodeAt(0);
  const b = value.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? value : value.trim();
}

/** Whether a vocabulary word holds one of these characters. */
function vocabularyHolds(chars: string): boolean {
  return VOCABULARIES.some(([, words]) => [...words].some((w) => [...chars].some((c) => w.includes(c))));
}
/** Class bits of characters that no vocabulary word holds and norm keeps: a value with one is in none. */
const NOT_IN_VOCABULARIES = (vocabularyHolds('@') ? 0 : NEED.at) | (vocabularyHolds(':=') ? 0 : NEED.sep);

/** The most spaces in a vocabulary word (words are normalised: one space between two words). */
const VOCABULARY_SPACES = Math.max(...VOCABULARIES.flatMap(([, words]) => [...words].map((w) => w.split(' ').length - 1)));

/**
 * Whether norm(v) of a trimmed value holds more spaces than any vocabulary word, so is none of them:
 * norm turns each run of separators into one space, and a space after a character that is no
 * separator starts a run of its own (a lower bound on the runs, found by indexOf alone).
 */
function moreSpacesThanVocabularies(v: string): boolean {
  let runs = 0;
  for (let i = v.indexOf(' '); i > 0; i = v.indexOf(' ', i + 1)) {
    if (!isNormSeparator(v.charCodeAt(i - 1)) && ++runs > VOCABULARY_SPACES) return true;
  }
  return false;
}

/** A character norm replaces: /[\s_\-./]/. */
function isNormSeparator(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 95 || c === 45 || c === 46 || c === 47;
  return /\s/.test(String.fromCharCode(c));
}

const SENS_RANK: Record<Sensitivity, number> = { low: 0, moderate: 1, high: 2 };

/** Per-column accumulator; values are seen once, in a streaming pass. Holds counts only. */
export class ColumnProfile {
  nonEmpty = 0;
  numbers = 0;
  dates = 0;
  /** Values shaped like a person name ("Braund, Mr. Owen Harris", "miguel hernandez"). */
  nameShaped = 0;
  readonly typeCounts = new Map<string, number>();
  readonly vocabCounts = new Map<string, number>();
  readonly hint: Hint | undefined;

  /** `declared`: the policy's class of this column (`pii.columns`), which wins over the name hint. */
  constructor(
    readonly name: string,
    declared?: Hint,
  ) {
    this.hint = declared ?? nameHint(name);
  }

  /**
   * What this column's profile retains of a value, as bits (KIND_*): a pure function of the value
   * for a given column, so a scan may compute it once per distinct value and cache it.
   */
  kindOf(value: string, features: number = textFeatures(value)): number {
    // One or more ASCII digits and nothing else (cellFeatures says so): a plain number, as below.
    if ((features & CELL_DIGITS) !== 0) return KIND_NON_EMPTY | KIND_NUMBER;
    const v = trimmed(value);
    // `features` (cellFeatures or textFeatures of the value) rule out the patterns below without running them.
    const letters = (features & NEED.alpha) !== 0;
    if (v === '' || v === '?' || (letters && v.length <= 4 && /^(?:na|n\/a|null|none)$/i.test(v))) return 0;
    let k = KIND_NON_EMPTY;
    const digits = (features & NEED.digit) !== 0;
    if (digits && isPlainNumber(v)) k |= KIND_NUMBER;
    else if (digits && isDateShape(v)) k |= KIND_DATE;
    else if (v.length <= 80) {
      if (this.hint?.type === 'person' && looksLikeName(v)) k |= KIND_NAME;
      // No vocabulary word holds "@", ":" or "=" (see NOT_IN_VOCABULARIES), which norm keeps.
      // Nor more than a few words (free text): see moreSpacesThanVocabularies.
      if (v.length <= 40 && !digits && (features & NOT_IN_VOCABULARIES) === 0 && !moreSpacesThanVocabularies(v)) {
        const n = norm(v);
        for (let i = 0; i < VOCABULARIES.length; i++) if (VOCABULARIES[i]![1].has(n)) k |= KIND_VOCAB << i;
      }
    }
    return k;
  }

  /** Counts a value by its kindOf bits (the types detected in it: countType). */
  addKind(kind: number): void {
    if (kind === 0) return;
    this.nonEmpty++;
    if (kind & KIND_NUMBER) this.numbers++;
    else if (kind & KIND_DATE) this.dates++;
    if (kind & KIND_NAME) this.nameShaped++;
    if (kind >= KIND_VOCAB) {
      for (let i = 0; i < VOCABULARIES.length; i++) {
        if (kind & (KIND_VOCAB << i)) {
          const t = VOCABULARIES[i]![0].type;
          this.vocabCounts.set(t, (this.vocabCounts.get(t) ?? 0) + 1);
        }
      }
    }
  }

  /** Counts `n` more non-empty values holding `type` (a value holding it twice counts once). */
  countType(type: string, n: number): void {
    this.typeCounts.set(type, (this.typeCounts.get(type) ?? 0) + n);
  }

  /** Adds the counts of another profile of the same column (a part of the same table). */
  merge(other: ColumnProfile): void {
    this.nonEmpty += other.nonEmpty;
    this.numbers += other.numbers;
    this.dates += other.dates;
    this.nameShaped += other.nameShaped;
    for (const [t, n] of other.typeCounts) this.typeCounts.set(t, (this.typeCounts.get(t) ?? 0) + n);
    for (const [t, n] of other.vocabCounts) this.vocabCounts.set(t, (this.vocabCounts.get(t) ?? 0) + n);
  }

  classify(minPrevalence: number): ColumnClass {
    const n = this.nonEmpty;
    const share = (c: number): number => (n === 0 ? 0 : Math.round((c / n) * 1e4) / 1e4);
    const prevalence: Record<string, number> = {};
    for (const [t, c] of this.typeCounts) prevalence[t] = share(c);
    for (const [t, c] of this.vocabCounts) prevalence[t] = Math.max(prevalence[t] ?? 0, share(c));
    const valueType = n === 0 ? 'empty' : this.numbers / n > 0.8 ? 'number' : this.dates / n > 0.8 ? 'date' : 'text';
    const hint = this.hint;

    // Candidates: detected types and vocabularies above the prevalence floor; a name hint agreeing
    // with the values raises confidence; a hint alone classifies only where the values fit it.
    let best: { type: string; category: Category; sensitivity: Sensitivity; confidence: number } | undefined;
    const consider = (type: string, category: Category, sensitivity: Sensitivity, confidence: number): void => {
      if (
        !best ||
        confidence > best.confidence + 0.1 ||
        (Math.abs(confidence - best.confidence) <= 0.1 && SENS_RANK[sensitivity] > SENS_RANK[best.sensitivity])
      ) {
        best = { type, category, sensitivity, confidence };
      }
    };
    for (const [t, p] of Object.entries(prevalence)) {
      if (p < minPrevalence) continue;
      const det = DETECTOR_BY_TYPE.get(t);
      const vocab = VOCABULARIES.find(([h]) => h.type === t)?.[0];
      const info = det ?? vocab;
      if (!info) continue;
      const agrees = hint?.type === t;
      // Free-text detectors (names, addresses) fire on some values of many text columns: without a
      // name hint the column is classified only when they match a large share of the values.
      if (!agrees && (t === 'person' || t === 'street-address') && p < 0.5) continue;
      consider(t, info.category, info.sensitivity, Math.min(1, p + (agrees ? 0.3 : 0)));
    }
    if (hint && n > 0) {
      const fit =
        hint.type === 'person'
          ? share(this.nameShaped)
          : hint.type === 'date-of-birth'
            ? share(this.dates + (this.typeCounts.get('date-of-birth') ?? 0))
            : hint.type === 'age'
              ? share(this.numbers)
              : hint.category === 'special-category' || hint.type === 'sex' || hint.type === 'postal-code' || hint.type === 'secret'
                ? 1
                : share(this.typeCounts.get(hint.type) ?? 0);
      if (fit >= 0.5) consider(hint.type, hint.category, hint.sensitivity, Math.min(1, 0.5 + fit / 2));
    }
    // A column the policy declares holds what it says, whatever the detectors saw in it.
    if (hint?.declared && n > 0) best = { type: hint.type, category: hint.category, sensitivity: hint.sensitivity, confidence: 1 };
    const quasi = !!hint?.quasi || best?.type === 'date-of-birth';
    return {
      name: this.name,
      type: best?.type ?? null,
      category: best?.category ?? null,
      sensitivity: best?.sensitivity ?? 'none',
      confidence: best ? Math.round(best.confidence * 100) / 100 : 0,
      prevalence,
      nonEmpty: n,
      valueType,
      hint: hint?.type ?? null,
      quasiIdentifier: quasi,
    };
  }
}

/** 1–5 words of letters (commas, dots, quotes, brackets and titles allowed), one of them a known given name or capitalised. */
export function looksLikeName(v: string): boolean {
  if (!/^[\p{L}][\p{L}'’.,()" -]{1,79}$/u.test(v)) return false;
  const words = v.split(/[\s,()"]+/).filter((w) => w.length > 0);
  if (words.length > 8) return false;
  // One to three plain words (a surname, "hernandez", "Mary Ann") fit a name column; longer values
  // need a known given name or capitalised words.
  if (words.length <= 3 && words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w))) return true;
  return words.some((w) => isGivenName(w.replace(/\.$/, ''))) || words.every((w) => /^\p{Lu}/u.test(w));
}
