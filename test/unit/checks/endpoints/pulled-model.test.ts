// The model actually pulled: a digest in the URI or image wins over an annotation, a disagreement is a
// finding, a moving reference is not pinned by an annotation, one annotation over several models names
// none of them, and Seldon Core 2 Pipelines and Experiments are endpoints made of their Models.
import { describe, expect, it } from 'vitest';
import { makeEndpointsCheck, type EndpointsFacts } from '../../../../checks/endpoints/index.js';
import { isPinned, pulledModel, servedModel } from '../../../../checks/endpoints/modeluri.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import type { VerdictRecord } from '../../../../src/verdict/store.js';
import { D1, D2, D3, fakeStore, fleetManifest, NOW, record } from '../../../helpers/endpoint-definitions.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

const URI_AT = 'spec.storageUri at f.yaml:9:3';
const ANN = { source: 'annotation at f.yaml:5:7' };

describe('pulledModel', () => {
  const cases: Array<[string, string | null, boolean, string | null]> = [
    // uri, declared digest, pinned, digest looked up
    [`oci://r.example.com/m@sha256:${D1}`, D1, true, D1],
    [`oci://r.example.com/m@sha256:${D1}`, D2, false, D1],
    [`r.example.com/serving/m@sha256:${D1}`, null, true, D1],
    ['s3://models-prod/fraud/v3/', D2, true, D2],
    ['gs://b/churn/latest/', D2, false, null],
    ['oci://r.example.com/m:1.4.2', D2, false, null],
    ['r.example.com/serving/m:0.9', D2, false, null],
    ['r.example.com/serving/m', null, false, null],
    ['models:/fraud/Production', D2, false, null],
    ['models:/fraud@champion', D2, false, null],
    ['models:/fraud/7', D2, true, D2],
    ['hf://org/m', D2, false, null],
    [`hf://org/m@${'e'.repeat(40)}`, D2, true, D2],
    ['https://files.example.org/models/seg.onnx', D2, true, D2],
  ];
  it.each(cases)('%s with declared %s', (uri, declared, pinned, digest) => {
    const m = pulledModel('predictor', uri, URI_AT, declared ? { ...ANN, digest: declared } : null);
    expect([isPinned(m), m.digest]).toEqual([pinned, digest]);
  });

  it('names both places when the annotation and the URI disagree, and looks up the pulled digest', () => {
    const m = pulledModel('predictor', `oci://r.example.com/m@sha256:${D1}`, URI_AT, { ...ANN, digest: D2 });
    expect(m.pin).toContain('annotation at f.yaml:5:7 declares sha256:bbbbbbbbbbbb');
    expect(m.pin).toContain(`${URI_AT} pulls sha256:aaaaaaaaaaaa`);
    expect([m.digestSource, m.declaredDigest]).toEqual([URI_AT, D2]);
  });

  it('keeps servedModel as it was for readers that call it (an OCI tag is a version there)', () => {
    expect(isPinned(servedModel('m', 'oci://r.example.com/m:1.4.2'))).toBe(true);
  });
});

const logger = { info() {}, warning() {}, debug() {} };
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

const POLICY = `endpoints:
  allowedModelSources: ["oci://registry.example.com/models/", "s3://models-prod/", "storage-config://models-prod/"]
  cluster: { meshMtls: true, meshAuthentication: true }
`;

async function run(files: Record<string, string>, records: VerdictRecord[]) {
  const ws = tempWorkspace({ ...files, 'verdicts/.keep': '', 'fleet.yaml': fleetManifest('', '["deploy/**/*.yaml"]'), 'policy.yaml': POLICY });
  const check = makeEndpointsCheck({ loadVerdictStore: async () => fakeStore(records) }) as Check;
  const report = await runGate({ workspace: ws, manifest: 'fleet.yaml', policy: 'policy.yaml', logger, now: NOW, registry: [check] });
  const c = report.checks.find((x) => x.id === 'endpoints')!;
  if (c.status === 'error' || c.status === 'skipped') throw new Error(`${c.status}: ${c.findings.map((f) => f.message).join('; ')}`);
  return { c, facts: c.facts as unknown as EndpointsFacts };
}

const ISVC = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: aml
  namespace: risk
  annotations:
    modelgate.dev/model-sha256: "${D1}"
spec:
  predictor:
    model:
      modelFormat: { name: sklearn }
      storageUri: oci://registry.example.com/models/aml@sha256:${D3}
`;

describe('the endpoints check follows the pulled artifact', () => {
  it('KServe: the storageUri digest (blocked) decides, not the annotation (passing); both places are in the findings', async () => {
    const { facts, c } = await run({ 'deploy/aml.yaml': ISVC }, [record(D1, 'passed', daysAgo(1)), record(D3, 'blocked', daysAgo(1))]);
    expect(facts.halt.map((h) => h.endpoint)).toEqual(['risk/aml']);
    const pinned = c.findings.find((f) => f.ruleId === 'endpoints/model-pinned')!;
    expect(pinned.message).toContain('metadata.annotations["modelgate.dev/model-sha256"] at deploy/aml.yaml:7');
    expect(pinned.message).toContain('spec.predictor.model.storageUri at deploy/aml.yaml:12');
    const verdict = c.findings.find((f) => f.ruleId === 'endpoints/model-verdict')!;
    expect(verdict.message).toContain('is BLOCKED');
    expect(verdict.message).toContain('digest from spec.predictor.model.storageUri at deploy/aml.yaml:12');
    expect(verdict.location).toMatchObject({ file: 'deploy/aml.yaml', line: 12 });
  });

  it('Seldon: one object annotation over a canary and a main predictor declares neither; predictor annotations do', async () => {
    const sdep = (name: string, main: string, canary: string, objectAnn: string) => `apiVersion: machinelearning.seldon.io/v1
kind: SeldonDeployment
metadata: { name: ${name}, namespace: shop, annotations: { ${objectAnn} } }
spec:
  predictors:
    - { name: main, traffic: 90, annotations: { ${main} }, graph: { name: m, implementation: SKLEARN_SERVER, modelUri: "s3://models-prod/r/v4/" } }
    - { name: canary, traffic: 10, annotations: { ${canary} }, graph: { name: m, implementation: SKLEARN_SERVER, modelUri: "s3://models-prod/r/v5/" } }
`;
    const files = {
      'deploy/a.yaml': sdep('one-annotation', '', '', `modelgate.dev/model-sha256: "${D1}"`),
      'deploy/b.yaml': sdep('per-predictor', `modelgate.dev/model-sha256: "${D1}"`, `modelgate.dev/model-sha256: "${D3}"`, ''),
    };
    const { facts, c } = await run(files, [record(D1, 'passed', daysAgo(1)), record(D3, 'blocked', daysAgo(1))]);
    expect(facts.halt.map((h) => h.endpoint).sort()).toEqual(['shop/one-annotation', 'shop/per-predictor']);
    const one = c.findings.find((f) => f.ruleId === 'endpoints/model-verdict' && f.target === 'shop/one-annotation')!;
    expect(one.message).toMatch(/main\/m: the served model has no sha256 digest.*canary\/m: the served model has no sha256 digest/);
    expect(one.message).toContain('covers 2 models and declares none of them');
    const per = c.findings.find((f) => f.ruleId === 'endpoints/model-verdict' && f.target === 'shop/per-predictor')!;
    expect(per.message).toContain('canary/m: the latest gate verdict');
    expect(per.message).not.toContain('main/m');
  });

  it('Seldon Core 2: a Pipeline and an Experiment are endpoints made of their Models, not unknown kinds', async () => {
    const model = (name: string, digest: string) => `apiVersion: mlops.seldon.io/v1alpha1
kind: Model
metadata: { name: ${name}, namespace: mesh, annotations: { modelgate.dev/model-sha256: "${digest}" } }
spec: { storageUri: "s3://models-prod/${name}/v1/", memory: 100Ki, logger: { percent: 100 } }
---
`;
    const flows = `apiVersion: mlops.seldon.io/v1alpha1
kind: Pipeline
metadata: { name: chain, namespace: mesh }
spec: { steps: [{ name: a }, { name: b, inputs: [a] }], output: { steps: [b] } }
---
apiVersion: mlops.seldon.io/v1alpha1
kind: Experiment
metadata: { name: ab, namespace: mesh }
spec: { default: a, candidates: [{ name: a, weight: 50 }, { name: c, weight: 50 }] }
`;
    const { facts, c } = await run({ 'deploy/models.yaml': model('a', D1) + model('b', D3) + model('c', D1), 'deploy/flows.yaml': flows }, [
      record(D1, 'passed', daysAgo(1)),
      record(D3, 'blocked', daysAgo(1)),
    ]);
    expect(c.findings.filter((f) => f.ruleId === 'endpoints/unknown-kind')).toEqual([]);
    expect(facts.table.map((r) => r.name).sort()).toEqual(['mesh/a', 'mesh/ab.experiment', 'mesh/b', 'mesh/c', 'mesh/chain.pipeline']);
    expect(facts.halt.map((h) => h.endpoint).sort()).toEqual(['mesh/b', 'mesh/chain.pipeline']);
    const chain = c.findings.find((f) => f.target === 'mesh/chain.pipeline' && f.ruleId === 'endpoints/model-verdict')!;
    expect(chain.message).toContain('step b: the latest gate verdict');
    expect(chain.message).toContain('deploy/models.yaml:');
  });

  it('KServe ModelMesh: storage key/path is the source, served inside the cluster only', async () => {
    const mm = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: mnist
  namespace: mm
  annotations: { serving.kserve.io/deploymentMode: ModelMesh, modelgate.dev/model-sha256: "${D1}" }
spec:
  predictor:
    model:
      modelFormat: { name: sklearn }
      storage: { key: models-prod, path: mnist/v4/ }
`;
    const { facts } = await run({ 'deploy/mm.yaml': mm }, [record(D1, 'passed', daysAgo(1))]);
    const row = facts.table.find((r) => r.name === 'mm/mnist')!;
    // Allowed under storage-config://models-prod/, pinned by the declared digest, passing; cluster-internal.
    expect(row.failed.filter((r) => r.startsWith('model-') || r === 'no-public-exposure')).toEqual([]);
  });
});
