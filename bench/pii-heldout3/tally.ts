// Scores a masked copy of the set with set 1's scorer (bench/pii-heldout/score.ts, align.ts), so that
// "found" means the same in every held-out bench: masks of the value's group cover at least 80 % of
// its letters and digits. Documents, record fields and cells are tallied apart and pooled.
import { maskedSpans } from '../pii-heldout/align.js';
import { merge, newTally, scoreUnit, type Tally } from '../pii-heldout/score.js';
import type { Unit } from './doc.js';
import { recordUnits, type MaskedSet } from './files.js';
import type { HeldoutSet3 } from './generate.js';

export interface Scored {
  all: Tally;
  documents: Tally;
  records: Tally;
  cells: Tally;
  /** Documents per source (nginx-combined, chat …): recall of positives there and negatives masked. */
  bySource: Map<string, Tally>;
}

/** Adds one unit to `t`, scored against its masked text (undefined: the unit's output is missing). */
export function scoreOne(t: Tally, unit: Unit, masked: string | undefined): void {
  const spans = masked === undefined ? undefined : maskedSpans(unit.text, masked);
  // Set 1 types its negative kinds as a union of its own; the scorer only uses them as map keys.
  scoreUnit(t, unit.text, unit.gold, unit.negatives as unknown as Parameters<typeof scoreUnit>[3], spans);
}

export function scoreMaskedSet(set: HeldoutSet3, masked: MaskedSet): Scored {
  const documents = newTally();
  const records = newTally();
  const cells = newTally();
  const bySource = new Map<string, Tally>();
  set.documents.forEach((d, i) => {
    const m = masked.documents[i];
    scoreOne(documents, d.unit, m);
    let s = bySource.get(d.source);
    if (!s) bySource.set(d.source, (s = newTally()));
    scoreOne(s, d.unit, m);
  });
  set.records.forEach((r, i) => {
    for (const [k, u] of Object.entries(recordUnits(r))) scoreOne(records, u, masked.records[i]?.[k]);
  });
  set.tables.forEach((t, ti) => {
    t.rows.forEach((row, ri) => row.forEach((u, ci) => scoreOne(cells, u, masked.tables[ti]?.[ri]?.[ci])));
  });
  const all = newTally();
  for (const x of [documents, records, cells]) merge(all, x);
  return { all, documents, records, cells, bySource };
}

/** The placeholder a masker writes for a type (`credit-card` → `[CREDIT_CARD]`). */
export const placeholder = (type: string): string => `[${type.toUpperCase().replace(/-/g, '_')}]`;

/** `text` with the spans replaced by their placeholders (spans sorted, non-overlapping). */
export function applyMasks(text: string, spans: ReadonlyArray<{ type: string; start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + placeholder(s.type);
    at = s.end;
  }
  return out + text.slice(at);
}

/** A masked set made by a function from a unit's text to its masked text (the floor, test maskers). */
export function maskSetWith(set: HeldoutSet3, mask: (unit: Unit) => string): MaskedSet {
  return {
    documents: set.documents.map((d) => mask(d.unit)),
    records: set.records.map((r) => Object.fromEntries(Object.entries(recordUnits(r)).map(([k, u]) => [k, mask(u)]))),
    tables: set.tables.map((t) => t.rows.map((row) => row.map((u) => mask(u)))),
  };
}
