// The titanic release pipeline, end to end: Discovery → Protection → Training → Enforcement → Auditing.
// Run by `npm run example` (pipeline.mjs bundles this file and calls main). Every gate decision is
// taken by the ModelGate CLI (dist/cli.js, or --cli); this file only prepares the release and checks
// that each decision is the expected one. Exit code 0 only when every outcome is as expected.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { claimOutputFolder, outcomes, stage } from '../pipeline-kit.js';
import { buildImage, IMAGE_REPOSITORY } from './image.js';
import { FEATURES, train } from './train.js';

const RELEASE = { name: 'titanic-survival', version: '1.5.0', owner: 'ml-platform@example.com' };
const DATASET_ID = 'titanic-train-pseudonymised';
/** The builder id the provenance names and policy.yaml trusts. */
const BUILDER_ID = 'https://modelgate.dev/examples/titanic/pipeline@v1';
/** Used when MODELGATE_PII_KEY is unset: public, so the pseudonyms of a demo run protect nothing. */
const DEMO_KEY = 'modelgate-titanic-demo-key-NOT-SECRET';
/** Folders and files the pipeline writes in its output folder (removed at the start of a run). */
const OUTPUTS = ['data', 'model', 'build', 'deploy', 'verdicts', 'audit', 'model-release.yaml', 'fleet.yaml', 'datasets.yaml', 'policy.yaml', 'policy.waived.yaml'];

export const HELP = `npm run example [-- options]   (node examples/titanic/pipeline.mjs [options])

Runs the titanic release pipeline from the repository root: Discovery, Protection, Training,
Enforcement (blocked, then passed with a waiver; then the deployment gate) and Auditing.

  --data FILE   a Kaggle-style train.csv inside the current folder (default: the seeded generator)
  --out DIR     output folder inside the current folder (default: examples/titanic/out)
  --cli FILE    the ModelGate CLI to run (default: $MODELGATE_CLI or dist/cli.js)
  --prepare-only  stop after packaging (stages 1 to 3): the gate runs elsewhere, e.g. the action in
                the workflows of examples/workflows/
  -h, --help    this text

The pii key comes from MODELGATE_PII_KEY (at least 16 characters); without it a public demo key is
used and the run says so. Exit code 0 when every stage gave its expected outcome, 1 when one did
not, 2 on bad input or a stage that could not run.
`;

interface GateReport {
  verdict: string;
  violations: number;
  checks: Array<{ id: string; status: string; facts?: Record<string, unknown>; findings: Array<{ ruleId: string; target?: string; violation?: boolean; waiver?: unknown }> }>;
  waivers: { applied: unknown[] };
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const posix = (p: string): string => p.split('\\').join('/');

export async function main(argv: string[], exampleDir: string): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, out: { type: 'string' }, cli: { type: 'string' }, 'prepare-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = process.cwd();
  const inside = (p: string, what: string): string => {
    const abs = resolve(root, p);
    const rel = relative(root, abs);
    if (rel.startsWith('..') || resolve(root, rel) !== abs) throw new Error(`${what} ${p}: must be inside the current folder (${root}), the gate's workspace`);
    return abs;
  };
  const out = inside(values.out ?? join(relative(root, exampleDir), 'out'), '--out');
  const cli = resolve(root, values.cli ?? process.env.MODELGATE_CLI ?? join('dist', 'cli.js'));
  if (!existsSync(cli)) throw new Error(`ModelGate CLI not found at ${cli}: run \`npm ci\` in the repository (dist/ is committed), or give --cli`);
  const ws = (abs: string): string => posix(relative(root, abs));
  const o = (...parts: string[]): string => join(out, ...parts);
  const ex = (...parts: string[]): string => join(exampleDir, ...parts);
  const fromOut = (abs: string): string => posix(relative(out, abs));

  const env = { ...process.env };
  if (!env.MODELGATE_PII_KEY) {
    env.MODELGATE_PII_KEY = DEMO_KEY;
    note('MODELGATE_PII_KEY is not set: using the public demo key. Its pseudonyms can be recomputed by anyone; set your own secret key for real data.');
  }
  claimOutputFolder(out, ws(out), 'examples/titanic/pipeline.ts', OUTPUTS);
  const { failures, expect, summary } = outcomes();
  const run = (args: string[], expected: number, what: string): number => {
    console.log(`\n  $ modelgate ${args.join(' ')}`);
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    const code = r.status ?? 2;
    expect(code === expected, `${what}: exit code ${code}${code === expected ? ' (expected)' : `, expected ${expected}`}`);
    return code;
  };
  const today = new Date().toISOString().slice(0, 10);

  // 1. Discovery ------------------------------------------------------------------------------------
  stage('1. Discovery: raw passenger data, scanned and classified');
  let raw: string;
  if (values.data) {
    raw = inside(values.data, '--data');
    console.log(`  raw data: ${ws(raw)} (given with --data)`);
  } else {
    raw = o('data', 'titanic.csv');
    const g = spawnSync(process.execPath, [ex('generate.mjs'), '--out', raw], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    if (g.status !== 0) throw new Error('the generator failed');
    console.log(`  seeded generator: ${g.stdout.trim().split('\n').join('\n  ')}`);
  }

  // 2. Protection (the same pii scan: it classifies while it masks) --------------------------------
  const clean = o('data', 'train.csv');
  const scanReport = o('audit', 'pii-scan.json');
  const scanned = run(['pii', 'scan', ws(raw), '--policy', ws(ex('protect.yaml')), '--mask', ws(clean), '--report-json', ws(scanReport)], 0, 'pii scan of the raw data');
  if (scanned !== 0) throw new Error(`the pii scan failed (exit code ${scanned}; its message is above): nothing to train on`);
  const scan = JSON.parse(readFileSync(scanReport, 'utf8')) as { files: Array<{ records: number; recordsMasked: number; columns: Array<{ name: string; type: string | null; category: string | null; sensitivity: string; quasiIdentifier: boolean; action: string | null }>; kAnonymity?: { k: number | null; groups: number | null } }> };
  const file = scan.files[0]!;
  const sensitive = new Set(['Sex', 'Pclass']);
  console.log('\n  column        type            category   sensitivity  quasi-id  sensitive feature  action');
  for (const c of file.columns.filter((c) => c.type || sensitive.has(c.name))) {
    console.log(`  ${c.name.padEnd(13)} ${(c.type ?? '-').padEnd(15)} ${(c.category ?? '-').padEnd(10)} ${c.sensitivity.padEnd(12)} ${(c.quasiIdentifier ? 'yes' : '').padEnd(9)} ${(sensitive.has(c.name) ? 'yes (bias)' : '').padEnd(18)} ${c.action ?? '-'}`);
  }
  const cls = (name: string) => file.columns.find((c) => c.name === name);
  expect(cls('Name')?.category === 'personal' && cls('Name')?.type === 'person', 'Name is classified as personal data (person)');
  expect(!!cls('Sex')?.quasiIdentifier && !!cls('Age')?.quasiIdentifier, 'Sex and Age are quasi-identifiers');
  if (file.kAnonymity) console.log(`  k-anonymity over Sex+Age: k = ${file.kAnonymity.k} over ${file.kAnonymity.groups} groups (reported; the policy sets no minimum)`);

  stage('2. Protection: names and ticket numbers become keyed pseudonyms');
  expect(cls('Name')?.action === 'mask' && cls('Ticket')?.action === 'mask', 'Name and Ticket masked with HMAC-SHA256 pseudonyms');
  console.log(`  clean training file: ${ws(clean)} (${file.records} records, ${file.recordsMasked} masked); the raw file is not used again`);
  const cleanSha = sha256(readFileSync(clean));

  // 3. Training ---------------------------------------------------------------------------------------
  stage('3. Training: logistic regression on the clean file');
  const modelPath = o('model', 'model.json');
  const predictions = o('data', 'predictions.csv');
  const t = await train({ data: clean, display: ws(clean), modelPath, predictionsPath: predictions, datasetId: DATASET_ID, datasetSha256: cleanSha });
  console.log(`  features: ${FEATURES.join(', ')}`);
  console.log(`  trained on ${t.trainRows} rows, evaluated on ${t.evalRows}: accuracy ${t.accuracy.toFixed(3)}`);
  const modelSha = sha256(t.model);
  const card = o('model', 'README.md');
  writeFileAtomic(card, modelCard(t.accuracy, t.trainRows, t.evalRows, cleanSha));

  // Packaging: image, provenance, dataset registration, release manifest, deployment definition.
  const archive = o('build', 'image.tar');
  const imageDigest = await buildImage({ exampleDir, modelText: t.model, archive, tag: RELEASE.version, created: `${today}T00:00:00Z` });
  const provenance = o('build', 'provenance.intoto.json');
  writeFileAtomic(provenance, `${JSON.stringify(provenanceStatement(fromOut(modelPath), modelSha, ws(clean), cleanSha), null, 2)}\n`);
  writeFileAtomic(o('datasets.yaml'), registry(cleanSha, today));
  const manifest = o('model-release.yaml');
  writeFileAtomic(manifest, releaseManifest({ model: fromOut(modelPath), modelSha, card: fromOut(card), clean: fromOut(clean), cleanSha, predictions: fromOut(predictions), image: `${IMAGE_REPOSITORY}:${RELEASE.version}@sha256:${imageDigest}`, archive: fromOut(archive), provenance: fromOut(provenance), exampleRel: (name) => fromOut(ex(name)) }));
  const policy = YAML.parseDocument(readFileSync(ex('policy.yaml'), 'utf8'));
  policy.setIn(['lineage', 'datasetRegistry'], ws(o('datasets.yaml')));
  writeFileAtomic(o('policy.yaml'), policy.toString());
  writeFileAtomic(o('policy.waived.yaml'), waivedPolicy(policy, readFileSync(ex('waiver.yaml'), 'utf8'), today));
  const isvc = YAML.parseDocument(readFileSync(ex('deploy', 'inferenceservice.yaml'), 'utf8'));
  isvc.setIn(['metadata', 'annotations', 'modelgate.dev/model-sha256'], modelSha);
  writeFileAtomic(o('deploy', 'inferenceservice.yaml'), isvc.toString());
  writeFileAtomic(o('fleet.yaml'), fleetManifest(today));
  console.log(`  model ${fromOut(modelPath)} sha256 ${modelSha}`);
  console.log(`  image ${fromOut(archive)} (OCI layout) sha256:${imageDigest}; provenance ${fromOut(provenance)}; ${DATASET_ID} registered as vetted`);
  if (values['prepare-only']) {
    console.log(`\nPrepared ${ws(manifest)} (policies ${ws(o('policy.yaml'))} and ${ws(o('policy.waived.yaml'))}, fleet ${ws(o('fleet.yaml'))}).`);
    return failures.length === 0 ? 0 : 1;
  }

  // 4. Enforcement --------------------------------------------------------------------------------------
  // The evidence each gate run keeps; the HTML report, metrics and the audit record (one file, a line
  // per run) where the CLI offers them (older CLIs, given with --cli, do not).
  const help = spawnSync(process.execPath, [cli, 'check', '--help'], { encoding: 'utf8' }).stdout ?? '';
  const auditLog = o('audit', 'audit.jsonl');
  const optional = (dir: string): string[] => [
    ...(help.includes('--html') ? ['--html', ws(join(dir, 'report.html'))] : []),
    ...(help.includes('--metrics') ? ['--metrics', ws(join(dir, 'metrics.prom'))] : []),
    ...(help.includes('--audit-log') ? ['--audit-log', ws(auditLog)] : []),
  ];
  // A release gate also writes the release's ML-BOM (CycloneDX 1.6) beside its evidence.
  const bomOf = (dir: string): string[] => (help.includes('--bom') ? ['--bom', ws(join(dir, 'bom.cdx.json'))] : []);
  const gate = (name: string, manifestPath: string, policyPath: string, expected: number, what: string, checks: string[] = []): GateReport => {
    const dir = o('audit', name);
    mkdirSync(dir, { recursive: true });
    const release = checks.length === 0 ? bomOf(dir) : [];
    const evidence = ['--json', ws(join(dir, 'report.json')), '--sarif', ws(join(dir, 'report.sarif')), '--summary', ws(join(dir, 'summary.md')), '--verdict', ws(join(dir, 'verdict.intoto.json')), ...release, ...optional(dir)];
    const code = run(['check', ...checks, '--manifest', ws(manifestPath), '--policy', ws(policyPath), ...evidence], expected, what);
    if (!existsSync(join(dir, 'report.json'))) throw new Error(`${what}: the gate stopped before a verdict (exit code ${code}; its message is above)`);
    return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as GateReport;
  };
  const keepVerdict = (name: string): void => {
    mkdirSync(o('verdicts'), { recursive: true });
    copyFileSync(o('audit', name, 'verdict.intoto.json'), o('verdicts', `${RELEASE.name}-${RELEASE.version}-${name}.intoto.json`));
  };

  stage('4a. Enforcement: the release gate, as shipped (EXPECTED: blocked on the bias limits, exit 1)');
  const blocked = gate('release-blocked', manifest, o('policy.yaml'), 1, 'release gate blocks');
  const violations = blocked.checks.flatMap((c) => c.findings.filter((f) => f.violation).map((f) => `${f.ruleId} ${f.target ?? ''}`.trim()));
  expect(blocked.verdict === 'blocked' && violations.length > 0 && violations.every((v) => v.startsWith('bias/limit-exceeded')), `blocked by the bias limits only: ${violations.join('; ')}`);
  const others = ['dependency', 'container-image', 'pii', 'lineage'];
  expect(others.every((id) => blocked.checks.find((c) => c.id === id)?.status === 'passed'), `${others.join(', ')} pass`);
  keepVerdict('release-blocked');

  stage('4b. Deployment gate with only the blocked verdict (EXPECTED: blocked, endpoint to halt, exit 1)');
  const halted = gate('deploy-blocked', o('fleet.yaml'), ex('fleet-policy.yaml'), 1, 'deployment gate blocks', ['--checks', 'endpoints']);
  const halt = (halted.checks.find((c) => c.id === 'endpoints')?.facts?.halt ?? []) as Array<{ endpoint: string; rules: string[] }>;
  expect(halt.some((h) => h.endpoint === 'ml-prod/titanic-survival'), `halt list: ${halt.map((h) => `${h.endpoint} (${h.rules.join(', ')})`).join('; ') || 'empty'}`);

  stage('4c. Enforcement with the documented waiver (EXPECTED: passed, exit 0)');
  const passed = gate('release-waived', manifest, o('policy.waived.yaml'), 0, 'release gate passes');
  expect(passed.verdict === 'passed' && passed.waivers.applied.length > 0, `passed with ${passed.waivers.applied.length} waiver(s) applied (named in the verdict statement)`);
  keepVerdict('release-waived');

  stage('4d. Deployment gate with the passing verdict (EXPECTED: passed, exit 0)');
  const deployed = gate('deploy-passed', o('fleet.yaml'), ex('fleet-policy.yaml'), 0, 'deployment gate passes', ['--checks', 'endpoints']);
  expect(deployed.verdict === 'passed', 'the endpoint serves a model whose newest verdict passed');

  // 5. Auditing ---------------------------------------------------------------------------------------
  stage('5. Auditing: what this run keeps');
  for (const name of ['release-blocked', 'deploy-blocked', 'release-waived', 'deploy-passed']) {
    console.log(`  ${ws(o('audit', name))}/: ${readdirSync(o('audit', name)).sort().join(', ')}`);
  }
  const bomPath = o('audit', 'release-waived', 'bom.cdx.json');
  if (existsSync(bomPath)) auditBom(bomPath, ws(bomPath), expect);
  if (existsSync(auditLog)) console.log(`  ${ws(auditLog)}: the audit record, one line per gate run (${readFileSync(auditLog, 'utf8').trim().split('\n').length} runs)`);
  console.log(`  ${ws(o('audit', 'pii-scan.json'))}: the discovery and protection report (counts and classes, no values)`);
  console.log(`  ${ws(o('verdicts'))}/: the verdict store the deployment gate reads`);

  return summary();
}

/** What the auditor reads first in the released BOM: what it names, and the exceptions it records. */
function auditBom(path: string, shown: string, expect: (ok: boolean, what: string) => void): void {
  const text = readFileSync(path, 'utf8');
  const bom = JSON.parse(text) as {
    metadata: { component: { name: string; modelCard?: { quantitativeAnalysis?: { performanceMetrics?: Array<{ type: string; slice?: string }> } } } };
    components?: Array<{ type: string; name: string }>;
    vulnerabilities?: unknown[];
    declarations?: { claims?: Array<{ predicate: string }> };
  };
  const components = bom.components ?? [];
  const count = (type: string) => components.filter((c) => c.type === type).length;
  console.log(`  ${shown}: the release's ML-BOM (CycloneDX 1.6): model ${bom.metadata.component.name}, ${count('data')} dataset(s), ${count('library')} libraries, ${count('container')} image(s), ${bom.vulnerabilities?.length ?? 0} vulnerabilities, ${Buffer.byteLength(text)} bytes`);
  const fairness = bom.metadata.component.modelCard?.quantitativeAnalysis?.performanceMetrics?.filter((m) => m.slice) ?? [];
  const waived = bom.declarations?.claims?.filter((c) => c.predicate.includes('accepted by a waiver')) ?? [];
  expect(components.some((c) => c.type === 'data' && c.name === DATASET_ID) && fairness.length > 0 && waived.length > 0, `the BOM names ${DATASET_ID}, carries ${fairness.length} fairness figures in the model card and ${waived.length} waived findings as declarations`);
}

function note(message: string): void {
  console.log(`note: ${message}`);
}

/** SLSA Provenance v1 of the model artifact: built by this pipeline from the clean training file. */
function provenanceStatement(modelName: string, modelSha: string, cleanPath: string, cleanSha: string): unknown {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: modelName, digest: { sha256: modelSha } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: {
        buildType: 'https://modelgate.dev/examples/titanic/train@v1',
        externalParameters: { features: FEATURES, trainShare: 0.7 },
        resolvedDependencies: [{ name: DATASET_ID, uri: `file:${cleanPath}`, digest: { sha256: cleanSha } }],
      },
      runDetails: { builder: { id: BUILDER_ID } },
    },
  };
}

/** The model card: what the release is for and not for, which the waiver's reason relies on. */
function modelCard(accuracy: number, trainRows: number, evalRows: number, cleanSha: string): string {
  return `---
license: Apache-2.0
datasets: [${DATASET_ID}]
dataset_sha256: ${cleanSha}
---
# ${RELEASE.name} ${RELEASE.version}

Logistic regression predicting whether a passenger of a Titanic-shaped list survived, from sex, ticket
class, age, family aboard, fare and port of embarkation.

## Intended use

Teaching and demonstration of a governed release pipeline. It describes who survived in historical (or
synthetic, historical-shaped) data.

## Limitations

It reads Sex and Pclass and reproduces the disparities of the data ("women and children first", deck
access by class): it fails the release policy's demographic-parity and equalized-odds limits, which are
waived for this use only. It must not be used for decisions about people.

## Evaluation

Accuracy ${accuracy.toFixed(3)} on the ${evalRows} held-out rows (trained on ${trainRows}); per-group rates and
disparities are in the gate's bias report.
`;
}

function registry(cleanSha: string, today: string): string {
  return `# Vetted-dataset registry of the titanic pipeline. In a real setup this is the data-governance
# team's file, changed by reviewed pull requests; the pipeline registers the clean file it made.
datasets:
  - id: ${DATASET_ID}
    sha256: ${cleanSha}
    status: vetted
    approver: data-governance@example.com
    date: ${today}
`;
}

/** The release manifest of a run (paths relative to the output folder). */
export function releaseManifest(p: { model: string; modelSha: string; card: string; clean: string; cleanSha: string; predictions: string; image: string; archive: string; provenance: string; exampleRel: (name: string) => string }): string {
  return `# Release manifest written by the titanic pipeline for this run (examples/titanic/pipeline.ts).
apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata:
  name: ${RELEASE.name}
  version: ${RELEASE.version}
  owner: ${RELEASE.owner}
  description: Logistic-regression survival model trained on pseudonymised Titanic-shaped data.
model:
  artifacts:
    - name: titanic-logreg
      path: ${p.model}
      format: json
      sha256: ${p.modelSha}
  card: ${p.card}
  provenance:
    - path: ${p.provenance}
data:
  scan:
    - path: ${p.clean}               # pii: the training file must hold no personal data
  training:
    - id: ${DATASET_ID}              # the clean file, registered as vetted; never the raw one
      path: ${p.clean}
      sha256: ${p.cleanSha}
evaluation:
  predictions: ${p.predictions}
  label: Survived
  prediction: prediction
  sensitiveFeatures: [Sex, Pclass]   # and their intersection Sex*Pclass
dependencies:
  lockfiles: [${p.exampleRel('requirements.txt')}]
  advisories:
    osvDatabase: ${p.exampleRel('advisories')}
container:
  image: ${p.image}
  archive: ${p.archive}
  dockerfile: ${p.exampleRel('Dockerfile')}
`;
}

export function fleetManifest(today: string): string {
  return `# The serving fleet of the titanic pipeline: endpoint definitions and the verdict store.
apiVersion: modelgate.dev/v1
kind: Fleet
metadata:
  name: titanic-serving
  version: "${today}"
  owner: platform@example.com
endpoints:
  definitions: [deploy/*.yaml]
  verdicts: verdicts/
  environment: production
`;
}

/** policy.yaml plus the overlay's waivers, each expiring 30 days after the run. */
function waivedPolicy(policy: YAML.Document, overlayText: string, today: string): string {
  const overlay = YAML.parse(overlayText) as { waivers: Array<Record<string, unknown>> };
  const expires = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const doc = policy.clone();
  doc.set('waivers', overlay.waivers.map((w) => ({ ...w, expires })));
  return `# policy.yaml + waiver.yaml (written by the titanic pipeline)\n${doc.toString()}`;
}
