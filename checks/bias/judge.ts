// Policy over the evaluated facts: limits (point estimate or whole interval), regression against the baseline.
import type { Location } from '../../src/report/model.js';
import type { Finding } from '../../src/report/model.js';
import type { BiasConfig, Bound } from './config.js';
import type { FeatureFact } from './evaluate.js';
import { DISPARITY_METRICS, lowerIsWorse, type DisparityMetric } from './metrics.js';
import { RULES } from './rules.js';

export interface LimitResult {
  metric: DisparityMetric;
  value: number | null;
  lower?: number;
  upper?: number;
  min?: number;
  max?: number;
  baseline?: number;
  maxRegression?: number;
  passed: boolean;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(4));

/** Judges one feature or intersection; returns its limit results (for facts and summary) and findings. */
export function judgeFeature(
  key: string,
  fact: FeatureFact,
  config: BiasConfig,
  location: Location,
  baseline: Record<string, unknown> | undefined,
  baselineLocation: Location | undefined,
): { results: LimitResult[]; findings: Finding[] } {
  const limits: Partial<Record<DisparityMetric, Bound>> = { ...config.limits, ...(config.featureLimits[key] ?? {}) };
  const results: LimitResult[] = [];
  const findings: Finding[] = [];
  for (const metric of DISPARITY_METRICS) {
    const bound = limits[metric];
    const reg = config.maxRegression[metric];
    if (!bound && reg === undefined) continue;
    const value = fact.disparities[metric];
    const interval = fact.disparities.intervals?.[metric] ?? null;
    const r: LimitResult = { metric, value, passed: true };
    if (interval) Object.assign(r, interval);
    if (bound?.min !== undefined) r.min = bound.min;
    if (bound?.max !== undefined) r.max = bound.max;
    const target = `${key}:${metric}`;
    if (bound && value === null) {
      r.passed = false;
      findings.push({
        ruleId: RULES.undefinedMetric.id,
        severity: RULES.undefinedMetric.severity,
        message: `${metric} of ${key} is undefined (0/0), so its limit cannot be judged`,
        location,
        target,
        remediation: RULES.undefinedMetric.remediation,
      });
    } else if (bound && value !== null) {
      const useInterval = config.judge === 'interval' && interval !== null;
      const hi = useInterval ? interval.lower : value; // the most favourable value still plausible
      const lo = useInterval ? interval.upper : value;
      const tooHigh = bound.max !== undefined && hi > bound.max;
      const tooLow = bound.min !== undefined && lo < bound.min;
      if (tooHigh || tooLow) {
        r.passed = false;
        const ci = interval ? ` (${Math.round(config.confidence * 100)}% interval ${fmt(interval.lower)}–${fmt(interval.upper)})` : '';
        const limit = tooHigh ? `above its maximum ${fmt(bound.max!)}` : `below its minimum ${fmt(bound.min!)}`;
        findings.push({
          ruleId: RULES.limit.id,
          severity: RULES.limit.severity,
          message: `${metric} of ${key} is ${fmt(value)}${ci}, ${useInterval ? 'wholly ' : ''}${limit}`,
          location,
          target,
          remediation: RULES.limit.remediation,
        });
      }
    }
    const before = baselineValue(baseline, key, metric);
    if (reg !== undefined && before !== undefined && value !== null) {
      r.baseline = before;
      r.maxRegression = reg;
      const worse = lowerIsWorse(metric) ? before - value : value - before;
      if (worse > reg + 1e-12) {
        r.passed = false;
        findings.push({
          ruleId: RULES.regression.id,
          severity: RULES.regression.severity,
          message: `${metric} of ${key} worsened from ${fmt(before)} to ${fmt(value)} against the baseline, more than the allowed ${fmt(reg)}`,
          location: baselineLocation ?? location,
          target,
          remediation: RULES.regression.remediation,
        });
      }
    }
    results.push(r);
  }
  return { results, findings };
}

function baselineValue(facts: Record<string, unknown> | undefined, key: string, metric: DisparityMetric): number | undefined {
  const feature = (facts?.features as Record<string, { disparities?: Record<string, unknown> }> | undefined)?.[key];
  const v = feature?.disparities?.[metric];
  return typeof v === 'number' ? v : undefined;
}
