import { describe, expect, it } from 'vitest';
import { bias } from '../../../../checks/bias/index.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import { tempWorkspace } from '../../../helpers/workspace.js';
import { summaryOf } from '../../../helpers/views.js';

const logger = { info() {}, warning() {}, debug() {} };

function manifest(evaluation: string): string {
  return `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata:
  name: demo
  version: 2.0.0
  owner: team@example.com
evaluation:
${evaluation}`;
}

const BASE = `  predictions: p.csv
  label: y
  prediction: yhat
  sensitiveFeatures: [g, h]
`;

// Hand-computed case. g=a: (1,1) (1,0) (0,0) (0,1) → SR 1/2, TPR 1/2, FPR 1/2, accuracy 1/2.
// g=b: (1,1) (0,0) → SR 1/2, TPR 1, FPR 0, accuracy 1. Overall: tp 2, fn 1, tn 2, fp 1.
// h splits a into x: (1,1) (1,0) and y: (0,0) (0,1); b is all x, so the cell (b, y) is empty.
const CSV = 'y,yhat,g,h\n1,1,a,x\n1,0,a,x\n0,0,a,y\n0,1,a,y\n1,1,b,x\n0,0,b,x\n';

async function gate(files: Record<string, string>, policy = 'bias: { minGroupSize: 1, resamples: 0 }\n') {
  const ws = tempWorkspace({ 'policy.yaml': policy, ...files });
  return runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [bias as Check] });
}
const biasOf = (r: Awaited<ReturnType<typeof gate>>) => r.checks.find((c) => c.id === 'bias')!;
type Facts = { features: Record<string, { groups: Array<Record<string, unknown>>; disparities: Record<string, unknown> }>; overall: Record<string, unknown> };

describe('bias check through the gate', () => {
  it('ends at its time budget inside the bootstrap (a synchronous loop), with an error naming the budget', async () => {
    // 4,000 predictions in 2,000 intersection cells, 100,000 resamples: minutes of work without a budget.
    const rows = Array.from({ length: 4000 }, (_, i) => `${i % 2},${(i >> 1) % 2},g${i % 200},h${i % 10}`);
    const t0 = performance.now();
    const r = await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': `y,yhat,g,h\n${rows.join('\n')}\n` }, 'timeouts: { bias: 1 }\nbias: { minGroupSize: 1, resamples: 100000 }\n');
    const seconds = (performance.now() - t0) / 1000;
    const c = biasOf(r);
    expect(r.verdict).toBe('error');
    expect(c.status).toBe('error');
    expect(c.findings[0]!.message).toBe('check "bias" could not run: exceeded its time budget of 1 s');
    expect(seconds).toBeLessThan(5);
  });

  it('computes hand-checked groups and disparities, between groups and to overall', async () => {
    const r = await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': CSV }, 'bias: { minGroupSize: 1, resamples: 0, limits: {} }\n');
    const c = biasOf(r);
    expect(c.status).toBe('passed');
    const facts = c.facts as unknown as Facts;
    expect(facts.overall).toMatchObject({ count: 6, tp: 2, fn: 1, tn: 2, fp: 1, selectionRate: 0.5 });
    const d = facts.features.g!.disparities;
    expect(d.demographicParityDifference).toBe(0);
    expect(d.demographicParityRatio).toBe(1);
    expect(d.equalOpportunityDifference).toBe(0.5);
    expect(d.equalOpportunityRatio).toBe(0.5);
    expect(d.equalizedOddsDifference).toBe(0.5); // max(TPR diff 0.5, FPR diff 0.5)
    expect(d.equalizedOddsRatio).toBe(0); // min(TPR ratio 0.5, FPR ratio 0/0.5)
    expect(d.equalizedOddsRatioMean).toBe(0.25);
    expect(d.equalOpportunityDifferenceToOverall).toBeCloseTo(1 / 3, 12); // |1 − 2/3|
    expect(d.equalOpportunityRatioToOverall).toBeCloseTo(2 / 3, 12); // min(0.75, 1/1.5)
    expect(d.equalizedOddsRatioToOverall).toBe(0); // FPR of b is 0
    expect(d.accuracyDifference).toBe(0.5);
    expect(d.fourFifthsRulePassed).toBe(true);
    // The empty intersection cell is reported, unobserved, with null metrics, and ignored by min/max.
    const gh = facts.features['g*h']!;
    expect(gh.groups).toHaveLength(4);
    const empty = gh.groups.find((x) => JSON.stringify(x.group) === '{"g":"b","h":"y"}')!;
    expect(empty).toMatchObject({ observed: false, count: 0, selectionRate: null, truePositiveRate: null });
    // Observed: (a,x) SR 1/2, (a,y) SR 1/2, (b,x) SR 1/2 → no demographic disparity.
    expect(gh.disparities.demographicParityDifference).toBe(0);
    // TPR: (a,x) 1/2, (a,y) 0 (no positives: 0.0, not NaN), (b,x) 1 → difference 1, ratio 0.
    expect(gh.disparities.equalOpportunityDifference).toBe(1);
    expect(gh.disparities.equalOpportunityRatio).toBe(0);
  });

  it('blocks on a limit with a finding at the manifest line of the feature; featureLimits override', async () => {
    const policy = 'bias:\n  minGroupSize: 1\n  resamples: 0\n  limits: { equalOpportunityDifference: { max: 0.4 } }\n  featureLimits: { "g*h": { equalOpportunityDifference: { max: 1 } } }\n';
    const r = await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': CSV }, policy);
    const c = biasOf(r);
    expect(r.verdict).toBe('blocked');
    const f = c.findings.filter((x) => x.ruleId === 'bias/limit-exceeded');
    // h: x has TPR 2/3, y has no positives (TPR 0.0) → 2/3 > 0.4 as well; g*h is allowed up to 1.
    expect(f.map((x) => x.target)).toEqual(['g:equalOpportunityDifference', 'h:equalOpportunityDifference']);
    expect(f[0]!.message).toContain('above its maximum 0.4');
    expect(f[0]!.location).toMatchObject({ file: 'model-release.yaml', line: 11 });
    expect(summaryOf(c)).toContain('xychart-beta');
    expect(summaryOf(c)).toContain('| a | 4 | 50.0% | 50.0% | 50.0% | 50.0% |');
    expect(summaryOf(c)).toContain('❌ fail');
  });

  it('reports 0/0 ratios as undefined and fails closed on their limit', async () => {
    const csv = 'y,yhat,g\n1,0,a\n0,0,a\n1,0,b\n0,0,b\n';
    const r = await gate({ 'model-release.yaml': manifest(BASE.replace('[g, h]', '[g]')), 'p.csv': csv });
    const c = biasOf(r);
    expect((c.facts as unknown as Facts).features.g!.disparities.demographicParityRatio).toBeNull();
    expect(c.findings.find((x) => x.ruleId === 'bias/metric-undefined')?.target).toBe('g:demographicParityRatio');
    expect(r.verdict).toBe('blocked');
  });

  it('reports small groups without gating them; fewer than two judged groups is a violation', async () => {
    const r = await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': CSV }, 'bias: { minGroupSize: 3, resamples: 0, limits: {} }\n');
    const c = biasOf(r);
    const small = c.findings.filter((x) => x.ruleId === 'bias/group-too-small');
    expect(small.map((x) => x.target)).toEqual(['g', 'h', 'g*h']);
    expect(small[0]).toMatchObject({ severity: 'info', violation: false });
    const insufficient = c.findings.filter((x) => x.ruleId === 'bias/insufficient-groups').map((x) => x.target);
    expect(insufficient).toEqual(['g', 'h', 'g*h']); // a (4) alone is judged for g; x (4) alone for h
    expect(r.verdict).toBe('blocked');
  });

  it('requires the features the policy names', async () => {
    const r = await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': CSV }, 'bias: { minGroupSize: 1, resamples: 0, limits: {}, requireFeatures: [race] }\n');
    const f = biasOf(r).findings.find((x) => x.ruleId === 'bias/required-feature-missing')!;
    expect(f).toMatchObject({ target: 'race', violation: true, location: { line: 11 } });
  });

  it('computes seeded bootstrap intervals, judges on the whole interval when asked', async () => {
    // 200 rows per group; group a selects 30%, group b 50%: DP difference 0.2.
    const rows = ['y,yhat,g'];
    for (let i = 0; i < 200; i++) rows.push(`${i % 2},${i % 10 < 3 ? 1 : 0},a`, `${i % 2},${i % 10 < 5 ? 1 : 0},b`);
    const files = { 'model-release.yaml': manifest(BASE.replace('[g, h]', '[g]')), 'p.csv': rows.join('\n') };
    const pol = (judge: string, max: number) => `bias: { resamples: 400, seed: 5, judge: ${judge}, limits: { demographicParityDifference: { max: ${max} } } }\n`;
    const a = biasOf(await gate(files, pol('point', 0.15)));
    const b = biasOf(await gate(files, pol('point', 0.15)));
    const iv = (c: typeof a) => ((c.facts as unknown as Facts).features.g!.disparities.intervals as Record<string, { lower: number; upper: number }>).demographicParityDifference!;
    expect(iv(a)).toEqual(iv(b)); // same seed, same interval
    expect(iv(a).lower).toBeLessThan(0.2);
    expect(iv(a).upper).toBeGreaterThan(0.2);
    expect(iv(a).upper - iv(a).lower).toBeLessThan(0.3);
    expect(a.findings.some((x) => x.ruleId === 'bias/limit-exceeded')).toBe(true); // 0.2 > 0.15
    // Interval mode: 0.2 is over 0.15, but the interval reaches below it, so it does not count.
    const lenient = await gate(files, pol('interval', Math.max(0, iv(a).lower - 0.001) + 0.01));
    expect(biasOf(lenient).findings.some((x) => x.ruleId === 'bias/limit-exceeded')).toBe(false);
    // Once the whole interval lies beyond the limit, it is a violation in interval mode too.
    const strict = await gate(files, pol('interval', iv(a).lower - 0.01));
    expect(biasOf(strict).findings.some((x) => x.ruleId === 'bias/limit-exceeded')).toBe(true);
  });

  it('flags a regression against the baseline report even within the absolute limit', async () => {
    const baseline = {
      schemaVersion: '1.0.0',
      verdict: 'passed',
      release: { name: 'demo', version: '1.0.0' },
      checks: [{ id: 'bias', status: 'passed', facts: { features: { g: { disparities: { equalOpportunityDifference: 0.3, demographicParityRatio: 1 } } } } }],
    };
    const files = {
      'model-release.yaml': manifest(BASE + '  baseline: reports/last.json\n'),
      'p.csv': CSV,
      'reports/last.json': JSON.stringify(baseline),
    };
    const policy = 'bias:\n  minGroupSize: 1\n  resamples: 0\n  limits: {}\n  maxRegression: { equalOpportunityDifference: 0.1, demographicParityRatio: 0 }\n';
    const c = biasOf(await gate(files, policy));
    const reg = c.findings.filter((x) => x.ruleId === 'bias/regression');
    expect(reg.map((x) => x.target)).toEqual(['g:equalOpportunityDifference']); // 0.3 → 0.5; the ratio stayed 1
    expect(reg[0]!.location).toMatchObject({ line: 12 });
    expect((c.facts as { baseline?: unknown }).baseline).toMatchObject({ path: 'reports/last.json', release: { version: '1.0.0' } });
    // maxRegression without a baseline: cannot judge, says so.
    const none = biasOf(await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': CSV }, policy));
    expect(none.findings.find((x) => x.ruleId === 'bias/baseline-missing')?.message).toContain('names no baseline');
  });

  it('reads JSON Lines with string labels, a score threshold and weights', async () => {
    const lines = [
      { label: '>50K', s: 0.9, sex: 'F', w: 2 },
      { label: '<=50K', s: 0.2, sex: 'F', w: 1 },
      { label: '>50K', s: 0.4, sex: 'M', w: 1 },
      { label: '<=50K', s: 0.6, sex: 'M', w: 3 },
    ];
    const ev = `  predictions: p.jsonl
  label: label
  score: s
  threshold: 0.5
  positiveLabel: ">50K"
  negativeLabel: "<=50K"
  weight: w
  sensitiveFeatures: [sex]
`;
    const c = biasOf(await gate({ 'model-release.yaml': manifest(ev), 'p.jsonl': lines.map((l) => JSON.stringify(l)).join('\n') }, 'bias: { minGroupSize: 1, resamples: 0, limits: {} }\n'));
    const groups = (c.facts as unknown as Facts).features.sex!.groups;
    // F: weights tp 2, tn 1 → SR 2/3. M: fn 1, fp 3 → SR 3/4, FPR 1, TPR 0.
    expect(groups.find((g) => (g.group as { sex: string }).sex === 'F')).toMatchObject({ count: 2, weight: 3, selectionRate: 2 / 3, truePositiveRate: 1 });
    expect(groups.find((g) => (g.group as { sex: string }).sex === 'M')).toMatchObject({ count: 2, weight: 4, selectionRate: 0.75, falsePositiveRate: 1, truePositiveRate: 0 });
  });
});

describe('bias check on bad input fails closed with the reason', () => {
  const run = async (csv: string, ev = BASE, policy?: string) => {
    const r = await gate({ 'model-release.yaml': manifest(ev), 'p.csv': csv }, policy);
    const c = biasOf(r);
    expect(r.verdict).toBe('error');
    expect(c.status).toBe('error');
    return c.findings[0]!;
  };

  it('names a missing column and lists the available ones, at the manifest line', async () => {
    const f = await run('y,prediction,g,h\n1,1,a,x\n');
    expect(f.message).toContain('column "yhat" is not in p.csv; available columns: "y", "prediction", "g", "h"');
    expect(f.location).toMatchObject({ file: 'model-release.yaml', line: 10 });
  });

  it('rejects labels outside the declared values, naming file and line, never the value (a masked form)', async () => {
    const f = await run('y,yhat,g,h\n1,1,a,x\n2,0,b,y\n');
    expect(f.message).toContain('the label (a text of 1 character) is neither a positive label (1) nor a negative one (0)');
    expect(f.location).toMatchObject({ file: 'p.csv', line: 3, record: 1, field: 'y' });
  });

  it('rejects a sensitive feature with one group only', async () => {
    const f = await run('y,yhat,g,h\n1,1,a,x\n0,0,a,y\n');
    expect(f.message).toContain('sensitive feature "g" has one group only');
  });

  it('rejects empty and header-only files', async () => {
    expect((await run('')).message).toContain('file is empty');
    expect((await run('y,yhat,g,h\n')).message).toContain('no records');
  });

  it('treats a missing sensitive value as an error by default, or as its own group by policy', async () => {
    const csv = 'y,yhat,g,h\n1,1,a,x\n0,0,,y\n1,0,b,x\n';
    const f = await run(csv);
    expect(f.message).toContain('sensitive feature "g" is missing');
    expect(f.location).toMatchObject({ file: 'p.csv', line: 3, field: 'g' });
    const r = await gate({ 'model-release.yaml': manifest(BASE), 'p.csv': csv }, 'bias: { minGroupSize: 1, resamples: 0, limits: {}, missingSensitive: group }\n');
    const groups = (biasOf(r).facts as unknown as Facts).features.g!.groups.map((g) => (g.group as { g: string }).g);
    expect(groups).toContain('(missing)');
  });

  it('rejects a predictions path outside the workspace and a mistaken positive label', async () => {
    expect((await run(CSV, BASE.replace('p.csv', '../p.csv'))).message).toContain('leaves the workspace');
    expect((await run('y,yhat,g,h\n0,1,a,x\n0,0,b,y\n')).message).toContain('no record of p.csv has a positive label');
  });
});
