// Runs declarative detectors over a text: candidates → validator → context → score → overlap resolution.
import type { DetectOptions, Detector, DetectorMatch } from './types.js';

export const DEFAULT_THRESHOLD = 0.5;
const DEFAULT_WINDOW = 40;

/** Every match of `detectors` in `text`, best first where two overlap; sorted by start. */
export function runDetectors(text: string, detectors: readonly Detector[], opts: DetectOptions = {}): DetectorMatch[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const window = opts.window ?? DEFAULT_WINDOW;
  const extra = opts.context?.toLowerCase();
  let lower: string | undefined;
  let found: DetectorMatch[] | undefined;
  // Plain loops, no generators: this runs once per cell of every scanned table.
  const consider = (d: Detector, start: number, end: number): void => {
    let score = d.score;
    if (d.validate) {
      const v = d.validate(text.slice(start, end), text, start, end);
      if (v === false) return;
      if (typeof v === 'number') score = v;
    }
    if (d.context && d.contextScore !== undefined && d.contextScore > score) {
      if ((extra !== undefined && d.context.some((w) => extra.includes(w))) || hasContext((lower ??= text.toLowerCase()), start, end, d.context, window)) {
        score = d.contextScore;
      }
    }
    if (score < (d.minScore ?? threshold)) return;
    (found ??= []).push({ type: d.type, start, end, score });
  };
  for (let i = 0; i < detectors.length; i++) {
    const d = detectors[i]!;
    if (d.prefilter !== undefined) {
      let any = false;
      for (let k = 0; k < d.prefilter.length && !any; k++) any = text.includes(d.prefilter[k]!);
      if (!any) continue;
    }
    if (d.scan) {
      for (const c of d.scan(text)) consider(d, c.start, c.end);
      continue;
    }
    const re = d.pattern!;
    const g = d.group ?? 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = m[g];
      if (value === undefined) continue;
      const start = g === 0 ? m.index : m.index + m[0].indexOf(value);
      consider(d, start, start + value.length);
    }
  }
  return found === undefined ? NONE : found.length === 1 ? found : resolveOverlaps(found);
}

const NONE: DetectorMatch[] = [];

/** A context word within `window` characters before or after the span. */
export function hasContext(lower: string, start: number, end: number, words: readonly string[], window: number): boolean {
  const before = lower.slice(Math.max(0, start - window), start);
  const after = lower.slice(end, end + window);
  return words.some((w) => before.includes(w) || after.includes(w));
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
