import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';
import { runAction, runCli } from '../helpers/action-runner.js';

const MODEL = 'weights:0.1,0.2,0.3\n';
const release = (digest: string) =>
  tempWorkspace({ 'model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: digest }]), 'model.bin': MODEL, 'policy.yaml': 'require: [lineage]\n' });

describe('the HTML report from the bundle', () => {
  it('action input html writes it atomically and names it in output html', async () => {
    const ws = release(sha256('something else'));
    const r = await runAction(ws, { manifest: 'model-release.yaml', policy: 'policy.yaml', html: 'reports/gate.html' });
    expect(r.status).toBe(1);
    expect(r.outputs.html).toBe('reports/gate.html');
    const page = readFileSync(join(ws, 'reports/gate.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<span class="verdict">blocked</span>');
    expect(page).toContain('lineage/artifact-digest-mismatch');
    // The run named by the runner's environment is linked.
    expect(page).toContain('href="https://github.com/acme/models/actions/runs/42"');
    // Written through a temporary file and a rename: nothing else is left in the folder.
    expect(readdirSync(join(ws, 'reports'))).toEqual(['gate.html']);
  });

  it('without the input, writes none and the output is empty', async () => {
    const ws = release(sha256(MODEL));
    const r = await runAction(ws, { manifest: 'model-release.yaml', policy: 'policy.yaml' });
    expect(r.status).toBe(0);
    expect(r.outputs.html).toBe('');
  });

  // Once "a path outside the workspace is a configuration error": output paths may now lie outside it
  // (test/e2e/output-paths.test.ts); a path that cannot be written still is one, before the gate.
  it('CLI --html writes it; a path that is a folder is a configuration error (exit 2)', () => {
    const ws = release(sha256(MODEL));
    const ok = runCli(['check', '--html', 'out/r.html'], ws);
    expect(ok.status, ok.stderr).toBe(0);
    expect(readFileSync(join(ws, 'out/r.html'), 'utf8')).toContain('<span class="verdict">passed</span>');
    const bad = runCli(['check', '--html', 'out'], ws);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^modelgate: error: --html: out is a folder; choose a file path this process can write/m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
