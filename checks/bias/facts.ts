// The bias check's facts: per sensitive feature (and intersection a*b), the groups' rates and counts,
// the disparities with their intervals, and how each limit was judged. The schema types the view and
// documents the facts in schemas/report.schema.json. Undefined rates are null (JSON has no NaN).
import { z } from 'zod';
import { DISPARITY_METRICS, type DisparityMetric } from './metrics.js';

// Built on first use: every facts module is imported with the registry at start-up, and a run needs
// the schemas only of the checks that ran, when it reports. z.lazy calls `define` once, on first parse.
function define() {
  const rate = z.number().nullable().optional();
  const count = z.number().nonnegative();

  const groupFactSchema = z.strictObject({
    group: z.record(z.string(), z.string()).describe('The value of each sensitive feature for this group ({} for all rows).'),
    observed: z.boolean(),
    judged: z.boolean().describe('Included in the gated disparities: observed, with at least minGroupSize rows.'),
    count,
    weight: count,
    tp: count,
    fp: count,
    tn: count,
    fn: count,
    selectionRate: rate,
    baseRate: rate,
    truePositiveRate: rate,
    falsePositiveRate: rate,
    trueNegativeRate: rate,
    falseNegativeRate: rate,
    precision: rate,
    accuracy: rate,
    disparateImpact: rate.describe('Selection rate over the reference group\'s.'),
    classImbalance: rate,
    differenceInPositiveProportions: rate,
  });

  const interval = z.strictObject({ lower: z.number(), upper: z.number() }).nullable();
  const metric = z.enum(DISPARITY_METRICS);

  const metricValues = Object.fromEntries(DISPARITY_METRICS.map((m) => [m, z.number().nullable()])) as Record<DisparityMetric, z.ZodNullable<z.ZodNumber>>;

  const disparities = z.strictObject({
    ...metricValues,
    fourFifthsRulePassed: z.boolean().nullable(),
    intervals: z.partialRecord(metric, interval).optional().describe('Bootstrap percentile intervals (when resamples > 0).'),
  });

  const limitResultSchema = z.strictObject({
    metric,
    value: z.number().nullable(),
    lower: z.number().optional(),
    upper: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    baseline: z.number().optional().describe('The metric in the known-good report.'),
    maxRegression: z.number().optional(),
    passed: z.boolean(),
  });

  const featureFactSchema = z.strictObject({
    features: z.array(z.string()).describe('The sensitive features of this partition (two for an intersection).'),
    referenceGroup: z.record(z.string(), z.string()).nullable(),
    groups: z.array(groupFactSchema),
    disparities,
    limits: z.array(limitResultSchema).optional().describe('The policy limits judged on this feature.'),
  });

  const biasFactsSchema = z.strictObject({
    predictions: z.string().describe('The predictions file, workspace-relative.'),
    rows: count,
    weighted: z.boolean(),
    positiveLabel: z.array(z.string()),
    sensitiveFeatures: z.array(z.string()),
    intersections: z.array(z.array(z.string())),
    minGroupSize: count,
    judge: z.enum(['point', 'interval']),
    confidence: z.number(),
    resamples: count,
    seed: z.number(),
    baseline: z.strictObject({ path: z.string(), release: z.record(z.string(), z.unknown()) }).optional().describe('The known-good report compared with.'),
    overall: groupFactSchema,
    features: z.record(z.string(), featureFactSchema).describe('Per sensitive feature, and per intersection "a*b".'),
  });
  return { groupFactSchema, limitResultSchema, featureFactSchema, biasFactsSchema };
}

type Defined = ReturnType<typeof define>;

export const biasFactsSchema = z.lazy(() => define().biasFactsSchema);

export type GroupFacts = z.infer<Defined['groupFactSchema']>;
export type FeatureFacts = z.infer<Defined['featureFactSchema']>;
export type BiasFacts = z.infer<Defined['biasFactsSchema']>;
export type LimitResultFacts = z.infer<Defined['limitResultSchema']>;
