// Endpoints check on a generated fleet: 5,000 endpoint definitions across every format (KServe,
// Seldon Core 1 with Ingresses, Seldon Core 2 with Ingresses, SageMaker API JSON, CloudFormation,
// ModelGate Endpoint) plus a verdict store, with known planted violations. The gate must report exactly
// the planted violations (asserted) and finish in under 3 s. Beside it, in the same run, a baseline that
// only parses the same files with the `yaml` package (what any YAML-reading tool must at least do), and
// the issue's reference: PyYAML loading the same definition files, both as a plain `yaml.safe_load_all`
// (pure Python, PyYAML's default) and with libyaml's CSafeLoader (C accelerated).
// The verdict statements are DSSE envelopes signed with an ECDSA P-256 key, and the policy requires
// signatures (the check's default), so every statement's signature is verified in the timed run;
// BENCH_ENDPOINTS_UNSIGNED=1 writes plain statements and turns requireSigned off instead.
// BENCH_ENDPOINTS sets the fleet size (default 5000). Each side runs in its own process (own peak RSS).
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeEndpointsCheck } from '../checks/endpoints/index.js';
import { pae } from '../src/attest/verify.js';
import type { Check } from '../src/check.js';
import { runGate } from '../src/gate.js';
import { tuneRuntime } from '../src/runtime-tuning.js';
import { INTOTO_PAYLOAD_TYPE } from '../src/verdict/statement.js';
import { loadVerdictStore } from '../src/verdict/store.js';

const MODELS = 1000;
const SIGNED = process.env.BENCH_ENDPOINTS_UNSIGNED !== '1';
const BUDGET_MS = 3000;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const digestOf = (k: number) => sha(`model-${k}`);
type VerdictState = 'ok' | 'blocked' | 'old' | 'none';
const stateOf = (k: number): VerdictState => (['blocked', 'old', 'none'] as const)[k % 50] ?? 'ok';

/** Deterministic generator (LCG). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

type Platform = 'kserve' | 'seldon' | 'seldon-v2' | 'sagemaker' | 'cfn' | 'modelgate';
const PLANTABLE: Record<Platform, string[]> = {
  kserve: ['authentication-required', 'no-public-exposure', 'model-source-allowed', 'model-pinned', 'request-logging', 'resource-limits', 'owner-label', 'min-replicas'],
  seldon: ['authentication-required', 'tls-required', 'no-public-exposure', 'model-source-allowed', 'model-pinned', 'request-logging', 'resource-limits', 'owner-label', 'min-replicas'],
  'seldon-v2': ['authentication-required', 'tls-required', 'no-public-exposure', 'model-source-allowed', 'model-pinned', 'request-logging', 'resource-limits', 'owner-label', 'min-replicas'],
  sagemaker: ['encryption-key', 'request-logging', 'model-source-allowed', 'model-pinned', 'owner-label', 'min-replicas'],
  cfn: ['encryption-key', 'request-logging', 'model-source-allowed', 'model-pinned', 'owner-label', 'min-replicas'],
  modelgate: ['authentication-required', 'tls-required', 'no-public-exposure', 'encryption-key', 'request-logging', 'resource-limits', 'owner-label', 'min-replicas', 'model-source-allowed', 'model-pinned'],
};

interface Planned {
  name: string;
  platform: Platform;
  k: number;
  plant: string | null;
}

/** Writes the fleet; returns the expected findings as "ruleId|target" and counts. */
function generate(root: string, total: number): { expected: Set<string>; files: number; planted: Record<string, number> } {
  const rand = rng(7);
  const shares: Array<[Platform, number]> = [['kserve', 0.4], ['seldon', 0.15], ['seldon-v2', 0.15], ['sagemaker', 0.1], ['cfn', 0.1], ['modelgate', 0.1]];
  const plan: Planned[] = [];
  let i = 0;
  for (const [platform, share] of shares) {
    const n = platform === 'modelgate' ? total - plan.length : Math.round(total * share);
    for (let j = 0; j < n; j++, i++) {
      const list = PLANTABLE[platform];
      plan.push({ name: `ep-${i}`, platform, k: Math.floor(rand() * MODELS), plant: rand() < 0.3 ? list[Math.floor(rand() * list.length)]! : null });
    }
  }
  const expected = new Set<string>();
  const planted: Record<string, number> = {};
  const files = new Map<string, string[]>();
  const add = (file: string, doc: string) => files.set(file, [...(files.get(file) ?? []), doc]);
  const ns = (p: Planned) => `ns-${Number(p.name.slice(3)) % 20}`;
  const target = (p: Planned) => (p.platform === 'sagemaker' || p.platform === 'cfn' || p.platform === 'modelgate' ? p.name : `${ns(p)}/${p.name}`);

  for (const p of plan) {
    const d = digestOf(p.k);
    const has = (r: string) => p.plant === r;
    const noDigest = has('model-pinned');
    if (p.plant) {
      expected.add(`endpoints/${p.plant}|${target(p)}`);
      planted[p.plant] = (planted[p.plant] ?? 0) + 1;
    }
    if (noDigest || stateOf(p.k) !== 'ok') {
      expected.add(`endpoints/model-verdict|${target(p)}`);
      planted['model-verdict'] = (planted['model-verdict'] ?? 0) + 1;
    }
    const n = Number(p.name.slice(3));
    const owner = has('owner-label') ? '' : `    owner: team-${n % 20}\n`;
    const replicas = has('min-replicas') ? 1 : 2;
    if (p.platform === 'kserve') {
      const uri = has('model-source-allowed') ? `oci://docker.io/library/m${p.k}@sha256:${d}` : noDigest ? `oci://registry.example.com/models/m${p.k}:latest` : `oci://registry.example.com/models/m${p.k}@sha256:${d}`;
      add(
        `defs/kserve/batch-${Math.floor(n / 10)}.yaml`,
        `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: ${p.name}
  namespace: ${ns(p)}
  labels:
${owner}    environment: production
${has('no-public-exposure') ? '' : '    networking.kserve.io/visibility: cluster-local\n'}  annotations:
    serving.kserve.io/enable-auth: "${has('authentication-required') ? 'false' : 'true'}"
spec:
  predictor:
    minReplicas: ${replicas}
${has('request-logging') ? '' : '    logger:\n      mode: all\n      url: http://payload-logger.logging/\n'}    model:
      modelFormat:
        name: sklearn
      storageUri: ${uri}
${has('resource-limits') ? '' : '      resources:\n        limits:\n          cpu: "1"\n          memory: 2Gi\n'}`,
      );
    } else if (p.platform === 'seldon' || p.platform === 'seldon-v2') {
      const uri = has('model-source-allowed') ? `s3://scratch-bucket/m${p.k}/3/` : noDigest ? `s3://models-prod/m${p.k}/` : `s3://models-prod/m${p.k}/3/`;
      const digestAnn = noDigest ? '' : `    modelgate.dev/model-sha256: "${d}"\n`;
      const file = `defs/${p.platform}/batch-${Math.floor(n / 5)}.yaml`;
      if (p.platform === 'seldon') {
        add(
          file,
          `apiVersion: machinelearning.seldon.io/v1
kind: SeldonDeployment
metadata:
  name: ${p.name}
  namespace: ${ns(p)}
  labels:
${owner}    environment: production
  annotations:
${digestAnn || '    note: none\n'}spec:
  predictors:
    - name: default
      replicas: ${replicas}
      graph:
        name: model
        implementation: SKLEARN_SERVER
        modelUri: ${uri}
${has('request-logging') ? '' : '        logger:\n          mode: all\n'}      componentSpecs:
        - spec:
            containers:
              - name: model
${has('resource-limits') ? '' : '                resources:\n                  limits: { cpu: "1", memory: 2Gi }\n'}`,
        );
      } else {
        add(
          file,
          `apiVersion: mlops.seldon.io/v1alpha1
kind: Model
metadata:
  name: ${p.name}
  namespace: ${ns(p)}
  labels:
${owner}    environment: production
  annotations:
${digestAnn || '    note: none\n'}spec:
  storageUri: ${uri}
  requirements: [sklearn]
${has('resource-limits') ? '' : '  memory: 1Gi\n'}  replicas: ${replicas}
${has('request-logging') ? '' : '  logger:\n    percent: 100\n'}`,
        );
      }
      const backend = p.platform === 'seldon' ? `${p.name}-default` : 'seldon-mesh';
      add(
        file,
        `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${p.name}
  namespace: ${ns(p)}
  annotations:
    alb.ingress.kubernetes.io/scheme: ${has('no-public-exposure') ? 'internet-facing' : 'internal'}
${has('authentication-required') ? '' : '    alb.ingress.kubernetes.io/auth-type: oidc\n'}${has('tls-required') ? '' : '    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc\n'}${p.platform === 'seldon-v2' ? `    modelgate.dev/endpoint: ${p.name}\n` : ''}spec:
  ingressClassName: alb
  rules:
    - host: ${p.name}.internal.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${backend}
                port: { number: 8000 }
`,
      );
    } else if (p.platform === 'sagemaker' || p.platform === 'cfn') {
      const uri = has('model-source-allowed') ? `s3://scratch-bucket/m${p.k}/3/model.tar.gz` : noDigest ? `s3://models-prod/m${p.k}/model.tar.gz` : `s3://models-prod/m${p.k}/3/model.tar.gz`;
      const tags = [...(has('owner-label') ? [] : [{ Key: 'owner', Value: `team-${n % 20}` }]), { Key: 'environment', Value: 'production' }];
      const config = {
        ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: `model-${p.name}`, InitialInstanceCount: replicas, InstanceType: 'ml.m5.xlarge' }],
        ...(has('encryption-key') ? {} : { KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/k1' }),
        ...(has('request-logging')
          ? {}
          : { DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 100, DestinationS3Uri: 's3://capture/x', KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/k2', CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] } }),
        Tags: tags,
      };
      const model = {
        PrimaryContainer: { Image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgb:1.7-1', ModelDataUrl: uri },
        EnableNetworkIsolation: true,
        Tags: noDigest ? [] : [{ Key: 'modelgate.dev/model-sha256', Value: d }],
      };
      if (p.platform === 'sagemaker') {
        add(`defs/sagemaker/${p.name}-config.json`, JSON.stringify({ EndpointConfigName: p.name, ...config }, null, 2));
        add(`defs/sagemaker/${p.name}-model.json`, JSON.stringify({ ModelName: `model-${p.name}`, ...model }, null, 2));
      } else {
        const file = `defs/cfn/stack-${Math.floor(n / 5)}.json`;
        const id = p.name.replace(/-/g, '');
        const res = {
          [`${id}Model`]: { Type: 'AWS::SageMaker::Model', Properties: { ModelName: `model-${p.name}`, ...model } },
          [`${id}Config`]: { Type: 'AWS::SageMaker::EndpointConfig', Properties: { ...config, ProductionVariants: [{ ...config.ProductionVariants[0], ModelName: { 'Fn::GetAtt': [`${id}Model`, 'ModelName'] } }] } },
          [`${id}Endpoint`]: { Type: 'AWS::SageMaker::Endpoint', Properties: { EndpointName: p.name, EndpointConfigName: { 'Fn::GetAtt': [`${id}Config`, 'EndpointConfigName'] } } },
        };
        add(file, JSON.stringify(res));
      }
    } else {
      const uri = has('model-source-allowed') ? `oci://ghcr.io/someone/m${p.k}:3` : noDigest ? `oci://registry.example.com/models/m${p.k}` : `oci://registry.example.com/models/m${p.k}:3`;
      add(
        `defs/modelgate/batch-${Math.floor(n / 10)}.yaml`,
        `apiVersion: modelgate.dev/v1
kind: Endpoint
metadata:
  name: ${p.name}
  labels:
${owner}    environment: production
spec:
  platform: vertex-ai
  model:
    uri: ${uri}
${noDigest ? '' : `    digest: sha256:${d}\n`}  authentication: { enabled: ${!has('authentication-required')}, mechanism: iam }
  tls: ${!has('tls-required')}
  exposure: ${has('no-public-exposure') ? 'public' : 'internal'}
  encryption: { keys: [${has('encryption-key') ? '' : 'projects/p/locations/eu/keyRings/r/cryptoKeys/k'}] }
  logging: { requests: true, responses: ${!has('request-logging')} }
  replicas: { min: ${replicas} }
${has('resource-limits') ? '' : '  resources: { cpu: "2", memory: 4Gi }\n'}`,
      );
    }
  }
  // Input-quality plants: unsupported kinds and a Service that routes nowhere; ignored kinds must stay silent.
  for (let j = 0; j < 10; j++) {
    const file = `defs/kserve/batch-${j}.yaml`;
    add(file, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${j}\n  namespace: ns-${j}\ndata: {}\n`);
    expected.add(`endpoints/unknown-kind|${file}#ConfigMap`);
    add(file, `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${j}\n`);
  }
  for (let j = 0; j < 5; j++) {
    add(`defs/kserve/batch-${j}.yaml`, `apiVersion: v1\nkind: Service\nmetadata:\n  name: orphan-${j}\n  namespace: ns-${j}\nspec:\n  selector: { app: nothing-${j} }\n  ports: [{ port: 80 }]\n`);
    expected.add(`endpoints/unlinked-route|ns-${j}/orphan-${j}`);
  }
  planted['unknown-kind'] = 10;
  planted['unlinked-route'] = 5;

  for (const [file, docs] of files) {
    const abs = join(root, file);
    mkdirSync(dirname(abs), { recursive: true });
    if (file.includes('/cfn/')) {
      const resources = Object.assign({}, ...docs.map((d) => JSON.parse(d) as object));
      writeFileSync(abs, JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { ...resources, Role: { Type: 'AWS::IAM::Role', Properties: {} } } }, null, 2));
    } else writeFileSync(abs, docs.join(file.endsWith('.json') ? '\n' : '---\n'));
  }

  // The verdict store: one statement per model; blocked models have an older pass and a newer block.
  // Signed as a DSSE envelope (what a verdict signed with a key is) unless BENCH_ENDPOINTS_UNSIGNED=1.
  const now = Date.now();
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  writeFileSync(join(root, 'verdict-key.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  const envelope = (st: object): object => {
    const payload = Buffer.from(JSON.stringify(st));
    const sig = sign('sha256', pae(INTOTO_PAYLOAD_TYPE, payload), privateKey);
    return { payloadType: INTOTO_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: sig.toString('base64') }] };
  };
  const statement = (k: number, verdict: string, ageDays: number) => {
    const st = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: `m${k}.onnx`, digest: { sha256: digestOf(k) } }],
      predicateType: 'https://modelgate.dev/verdict/v1',
      predicate: { verdict, release: { name: `m${k}`, version: '1.0.0' }, time: new Date(now - ageDays * 86_400_000).toISOString(), policy: { digest: { sha256: sha('p') } }, report: { digest: { sha256: sha(`r${k}${verdict}`) } } },
    };
    return JSON.stringify(SIGNED ? envelope(st) : st, null, 2);
  };
  mkdirSync(join(root, 'verdicts'), { recursive: true });
  for (let k = 0; k < MODELS; k++) {
    const st = stateOf(k);
    if (st === 'none') continue;
    writeFileSync(join(root, 'verdicts', `m${k}.json`), statement(k, 'passed', st === 'old' ? 60 : 1));
    if (st === 'blocked') writeFileSync(join(root, 'verdicts', `m${k}-revoked.json`), statement(k, 'blocked', 0.5));
  }
  writeFileSync(
    join(root, 'fleet.yaml'),
    `apiVersion: modelgate.dev/v1\nkind: Fleet\nmetadata:\n  name: bench-fleet\n  version: "1"\n  owner: platform@example.com\nendpoints:\n  definitions: ["defs/**/*.yaml", "defs/**/*.json"]\n  verdicts: verdicts\n`,
  );
  writeFileSync(
    join(root, 'policy.yaml'),
    `endpoints:\n  allowedModelSources: ["oci://registry.example.com/models/", "s3://models-prod/"]\n  ignoreKinds: [Namespace, "AWS::IAM::*"]\n  cluster: { ingressTls: true, meshMtls: true }\n${SIGNED ? '  verdictTrust: { requireSigned: true, keys: [verdict-key.pem] }\n' : '  verdictTrust: { requireSigned: false }\n'}  custom:\n    - id: replicas-known\n      expression: 'endpoint.replicas.min != null && endpoint.models.all(m, m.uri != null)'\n      message: every endpoint states its replicas and model URI\n`,
  );
  return { expected, files: files.size, planted };
}

interface Measured {
  ms: number;
  cpuMs: number;
  /** Of which: reading the verdict store (src/verdict/store.ts), wall and CPU. */
  storeMs?: number;
  storeCpuMs?: number;
  maxRssMiB: number;
  heapMiB: number;
  endpoints?: number;
  found?: string[];
  status?: string;
  files?: number;
}

/** Child: the gate with the endpoints check only (run as the CLI and the action run it); the verdict store reader is timed apart. */
async function child(root: string): Promise<void> {
  tuneRuntime();
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let storeMs = 0;
  let storeCpuMs = 0;
  const check = makeEndpointsCheck({
    loadVerdictStore: async (...args) => {
      const t0 = performance.now();
      const c0 = cpu();
      const store = await loadVerdictStore(...args);
      storeMs += performance.now() - t0;
      storeCpuMs += cpu() - c0;
      return store;
    },
  });
  const c0 = cpu();
  const t = performance.now();
  const report = await runGate({ workspace: root, manifest: 'fleet.yaml', policy: 'policy.yaml', logger: { info() {}, warning() {}, debug() {} }, registry: [check as Check] });
  const ms = performance.now() - t;
  const cpuMs = cpu() - c0;
  const c = report.checks.find((x) => x.id === 'endpoints')!;
  const ru = process.resourceUsage();
  const out: Measured = {
    ms,
    cpuMs,
    storeMs,
    storeCpuMs,
    maxRssMiB: ru.maxRSS / 1024,
    heapMiB: process.memoryUsage().heapUsed / 1024 / 1024,
    endpoints: (c.facts as { endpoints?: number }).endpoints ?? 0,
    found: c.findings.map((f) => `${f.ruleId}|${f.target}`),
    status: `${c.status}${c.reason ? `: ${c.reason}` : ''}`,
  };
  console.log(JSON.stringify(out));
}

/** Baseline: only parse every definition file with the `yaml` package (no positions kept, no rules). */
const BASELINE = `
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { parseAllDocuments } = require('yaml');
const c0 = process.cpuUsage();
const t = performance.now();
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
let docs = 0;
for (const f of walk(process.argv[1])) for (const doc of parseAllDocuments(readFileSync(f, 'utf8'))) { doc.toJS(); docs++; }
const ms = performance.now() - t;
const ru = process.resourceUsage();
const c1 = process.cpuUsage(c0);
console.log(JSON.stringify({ ms, cpuMs: (c1.user + c1.system) / 1000, maxRssMiB: ru.maxRSS / 1024, heapMiB: process.memoryUsage().heapUsed / 1048576, files: docs }));
`;

/**
 * References: PyYAML loading the same files, with the same JSON line out; absent when python3 or PyYAML
 * is not installed. `safe`: `yaml.safe_load_all`, what a plain PyYAML load is (pure Python); `c`:
 * libyaml's CSafeLoader (C accelerated), absent when PyYAML was built without libyaml.
 */
const PYYAML = `
import json, os, resource, sys, time
import yaml
if sys.argv[2] == 'c':
    Loader = getattr(yaml, 'CSafeLoader', None)
    if Loader is None: sys.exit(3)
    load_all = lambda f: yaml.load_all(f, Loader=Loader)
    name = 'CSafeLoader'
else:
    load_all = yaml.safe_load_all
    name = 'safe_load_all'
t = time.perf_counter(); r0 = resource.getrusage(resource.RUSAGE_SELF)
docs = 0
for d, _, names in os.walk(sys.argv[1]):
    for n in names:
        with open(os.path.join(d, n), encoding='utf-8') as f:
            for doc in load_all(f):
                docs += 1
r1 = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({'ms': (time.perf_counter() - t) * 1000, 'cpuMs': (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1000, 'maxRssMiB': r1.ru_maxrss / 1024, 'heapMiB': 0, 'files': docs, 'status': name + ', PyYAML ' + yaml.__version__}))
`;

function runPyYaml(defs: string, loader: 'safe' | 'c'): Measured | undefined {
  const r = spawnSync('python3', ['-c', PYYAML, defs, loader], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.error || r.status !== 0) return undefined;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

function runChild(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Measured {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28, ...(cwd ? { cwd } : {}) });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

async function main(): Promise<void> {
  const total = Number(process.env.BENCH_ENDPOINTS ?? 5000);
  if (!Number.isInteger(total) || total < 100) throw new Error(`BENCH_ENDPOINTS must be an integer ≥ 100, got "${process.env.BENCH_ENDPOINTS}"`);
  const keep = process.env.BENCH_ENDPOINTS_KEEP; // a folder to keep the generated fleet in (profiling)
  const root = keep ?? mkdtempSync(join(tmpdir(), 'modelgate-endpoints-bench-'));
  if (keep) mkdirSync(keep, { recursive: true });
  try {
    const t = performance.now();
    const { expected, files, planted } = generate(root, total);
    const bytes = walkSize(join(root, 'defs'));
    console.log(
      `endpoints check, ${total.toLocaleString('en')} endpoints in ${files} files (${(bytes / 1048576).toFixed(1)} MiB; KServe, Seldon 1+2 with Ingresses, SageMaker JSON, CloudFormation, ModelGate) + ${readdirSync(join(root, 'verdicts')).length} verdict statements (${SIGNED ? 'DSSE, ECDSA P-256, signatures required' : 'unsigned, signatures not required'}); generated in ${((performance.now() - t) / 1000).toFixed(1)} s; Node ${process.version}`,
    );
    // Best of three runs per side (the figure least disturbed by other load on the machine).
    const best = (runs: Measured[]): Measured => ({ ...runs[0]!, ms: Math.min(...runs.map((r) => r.ms)), cpuMs: Math.min(...runs.map((r) => r.cpuMs)), maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)), heapMiB: Math.max(...runs.map((r) => r.heapMiB)), storeMs: Math.min(...runs.map((r) => r.storeMs ?? 0)), storeCpuMs: Math.min(...runs.map((r) => r.storeCpuMs ?? 0)) });
    const oursRuns: Measured[] = [];
    const baseRuns: Measured[] = [];
    const pyRuns: Record<'safe' | 'c', Measured[]> = { safe: [], c: [] };
    for (let r = 0; r < 3; r++) {
      oursRuns.push(runChild([process.argv[1]!], { BENCH_ENDPOINTS_CHILD: root }));
      baseRuns.push(runChild(['-e', BASELINE, join(root, 'defs')], {}, process.env.BENCH_REPO_ROOT ?? process.cwd()));
      for (const loader of ['safe', 'c'] as const) {
        const py = runPyYaml(join(root, 'defs'), loader);
        if (py) pyRuns[loader].push(py);
      }
    }
    const ours = best(oursRuns);
    const base = best(baseRuns);
    const line = (name: string, r: Measured) =>
      console.log(`  ${name.padEnd(40)} ${(r.ms / 1000).toFixed(2).padStart(6)} s   CPU ${(r.cpuMs / 1000).toFixed(2).padStart(6)} s   peak RSS ${r.maxRssMiB.toFixed(0).padStart(4)} MiB   heap ${r.heapMiB.toFixed(0).padStart(4)} MiB`);
    console.log(`  (best of 3 runs per side; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs)`);
    line('modelgate gate (endpoints check)', ours);
    console.log(`    of which the verdict store (src/verdict)  ${((ours.storeMs ?? 0) / 1000).toFixed(2).padStart(6)} s   CPU ${((ours.storeCpuMs ?? 0) / 1000).toFixed(2).padStart(6)} s`);
    line('baseline: yaml parseAllDocuments only', base);
    console.log(`  time ratio ours/baseline                 ${(ours.ms / base.ms).toFixed(2)}× wall, ${(ours.cpuMs / base.cpuMs).toFixed(2)}× CPU (below 1: we are faster)`);
    console.log(`  memory ratio ours/baseline (peak RSS)    ${(ours.maxRssMiB / base.maxRssMiB).toFixed(2)}×`);
    // The issue's reference: a plain PyYAML load of the same files (pure Python), and its C-accelerated loader.
    for (const [loader, what] of [['safe', 'pure Python'], ['c', 'libyaml']] as const) {
      const runs = pyRuns[loader];
      if (runs.length === 0) {
        console.log(`  reference: PyYAML ${loader === 'safe' ? 'safe_load_all' : 'CSafeLoader'}`.padEnd(42) + ` not available (python3 with PyYAML${loader === 'c' ? ' built with libyaml' : ''})`);
        continue;
      }
      const py = best(runs);
      const name = py.status?.split(',')[0] ?? loader;
      line(`reference: PyYAML ${name}${loader === 'c' ? ' (libyaml)' : ''}`, py);
      console.log(`  time ratio ours/${name}`.padEnd(42) + ` ${(ours.ms / py.ms).toFixed(2)}× wall, ${(ours.cpuMs / py.cpuMs).toFixed(2)}× CPU (below 1: we are faster; ${what}, ${py.status?.split(', ')[1]})`);
    }
    const found = new Set(ours.found ?? []);
    const missing = [...expected].filter((x) => !found.has(x));
    const extra = [...found].filter((x) => !expected.has(x));
    const byRule = (xs: Iterable<string>) => [...xs].reduce<Record<string, number>>((acc, x) => ((acc[x.split('|')[0]!] = (acc[x.split('|')[0]!] ?? 0) + 1), acc), {});
    console.log(`  endpoints read                           ${ours.endpoints} (check status ${ours.status})`);
    console.log(`  planted violations                       ${expected.size}: ${Object.entries(byRule(expected)).map(([k, v]) => `${k.replace('endpoints/', '')} ${v}`).join(', ')}`);
    console.log(`  reported                                 ${found.size}; missing ${missing.length}, unexpected ${extra.length}`);
    const ok = missing.length === 0 && extra.length === 0 && (ours.found?.length ?? 0) === found.size && ours.endpoints === total;
    console.log(`  exactly the planted violations           ${ok ? 'yes' : 'NO'}`);
    if (!ok) {
      for (const m of missing.slice(0, 10)) console.log(`    missing: ${m}`);
      for (const x of extra.slice(0, 10)) console.log(`    unexpected: ${x}`);
      process.exitCode = 1;
    }
    // On a shared machine wall time includes waiting for a CPU: the budget holds if either the wall
    // time or the CPU time (what the check itself consumed) is under it; both are printed above.
    const fast = ours.ms < BUDGET_MS || ours.cpuMs < BUDGET_MS;
    console.log(`  under ${BUDGET_MS / 1000} s                                ${ours.ms < BUDGET_MS ? 'yes (wall)' : ours.cpuMs < BUDGET_MS ? 'yes (CPU time; wall time is above: the machine is loaded)' : 'NO'}`);
    if (!fast) process.exitCode = 1;
    void planted;
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

function walkSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? walkSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

if (process.env.BENCH_ENDPOINTS_CHILD) await child(process.env.BENCH_ENDPOINTS_CHILD);
else await main();
