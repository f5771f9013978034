// Policy section `bias` and manifest section `evaluation`: what the check reads, with defaults.
import { z } from 'zod';
import { DEFAULT_LIMITS } from '../../src/io/tabular/limits.js';
import { csvOptionsSchema, tableLimitsSchema, tabularFormatSchema } from '../../src/io/tabular/schema.js';
import { DISPARITY_METRICS, type DisparityMetric } from './metrics.js';

const bound = z
  .strictObject({
    min: z.number().optional().describe('Lowest acceptable value'),
    max: z.number().optional().describe('Highest acceptable value'),
  })
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: 'give min, max or both' });

const metric = z.enum(DISPARITY_METRICS);
const limitsSchema = z.partialRecord(metric, bound);

export const biasConfigSchema = z
  .strictObject({
    limits: limitsSchema
      .default({ demographicParityRatio: { min: 0.8 }, equalizedOddsDifference: { max: 0.1 } })
      .describe('Limits per disparity metric, applied to every feature and intersection'),
    featureLimits: z
      .record(z.string(), limitsSchema)
      .default({})
      .describe('Limits for one feature or intersection (key as in the facts, e.g. "race*sex"); they replace the general limit of the same metric'),
    judge: z
      .enum(['point', 'interval'])
      .default('point')
      .describe('point: the estimate beyond a limit is a violation; interval: only when the whole confidence interval lies beyond it'),
    minGroupSize: z.number().int().min(1).default(30).describe('Groups with fewer rows are reported but not gated'),
    confidence: z.number().gt(0).lt(1).default(0.95).describe('Confidence level of the bootstrap intervals'),
    resamples: z.number().int().min(0).max(100_000).default(1000).describe('Bootstrap resamples (0: no intervals)'),
    seed: z.number().int().min(0).default(20240601).describe('Seed of the bootstrap (same seed, same intervals)'),
    maxRegression: z
      .partialRecord(metric, z.number().min(0))
      .default({})
      .describe('Largest worsening of a disparity allowed against the baseline report'),
    requireFeatures: z.array(z.string()).default([]).describe('Sensitive features that must be evaluated'),
    missingSensitive: z
      .enum(['error', 'group'])
      .default('error')
      .describe('A missing or NaN sensitive value: an error, or its own group "(missing)"'),
    tableLimits: tableLimitsSchema,
  })
  .default({
    limits: { demographicParityRatio: { min: 0.8 }, equalizedOddsDifference: { max: 0.1 } },
    featureLimits: {},
    judge: 'point',
    minGroupSize: 30,
    confidence: 0.95,
    resamples: 1000,
    seed: 20240601,
    maxRegression: {},
    requireFeatures: [],
    missingSensitive: 'error',
    tableLimits: { ...DEFAULT_LIMITS },
  })
  .describe('Bias check');

export type BiasConfig = z.output<typeof biasConfigSchema>;
export type Bound = { min?: number | undefined; max?: number | undefined };
export type Limits = Partial<Record<DisparityMetric, Bound>>;

const labelValue = z.union([z.string(), z.number(), z.boolean()]);
const oneOrMany = z.union([labelValue, z.array(labelValue).min(1)]);

/** What this check reads in the manifest's `evaluation` section. */
export const biasManifest = {
  evaluation: {
    predictions: z.string().min(1).describe('Predictions file (CSV, TSV, JSON Lines or Parquet, optionally .gz), relative to the manifest folder'),
    format: tabularFormatSchema.optional().describe('File format (default: from the extension)'),
    csv: csvOptionsSchema
      .optional()
      .describe('CSV dialect'),
    label: z.string().min(1).describe('Column of true labels'),
    prediction: z.string().min(1).optional().describe('Column of predicted labels'),
    score: z.string().min(1).optional().describe('Column of scores; a score at or above `threshold` predicts the positive label'),
    threshold: z.number().optional().describe('Decision threshold for `score`'),
    positiveLabel: oneOrMany.default(1).describe('Label value(s) that count as positive'),
    negativeLabel: oneOrMany.optional().describe('Label value(s) that count as negative; any other value is an error (default: 0/false when the positive label is 1/true)'),
    sensitiveFeatures: z.array(z.string().min(1)).min(1).describe('Columns holding sensitive features'),
    intersections: z.array(z.array(z.string().min(1)).min(2)).optional().describe('Feature combinations to evaluate (default: all pairs)'),
    referenceGroups: z.record(z.string(), labelValue).optional().describe('Reference group per feature for disparate impact (default: the largest group)'),
    weight: z.string().min(1).optional().describe('Column of sample weights'),
    baseline: z.string().min(1).optional().describe('JSON gate report of the last known-good release, for regression'),
  },
};
