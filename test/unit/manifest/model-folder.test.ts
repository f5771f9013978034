// `model: { mlflow: DIR }` and `model: { huggingface: DIR }`: the manifest points at a model folder and the
// lineage and dependency checks read it (directory digest, model files scanned, card, environment files),
// through the CLI as a user runs it. Digests are recomputed here by the definition (workspace helper).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { huggingfaceProject, mlflowProject, projectPolicy, sklearnPickle } from '../../helpers/ml-projects.js';
import { P } from '../../helpers/model-files.js';
import { runCli } from '../../helpers/release.js';
import { dirDigest, writeIn } from '../../helpers/workspace.js';

const MLFLOW_FILES = ['MLmodel', 'model.pkl', 'conda.yaml', 'python_env.yaml', 'requirements.txt', 'input_example.json'];
const HF_FILES = ['config.json', 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors', 'model.safetensors.index.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt', 'README.md'];

function manifest(model: string): string {
  return `apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata:\n  name: fraud\n  version: 1.0.0\n  owner: ml-platform@example.com\nmodel:\n${model}`;
}

interface Finding {
  ruleId: string;
  message: string;
  evidence?: string;
  location?: { line?: number };
  violation: boolean;
}
interface Check {
  id: string;
  status: string;
  facts: Record<string, unknown>;
  findings: Finding[];
}
interface Out {
  verdict: string;
  checks: Check[];
  /** The findings that block, gathered from every check. */
  violations: Finding[];
}

async function gate(dir: string, model: string, policy = projectPolicy()): Promise<{ code: number; out: Out; stderr: string }> {
  writeIn(dir, 'model-release.yaml', manifest(model));
  writeIn(dir, 'policy.yaml', policy);
  const r = await runCli(['check', '--workspace', dir, '--manifest', join(dir, 'model-release.yaml'), '--policy', join(dir, 'policy.yaml'), '--format', 'json']);
  const out = (r.stdout ? JSON.parse(r.stdout) : { checks: [] }) as Out;
  out.violations = out.checks.flatMap((c) => c.findings.filter((f) => f.violation));
  return { code: r.code, out, stderr: r.stderr };
}

const check = (out: Out, id: string): Check => out.checks.find((c) => c.id === id)!;

describe('model: { mlflow: DIR }', () => {
  it('verifies the folder by its directory digest, scans its pickle, and reads requirements.txt and conda.yaml as dependencies', async () => {
    const dir = mlflowProject();
    const digest = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    const { code, out, stderr } = await gate(dir, `  mlflow:\n    path: models/fraud\n    sha256: ${digest}\n`);
    expect(stderr).not.toMatch(/error/);
    expect(out.verdict).toBe('passed');
    expect(code).toBe(0);
    const lineage = check(out, 'lineage').facts;
    expect(lineage.artifacts).toEqual([expect.objectContaining({ path: 'models/fraud', name: 'fraud', kind: 'directory', files: 6, sha256: digest, expected: digest, ok: true })]);
    expect(lineage.modelScan).toMatchObject({ files: 6, scanned: 1, dangerous: 0 });
    const dependency = check(out, 'dependency');
    expect(dependency.status).toBe('passed');
    const files = (dependency.facts.files as Array<{ file: string }>).map((f) => f.file);
    expect(files).toEqual(['models/fraud/requirements.txt', 'models/fraud/conda.yaml']);
  });

  it('blocks on a pickle that calls a dangerous global on load, naming it, with the folder as the artifact', async () => {
    const dir = mlflowProject();
    writeIn(dir, 'models/fraud/model.pkl', P.of().proto(2).global('builtins', 'eval').shortBinUnicode('1+1').tuple1().reduce().stop().bytes());
    const digest = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    const { code, out } = await gate(dir, `  mlflow: { path: models/fraud, sha256: ${digest} }\n`);
    expect(code).toBe(1);
    expect(out.violations.map((v) => v.ruleId)).toContain('lineage/unsafe-global');
    expect(JSON.stringify(out.violations)).toContain('builtins.eval');
  });

  it('short form: read, but not pinned: blocked with the digest to record, at the pointer line', async () => {
    const dir = mlflowProject();
    const digest = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    const { code, out } = await gate(dir, '  mlflow: models/fraud\n');
    expect(code).toBe(1);
    const v = out.violations.find((x) => x.ruleId === 'lineage/artifact-unpinned')!;
    expect(v.message).toBe('model folder "models/fraud" is read but not pinned: no sha256 is recorded beside it');
    expect(v.evidence).toBe(`its directory digest now: ${digest}`);
    expect(v.location?.line).toBe(8);
    expect(check(out, 'lineage').facts.artifacts).toEqual([expect.objectContaining({ expected: null, ok: false })]);
  });

  it('a retrained file changes the folder digest: a mismatch at the sha256 line; init --update refreshes it in place', async () => {
    const dir = mlflowProject();
    const before = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    writeIn(dir, 'models/fraud/requirements.txt', 'mlflow==2.9.2\nscikit-learn==1.3.2\nnumpy==1.26.4\n');
    const { code, out } = await gate(dir, `  # the fraud model, as MLflow saved it\n  mlflow:\n    path: models/fraud\n    sha256: ${before} # recorded at training\n`);
    expect(code).toBe(1);
    const v = out.violations.find((x) => x.ruleId === 'lineage/artifact-digest-mismatch')!;
    expect(v.location?.line).toBe(11);
    const text = readFileSync(join(dir, 'model-release.yaml'), 'utf8');
    const stale = await runCli(['init', '--update', '--check', dir]);
    expect(stale.code).toBe(1);
    expect(stale.stdout + stale.stderr).toContain('model.mlflow');
    const fixed = await runCli(['init', '--update', dir]);
    expect(fixed.code).toBe(0);
    const after = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    expect(readFileSync(join(dir, 'model-release.yaml'), 'utf8')).toBe(text.replace(before, after));
  });

  it('a folder that is not an MLflow model is a configuration error at the pointer', async () => {
    const dir = huggingfaceProject();
    const { code, stderr } = await gate(dir, '  mlflow: models/bert-ft\n');
    expect(code).toBe(2);
    // Both checks read the folder, and each says so at the pointer.
    const says = (id: string) => `modelgate: error: model-release.yaml:8:11: check "${id}" could not run: model.mlflow: "models/bert-ft" is not an MLflow model folder (an MLmodel file at its top)`;
    expect(stderr.trim().split('\n').sort()).toEqual([says('dependency'), says('lineage')]);
  });

  it('both pointers at once is a configuration error', async () => {
    const dir = mlflowProject();
    const { code, stderr } = await gate(dir, '  mlflow: models/fraud\n  huggingface: models/fraud\n');
    expect(code).toBe(2);
    expect(stderr).toContain('model-release.yaml:9:');
    expect(stderr).toContain('name one model folder, `mlflow` or `huggingface`, not both');
  });

  it('a digest of the wrong shape is named at its line, not as "Invalid input"', async () => {
    const dir = mlflowProject();
    const { code, stderr } = await gate(dir, '  mlflow: { path: models/fraud, sha256: 1234 }\n');
    expect(code).toBe(2);
    expect(stderr).toContain('model-release.yaml:8:');
    expect(stderr).toContain('model.mlflow.sha256: expected');
  });

  it('the last known-good release named the folder too: the diff shows it changed', async () => {
    const dir = mlflowProject();
    const before = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    writeIn(dir, 'releases/1.0.0/model-release.yaml', manifest(`  mlflow: { path: models/fraud, sha256: ${before} }\n`));
    writeIn(dir, 'models/fraud/model.pkl', sklearnPickle(1));
    const after = dirDigest(join(dir, 'models/fraud'), MLFLOW_FILES);
    const { out } = await gate(dir, `  mlflow: { path: models/fraud, sha256: ${after} }\n  baseline: { manifest: releases/1.0.0/model-release.yaml }\n`);
    const changes = (check(out, 'lineage').facts.baseline as { changes: Array<Record<string, unknown>> }).changes;
    expect(changes).toContainEqual({ kind: 'artifact', item: 'models/fraud', change: 'changed', before, after });
  });

  it('a missing folder is a missing artifact (a finding), not a pass', async () => {
    const dir = mlflowProject();
    const { code, out, stderr } = await gate(dir, `  mlflow: { path: models/gone, sha256: ${'a'.repeat(64)} }\n`);
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(1);
    expect(out.violations.map((v) => v.ruleId)).toContain('lineage/artifact-missing');
  });
});

describe('model: { huggingface: DIR }', () => {
  const required = (fields: string) => `${projectPolicy().replace('lineage:\n', `lineage:\n  card: { required: true, fields: [${fields}] }\n`)}`;

  it('verifies the folder, scans its safetensors shards and reads README.md as the model card', async () => {
    const dir = huggingfaceProject();
    const digest = dirDigest(join(dir, 'models/bert-ft'), HF_FILES);
    const { code, out } = await gate(dir, `  huggingface: { path: models/bert-ft, sha256: ${digest} }\n`, required('license, datasets'));
    expect(out.violations).toEqual([]);
    expect(code).toBe(0);
    const lineage = check(out, 'lineage').facts;
    expect(lineage.card).toEqual({ path: 'models/bert-ft/README.md', fields: [{ name: 'license', present: true }, { name: 'datasets', present: true }] });
    expect(lineage.artifacts).toEqual([expect.objectContaining({ path: 'models/bert-ft', kind: 'directory', files: 9, sha256: digest, ok: true })]);
    expect(lineage.modelScan).toMatchObject({ dangerous: 0, suspicious: 0 });
    expect(check(out, 'dependency').status).toBe('skipped');
  });

  it('a card field the policy requires and the README lacks is a finding in the README', async () => {
    const dir = huggingfaceProject();
    const digest = dirDigest(join(dir, 'models/bert-ft'), HF_FILES);
    const { code, out } = await gate(dir, `  huggingface: { path: models/bert-ft, sha256: ${digest} }\n`, required('license, intended_use'));
    expect(code).toBe(1);
    expect(out.violations.map((v) => v.ruleId)).toEqual(['lineage/card-field-missing']);
    expect(out.violations[0]!.message).toContain('"intended_use"');
  });

  it('model.card given beside the pointer wins over the README', async () => {
    const dir = huggingfaceProject();
    writeIn(dir, 'CARD.md', '---\nlicense: mit\n---\n# card\n');
    const digest = dirDigest(join(dir, 'models/bert-ft'), HF_FILES);
    const { out } = await gate(dir, `  huggingface: { path: models/bert-ft, sha256: ${digest} }\n  card: CARD.md\n`, required('license'));
    expect(check(out, 'lineage').facts.card).toMatchObject({ path: 'CARD.md' });
  });
});
