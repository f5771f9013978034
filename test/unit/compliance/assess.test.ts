// The report's compliance section through the gate: statuses from the checks that ran and the findings
// the policy classified, parents judged with their sub-controls, required controls that no check
// assessed blocking (policy/control-not-assessed), and control ids checked against the catalog at load.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Check } from '../../../src/check.js';
import { CONTROLS, FRAMEWORK_IDS } from '../../../src/compliance/catalog.js';
import { ConfigError } from '../../../src/errors.js';
import { runGate } from '../../../src/gate.js';
import { CONTROL_STATUSES, type ControlResult, type Report } from '../../../src/report/model.js';
import { ANY_FACTS } from '../../helpers/facts.js';
import { manifestYaml, tempWorkspace } from '../../helpers/workspace.js';

const config = z
  .strictObject({ findings: z.array(z.object({ severity: z.enum(['critical', 'high', 'medium', 'low', 'info']), target: z.string() })).default([]) })
  .default({ findings: [] });

// Runs (its section, model, is in every manifest); its rule evidences Art. 10(2)(f) and GDPR Art. 9.
const fake: Check<z.infer<typeof config>> = {
  id: 'fake',
  title: 'Fake',
  section: 'model',
  manifest: {},
  rules: [{ id: 'fake/thing', title: 'A thing', severity: 'high', topic: 'fairness', help: 'h', remediation: 'r' }],
  controls: { 'fake/thing': [['eu-ai-act/art-10-2-f', 'examines biases'], ['gdpr/art-9', 'finds special categories']] },
  configSchema: config,
  facts: ANY_FACTS,
  view: { evidence: (facts: { value: number }) => [{ rules: ['fake/thing'], text: `parity ratio ${facts.value}, limit 0.8` }] } as never,
  async run({ config: c }) {
    return { status: 'passed', findings: c.findings.map((f) => ({ ruleId: 'fake/thing', severity: f.severity, message: 'm', target: f.target })), facts: { value: 0.91 }, outputs: [] };
  },
};
// Skipped (no evaluation section): what it evidences is not assessed.
const other: Check = {
  ...(fake as unknown as Check),
  id: 'other',
  section: 'evaluation',
  rules: [{ id: 'other/x', title: 'X', severity: 'high', topic: 'fairness', help: 'h', remediation: 'r' }],
  controls: { 'other/x': [['nist-ai-rmf/measure-2.11', 'evaluates fairness']] },
  view: {},
};
const logger = { info() {}, warning() {}, debug() {} };

async function gate(policy: string): Promise<Report> {
  const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]), 'policy.yaml': policy });
  return runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [fake as unknown as Check, other], now: new Date('2026-06-01T12:00:00Z') });
}

function control(r: Report, id: string): ControlResult {
  const c = r.compliance!.frameworks.flatMap((f) => f.controls).find((x) => x.id === id);
  if (!c) throw new Error(`no control ${id}`);
  return c;
}

async function rejection(policy: string): Promise<ConfigError> {
  const e = await gate(policy).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ConfigError);
  return e as ConfigError;
}

describe('the compliance section', () => {
  it('gives every control of the four frameworks one of the four statuses, counted per framework', async () => {
    const r = await gate('{}');
    expect(r.compliance!.frameworks.map((f) => f.id)).toEqual([...FRAMEWORK_IDS]);
    const all = r.compliance!.frameworks.flatMap((f) => f.controls);
    expect(all.map((c) => c.id).sort()).toEqual([...CONTROLS.keys()].sort());
    for (const c of all) expect(CONTROL_STATUSES).toContain(c.status);
    for (const f of r.compliance!.frameworks) expect(Object.values(f.counts).reduce((a, b) => a + b, 0)).toBe(f.controls.length);
  });

  it('satisfied when a check that evidences it ran without violation, with its evidence; not assessed when none ran', async () => {
    const r = await gate('{}');
    expect(control(r, 'eu-ai-act/art-10-2-f')).toMatchObject({ status: 'satisfied', checks: ['fake'], ran: ['fake'], rules: ['fake/thing'], evidence: ['fake: parity ratio 0.91, limit 0.8'] });
    expect(control(r, 'gdpr/art-9').status).toBe('satisfied');
    expect(control(r, 'nist-ai-rmf/measure-2.11')).toMatchObject({ status: 'not-assessed', checks: ['other'], ran: [], evidence: [] });
    // A parent takes its sub-controls' evidence: assessed when any is.
    expect(control(r, 'eu-ai-act/art-10')).toMatchObject({ status: 'satisfied', rules: ['fake/thing'] });
    expect(control(r, 'eu-ai-act/art-12').status).toBe('not-assessed');
    // The engine's own rules run in every gate.
    expect(control(r, 'nist-ai-rmf/govern-1.4').status).toBe('satisfied');
    expect(control(r, 'nist-ai-rmf/govern-1.1').evidence).toEqual(['policy: no control is required to be assessed (compliance.require is empty)']);
    // SARIF reads the rule's controls from the report's rules.
    expect(r.rules.find((x) => x.id === 'fake/thing')?.controls).toEqual(['eu-ai-act/art-10-2-f', 'gdpr/art-9']);
  });

  it('violated by a violation, up through its parents; waived when only waived findings map to it', async () => {
    const blocked = await gate('fake:\n  findings:\n    - { severity: low, target: a }\n    - { severity: high, target: b }\n');
    const art = control(blocked, 'eu-ai-act/art-10-2-f');
    expect(art).toMatchObject({ status: 'violated', findingCount: 2 });
    expect(art.findings[0]).toEqual({ check: 'fake', index: 1, ruleId: 'fake/thing', severity: 'high', violation: true, waived: false });
    for (const id of ['eu-ai-act/art-10-2', 'eu-ai-act/art-10']) expect(control(blocked, id).status).toBe('violated');
    expect(blocked.compliance!.frameworks[0]!.counts.violated).toBe(3);

    const waived = await gate('fake:\n  findings: [{ severity: high, target: b }]\nwaivers:\n  - { rule: fake/thing, reason: accepted, owner: o@example.com, expires: 2026-12-31 }\n');
    expect(waived.verdict).toBe('passed');
    expect(control(waived, 'gdpr/art-9').status).toBe('waived');
    // Below failOn and not waived: reported, not blocking, so satisfied.
    const low = await gate('failOn: high\nfake:\n  findings: [{ severity: low, target: b }]\n');
    expect(control(low, 'gdpr/art-9')).toMatchObject({ status: 'satisfied', findingCount: 1 });
  });

  it('blocks a required control no check assessed, naming the checks that would, at its policy line', async () => {
    const r = await gate('compliance:\n  require: [eu-ai-act/art-10, nist-ai-rmf/measure-2.11]\n');
    expect(r.verdict).toBe('blocked');
    const policy = r.checks.find((c) => c.id === 'policy')!;
    const f = policy.findings.filter((x) => x.ruleId === 'policy/control-not-assessed');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: 'nist-ai-rmf/measure-2.11', severity: 'high', violation: true, location: { file: 'policy.yaml', line: 2 } });
    expect(f[0]!.message).toContain('other (skipped: the manifest has no `evaluation` section)');
    expect(r.compliance!.required).toEqual(['eu-ai-act/art-10', 'nist-ai-rmf/measure-2.11']);
    // The finding itself evidences GOVERN 1.1 (legal and regulatory requirements are managed).
    expect(control(r, 'nist-ai-rmf/govern-1.1')).toMatchObject({ status: 'violated', evidence: ['policy: controls required to be assessed: eu-ai-act/art-10, nist-ai-rmf/measure-2.11'] });
    // A required parent assessed through a sub-control passes.
    expect((await gate('compliance:\n  require: [eu-ai-act/art-10]\n')).verdict).toBe('passed');
  });

  it('maps custom policy rules to the controls their `controls:` key names', async () => {
    const r = await gate('rules:\n  - id: card-owner\n    expression: "false"\n    message: the card names no owner\n    controls: [eu-ai-act/art-11, iso-42001/a.6.2.7]\n');
    expect(control(r, 'eu-ai-act/art-11')).toMatchObject({ status: 'violated', checks: ['policy'], rules: ['custom/card-owner'], evidence: ['policy: custom rule card-owner does not hold: the card names no owner'] });
    expect(control(r, 'iso-42001/a.6.2.7').status).toBe('violated');
  });

  it('shows only the frameworks the policy selects', async () => {
    const r = await gate('compliance:\n  frameworks: [gdpr]\n');
    expect(r.compliance!.frameworks.map((f) => f.id)).toEqual(['gdpr']);
    expect(r.rules.find((x) => x.id === 'fake/thing')?.controls).toEqual(['gdpr/art-9']);
  });

  it('refuses a control id the catalog does not have, at its line (exit 2)', async () => {
    const req = await rejection('compliance:\n  require:\n    - gdpr/art-99\n    - eu-ai-act/art-10-2-x\n');
    expect(req.message).toContain('compliance.require: unknown control "gdpr/art-99"');
    expect(req.location).toMatchObject({ file: 'policy.yaml', line: 3 });
    const typo = await rejection('compliance:\n  require: [gdpr/art9]\n');
    expect(typo.message).toContain('did you mean "gdpr/art-9"?');
    const custom = await rejection('rules:\n  - id: x\n    expression: "true"\n    message: m\n    controls: [gdpr/art-9, nist/measure-2.11]\n');
    expect(custom.message).toContain('custom rule "x": unknown control "nist/measure-2.11"');
    expect(custom.location).toMatchObject({ file: 'policy.yaml', line: 5 });
    const excluded = await rejection('compliance:\n  frameworks: [gdpr]\n  require: [eu-ai-act/art-10]\n');
    expect(excluded.message).toContain('belongs to framework "eu-ai-act", which compliance.frameworks leaves out');
  });
});
