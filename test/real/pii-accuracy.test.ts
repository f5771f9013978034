// PII detection accuracy on presidio-research's labelled synthetic dataset (../shared/datasets/pii),
// span-level, beside Presidio's published figures on the same file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledSample } from '../../checks/pii/evaluate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.resolve(repoRoot, '..', 'shared', 'datasets', 'pii', 'synth_dataset_v2.json');
const TARGETS = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS'];

describe.skipIf(!existsSync(file))('PII detectors on synth_dataset_v2.json', () => {
  const samples = JSON.parse(readFileSync(file, 'utf8')) as LabelledSample[];

  it('reaches F2 >= 0.95 on email, phone, credit card, IBAN, US SSN and IP address', () => {
    const t0 = performance.now();
    const { perEntity, overall } = evaluate(samples, 0.7);
    const ms = performance.now() - t0;
    const exact = evaluate(samples, 1);
    const row = (e: string, s: { precision: number; recall: number; f2: number; tp: number; fp: number; fn: number }) =>
      `${e.padEnd(15)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F2 ${s.f2.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    const lines = [
      `span-level, IoU >= 0.7 (exact-span F2 in brackets), ${samples.length} samples, ${ms.toFixed(0)} ms`,
      ...Object.keys(perEntity)
        .sort()
        .map((e) => `${row(e, perEntity[e]!)}  [exact F2 ${exact.perEntity[e]?.f2.toFixed(3)}]`),
      row('OVERALL', overall) + `  [exact F2 ${exact.overall.f2.toFixed(3)}]`,
      'Presidio published on this file (SpanEvaluator): default F2 0.618, tuned (transformers, iou 0.7) F2 0.845',
    ];
    console.log(lines.join('\n'));
    for (const e of TARGETS) expect(perEntity[e]!.f2, e).toBeGreaterThanOrEqual(0.95);
  });

  it('finds person names with recall >= 0.80 at precision >= 0.90 (issue 17)', () => {
    const person = evaluate(samples, 0.7).perEntity.PERSON!;
    expect(person.precision).toBeGreaterThanOrEqual(0.9);
    expect(person.recall).toBeGreaterThanOrEqual(0.8);
  });
});
