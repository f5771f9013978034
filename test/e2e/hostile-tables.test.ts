// Hostile tables through the bundled action and the CLI (issue 22, bounded cost and tidy faults): a
// 10,000-column CSV, a 128 MiB file without a line break and a corrupt Parquet file each end within
// seconds in exit code 2 with one line in the tool's words naming the file, never a stack trace, an
// out-of-memory abort or a hang. Files are made at run time; the big one is written in a stream.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, runCli } from '../helpers/action-runner.js';
import { parquetCorruptions } from '../helpers/parquet-corruptions.js';
import { manifestYaml, sha256, tempWorkspace, writeIn } from '../helpers/workspace.js';

const MiB = 1024 * 1024;

/** 128 MiB without a line break, written 1 MiB at a time (never a whole-file string). */
function writeOneLine(path: string): void {
  const block = Buffer.alloc(MiB, 'a');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'text,');
    for (let i = 0; i < 128; i++) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

const columns = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
/** Each file, where its error points (file and line) and what it says. */
const cases: Array<{ file: string; where: string; detail: RegExp }> = [
  { file: 'data/wide.csv', where: 'data/wide.csv:1', detail: /10,000 columns exceed the limit of 2,000 columns per table/ },
  { file: 'data/one-line.csv', where: 'data/one-line.csv:1', detail: /record exceeds the limit of 32 MiB per record/ },
  { file: 'data/corrupt.parquet', where: 'data/corrupt.parquet', detail: /is not a readable Parquet file: its footer \(the file metadata\) is corrupt/ },
];

function release(): string {
  const ws = tempWorkspace({ 'm.bin': 'w', 'data/wide.csv': `${columns.join(',')}\n${columns.map(() => '1').join(',')}\n`, 'data/corrupt.parquet': parquetCorruptions()['garbled footer']! });
  mkdirSync(join(ws, 'data'), { recursive: true });
  writeOneLine(join(ws, 'data/one-line.csv'));
  return ws;
}

/** The run ended in its own words: no stack frame, no JavaScript error name, no V8 abort. */
function tidy(out: string): void {
  expect(out).not.toMatch(/\n\s+at |TypeError|RangeError|Cannot read properties|heap out of memory|FATAL ERROR/);
}

describe('hostile tables', () => {
  const ws = release();
  const manifest = (file: string) => manifestYaml([{ path: 'm.bin', sha256: sha256('w') }], `data:\n  scan:\n    - path: ${file}\n`);

  it.each(cases)('modelgate pii scan $file: exit 2 within seconds, one line naming the file', ({ file, where, detail }) => {
    const started = Date.now();
    const r = runCli(['pii', 'scan', file], ws);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.status, r.stderr).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('modelgate: error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`modelgate: error: ${where}: `);
    expect(errors[0]).toMatch(detail);
    tidy(r.stdout + r.stderr);
  });

  it.each(cases)('modelgate check over $file: exit 2 within seconds, the check error names the file', ({ file, where, detail }) => {
    writeIn(ws, 'model-release.yaml', manifest(file));
    const started = Date.now();
    const r = runCli(['check', '--checks', 'pii'], ws);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout + r.stderr).toContain(where);
    expect(r.stdout + r.stderr).toMatch(detail);
    tidy(r.stdout + r.stderr);
  });

  it.each(cases)('the action over $file: exit 2 within seconds, the annotation names the file', async ({ file, where, detail }) => {
    writeIn(ws, 'model-release.yaml', manifest(file));
    const started = Date.now();
    const r = await runAction(ws, { checks: 'pii' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.status, r.stdout).toBe(2);
    const annotation = r.stdout.split('\n').find((l) => l.startsWith('::error '));
    expect(annotation, r.stdout).toMatch(detail);
    expect(annotation).toContain(where.split(':')[0]);
    tidy(r.stdout + r.stderr);
  });
});
