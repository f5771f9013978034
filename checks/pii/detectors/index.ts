// The PII detector registry: one module per detector, run in this order (order only breaks score ties).
import { runDetectors, type DetectorMatch } from '../../../src/detect/index.js';
import { contextHit } from '../../../src/detect/engine.js';
import { creditCard } from './credit-card.js';
import { dateOfBirth } from './date-of-birth.js';
import { email } from './email.js';
import { iban } from './iban.js';
import { brCpf, esDni, inAadhaar, itFiscalCode, ukNino } from './national-ids.js';
import { ipv4, ipv6, mac } from './network.js';
import { person } from './person.js';
import { phone } from './phone.js';
import { secretDetectors } from './secrets.js';
import { streetAddress } from './street-address.js';
import { canMatch, FEATURE_KEY, NEED, textFeatures, type PiiDetector } from './types.js';
import { usSsn } from './us-ssn.js';

export type { Category, PiiDetector, Sensitivity } from './types.js';

export const PII_DETECTORS: readonly PiiDetector[] = [
  ...secretDetectors,
  email,
  creditCard,
  iban,
  usSsn,
  ukNino,
  esDni,
  itFiscalCode,
  inAadhaar,
  brCpf,
  ipv4,
  ipv6,
  mac,
  dateOfBirth,
  phone,
  streetAddress,
  person,
];

export const DETECTOR_BY_TYPE: ReadonlyMap<string, PiiDetector> = new Map(PII_DETECTORS.map((d) => [d.type, d]));

export const PII_TYPES: readonly string[] = [...new Set(PII_DETECTORS.map((d) => d.type))];

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
   * Per active detector set, the rivals of the last whole-value match (its type and score).
   */
  memo?: Map<readonly PiiDetector[], Memo>;
}

interface Memo {
  type: string;
  score: number;
  rivals: readonly Rival[];
}

/** A detector that might outscore a whole-value match: always, or with a context word in the text. */
interface Rival {
  d: PiiDetector;
  always: boolean;
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

/** The detectors of `type` among `active` (memoised per active set). */
const OF_TYPE = new WeakMap<readonly PiiDetector[], Map<string, PiiDetector[]>>();
function ofType(active: readonly PiiDetector[], type: string): PiiDetector[] {
  let byType = OF_TYPE.get(active);
  if (!byType) OF_TYPE.set(active, (byType = new Map()));
  let list = byType.get(type);
  if (!list) byType.set(type, (list = active.filter((d) => d.type === type)));
  return list;
}

/** PII and secrets in one text value (`features`: its cellFeatures, when already known). */
export function detectPii(text: string, opts: ScanTextOptions = {}, features?: number): DetectorMatch[] {
  if (text.length < 3) return [];
  const f = features === undefined ? textFeatures(text) : features & FEATURE_KEY;
  if ((f & SHORT_MASK) === NEED.digit && text.length < 7) return []; // a short number: no type fits
  let active = activeDetectors(f);
  if (opts.types) active = active.filter((d) => opts.types!.has(d.type));
  if (active.length === 0) return [];
  if (opts.expect !== undefined && active.length > 1) {
    const expected = ofType(active, opts.expect);
    if (expected.length > 0) {
      const first = runDetectors(text, expected, opts);
      const m = first[0];
      if (first.length === 1 && m!.start === 0 && m!.end === text.length) {
        const memos = (opts.memo ??= new Map());
        let memo = memos.get(active);
        if (!memo || memo.type !== opts.expect || memo.score !== m!.score) {
          if (memos.size >= 64) memos.clear();
          memo = { type: opts.expect, score: m!.score, rivals: rivals(active, opts.expect, m!.score, opts.context) };
          memos.set(active, memo);
        }
        if (!outscorable(memo.rivals, text, f)) return first;
      }
    }
  }
  return runDetectors(text, active, opts);
}

/** Any context word of any detector (context words are matched in the lowercased text). */
const ANY_CONTEXT_WORD = new RegExp(
  [...new Set(PII_DETECTORS.flatMap((d) => d.context ?? []))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/**
 * The detectors other than `type`'s that could score at least `score`, and so change the result of
 * a match of that score spanning the whole text (the engine keeps the best score of overlapping
 * matches, then the longest). A detector's ceiling is its base score, the highest its validator
 * returns (maxScore), and its context score when a context word is in the column name (always) or
 * somewhere in the text (see outscorable).
 */
function rivals(active: readonly PiiDetector[], type: string, score: number, context: string | undefined): Rival[] {
  const out: Rival[] = [];
  for (const d of active) {
    if (d.type === type) continue;
    let max = Math.max(d.score, d.maxScore ?? 0);
    const lift = d.context !== undefined && d.contextScore !== undefined && d.contextScore > max;
    if (lift && context !== undefined && contextHit(context, d)) max = d.contextScore!;
    if (max >= score) out.push({ d, always: true });
    else if (lift && d.contextScore! >= score) out.push({ d, always: false });
  }
  return out;
}

/**
 * Whether one of the rivals can match this text with a score that matters: its literal prefilter
 * is present, and (unless it always can) one of its context words is in the lowercased text (the
 * engine looks only near the match: this errs on the side of running the detectors).
 */
function outscorable(rivals: readonly Rival[], text: string, features: number): boolean {
  if (rivals.length === 0) return false;
  let lower: string | undefined;
  // Every context word has an ASCII letter; a text without letters (nor non-ASCII) holds none.
  let anyWord: boolean | undefined = (features & NEED.alpha) === 0 ? false : undefined;
  for (const { d, always } of rivals) {
    if (d.prefilter && !d.prefilter.some((p) => text.includes(p))) continue;
    if (always) return true;
    // Without upper-case ASCII or non-ASCII characters the text is its own lower case.
    lower ??= (features & NEED.upper) === 0 ? text : text.toLowerCase();
    anyWord ??= ANY_CONTEXT_WORD.test(lower);
    if (anyWord && d.context!.some((w) => lower!.includes(w))) return true;
  }
  return false;
}
