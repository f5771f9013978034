// The PII detector registry: one module per detector, run in this order (order only breaks score ties).
import { runDetectors, type DetectorMatch } from '../../../src/detect/index.js';
import { anyOf, contextHit, DEFAULT_THRESHOLD, includesAny, mayMatch, prepareWhole, recognised, runDetectorsOverTexts, wholeMatch, type Whole } from '../../../src/detect/engine.js';
import { creditCard } from './credit-card.js';
import { dateOfBirth } from './date-of-birth.js';
import { email, entityEncodedEmail, percentEncodedEmail } from './email.js';
import { gedcomLifeDate } from './gedcom.js';
import { iban } from './iban.js';
import { brCpf, deTaxId, esDni, inAadhaar, itFiscalCode, ukNino } from './national-ids.js';
import { MORE_NATIONAL_IDS } from './national-ids-more.js';
import { LABELLED_NATIONAL_IDS } from './national-ids-labelled.js';
import { withoutEventIds, withoutMessageIds } from './message-id.js';
import { ipv4, ipv6, mac, macHeader } from './network.js';
import { person } from './person.js';
import { phone } from './phone.js';
import { queryPhone } from './phone-query.js';
import { passwordReaders } from './password-readers.js';
import { ediPhone } from './phone-edi.js';
import { secretDetectors } from './secrets.js';
import { streetAddress } from './street-address.js';
import { telUri } from './tel-uri.js';
import { canMatch, CELL_ASCII, CELL_FOLD, cellFeatures, cellFeaturesUnhashed, DIGIT_STEPS, digitStep, FEATURE_KEY, NEED, textFeatures, type PiiDetector } from './types.js';
import { foldWidth } from './fold-width.js';
import { usSsn } from './us-ssn.js';

export type { Category, PiiDetector, Sensitivity } from './types.js';

/**
 * A detector with every property of the type, in one order (absent ones undefined). The engine's
 * hot functions (consider, runDetectors, wholeMatch) read these for every candidate of every
 * column: one object shape keeps those reads monomorphic, where the modules' own literals (a dozen
 * shapes) made them megamorphic.
 */
function uniform(d: PiiDetector): PiiDetector {
  const u = {
    type: d.type,
    category: d.category,
    sensitivity: d.sensitivity,
    label: d.label,
    needs: d.needs,
    needsAnyOf: d.needsAnyOf,
    minDigits: d.minDigits,
    pattern: d.pattern,
    group: d.group,
    scan: d.scan,
    recognise: d.recognise,
    prefilter: d.prefilter,
    textHolds: d.textHolds,
    digitRun: d.digitRun,
    digitGroup: d.digitGroup,
    letterDigit: d.letterDigit,
    anchor: d.anchor,
    validate: d.validate,
    usesFloor: d.usesFloor,
    rejects: d.rejects,
    score: d.score,
    maxScore: d.maxScore,
    unlabelled: d.unlabelled,
    context: d.context,
    contextScore: d.contextScore,
    contextAtWordStart: d.contextAtWordStart,
    contextNearest: d.contextNearest,
    notContext: d.notContext,
    notContextLast: d.notContextLast,
    notCue: d.notCue,
    columnContext: d.columnContext,
    minScore: d.minScore,
  };
  return u as PiiDetector;
}

export const PII_DETECTORS: readonly PiiDetector[] = [
  ...secretDetectors,
  // The eighteen password readers of passwords.ts, run as one (password-readers.ts).
  passwordReaders,
  // Before email: DETECTOR_BY_TYPE keeps the last detector of a type.
  percentEncodedEmail,
  entityEncodedEmail,
  email,
  creditCard,
  iban,
  usSsn,
  ukNino,
  esDni,
  itFiscalCode,
  inAadhaar,
  brCpf,
  deTaxId,
  ...MORE_NATIONAL_IDS,
  ...LABELLED_NATIONAL_IDS,
  ipv4,
  ipv6,
  // Before mac: DETECTOR_BY_TYPE keeps the last detector of a type.
  macHeader,
  mac,
  // Before dateOfBirth: DETECTOR_BY_TYPE keeps the last detector of a type.
  gedcomLifeDate,
  dateOfBirth,
  // Before phone: DETECTOR_BY_TYPE keeps the last detector of a type.
  telUri,
  ediPhone,
  queryPhone,
  phone,
  streetAddress,
  person,
].map(uniform);

export const DETECTOR_BY_TYPE: ReadonlyMap<string, PiiDetector> = new Map(PII_DETECTORS.map((d) => [d.type, d]));

export const PII_TYPES: readonly string[] = [...new Set(PII_DETECTORS.map((d) => d.type))];

/** The detector with a whole-value recogniser (Detector.recognise) of each type that has one. */
export const RECOGNISER_BY_TYPE: ReadonlyMap<string, PiiDetector> = new Map(PII_DETECTORS.filter((d) => d.recognise !== undefined).map((d) => [d.type, d]));

export interface ScanTextOptions {
  /** Detector types to run (default all). */
  types?: ReadonlySet<string>;
  threshold?: number;
  /** Column name or other context that counts as context words. */
  context?: string;
  /**
   * The type this value most likely is (a column's usual type): its detectors run first, and when
   * they find one match spanning the whole value that no other detector could outscore, the others
   * are not run. The result is the same either way.
   */
  expect?: string;
  /**
   * Scratch space kept between calls with the same options object (a column's): leave it unset.
   * What to run for a text, per feature key (see Plan); made from `types` and `context`, which must
   * not change for an options object once used (`expect` may).
   */
  plans?: Map<number, Plan>;
  /**
   * The plan used last at each digit step of the feature key, by step: scratch space too. A column's
   * values mostly share their character classes, not always their digit count (IPv4 addresses of 4 to
   * 12 digits): one plan at hand per step is looked up without the map.
   */
  lastPlans?: Array<Plan | undefined>;
}

/** What detectPii runs on a text with given features, for one options object (a column). */
interface Plan {
  /** The feature key this plan is for. */
  key: number;
  /** The detectors able to match (after `types`). */
  active: readonly PiiDetector[];
  /**
   * Those of `active` that runDetectors may find something with in this column (engine's mayMatch):
   * not those the column name rules out, nor those needing a context word that neither the name
   * nor a text without letters holds (a decimal column's values and the date-of-birth detector).
   */
  run: readonly PiiDetector[];
  /** The `expect` this plan was made for; `expected` its detectors among `active` when others are too. */
  expect: string | undefined;
  expected: Whole | undefined;
  /** `expected` is the expected type's recogniser alone (RECOGNISER_BY_TYPE): a caller's answer from it stands. */
  asks: boolean;
  /**
   * When `expected` is the recogniser and detectors of other written forms of the type, each with a
   * prefilter (an address's `%40`, `&#64;`): the recogniser alone, for a text that holds none of theirs
   * (they would find nothing there), and those others.
   */
  alone: { whole: Whole; others: readonly PiiDetector[]; marks: readonly string[] } | undefined;
  /** The rivals of the last whole-value match of the expected type (its score). */
  memo: Memo | undefined;
  /** Those of `run` that can match a short plain number (see SHORT_NUMBER_FREE), made when first asked. */
  numberRun: readonly PiiDetector[] | undefined;
}

interface Memo {
  score: number;
  rivals: readonly Rival[];
  /** Any context word of the rivals that need one (see outscorable); `anyWordI` ignores case. */
  anyWord: RegExp | undefined;
  anyWordI: RegExp | undefined;
}

/**
 * A detector that might outscore a whole-value match: always, in a text with a letter (Detector.unlabelled),
 * or with a context word in the text.
 */
interface Rival {
  d: PiiDetector;
  always: boolean;
  lettered: boolean;
  /** Its prefilter's words that a text of the plan's features can hold (possibleWords); undefined: no prefilter. */
  words: readonly string[] | undefined;
}

/** Detectors able to match a text with these features (class bits and digit steps), by feature key. */
const ACTIVE = new Map<number, PiiDetector[]>();
/** Class bits that the "short number" rule below ignores (it predates them). */
const SHORT_MASK = NEED.digit | NEED.at | NEED.upper | NEED.sep | NEED.dot;

/** The detectors that can match a text with these features (see textFeatures). */
export function activeDetectors(features: number): PiiDetector[] {
  let active = ACTIVE.get(features);
  if (!active) {
    active = PII_DETECTORS.filter((d) => canMatch(d, features));
    ACTIVE.set(features, active);
  }
  return active;
}

const NONE: DetectorMatch[] = [];

/**
 * The plan for texts with these features (made once per options object and feature key). The plan
 * at hand for the features' digit step is looked up here, a small function V8 inlines into detectPii
 * (issue 17: not inlined, some 24 M instructions per scan of the typed-CSV bench's 4 MiB); planMade
 * the rest.
 */
function planOf(opts: ScanTextOptions, features: number): Plan {
  const lastPlans = opts.lastPlans;
  if (lastPlans !== undefined) {
    const last = lastPlans[digitStep(features)];
    if (last !== undefined && last.key === features && last.expect === opts.expect) return last;
  }
  return planMade(opts, features);
}

/** planOf's plan when it is not the one at hand: from the options' map, or made and kept there. */
function planMade(opts: ScanTextOptions, features: number): Plan {
  const lastPlans = (opts.lastPlans ??= new Array<Plan | undefined>(DIGIT_STEPS.length + 1).fill(undefined));
  const step = digitStep(features);
  const plans = (opts.plans ??= new Map());
  let plan = plans.get(features);
  if (plan === undefined || plan.expect !== opts.expect) {
    let active: readonly PiiDetector[] = activeDetectors(features);
    if (opts.types) active = active.filter((d) => opts.types!.has(d.type));
    const expected = opts.expect !== undefined && active.length > 1 ? active.filter((d) => d.type === opts.expect) : [];
    const recogniser = opts.expect !== undefined ? RECOGNISER_BY_TYPE.get(opts.expect) : undefined;
    const asks = expected.length === 1 && expected[0] === recogniser;
    const others = expected.filter((d) => d !== recogniser);
    const alone = expected.length > 1 && others.length < expected.length && others.every((d) => d.prefilter !== undefined) ? aloneOf(recogniser!, others, features) : undefined;
    const letters = (features & NEED.alpha) !== 0;
    const run = active.filter((d) => mayMatch(d, opts, letters));
    plan = { key: features, active, run, expect: opts.expect, expected: expected.length > 0 ? prepareWhole(expected) : undefined, asks, alone, memo: undefined, numberRun: undefined };
    plans.set(features, plan);
  }
  lastPlans[step] = plan;
  return plan;
}

/**
 * Plan.alone for texts with these features: the others' prefilter words such a text can hold
 * (possibleWords; none: `marks` empty, and prefiltersIn answers without a search).
 */
function aloneOf(recogniser: PiiDetector, others: readonly PiiDetector[], features: number): NonNullable<Plan['alone']> {
  const words = others.flatMap((d) => possibleWords(d.prefilter!, features));
  return { whole: prepareWhole([recogniser]), others, marks: [...new Set(words.map((w) => w[0]!))] };
}

/**
 * The words a text with these features (textFeatures) may hold: those whose own character classes
 * (NEED bits) it has. A date without a letter holds no `Splunk `, an IP address no `ya29.`; asked
 * once per plan, where the search ran on every value of a typed column (issue 17: some 200,000
 * searches per 4 MiB of the typed-CSV bench).
 */
export function possibleWords(words: readonly string[], features: number): string[] {
  const classes = features & CLASS_BITS;
  return words.filter((w) => (cellFeaturesUnhashed(w) & CLASS_BITS & ~classes) === 0);
}

/** The character-class bits (NEED) of a feature key. */
const CLASS_BITS = 0xff;

/**
 * PII and secrets in one text value (`features`: its cellFeatures, when already known; `known`:
 * what the recogniser of `opts.expect` answered for it, when the caller asked first).
 */
export function detectPii(original: string, opts: ScanTextOptions = {}, features?: number, known?: number): DetectorMatch[] {
  if (original.length < 3) return NONE;
  let text = original;
  let cell = features === undefined ? cellFeatures(text) : features;
  // Full-width forms and other scripts' digits read as ASCII (same offsets: fold-width.ts).
  if (cell & CELL_FOLD) cell = cellFeaturesUnhashed((text = foldWidth(text)));
  const f = cell & FEATURE_KEY;
  if ((f & SHORT_MASK) === NEED.digit && text.length < 7) return NONE; // a short number: no type fits
  const plan = planOf(opts, f);
  if (plan.active.length === 0) return NONE;
  if (plan.expected !== undefined) {
    const first = expectedMatch(plan, text, opts, known);
    if (first !== undefined) {
      const score = first[0]!.score;
      let memo = plan.memo;
      if (memo === undefined || memo.score !== score) plan.memo = memo = memoOf(plan.active, opts.expect!, score, opts.context, opts.threshold ?? DEFAULT_THRESHOLD, f);
      if (!outscorable(memo, text, cell)) return first;
    }
  }
  return runPlan(plan, text, opts, cell);
}

/**
 * The expected type's match over the whole text, if any (`known`: its recogniser's answer, when the
 * caller asked it). Where the plan's whole is the recogniser alone and its answer is known, the
 * match is recognised's, without wholeMatch (a large function V8 does not inline: some 44 M
 * instructions per scan of the typed-CSV bench's 4 MiB, issue 17); wholeMatch answers the same.
 */
function expectedMatch(plan: Plan, text: string, opts: ScanTextOptions, known: number | undefined): DetectorMatch[] | undefined {
  const alone = plan.alone;
  const whole = alone !== undefined && !prefiltersIn(alone, text) ? alone.whole : plan.asks ? plan.expected! : undefined;
  if (whole === undefined) return wholeMatch(text, plan.expected!, opts);
  return known !== undefined ? recognised(whole, whole.detectors[0]!, known, text.length, opts) : wholeMatch(text, whole, opts);
}

/** The plan's detectors over the text (detectPii past its whole-value match). */
function runPlan(plan: Plan, text: string, opts: ScanTextOptions, cell: number): DetectorMatch[] {
  const f = cell & FEATURE_KEY;
  let run = plan.run;
  if (run.length > 0 && text.length < SHORT_NUMBER && (f & NEED.alpha) === 0 && isPlainDecimal(text)) run = plan.numberRun ??= run.filter((d) => !SHORT_NUMBER_FREE.has(d.type));
  return run.length === 0 ? NONE : withoutIds(runDetectors(text, run, opts), text, opts.context, cell);
}

/**
 * Types none of whose detectors can match a plain decimal number (isPlainDecimal) shorter than
 * SHORT_NUMBER: an IPv4 address has three dots, an IPv6 address a colon, a MAC address twelve
 * characters at least (twelve hex digits, or groups with separators), a Google OAuth token `ya29.`.
 * An amount column's values ran those three detectors each, for nothing (issue 17: the typed-CSV
 * bench's amounts, some 4,400 instructions a value). test/unit/checks/pii/short-number-run.test.ts.
 */
const SHORT_NUMBER_FREE: ReadonlySet<string> = new Set(['ip-address', 'mac-address', 'google-oauth-access-token']);
const SHORT_NUMBER = 12;

/** An optional sign, ASCII digits, and at most one dot followed by digits: `805.03`, `-12`, `+7.5`. */
export function isPlainDecimal(text: string): boolean {
  const n = text.length;
  let i = n > 0 && (text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43) ? 1 : 0;
  const start = i;
  while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
  if (i === start) return false;
  if (i === n) return true;
  if (text.charCodeAt(i) !== 46) return false;
  const frac = ++i;
  while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
  return i > frac && i === n;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}


/**
 * Whether the text holds a prefilter of one of the other detectors (each has one). Their first
 * characters (`marks`: `%`, `&`) first: one search each, where most values hold none.
 */
function prefiltersIn(alone: NonNullable<Plan['alone']>, text: string): boolean {
  if (!includesAny(text, alone.marks)) return false;
  const detectors = alone.others;
  for (let i = 0; i < detectors.length; i++) if (includesAny(text, detectors[i]!.prefilter!)) return true;
  return false;
}

/**
 * The matches less those inside an identifier of an address's shape, which holds no personal data: a
 * message id (`Message-ID: <…@…>`), a SIP Call-ID, an iCalendar UID (see message-id.ts).
 */
function withoutIds(found: DetectorMatch[], text: string, context: string | undefined, cell: number): DetectorMatch[] {
  const kept = (cell & NEED.at) !== 0 ? withoutMessageIds(found, text, context) : found;
  // An iCalendar UID line or a calendar API's UID key holds ":" or "=".
  return (cell & NEED.sep) !== 0 ? withoutEventIds(kept, text) : kept;
}

/**
 * detectPii(texts[i], opts, features[i]) for the texts that many detectors can match (free text),
 * for options without an expected type: the detectors run one after another over all those texts
 * (runDetectorsOverTexts), not all of them over one text after another; the same matches. Undefined
 * for the others (a few detectors or none: detectPii runs them as fast one text at a time).
 */
export function detectPiiEach(texts: readonly string[], opts: ScanTextOptions, features: readonly number[]): Array<DetectorMatch[] | undefined> {
  if (opts.expect !== undefined) throw new Error('detectPiiEach: options with an expected type go value by value (detectPii)');
  const out = new Array<DetectorMatch[] | undefined>(texts.length).fill(undefined);
  const runTexts: string[] = [];
  const cellsOf: number[] = [];
  const lists: Array<readonly PiiDetector[]> = [];
  const at: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    let text = texts[i]!;
    let cell = features[i]!;
    if (cell & CELL_FOLD) cell = cellFeaturesUnhashed((text = foldWidth(text)));
    const f = cell & FEATURE_KEY;
    // detectPii's short cuts, in its order.
    const active = text.length < 3 || ((f & SHORT_MASK) === NEED.digit && text.length < 7) ? NO_DETECTORS : planOf(opts, f).active;
    if (active.length < EACH_MIN_DETECTORS) continue;
    runTexts.push(text);
    cellsOf.push(cell);
    lists.push(active);
    at.push(i);
  }
  const found = runDetectorsOverTexts(runTexts, lists, opts);
  // As detectPii: no match inside an address-shaped identifier (message-id.ts).
  for (let k = 0; k < at.length; k++) out[at[k]!] = withoutIds(found[k]!, runTexts[k]!, opts.context, cellsOf[k]!);
  return out;
}

/**
 * Fewest detectors for which detectPiiEach runs a text (measured: free text, some twenty detectors
 * per value, takes a sixth less CPU so; with lower-case notes, a few detectors each, the typed-CSV
 * bench lost some 4 %: the states and lists cost more than they save).
 */
const EACH_MIN_DETECTORS = 8;

const NO_DETECTORS: readonly PiiDetector[] = [];

/**
 * The detectors other than `type`'s that could score at least `score`, and so change the result of
 * a match of that score spanning the whole text (the engine keeps the best score of overlapping
 * matches, then the longest). A detector's ceiling is its base score, the highest its validator
 * returns (maxScore), and its context score when a context word is in the column name (always) or
 * somewhere in the text (see outscorable).
 */
function memoOf(active: readonly PiiDetector[], type: string, score: number, context: string | undefined, threshold: number, features: number): Memo {
  const rivals: Rival[] = [];
  const words = new Set<string>();
  // Every context word has an ASCII letter: a text without letters (nor non-ASCII) holds none, nor a
  // label; the rivals that need one are left out of the memo of such texts (outscorable).
  const letters = (features & NEED.alpha) !== 0;
  for (const d of active) {
    if (d.type === type) continue;
    // A prefilter none of whose words such a text can hold: the detector never runs on it.
    const held = d.prefilter !== undefined ? possibleWords(d.prefilter, features) : undefined;
    if (held !== undefined && held.length === 0) continue;
    let max = Math.max(d.score, d.maxScore ?? 0);
    const lift = d.context !== undefined && d.contextScore !== undefined && d.contextScore > max;
    if (lift && context !== undefined && contextHit(context, d)) max = d.contextScore!;
    const u = d.unlabelled;
    // Its higher scores need a label (a phone's key before a dotted quad): none in a text without letters.
    if (max >= score && u !== undefined && u.maxScore < score && (d.minScore ?? threshold) > u.threshold && !(d.context !== undefined && context !== undefined && contextHit(context, d))) {
      if (letters) rivals.push({ d, always: false, lettered: true, words: held });
    } else if (max >= score) rivals.push({ d, always: true, lettered: false, words: held });
    else if (lift && d.contextScore! >= score && letters) {
      rivals.push({ d, always: false, lettered: false, words: held });
      for (const w of d.context!) words.add(w);
    }
  }
  const source = anyOf(words);
  return { score, rivals, anyWord: words.size > 0 ? new RegExp(source) : undefined, anyWordI: words.size > 0 ? new RegExp(source, 'i') : undefined };
}

/**
 * The rivals detectPii consults for a text that the expected type (`opts.expect`) matches whole,
 * after detectPii(text, opts): their types, `always` or needing a letter (`lettered`) or a context
 * word; undefined when no memo was made (no whole-value match). For tests: a detector that becomes a
 * rival of a typed column's usual type costs a search or a full detector run on each of its values
 * (test/unit/checks/pii/typed-rivals.test.ts).
 */
export function rivalsFor(text: string, opts: ScanTextOptions): Array<{ type: string; kind: 'always' | 'lettered' | 'context'; words: readonly string[] | undefined }> | undefined {
  const memo = opts.plans?.get(textFeatures(text))?.memo;
  return memo?.rivals.map((r) => ({ type: r.d.type, kind: r.always ? 'always' : r.lettered ? 'lettered' : 'context', words: r.words }));
}

/**
 * Whether one of the rivals can match this text with a score that matters: its literal prefilter
 * is present, and (unless it always can) one of its context words is in the lowercased text (the
 * engine looks only near the match: this errs on the side of running the detectors).
 */
function outscorable(memo: Memo, text: string, features: number): boolean {
  let lower: string | undefined;
  let anyWord: boolean | undefined;
  // Indexed loops: this runs on every value of a column whose usual type has rivals.
  const rivals = memo.rivals;
  for (let i = 0; i < rivals.length; i++) {
    const { d, always, lettered, words } = rivals[i]!;
    // (A text without letters meets only the `always` rivals: memoOf.)
    if (words !== undefined && !includesAny(text, words)) continue;
    if (always || lettered) return true;
    // Without upper-case ASCII or non-ASCII characters the text is its own lower case; an ASCII
    // text holds a (lowercase ASCII) word in its lower case exactly when it holds it in any case.
    if (anyWord === undefined) {
      if ((features & NEED.upper) === 0) anyWord = memo.anyWord!.test(text);
      else if ((features & CELL_ASCII) !== 0) anyWord = memo.anyWordI!.test(text);
      else anyWord = memo.anyWord!.test((lower = text.toLowerCase()));
    }
    if (!anyWord) continue;
    lower ??= (features & NEED.upper) === 0 ? text : text.toLowerCase();
    if (d.context!.some((w) => lower!.includes(w))) return true;
  }
  return false;
}
