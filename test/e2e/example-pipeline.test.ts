// `npm run example` end to end, against the bundle under test (MODELGATE_DIST or dist/): every stage,
// both release outcomes (blocked on bias, passed with the waiver), the deployment gate before and
// after, the pseudonyms, and no raw name or ticket number in anything the run wrote or printed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/action-runner.js';
import { lyingCli } from '../helpers/lying-cli.js';

const PIPELINE = join(ROOT, 'examples', 'titanic', 'pipeline.mjs');
const KEY = ['e2e', 'example', 'pipeline', String(process.pid)].join('-');
const outs: string[] = [];

function runPipeline(args: string[], cli = join(DIST, 'cli.js')) {
  const out = join(ROOT, 'examples', 'titanic', 'out', `e2e-${process.pid}-${outs.length}`);
  outs.push(out);
  const r = spawnSync(process.execPath, [PIPELINE, '--out', relative(ROOT, out), '--cli', cli, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, MODELGATE_PII_KEY: KEY },
    timeout: 150_000,
  });
  const text = `${r.stdout}\n${r.stderr}`;
  // What a failed expectation shows: the pipeline's unexpected outcomes and errors, else its last lines.
  const why = text.split('\n').filter((l) => /✗|error/i.test(l)).join('\n') || text.slice(-3000);
  return { ...r, out, text, why };
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Naive CSV split, enough for the generator's output (quoted names hold one comma). */
function rows(path: string): Array<Record<string, string>> {
  const [head, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const cols = head!.split(',');
  return lines.map((l) => {
    const cells = l.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

afterAll(() => {
  for (const o of outs) rmSync(o, { recursive: true, force: true });
});

describe('npm run example (examples/titanic/pipeline.mjs)', () => {
  it('runs every stage with the expected outcomes and exits 0', () => {
    const r = runPipeline([]);
    expect(r.status, r.why).toBe(0);
    expect(r.stdout).toContain('All stages gave their expected outcome.');
    const audit = (name: string) => json(join(r.out, 'audit', name, 'report.json'));

    // Protection: names and tickets are keyed pseudonyms; every other value is unchanged.
    const raw = rows(join(r.out, 'data', 'titanic.csv'));
    const clean = rows(join(r.out, 'data', 'train.csv'));
    expect(clean).toHaveLength(raw.length);
    // The pseudonym itself is tested against known values (checks/pii mask tests): here each one has the
    // form of a keyed pseudonym, and raw values map to them one to one (same value, same pseudonym).
    const seen = { Name: new Map<string, string>(), Ticket: new Map<string, string>() };
    raw.forEach((p, i) => {
      const c = clean[i]!;
      expect({ ...c, Name: p.Name, Ticket: p.Ticket }).toEqual(p);
      expect(c.Name).toMatch(/^\[PERSON:[a-p]{20}\]$/);
      expect(c.Ticket).toMatch(/^\[TICKET_NUMBER:[a-p]{20}\]$/);
      for (const k of ['Name', 'Ticket'] as const) {
        expect(seen[k].get(p[k]!) ?? c[k]).toBe(c[k]);
        seen[k].set(p[k]!, c[k]!);
      }
    });
    for (const k of ['Name', 'Ticket'] as const) expect(new Set(seen[k].values()).size).toBe(seen[k].size);

    // Enforcement, as shipped: blocked by the bias limits on Sex, Pclass and their intersection only.
    const blocked = audit('release-blocked');
    expect(blocked.verdict).toBe('blocked');
    const violations = blocked.checks.flatMap((c: { findings: Array<{ violation: boolean; ruleId: string; target: string }> }) => c.findings.filter((f) => f.violation));
    expect(new Set(violations.map((f: { ruleId: string }) => f.ruleId))).toEqual(new Set(['bias/limit-exceeded']));
    expect(new Set(violations.map((f: { target: string }) => f.target.split(':')[0]))).toEqual(new Set(['Sex', 'Pclass', 'Sex*Pclass']));
    const status = (report: { checks: Array<{ id: string; status: string }> }, id: string) => report.checks.find((c) => c.id === id)?.status;
    for (const id of ['dependency', 'container-image', 'pii', 'lineage']) expect(status(blocked, id), id).toBe('passed');
    const lineage = blocked.checks.find((c: { id: string }) => c.id === 'lineage').facts;
    expect(lineage).toMatchObject({ verified: 1, mismatched: 0, datasetsVetted: 1 });
    expect(lineage.provenance[0]).toMatchObject({ form: 'plain', builderTrusted: true, accepted: true });

    // Compliance: the bias findings violate EU AI Act Art. 10(2)(f) and NIST MEASURE 2.11, the pii check
    // assessed GDPR Art. 9, and every control of the four frameworks has one of the four statuses.
    type Ctl = { id: string; status: string; ran: string[]; findings: Array<{ ruleId: string; violation: boolean }>; evidence: string[] };
    const controlsOf = (report: { compliance: { frameworks: Array<{ id: string; controls: Ctl[] }> } }) => report.compliance.frameworks.flatMap((f) => f.controls);
    const ctl = (report: Parameters<typeof controlsOf>[0], id: string) => controlsOf(report).find((c) => c.id === id)!;
    expect(blocked.compliance.frameworks.map((f: { id: string }) => f.id)).toEqual(['eu-ai-act', 'gdpr', 'nist-ai-rmf', 'iso-42001']);
    for (const c of controlsOf(blocked)) expect(['satisfied', 'violated', 'waived', 'not-assessed'], c.id).toContain(c.status);
    for (const id of ['eu-ai-act/art-10-2-f', 'nist-ai-rmf/measure-2.11']) {
      expect(ctl(blocked, id).status, id).toBe('violated');
      expect(new Set(ctl(blocked, id).findings.filter((f) => f.violation).map((f) => f.ruleId)), id).toEqual(new Set(['bias/limit-exceeded']));
      expect(ctl(blocked, id).evidence.some((e) => /^bias: demographic parity ratio by Sex /.test(e)), id).toBe(true);
    }
    expect(ctl(blocked, 'gdpr/art-9').ran).toContain('pii');
    expect(ctl(blocked, 'gdpr/art-9').status).not.toBe('not-assessed');

    // With the waiver: passed, and the waivers are named.
    const waived = audit('release-waived');
    expect(waived.verdict).toBe('passed');
    expect(waived.waivers.applied.map((w: { target: string }) => w.target)).toEqual(['Sex*', 'Pclass*']);
    expect(ctl(waived, 'eu-ai-act/art-10-2-f').status).toBe('waived');
    const statement = json(join(r.out, 'audit', 'release-waived', 'verdict.intoto.json'));
    const model = readFileSync(join(r.out, 'model', 'model.json'));
    expect(statement.subject[0].digest.sha256).toBe(createHash('sha256').update(model).digest('hex'));
    expect(statement.predicate).toMatchObject({ verdict: 'passed', waivers: { applied: 2 } });

    // Deployment: halted while the newest verdict is blocked, allowed once it passed.
    const halted = audit('deploy-blocked');
    expect(halted.verdict).toBe('blocked');
    expect(halted.checks.find((c: { id: string }) => c.id === 'endpoints').facts.halt).toEqual([expect.objectContaining({ endpoint: 'ml-prod/titanic-survival', rules: ['endpoints/model-verdict'] })]);
    expect(audit('deploy-passed').verdict).toBe('passed');

    // Every JSON report the pipeline wrote validates against the published schema, facts included.
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(json(join(ROOT, 'schemas', 'report.schema.json')));
    const reports = filesUnder(join(r.out, 'audit')).filter((f) => f.endsWith('report.json'));
    expect(reports.length).toBeGreaterThanOrEqual(4);
    for (const f of reports) expect(validate(json(f)), `${relative(r.out, f)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);

    // No raw name or ticket number in anything written (but the raw file itself) or printed. Bare
    // numeric tickets ("482910") are left out: such digit runs turn up by chance in digests.
    const secrets = raw.flatMap((p) => [p.Name!, p.Ticket!]).filter((v) => /\D/.test(v) && v.length >= 8);
    expect(secrets.length).toBeGreaterThan(raw.length);
    const texts = [r.text, ...filesUnder(r.out).filter((f) => !f.endsWith(join('data', 'titanic.csv'))).map((f) => readFileSync(f, 'latin1'))];
    for (const t of texts) for (const s of secrets) if (t.includes(s)) expect.fail(`a raw value of the passenger list leaked (${s.length} chars)`);
  }, 180_000);

  it('exits 1 when a gate decision is not the expected one', () => {
    // A CLI that runs the real one but always reports success: the blocked release now "passes".
    const { cli: liar, dir } = lyingCli(join(DIST, 'cli.js'));
    try {
      const r = runPipeline([], liar);
      expect(r.status, r.why).toBe(1);
      expect(r.stdout).toContain('UNEXPECTED: release gate blocks: exit code 0, expected 1');
      expect(r.stdout).toContain('UNEXPECTED: deployment gate blocks: exit code 0, expected 1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses input outside the workspace with a clear error (exit 2)', () => {
    const r = runPipeline(['--data', join(tmpdir(), 'train.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^example: error: --data .*train\.csv: must be inside the current folder/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // A folder the pipeline did not write is never cleared.
    const foreign = spawnSync(process.execPath, [PIPELINE, '--out', 'examples/titanic/deploy', '--cli', join(DIST, 'cli.js')], { cwd: ROOT, encoding: 'utf8' });
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain('--out examples/titanic/deploy: the folder is not empty and was not written by this pipeline');
    expect(readdirSync(join(ROOT, 'examples', 'titanic', 'deploy'))).toContain('inferenceservice.yaml');
  });
});
