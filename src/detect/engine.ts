// Runs declarative detectors over a text: candidates → validator → context → score → overlap resolution.
import { withoutCloser, withoutOpener } from './enclosure.js';
import { keyNameBefore } from './record-key.js';
import { digitGroupOf, digitMeasures, digitRunOf, gateOf, letterDigitOf, holdsLiteral, mayHoldWord, summarise, summaryLimit, summaryWidth, type Gate } from './text-summary.js';
import type { DetectOptions, Detector, DetectorMatch } from './types.js';

export const DEFAULT_THRESHOLD = 0.5;
/** Characters either side of a candidate in which a context word counts (DetectOptions.window). */
export const DEFAULT_WINDOW = 40;

/** Every match of `detectors` in `text`, best first where two overlap; sorted by start. */
export function runDetectors(text: string, detectors: readonly Detector[], opts: DetectOptions = {}): DetectorMatch[] {
  const state = begin(text, opts);
  // Plain loops, no generators or closures: this runs once per cell of every scanned table.
  for (let i = 0; i < detectors.length; i++) runDetector(state, detectors[i]!);
  return finish(state);
}

/**
 * runDetectors(texts[i], lists[i], opts) for every text, run detector by detector over the texts
 * rather than text by text: one detector's pattern, code and validator stay hot over many texts
 * (free text runs some twenty detectors per value). The texts of one list (lists are shared arrays,
 * one per kind of text) meet its detectors in its order, as runDetectors does; each text has a state
 * of its own. What runDetector asks that is the same for every text (canReach without the text,
 * otherKind) is asked once per detector, and the searches for a prefilter's literals or a context
 * word go through the text's summary of character pairs (text-summary.ts): most texts hold none, and
 * the summary, made once per text, says so without a search (the same answers as includesAny and
 * holdsAnyWord). A detector whose own scan searches for words first (Detector.textHolds: the password
 * readers' cue, the vendor tokens' prefixes) is passed by where the summary shows none of them, and
 * one whose every match holds a run or a group of digits (Detector.digitRun, digitGroup: the national
 * identity numbers) where the text's longest, measured by the same pass, is shorter, or a letter right
 * before a digit (Detector.letterDigit: an IBAN) where the text holds none.
 */
export function runDetectorsOverTexts(texts: readonly string[], lists: readonly (readonly Detector[])[], opts: DetectOptions = {}): DetectorMatch[][] {
  const groups = new Map<readonly Detector[], number[]>();
  for (let i = 0; i < lists.length; i++) {
    const g = groups.get(lists[i]!);
    if (g === undefined) groups.set(lists[i]!, [i]);
    else g.push(i);
  }
  // The gates first: a summary has room for each of their pairs.
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  // Arrays built by push, not Array.prototype.map: map's builtin makes packed arrays and its inlined
  // copy in optimised code holey ones, and this function's reads of them were deoptimised ("wrong map"
  // at `planned[k]` and `states.map`) again and again in the warm scans.
  const plans = new Map<readonly Detector[], Array<DetectorPlan | undefined>>();
  for (const list of groups.keys()) plans.set(list, plansOf(list, threshold, opts.context));
  const limit = summaryLimit();
  const width = summaryWidth(limit);
  const bits = new Int32Array(texts.length * width);
  const states: RunState[] = [];
  // Each text's summary and digit measures, in one pass, before any gate reads them.
  for (let i = 0; i < texts.length; i++) {
    const st = newState(texts[i]!, opts, bits, i * width, limit);
    keepDigits(st, summarise(st.text, bits, st.at, limit));
    states.push(st);
  }
  for (const [list, members] of groups) {
    const planned = plans.get(list)!;
    for (let k = 0; k < list.length; k++) {
      const p = planned[k];
      if (p === undefined) continue;
      for (let j = 0; j < members.length; j++) {
        const st = states[members[j]!]!;
        // No run or group of digits as long as every match holds, no letter before a digit where every match
        // holds one (Detector.digitRun, digitGroup, letterDigit): no match, whatever the context.
        if (!digitsFit(st, p.digitRun, p.digitGroup, p.letterDigit)) continue;
        // A text that holds none of the words every match needs (Detector.textHolds): nothing to search.
        if (p.holds !== undefined && !mayHoldWord(p.holds, bits, st.at, limit)) continue;
        // A gate that says no is overruled by a JSON key naming the detector's column (asked once).
        const gated = (p.literals !== undefined && !holdsLiteral(st.text, p.d.prefilter!, p.literals, bits, st.at, limit)) || (p.words !== undefined && !textHoldsWord(st, p.d, p.words));
        if (gated && !keyNamed(st, p.d)) continue;
        runCandidates(st, p.d);
      }
    }
  }
  const out: DetectorMatch[][] = [];
  for (let i = 0; i < states.length; i++) out.push(finish(states[i]!));
  return out;
}

/** planOf of each detector of a list, in its order (an array built by push: see runDetectorsOverTexts). */
function plansOf(list: readonly Detector[], threshold: number, context: string | undefined): Array<DetectorPlan | undefined> {
  const planned: Array<DetectorPlan | undefined> = [];
  for (let k = 0; k < list.length; k++) planned.push(planOf(list[k]!, threshold, context));
  return planned;
}

/** What runDetectorsOverTexts asks of every text before it runs a detector (see planOf). */
interface DetectorPlan {
  d: Detector;
  /** The prefilter's gate. */
  literals: Gate | undefined;
  /** The context words' gate, when the detector needs one of them in the text (canReach). */
  words: Gate | undefined;
  /** The gate of Detector.textHolds. */
  holds: Gate | undefined;
  /** Detector.digitRun and digitGroup (0 without one), letterDigit (1 when declared, else 0). */
  digitRun: number;
  digitGroup: number;
  letterDigit: number;
}

/**
 * runDetector's tests that are the same for every text of a batch (one threshold and column name):
 * undefined when the detector finds nothing in any (canReach never, otherKind), else its gates.
 */
function planOf(d: Detector, threshold: number, context: string | undefined): DetectorPlan | undefined {
  const reach = reachOf(d, threshold);
  if (reach === REACH_NEVER) return undefined;
  const needsWord = reach === REACH_WORD && !(context !== undefined && contextHit(context, d));
  if (d.notContext !== undefined && context !== undefined && otherKindOfColumn(context, d)) return undefined;
  // Its words are searched for near each candidate too (hasAnyContext): their gate has room in the summaries.
  if (d.context !== undefined) gateOf(d.context);
  return {
    d,
    literals: d.prefilter === undefined || namedByColumn(context, d) ? undefined : gateOf(d.prefilter),
    words: needsWord ? gateOf(d.context!) : undefined,
    holds: d.textHolds === undefined ? undefined : gateOf(d.textHolds),
    digitRun: d.digitRun ?? 0,
    digitGroup: d.digitGroup ?? 0,
    letterDigit: letterNeed(d),
  };
}

/** One detector over the state's text: its candidates, validated and scored, join st.found. */
function runDetector(st: RunState, d: Detector): void {
  const text = st.text;
  if ((d.digitRun !== undefined || d.digitGroup !== undefined || d.letterDigit === true) && !digitsReach(st, d)) return;
  if (d.prefilter !== undefined && !includesAny(text, d.prefilter) && !namedByColumn(st.context, d) && !keyNamed(st, d)) return;
  if (!canReach(st, d) || otherKind(st, d)) return;
  runCandidates(st, d);
}

/** digitsFit for `d`'s declarations (Detector.digitRun, digitGroup, letterDigit), the text measured when first asked. */
function digitsReach(st: RunState, d: Detector): boolean {
  if (st.digitRun < 0) keepDigits(st, digitMeasures(st.text));
  return digitsFit(st, d.digitRun ?? 0, d.digitGroup ?? 0, letterNeed(d));
}

/** Whether the state's measured text holds `run` digits in a row, `group` in a stretch and (`letter` 1) a letter right before a digit. */
function digitsFit(st: RunState, run: number, group: number, letter: number): boolean {
  return run <= st.digitRun && group <= st.digitGroup && letter <= st.letterDigit;
}

/** Detector.letterDigit as the measure it needs: 1 when declared, else 0. */
function letterNeed(d: Detector): number {
  return d.letterDigit === true ? 1 : 0;
}

/** Keeps a text's digit measures (summarise's or digitMeasures' answer) in its state. */
function keepDigits(st: RunState, measures: number): void {
  st.digitRun = digitRunOf(measures);
  st.digitGroup = digitGroupOf(measures);
  st.letterDigit = letterDigitOf(measures);
}

/** The detector's candidates in the state's text (its pattern's matches or its scan's spans), each considered. */
function runCandidates(st: RunState, d: Detector): void {
  const text = st.text;
  if (d.scan) {
    const spans = d.scan(text);
    for (let k = 0; k < spans.length; k++) considerInside(st, d, spans[k]!.start, spans[k]!.end);
    return;
  }
  const g = d.group ?? 0;
  const re = g === 0 ? d.pattern! : withIndices(d.pattern!);
  const anchor = d.anchor;
  re.lastIndex = 0;
  for (;;) {
    if (anchor !== undefined) {
      // No match starts before `within` characters ahead of the next literal (see Detector.anchor).
      const at = text.indexOf(anchor.literal, re.lastIndex);
      if (at === -1) break;
      if (at - anchor.within > re.lastIndex) re.lastIndex = at - anchor.within;
    }
    const m = re.exec(text);
    if (m === null) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const value = m[g];
    if (value === undefined) continue;
    const start = g === 0 ? m.index : m.indices![g]![0];
    considerInside(st, d, start, start + value.length);
  }
}

const WITH_INDICES = new WeakMap<RegExp, RegExp>();

/**
 * A copy of a group detector's pattern that reports where its groups are (the `d` flag): the group's value
 * may also stand earlier in the match (`postgres://p:p@host`, a user named as its password), so a search
 * for it in the match would take the wrong place and leave the value itself unmasked.
 */
function withIndices(re: RegExp): RegExp {
  if (re.hasIndices) return re;
  let copy = WITH_INDICES.get(re);
  if (copy === undefined) WITH_INDICES.set(re, (copy = new RegExp(re.source, re.flags + 'd')));
  return copy;
}

/** consider, for the span less a bracket or quote that belongs to the text around it (enclosure.ts). */
function considerInside(st: RunState, d: Detector, start: number, end: number): void {
  const s = withoutOpener(st.text, start, end);
  const e = withoutCloser(st.text, s, end);
  if (e > s) consider(st, d, s, e);
}

/** The state's matches, overlaps resolved; the state is done. */
function finish(st: RunState): DetectorMatch[] {
  const found = st.found;
  st.found = undefined;
  return found === undefined ? NONE : found.length === 1 ? found : resolveOverlaps(found);
}

/**
 * `runDetectors(text, detectors, opts)` when that is one match spanning the whole text, else
 * undefined. A single pattern detector whose value is its whole match (group 0) is decided without
 * a scan: the leftmost match of a pattern that matches at 0 is the one at 0, so a sticky copy of the
 * pattern matching from 0 to the end is that single match (a later one would start at the end:
 * empty, and skipped); so is the pattern's own leftmost match when it starts at 0 and ends at the
 * end (see wholePatternOf). A caller asking often about the same detectors passes them prepared
 * (prepareWhole): the pattern and the column name's context answer are then looked up once.
 * `known`: what the single detector's recogniser answered for this text, when the caller asked it.
 */
export function wholeMatch(text: string, detectors: readonly Detector[] | Whole, opts: DetectOptions = {}, known?: number): DetectorMatch[] | undefined {
  const w = isWhole(detectors) ? detectors : prepareWhole(detectors);
  const ds = w.detectors;
  const d = ds[0];
  if (ds.length === 1 && d!.recognise !== undefined) {
    const validated = known ?? d!.recognise(text);
    if (validated !== undefined) return recognised(w, d!, validated, text.length, opts);
  }
  const pattern = w.pattern;
  let found: DetectorMatch[] | undefined;
  if (pattern === undefined) found = runDetectors(text, ds, opts);
  else {
    if (d!.prefilter !== undefined && !includesAny(text, d!.prefilter) && !(opts.context !== undefined && d!.context !== undefined && wholeContextHit(w, opts.context))) return undefined;
    if (!matchesAll(pattern, text)) return undefined;
    if (d!.notContext !== undefined && opts.context !== undefined && wholeOtherKind(w, opts.context)) return undefined;
    const state = begin(text, opts);
    if (opts.context !== undefined && d!.context !== undefined) {
      state.knownDetector = d;
      state.knownHit = wholeContextHit(w, opts.context);
    }
    consider(state, d!, 0, text.length);
    found = state.found;
    state.found = undefined;
  }
  return found !== undefined && found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found : undefined;
}

/**
 * What consider makes of a whole-text candidate that the detector's validator scores `validated`:
 * the context score when a context word lifts it (for a span covering the text, only the extra
 * context can hold one: the window either side is empty), kept at or above the threshold.
 * wholeMatch(text, w, opts, validated) for a Whole of one recogniser (`d`, its detector) and a text of
 * this length: exported so that a caller holding the recogniser's answer (detectPii's typed path)
 * calls it directly, a small function V8 inlines where wholeMatch is not.
 */
export function recognised(w: Whole, d: Detector, validated: number, length: number, opts: DetectOptions): DetectorMatch[] | undefined {
  if (d.notContext !== undefined && opts.context !== undefined && wholeOtherKind(w, opts.context)) return undefined;
  let score = validated;
  if (d.context !== undefined && d.contextScore !== undefined && d.contextScore > score && opts.context !== undefined && wholeContextHit(w, opts.context)) score = d.contextScore;
  if (score < (d.minScore ?? opts.threshold ?? DEFAULT_THRESHOLD)) return undefined;
  if (length >= RECOGNISED_LENGTHS) return [{ type: d.type, start: 0, end: length, score }];
  const made = (w.made ??= new Array<DetectorMatch[] | undefined>(RECOGNISED_LENGTHS).fill(undefined));
  const last = made[length];
  if (last !== undefined && last[0]!.score === score && last[0]!.type === d.type) return last;
  return (made[length] = [{ type: d.type, start: 0, end: length, score }]);
}

/** contextHit(context, w.detectors[0]), kept for the last context asked about. */
function wholeContextHit(w: Whole, context: string): boolean {
  if (w.hitContext !== context) {
    w.hitContext = context;
    w.hit = contextHit(context, w.detectors[0]!);
  }
  return w.hit;
}

/** otherKindOfColumn(context, w.detectors[0]), kept for the last context asked about (a column's values ask it each). */
function wholeOtherKind(w: Whole, context: string): boolean {
  if (w.otherContext !== context) {
    w.otherContext = context;
    w.other = otherKindOfColumn(context, w.detectors[0]!);
  }
  return w.other;
}

/** Detectors prepared for wholeMatch (see prepareWhole). */
export interface Whole {
  readonly detectors: readonly Detector[];
  /** The single detector's pattern as wholeMatch reads it (wholePatternOf), when it decides without a scan. */
  readonly pattern: RegExp | undefined;
  /** contextHit(hitContext, detectors[0]), for the last context asked about. */
  hitContext: string | undefined;
  hit: boolean;
  /** otherKindOfColumn(otherContext, detectors[0]), for the last context asked about. */
  otherContext: string | undefined;
  other: boolean;
  /**
   * The last match list recognised made for a text of each length (below RECOGNISED_LENGTHS): a
   * column of one type recognises most of its values, and one list per value was most of the
   * typed-CSV scan's garbage. Shared, so never changed by a caller (none changes a match).
   */
  made: Array<DetectorMatch[] | undefined> | undefined;
}

/** Lengths of whole values whose recognised match lists a Whole keeps (longer ones get their own). */
const RECOGNISED_LENGTHS = 128;

export function prepareWhole(detectors: readonly Detector[]): Whole {
  return { detectors, pattern: detectors.length === 1 ? wholePatternOf(detectors[0]!) : undefined, hitContext: undefined, hit: false, otherContext: undefined, other: false, made: undefined };
}

function isWhole(x: readonly Detector[] | Whole): x is Whole {
  return !Array.isArray(x);
}

/**
 * The pattern wholeMatch reads a group-0 pattern detector's whole match with: a sticky copy of its
 * pattern (it fails at the first character that does not fit), or, for a detector with a recogniser,
 * the pattern itself. Its values come to the pattern only when the recogniser declines them (a
 * rare form: an address with a non-ASCII letter), and a copy is compiled again in every thread
 * (the e-mail pattern's Unicode classes: some 10 ms) for those few (WeakMap: detectors are module
 * constants, but tests make others).
 */
const WHOLE_PATTERN = new WeakMap<Detector, RegExp | null>();
function wholePatternOf(d: Detector): RegExp | undefined {
  let re = WHOLE_PATTERN.get(d);
  if (re === undefined) {
    const p = d.pattern;
    re = p !== undefined && d.scan === undefined && (d.group ?? 0) === 0 ? (d.recognise !== undefined ? p : new RegExp(p.source, p.flags.replace('g', '') + 'y')) : null;
    WHOLE_PATTERN.set(d, re);
  }
  return re ?? undefined;
}

/** Whether the match of `re` (wholePatternOf) from 0 is all of `text`: a sticky pattern's, or the leftmost one starting at 0. */
function matchesAll(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  if (re.sticky) return re.test(text) && re.lastIndex === text.length;
  const m = re.exec(text);
  re.lastIndex = 0; // the detector's own pattern: left as its other users find it
  return m !== null && m.index === 0 && m[0].length === text.length;
}

interface RunState {
  text: string;
  lower: string | undefined;
  /** The text holds a letter or a non-ASCII character (computed when first needed). */
  letters: boolean | undefined;
  window: number;
  context: string | undefined;
  threshold: number;
  found: DetectorMatch[] | undefined;
  /** A detector whose context-word hit in `context` is already known (`knownHit`). */
  knownDetector: Detector | undefined;
  knownHit: boolean;
  /** Whether the text holds a context word of `wordsOf` anywhere (see holdsWord), for the detector asked last. */
  wordsOf: Detector | undefined;
  holdsWord: boolean;
  /** The texts' summaries (text-summary.ts; runDetectorsOverTexts only, made first), this text's at `at`, made with `limit`. */
  bits: Int32Array | undefined;
  at: number;
  limit: number;
  /** The text's digit measures (digitRunOf, digitGroupOf and letterDigitOf of summarise's or digitMeasures' answer; -1: not measured yet). */
  digitRun: number;
  digitGroup: number;
  letterDigit: number;
  /** The keys of a JSON text (`"key":`), read when first needed; none for other texts. */
  keys: string[] | undefined;
}

/** A state for a text of runDetectorsOverTexts (the same shape as STATE, for the engine's hot functions). */
function newState(text: string, opts: DetectOptions, bits?: Int32Array, at = 0, limit = 0): RunState {
  const st: RunState = { text: '', lower: undefined, letters: undefined, window: DEFAULT_WINDOW, context: undefined, threshold: DEFAULT_THRESHOLD, found: undefined, knownDetector: undefined, knownHit: false, wordsOf: undefined, holdsWord: false, bits, at, limit, digitRun: -1, digitGroup: -1, letterDigit: -1, keys: undefined };
  return reset(st, text, opts);
}

/** One state for every run (runs never nest: validators do not run detectors), reset per text. */
const STATE: RunState = newState('', {});
function begin(text: string, opts: DetectOptions): RunState {
  return reset(STATE, text, opts);
}

function reset(st: RunState, text: string, opts: DetectOptions): RunState {
  st.text = text;
  st.lower = undefined;
  st.letters = undefined;
  st.window = opts.window ?? DEFAULT_WINDOW;
  st.context = opts.context;
  st.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  st.found = undefined;
  st.knownDetector = undefined;
  st.wordsOf = undefined;
  st.keys = undefined;
  st.digitRun = -1;
  st.digitGroup = -1;
  st.letterDigit = -1;
  return st;
}

/**
 * Whether the column's name (the extra context) holds one of the detector's context words: its values
 * are then searched without its prefilter, which stands for a cue in the text where the detector needs
 * one (a SIN's `SIN`: a column `sin` of bare numbers is cue enough).
 */
function namedByColumn(context: string | undefined, d: Detector): boolean {
  return context !== undefined && d.context !== undefined && contextHit(context, d);
}

/** Whether the text holds one of the words (a detector's prefilter). */
export function includesAny(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.includes(words[k]!)) return true;
  return false;
}

/**
 * Whether a match of `d` in this text could reach its minimum score. A detector whose best score
 * without a context word (its base score, or the most its validator returns: maxScore) is below
 * the minimum matches only where a context word lifts it: near the match, or in the extra context.
 * A text holding none of its words (in lower case, as hasContext searches) then has no match of it,
 * and its pattern, scan and validator are not run: a date detector that needs "born" near the date
 * costs one search for its words in prose full of dates. The answer is the one consider would give
 * every candidate (proved against running it: test/unit/detect/context-only.test.ts).
 */
function canReach(st: RunState, d: Detector): boolean {
  const reach = reachOf(d, st.threshold);
  if (reach !== REACH_WORD) return reach === REACH_ALWAYS;
  if (st.context !== undefined && (d === st.knownDetector ? st.knownHit : contextHit(st.context, d))) return true;
  return textHoldsWord(st, d) || keyNamed(st, d);
}

/** A key of the (JSON) text names the detector's column (jsonKeyNamesColumn): its prefilter and context words are waived, as a column name's are. */
function keyNamed(st: RunState, d: Detector): boolean {
  return d.columnContext !== undefined && jsonKeyNamesColumn(st, d);
}

/** A JSON key: `"name":`. */
const JSON_KEY = /"([^"\\\n]{1,64})"[ \t]*:/g;

/**
 * Whether a key of a JSON text (an object in a record's field: `{"id_number":"…"}` under a column `kyc`)
 * holds a phrase of the detector's column names, as keyedAsColumn reads the key before a candidate: a
 * detector that needs its cue then runs there.
 */
function jsonKeyNamesColumn(st: RunState, d: Detector): boolean {
  if (st.keys === undefined) {
    st.keys = [];
    if (st.text.includes('":')) {
      JSON_KEY.lastIndex = 0;
      for (let m = JSON_KEY.exec(st.text); m !== null; m = JSON_KEY.exec(st.text)) st.keys.push(m[1]!);
    }
  }
  // Most texts hold no key: asked per gated detector, so without a closure for them.
  return st.keys.length > 0 && st.keys.some((key) => keyNamesColumn(key, d));
}

/** reachOf: a match of the detector may reach its minimum score without a context word / never / only with one. */
const REACH_ALWAYS = 0;
const REACH_NEVER = 1;
const REACH_WORD = 2;

/** What canReach knows of a detector before it looks at a context or a text. */
function reachOf(d: Detector, threshold: number): number {
  const min = d.minScore ?? threshold;
  if (d.score >= min || (d.maxScore !== undefined && d.maxScore >= min)) return REACH_ALWAYS;
  return d.context === undefined || d.contextScore === undefined || d.contextScore < min ? REACH_NEVER : REACH_WORD;
}

/**
 * Whether runDetectors(text, [d], opts) may find anything in a text of which only this is known:
 * whether it may hold a letter (an ASCII letter or a non-ASCII character, as LETTER reads). False
 * when the column name says the values are another kind (otherKind), or when d needs a context
 * word (canReach) that neither the column name nor such a text can hold. A caller running the same
 * detectors over many values of one column leaves those out once, not per value (same matches).
 */
export function mayMatch(d: Detector, opts: DetectOptions, letters: boolean): boolean {
  if (d.notContext !== undefined && opts.context !== undefined && otherKindOfColumn(opts.context, d)) return false;
  const reach = reachOf(d, opts.threshold ?? DEFAULT_THRESHOLD);
  if (reach !== REACH_WORD) return reach === REACH_ALWAYS;
  return (opts.context !== undefined && contextHit(opts.context, d)) || letters || !lettered(d.context!);
}

/**
 * Whether the text holds a context word of `d` anywhere (in lower case, as hasContext searches):
 * when it does not, no window around a candidate does. Asked once per text and detector (its
 * candidates come one after another), where the window search was made for every candidate.
 */
function textHoldsWord(st: RunState, d: Detector, gate?: Gate): boolean {
  if (st.wordsOf === d) return st.holdsWord;
  st.wordsOf = d;
  st.letters ??= LETTER.test(st.text);
  return (st.holdsWord = (st.letters || !lettered(d.context!)) && mayHoldWordOf(st, d.context!, gate) ? holdsAnyWord(st.text, d.context!, st.lower) : false);
}

/** False when the state's text summary (if it has one) shows that the text holds none of the words in any case. */
function mayHoldWordOf(st: RunState, words: readonly string[], gate: Gate | undefined): boolean {
  return st.bits === undefined || mayHoldWord(gate ?? gateOf(words), st.bits, st.at, st.limit);
}

/**
 * Whether `lower` (the text in lower case, computed here when not given) holds one of the
 * lower-case words. Without a copy of the text in lower case (the costly part of the test), a
 * case-insensitive search finds every word its lower case holds: Unicode case folding matches each
 * character with its lower case, except U+0130 ("İ", lower case "i̇", two characters), checked over
 * every code point by test/unit/detect/context-only.test.ts. It may find more (the word is then
 * searched for near each candidate, as ever).
 */
export function holdsAnyWord(text: string, words: readonly string[], lower?: string): boolean {
  if (lower === undefined && text.indexOf('\u0130') === -1) return anyWordOf(words).test(text);
  return includesAny(lower ?? text.toLowerCase(), words);
}

/** A case-insensitive (Unicode case folding) search for any of the words, each list compiled once. */
const ANY_WORD = new WeakMap<readonly string[], RegExp>();
function anyWordOf(words: readonly string[]): RegExp {
  let re = ANY_WORD.get(words);
  if (re === undefined) ANY_WORD.set(words, (re = new RegExp(anyOfTree(words), 'iu')));
  return re;
}

/** A pattern source matching any of the words as written (regular-expression characters escaped). */
export function anyOf(words: Iterable<string>): string {
  return Array.from(words, escapeSource).join('|');
}

function escapeSource(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern source that finds a text holding one of the words wherever anyOf's does, the words'
 * common beginnings written once (`ph(?:one|…)|t(?:el|…)`): the engine reads each character of a
 * text against a few first letters rather than against every word (a phone's hundred context words
 * cost a third as much). A word ends its branch, as a text holding a longer word that it begins
 * holds it too: for searches that ask whether a word is there, not which one.
 */
function anyOfTree(words: readonly string[]): string {
  if (words.includes('')) return '';
  const rests = new Map<string, string[]>();
  for (const w of words) {
    const c = String.fromCodePoint(w.codePointAt(0)!);
    const group = rests.get(c);
    if (group === undefined) rests.set(c, [w.slice(c.length)]);
    else group.push(w.slice(c.length));
  }
  const branches: string[] = [];
  for (const [c, group] of rests) {
    const rest = group.length === 1 ? escapeSource(group[0]!) : anyOfTree(group);
    branches.push(escapeSource(c) + (group.length === 1 || rest === '' ? rest : `(?:${rest})`));
  }
  return branches.join('|');
}

/** The column name says the values are another kind than `d`'s: no candidate of `d` counts (Detector.notContext). */
function otherKind(st: RunState, d: Detector): boolean {
  return d.notContext !== undefined && st.context !== undefined && otherKindOfColumn(st.context, d);
}

/** Validator → context → score → threshold, for one candidate span (callers have checked otherKind). */
function consider(st: RunState, d: Detector, start: number, end: number): void {
  const text = st.text;
  let score = d.score;
  const min = d.minScore ?? st.threshold;
  let context: boolean | undefined;
  if (d.validate) {
    let floor = Number.NEGATIVE_INFINITY;
    if (d.usesFloor) {
      // Rejected whatever the floor: the context words of a text need not be looked for. Not asked of a
      // whole value (a typed column's cell: its context is the column name, and validate would repeat the tests).
      if (d.rejects !== undefined && (start > 0 || end < text.length) && d.rejects(text.slice(start, end), text, start, end)) return;
      // Survives with any score when a context word lifts it over the threshold; else needs `min`.
      context = d.context !== undefined && d.contextScore !== undefined && hasAnyContext(st, d, start, end);
      floor = context && d.contextScore! >= min ? Number.NEGATIVE_INFINITY : min;
    }
    const v = d.validate(text.slice(start, end), text, start, end, floor);
    if (v === false) return;
    if (typeof v === 'number') score = v;
  }
  if (d.context && d.contextScore !== undefined && d.contextScore > score && (context ?? hasAnyContext(st, d, start, end))) score = d.contextScore;
  if (score < min) return;
  const m: DetectorMatch = { type: d.type, start, end, score };
  // An array literal holds exactly one element; `[]` then push would reserve room for sixteen.
  if (st.found === undefined) st.found = [m];
  else st.found.push(m);
}

/**
 * The key right before `start` holds one of a column name's phrases (nameHoldsPhrase) and none of the
 * words naming another kind of number (`USt-IdNr`: `id nr` is an identity document's phrase, `ust` a VAT number's).
 */
function keyedAsColumn(text: string, start: number, d: Detector): boolean {
  const key = keyNameBefore(text, start);
  return key !== undefined && keyNamesColumn(key, d);
}

/** A record key holds one of the detector's column phrases and none of its notContext words. */
function keyNamesColumn(key: string, d: Detector): boolean {
  return nameHoldsPhrase(key, d.columnContext!) && !(d.notContext !== undefined && nameHoldsWord(key, d.notContext));
}

/** A context word of `d` in the extra context (column name) or within the window around the span. */
function hasAnyContext(st: RunState, d: Detector, start: number, end: number): boolean {
  if (st.context !== undefined && (d === st.knownDetector ? st.knownHit : contextHit(st.context, d))) return true;
  // A record's key right before the value names it as a column's name would (`"customer_tax_id":"`).
  if (d.columnContext !== undefined && keyedAsColumn(st.text, start, d)) return true;
  // A text that holds none of the words anywhere (numbers, codes, most prose) holds none near the span.
  if (!textHoldsWord(st, d)) return false;
  return hasContext((st.lower ??= st.text.toLowerCase()), start, end, d.context!, st.window, d.contextAtWordStart === true, d.contextNearest === true);
}

/** An ASCII letter, or any non-ASCII character (its lower case may be a letter: "K" → "k"). */
const LETTER = /[A-Za-z\u0080-\uffff]/;
/** Word lists whose every word holds an ASCII letter. */
const LETTERED = new WeakMap<readonly string[], boolean>();
function lettered(words: readonly string[]): boolean {
  let all = LETTERED.get(words);
  if (all === undefined) LETTERED.set(words, (all = words.every((w) => /[a-z]/i.test(w))));
  return all;
}

/** Whether the extra context (a column name) holds one of the detector's context words (memoised). */
const CONTEXT_HITS = nameMemo();
export function contextHit(context: string, d: Detector): boolean {
  return memoised(CONTEXT_HITS, context, d, computeContextHit);
}

function computeContextHit(context: string, d: Detector): boolean {
  const lower = d.notContext === undefined && d.notCue === undefined ? context.toLowerCase() : withoutOtherKindWords(context, [...(d.notContext ?? []), ...(d.notCue ?? [])]);
  return d.context!.some((w) => (SEPARATED.test(w) ? startsNameWord(lower, w) : lower.includes(w))) || (d.columnContext !== undefined && nameHoldsPhrase(context, d.columnContext));
}

/** A context word with a separator in it (`a_number`): in a column name it must start a word (not `rma_number`). */
const SEPARATED = /[_-]/;
function startsNameWord(lower: string, w: string): boolean {
  for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!)) return true;
  return false;
}

/** Whether the column name says its values are another kind (Detector.notContext; memoised). */
const OTHER_KIND = nameMemo();
export function otherKindOfColumn(context: string, d: Detector): boolean {
  return memoised(OTHER_KIND, context, d, computeOtherKind);
}

function computeOtherKind(context: string, d: Detector): boolean {
  if (d.notContextLast !== undefined && d.notContextLast.includes(nameWords(context).filter((w) => w !== '').pop() ?? '')) {
    if (d.columnContext === undefined || !nameHoldsPhrase(context, d.columnContext)) return true;
  }
  return !(d.context !== undefined && contextHit(context, d)) && nameHoldsWord(context, d.notContext!);
}

/** Answers per column name and detector, and the name asked last with its answers (see memoised). */
interface NameMemo {
  byName: Map<string, Map<Detector, boolean>>;
  lastName: string | undefined;
  last: Map<Detector, boolean> | undefined;
}
function nameMemo(): NameMemo {
  return { byName: new Map(), lastName: undefined, last: undefined };
}

/**
 * compute(context, d), kept per column name and detector (at most 4096 names, then the cache starts
 * again). The name asked last and its answers are at hand: a column's values ask about one name,
 * per detector and candidate, and finding it among the names each time was most of the cost.
 */
function memoised(cache: NameMemo, context: string, d: Detector, compute: (context: string, d: Detector) => boolean): boolean {
  let byDetector = cache.lastName === context ? cache.last : undefined;
  if (byDetector === undefined) {
    byDetector = cache.byName.get(context);
    if (!byDetector) {
      if (cache.byName.size >= 4096) cache.byName.clear();
      cache.byName.set(context, (byDetector = new Map()));
    }
    cache.lastName = context;
    cache.last = byDetector;
  }
  let hit = byDetector.get(d);
  if (hit === undefined) {
    hit = compute(context, d);
    byDetector.set(d, hit);
  }
  return hit;
}

/**
 * Whether one of `words` starts a word of a column name (split at non-alphanumerics and at camelCase
 * humps, lower-cased): `order` in `orderId`, `isbn` in `isbn_13`, not `ean` in `boolean` (startsWord).
 */
export function nameHoldsWord(name: string, words: readonly string[]): boolean {
  const parts = nameWords(name);
  return words.some((n) => parts.some((w) => startsWord(w, n)));
}

/** A column name's words: split at non-alphanumerics and at camelCase humps, lower-cased. */
function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^\p{L}\p{N}]+/u);
}

/**
 * Whether one of `phrases` is a run of whole words of a column name (split as nameHoldsWord splits):
 * `message id` in `Message-ID`, `message_id` and `MessageId`.
 */
export function nameHoldsPhrase(name: string, phrases: readonly string[]): boolean {
  const words = ` ${nameWords(name).join(' ')} `;
  return phrases.some((p) => words.includes(` ${p} `));
}

/**
 * The lower-cased column name with each notContext word that starts a word of it (as otherKindOfColumn
 * reads them) blanked out: a context word inside one is no cue ("sin" in `numero_sinistre`, a claim
 * number), one after it in the same word still is ("tel" in `Kundentelefon`).
 */
function withoutOtherKindWords(context: string, notContext: readonly string[]): string {
  const lower = context.toLowerCase();
  let out = lower;
  const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < context.length; i++) {
    const prev = context[i - 1];
    const hump = prev !== undefined && /[a-z0-9]/.test(prev) && /[A-Z]/.test(context[i]!);
    if (!alnum(context[i]) || (alnum(prev) && !hump)) continue;
    let end = i + 1;
    while (end < context.length && alnum(context[end]) && !(/[a-z0-9]/.test(context[end - 1]!) && /[A-Z]/.test(context[end]!))) end++;
    const word = lower.slice(i, end);
    const n = notContext.find((w) => startsWord(word, w));
    if (n !== undefined) out = out.slice(0, i) + ' '.repeat(n.length) + out.slice(i + n.length);
  }
  return out;
}

/** `word` is the name's word `w`, or begins it: a short word ("ean", "part") only before a digit ("isbn13"). */
function startsWord(w: string, word: string): boolean {
  if (!w.startsWith(word)) return false;
  if (w.length === word.length || word.length >= 5) return true;
  const c = w.charCodeAt(word.length);
  return c >= 48 && c <= 57;
}

const NONE: DetectorMatch[] = [];

/** A context word within `window` characters before or after the span (`wordStart`: where a word starts). */
export function hasContext(lower: string, start: number, end: number, words: readonly string[], window: number, wordStart = false, nearest = false): boolean {
  let before = lower.slice(Math.max(0, start - window), start);
  let after = lower.slice(end, end + window);
  if (nearest) {
    // Detector.contextNearest: only what no other number separates from the span.
    before = before.slice(lastDigit(before) + 1);
    const stop = SENTENCE_END.exec(after);
    if (stop !== null) after = after.slice(0, stop.index);
    if (/\d/.test(after)) after = '';
  }
  if (!wordStart) return words.some((w) => before.includes(w) || after.includes(w));
  const re = wordStartPattern(words);
  return re.test(before) || re.test(after);
}

/** The end of a sentence or of a line. */
const SENTENCE_END = /[.!?\u3002](?:\s|$)|\n/;

/** Index of the last ASCII digit in `s`, or -1. */
function lastDigit(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/** One pattern per word list: any of the words, not right after an ASCII letter or digit. */
const WORD_START = new WeakMap<readonly string[], RegExp>();
function wordStartPattern(words: readonly string[]): RegExp {
  let re = WORD_START.get(words);
  if (re === undefined) {
    re = new RegExp(`(?<![a-z0-9])(?:${anyOf(words)})`);
    WORD_START.set(words, re);
  }
  return re;
}

/**
 * Keeps the highest-scoring (then longest) of overlapping matches; result sorted by start.
 * O(n log n) plus insertions: kept spans are non-overlapping, so they stay sorted by start and one
 * binary search tells whether a candidate overlaps any of them.
 */
export function resolveOverlaps(matches: DetectorMatch[]): DetectorMatch[] {
  if (matches.length <= 1) return matches;
  const ranked = [...matches].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DetectorMatch[] = [];
  for (const m of ranked) {
    // First kept span whose end is after m.start; it overlaps m when it starts before m.end.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo]!.start < m.end) continue;
    kept.splice(lo, 0, m);
  }
  return kept;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
