import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { runAction } from './runner.js';

const MODEL = 'weights:0.1,0.2,0.3\n';

function release(digest: string) {
  return tempWorkspace({
    'release/model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: digest }]),
    'release/model.bin': MODEL,
    'policy.yaml': 'failOn: low\nrequire: [lineage]\n',
  });
}

describe('the action, run as the runner runs dist/index.js', () => {
  it('passes a release whose artifact matches its digest', async () => {
    const ws = release(sha256(MODEL));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', policy: 'policy.yaml', 'report-json': 'out/report.json', sarif: 'out/gate.sarif' });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'passed', violations: '0', 'report-json': 'out/report.json', sarif: 'out/gate.sarif' });
    expect(r.summary).toMatch(/passed/i);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'passed', manifest: 'release/model-release.yaml', policy: 'policy.yaml', violations: 0 });
    expect(report.checks.find((c: { id: string }) => c.id === 'lineage').facts).toMatchObject({ verified: 1 });
    const sarif = JSON.parse(readFileSync(join(ws, 'out/gate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(r.stdout).toContain('::group::');
  });

  it('blocks a release whose artifact digest differs, with an error annotation on the manifest line', async () => {
    const ws = release(sha256('something else'));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', policy: 'policy.yaml' });
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'blocked', violations: '1', 'report-json': '' });
    // The sha256 of artifact 0 is on line 10 of the manifest.
    expect(r.stdout).toMatch(/^::error title=lineage\/artifact-digest-mismatch \(critical\),file=release\/model-release\.yaml,line=10,/m);
    expect(r.summary).toMatch(/blocked/i);
    expect(r.summary).toContain('lineage/artifact-digest-mismatch');
  });

  it('audit mode reports a blocked verdict without failing the step', async () => {
    const ws = release(sha256('something else'));
    const r = await runAction(ws, { manifest: 'release/model-release.yaml', mode: 'audit' });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('blocked');
  });

  it('a broken manifest is a configuration error: exit 2, one line at file:line:column, no stack trace', async () => {
    const ws = tempWorkspace({ 'model-release.yaml': manifestYaml([]).replace('owner: team@example.com', 'owner: [unclosed') });
    const r = await runAction(ws, {});
    expect(r.status).toBe(2);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/^::error title=ModelGate configuration error,file=model-release\.yaml,line=7,col=1::YAML syntax error/m);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects invalid inputs as configuration errors', async () => {
    const ws = release(sha256(MODEL));
    const bad = await runAction(ws, { manifest: 'release/model-release.yaml', 'fail-on': 'hgh' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('input "fail-on": unknown severity "hgh"; did you mean "high"?');
    const escape = await runAction(ws, { manifest: '../x/model-release.yaml' });
    expect(escape.status).toBe(2);
    expect(escape.stdout).toMatch(/leaves the workspace/);
  });
});
