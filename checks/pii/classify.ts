// Column classification, as cloud DLP profilers do: prevalence of each detected type among the
// non-empty values, column-name hints, value shape and vocabularies → type, confidence, sensitivity, category.
import { DETECTOR_BY_TYPE, type Category, type Sensitivity } from './detectors/index.js';
import { WHOLE_BARE_ID } from './detectors/national-ids.js';
import { MORE_NATIONAL_IDS } from './detectors/national-ids-more.js';
import { CELL_DIGITS, holdsDigits, NEED, textFeatures } from './detectors/types.js';
import { isGivenName } from './names.js';
import { checksumShape, digitRunShape, plainNumberShape, SHAPE, SHAPE_BITS, SHAPE_WIDTH, signatureOf, valueShape, type Shape } from './shapes.js';
import { nameHint, norm, shapeHint, VOCABULARIES, type Hint } from './vocab.js';

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
  /** The non-personal shape the values share (version, timestamp, …) when the column holds no personal data. */
  shape: Shape | null;
  /** The type with the most evidence after the chosen one (the chosen one: none), and its share. */
  runnerUp: { type: string; share: number } | null;
}

/** kindOf bits. */
const KIND_NON_EMPTY = 1;
const KIND_NUMBER = 2;
const KIND_DATE = 4;
const KIND_NAME = 8;
/** One bit per vocabulary (VOCABULARIES order) from here up. */
const KIND_VOCAB = 16;
/** valueShape's bits (shapes.ts) from here up, above the vocabularies. */
const KIND_SHAPE_SHIFT = Math.log2(KIND_VOCAB) + VOCABULARIES.length;
if (KIND_SHAPE_SHIFT + SHAPE_WIDTH > 31) throw new Error('kindOf bits overflow');

/** Share of the values a non-personal shape needs when the column's name does not announce it. */
const SHAPE_SHARE = 0.9;

/**
 * How strongly a type's validation tells it from chance, to rank the types a majority of a column's
 * values pass: a check digit or checksum (2) beats a structure of its own (1: e-mail, SSN ranges,
 * vocabularies), which beats a shape that other numbers and words share (0).
 */
const CHECKSUM_TYPES = new Set(['credit-card', 'iban', 'in-aadhaar', 'br-cpf', 'es-dni', 'it-fiscal-code', ...MORE_NATIONAL_IDS.map((d) => d.type)]);
const SHAPE_ONLY_TYPES = new Set(['phone', 'ip-address', 'mac-address', 'date-of-birth', 'person', 'street-address']);
function strength(type: string): number {
  return CHECKSUM_TYPES.has(type) ? 2 : SHAPE_ONLY_TYPES.has(type) ? 0 : 1;
}

/** Whole-value checksum bits (SHAPE) counted as evidence of a type a detector may have lost to another. */
const CHECKSUM_EVIDENCE: ReadonlyArray<[number, string]> = [
  [SHAPE.aadhaar, 'in-aadhaar'],
  [SHAPE.cpf, 'br-cpf'],
];
/** The types a non-personal shape rules out in a whole value (see leavesAlone). */
// A name or a street line inside a whole timestamp, date or version is its month, weekday or zone ("Sonntag, 6. Dezember 2026").
// A CPF or an Aadhaar number known by its check digits alone (a whole value of eleven or twelve bare
// digits: one number in a hundred, or in ten, passes them) in a column named for a reference number is that number.
export const LEFT_ALONE_TYPES: ReadonlySet<string> = new Set(['phone', 'ip-address', 'person', 'street-address', 'br-cpf', 'in-aadhaar']);
/** The SHAPE bits of the values a column's name announces (vocab.ts NON_PERSONAL_HINTS). */
const NAMED_SHAPE_BITS: Record<Shape, number> = {
  timestamp: SHAPE.timestamp,
  date: 0,
  version: SHAPE.versionOnly | SHAPE.dottedQuad,
  isbn: SHAPE.isbn | SHAPE.isbn10,
  decimal: SHAPE.decimal,
  // A reference number written in dashed groups (`4607-3199651`) too: the name says what it is.
  identifier: SHAPE.identifier | SHAPE.dashedNumber,
};

/** SHAPE bits counted per column, by name (the signature is counted apart). */
const COUNTED_SHAPES = Object.entries(SHAPE).filter(([k]) => k !== 'identifier') as ReadonlyArray<[keyof typeof SHAPE, number]>;
/** The name of each SHAPE bit by its index. */
const SHAPE_NAME_OF_BIT: readonly string[] = Object.entries(SHAPE).reduce<string[]>((a, [k, bit]) => ((a[Math.log2(bit)] = k), a), []);
/** The shapeCounts key of the values that are objects or arrays (JSON Lines fields: see countNested). */
const NESTED = 'nested';
/** `sig:<n>`, the shapeCounts key of each identifier signature (1–1023). */
const SIGNATURE_KEYS: readonly string[] = Array.from({ length: 1024 }, (_, i) => `sig:${i}`);

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
 * What may follow an ISO date in a date value: a word stuck to it (`T10:00:01Z`, `_report.csv`), or a
 * time after a space with its zone or AM/PM. Not more words: a line that starts with a date (every log
 * format's) is text, and the phones and addresses later in it are not part of a date (leavesAlone).
 */
const ISO_DATE_REST = /(?:\S*|[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d(?::?\d\d)?)?(?: (?:[A-Za-z]{1,5}|[+-]\d\d:?\d\d))?)$/y;

/**
 * The date forms the profile counts: /^\d{4}-\d{2}-\d{2}/ and then ISO_DATE_REST, or
 * /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/ (day/month or month/day and a 2- to 4-digit year), read without
 * the pattern where it can be.
 */
export function isDateShape(v: string): boolean {
  const first = digitRun(v, 0);
  if (first === 4) {
    if (v.length < 10 || v.charCodeAt(4) !== 45 || digitRun(v, 5) < 2 || v.charCodeAt(7) !== 45 || digitRun(v, 8) < 2) return false;
    if (v.length === 10) return true;
    ISO_DATE_REST.lastIndex = 10;
    return ISO_DATE_REST.test(v);
  }
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
  /** The non-personal shape the column's name announces, when it announces no personal data. */
  readonly shapeHint: Shape | undefined;
  /** The shape whose values leavesAlone leaves alone: the name's, else the one its values' cue gave (not preferred by classify). */
  private readonly leftAloneShape: Shape | undefined;
  /** Values per SHAPE bit (by its index) and per identifier signature, counted since shapeCounts was last read. */
  private readonly shapeBitCounts = new Int32Array(SHAPE_BITS);
  private signatureCounts: Int32Array | undefined;
  private shapesPending = false;
  private readonly shapeCountsSoFar = new Map<string, number>();
  /**
   * kindOf reads only the checksum bits of a value's shape: a column whose name suggests a type is
   * never classified by a non-personal shape (classify), nor are its values left alone (leavesAlone),
   * so of their shapes only the checksums count (CHECKSUM_EVIDENCE).
   */
  private readonly checksumsOnly: boolean;

  /**
   * `declared`: the policy's class of this column (`pii.columns`), which wins over the name hint; `cued`:
   * the shape its values' cue gives a neutral name (value-cues.ts); `siblings`: the table's column names
   * (a Turkish `Ad` is a name beside `Soyad`: vocab.ts nameHint).
   */
  constructor(
    readonly name: string,
    declared?: Hint,
    cued?: Shape,
    siblings?: readonly string[],
  ) {
    this.hint = declared ?? nameHint(name, siblings);
    this.shapeHint = this.hint ? undefined : shapeHint(name);
    this.leftAloneShape = this.hint ? undefined : (this.shapeHint ?? cued);
    this.checksumsOnly = this.hint !== undefined;
  }

  /** Values per SHAPE bit (by its name) and per identifier signature (`sig:<n>`). */
  get shapeCounts(): Map<string, number> {
    if (this.shapesPending) {
      const counts = this.shapeBitCounts;
      for (let i = 0; i < counts.length; i++) {
        if (counts[i]! > 0) bump(this.shapeCountsSoFar, SHAPE_NAME_OF_BIT[i]!, counts[i]!);
        counts[i] = 0;
      }
      const signatures = this.signatureCounts;
      if (signatures) {
        for (let i = 0; i < signatures.length; i++) if (signatures[i]! > 0) bump(this.shapeCountsSoFar, SIGNATURE_KEYS[i]!, signatures[i]!);
        signatures.fill(0);
      }
      this.shapesPending = false;
    }
    return this.shapeCountsSoFar;
  }

  /**
   * What this column's profile retains of a value, as bits (KIND_*): a pure function of the value
   * for a given column, so a scan may compute it once per distinct value and cache it.
   */
  kindOf(value: string, features: number = textFeatures(value), strong = false): number {
    // A value a checksum or structural type matches as a whole (`strong`: a card, an IBAN, an e-mail
    // address, see wholeStrongMatch) needs no shape: that type outranks any shape its column could take.
    const checksumsOnly = this.checksumsOnly;
    // One or more ASCII digits and nothing else (cellFeatures says so): a plain number, as below.
    if ((features & CELL_DIGITS) !== 0) return KIND_NON_EMPTY | KIND_NUMBER | (strong ? 0 : checksumsOnly ? checksumKind(value, features) : digitRunKind(value));
    const v = trimmed(value);
    // `features` (cellFeatures or textFeatures of the value) rule out the patterns below without running them.
    const letters = (features & NEED.alpha) !== 0;
    if (v === '' || v === '?' || (letters && v.length <= 4 && /^(?:na|n\/a|null|none)$/i.test(v))) return 0;
    const digits = (features & NEED.digit) !== 0;
    let k = KIND_NON_EMPTY;
    // Every shape (shapes.ts) holds a digit and no "@"; a date is counted as such (`dates`), and needs
    // its shape only when it may be a timestamp (a time after it) or a version (3.12.25).
    if (digits && isPlainNumber(v)) k |= KIND_NUMBER | (strong ? 0 : checksumsOnly ? checksumKind(v, features) : plainNumberKind(v));
    else if (digits && isDateShape(v)) k |= KIND_DATE | ((features & NEED.dot) !== 0 || v.length > 10 ? this.shapeBits(v, features, strong) : 0);
    else if (v.length <= 80) {
      if (digits && (features & NEED.at) === 0) k |= this.shapeBits(v, features, strong);
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

  /** The shape bits kindOf keeps of a value (a method, not a function picked per value: one call site, inlined). */
  private shapeBits(v: string, features: number, strong: boolean): number {
    return strong ? 0 : this.checksumsOnly ? checksumKind(v, features) : shapeKind(v);
  }

  /**
   * Whether a value of this column, by its kindOf bits, is left alone by the types that only a shape
   * tells (LEFT_ALONE_TYPES): a date, an ISO timestamp or epoch time, a version no IPv4 address has, an
   * ISBN, or the shape the column's name announces (a `firmware` column's dotted quads, an `order_no`
   * column's digit runs). Never in a column whose name suggests personal data. A pure function of the
   * value and the column's name, as kindOf: the outcome of a value does not depend on the values before it.
   */
  leavesAlone(kind: number): boolean {
    if (this.hint) return false;
    if (kind & KIND_DATE) return true;
    const shape = kind >>> KIND_SHAPE_SHIFT;
    if (shape & (SHAPE.timestamp | SHAPE.versionOnly | SHAPE.isbn)) return true;
    return this.leftAloneShape !== undefined && (shape & NAMED_SHAPE_BITS[this.leftAloneShape]) !== 0;
  }

  /** Counts a value by its kindOf bits (the types detected in it: countType). */
  addKind(kind: number): void {
    if (kind === 0) return;
    this.nonEmpty++;
    if (kind & KIND_NUMBER) this.numbers++;
    else if (kind & KIND_DATE) this.dates++;
    if (kind & KIND_NAME) this.nameShaped++;
    const shape = kind >>> KIND_SHAPE_SHIFT;
    if (shape !== 0) {
      // Into arrays (Map updates per value cost more than the rest of the profile): see shapeCounts.
      const counts = this.shapeBitCounts;
      for (let rest = shape & (SHAPE.identifier - 1 | SHAPE.aadhaar | SHAPE.cpf); rest !== 0; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]!++;
      if (shape & SHAPE.identifier) (this.signatureCounts ??= new Int32Array(1024))[signatureOf(shape)]!++;
      this.shapesPending = true;
    }
    if (kind >= KIND_VOCAB) {
      for (let i = 0; i < VOCABULARIES.length; i++) {
        if (kind & (KIND_VOCAB << i)) {
          const t = VOCABULARIES[i]![0].type;
          this.vocabCounts.set(t, (this.vocabCounts.get(t) ?? 0) + 1);
        }
      }
    }
  }

  /**
   * Counts a non-empty value that is an object or an array (a JSON Lines field): a column of them is
   * typed by what its leaves hold (the detectors over their text), not by its name alone (hintFit).
   */
  countNested(): void {
    bump(this.shapeCountsSoFar, NESTED, 1);
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
    for (const [t, n] of other.shapeCounts) bump(this.shapeCounts, t, n);
  }

  /**
   * The column's type: among the types a majority of its values show (`minPrevalence`, default 0.6:
   * a coincidence, such as a check digit one value in ten passes, a digit run some region's numbering
   * plan allows or a capitalised word in a name list, stays far below it; a column of that type, with
   * its blanks, typos and placeholders, stays far above: the real tables measure 0.93 to 1.00),
   * or that its name suggests and its values fit, the one its name agrees with, then the
   * one with the strongest validation (a checksum beats a shape: a neutral column of Aadhaar numbers,
   * which some numbering plan also allows as phones, holds Aadhaar numbers), then the most common.
   * A type known by its shape alone gives way to a non-personal shape the values share (see
   * nonPersonalShape): a column of order numbers holds no phones, whatever a phone pattern makes of them.
   * `whole` false: a column whose cells are not values of one field (the other keys of JSON Lines
   * records, each cell an object of assorted keys) gets no type and no shape, only its counts.
   */
  classify(minPrevalence: number, whole = true): ColumnClass {
    const n = this.nonEmpty;
    const share = (c: number): number => (n === 0 ? 0 : Math.round((c / n) * 1e4) / 1e4);
    const prevalence: Record<string, number> = {};
    for (const [t, c] of this.typeCounts) prevalence[t] = share(c);
    for (const [t, c] of this.vocabCounts) prevalence[t] = Math.max(prevalence[t] ?? 0, share(c));
    // Evidence: the detected share, or the share of values passing the type's checksum when that is more
    // (another detector may have won a value that also passes it).
    const evidence: Record<string, number> = { ...prevalence };
    for (const [bit, t] of CHECKSUM_EVIDENCE) {
      const c = this.shapeCounts.get(shapeName(bit)) ?? 0;
      if (c > 0) evidence[t] = Math.max(evidence[t] ?? 0, share(c));
    }
    const valueType = n === 0 ? 'empty' : this.numbers / n > 0.8 ? 'number' : this.dates / n > 0.8 ? 'date' : 'text';
    const hint = this.hint;

    const candidates: Candidate[] = [];
    for (const [t, p] of Object.entries(evidence)) {
      if (p < minPrevalence || !whole) continue;
      const info = DETECTOR_BY_TYPE.get(t) ?? VOCABULARIES.find(([h]) => h.type === t)?.[0];
      if (!info) continue;
      const agrees = hint?.type === t;
      // Free-text detectors (names, addresses) fire on some values of many text columns: without a
      // name hint the column is classified only when they match a large share of the values.
      if (!agrees && (t === 'person' || t === 'street-address') && p < 0.5) continue;
      candidates.push({ type: t, category: info.category, sensitivity: info.sensitivity, share: p, agrees, confidence: Math.min(1, p + (agrees ? 0.3 : 0)) });
    }
    if (hint && n > 0 && whole) {
      const fit = this.hintFit(hint, share);
      const agreeing = candidates.find((c) => c.agrees);
      const confidence = Math.min(1, 0.5 + fit / 2);
      if (agreeing) agreeing.confidence = Math.max(agreeing.confidence, confidence);
      else if (fit >= 0.5) candidates.push({ type: hint.type, category: hint.category, sensitivity: hint.sensitivity, share: evidence[hint.type] ?? 0, agrees: true, confidence });
    }
    candidates.sort(byRank);
    let best: Candidate | undefined = candidates[0];
    // A column the policy declares holds what it says, whatever the detectors saw in it.
    if (hint?.declared && n > 0 && whole) best = { type: hint.type, category: hint.category, sensitivity: hint.sensitivity, share: 1, agrees: true, confidence: 1 };
    const shape = whole && !hint && n > 0 && (!best || (!best.agrees && strength(best.type) === 0)) ? this.nonPersonalShape(share, minPrevalence) : undefined;
    if (shape) best = undefined;
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
      shape: shape ?? null,
      runnerUp: runnerUp(evidence, best?.type),
    };
  }

  /** Share of the values that fit what the column's name suggests (1 where values cannot show it). */
  private hintFit(hint: Hint, share: (c: number) => number): number {
    // Objects and arrays: the name says what the field is about, not what its leaves are (a `last_login`
    // of an address, a time and a device); only the detectors' evidence types such a column.
    if (!hint.declared && share(this.shapeCounts.get(NESTED) ?? 0) > 0.5) return 0;
    if (hint.type === 'person') return share(this.nameShaped);
    if (hint.type === 'date-of-birth') return share(this.dates + (this.typeCounts.get('date-of-birth') ?? 0));
    if (hint.type === 'age') return share(this.numbers);
    if (hint.category === 'special-category' || hint.type === 'sex' || hint.type === 'postal-code' || hint.type === 'secret') return 1;
    return share(this.typeCounts.get(hint.type) ?? 0);
  }

  /**
   * The non-personal shape that SHAPE_SHARE of the values share, or that the column's name announces
   * and a majority share. Versions: four-part ones are dotted quads, as IPv4 addresses are, so a column
   * of them is one of versions only when its name says so or a tenth of them have no IPv4 form.
   */
  private nonPersonalShape(share: (c: number) => number, minPrevalence: number): Shape | undefined {
    const count = (name: string): number => this.shapeCounts.get(name) ?? 0;
    const named = this.shapeHint;
    const enough = (s: Shape, c: number): boolean => share(c) >= (named === s ? minPrevalence : SHAPE_SHARE);
    let topSignature = 0;
    for (const [k, c] of this.shapeCounts) if (k.startsWith('sig:') && c > topSignature) topSignature = c;
    const versions = count('versionOnly') + count('dottedQuad');
    const shares: ReadonlyArray<[Shape, boolean]> = [
      ['timestamp', enough('timestamp', count('timestamp'))],
      ['date', enough('date', this.dates)],
      ['version', enough('version', versions) && (named === 'version' || share(count('versionOnly')) >= 0.1)],
      ['isbn', enough('isbn', count('isbn') + (named === 'isbn' || share(count('isbn10')) >= SHAPE_SHARE ? count('isbn10') : 0))],
      ['decimal', enough('decimal', count('decimal'))],
      ['identifier', enough('identifier', topSignature)],
    ];
    return (shares.find(([s, ok]) => ok && s === named) ?? shares.find(([, ok]) => ok))?.[0];
  }
}

interface Candidate {
  type: string;
  category: Category;
  sensitivity: Sensitivity;
  /** Share of the values showing the type (its evidence). */
  share: number;
  /** The column's name suggests this type. */
  agrees: boolean;
  confidence: number;
}

/** Name agreement, then validation strength, then share, then sensitivity. */
function byRank(a: Candidate, b: Candidate): number {
  return Number(b.agrees) - Number(a.agrees) || strength(b.type) - strength(a.type) || b.share - a.share || SENS_RANK[b.sensitivity] - SENS_RANK[a.sensitivity];
}

/** The type with the most evidence other than `chosen`. */
function runnerUp(evidence: Record<string, number>, chosen: string | undefined): { type: string; share: number } | null {
  let out: { type: string; share: number } | null = null;
  for (const [type, share] of Object.entries(evidence)) if (type !== chosen && share > 0 && (!out || share > out.share)) out = { type, share };
  return out;
}

function shapeName(bit: number): string {
  return COUNTED_SHAPES.find(([, b]) => b === bit)![0];
}

function bump(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** valueShape's bits, in kindOf's place. */
function shapeKind(v: string): number {
  return valueShape(v) << KIND_SHAPE_SHIFT;
}

/** digitRunShape's bits (valueShape's of a value of digits alone), in kindOf's place. */
function digitRunKind(v: string): number {
  return digitRunShape(v) << KIND_SHAPE_SHIFT;
}

/** plainNumberShape's bits (valueShape's of a plain number), in kindOf's place. */
function plainNumberKind(v: string): number {
  return plainNumberShape(v) << KIND_SHAPE_SHIFT;
}

/** checksumShape's bits (valueShape's checksum bits alone), in kindOf's place; none below eleven digits. */
function checksumKind(v: string, features: number): number {
  return holdsDigits(features, 11) ? checksumShape(v) << KIND_SHAPE_SHIFT : 0;
}

/**
 * Whether the matches of a value are one match of a checksum or structural type over all of it (not a
 * bare CPF or Aadhaar number known by its check digits alone, WHOLE_BARE_ID: its value keeps its shape).
 */
export function wholeStrongMatch(matches: readonly { type: string; start: number; end: number; score: number }[], length: number): boolean {
  if (matches.length !== 1) return false;
  const m = matches[0]!;
  return m.start === 0 && m.end === length && strongType(m.type) && !(m.score <= WHOLE_BARE_ID && (m.type === 'br-cpf' || m.type === 'in-aadhaar'));
}

/** strength(type) > 0, kept for the type asked last (a column's values mostly hold one type). */
let lastType = '';
let lastStrong = false;
function strongType(type: string): boolean {
  if (type !== lastType) {
    lastType = type;
    lastStrong = strength(type) > 0;
  }
  return lastStrong;
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
