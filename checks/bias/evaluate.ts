// From the aggregate to the facts of every feature and intersection: groups, disparities, intervals.
import type { Aggregate } from './aggregate.js';
import type { LimitResult } from './judge.js';
import { percentileInterval, pointWeights, resample } from './bootstrap.js';
import { confusionAt, disparitiesOf, partition, sumByGroup, totalOf, type Partition } from './groups.js';
import { clarify, DISPARITY_METRICS, rates, type Confusion, type Disparities, type DisparityMetric, type Rates } from './metrics.js';

export interface GroupFact extends Partial<Record<keyof Rates, number | null>> {
  group: Record<string, string>;
  observed: boolean;
  /** Included in the gated disparities (observed and at least minGroupSize rows). */
  judged: boolean;
  count: number;
  weight: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  disparateImpact?: number | null;
  classImbalance?: number;
  differenceInPositiveProportions?: number | null;
}

export type Interval = { lower: number; upper: number } | null;

export interface FeatureFact {
  features: string[];
  referenceGroup: Record<string, string> | null;
  groups: GroupFact[];
  disparities: Disparities & { fourFifthsRulePassed: boolean | null; intervals?: Partial<Record<DisparityMetric, Interval>> };
  /** How the policy's limits were judged on it (added by the check after judging). */
  limits?: LimitResult[];
}

export interface Evaluated {
  overall: GroupFact;
  features: Record<string, FeatureFact>;
  /** Partition keys with fewer than two judged groups. */
  insufficient: string[];
  /** Small (observed, not judged) groups per key. */
  small: Record<string, GroupFact[]>;
}

export interface EvaluateOptions {
  partitions: number[][];
  minGroupSize: number;
  /** Reference value per feature name (single-feature partitions only). */
  referenceGroups: Record<string, string>;
  resamples: number;
  confidence: number;
  seed: number;
  signal?: AbortSignal;
}

export function evaluate(agg: Aggregate, opts: EvaluateOptions): Evaluated {
  const point = pointWeights(agg);
  const counts = new Float64Array(agg.cells.length * 4);
  agg.cells.forEach((c, i) => counts.set(c.n, i * 4));
  const overallW = totalOf(point);
  const overall = groupFact({}, overallW, totalOf(counts), true);

  const parts = opts.partitions.map((idx) => partition(agg, idx));
  const plans = parts.map((p) => plan(p, point, counts, opts));
  const features: Record<string, FeatureFact> = {};
  const insufficient: string[] = [];
  const small: Record<string, GroupFact[]> = {};
  parts.forEach((p, i) => {
    const { judged, reference, facts } = plans[i]!;
    if (judged.length < 2) insufficient.push(p.key);
    const sm = facts.filter((g) => g.observed && !g.judged);
    if (sm.length) small[p.key] = sm;
    const d = disparitiesOf(p, point, judged, reference);
    // Disparate impact and Clarify's label measures per group, against the judged groups.
    const refRate = reference >= 0 ? facts[reference]!.selectionRate : undefined;
    const totW = judged.reduce((s, g) => s + facts[g]!.weight, 0);
    const sums = sumByGroup(p, point);
    const totPos = judged.reduce((s, g) => s + confusionAt(sums, g)[2] + confusionAt(sums, g)[3], 0);
    for (const g of judged) {
      const f = facts[g]!;
      const w = confusionAt(sums, g);
      f.disparateImpact = refRate ? f.selectionRate! / refRate : null;
      Object.assign(f, clarify({ rates: f as unknown as Rates, weight: f.weight, positiveWeight: w[2] + w[3] }, totW, totPos));
    }
    features[p.key] = {
      features: p.features,
      referenceGroup: reference >= 0 ? p.groups[reference]! : null,
      groups: facts,
      disparities: { ...d, fourFifthsRulePassed: d.demographicParityRatio === null ? null : d.demographicParityRatio >= 0.8 },
    };
  });

  if (opts.resamples > 0) {
    const samples = parts.map(() => Object.fromEntries(DISPARITY_METRICS.map((m) => [m, [] as number[]])) as Record<DisparityMetric, number[]>);
    resample(
      agg,
      opts.resamples,
      opts.seed,
      (perCell) => {
        parts.forEach((p, i) => {
          const { judged, reference } = plans[i]!;
          if (judged.length < 2) return;
          const d = disparitiesOf(p, perCell, judged, reference);
          for (const m of DISPARITY_METRICS) {
            const v = d[m];
            if (v !== null) samples[i]![m].push(v);
          }
        });
      },
      opts.signal,
    );
    parts.forEach((p, i) => {
      if (plans[i]!.judged.length < 2) return;
      features[p.key]!.disparities.intervals = Object.fromEntries(
        DISPARITY_METRICS.map((m) => [m, percentileInterval(samples[i]![m], opts.resamples, opts.confidence)]),
      );
    });
  }
  return { overall, features, insufficient, small };
}

/** Which groups are judged and which is the reference group, fixed from the point estimate (resamples reuse them). */
function plan(p: Partition, point: Float64Array, counts: Float64Array, opts: EvaluateOptions) {
  const w = sumByGroup(p, point);
  const n = sumByGroup(p, counts);
  const facts = p.groups.map((group, g) => {
    const cn = confusionAt(n, g);
    return groupFact(group, confusionAt(w, g), cn, cn[0] + cn[1] + cn[2] + cn[3] >= opts.minGroupSize);
  });
  const judged = facts.flatMap((f, g) => (f.judged ? [g] : []));
  let reference = -1;
  const wantedRef = p.features.length === 1 ? opts.referenceGroups[p.features[0]!] : undefined;
  if (wantedRef !== undefined) reference = judged.find((g) => p.groups[g]![p.features[0]!] === wantedRef) ?? -1;
  else for (const g of judged) if (reference < 0 || facts[g]!.weight > facts[reference]!.weight) reference = g;
  return { judged, reference, facts };
}

function groupFact(group: Record<string, string>, w: Confusion, n: Confusion, large: boolean): GroupFact {
  const r = rates(w);
  const count = n[0] + n[1] + n[2] + n[3];
  const base = { group, observed: count > 0, judged: count > 0 && large, count, weight: w[0] + w[1] + w[2] + w[3], tp: n[3], fp: n[1], tn: n[0], fn: n[2] };
  const none = { selectionRate: null, baseRate: null, truePositiveRate: null, falsePositiveRate: null, trueNegativeRate: null, falseNegativeRate: null, precision: null, accuracy: null };
  return { ...base, ...(r ?? none) };
}
