// Byte parts: a CSV file with a header is cut into parts of PART_BYTES characters, part k scanned by
// shard (k mod n) + 1 only. A gzip CSV of several parts with quoted line breaks merges into the single
// run; a ragged row in a part of shard 2 fails the merge with the single run's error, message and line;
// a part that cannot be scanned as a part makes its shard scan the whole file, which the merge takes;
// partial reports cut with another part size are refused.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bias } from '../../../checks/bias/index.js';
import { pii } from '../../../checks/pii/index.js';
import type { Check } from '../../../src/check.js';
import { runGate } from '../../../src/gate.js';
import { loadPartials } from '../../../src/shard/partial.js';
import { PART_BYTES } from '../../../src/shard/spec.js';
import { releaseManifest } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';
import { chars, rng } from '../../helpers/personal-data.js';
import { comparable, logger, outputsOf, peopleCsv, predictionsCsv, shardedGate } from '../../helpers/sharded-run.js';

const registry = [pii as Check, bias as Check];
const POLICY = `pii:
  actions: { email: mask, credit-card: quarantine, us-ssn: mask, iban: mask }
  masking: { strategies: { email: hash, us-ssn: partial } }
  quasiIdentifiers: [age, sex, zip]
  kAnonymity: 3
`;
const manifest = (file: string) => releaseManifest('data', `  scan:\n    - path: ${file}\n`) + 'evaluation:\n  predictions: pred.csv\n  label: y\n  prediction: yhat\n  sensitiveFeatures: [g]\n';

function workspace(file: string, data: string | Buffer): string {
  return tempWorkspace({ 'model-release.yaml': manifest(file), 'policy.yaml': POLICY, [file]: data, 'pred.csv': predictionsCsv(2, 500) });
}

interface FileState { cut: string; units: number; owned: Array<{ unit: number }> }
const piiFiles = (ws: string): FileState[][] =>
  loadPartials(ws, ['.modelgate/partial-*.json']).map((p) => (p.report.checks.find((c) => c.id === 'pii')!.state as { files: FileState[] }).files);

describe('shards own byte parts of a CSV file', () => {
  beforeEach(() => {
    process.env.MODELGATE_PII_KEY = chars(rng(4), 'abcdefghijklmnop', 24);
  });
  afterEach(() => {
    delete process.env.MODELGATE_PII_KEY;
  });

  it('a gzip CSV of several parts, quoted line breaks: 3 shards merged give the single run, byte for byte', async () => {
    const csv = peopleCsv(21, 55_000, true);
    expect(csv.length).toBeGreaterThan(3 * PART_BYTES);
    const ws = workspace('data/people.csv.gz', gzipSync(csv));
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry, now: new Date('2026-06-01T00:00:00Z') };
    const single = await runGate(opts);
    const singleOutputs = outputsOf(ws);
    expect(Object.keys(singleOutputs)).toHaveLength(2);
    rmSync(join(ws, '.modelgate'), { recursive: true });
    const { report, shards } = await shardedGate(opts, 3);
    expect(shards.every((s) => s.errors.length === 0)).toBe(true);
    // Four data parts: shard 1 scanned parts 0 and 3, shard 2 part 1, shard 3 part 2.
    const files = piiFiles(ws);
    expect(files.map((f) => [f[0]!.cut, f[0]!.units, f[0]!.owned.map((u) => u.unit)])).toEqual([
      ['parts', 4, [0, 3]],
      ['parts', 4, [1]],
      ['parts', 4, [2]],
    ]);
    expect(comparable(report)).toBe(comparable(single));
    expect(outputsOf(ws)).toEqual(singleOutputs);
  }, 120_000);

  it('a ragged row in a part of shard 2: the merge fails with the single run\'s error, message and line', async () => {
    const lines = peopleCsv(22, 40_000).split('\n');
    // The first record that starts after 1.5 parts: inside data part 1, which shard 2 of 2 owns.
    let at = 0;
    for (let chars = 0; chars < 1.5 * PART_BYTES; at++) chars += lines[at]!.length + 1;
    lines[at] += ',extra';
    const ws = workspace('people.csv', lines.join('\n'));
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry };
    const single = await runGate(opts);
    const { report, shards } = await shardedGate(opts, 2);
    expect(shards.map((s) => s.errors.length)).toEqual([0, 1]);
    expect(comparable(report)).toBe(comparable(single));
    const error = report.checks.find((c) => c.id === 'pii')!.findings[0]!;
    expect(error.message).toBe('cannot scan people.csv: expected 9 fields, found 10');
    expect(error.location).toEqual({ file: 'people.csv', line: at + 1 });
  }, 120_000);

  it('a stray quote makes a cut land inside a quoted field: a shard scans the whole file, the merge takes it from there', async () => {
    const lines = peopleCsv(24, 30_000, true).split('\n');
    // A quote inside an unquoted field a little before the first cut: quote parity is wrong from there on.
    let at = 0;
    for (let chars = 0; chars < PART_BYTES - 2000 || !lines[at]!.includes(',ok,'); at++) chars += lines[at]!.length + 1;
    lines[at] = lines[at]!.replace(',ok,', ',ok 5" screen,');
    const ws = workspace('people.csv', lines.join('\n'));
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry, now: new Date('2026-06-01T00:00:00Z') };
    const single = await runGate(opts);
    expect(single.checks.find((c) => c.id === 'pii')!.status).toBe('failed');
    const singleOutputs = outputsOf(ws);
    rmSync(join(ws, '.modelgate'), { recursive: true });
    const { report, shards } = await shardedGate(opts, 2);
    expect(shards.every((s) => s.errors.length === 0)).toBe(true);
    expect(piiFiles(ws).map((f) => f[0]!.cut)).toContain('whole');
    expect(comparable(report)).toBe(comparable(single));
    expect(outputsOf(ws)).toEqual(singleOutputs);
  }, 120_000);

  it('a merge refuses partial reports cut with another part size, and a part that no shard scanned', async () => {
    const ws = workspace('people.csv', peopleCsv(23, 50));
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry };
    await shardedGate(opts, 2);
    const merge = () => runGate({ ...opts, partials: loadPartials(ws, ['.modelgate/partial-*.json']) });
    const edit = (shard: number, change: (p: { partBytes: number; checks: Array<{ id: string; state: { files: FileState[] } }> }) => void): void => {
      const file = join(ws, `.modelgate/partial-${shard}-of-2.json`);
      const p = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof change>[0];
      change(p);
      writeFileSync(file, JSON.stringify(p));
    };
    edit(2, (p) => (p.partBytes = PART_BYTES / 2));
    await expect(merge()).rejects.toThrow(/partial-2-of-2\.json: part size differs/);
    edit(2, (p) => (p.partBytes = PART_BYTES));
    expect((await merge()).verdict).not.toBe('error');
    // One part (the file is small): shard 1 owns it; without its state the merge fails closed.
    edit(1, (p) => (p.checks.find((c) => c.id === 'pii')!.state.files[0]!.owned = []));
    const r = await merge();
    expect(r.verdict).toBe('error');
    const finding = r.checks.find((c) => c.id === 'pii')!.findings[0]!;
    expect(finding.message).toMatch(/shard 1\/2 has no state for part 0 of this file/);
    expect(finding.location?.file).toBe('people.csv');
  });
});
