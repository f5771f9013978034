// Audit log, Prometheus metrics (file and Pushgateway) and ECS logs through dist/, as the runner runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheus from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { parseAuditLog } from '../../src/report/audit.js';
import { fakePushgateway, refusedUrl } from '../helpers/pushgateway.js';
import { releaseManifest } from '../helpers/release.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { card, chars, rng, ssn } from '../helpers/personal-data.js';
import { runAction, runCli } from '../helpers/action-runner.js';

const MODEL = 'weights:0.1,0.2,0.3\n';
const POLICY = 'failOn: low\nrequire: [lineage]\n';
const release = (digest = sha256(MODEL)) =>
  tempWorkspace({ 'release/model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: digest }]), 'release/model.bin': MODEL, 'policy.yaml': POLICY });
const inputs = { manifest: 'release/model-release.yaml', policy: 'policy.yaml' };

describe('audit log', () => {
  it('two runs append two lines; earlier lines are kept byte for byte', async () => {
    const ws = release();
    const env = { GITHUB_ACTOR: 'octocat', GITHUB_RUN_ATTEMPT: '2', GITHUB_REF: 'refs/heads/main' };
    const first = await runAction(ws, { ...inputs, 'audit-log': 'evidence/audit.jsonl', 'report-json': 'out/report.json' }, env);
    expect(first.status).toBe(0);
    expect(first.outputs['audit-log']).toBe('evidence/audit.jsonl');
    const after1 = readFileSync(join(ws, 'evidence/audit.jsonl'), 'utf8');
    const second = await runAction(ws, { ...inputs, 'audit-log': 'evidence/audit.jsonl', 'fail-on': 'hgh' }, env);
    expect(second.status).toBe(2);
    const text = readFileSync(join(ws, 'evidence/audit.jsonl'), 'utf8');
    expect(text.startsWith(after1)).toBe(true);
    const [a, b] = parseAuditLog(text);
    expect(parseAuditLog(text)).toHaveLength(2);
    expect(a).toMatchObject({
      verdict: 'passed',
      repository: 'acme/models',
      commit: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/heads/main',
      actor: 'octocat',
      event: 'push',
      runUrl: 'https://github.com/acme/models/actions/runs/42/attempts/2',
      manifest: { path: 'release/model-release.yaml', sha256: sha256(manifestYaml([{ path: 'model.bin', sha256: sha256(MODEL) }])) },
      policy: { path: 'policy.yaml', sha256: sha256(POLICY) },
      release: { name: 'demo', version: '1.0.0' },
      report: { path: 'out/report.json', sha256: sha256(readFileSync(join(ws, 'out/report.json'))) },
      verdictStatement: { path: '.modelgate/verdict.intoto.json', sha256: sha256(readFileSync(join(ws, '.modelgate/verdict.intoto.json'))) },
      error: null,
    });
    // The configuration error: a line all the same, with the message and the inputs' digests.
    expect(b).toMatchObject({ verdict: 'error', error: 'input "fail-on": unknown severity "hgh"; did you mean "high"?', policy: { path: 'policy.yaml', sha256: sha256(POLICY) }, report: null, mode: null });
    expect(second.outputs['audit-log']).toBe('evidence/audit.jsonl');
  });

  it('a failure after the verdict (signing without an OIDC token) is recorded as an error run with its report', async () => {
    const ws = release();
    const r = await runAction(ws, { ...inputs, attest: 'true', 'audit-log': 'audit.jsonl' });
    expect(r.status).toBe(2);
    const [rec] = parseAuditLog(readFileSync(join(ws, 'audit.jsonl'), 'utf8'));
    expect(rec).toMatchObject({ verdict: 'error', release: { name: 'demo' }, checks: { lineage: 'passed' }, verdictStatement: { path: '.modelgate/verdict.intoto.json' }, error: expect.stringContaining('id-token: write') });
  });

  it('the CLI appends too, and a blocked run records its violations per check', () => {
    const ws = release(sha256('other'));
    const r = runCli(['check', ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]), '--audit-log', 'audit.jsonl'], ws);
    expect(r.status).toBe(1);
    const [rec] = parseAuditLog(readFileSync(join(ws, 'audit.jsonl'), 'utf8'));
    expect(rec).toMatchObject({ verdict: 'blocked', violations: { total: 1, byCheck: { lineage: 1 }, bySeverity: { critical: 1 } }, repository: null, runUrl: null, verdictStatement: null });
    const bad = runCli(['check', '--manifest', 'nope.yaml', '--audit-log', 'audit.jsonl'], ws);
    expect(bad.status).toBe(2);
    expect(parseAuditLog(readFileSync(join(ws, 'audit.jsonl'), 'utf8'))[1]).toMatchObject({ verdict: 'error', manifest: { path: 'nope.yaml', sha256: null }, error: expect.stringContaining('nope.yaml') });
  });
});

describe('metrics', () => {
  it('writes the exposition file and pushes the same body to the Pushgateway', async () => {
    const ws = release(sha256('other'));
    const pg = await fakePushgateway();
    const r = await runAction(ws, { ...inputs, metrics: 'out/modelgate.prom', 'pushgateway-url': pg.url });
    expect(r.status).toBe(1);
    expect(r.outputs.metrics).toBe('out/modelgate.prom');
    const text = readFileSync(join(ws, 'out/modelgate.prom'), 'utf8');
    const fam = new Map(parsePrometheus(text).map((f) => [f.name, f]));
    expect(fam.get('modelgate_verdict')!.metrics.find((m) => m.value === '1')!.labels).toEqual({ verdict: 'blocked' });
    expect(fam.get('modelgate_violations')!.metrics).toEqual([{ labels: { check: 'lineage', rule: 'lineage/artifact-digest-mismatch', severity: 'critical' }, value: '1' }]);
    expect(fam.get('modelgate_run_info')!.metrics[0]!.labels).toMatchObject({ release: 'demo', version: '1.0.0', manifest: 'release/model-release.yaml' });
    expect(fam.get('modelgate_check_duration_seconds')!.metrics.map((m) => m.labels!.check)).toContain('lineage');
    expect(pg.got).toEqual([{ method: 'PUT', auth: undefined, url: `/metrics/job/modelgate/instance@base64/${Buffer.from('acme/models').toString('base64url')}`, type: 'text/plain; version=0.0.4; charset=utf-8', body: text }]);
    expect(r.stdout).toMatch(/metrics pushed to http:\/\/127\.0\.0\.1:\d+\/metrics\/job\/modelgate\/instance@base64\/\S+ \(HTTP 200\)/);
  });

  it('a refused push is a warning: same verdict, same exit code', async () => {
    const ws = release(sha256('other'));
    const r = await runAction(ws, { ...inputs, 'pushgateway-url': await refusedUrl() });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('blocked');
    expect(r.stdout).toMatch(/^::warning::metrics push to http:\/\/127\.0\.0\.1:\d+\/\S+ failed: ECONNREFUSED.*the verdict is unchanged$/m);
    const ok = await runAction(release(), { ...inputs, 'pushgateway-url': await refusedUrl() });
    expect(ok.status).toBe(0);
  });

  it('rejects a Pushgateway URL that is not http(s) as a configuration error', async () => {
    const r = await runAction(release(), { ...inputs, 'pushgateway-url': 'ftp://pg' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('input "pushgateway-url": expected an http(s) URL');
  });
});

describe('ECS logs', () => {
  it('the action logs one JSON object per line for checks, findings and the run', async () => {
    const r = await runAction(release(sha256('other')), { ...inputs, 'log-format': 'ecs' });
    expect(r.status).toBe(1);
    const ecs = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(ecs.map((e) => e.event.action)).toEqual(expect.arrayContaining(['check', 'finding', 'gate-verdict']));
    expect(ecs.at(-1)).toMatchObject({ 'log.level': 'error', labels: { verdict: 'blocked' }, event: { url: 'https://github.com/acme/models/actions/runs/42' } });
    expect(ecs.find((e) => e.event.action === 'finding')).toMatchObject({ rule: { id: 'lineage/artifact-digest-mismatch' }, file: { path: 'release/model-release.yaml' } });
    // Replaces the grouped text log.
    expect(r.stdout).not.toContain('::group::');
    const bad = await runAction(release(), { ...inputs, 'log-format': 'json' });
    expect(bad.stdout).toContain('input "log-format": unknown log format "json"');
  });

  it('the CLI writes them to standard error, every line JSON, and keeps standard output for --format json', () => {
    const ws = release();
    const r = runCli(['check', '--manifest', inputs.manifest, '--policy', inputs.policy, '--log-format', 'ecs', '--format', 'json'], ws);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('passed');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(JSON.parse(l)['ecs.version']).toBeTruthy();
  });
});

describe('personal data planted in a dataset', () => {
  it('appears in none of the audit record, the metrics and the ECS log', async () => {
    const r = rng(2027);
    const people = Array.from({ length: 30 }, (_, i) => ({ name: `${chars(r, 'BCDFGHJKLM', 1)}${chars(r, 'aeiou', 1)}${chars(r, 'nrstl', 1)}ek Q${i}`, email: `${chars(r, 'abcdefghij', 9)}@example.org`, ssn: ssn(r), card: card(r, '4', 16) }));
    const planted = people.flatMap((p) => [p.email, p.ssn, p.card]);
    const csv = `name,email,ssn,card\n${people.map((p) => [p.name, p.email, p.ssn, p.card].join(',')).join('\n')}\n`;
    const ws = tempWorkspace({ 'model-release.yaml': releaseManifest('data', '  scan:\n    - path: data/people.csv\n'), 'data/people.csv': csv });
    const run = await runAction(ws, { checks: 'pii', 'audit-log': 'audit.jsonl', metrics: 'metrics.prom', 'log-format': 'ecs' });
    expect(run.status).toBe(1);
    const audit = readFileSync(join(ws, 'audit.jsonl'), 'utf8');
    const metrics = readFileSync(join(ws, 'metrics.prom'), 'utf8');
    // The outputs did look at the data: PII counts by category, violations by check, findings logged.
    expect(metrics).toMatch(/^modelgate_pii_findings\{category="financial"\} 30$/m);
    expect(parseAuditLog(audit)[0]!.violations.byCheck.pii).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/"rule":\{"id":"pii\//);
    for (const v of planted) {
      for (const [what, text] of [['audit', audit], ['metrics', metrics], ['log', run.stdout + run.stderr]] as const) expect(text.includes(v), `${what} leaked ${v.slice(0, 2)}…`).toBe(false);
    }
  });
});
