// `modelgate init` on the three layouts ML teams have (MLflow, Hugging Face, DVC): the manifest it writes,
// then the gate on it once the placeholders are filled by flags; `init --update [--check]` after retraining;
// bad input. The digests are recomputed here independently of src/ (sha256 of bytes, the directory digest
// by its definition), so a manifest that passes names exactly what the lineage check computes.
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dvcProject, huggingfaceProject, mlflowProject, mlflowRunFolder, projectPolicy, sklearnPickle } from '../../helpers/ml-projects.js';
import { runCli } from '../../helpers/release.js';
import { HOSTILE } from '../../helpers/hostile.js';
import { permissionsApply } from '../../helpers/unreadable.js';
import { dirDigest, sha256, tempWorkspace, writeIn } from '../../helpers/workspace.js';

const META = ['--name', 'fraud', '--version', '1.0.0', '--owner', 'ml-platform@example.com'];

const manifestOf = (dir: string) => readFileSync(join(dir, 'model-release.yaml'), 'utf8');

async function gate(dir: string, policy = 'policy.yaml') {
  return runCli(['check', '--workspace', dir, '--manifest', join(dir, 'model-release.yaml'), '--policy', join(dir, policy), '--format', 'json']);
}

describe('modelgate init on an MLflow model folder', () => {
  it('lists the model folder with the lineage digest, its environment files and the predictions; the gate passes once the columns are given', async () => {
    const dir = mlflowProject();
    const r = await runCli(['init', dir, ...META, '--label', 'label', '--prediction', 'pred', '--sensitive', 'region']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('found: models/fraud: MLflow model, flavors python_function, sklearn; model file model.pkl; signature inputs 2, outputs 1; input example input_example.json');
    const files = ['MLmodel', 'model.pkl', 'conda.yaml', 'python_env.yaml', 'requirements.txt', 'input_example.json'];
    const m = parse(manifestOf(dir));
    expect(m.model.artifacts).toEqual([{ path: 'models/fraud', sha256: dirDigest(join(dir, 'models/fraud'), files), format: 'pickle', name: 'fraud' }]);
    expect(m.dependencies.lockfiles).toEqual(['models/fraud/requirements.txt', { path: 'models/fraud/conda.yaml', format: 'environment.yml' }]);
    expect(m.evaluation).toEqual({ predictions: 'eval/predictions.csv', label: 'label', prediction: 'pred', sensitiveFeatures: ['region'] });
    expect(manifestOf(dir)).toMatch(/^ {4}# MLflow model, flavors python_function, sklearn;/m);
    writeIn(dir, 'policy.yaml', projectPolicy());
    const g = await gate(dir);
    expect(g.stderr).not.toMatch(/error/);
    expect(JSON.parse(g.stdout)).toMatchObject({ verdict: 'passed' });
    expect(JSON.parse(g.stdout).checks.find((c: { id: string }) => c.id === 'lineage').facts).toMatchObject({ verified: 1 });
    expect(g.code).toBe(0);
  });

  it('leaves what it cannot read as null placeholders that the gate rejects at their line', async () => {
    const dir = mlflowProject();
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote .*model-release\.yaml: 6 placeholders to fill \(null, marked TODO\)\n$/);
    const text = manifestOf(dir);
    expect(text).toContain("  name: null # TODO: fill in, the gate rejects null: the model's name (--name)\n");
    expect(text).toContain('  label: null # TODO: fill in, the gate rejects null: the column of true labels (--label)\n');
    const g = await runCli(['check', '--workspace', dir, '--manifest', join(dir, 'model-release.yaml')]);
    expect(g.code).toBe(2);
    expect(g.stderr).toBe('modelgate: error: model-release.yaml:7:9: metadata.name: expected string, received null (and 5 more problems)\n');
  });
});

describe('modelgate init on an MLflow run folder', () => {
  it("reads the run's latest metric values into model.metrics beside the logged model", async () => {
    const dir = mlflowRunFolder();
    const r = await runCli(['init', dir, ...META]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('found: metrics: MLflow run metrics accuracy=0.934, val/log_loss=0.27\n');
    const m = parse(manifestOf(dir));
    expect(m.model.artifacts.map((a: { path: string }) => a.path)).toEqual(['artifacts/model']);
    expect(m.model.metrics).toEqual({ accuracy: 0.934, 'val/log_loss': 0.27 });
    expect(manifestOf(dir)).toContain('  # latest values logged in the MLflow run\n  metrics:\n');
    writeIn(dir, 'policy.yaml', projectPolicy());
    const g = await gate(dir);
    expect(JSON.parse(g.stdout)).toMatchObject({ verdict: 'passed' });
  });

  it('a malformed metric file is said and left out', async () => {
    const dir = mlflowRunFolder();
    writeIn(dir, 'metrics/accuracy', 'not a metric\n');
    const r = await runCli(['init', dir, ...META]);
    expect(r.stdout).toContain('not decided: metrics/accuracy: not an MLflow metric line ("<timestamp> <value> [<step>]"); metric accuracy left out\n');
    expect(parse(manifestOf(dir)).model.metrics).toEqual({ 'val/log_loss': 0.27 });
  });
});

describe('modelgate init on a Hugging Face folder', () => {
  it('takes the folder as one artifact (shards, index, tokenizer, card) and README.md as the model card', async () => {
    const dir = huggingfaceProject();
    const r = await runCli(['init', dir, ...META]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('found: models/bert-ft/model.safetensors.index.json: 2 shards\n');
    expect(r.stdout).toContain('found: models/bert-ft/README.md: model card; license apache-2.0; datasets imdb; metrics accuracy\n');
    const files = ['config.json', 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors', 'model.safetensors.index.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt', 'README.md'];
    const m = parse(manifestOf(dir));
    expect(m.model).toEqual({ artifacts: [{ path: 'models/bert-ft', sha256: dirDigest(join(dir, 'models/bert-ft'), files), format: 'safetensors', name: 'bert-ft' }], card: 'models/bert-ft/README.md' });
    writeIn(dir, 'policy.yaml', 'failOn: low\nlineage:\n  card: { required: true, fields: [license] }\n');
    const g = await gate(dir);
    expect(JSON.parse(g.stdout)).toMatchObject({ verdict: 'passed' });
    expect(g.code).toBe(0);
  });

  it('says which shard the index names that is missing', async () => {
    const dir = huggingfaceProject();
    writeIn(dir, 'models/bert-ft/model.safetensors.index.json', JSON.stringify({ weight_map: { a: 'model-00001-of-00002.safetensors', b: 'model-00003-of-00003.safetensors' } }));
    const r = await runCli(['init', dir, ...META]);
    expect(r.stdout).toContain('not decided: models/bert-ft/model.safetensors.index.json names the shard model-00003-of-00003.safetensors, which is not in the folder\n');
    expect(manifestOf(dir)).toContain('# - models/bert-ft/model.safetensors.index.json names the shard model-00003-of-00003.safetensors');
  });
});

describe('modelgate init on a DVC project', () => {
  it('records the datasets DVC tracks with their md5 and sha256, the model output, and passes with the registry ids', async () => {
    const dir = dvcProject();
    const r = await runCli(['init', dir, ...META, '--dataset-id', 'data/images=images-v1', '--dataset-id', 'data/raw.csv=raw-v1']);
    expect(r.code).toBe(0);
    const m = parse(manifestOf(dir));
    const images = dirDigest(join(dir, 'data/images'), ['0.txt', '1.txt']);
    const raw = sha256(readFileSync(join(dir, 'data/raw.csv')));
    expect(m.data.training).toEqual([
      { id: 'images-v1', path: 'data/images', sha256: images },
      { id: 'raw-v1', path: 'data/raw.csv', sha256: raw },
    ]);
    expect(m.model.artifacts).toEqual([{ path: 'models/model.joblib', sha256: sha256(sklearnPickle()), format: 'joblib' }]);
    expect(manifestOf(dir)).toContain('    # tracked by dvc.lock, DVC md5 7b1bd3c1e8a4f6b0c2d9e5a3f1b7c8d2.dir\n');
    // Intermediate outputs (data/prepared) and code are not datasets.
    expect(manifestOf(dir)).not.toMatch(/path: (data\/prepared|src\/)/);
    const entry = (id: string, digest: string) => `  - { id: ${id}, sha256: ${digest}, status: vetted, approver: data-gov@example.com, date: 2024-01-10 }`;
    writeIn(dir, 'gov/datasets.yaml', `datasets:\n${entry('images-v1', images)}\n${entry('raw-v1', raw)}\n`);
    writeIn(dir, 'policy.yaml', projectPolicy('gov/datasets.yaml'));
    const g = await gate(dir);
    expect(JSON.parse(g.stdout)).toMatchObject({ verdict: 'passed' });
    expect(g.code).toBe(0);
  });

  it('an MLflow folder inside a DVC output is listed once, as the MLflow folder', async () => {
    const dir = mlflowProject();
    writeIn(dir, 'dvc.lock', "schema: '2.0'\nstages:\n  train:\n    cmd: python train.py\n    deps:\n    - path: train.py\n      md5: 0cc175b9c0f1b6a831c399e269772661\n    outs:\n    - path: models\n      md5: 92eb5ffee6ae2fec3ad71c777531578f.dir\n");
    const r = await runCli(['init', dir, ...META]);
    expect(r.stdout).toContain('found: models: DVC output in dvc.lock, holding models/fraud (listed as that folder)\n');
    expect(parse(manifestOf(dir)).model.artifacts.map((a: { path: string }) => a.path)).toEqual(['models/fraud']);
  });

  it('a dataset not pulled is listed with a null sha256 and said', async () => {
    const dir = dvcProject();
    writeFileSync(join(dir, 'data/raw.csv.dvc'), 'outs:\n- md5: 5d41402abc4b2a76b9719d911017c592\n  path: raw.csv\n- md5: 0cc175b9c0f1b6a831c399e269772661\n  path: extra.csv\n');
    const r = await runCli(['init', dir, ...META]);
    expect(r.stdout).toContain('found: data/extra.csv: dataset tracked by data/raw.csv.dvc (not in the workspace: dvc pull?)\n');
    expect(manifestOf(dir)).toMatch(/path: data\/extra\.csv\n\s+sha256: null # TODO: fill in, the gate rejects null: not in the workspace/);
  });
});

describe('modelgate init on plain files', () => {
  it('lists model files by extension with their format, and lockfiles, SBOMs and the Dockerfile by name', async () => {
    const dir = tempWorkspace({
      'artifacts/classifier.onnx': 'onnx',
      'artifacts/weights.safetensors': 'st',
      'artifacts/scaler.joblib': 'jl',
      'artifacts/model.pkl': 'pk',
      'artifacts/net.pt': 'pt',
      'artifacts/model.keras': 'k',
      'artifacts/embeddings.npy': 'np',
      'requirements.txt': 'numpy==1.26.4\n',
      'sbom.cdx.json': '{}',
      'Dockerfile': 'FROM python:3.12-slim\n',
      'notes.txt': 'not a model',
    });
    const r = await runCli(['init', dir, ...META]);
    expect(r.code).toBe(0);
    const m = parse(manifestOf(dir));
    expect(m.model.artifacts.map((a: { path: string; format: string }) => `${a.path} ${a.format}`)).toEqual([
      'artifacts/classifier.onnx onnx',
      'artifacts/embeddings.npy numpy',
      'artifacts/model.keras keras',
      'artifacts/model.pkl pickle',
      'artifacts/net.pt pytorch',
      'artifacts/scaler.joblib joblib',
      'artifacts/weights.safetensors safetensors',
    ]);
    expect(m.model.artifacts[0].sha256).toBe(sha256('onnx'));
    expect(m.dependencies).toEqual({ lockfiles: ['requirements.txt'], sboms: ['sbom.cdx.json'] });
    expect(m.container).toEqual({ dockerfile: 'Dockerfile' });
  });

  it('hostile file names: written as YAML strings that read back exactly, printed inert', async () => {
    // Names a file system accepts: no '/', no NUL, not too long.
    const names = [...new Set(HOSTILE.map((h) => `${h.replace(/[/\0]/g, '_').slice(0, 200)}.onnx`))].filter((n) => n !== '.onnx');
    const dir = tempWorkspace(Object.fromEntries(names.map((n) => [`m/${n}`, 'x'])));
    const r = await runCli(['init', dir, ...META]);
    expect(r.code).toBe(0);
    const paths = parse(manifestOf(dir)).model.artifacts.map((a: { path: string }) => a.path);
    expect([...paths].sort()).toEqual(names.map((n) => `m/${n}`).sort());
    expect(r.stdout).not.toMatch(/^::/m);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('found: ')).length).toBe(names.length);
  });

  it('says when it found no model', async () => {
    const dir = tempWorkspace({ 'README.md': '# nothing here\n' });
    const r = await runCli(['init', dir]);
    expect(r.stdout).toContain('not decided: no model artifact found');
  });
});

describe('modelgate init --update', () => {
  it('after retraining: --check exits 1 naming the entry and writes nothing; --update fixes the digest and nothing else', async () => {
    const dir = mlflowProject();
    await runCli(['init', dir, ...META, '--label', 'label', '--prediction', 'pred', '--sensitive', 'region']);
    // Hand edits the update must keep byte for byte: a comment, a key, quoting, a prefixed digest.
    const edited = manifestOf(dir)
      .replace('  owner: ml-platform@example.com\n', "  owner: 'ml-platform@example.com'   # on call: #ml-oncall\n  description: Fraud model, retrained weekly\n")
      .replace(/sha256: ([0-9a-f]{64})/, 'sha256: "sha256:$1"  # digest of the folder');
    writeFileSync(join(dir, 'model-release.yaml'), edited);
    const before = /sha256:([0-9a-f]{64})/.exec(edited)![1]!;
    writeFileSync(join(dir, 'models/fraud/model.pkl'), sklearnPickle(3));
    const after = dirDigest(join(dir, 'models/fraud'), ['MLmodel', 'model.pkl', 'conda.yaml', 'python_env.yaml', 'requirements.txt', 'input_example.json']);

    const check = await runCli(['init', '--update', '--check', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`stale: model.artifacts[0] models/fraud: ${before} -> ${after}\n`);
    expect(check.stdout).toMatch(/: 1 digest stale; run modelgate init --update\n$/);
    expect(manifestOf(dir)).toBe(edited);

    const update = await runCli(['init', '--update', dir]);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(`changed: model.artifacts[0] models/fraud: ${before} -> ${after}\n`);
    expect(manifestOf(dir)).toBe(edited.replace(before, after));
    expect(manifestOf(dir)).toContain(`sha256: "sha256:${after}"  # digest of the folder\n`);

    expect((await runCli(['init', '--update', '--check', dir])).code).toBe(0);
    writeIn(dir, 'policy.yaml', projectPolicy());
    const g = await gate(dir);
    expect(JSON.parse(g.stdout)).toMatchObject({ verdict: 'passed' });
  });

  it('names the entry whose path is gone', async () => {
    const dir = dvcProject();
    await runCli(['init', dir, ...META]);
    writeFileSync(join(dir, 'data/raw.csv.dvc'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'data/raw.csv'));
    const r = await runCli(['init', '--update', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^modelgate: error: .*model-release\.yaml:\d+: data\.training\[1\]\.path data\/raw\.csv: not found\n$/);
  });
});

describe('modelgate init: bad input, one line and exit 2', () => {
  it('a file instead of a folder', async () => {
    const ws = tempWorkspace({ 'model.pkl': sklearnPickle() });
    const r = await runCli(['init', join(ws, 'model.pkl')]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `modelgate: error: ${join(ws, 'model.pkl')}: not a folder; expected the project folder to read\n` });
  });

  it('a folder that does not exist', async () => {
    const ws = tempWorkspace();
    const r = await runCli(['init', join(ws, 'nope')]);
    expect(r.stderr).toBe(`modelgate: error: ${join(ws, 'nope')}: no such folder\n`);
    expect(r.code).toBe(2);
  });

  it.skipIf(!permissionsApply)('a folder it cannot list', async () => {
    const dir = mlflowProject();
    chmodSync(join(dir, 'models/fraud'), 0o000);
    try {
      const r = await runCli(['init', dir]);
      expect(r.stderr).toBe('modelgate: error: models/fraud: cannot list this folder: permission denied\n');
      expect(r.code).toBe(2);
    } finally {
      chmodSync(join(dir, 'models/fraud'), 0o755);
    }
  });

  it('a model folder itself (the manifest would change its digest)', async () => {
    const dir = mlflowProject();
    const r = await runCli(['init', join(dir, 'models/fraud')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`modelgate: error: ${join(dir, 'models/fraud')}: this folder is itself a model folder (MLmodel at its top); run modelgate init on the folder above it, where the manifest is not part of the model\n`);
  });

  it('a symbolic link is not followed, and said', async () => {
    const dir = huggingfaceProject();
    symlinkSync('/etc/hostname', join(dir, 'models/link.onnx'));
    const r = await runCli(['init', dir, ...META]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('not decided: models/link.onnx: a symbolic link or special file, not followed\n');
    expect(parse(manifestOf(dir)).model.artifacts.map((a: { path: string }) => a.path)).toEqual(['models/bert-ft']);
  });

  it('an existing manifest is kept without --force, replaced with it', async () => {
    const dir = huggingfaceProject();
    writeIn(dir, 'model-release.yaml', '# mine\n');
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`modelgate: error: ${join(dir, 'model-release.yaml')} exists; modelgate init --update refreshes its digests, --force overwrites it\n`);
    expect(manifestOf(dir)).toBe('# mine\n');
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
    expect(manifestOf(dir)).toContain('path: models/bert-ft');
  });

  it('--update on a manifest nested past the YAML limit', async () => {
    const dir = huggingfaceProject();
    writeIn(dir, 'model-release.yaml', `${'['.repeat(300)}${']'.repeat(300)}\n`);
    const r = await runCli(['init', '--update', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^modelgate: error: .*model-release\.yaml:1(:\d+)?: YAML nesting is deeper than 256 levels/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('--help prints the usage with the options of init', async () => {
    const r = await runCli(['init', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('modelgate init --update [--check] [--manifest F] [DIR]');
    expect(r.stdout).toContain('--dataset-id PATH=ID');
  });

  it('--check without --update, and --update without a manifest', async () => {
    const dir = dvcProject();
    expect((await runCli(['init', '--check', dir])).stderr).toBe('modelgate: error: --check goes with --update (modelgate init --update --check)\n');
    const r = await runCli(['init', '--update', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^modelgate: error: .*model-release\.yaml: no manifest to update; modelgate init writes one\n$/);
  });
});
