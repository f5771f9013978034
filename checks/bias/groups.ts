// Groups of one feature or intersection, made from the cells. Intersections are the cartesian
// product of their features' observed values: a combination with no rows is an unobserved group.
import type { Aggregate } from './aggregate.js';
import { disparities, rates, type Confusion, type Disparities, type GroupInput, type Rates } from './metrics.js';

export interface Partition {
  /** Features joined with "*", e.g. "race*sex". */
  key: string;
  features: string[];
  /** Group value per feature, in display order. */
  groups: Array<Record<string, string>>;
  /** Cell index → group index. */
  cellGroup: Int32Array;
}

export function partition(agg: Aggregate, featureIdx: number[]): Partition {
  const orders = featureIdx.map((f) => sortedCodes(agg.values[f]!));
  // Cartesian product, first feature varying slowest (as pandas' MultiIndex does).
  let combos: number[][] = [[]];
  for (const order of orders) combos = combos.flatMap((c) => order.map((code) => [...c, code]));
  const index = new Map(combos.map((c, i) => [c.join(','), i]));
  const cellGroup = new Int32Array(agg.cells.length);
  agg.cells.forEach((cell, i) => {
    cellGroup[i] = index.get(featureIdx.map((f) => cell.codes[f]).join(','))!;
  });
  const features = featureIdx.map((f) => agg.features[f]!);
  return {
    key: features.join('*'),
    features,
    groups: combos.map((c) => Object.fromEntries(c.map((code, j) => [features[j]!, agg.values[featureIdx[j]!]![code]!]))),
    cellGroup,
  };
}

/** Numbers in numeric order, text in code-unit order (pandas sorts group labels too). */
function sortedCodes(values: string[]): number[] {
  const codes = values.map((_, i) => i);
  const numeric = values.every((v) => v.trim() !== '' && Number.isFinite(Number(v)));
  return codes.sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    if (numeric) return Number(x) - Number(y);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Per-group confusion sums from per-cell values laid out as cells × 4. */
export function sumByGroup(p: Partition, perCell: Float64Array): Float64Array {
  const out = new Float64Array(p.groups.length * 4);
  for (let c = 0; c < p.cellGroup.length; c++) {
    const g = p.cellGroup[c]! * 4;
    out[g]! += perCell[c * 4]!;
    out[g + 1]! += perCell[c * 4 + 1]!;
    out[g + 2]! += perCell[c * 4 + 2]!;
    out[g + 3]! += perCell[c * 4 + 3]!;
  }
  return out;
}

export function confusionAt(sums: Float64Array, g: number): Confusion {
  return [sums[g * 4]!, sums[g * 4 + 1]!, sums[g * 4 + 2]!, sums[g * 4 + 3]!];
}

export function totalOf(perCell: Float64Array): Confusion {
  const t: Confusion = [0, 0, 0, 0];
  for (let i = 0; i < perCell.length; i++) t[i % 4 as 0 | 1 | 2 | 3] += perCell[i]!;
  return t;
}

/**
 * Disparities over the judged groups (indices into the partition), from per-cell weights.
 * A judged group whose weight is 0 in this sample (possible in a bootstrap resample) is unobserved.
 */
export function disparitiesOf(p: Partition, perCell: Float64Array, judged: readonly number[], referenceGroup: number): Disparities {
  const sums = sumByGroup(p, perCell);
  const overall = rates(totalOf(perCell)) as Rates;
  const inputs: GroupInput[] = [];
  let ref = -1;
  for (const g of judged) {
    const w = confusionAt(sums, g);
    const r = rates(w);
    if (!r) continue;
    if (g === referenceGroup) ref = inputs.length;
    inputs.push({ rates: r, weight: w[0] + w[1] + w[2] + w[3], positiveWeight: w[2] + w[3] });
  }
  return disparities(inputs, overall, ref);
}
