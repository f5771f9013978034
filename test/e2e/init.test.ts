// `modelgate init` through the bundled CLI (dist/cli.js): write, gate, retrain, --update --check, --update.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { huggingfaceProject, mlflowProject, projectPolicy } from '../helpers/ml-projects.js';
import { safetensors } from '../helpers/model-files.js';
import { dirDigest } from '../helpers/workspace.js';

describe('modelgate init through dist/cli.js', () => {
  it('writes a manifest the gate passes, and keeps it current after retraining', () => {
    const dir = huggingfaceProject();
    const init = runCli(['init', '--name', 'bert-ft', '--version', '2.0.0', '--owner', 'nlp@example.com'], dir);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('found: models/bert-ft: Hugging Face model bert (BertForSequenceClassification)');
    expect(init.stdout).toContain('wrote model-release.yaml\n');
    expect(runCli(['check'], dir).status).toBe(0);

    const written = readFileSync(join(dir, 'model-release.yaml'), 'utf8');
    writeFileSync(join(dir, 'models/bert-ft/model-00002-of-00002.safetensors'), safetensors({ 'classifier.weight': { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, Buffer.alloc(8, 1)));
    expect(runCli(['check'], dir).status).toBe(1);
    const stale = runCli(['init', '--update', '--check'], dir);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/^stale: model\.artifacts\[0\] models\/bert-ft: [0-9a-f]{64} -> [0-9a-f]{64}\n/);
    expect(readFileSync(join(dir, 'model-release.yaml'), 'utf8')).toBe(written);
    const update = runCli(['init', '--update'], dir);
    expect(update.status).toBe(0);
    expect(update.stdout).toMatch(/updated model-release\.yaml: 1 digest\n$/);
    expect(runCli(['check'], dir).status).toBe(0);
  });

  it('refuses to overwrite a manifest, one line, exit 2', () => {
    const dir = huggingfaceProject();
    writeFileSync(join(dir, 'model-release.yaml'), '# hand-written\n');
    const r = runCli(['init'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('modelgate: error: model-release.yaml exists; modelgate init --update refreshes its digests, --force overwrites it\n');
  });

  it('a manifest that points at an MLflow folder: verified, scanned, its requirements read; blocked once a file changes', () => {
    const dir = mlflowProject();
    const digest = dirDigest(join(dir, 'models/fraud'), ['MLmodel', 'model.pkl', 'conda.yaml', 'python_env.yaml', 'requirements.txt', 'input_example.json']);
    writeFileSync(join(dir, 'model-release.yaml'), `apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata: { name: fraud, version: 1.0.0, owner: ml@example.com }\nmodel:\n  mlflow: { path: models/fraud, sha256: ${digest} }\n`);
    writeFileSync(join(dir, 'policy.yaml'), projectPolicy());
    const ok = runCli(['check', '--policy', 'policy.yaml', '--format', 'json'], dir);
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout) as { checks: Array<{ id: string; status: string; facts: { files?: Array<{ file: string }>; verified?: number } }> };
    const of = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(of('lineage').facts.verified).toBe(1);
    expect(of('dependency').facts.files?.map((f) => f.file)).toEqual(['models/fraud/requirements.txt', 'models/fraud/conda.yaml']);
    writeFileSync(join(dir, 'models/fraud/requirements.txt'), 'mlflow==2.9.2\n');
    const changed = runCli(['check', '--policy', 'policy.yaml'], dir);
    expect(changed.status).toBe(1);
    expect(changed.stdout + changed.stderr).toContain('lineage/artifact-digest-mismatch');
  });
});
