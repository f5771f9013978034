// "Changed since last known-good" with this run's dependency and bias facts (ctx.upstream) against the
// same checks' facts in the baseline JSON report: dependency diff, measured-disparity regressions,
// and the reasons given when a side is missing (never a silent pass, never an error).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lineage } from '../../../../checks/lineage/index.js';
import { diffDependencies, fallingIsWorse, measuredDisparities } from '../../../../checks/lineage/knowngood.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import type { Report } from '../../../../src/report/model.js';
import { writeIn } from '../../../helpers/workspace.js';
import { summaryOf, summaryOfFacts } from '../../../helpers/views.js';
import { AFTER_DEPS, BEFORE_DEPS, biasFacts, ctx, HEAD, inv, knownGoodWorkspace as workspace, load, withUpstream, type Up } from '../../../helpers/lineage-release.js';
import { ANY_FACTS } from '../../../helpers/facts.js';

describe('lineage last known-good: dependencies and measured bias from this run', () => {
  it('declares that it reads the dependency and bias checks', () => {
    expect(lineage.reads).toEqual(['dependency', 'bias']);
  });

  it('diffs the dependency inventory (added, removed, version changes; PyPI names normalised) and compares measured disparities in their direction', async () => {
    const { ws, body } = workspace([
      { id: 'lineage', status: 'passed', facts: {} },
      { id: 'dependency', status: 'passed', facts: { inventory: BEFORE_DEPS } },
      { id: 'bias', status: 'passed', facts: biasFacts(0.05, 0.9) },
    ]);
    const c = withUpstream(ctx(ws, load(ws, body), { regression: { maxDisparityIncrease: 0.04 } }), {
      dependency: { status: 'passed', facts: { inventory: AFTER_DEPS } },
      bias: { status: 'passed', facts: biasFacts(0.08, 0.8) },
    });
    const r = await lineage.run(c);
    const b = r.facts.baseline as { changes: Array<Record<string, unknown>>; dependencies: unknown; bias: unknown };
    expect(b.changes.filter((x) => x.kind === 'dependency' && x.change !== 'unchanged')).toEqual([
      { kind: 'dependency', item: 'PyPI:pyyaml', change: 'added', after: '6.0.1' },
      { kind: 'dependency', item: 'PyPI:requests', change: 'removed', before: '2.31.0' },
      { kind: 'dependency', item: 'PyPI:scikit-learn', change: 'changed', before: '1.4.0', after: '1.5.1' },
      { kind: 'dependency', item: 'npm:left-pad', change: 'changed', before: '1.3.0', after: '1.2.0, 1.3.0' },
    ]);
    expect(b.dependencies).toEqual({ compared: true, added: 1, removed: 1, changed: 2, unchanged: 1 });
    // Difference +0.03 (within 0.04); ratio 0.9 → 0.8 is 0.1 worse (ratios get worse as they fall): a breach.
    const biasChanges = b.changes.filter((x) => x.kind === 'bias').map((x) => [x.item, x.change, x.breach]);
    expect(biasChanges).toEqual([
      ['sex/demographicParityDifference', 'regressed', false],
      ['sex/demographicParityRatio', 'regressed', true],
    ]);
    expect(b.bias).toEqual({ compared: true, disparities: 2, regressed: 2, breaches: 1 });
    expect(r.findings.map((f) => [f.ruleId, f.target])).toEqual([['lineage/disparity-regression', 'bias:sex/demographicParityRatio']]);
    expect(r.findings[0]!.message).toMatch(/went from 0\.9 to 0\.8 \(lower is worse\): worse by 0\.1 .*maxDisparityIncrease 0\.04/);
    const summary = summaryOfFacts('lineage', r.facts);
    expect(summary).toContain('| dependency | PyPI:scikit-learn | 1.4.0 | 1.5.1 | changed |');
    expect(summary).toContain('| dependency | PyPI:pyyaml | — | 6.0.1 | added |');
    expect(summary).toContain('| bias | sex/demographicParityRatio | 0.9 | 0.8 | ⛔ regressed (-0.1) |');
    expect(summary).not.toContain('not compared');
  });

  it('says why when a side is missing: not run now, no inventory, not run then, no report (no finding, no error)', async () => {
    const full = [
      { id: 'dependency', status: 'passed', facts: { inventory: BEFORE_DEPS } },
      { id: 'bias', status: 'passed', facts: biasFacts(0.05, 0.9) },
    ];
    const cases: Array<{ report: unknown[] | undefined; up: Up; dep: RegExp; bias: RegExp }> = [
      { report: full, up: {}, dep: /^the dependency check did not run in this gate$/, bias: /^the bias check did not run in this gate$/ },
      {
        report: full,
        up: { dependency: { status: 'passed', facts: { packages: { total: 3 } } }, bias: { status: 'error', facts: {} } },
        dep: /^the dependency facts in this gate carry no package inventory/,
        bias: /^the bias check errored in this gate$/,
      },
      {
        report: [{ id: 'dependency', status: 'error', facts: {} }, { id: 'bias', status: 'skipped', facts: {} }],
        up: { dependency: { status: 'passed', facts: { inventory: AFTER_DEPS } }, bias: { status: 'passed', facts: biasFacts(0.1, 0.5) } },
        dep: /^no dependency facts in the baseline report/,
        bias: /^the baseline report has no bias facts/,
      },
      {
        report: undefined,
        up: { dependency: { status: 'passed', facts: { inventory: AFTER_DEPS } }, bias: { status: 'passed', facts: biasFacts(0.1, 0.5) } },
        dep: /^no baseline report \(model\.baseline\.report\)/,
        bias: /^no baseline report \(model\.baseline\.report\)/,
      },
    ];
    for (const [i, k] of cases.entries()) {
      const { ws, body } = workspace(k.report);
      const r = await lineage.run(withUpstream(ctx(ws, load(ws, body), { regression: { maxDisparityIncrease: 0 } }), k.up));
      const b = r.facts.baseline as { changes: Array<{ kind: string }>; dependencies: { compared: boolean; reason: string }; bias: { compared: boolean; reason: string } };
      expect(b.dependencies.compared, `case ${i}`).toBe(false);
      expect(b.dependencies.reason, `case ${i}`).toMatch(k.dep);
      expect(b.bias.compared, `case ${i}`).toBe(false);
      expect(b.bias.reason, `case ${i}`).toMatch(k.bias);
      expect(b.changes.some((c) => c.kind === 'dependency' || c.kind === 'bias'), `case ${i}`).toBe(false);
      expect(r.findings, `case ${i}`).toEqual([]);
      expect(summaryOfFacts('lineage', r.facts)).toMatch(/- Dependencies not compared: .*\n- Measured bias disparities not compared: /);
    }
  });

  it('helpers: several versions of one package compare as a set; disparity directions follow the bias check', () => {
    const d = diffDependencies(inv('npm:a@1.0.0', 'npm:a@2.0.0', 'Go:b'), inv('npm:a@2.0.0', 'npm:a@1.0.0', 'Go:b@v1.2.3'));
    expect(d.changes.map((c) => [c.item, c.change, c.before, c.after])).toEqual([
      ['Go:b', 'changed', '(unpinned)', 'v1.2.3'],
      ['npm:a', 'unchanged', '1.0.0, 2.0.0', '1.0.0, 2.0.0'],
    ]);
    expect(['demographicParityRatio', 'equalizedOddsRatioMeanToOverall', 'disparateImpactMin'].every(fallingIsWorse)).toBe(true);
    expect(['demographicParityDifference', 'disparateImpactMax', 'classImbalance'].some(fallingIsWorse)).toBe(false);
    expect(measuredDisparities(biasFacts(0.1, 0.7))).toEqual({ 'sex/demographicParityDifference': 0.1, 'sex/demographicParityRatio': 0.7 });
  });
});

describe('through runGate: lineage runs after the checks it reads and gets their facts', () => {
  const logger = { info() {}, warning() {}, debug() {} };
  // Stand-ins for the dependency and bias checks (their own tests cover them): fixed facts from the policy.
  const stand = (id: string, section: 'dependencies' | 'evaluation', key: string): Check<{ facts: Record<string, unknown>; delayMs: number }> => ({
    id,
    title: id,
    section,
    manifest: { [section]: { [key]: z.string().optional() } },
    rules: [],
    configSchema: z.strictObject({ facts: z.record(z.string(), z.unknown()).default({}), delayMs: z.number().default(0) }).default({ facts: {}, delayMs: 0 }),
    facts: ANY_FACTS,
    async run({ config }) {
      await new Promise((r) => setTimeout(r, config.delayMs)); // finishes after lineage would have, were it not waiting
      return { status: 'passed', findings: [], facts: config.facts, outputs: [] };
    },
  });
  const registry = [lineage as Check, stand('dependency', 'dependencies', 'lockfile') as Check, stand('bias', 'evaluation', 'predictions') as Check];

  async function gate(policy: string, withSections = true): Promise<Report> {
    const { ws, body } = workspace([
      { id: 'dependency', status: 'passed', facts: { inventory: BEFORE_DEPS } },
      { id: 'bias', status: 'passed', facts: biasFacts(0.05, 0.9) },
    ]);
    writeIn(ws, 'model-release.yaml', `${HEAD.join('\n')}\n${body}${withSections ? 'dependencies:\n  lockfile: requirements.txt\nevaluation:\n  predictions: p.csv\n' : ''}`);
    writeIn(ws, 'policy.yaml', policy);
    return runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry, now: new Date('2026-06-01T12:00:00Z') });
  }

  it('a fairness regression measured in this run blocks the release; dependency changes are reported', async () => {
    const policy = [
      'lineage:',
      '  regression: { maxDisparityIncrease: 0.02 }',
      'dependency:',
      '  delayMs: 50',
      `  facts: { inventory: ${JSON.stringify(AFTER_DEPS)} }`,
      'bias:',
      '  delayMs: 50',
      `  facts: ${JSON.stringify(biasFacts(0.1, 0.9))}`,
    ].join('\n');
    const r = await gate(policy);
    expect(r.verdict).toBe('blocked');
    const c = r.checks.find((x) => x.id === 'lineage')!;
    expect(c.findings.filter((f) => f.violation).map((f) => f.target)).toEqual(['bias:sex/demographicParityDifference']);
    expect(c.findings[0]!.location).toMatchObject({ file: 'model-release.yaml', line: HEAD.length + 11 }); // the evaluation section (what the bias check measured)
    expect((c.facts.baseline as { dependencies: unknown }).dependencies).toEqual({ compared: true, added: 1, removed: 1, changed: 2, unchanged: 1 });
    expect(summaryOf(c)).toContain('| dependency | PyPI:requests | 2.31.0 | — | removed |');
  });

  it('when the dependency and bias checks are not selected, the facts say so and the verdict is not affected', async () => {
    const r = await gate('{}', false);
    expect(r.verdict).toBe('passed');
    const b = r.checks.find((x) => x.id === 'lineage')!.facts.baseline as { dependencies: unknown; bias: unknown };
    expect(b.dependencies).toEqual({ compared: false, reason: 'the dependency check did not run in this gate' });
    expect(b.bias).toEqual({ compared: false, reason: 'the bias check did not run in this gate' });
  });
});
