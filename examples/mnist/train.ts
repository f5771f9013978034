// The training stage: multinomial logistic (softmax) regression on the 784 pixels scaled to [0, 1],
// mini-batch gradient descent with a seeded shuffle (mulberry32): the same data gives the same
// weights, bit for bit, on every run.
import { mulberry32 } from '../prng.mjs';
import { CLASSES, PIXELS, type Sample } from './digits.js';

export const SEED = 1998;
export const EPOCHS = 15;
const BATCH = 20;
const LEARNING_RATE = 0.5;

export interface Model {
  /** [CLASSES][PIXELS], row-major. */
  weight: Float32Array;
  bias: Float32Array;
}

/** Class probabilities of one image (pixels as bytes). */
function softmax(model: { weight: Float64Array | Float32Array; bias: Float64Array | Float32Array }, pixels: Uint8Array): Float64Array {
  const z = new Float64Array(CLASSES);
  for (let c = 0; c < CLASSES; c++) {
    let s = model.bias[c]!;
    const row = c * PIXELS;
    for (let p = 0; p < PIXELS; p++) if (pixels[p]) s += model.weight[row + p]! * (pixels[p]! / 255);
    z[c] = s;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < CLASSES; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < CLASSES; c++) z[c]! /= sum;
  return z;
}

export function predict(model: Model, pixels: Uint8Array): number {
  const p = softmax(model, pixels);
  return p.indexOf(Math.max(...p));
}

export function train(samples: readonly Sample[]): Model {
  const weight = new Float64Array(CLASSES * PIXELS);
  const bias = new Float64Array(CLASSES);
  const order = samples.map((_, i) => i);
  const random = mulberry32(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += BATCH) {
      const gw = new Float64Array(CLASSES * PIXELS);
      const gb = new Float64Array(CLASSES);
      const batch = order.slice(start, start + BATCH);
      for (const index of batch) {
        const s = samples[index]!;
        const p = softmax({ weight, bias }, s.pixels);
        for (let c = 0; c < CLASSES; c++) {
          const err = p[c]! - (c === s.label ? 1 : 0);
          gb[c]! += err;
          const row = c * PIXELS;
          for (let q = 0; q < PIXELS; q++) if (s.pixels[q]) gw[row + q]! += err * (s.pixels[q]! / 255);
        }
      }
      const step = LEARNING_RATE / batch.length;
      for (let k = 0; k < gw.length; k++) weight[k]! -= step * gw[k]!;
      for (let c = 0; c < CLASSES; c++) bias[c]! -= step * gb[c]!;
    }
  }
  return { weight: Float32Array.from(weight), bias: Float32Array.from(bias) };
}
