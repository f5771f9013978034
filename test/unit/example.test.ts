// The titanic example: its seeded generator, and the GitHub workflows of examples/workflows (parsed,
// their ModelGate inputs checked against action.yml so a renamed input fails here). The pipeline
// itself runs end to end in test/e2e/example-pipeline.test.ts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { tempWorkspace } from '../helpers/workspace.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'titanic');
const WORKFLOWS = join(ROOT, 'examples', 'workflows');
/** sha256 of the generator's output: a change to the generator must be deliberate. */
const RAW_SHA256 = '228d4a32ee31dd962820c266fe6bfe5b74595e37726e68bb6ef2bd4649451814';

describe('examples/titanic/generate.mjs', () => {
  it('writes the same bytes on every run, with the columns of Kaggle train.csv', () => {
    const ws = tempWorkspace();
    const files = ['a.csv', 'b.csv'].map((f) => {
      execFileSync(process.execPath, [join(EXAMPLE, 'generate.mjs'), '--out', join(ws, f)], { stdio: 'ignore' });
      return readFileSync(join(ws, f));
    });
    expect(files[0]!.equals(files[1]!)).toBe(true);
    expect(createHash('sha256').update(files[0]!).digest('hex')).toBe(RAW_SHA256);
    const lines = files[0]!.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('PassengerId,Survived,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked');
    expect(lines).toHaveLength(892);
  });
});

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  environment?: string | { name: string };
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const actionInputs = Object.keys((YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const workflow = (name: string): Workflow => YAML.parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
const gateSteps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps.filter((s) => /\/modelgate@v\d+$/.test(s.uses ?? '')));
const permissions = (w: Workflow, job: string): Record<string, string> => ({ ...w.permissions, ...w.jobs[job]!.permissions });

describe('examples/workflows', () => {
  it.each(['pr-check.yml', 'release-gate.yml', 'fleet-scan.yml'])('%s: gives only inputs action.yml declares, with least privilege at the top', (name) => {
    const w = workflow(name);
    expect(w.permissions).toEqual({ contents: 'read' });
    const gates = gateSteps(w);
    expect(gates.length).toBeGreaterThan(0);
    for (const g of gates) {
      expect(g.with?.manifest, `${name}: manifest`).toBeTypeOf('string');
      for (const key of Object.keys(g.with ?? {})) expect(actionInputs, `${name}: input ${key}`).toContain(key);
    }
  });

  it('pr-check: a pull-request status check with SARIF upload and a PR comment', () => {
    const w = workflow('pr-check.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(permissions(w, 'gate')).toMatchObject({ 'pull-requests': 'write', 'security-events': 'write' });
    const gate = gateSteps(w)[0]!;
    expect(gate.with?.comment).toBe(true);
    expect(gate.with?.['github-token']).toBe('${{ github.token }}');
    const upload = w.jobs.gate!.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe(gate.with?.sarif);
  });

  it('release-gate: a signed gate, then a deploy job behind the production environment', () => {
    const w = workflow('release-gate.yml');
    expect(Object.keys(w.on).sort()).toEqual(['release', 'workflow_dispatch']);
    expect(permissions(w, 'gate')).toMatchObject({ 'id-token': 'write', attestations: 'write' });
    const gate = gateSteps(w)[0]!;
    expect(gate.with?.attest).toBe(true);
    for (const key of ['report-json', 'verdict', 'audit-log']) expect(String(gate.with?.[key]), key).toMatch(/^modelgate\//);
    const evidence = w.jobs.gate!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.path === 'modelgate/');
    expect(evidence?.if).toContain('!cancelled()');
    const deploy = w.jobs.deploy!;
    expect(deploy.needs).toBe('gate');
    expect(deploy.environment).toBe('production');
    expect(w.jobs.gate!.outputs?.verdict).toBe(`\${{ steps.${gate.id}.outputs.verdict }}`);
  });

  // The runners ship Node 24 (Node 20 left them in 2026); the majors below run on it. A major older than
  // these is superseded; a newer one is fine.
  const CURRENT_MAJOR: Record<string, number> = {
    'actions/checkout': 7,
    'actions/setup-node': 7,
    'actions/upload-artifact': 7,
    'actions/download-artifact': 8,
    'actions/cache': 5,
    'github/codeql-action/upload-sarif': 4,
  };
  const WORKFLOW_FILES = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));

  it.each(WORKFLOW_FILES)('%s: current majors of the actions it calls, Node 24, hidden files uploaded when asked for', (name) => {
    const steps = Object.values(workflow(name).jobs).flatMap((j) => j.steps);
    for (const s of steps) {
      const m = /^([^@]+)@v(\d+)$/.exec(s.uses ?? '');
      if (!m || m[1]!.startsWith('modelgate/')) continue;
      expect(CURRENT_MAJOR, `${name}: ${s.uses} is not a known action`).toHaveProperty([m[1]!]);
      expect(Number(m[2]), `${name}: ${s.uses}`).toBeGreaterThanOrEqual(CURRENT_MAJOR[m[1]!]!);
      if (m[1] === 'actions/setup-node') expect(s.with?.['node-version'], `${name}: node-version`).toBe(24);
      // upload-artifact leaves hidden files and folders (.modelgate/) out unless told otherwise.
      const paths = String(s.with?.path ?? '').split('\n').map((p) => p.replace(/\s*#.*$/, '').trim());
      if (m[1] === 'actions/upload-artifact' && paths.some((p) => /(^|\/)\.[^/.]/.test(p))) expect(s.with?.['include-hidden-files'], `${name}: ${s.with?.name}`).toBe(true);
    }
  });

  it('fleet-scan: a scheduled Fleet gate whose halt output scales endpoints to zero, guarded', () => {
    const w = workflow('fleet-scan.yml');
    const cron = (w.on.schedule as Array<{ cron: string }>)[0]!.cron;
    expect(cron.split(' ')).toHaveLength(5);
    const gate = gateSteps(w)[0]!;
    const halt = w.jobs.fleet!.steps.find((s) => s.run?.includes('kubectl scale'))!;
    expect(halt.if).toContain(`steps.${gate.id}.outputs.halt`);
    expect(halt.env?.HALT).toBe(`\${{ steps.${gate.id}.outputs.halt }}`);
    expect(halt.run).not.toContain('${{');
    expect(halt.run).toContain('kubectl version');
    expect(permissions(w, 'fleet')).toMatchObject({ issues: 'write' });
  });
});
