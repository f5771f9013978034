// AWS secret access keys found by the record they are in. The detectors read one value at a time: a
// secret key without its key word is found there only beside an access key id in the same value
// (src/detect/secrets/aws.ts). This pass reads the record: in a record where a detector matched an
// access key id (AKIA long-term, ASIA temporary) in one field, a value of secret-key shape (40 base64
// characters standing alone, high entropy, upper and lower case and digits) in any scanned field is
// a secret access key too. Anchored: only the records with an access key id pay anything (the
// scanner notes them while it counts the detectors' matches, see TableScanner.scanRows).
import type { DetectorMatch } from '../../src/detect/index.js';
import { awsSecretNextToKeyId, secretKeyShape } from '../../src/detect/secrets/aws.js';
import { DETECTOR_BY_TYPE } from './detectors/index.js';

export const KEY_ID_TYPE = 'aws-access-key-id';
/** The type of the secrets found: that of the secret key detectors. */
export const PAIRED_TYPE = awsSecretNextToKeyId.type;
/** Their score: that of a secret key found beside its key id in one value. */
export const PAIRED_SCORE = awsSecretNextToKeyId.score;

/** A match of an access key id that has a secret key (not a role, user or group id: AROA, AIDA, AGPA …). */
export function anchorsPair(text: string, m: DetectorMatch): boolean {
  return m.type === KEY_ID_TYPE && (text.startsWith('AKIA', m.start) || text.startsWith('ASIA', m.start));
}

/** 40 base64 characters not part of a longer base64 run: the pattern of the same-value detector. */
const CANDIDATE = new RegExp(awsSecretNextToKeyId.pattern!.source, 'g');
const NONE: DetectorMatch[] = [];

/**
 * The secret-key-shaped spans of a value in a record with an access key id, less those a detector
 * already matched in it (`taken`, the value's matches, asked only when there is a candidate): a
 * base64 run inside a PEM key or a JWT, the same-value detector's match, the local part of an
 * e-mail address are theirs. A match of another category within the span (16 characters that a
 * checksum accepts by chance) does not make the key any less a secret. Sorted, non-overlapping.
 */
export function pairedSecrets(text: string, taken: () => readonly DetectorMatch[]): DetectorMatch[] {
  if (text.length < 40) return NONE;
  let out: DetectorMatch[] | undefined;
  let known: readonly DetectorMatch[] | undefined;
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
    if (!secretKeyShape(c[0])) continue;
    const start = c.index;
    const end = start + c[0].length;
    known ??= taken();
    if (known.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end || DETECTOR_BY_TYPE.get(m.type)?.category === 'credentials'))) continue;
    (out ??= []).push({ type: PAIRED_TYPE, start, end, score: PAIRED_SCORE });
  }
  return out ?? NONE;
}

export interface PairHit {
  record: number;
  start: number;
  end: number;
  length: number;
}

/**
 * What the record pass found in one column: values holding a paired secret (none already holding
 * the type), those protected, those counted in the column's profile, and the first (record numbers
 * relative to the part). Kept apart from the detectors' counts until the table is finished (see
 * addPaired): the record pass runs after a batch's columns, so counted with them its type would take
 * a place among the column's types (the order of the report and the facts) that depends on where
 * batches, worker-thread parts and shard blocks are cut.
 */
export interface PairCounts {
  values: number;
  protected: number;
  profile: number;
  hit: PairHit | null;
}

export function newPairCounts(): PairCounts {
  return { values: 0, protected: 0, profile: 0, hit: null };
}

/** `from` (a part that follows, its first record `offset`) added to `into`. */
export function mergePairs(into: PairCounts | undefined, from: PairCounts, offset: number): PairCounts {
  const sum = into ?? newPairCounts();
  sum.values += from.values;
  sum.protected += from.protected;
  sum.profile += from.profile;
  if (sum.hit === null && from.hit !== null) sum.hit = { ...from.hit, record: from.hit.record + offset };
  return sum;
}

/** A column's counts (scan.ts ColumnState) as far as the record pass adds to them. */
interface ColumnCounts {
  counts: Map<string, number>;
  protectedCount: Map<string, number>;
  firstHit: Map<string, PairHit>;
  profile: { countType(type: string, n: number): void };
}

/**
 * The record pass's counts added to the column's, after its own types (or to the type's counts where
 * a detector found it too); the first hit is the earlier of the two. The same whatever the cuts.
 */
export function addPaired(col: ColumnCounts, p: PairCounts): void {
  const add = (m: Map<string, number>, n: number) => {
    if (n > 0) m.set(PAIRED_TYPE, (m.get(PAIRED_TYPE) ?? 0) + n);
  };
  add(col.counts, p.values);
  add(col.protectedCount, p.protected);
  if (p.profile > 0) col.profile.countType(PAIRED_TYPE, p.profile);
  const h = col.firstHit.get(PAIRED_TYPE);
  if (p.hit !== null && (h === undefined || p.hit.record < h.record || (p.hit.record === h.record && p.hit.start < h.start))) col.firstHit.set(PAIRED_TYPE, p.hit);
}
