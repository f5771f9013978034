// Span-level evaluation of the text detectors against a labelled corpus (presidio-research format:
// offsets in Unicode code points, end exclusive). Used by the real-data suite.
import { detectPii } from './detectors/index.js';

export interface LabelledSample {
  full_text: string;
  spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
}

/** Our detector types → the corpus's entity names. Types not listed here are not scored. */
export const ENTITY_OF: Readonly<Record<string, string>> = {
  email: 'EMAIL_ADDRESS',
  phone: 'PHONE_NUMBER',
  'credit-card': 'CREDIT_CARD',
  iban: 'IBAN_CODE',
  'us-ssn': 'US_SSN',
  'ip-address': 'IP_ADDRESS',
  person: 'PERSON',
  'street-address': 'STREET_ADDRESS',
};

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f2: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { tp, fp, fn, precision, recall, f2 };
}

/** UTF-16 index of each code point index (one past the end included). */
export function codePointToUtf16(text: string): number[] {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return map;
}

/**
 * Precision, recall and F2 per entity, span-level: a prediction is a true positive when it has the
 * gold span's entity and their intersection over union is at least `iou` (1 = exact span).
 */
export function evaluate(samples: readonly LabelledSample[], iou = 0.7): { perEntity: Record<string, Score>; overall: Score } {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const c = (e: string) => (counts[e] ??= { tp: 0, fp: 0, fn: 0 });
  const scored = new Set(Object.values(ENTITY_OF));
  for (const s of samples) {
    const map = codePointToUtf16(s.full_text);
    const gold = s.spans
      .filter((g) => scored.has(g.entity_type))
      .map((g) => ({ entity: g.entity_type, start: map[g.start_position]!, end: map[g.end_position]!, used: false }));
    const preds = detectPii(s.full_text)
      .filter((p) => ENTITY_OF[p.type])
      .map((p) => ({ entity: ENTITY_OF[p.type]!, start: p.start, end: p.end }));
    for (const p of preds) {
      const hit = gold.find((g) => !g.used && g.entity === p.entity && overlapRatio(g, p) >= iou);
      if (hit) {
        hit.used = true;
        c(p.entity).tp++;
      } else c(p.entity).fp++;
    }
    for (const g of gold) if (!g.used) c(g.entity).fn++;
  }
  const perEntity = Object.fromEntries(Object.entries(counts).map(([e, x]) => [e, score(x.tp, x.fp, x.fn)]));
  const t = Object.values(counts).reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  return { perEntity, overall: score(t.tp, t.fp, t.fn) };
}

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}
