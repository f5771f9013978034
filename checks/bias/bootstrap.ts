// Seeded Poisson bootstrap at the cell level. Resampling rows with replacement gives each row a
// Poisson(1) multiplicity (the Poisson bootstrap, a standard stand-in for the multinomial one), so a
// bucket of n identical rows (same cell, label and prediction) resamples to Poisson(n) rows: the
// intervals cost O(cells × resamples), independent of the number of rows.
import type { Aggregate } from './aggregate.js';
import { checkBudget } from '../../src/io/budget.js';

/** sfc32 seeded through splitmix32: small, fast, and identical on every platform. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** Poisson(lambda): multiplication method below 10, Hörmann's PTRS transformed rejection above (as numpy). */
export function poisson(lambda: number, rand: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rand();
    while (p > limit) {
      k++;
      p *= rand();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rand() - 0.5;
    const v = rand();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - lgamma(k + 1)) return k;
  }
}

/** log Γ(x) for x > 0 (Lanczos, g = 7): ample for the PTRS acceptance test. */
export function lgamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const z = x - 1;
  let s = c[0]!;
  for (let i = 1; i < 9; i++) s += c[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Per-cell weights (cells × 4) of the point estimate. */
export function pointWeights(agg: Aggregate): Float64Array {
  const out = new Float64Array(agg.cells.length * 4);
  agg.cells.forEach((c, i) => out.set(c.w, i * 4));
  return out;
}

/**
 * Calls `sample` with the per-cell weights of each resample. With a weight column, a resampled
 * bucket of k rows weighs k × the bucket's mean weight (exact when weights are equal within it).
 */
export function resample(agg: Aggregate, resamples: number, seed: number, sample: (perCell: Float64Array) => void, signal?: AbortSignal): void {
  const rand = rng(seed);
  const perCell = new Float64Array(agg.cells.length * 4);
  for (let b = 0; b < resamples; b++) {
    if (b % 64 === 0) checkBudget(signal);
    agg.cells.forEach((c, i) => {
      for (let o = 0; o < 4; o++) {
        const n = c.n[o]!;
        perCell[i * 4 + o] = n === 0 ? 0 : (poisson(n, rand) * c.w[o]!) / n;
      }
    });
    sample(perCell);
  }
}

/** Linear-interpolation quantile (numpy's default) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Percentile interval; null when more than half of the resamples left the metric undefined. */
export function percentileInterval(samples: number[], total: number, confidence: number): { lower: number; upper: number } | null {
  if (samples.length === 0 || samples.length * 2 < total) return null;
  const s = samples.slice().sort((a, b) => a - b);
  const alpha = (1 - confidence) / 2;
  return { lower: quantile(s, alpha), upper: quantile(s, 1 - alpha) };
}
