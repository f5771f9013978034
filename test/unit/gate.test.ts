import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Check } from '../../src/check.js';
import { renderSummary } from '../../src/report/summary.js';
import { viewsOf } from '../../src/report/views.js';
import { ConfigError } from '../../src/errors.js';
import { runGate } from '../../src/gate.js';
import type { Finding } from '../../src/report/model.js';
import { manifestYaml, tempWorkspace } from '../helpers/workspace.js';
import { ANY_FACTS } from '../helpers/facts.js';

// A configurable stand-in check: emits the findings its policy section lists, or misbehaves on demand.
const fakeConfig = z
  .strictObject({
    findings: z.array(z.object({ rule: z.string(), severity: z.enum(['critical', 'high', 'medium', 'low', 'info']), target: z.string() })).default([]),
    behave: z.enum(['ok', 'throw', 'hang', 'error']).default('ok'),
    factValue: z.number().default(3),
  })
  .default({ findings: [], behave: 'ok', factValue: 3 });
type FakeConfig = z.infer<typeof fakeConfig>;

const fake: Check<FakeConfig> = {
  id: 'fake',
  title: 'Fake',
  section: 'model',
  manifest: {},
  rules: [{ id: 'fake/thing', title: 'A thing', severity: 'high', topic: 'compliance', help: 'h', remediation: 'r' }],
  configSchema: fakeConfig,
  facts: ANY_FACTS,
  async run({ config, signal }) {
    if (config.behave === 'throw') throw new Error('boom');
    if (config.behave === 'hang') await new Promise((r) => signal.addEventListener('abort', r));
    const findings: Finding[] = config.findings.map((f) => ({ ruleId: f.rule, severity: f.severity, message: 'm', target: f.target }));
    return { status: config.behave === 'error' ? 'error' : 'passed', findings, facts: { value: config.factValue }, outputs: [] };
  },
};
const other: Check = { ...fake, id: 'other', section: 'evaluation', run: async () => ({ status: 'passed', findings: [], facts: {}, outputs: [] }) } as Check;
const registry = [fake as Check, other];
const logger = { info() {}, warning() {}, debug() {} };

async function gate(policy: string, extra: Partial<Parameters<typeof runGate>[0]> = {}) {
  const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]), 'policy.yaml': policy });
  return runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry, now: new Date('2026-06-01T12:00:00Z'), ...extra });
}

describe('runGate', () => {
  it('passes with no findings and skips checks whose section is absent', async () => {
    const r = await gate('{}');
    expect(r.verdict).toBe('passed');
    expect(r.checks.find((c) => c.id === 'fake')?.status).toBe('passed');
    expect(r.checks.find((c) => c.id === 'other')).toMatchObject({ status: 'skipped', reason: 'the manifest has no `evaluation` section' });
    expect(r.policy).toBe('policy.yaml');
    expect(r.release).toMatchObject({ name: 'demo', version: '1.0.0' });
  });

  it('blocks on findings at or above failOn; below is reported, not a violation', async () => {
    const policy = `failOn: high\nfake:\n  findings:\n    - { rule: fake/thing, severity: high, target: a }\n    - { rule: fake/thing, severity: medium, target: b }\n`;
    const r = await gate(policy);
    expect(r.verdict).toBe('blocked');
    expect(r.violations).toBe(1);
    const f = r.checks.find((c) => c.id === 'fake')!;
    expect(f.status).toBe('failed');
    expect(f.findings.map((x) => [x.target, x.violation])).toEqual([['a', true], ['b', false]]);
    expect(r.counts).toMatchObject({ high: 1, medium: 1 });
    // --fail-on overrides the policy.
    expect((await gate(policy, { failOn: 'critical' })).verdict).toBe('passed');
  });

  it('applies waivers by rule and target glob, reports unused and expired ones', async () => {
    const policy = `fake:
  findings:
    - { rule: fake/thing, severity: high, target: pkg-a }
    - { rule: fake/thing, severity: high, target: pkg-b }
waivers:
  - { rule: fake/thing, target: "pkg-a*", reason: accepted, owner: sec, expires: 2026-06-01 }
  - { rule: fake/other, reason: stale, owner: sec, expires: 2026-12-31 }
  - { rule: fake/thing, target: pkg-b, reason: old, owner: sec, expires: 2026-05-31 }
  - { rule: fake/thing, reason: no owner, expires: 2026-12-31 }
`;
    const r = await gate(policy);
    const fake = r.checks.find((c) => c.id === 'fake')!;
    expect(fake.findings[0]).toMatchObject({ target: 'pkg-a', violation: false, waiver: { reason: 'accepted' } });
    expect(fake.findings[1]).toMatchObject({ target: 'pkg-b', violation: true });
    expect(r.waivers.applied).toHaveLength(1);
    expect(r.waivers.unused.map((w) => w.rule)).toEqual(['fake/other']);
    expect(r.waivers.expired.map((w) => w.target)).toEqual(['pkg-b']);
    const pol = r.checks.find((c) => c.id === 'policy')!;
    const byRule = (id: string) => pol.findings.filter((f) => f.ruleId === id);
    expect(byRule('policy/waiver-expired')[0]).toMatchObject({ violation: true, location: { file: 'policy.yaml', line: 8 } });
    expect(byRule('policy/waiver-invalid')[0]).toMatchObject({ violation: true, location: { line: 9 } });
    expect(byRule('policy/waiver-invalid')[0]!.message).toContain('owner');
    expect(byRule('policy/waiver-unused')[0]).toMatchObject({ violation: false, severity: 'info' });
    expect(r.verdict).toBe('blocked');
    expect(r.violations).toBe(3);
  });

  it('makes a missing required check a violation at the policy line', async () => {
    const r = await gate('require:\n  - fake\n  - other\n');
    const f = r.checks.find((c) => c.id === 'policy')!.findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'policy/required-check-missing', target: 'other', violation: true, location: { line: 3 } });
    expect(r.verdict).toBe('blocked');
  });

  it('fails closed when a check throws, errors or runs out of time; optional checks do not block', async () => {
    for (const behave of ['throw', 'error']) {
      const r = await gate(`fake: { behave: ${behave} }\n`);
      expect(r.verdict).toBe('error');
      expect(r.checks.find((c) => c.id === 'fake')!.status).toBe('error');
    }
    const thrown = await gate('fake: { behave: throw }\n');
    expect(thrown.checks[0]!.findings[0]).toMatchObject({ ruleId: 'gate/check-error', message: 'check "fake" could not run: boom' });
    const hung = await gate('timeouts: { fake: 0.05 }\nfake: { behave: hang }\n');
    expect(hung.verdict).toBe('error');
    expect(hung.checks[0]!.reason).toBe('exceeded its time budget of 0.05 s');
    expect((await gate('optional: [fake]\nfake: { behave: throw }\n')).verdict).toBe('passed');
  });

  it('evaluates custom CEL rules over facts and check statuses', async () => {
    const ok = await gate(`rules:\n  - { id: small, expression: "facts.fake.value < 5 && checks.fake.status == 'passed'", message: too big }\n`);
    expect(ok.verdict).toBe('passed');
    const bad = await gate(`fake: { factValue: 9 }\nrules:\n  - { id: small, expression: "facts.fake.value < 5", message: too big, severity: medium }\n`);
    const f = bad.checks.find((c) => c.id === 'policy')!.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'custom/small', severity: 'medium', message: 'too big', violation: true, location: { line: 3 } });
    // Reading a fact a skipped check never produced fails closed.
    const missing = await gate(`rules:\n  - { id: r, expression: "facts.other.value == 1", message: needs other }\n`);
    expect(missing.checks.find((c) => c.id === 'policy')!.findings[0]!.message).toMatch(/needs other \(the rule could not be evaluated: .+\)/);
    expect(missing.verdict).toBe('blocked');
  });

  it('ends a custom rule past its budget with a policy error (exit 2), naming the rule and the budget', async () => {
    // Lists the compiler cannot size (a map over a literal): 1,000 × 2,000 steps at run time.
    const list = `[${Array.from({ length: 1000 }, (_, i) => i).join(', ')}].map(x, x)`;
    const rule = `${list}.all(a, ${list}.all(b, a + b >= 0))`;
    const t0 = performance.now();
    const r = await gate(`timeouts: { default: 1 }\nrules:\n  - { id: slow, expression: ${JSON.stringify(rule)}, message: m, severity: low }\n`, { failOn: 'critical' });
    const policy = r.checks.find((c) => c.id === 'policy')!;
    expect(r.verdict).toBe('error');
    expect(policy.status).toBe('error');
    expect(policy.findings[0]).toMatchObject({ ruleId: 'custom/slow', violation: true, location: { file: 'policy.yaml', line: 3 } });
    expect(policy.findings[0]!.message).toMatch(/^custom rule "slow" exceeded (its cost limit of 1,000,000 comprehension steps|the custom rules' time budget \(timeouts\.default\) of 1 s); the policy cannot be decided/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('rejects configuration errors with file:line:column', async () => {
    await expect(gate(`rules:\n  - { id: r, expression: "facts.x >", message: m }\n`)).rejects.toThrow(
      /^policy\.yaml:2:\d+: custom rule "r" does not compile: at 1:9 of the expression: found > but expecting end of input/,
    );
    await expect(gate('failOn: hihg\n')).rejects.toThrow(/^policy\.yaml:1:9: failOn: expected "critical" \| "high"/);
    await expect(gate('faliOn: high\n')).rejects.toThrow('policy.yaml:1:1: unknown key "faliOn"; did you mean "failOn"?');
    await expect(gate('require: [fakee]\n')).rejects.toThrow(/^policy\.yaml:1:11: require\[0\]: expected "fake" \| "other"/);
    await expect(gate('{}', { checks: ['fak'] })).rejects.toThrow('unknown check "fak"; did you mean "fake"?');
    await expect(gate('{}', { manifest: 'missing.yaml' })).rejects.toThrow('missing.yaml: file not found');
    await expect(gate('{}', { manifest: '../outside.yaml' })).rejects.toThrow(ConfigError);
  });

  it('points manifest schema errors at the offending node', async () => {
    const ws = tempWorkspace({
      'a.yaml': manifestYaml([]).replace('kind: ModelRelease', 'kind: Model'),
      'b.yaml': manifestYaml([]).replace('metadata:', 'metdata:'),
      'c.yaml': manifestYaml([{ path: 'm.bin', sha256: 'abc' }]),
      'd.yaml': manifestYaml([]).replace('  version: 1.0.0\n', '  version: 1.0.0\n  versoin: 2\n'),
    });
    const run = (m: string) => runGate({ workspace: ws, manifest: m, logger, registry });
    await expect(run('a.yaml')).rejects.toThrow('a.yaml:2:7: kind: expected "ModelRelease"');
    await expect(run('b.yaml')).rejects.toThrow(/^b\.yaml:3:1: unknown key "metdata"; did you mean "metadata"\?/);
    // model.artifacts is declared by the lineage check: validated with the real registry.
    await expect(runGate({ workspace: ws, manifest: 'c.yaml', logger })).rejects.toThrow(/^c\.yaml:10:15: model\.artifacts\[0\]\.sha256: expected a sha256 digest/);
    await expect(run('d.yaml')).rejects.toThrow(/^d\.yaml:6:3: unknown key "versoin" in metadata; did you mean "version"\?/);
  });
});

describe('check summary sections', () => {
  it('keeps the report plain data: the summary renders a check\'s section from its facts at write time; a renderer that throws costs only its section', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]) });
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const withSummary = { ...fake, view: { summary: (facts: Record<string, unknown>) => `| value |\n| --- |\n| ${String(facts.value)} |\n` } } as Check;
    const r = await runGate({ workspace: ws, manifest: 'model-release.yaml', logger, registry: [withSummary] });
    expect(Object.keys(r.checks[0]!)).not.toContain('summary');
    // A passing check's section is inside its collapsed part of the summary (issue 19; was under "### Fake").
    expect(renderSummary(r, viewsOf([withSummary]), { warn })).toMatch(/<details><summary>✅ Fake[^<]* — passed: [^<]*<\/summary>\n\n\| value \|\n\| --- \|\n\| 3 \|\n/);
    const broken = { ...fake, view: { summary: () => { throw new Error('bad facts'); } } } as Check;
    const r2 = await runGate({ workspace: ws, manifest: 'model-release.yaml', logger, registry: [broken] });
    expect(r2.verdict).toBe('passed');
    expect(renderSummary(r2, viewsOf([broken]), { warn })).not.toContain('| value |');
    expect(warnings).toEqual(['fake: could not render its summary section: bad facts']);
  });
});

describe('checks that read other checks', () => {
  it('run after the checks they read and receive their facts; a cycle is refused', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]) });
    const order: string[] = [];
    const slow: Check = {
      ...(fake as Check),
      id: 'slow',
      run: async () => {
        await new Promise((r) => setTimeout(r, 30));
        order.push('slow');
        return { status: 'passed', findings: [], facts: { packages: 7 }, outputs: [] };
      },
    };
    const seen: unknown[] = [];
    const reader: Check = {
      ...(fake as Check),
      id: 'reader',
      reads: ['slow', 'absent'],
      run: async (ctx) => {
        order.push('reader');
        seen.push(ctx.upstream, ctx.now.toISOString());
        return { status: 'passed', findings: [], facts: {}, outputs: [] };
      },
    };
    const now = new Date('2026-06-01T12:00:00Z');
    await runGate({ workspace: ws, manifest: 'model-release.yaml', logger, registry: [reader, slow], now });
    expect(order).toEqual(['slow', 'reader']);
    expect(seen).toEqual([{ slow: { status: 'passed', facts: { packages: 7 } } }, now.toISOString()]);
    // Not selected: the reader runs without it.
    seen.length = 0;
    await runGate({ workspace: ws, manifest: 'model-release.yaml', logger, registry: [reader, slow], checks: ['reader'], now });
    expect(seen[0]).toEqual({});
    const a = { ...reader, id: 'a', reads: ['b'] } as Check;
    const b = { ...reader, id: 'b', reads: ['a'] } as Check;
    await expect(runGate({ workspace: ws, manifest: 'model-release.yaml', logger, registry: [a, b] })).rejects.toThrow('checks read each other\'s facts in a cycle: a → b → a');
  });
});
