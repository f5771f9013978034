// `npm run example -- mnist` end to end, against the bundle under test (MODELGATE_DIST or dist/): the
// directory dataset, the manifest written by `modelgate init`, the pickle release blocked with the
// global it imports named, the safetensors release passed, the same weights in both files, the bias
// check over the synthetic writer group, the deployment gate (halted on the pickle's digest, allowed on
// the passing one), and a non-zero exit when a gate decision is not the expected one.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { DIST, ROOT } from '../helpers/action-runner.js';
import { lyingCli } from '../helpers/lying-cli.js';

const RUNNER = join(ROOT, 'examples', 'run-pipeline.mjs');
const outs: string[] = [];

function runExample(cli: string) {
  const out = join(ROOT, 'examples', 'mnist', 'out', `e2e-${process.pid}-${outs.length}`);
  outs.push(out);
  // Through the npm script's runner, as `npm run example -- mnist` calls it.
  const r = spawnSync(process.execPath, [RUNNER, 'mnist', '--out', relative(ROOT, out), '--cli', cli], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 120_000 });
  const text = `${r.stdout}\n${r.stderr}`;
  const why = text.split('\n').filter((l) => /✗|error/i.test(l)).join('\n') || text.slice(-3000);
  return { ...r, out, why };
}

interface Report {
  verdict: string;
  checks: Array<{ id: string; status: string; facts?: Record<string, unknown>; findings: Array<{ ruleId: string; violation: boolean; message: string }> }>;
}
const report = (out: string, name: string): Report => JSON.parse(readFileSync(join(out, 'audit', name, 'report.json'), 'utf8')) as Report;

/** The tensors of a safetensors file, by the format's definition (header length, JSON header, data). */
function readSafetensors(file: Buffer): Record<string, { dtype: string; shape: number[]; bytes: Buffer }> {
  const n = Number(file.readBigUInt64LE(0));
  const header = JSON.parse(file.subarray(8, 8 + n).toString('utf8')) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  const data = file.subarray(8 + n);
  return Object.fromEntries(Object.entries(header).filter(([k]) => k !== '__metadata__').map(([k, t]) => [k, { dtype: t.dtype, shape: t.shape, bytes: data.subarray(...t.data_offsets) }]));
}

/** The fields of one protobuf message, by number (length-delimited values as bytes). */
function protoFields(bytes: Uint8Array): Map<number, Array<Uint8Array | bigint>> {
  const r = new BinaryReader(bytes);
  const out = new Map<number, Array<Uint8Array | bigint>>();
  while (r.pos < r.len) {
    const [no, wire] = r.tag();
    const value = wire === WireType.LengthDelimited ? r.bytes() : wire === WireType.Varint ? BigInt(r.int64()) : (r.skip(wire), 0n);
    out.set(no, [...(out.get(no) ?? []), value]);
  }
  return out;
}
const text = (b: Uint8Array | bigint | undefined): string => Buffer.from(b as Uint8Array).toString('utf8');

afterAll(() => {
  for (const o of outs) rmSync(o, { recursive: true, force: true });
});

describe('npm run example -- mnist (examples/mnist/pipeline.ts)', () => {
  let first: ReturnType<typeof runExample>;

  it('runs every stage with the expected outcomes and exits 0', () => {
    first = runExample(join(DIST, 'cli.js'));
    const r = first;
    expect(r.status, r.why).toBe(0);
    expect(r.stdout).toContain('All stages gave their expected outcome.');
    expect(r.stdout).toMatch(/accuracy 0\.\d{3} on the 500 held-out images/);

    // The dataset: 1,500 binary PGM images of 28×28 and a labels file naming each one.
    const images = readdirSync(join(r.out, 'project', 'data', 'digits', 'images'));
    expect(images).toHaveLength(1500);
    const image = readFileSync(join(r.out, 'project', 'data', 'digits', 'images', images[0]!));
    expect(image.subarray(0, 13).toString('latin1')).toBe('P5\n28 28\n255\n');
    expect(image.length).toBe(13 + 784);
    const labels = readFileSync(join(r.out, 'project', 'data', 'digits', 'labels.csv'), 'utf8').trimEnd().split('\n');
    expect(labels[0]).toBe('file,label,split');
    expect(new Set(labels.slice(1).map((l) => l.split(',')[0]!.replace('images/', '')))).toEqual(new Set(images));

    // The pickle release: blocked, by the unsafe global only, which the finding names.
    const blocked = report(r.out, 'release-pickle');
    expect(blocked.verdict).toBe('blocked');
    const violations = blocked.checks.flatMap((c) => c.findings.filter((f) => f.violation));
    expect(violations.map((f) => f.ruleId)).toEqual(['lineage/unsafe-global']);
    expect(violations[0]!.message).toContain('imports dangerous global builtins.eval');

    // The safetensors release: passed, its manifest written by init (the Hugging Face folder as one
    // artifact, the card read, the predictions columns from flags) and the dataset digest by init --update.
    const passed = report(r.out, 'release-safetensors');
    expect(passed.verdict).toBe('passed');
    for (const id of ['lineage', 'bias']) expect(passed.checks.find((c) => c.id === id)?.status, id).toBe('passed');
    const manifestText = readFileSync(join(r.out, 'project', 'model-release.yaml'), 'utf8');
    const manifest = YAML.parse(manifestText);
    expect(manifest.model.artifacts).toEqual([expect.objectContaining({ path: 'model/mnist-digits', format: 'safetensors', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(manifest.evaluation).toMatchObject({ predictions: 'eval/predictions.csv', label: 'label', prediction: 'prediction', sensitiveFeatures: ['writer_group'] });
    expect(manifest.data.training).toEqual([{ id: 'mnist-subset-1500', path: 'data/digits', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(manifestText).toMatch(/^# /m);
    const bias = passed.checks.find((c) => c.id === 'bias')!.facts as { rows: number; features: { writer_group: { groups: unknown[] } } };
    expect(bias.rows).toBe(500);
    expect(bias.features.writer_group.groups).toHaveLength(2);

    // Deployment: the endpoint serving the pickle's digest is halted; serving the folder that passed, allowed.
    const halted = report(r.out, 'deploy-pickle');
    expect(halted.verdict).toBe('blocked');
    expect(halted.checks.find((c) => c.id === 'endpoints')!.facts!.halt).toEqual([expect.objectContaining({ endpoint: 'ml-prod/mnist-digits', rules: ['endpoints/model-verdict'] })]);
    expect(report(r.out, 'deploy-safetensors').verdict).toBe('passed');
    const isvc = YAML.parse(readFileSync(join(r.out, 'deploy', 'inferenceservice.yaml'), 'utf8'));
    expect(isvc.metadata.annotations['modelgate.dev/model-sha256']).toBe(manifest.model.artifacts[0].sha256);

    // The same weights in both files: the pickle holds the safetensors tensors' bytes.
    const tensors = readSafetensors(readFileSync(join(r.out, 'project', 'model', 'mnist-digits', 'model.safetensors')));
    expect(tensors.weight).toMatchObject({ dtype: 'F32', shape: [10, 784] });
    expect(tensors.bias).toMatchObject({ dtype: 'F32', shape: [10] });
    const pickle = readFileSync(join(r.out, 'before', 'model.pkl'));
    expect(pickle.includes(tensors.weight!.bytes)).toBe(true);
    expect(pickle.includes(tensors.bias!.bytes)).toBe(true);
    expect(pickle.includes(Buffer.from('cbuiltins\neval\n', 'latin1'))).toBe(true);

    // ONNX in the same folder, by onnx.proto's field numbers: ModelProto (ir_version 1, graph 7,
    // opset_import 8), GraphProto (node 1, initializer 5), NodeProto (op_type 4), TensorProto (dims 1,
    // data_type 2, name 8, raw_data 9): Gemm then Softmax over the same weights.
    const onnx = protoFields(readFileSync(join(r.out, 'project', 'model', 'mnist-digits', 'model.onnx')));
    expect(onnx.get(1)).toEqual([8n]);
    expect(protoFields(onnx.get(8)![0] as Uint8Array).get(2)).toEqual([13n]);
    const graph = protoFields(onnx.get(7)![0] as Uint8Array);
    expect(graph.get(1)!.map((n) => text(protoFields(n as Uint8Array).get(4)![0]))).toEqual(['Gemm', 'Softmax']);
    const inits = graph.get(5)!.map((t) => protoFields(t as Uint8Array));
    expect(inits.map((t) => [text(t.get(8)![0]), t.get(1), t.get(2)])).toEqual([['weight', [10n, 784n], [1n]], ['bias', [10n], [1n]]]);
    expect(Buffer.from(inits[0]!.get(9)![0] as Uint8Array).equals(tensors.weight!.bytes)).toBe(true);
    expect(Buffer.from(inits[1]!.get(9)![0] as Uint8Array).equals(tensors.bias!.bytes)).toBe(true);
    const scan = passed.checks.find((c) => c.id === 'lineage')!.facts!.modelScan as { scanned: number; dangerous: number };
    expect(scan).toMatchObject({ scanned: 2, dangerous: 0 });
  }, 150_000);

  it('exits 1 when a gate decision is not the expected one, with the same weights (deterministic)', () => {
    const { cli, dir } = lyingCli(join(DIST, 'cli.js'));
    try {
      const r = runExample(cli);
      expect(r.status, r.why).toBe(1);
      expect(r.stdout).toContain('UNEXPECTED: the gate blocks the pickle release: exit code 0, expected 1');
      const weights = (out: string) => readFileSync(join(out, 'project', 'model', 'mnist-digits', 'model.safetensors'));
      expect(weights(r.out).equals(weights(first.out))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
