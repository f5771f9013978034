import { describe, expect, it } from 'vitest';
import { lgamma, percentileInterval, poisson, quantile, rng } from '../../../../checks/bias/bootstrap.js';
import { differenceToOverall, nanMean, pyMin, ratioBetween, ratioToOverall, rates } from '../../../../checks/bias/metrics.js';

describe('bias metrics (Fairlearn conventions)', () => {
  it('gives 0.0, not NaN, for rates whose denominator is zero', () => {
    // [tn, fp, fn, tp]: no positive labels at all, two predicted positive.
    const r = rates([3, 2, 0, 0])!;
    expect(r.truePositiveRate).toBe(0);
    expect(r.falseNegativeRate).toBe(0);
    expect(r.falsePositiveRate).toBe(2 / 5);
    expect(r.selectionRate).toBe(2 / 5);
    expect(r.precision).toBe(0); // no true positives among 2 predicted positives
    expect(rates([1, 0, 1, 0])!.precision).toBe(0); // nothing predicted positive: sklearn's zero_division 0.0
    expect(rates([0, 0, 0, 0])).toBeNull();
  });

  it('ratio between groups is min/max, with 0/0 null', () => {
    expect(ratioBetween([0.2, 0.5, 0.4])).toBeCloseTo(0.4, 15);
    expect(ratioBetween([0, 0.5])).toBe(0);
    expect(ratioBetween([0, 0])).toBeNull();
  });

  it('ratio to overall inverts values above 1, skips 0/0 and maps g/0 to 0', () => {
    expect(ratioToOverall([0.5, 1], 2 / 3)).toBeCloseTo(2 / 3, 15); // 0.75 and 1/1.5
    expect(ratioToOverall([0, 0.3], 0)).toBe(0); // 0/0 skipped, 0.3/0 = inf → 0
    expect(ratioToOverall([0, 0], 0)).toBeNull();
    expect(differenceToOverall([0.5, 1], 2 / 3)).toBeCloseTo(1 / 3, 15);
  });

  it('reproduces Python min over [tpr, fpr] with NaN, and pandas mean skipping NaN', () => {
    expect(pyMin(null, 0.5)).toBeNull();
    expect(pyMin(0.5, null)).toBe(0.5);
    expect(pyMin(0.5, 0.2)).toBe(0.2);
    expect(nanMean([null, 0.4])).toBe(0.4);
    expect(nanMean([null, null])).toBeNull();
  });
});

describe('bootstrap machinery', () => {
  it('is deterministic per seed', () => {
    const a = rng(7);
    const b = rng(7);
    const c = rng(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws Poisson variates with the right mean and variance, small and large lambda', () => {
    const rand = rng(42);
    for (const lambda of [0.5, 3, 25, 10_000]) {
      const n = 20_000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const k = poisson(lambda, rand);
        s += k;
        s2 += k * k;
      }
      const mean = s / n;
      const variance = s2 / n - mean * mean;
      // Standard error of the mean is sqrt(lambda / n): allow 5 of them.
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
      expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.1);
    }
    expect(poisson(0, rand)).toBe(0);
  });

  it('log-gamma matches factorials', () => {
    expect(lgamma(1)).toBeCloseTo(0, 12);
    expect(lgamma(6)).toBeCloseTo(Math.log(120), 10);
    expect(lgamma(101)).toBeCloseTo(363.73937555556347, 8); // ln(100!)
  });

  it('percentile intervals interpolate like numpy and need most resamples defined', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileInterval([4, 1, 3, 2, 5], 5, 0.5)).toEqual({ lower: 2, upper: 4 });
    expect(percentileInterval([1, 2], 5, 0.9)).toBeNull();
  });
});
