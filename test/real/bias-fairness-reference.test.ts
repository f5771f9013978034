// The bias metrics against Fairlearn's values on the Titanic predictions (../shared/fairness-reference).
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bias } from '../../checks/bias/index.js';
import { aggregate } from '../../checks/bias/aggregate.js';
import { evaluate } from '../../checks/bias/evaluate.js';
import type { Check } from '../../src/check.js';
import { runGate } from '../../src/gate.js';
import { tempWorkspace } from '../helpers/workspace.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const refPath = join(shared, 'fairness-reference', 'titanic.json');
const csvPath = join(shared, 'datasets', 'titanic', 'titanic_predictions.csv');
const present = existsSync(refPath) && existsSync(csvPath);

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const TOL = 1e-9;
// The reference file and our facts are both plain JSON: walk them as loose records.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function expectClose(actual: unknown, expected: unknown, what: string): void {
  if (expected === null) return void expect(actual, what).toBeNull();
  if (typeof expected === 'number') {
    expect(typeof actual, what).toBe('number');
    expect(Math.abs((actual as number) - expected), `${what}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(TOL);
    return;
  }
  expect(actual, what).toEqual(expected);
}

describe.skipIf(!present)('bias metrics match Fairlearn on titanic.json', () => {
  const ref = present ? (JSON.parse(readFileSync(refPath, 'utf8')) as Record<string, Loose>) : {};

  async function ours() {
    const agg = await aggregate({
      absPath: csvPath,
      display: 'titanic_predictions.csv',
      label: 'Survived',
      prediction: 'prediction',
      positive: new Set(['1']),
      negative: new Set(['0']),
      features: ['Sex', 'Pclass'],
      where: () => ({ file: 'm.yaml' }),
    });
    return evaluate(agg, { partitions: [[0], [1], [0, 1]], minGroupSize: 1, referenceGroups: {}, resamples: 0, confidence: 0.95, seed: 1 });
  }

  it('overall metrics and confusion counts', async () => {
    const r = await ours();
    for (const [k, v] of Object.entries(ref.overall as Record<string, number>)) expectClose((r.overall as Loose)[camel(k)], v, `overall.${k}`);
  });

  it('per-group metrics, including every intersection cell', async () => {
    const r = await ours();
    for (const [key, feature] of Object.entries(ref.by_feature as Record<string, Loose>)) {
      const mine = r.features[key]!;
      expect(mine, key).toBeDefined();
      expect(mine.groups.filter((g) => g.observed)).toHaveLength(feature.n_groups_observed);
      expect(mine.groups).toHaveLength(feature.n_groups_cartesian);
      for (const g of feature.groups as Array<Record<string, Loose>>) {
        const m = mine.groups.find((x) => JSON.stringify(x.group) === JSON.stringify(g.group));
        expect(m, `${key} ${JSON.stringify(g.group)}`).toBeDefined();
        for (const [k, v] of Object.entries(g)) {
          if (k === 'group' || k === 'selection_rate_ratio_to_max') continue;
          expectClose((m as Loose)[camel(k)], v, `${key} ${JSON.stringify(g.group)} ${k}`);
        }
      }
    }
  });

  it('every disparity (between groups and to overall, differences and ratios) within 1e-9', async () => {
    const r = await ours();
    let compared = 0;
    for (const [key, feature] of Object.entries(ref.by_feature as Record<string, Loose>)) {
      for (const [k, v] of Object.entries(feature.disparities as Record<string, unknown>)) {
        expectClose((r.features[key]!.disparities as Loose)[camel(k)], v, `${key}.${k}`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(3 * 17);
  });

  it('runs through the gate on a copy of the file and blocks on the four-fifths default', async () => {
    const ws = tempWorkspace({
      'model-release.yaml': `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata: { name: titanic, version: 1.0.0, owner: a@example.com }
evaluation:
  predictions: data/titanic_predictions.csv
  label: Survived
  prediction: prediction
  positiveLabel: 1
  sensitiveFeatures: [Sex, Pclass]
`,
      'policy.yaml': 'bias:\n  resamples: 200\n',
    });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(ws, 'data'));
    copyFileSync(csvPath, join(ws, 'data', 'titanic_predictions.csv'));
    const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', registry: [bias as Check], logger: { info() {}, warning() {}, debug() {} } });
    const c = report.checks.find((x) => x.id === 'bias')!;
    expect(c.status).toBe('failed');
    const dp = (c.facts.features as Loose).Sex.disparities;
    expectClose(dp.demographicParityRatio, ref.by_feature.Sex.disparities.demographic_parity_ratio, 'gate Sex DP ratio');
    expect(c.findings.some((f) => f.ruleId === 'bias/limit-exceeded' && f.target === 'Sex:demographicParityRatio')).toBe(true);
  });
});
