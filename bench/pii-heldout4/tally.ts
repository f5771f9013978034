// Scores a masked copy of set 4 with set 1's scorer (bench/pii-heldout/score.ts, align.ts): "found"
// means masks of the value's group cover at least 80 % of its letters and digits, as in every
// held-out bench. Documents, record leaves and cells are tallied apart and pooled; documents also
// per source. The result has set 3's `Scored` shape, so set 3's report tables print it.
import { merge, newTally, type Tally } from '../pii-heldout/score.js';
import { applyMasks, scoreOne, type Scored } from '../pii-heldout3/tally.js';
import { maskedLeaf, recordUnits, type MaskedSet } from './files.js';
import type { HeldoutSet4 } from './generate.js';
import type { Unit } from './unit.js';

export function scoreMaskedSet4(set: HeldoutSet4, masked: MaskedSet): Scored {
  const [documents, records, cells] = [newTally(), newTally(), newTally()];
  const bySource = new Map<string, Tally>();
  set.documents.forEach((d, i) => {
    scoreOne(documents, d.unit, masked.documents[i]);
    let s = bySource.get(d.source);
    if (!s) bySource.set(d.source, (s = newTally()));
    scoreOne(s, d.unit, masked.documents[i]);
  });
  set.records.forEach((r, i) => {
    for (const [path, unit] of recordUnits(r)) scoreOne(records, unit, maskedLeaf(masked.records[i], path));
  });
  set.tables.forEach((t, ti) => t.rows.forEach((row, ri) => row.forEach((unit, ci) => scoreOne(cells, unit, masked.tables[ti]?.[ri]?.[ci]))));
  const all = newTally();
  for (const x of [documents, records, cells]) merge(all, x);
  return { all, documents, records, cells, bySource };
}

/** A masked set made by a function from a unit to its masked text (the floor, test maskers). */
export function maskSet4With(set: HeldoutSet4, mask: (unit: Unit) => string): MaskedSet {
  return {
    documents: set.documents.map((d) => mask(d.unit)),
    records: set.records.map((r) => new Map([...recordUnits(r)].map(([k, u]) => [k, mask(u)]))),
    tables: set.tables.map((t) => t.rows.map((row) => row.map((u) => mask(u)))),
  };
}

/** The gold masked exactly (a perfect masker). */
export const perfectMask = (u: Unit): string => applyMasks(u.text, u.gold.map((g) => ({ type: g.type, start: g.start, end: g.end })));
