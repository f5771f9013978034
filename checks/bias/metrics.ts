// Group metrics and disparities, defined exactly as Fairlearn computes them (see README.md):
// zero denominators give 0.0, a ratio whose maximum is 0 is null (0/0), unobserved groups are ignored.

/** Weighted confusion cells, indexed label * 2 + prediction: [tn, fp, fn, tp]. */
export type Confusion = [number, number, number, number];

export const TN = 0;
export const FP = 1;
export const FN = 2;
export const TP = 3;

export interface Rates {
  selectionRate: number;
  baseRate: number;
  truePositiveRate: number;
  falsePositiveRate: number;
  trueNegativeRate: number;
  falseNegativeRate: number;
  precision: number;
  accuracy: number;
}

/** Rates of one group from its (weighted) confusion cells; `null` when the group has no weight at all. */
export function rates(w: Confusion): Rates | null {
  const [tn, fp, fn, tp] = w;
  const total = tn + fp + fn + tp;
  if (!(total > 0)) return null;
  const pos = tp + fn;
  const neg = tn + fp;
  const predPos = tp + fp;
  // sklearn confusion_matrix(normalize='true') + nan_to_num: a row with no weight gives 0.0.
  return {
    selectionRate: predPos / total,
    baseRate: pos / total,
    truePositiveRate: pos > 0 ? tp / pos : 0,
    falseNegativeRate: pos > 0 ? fn / pos : 0,
    falsePositiveRate: neg > 0 ? fp / neg : 0,
    trueNegativeRate: neg > 0 ? tn / neg : 0,
    precision: predPos > 0 ? tp / predPos : 0, // sklearn zero_division default: 0.0
    accuracy: (tp + tn) / total,
  };
}

/** Max − min over the groups (Fairlearn `difference(method='between_groups')`). */
export function differenceBetween(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.max(...values) - Math.min(...values);
}

/** Min / max over the groups; 0/0 is null (Fairlearn `ratio(method='between_groups')`). */
export function ratioBetween(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const max = Math.max(...values);
  const min = Math.min(...values);
  return max === 0 ? null : min / max;
}

/** Max |group − overall| (Fairlearn `difference(method='to_overall')`). */
export function differenceToOverall(values: readonly number[], overall: number): number | null {
  if (values.length === 0) return null;
  return Math.max(...values.map((v) => Math.abs(v - overall)));
}

/**
 * Fairlearn `ratio(method='to_overall')`: g/overall, inverted when above 1, minimum over groups
 * skipping NaN (0/0); g/0 with g > 0 is infinite and inverts to 0.
 */
export function ratioToOverall(values: readonly number[], overall: number): number | null {
  let best: number | null = null;
  for (const v of values) {
    let r = v / overall;
    if (Number.isNaN(r)) continue;
    if (r > 1) r = 1 / r;
    if (best === null || r < best) best = r;
  }
  return best;
}

/** Python's built-in max/min over [a, b] as Fairlearn calls them: NaN (null) in first place wins, in second place is ignored. */
export function pyMax(a: number | null, b: number | null): number | null {
  if (a === null) return null;
  return b !== null && b > a ? b : a;
}
export function pyMin(a: number | null, b: number | null): number | null {
  if (a === null) return null;
  return b !== null && b < a ? b : a;
}

/** pandas `Series.mean()`: skips NaN (null); all null is null. */
export function nanMean(values: ReadonlyArray<number | null>): number | null {
  const ok = values.filter((v): v is number => v !== null);
  return ok.length === 0 ? null : ok.reduce((s, v) => s + v, 0) / ok.length;
}

export const DISPARITY_METRICS = [
  'demographicParityDifference',
  'demographicParityRatio',
  'equalizedOddsDifference',
  'equalizedOddsRatio',
  'equalizedOddsDifferenceMean',
  'equalizedOddsRatioMean',
  'equalOpportunityDifference',
  'equalOpportunityRatio',
  'demographicParityDifferenceToOverall',
  'demographicParityRatioToOverall',
  'equalizedOddsDifferenceToOverall',
  'equalizedOddsRatioToOverall',
  'equalizedOddsDifferenceMeanToOverall',
  'equalizedOddsRatioMeanToOverall',
  'equalOpportunityDifferenceToOverall',
  'equalOpportunityRatioToOverall',
  'accuracyDifference',
  'accuracyDifferenceToOverall',
  'disparateImpactMin',
  'disparateImpactMax',
  'classImbalance',
  'differenceInPositiveProportions',
] as const;
export type DisparityMetric = (typeof DISPARITY_METRICS)[number];
export type Disparities = Record<DisparityMetric, number | null>;

/** Ratios and disparate impact get worse as they fall; everything else gets worse as it grows. */
export function lowerIsWorse(m: DisparityMetric): boolean {
  return /Ratio/.test(m) || m === 'disparateImpactMin';
}

export interface GroupInput {
  rates: Rates;
  /** Total weight of the group. */
  weight: number;
  /** Weight of rows whose label is positive. */
  positiveWeight: number;
}

/**
 * Every disparity over the observed groups of one feature (or intersection).
 * `reference` is the index of the reference group for disparate impact.
 * Clarify's pre-training measures compare each group (facet d) with all other rows (facet a).
 */
export function disparities(groups: readonly GroupInput[], overall: Rates, reference: number): Disparities {
  const col = (k: keyof Rates): number[] => groups.map((g) => g.rates[k]);
  const sr = col('selectionRate');
  const tpr = col('truePositiveRate');
  const fpr = col('falsePositiveRate');
  const acc = col('accuracy');
  const tprDiff = differenceBetween(tpr);
  const fprDiff = differenceBetween(fpr);
  const tprRatio = ratioBetween(tpr);
  const fprRatio = ratioBetween(fpr);
  const tprDiffO = differenceToOverall(tpr, overall.truePositiveRate);
  const fprDiffO = differenceToOverall(fpr, overall.falsePositiveRate);
  const tprRatioO = ratioToOverall(tpr, overall.truePositiveRate);
  const fprRatioO = ratioToOverall(fpr, overall.falsePositiveRate);

  const refRate = groups[reference]?.rates.selectionRate;
  const impacts = groups.flatMap((g, i) => (i === reference || refRate === undefined || refRate === 0 ? [] : [g.rates.selectionRate / refRate]));

  const totalW = groups.reduce((s, g) => s + g.weight, 0);
  const totalPos = groups.reduce((s, g) => s + g.positiveWeight, 0);
  let ci: number | null = null;
  let dpl: number | null = null;
  for (const g of groups) {
    const c = clarify(g, totalW, totalPos);
    if (ci === null || Math.abs(c.classImbalance) > ci) ci = Math.abs(c.classImbalance);
    if (c.differenceInPositiveProportions !== null && (dpl === null || Math.abs(c.differenceInPositiveProportions) > dpl)) {
      dpl = Math.abs(c.differenceInPositiveProportions);
    }
  }

  return {
    demographicParityDifference: differenceBetween(sr),
    demographicParityRatio: ratioBetween(sr),
    equalizedOddsDifference: pyMax(tprDiff, fprDiff),
    equalizedOddsRatio: pyMin(tprRatio, fprRatio),
    equalizedOddsDifferenceMean: nanMean([tprDiff, fprDiff]),
    equalizedOddsRatioMean: nanMean([tprRatio, fprRatio]),
    equalOpportunityDifference: tprDiff,
    equalOpportunityRatio: tprRatio,
    demographicParityDifferenceToOverall: differenceToOverall(sr, overall.selectionRate),
    demographicParityRatioToOverall: ratioToOverall(sr, overall.selectionRate),
    equalizedOddsDifferenceToOverall: pyMax(tprDiffO, fprDiffO),
    equalizedOddsRatioToOverall: pyMin(tprRatioO, fprRatioO),
    equalizedOddsDifferenceMeanToOverall: nanMean([tprDiffO, fprDiffO]),
    equalizedOddsRatioMeanToOverall: nanMean([tprRatioO, fprRatioO]),
    equalOpportunityDifferenceToOverall: tprDiffO,
    equalOpportunityRatioToOverall: tprRatioO,
    accuracyDifference: differenceBetween(acc),
    accuracyDifferenceToOverall: differenceToOverall(acc, overall.accuracy),
    disparateImpactMin: impacts.length ? Math.min(...impacts) : null,
    disparateImpactMax: impacts.length ? Math.max(...impacts) : null,
    classImbalance: ci,
    differenceInPositiveProportions: dpl,
  };
}

/**
 * Clarify's pre-training label measures for one group (facet d) against all other rows (facet a):
 * class imbalance (n_a − n_d) / (n_a + n_d) and difference in positive proportions of labels q_a − q_d.
 */
export function clarify(g: GroupInput, totalW: number, totalPos: number): { classImbalance: number; differenceInPositiveProportions: number | null } {
  const restW = totalW - g.weight;
  return {
    classImbalance: (restW - g.weight) / totalW,
    differenceInPositiveProportions: restW > 0 && g.weight > 0 ? (totalPos - g.positiveWeight) / restW - g.positiveWeight / g.weight : null,
  };
}
