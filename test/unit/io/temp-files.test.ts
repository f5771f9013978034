// Temporaries in one registry: what is not yet renamed is removed on a signal; what an earlier, killed
// run left in an output folder is removed by the next run's first write there; a live process's stays.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/io/atomic.js';
import { AtomicFile } from '../../../src/io/tabular-write/index.js';
import { liveTemporaries, removeStaleTemporaries, removeTemporaries } from '../../../src/io/temp-files.js';
import { tempWorkspace } from '../../helpers/workspace.js';

/** The pid of a process that has exited (not reused within a test, on any system we run on). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('temporary outputs', () => {
  it('an open AtomicFile is registered until it commits; removeTemporaries deletes the ones still open', async () => {
    const ws = tempWorkspace();
    const done = new AtomicFile(join(ws, 'out/clean.csv'));
    const open = new AtomicFile(join(ws, 'out/quarantine.csv'));
    await open.write('raw record\n');
    expect(liveTemporaries()).toHaveLength(2);
    await done.commit();
    expect(liveTemporaries()).toHaveLength(1);
    // The file exists as soon as the constructor returns: a handler running now finds it.
    expect(readdirSync(join(ws, 'out')).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    removeTemporaries();
    expect(liveTemporaries()).toEqual([]);
    expect(readdirSync(join(ws, 'out'))).toEqual(['clean.csv']);
    await open.abort();
  });

  it('an aborted AtomicFile and an atomic write leave nothing registered', async () => {
    const ws = tempWorkspace();
    const f = new AtomicFile(join(ws, 'a.csv'));
    await f.abort();
    writeFileAtomic(join(ws, 'b.json'), '{}');
    expect(liveTemporaries()).toEqual([]);
    expect(readdirSync(ws)).toEqual(['b.json']);
  });

  it('removes the temporaries of processes that are gone, keeps those of live ones and other files', () => {
    const ws = tempWorkspace();
    const dead = `.report.json.${deadPid()}.0badf00d.tmp`;
    const live = `.report.json.${process.ppid}.0badf00d.tmp`;
    const mine = `.report.json.${process.pid}.0badf00d.tmp`;
    const others = ['.report.json.tmp', 'notes.1234.0badf00d.tmp', `.x.${deadPid()}.nothex!!.tmp`, 'report.json'];
    for (const n of [dead, live, mine, ...others]) writeFileSync(join(ws, n), 'x');
    expect(removeStaleTemporaries(ws)).toEqual([dead]);
    expect(readdirSync(ws).sort()).toEqual([live, mine, ...others].sort());
  });

  it('the first write in a folder removes what a killed run left there', async () => {
    const ws = tempWorkspace();
    const stale = [`.gate.sarif.${deadPid()}.12345678.tmp`, `.people.quarantine.csv.${deadPid()}.abcdef01.tmp`];
    for (const n of stale) writeFileSync(join(ws, n), 'raw record');
    writeFileAtomic(join(ws, 'gate.sarif'), '{}');
    expect(stale.filter((n) => existsSync(join(ws, n)))).toEqual([]);
    const other = tempWorkspace();
    const left = `.people.clean.csv.${deadPid()}.abcdef01.tmp`;
    writeFileSync(join(other, left), 'raw record');
    const f = new AtomicFile(join(other, 'people.clean.csv'));
    await f.commit();
    expect(readdirSync(other)).toEqual(['people.clean.csv']);
  });
});
