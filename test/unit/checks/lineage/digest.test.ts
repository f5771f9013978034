import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../../src/gate.js';
import type { Check } from '../../../../src/check.js';
import { compareUtf8, digestTargets, directoryDigest, hashFiles, hashPoolStats, listDirectory } from '../../../../src/io/artifact-digest.js';
import { lineage } from '../../../../checks/lineage/index.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { ctx, load, sha } from '../../../helpers/lineage-release.js';
import { summaryOf } from '../../../helpers/views.js';

describe('lineage: directory digests', () => {
  it('sorts relative paths by UTF-8 bytes, recurses, and skips the model-signing ignore list at the top level', async () => {
    const ws = tempWorkspace({
      'm/b.bin': 'b',
      'm/a/z.bin': 'z',
      'm/A.bin': 'A',
      'm/é.bin': 'e',
      'm/😀.bin': 'x',
      'm/ﬀ.bin': 'f', // U+FB00 sorts before U+1F600 by code point, after it by UTF-16 unit
      'm/.git/HEAD': 'ref',
      'm/model.sig': '{}',
      'm/.gitignore': '*',
      'm/sub/.git': 'kept: only top-level names are ignored',
    });
    const l = await listDirectory(join(ws, 'm'));
    expect(l.files.map((f) => f.rel)).toEqual(['A.bin', 'a/z.bin', 'b.bin', 'sub/.git', 'é.bin', 'ﬀ.bin', '😀.bin']);
    expect(compareUtf8('ﬀ', '😀')).toBeLessThan(0);
    const [d] = await digestTargets([join(ws, 'm')], { concurrency: 2 });
    const expected = createHash('sha256');
    for (const c of ['A', 'z', 'b', 'kept: only top-level names are ignored', 'e', 'f', 'x']) expected.update(createHash('sha256').update(c).digest());
    expect(d).toMatchObject({ kind: 'directory', sha256: expected.digest('hex'), size: 44 });
    expect(directoryDigest([])).toBe(sha(''));
  });

  it('hashes in worker threads with the same results, and stops when aborted', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 6; i++) files[`f${i}.bin`] = Buffer.alloc(300_000 + i, i);
    const ws = tempWorkspace(files);
    const paths = Object.keys(files).map((f) => join(ws, f));
    const sizes = Object.values(files).map((b) => b.length);
    const got = await hashFiles(paths, sizes, { concurrency: 3, workerThreshold: 0 });
    expect(got).toEqual(Object.values(files).map((b) => ({ sha256: sha(b), size: b.length })));
    await expect(hashFiles(paths, sizes, { concurrency: 3, workerThreshold: 0, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(hashFiles([join(ws, 'nope')], [0], { concurrency: 2, workerThreshold: 0 })).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps its threads for the next batch; after an abort a new pool starts and hashes correctly', async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 8; i++) files[`g${i}.bin`] = Buffer.alloc(200_000 + i, 7 + i);
    const ws = tempWorkspace(files);
    const paths = Object.keys(files).map((f) => join(ws, f));
    const sizes = Object.values(files).map((b) => b.length);
    const want = Object.values(files).map((b) => ({ sha256: sha(b), size: b.length }));
    expect(await hashFiles(paths, sizes, { concurrency: 2, workerThreshold: 0 })).toEqual(want);
    const afterFirst = hashPoolStats();
    expect(afterFirst.threads).toBeGreaterThanOrEqual(2);
    expect(await hashFiles(paths, sizes, { concurrency: 2, workerThreshold: 0 })).toEqual(want);
    expect(hashPoolStats()).toMatchObject({ started: afterFirst.started, threads: afterFirst.threads }); // no thread started
    // An abort in the middle stops the pool (threads cannot be interrupted mid-file); the next batch starts fresh.
    const ac = new AbortController();
    const p = hashFiles(paths, sizes, { concurrency: 2, workerThreshold: 0, signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(hashPoolStats().threads).toBe(0);
    expect(await hashFiles(paths, sizes, { concurrency: 2, workerThreshold: 0 })).toEqual(want);
    expect(hashPoolStats().started).toBeGreaterThan(afterFirst.started);
  });

  it('reports symbolic links inside a directory artifact and leaves them out of the digest', async () => {
    const ws = tempWorkspace({ 'model/d/a.bin': 'a' });
    symlinkSync('a.bin', join(ws, 'model/d/link.bin'));
    const m = load(ws, `model:\n  artifacts:\n    - path: model/d\n      sha256: ${directoryDigest([sha('a')])}\n`);
    const r = await lineage.run(ctx(ws, m));
    expect(r.findings.map((f) => [f.ruleId, f.target])).toEqual([['lineage/artifact-unsupported-entry', 'model/d/link.bin']]);
  });
});

describe('lineage through the gate', () => {
  const logger = { info() {}, warning() {}, debug() {} };
  it('blocks on unvetted data and passes once vetted; the summary has the integrity table', async () => {
    const ws = tempWorkspace({ 'model/m.bin': 'w', 'data/t.csv': 't' });
    const manifest = `model:\n  artifacts:\n    - path: model/m.bin\n      sha256: ${sha('w')}\ndata:\n  training:\n    - id: t\n      path: data/t.csv\n      sha256: ${sha('t')}\n`;
    load(ws, manifest);
    writeIn(ws, 'policy.yaml', 'lineage:\n  datasetRegistry: gov/datasets.yaml\n');
    writeIn(ws, 'gov/datasets.yaml', `datasets:\n  - { id: t, sha256: ${sha('t')}, status: pending, approver: gov, date: 2025-01-01 }\n`);
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [lineage as Check] };
    let report = await runGate(opts);
    expect(report.verdict).toBe('blocked');
    expect(report.checks[0]!.findings.map((f) => [f.ruleId, f.violation])).toEqual([['lineage/dataset-not-vetted', true]]);
    writeIn(ws, 'gov/datasets.yaml', `datasets:\n  - { id: t, sha256: ${sha('t')}, status: vetted, approver: gov, date: 2025-01-01 }\n`);
    report = await runGate(opts);
    expect(report.verdict).toBe('passed');
    expect(summaryOf(report.checks[0]!)).toContain('#### Integrity');
    expect(summaryOf(report.checks[0]!)).toContain('| t | vetted | gov |');
    expect(report.rules.map((r) => r.id)).toContain('lineage/dataset-revoked');
    // A registry that does not validate: the gate fails closed, naming the file and line.
    writeIn(ws, 'gov/datasets.yaml', `datasets:\n  - { id: t, sha256: nope, status: vetted, approver: gov, date: 2025-01-01 }\n`);
    report = await runGate(opts);
    expect(report.verdict).toBe('error');
    expect(report.checks[0]!.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: 'gov/datasets.yaml', line: 2 } });
  });
});
