// Shard jobs and merges through the gate and the CLI: what a merge refuses (exit 2, a clear message),
// how a share that failed fails the merge closed, and the shard job's exit codes.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bias } from '../../../checks/bias/index.js';
import { pii } from '../../../checks/pii/index.js';
import type { Check } from '../../../src/check.js';
import { runGate } from '../../../src/gate.js';
import { loadPartials } from '../../../src/shard/partial.js';
import { runShard } from '../../../src/shard/run.js';
import { BLOCK_RECORDS, parseShard } from '../../../src/shard/spec.js';
import { releaseManifest, runCli } from '../../helpers/release.js';
import { tempWorkspace } from '../../helpers/workspace.js';
import { comparable, logger, shardedGate } from '../../helpers/sharded-run.js';

const registry = [pii as Check, bias as Check];
const MANIFEST =
  releaseManifest('data', '  scan:\n    - path: people.csv\n') + 'evaluation:\n  predictions: pred.csv\n  label: y\n  prediction: yhat\n  sensitiveFeatures: [g]\n';
const PEOPLE = 'id,email\n1,a.b@example.com\n2,none\n';

function predictions(records: number, bad?: number): string {
  const rows = Array.from({ length: records }, (_, i) => `${i === bad ? 'maybe' : i % 2},${i % 3 === 0 ? 1 : 0},${i % 5 === 0 ? 'a' : 'b'}`);
  return `y,yhat,g\n${rows.join('\n')}\n`;
}

function ws(files: Record<string, string> = {}): string {
  return tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': 'bias: { minGroupSize: 1, resamples: 0 }\n', 'people.csv': PEOPLE, 'pred.csv': predictions(10), ...files });
}
const opts = (workspace: string) => ({ workspace, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry });
const shard = (workspace: string, index: number, count: number, partial = `.modelgate/partial-${index}-of-${count}.json`) =>
  runShard({ ...opts(workspace), shard: { index, count }, partial });
const merge = async (workspace: string, patterns = ['.modelgate/partial-*.json']) => runGate({ ...opts(workspace), partials: loadPartials(workspace, patterns) });

describe('shard spec', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard(' 2/4 ', 'shard')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1', 'shard')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0', '1/999', '-1/2']) expect(() => parseShard(bad, '--shard')).toThrow(/--shard: expected i\/n/);
  });
});

describe('merge refuses partial reports it cannot merge', () => {
  it('a missing shard, a shard given twice, a file that is not a partial report', async () => {
    const w = ws();
    await shard(w, 1, 3);
    await shard(w, 3, 3);
    await expect(merge(w)).rejects.toThrow(/shard\(s\) 2\/3 missing/);
    await shard(w, 2, 3);
    copyFileSync(join(w, '.modelgate/partial-2-of-3.json'), join(w, '.modelgate/partial-copy.json'));
    await expect(merge(w)).rejects.toThrow(/shard 2\/3 is given twice/);
    await expect(merge(w, ['policy.yaml'])).rejects.toThrow(/policy\.yaml:1:1: not a partial report/);
    writeFileSync(join(w, 'other.json'), '{"kind":"something"}');
    await expect(merge(w, ['other.json'])).rejects.toThrow(/other\.json: not a partial report/);
    await expect(merge(w, ['nothing-*.json'])).rejects.toThrow(/no partial report matches/);
  });

  it('partial reports of other inputs: manifest, policy, data, shard counts, tampered part files', async () => {
    const w = ws();
    await shard(w, 1, 2);
    await shard(w, 2, 2);
    expect((await merge(w)).verdict).toBeDefined();
    writeFileSync(join(w, 'policy.yaml'), 'bias: { minGroupSize: 2, resamples: 0 }\n');
    await expect(merge(w)).rejects.toThrow(/policy differs/);
    writeFileSync(join(w, 'policy.yaml'), 'bias: { minGroupSize: 1, resamples: 0 }\n');
    writeFileSync(join(w, 'pred.csv'), predictions(12));
    await shard(w, 2, 2);
    await expect(merge(w)).rejects.toThrow(/partial-2-of-2\.json: data read by bias differs/);
    await shard(w, 1, 2);
    await shard(w, 1, 1);
    await expect(merge(w)).rejects.toThrow(/shard count differs/);
    await expect(merge(w, ['.modelgate/partial-?-of-2.json'])).resolves.toBeDefined();
    const p = JSON.parse(readFileSync(join(w, '.modelgate/partial-1-of-2.json'), 'utf8')) as { tool: { version: string } };
    p.tool.version = '0.0.0-other';
    writeFileSync(join(w, '.modelgate/partial-1-of-2.json'), JSON.stringify(p));
    await expect(merge(w, ['.modelgate/partial-?-of-2.json'])).rejects.toThrow(/tool version differs/);
    // A partial of another schema (an older modelgate cut parts in characters) says so before anything else.
    (p as unknown as { schemaVersion: number }).schemaVersion = 2;
    writeFileSync(join(w, '.modelgate/partial-1-of-2.json'), JSON.stringify(p));
    await expect(merge(w, ['.modelgate/partial-?-of-2.json'])).rejects.toThrow(/partial-1-of-2\.json: partial report of schema 2, this modelgate reads schema 3/);
  });

  it('a part file that was changed or lost after the shard wrote it', async () => {
    const w = ws({ 'policy.yaml': 'pii: { actions: { email: mask } }\nbias: { minGroupSize: 1, resamples: 0 }\n' });
    await shard(w, 1, 1);
    const part = readdirSync(join(w, '.modelgate')).find((f) => f.endsWith('.clean.gz'))!;
    writeFileSync(join(w, '.modelgate', part), 'not the part');
    const r = await merge(w);
    const c = r.checks.find((x) => x.id === 'pii')!;
    expect(r.verdict).toBe('error');
    expect(c.findings[0]!.message).toMatch(/part file has sha256 [0-9a-f]{64}, the partial report recorded/);
    // A partial report names its part files in its own folder, nowhere else.
    const file = join(w, '.modelgate/partial-1-of-1.json');
    const p = JSON.parse(readFileSync(file, 'utf8')) as { parts: Array<{ file: string }> };
    p.parts[0]!.file = '../people.csv';
    writeFileSync(file, JSON.stringify(p));
    await expect(merge(w)).rejects.toThrow(/partial-1-of-1\.json: partial report is malformed at parts\.0\.file: a file name in the folder of the partial report/);
  });
});

describe('a share that fails fails the merge closed', () => {
  it('a bad row in a later block: the shard job errs, the merge reports the error a single run meets', async () => {
    const w = ws({ 'pred.csv': predictions(3 * BLOCK_RECORDS, BLOCK_RECORDS + 5) });
    const single = await runGate(opts(w));
    expect(single.verdict).toBe('error');
    const { report, shards } = await shardedGate(opts(w), 2);
    expect(shards.map((s) => s.errors.length)).toEqual([0, 1]);
    expect(shards[1]!.report.checks.find((c) => c.id === 'bias')!.status).toBe('error');
    expect(comparable(report)).toBe(comparable(single));
    expect(report.checks.find((c) => c.id === 'bias')!.findings[0]!.location).toMatchObject({ file: 'pred.csv', record: BLOCK_RECORDS + 5 });
  });

  it('a file that cannot be read fails in every shard and in the merge as in a single run', async () => {
    const w = ws({ 'model-release.yaml': MANIFEST.replace('people.csv', 'missing.csv') });
    const single = await runGate(opts(w));
    const { report, shards } = await shardedGate(opts(w), 2);
    expect(shards.every((s) => s.errors.length === 1)).toBe(true);
    expect(report.verdict).toBe('error');
    expect(comparable(report)).toBe(comparable(single));
  });
});

describe('the command line', () => {
  it('check --shard writes a partial report (exit 0); merge reports like check, same exit code', async () => {
    const w = ws({ 'policy.yaml': 'pii: { actions: { email: mask } }\nbias: { minGroupSize: 1, resamples: 0, limits: { demographicParityDifference: { max: 0.01 } } }\n' });
    const base = ['--workspace', w, '--manifest', 'model-release.yaml', '--policy', 'policy.yaml', '--checks', 'pii,bias'];
    const single = await runCli(['check', ...base, '--json', 'single.json']);
    expect(single.code).toBe(1);
    for (const i of [1, 2]) {
      const s = await runCli(['check', ...base, '--shard', `${i}/2`]);
      expect(s.code).toBe(0);
      expect(s.stderr).toContain(`shard ${i}/2: partial report written to .modelgate/partial-${i}-of-2.json`);
    }
    const m = await runCli(['merge', ...base, '--json', 'merged.json', '.modelgate/partial-1-of-2.json', '.modelgate/partial-2-of-2.json']);
    expect(m.code).toBe(1);
    const read = (f: string) => comparable(JSON.parse(readFileSync(join(w, f), 'utf8')) as Parameters<typeof comparable>[0]);
    expect(read('merged.json')).toBe(read('single.json'));
  });

  it('refuses report flags on a shard job, a bad i/n, --partial without --shard', async () => {
    const w = ws();
    const base = ['--workspace', w, '--manifest', 'model-release.yaml'];
    expect(await runCli(['check', ...base, '--shard', '1/2', '--json', 'r.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--json is written by the merge') });
    expect(await runCli(['check', ...base, '--shard', '3/2'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--shard: expected i/n') });
    expect(await runCli(['check', ...base, '--partial', 'p.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--partial needs --shard') });
    expect(await runCli(['check', ...base, 'stray'])).toMatchObject({ code: 2 });
    expect(await runCli(['merge', ...base])).toMatchObject({ code: 2, stderr: expect.stringContaining('no partial report matches ".modelgate/partial-*.json"') });
  });
});
