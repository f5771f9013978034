// The record pass of issue 17 (checks/pii/record-pairs.ts): an AWS secret access key without its key
// word is a secret when its record holds an access key id in another field (a JSON Lines key, nested
// or not; a CSV cell), counted, masked or quarantined, located by file, record and field, never
// printed. Without a key id in the record, 40-character look-alikes stay data. The outcome does not
// depend on how the table is cut into batches (nor into worker-thread parts and shard blocks:
// parallel.test.ts and the sharded run below).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { pii } from '../../../../checks/pii/index.js';
import { pairedSecrets } from '../../../../checks/pii/record-pairs.js';
import { resolvePolicy, scanTable, type TableScan } from '../../../../checks/pii/scan.js';
import { nameHint } from '../../../../checks/pii/vocab.js';
import type { Check } from '../../../../src/check.js';
import { runGate } from '../../../../src/gate.js';
import { openTable } from '../../../../src/io/tabular/index.js';
import { RecordEncoder } from '../../../../src/io/tabular-write/index.js';
import { awsSecretKey, hideKeys, keysIn, lookAlikes, pairedCsv, pairedJsonl } from '../../../helpers/aws-pairs.js';
import { rng, secrets } from '../../../helpers/personal-data.js';
import { releaseManifest } from '../../../helpers/release.js';
import { comparable, logger, outputsOf, shardedGate } from '../../../helpers/sharded-run.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

const TYPE = 'aws-secret-access-key';

/** Scans a file as the check does; the clean and quarantine records as the writers got them (JSON Lines). */
async function scan(path: string, display: string, actions: Record<string, string>, batchSize?: number): Promise<{ result: TableScan; clean: unknown[][]; quarantine: unknown[][] }> {
  const policy = resolvePolicy(piiConfigSchema.parse({ actions }));
  const clean: unknown[][] = [];
  const quarantine: unknown[][] = [];
  const t = await openTable(path, { display, ...(batchSize ? { batchSize } : {}) });
  const result = await scanTable(t.columns, t.batches, {
    display,
    policy,
    openOutputs: async () => ({ clean: { write: async (v) => void clean.push([...v]) }, quarantine: { write: async (v) => void quarantine.push([...v]) } }),
  });
  return { result, clean, quarantine };
}

const everything = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v));

describe('AWS secret keys paired across the fields of a record', () => {
  it('finds a secret in another JSON Lines field than its key id (nested or not), masks it and says where', async () => {
    const data = pairedJsonl(1, 14);
    const ws = tempWorkspace({ 'd.jsonl': data.text });
    const { result, clean } = await scan(join(ws, 'd.jsonl'), 'd.jsonl', { credentials: 'mask' });
    expect(data.keys).toHaveLength(4);
    expect(result.counts[TYPE]).toBe(4);
    expect(result.columns.find((c) => c.name === 'note')!.counts[TYPE]).toBe(2);
    expect(result.columns.find((c) => c.name === 'value')!.counts[TYPE]).toBe(2);
    // Masked in the clean output, the text around it kept; nested objects keep their structure (json-mask.ts).
    expect(hideKeys(String(clean[0]![2]), data.keys)).toBe('new key [SECRET] from the console');
    expect(clean[3]![3]).toEqual({ kind: 'sk', v: '[SECRET]' });
    expect(keysIn(JSON.stringify(clean), data.keys)).toBe(0);
    // One finding per column: file, field, first record and span; evidence is the label and the length.
    const f = result.findings.find((x) => x.location?.field === 'note' && x.message.includes(TYPE))!;
    expect(f.location).toEqual({ file: 'd.jsonl', field: 'note', record: 0, start: 8, end: 48 });
    expect(f.evidence).toBe('[SECRET] (40 chars)');
    expect(f.message).toBe(`column "note" holds ${TYPE} in 2 value(s) (14.3% of non-empty values); 2 masked in the clean output`);
    const v = result.findings.find((x) => x.location?.field === 'value' && x.message.includes(TYPE))!;
    expect(v.location).toMatchObject({ record: 3 });
    expect(keysIn(JSON.stringify(result), data.keys)).toBe(0);
  });

  it('finds a secret in another CSV cell of the row than its key id', async () => {
    const data = pairedCsv(2, 14);
    const ws = tempWorkspace({ 'd.csv': data.text });
    const { result, clean } = await scan(join(ws, 'd.csv'), 'd.csv', { credentials: 'mask' });
    expect(result.counts[TYPE]).toBe(4);
    expect(result.columns.find((c) => c.name === 'payload')!.counts[TYPE]).toBe(2);
    expect(hideKeys(String(clean[0]![3]), data.keys)).toBe('new key [SECRET], see ticket');
    expect(hideKeys(String(clean[3]![4]), data.keys)).toBe('[SECRET]');
    expect(result.recordsMasked).toBe(6); // the rows with a key id (masked itself), 3 of every 7
    expect(keysIn(JSON.stringify(clean) + JSON.stringify(result), data.keys)).toBe(0);
  });

  it('quarantines the record or reports the secret as the policy says', async () => {
    const data = pairedCsv(3, 14);
    const ws = tempWorkspace({ 'd.csv': data.text });
    const q = await scan(join(ws, 'd.csv'), 'd.csv', { [TYPE]: 'quarantine' });
    expect(q.result.recordsQuarantined).toBe(4);
    expect(q.quarantine.map((row) => row[0])).toEqual(['0', '3', '7', '10']);
    const r = await scan(join(ws, 'd.csv'), 'd.csv', {});
    const f = r.result.findings.filter((x) => x.message.includes(TYPE));
    expect(f.map((x) => [x.ruleId, x.severity, x.location?.field])).toEqual([
      ['pii/secret', 'critical', 'comment'],
      ['pii/secret', 'critical', 'payload'],
    ]);
  });

  it('leaves 40-character look-alikes alone: without a key id in the record, or not of the secret key shape', async () => {
    const data = pairedJsonl(4, 28);
    const ws = tempWorkspace({ 'd.jsonl': data.text });
    const { result, clean } = await scan(join(ws, 'd.jsonl'), 'd.jsonl', { credentials: 'mask' });
    const input = data.text.trim().split('\n').map((l) => Object.values(JSON.parse(l) as object));
    for (let i = 0; i < input.length; i++) {
      // Session ids (of the secret key shape) and image data in records without a key id: as read.
      if (i % 7 === 1 || i % 7 === 2 || i % 7 === 4 || i % 7 === 6) expect(clean[i], `record ${i}`).toEqual(input[i]);
      // A key id beside a git commit id and image data: only the key id is masked.
      if (i % 7 === 5) expect(clean[i]!.slice(2), `record ${i}`).toEqual(input[i]!.slice(2));
    }
    expect(result.counts[TYPE]).toBe(data.keys.length);
    const r = rng(5);
    const none = () => [];
    expect(pairedSecrets(lookAlikes.gitSha(r), none)).toEqual([]);
    expect(pairedSecrets(lookAlikes.imageData(r), none)).toEqual([]);
    expect(pairedSecrets(`x${awsSecretKey(r)}`, none)).toEqual([]); // inside a longer base64 run
    const s = awsSecretKey(r);
    expect(pairedSecrets(`k=${s};`, none)).toEqual([{ type: TYPE, start: 2, end: 42, score: 0.85 }]);
    expect(pairedSecrets(`k=${s};`, () => [{ type: 'generic-secret', start: 2, end: 42, score: 0.7 }])).toEqual([]);
    // A checksum pattern that a base64 run holds by chance does not hide the key; an e-mail address around it does.
    expect(pairedSecrets(`k=${s};`, () => [{ type: 'it-fiscal-code', start: 12, end: 28, score: 0.6 }])).toHaveLength(1);
    expect(pairedSecrets(`${s}@example.com`, () => [{ type: 'email', start: 0, end: 52, score: 0.9 }])).toEqual([]);
  });

  it('pairs only with an access key id (AKIA, ASIA), not a role or user id', async () => {
    const r = rng(6);
    const role = 'AR' + 'OA' + secrets.awsKeyId(r).slice(4);
    const temporary = 'AS' + 'IA' + secrets.awsKeyId(r).slice(4);
    const ws = tempWorkspace({ 'd.csv': `id,kid,payload\n1,${role},${awsSecretKey(r)}\n2,${temporary},${awsSecretKey(r)}\n` });
    const { result } = await scan(join(ws, 'd.csv'), 'd.csv', { credentials: 'mask' });
    expect(result.columns.find((c) => c.name === 'payload')!.counts).toEqual({ [TYPE]: 1 });
    expect(result.findings.find((x) => x.location?.field === 'payload')!.location).toMatchObject({ record: 1 });
  });

  it('gives the same facts and findings, in the same order, however the records are batched', async () => {
    const data = pairedJsonl(7, 40);
    const ws = tempWorkspace({ 'd.jsonl': data.text });
    const runs = await Promise.all([1, 2, 5, 256].map((b) => scan(join(ws, 'd.jsonl'), 'd.jsonl', { credentials: 'mask', email: 'mask' }, b)));
    const enc = new RecordEncoder('jsonl', ['id', 'user', 'note', 'value']);
    const of = (x: Awaited<ReturnType<typeof scan>>) => hideKeys(everything(x.result) + x.clean.map((v) => enc.encode(v)).join(''), data.keys);
    for (const x of runs.slice(1)) expect(of(x)).toBe(of(runs[0]!));
    // The note column's types in the order the scan keeps whatever the cuts: the detectors' first.
    expect(Object.keys(runs[0]!.result.columns.find((c) => c.name === 'note')!.counts)).toEqual(['email', TYPE]);
  });

  it('keeps classifying a column named for a secret key as a secret, masked whole', async () => {
    for (const n of ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'secretAccessKey', 'SecretKey']) expect(nameHint(n)?.type, n).toBe('secret');
    const key = awsSecretKey(rng(8));
    const ws = tempWorkspace({ 'd.csv': `id,aws_secret_access_key\n1,${key}\n` });
    const { result, clean } = await scan(join(ws, 'd.csv'), 'd.csv', { credentials: 'mask' });
    expect(hideKeys(String(clean[0]![1]), [key])).toBe('[SECRET]');
    expect(result.columns[1]).toMatchObject({ type: 'secret', category: 'credentials' });
  });
});

describe('AWS secret keys paired across fields, in a sharded run', () => {
  it.each([2, 3])('%i shards merged give the single run, byte for byte', async (count) => {
    const jsonl = pairedJsonl(9, 3 * 8192 - 500);
    const csv = pairedCsv(10, 12_000);
    const ws = tempWorkspace({
      'model-release.yaml': releaseManifest('data', '  scan:\n    - path: data/keys.jsonl\n    - path: data/keys.csv\n'),
      'policy.yaml': 'pii:\n  actions: { aws-secret-access-key: quarantine, aws-access-key-id: mask, email: mask }\n',
      'data/keys.jsonl': jsonl.text,
      'data/keys.csv': csv.text,
    });
    expect(csv.text.length).toBeGreaterThan(1 << 20); // two parts at least
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [pii as Check], now: new Date('2026-06-01T00:00:00Z') };
    const single = await runGate(opts);
    const singleOutputs = outputsOf(ws);
    const facts = single.checks[0]!.facts as { files: Array<{ path: string; counts: Record<string, number> }> };
    expect(facts.files.map((f) => [f.path, f.counts[TYPE]])).toEqual([
      ['data/keys.jsonl', jsonl.keys.length],
      ['data/keys.csv', csv.keys.length],
    ]);
    rmSync(join(ws, '.modelgate'), { recursive: true });
    const { report: merged, shards } = await shardedGate(opts, count);
    expect(shards.every((s) => s.errors.length === 0)).toBe(true);
    expect(comparable(merged)).toBe(comparable(single));
    // Compared, not shown: the quarantine files hold the records as read, keys included.
    const outputs = outputsOf(ws);
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(singleOutputs).sort());
    expect(Object.keys(outputs).filter((f) => outputs[f] !== singleOutputs[f])).toEqual([]);
  }, 120_000);
});
