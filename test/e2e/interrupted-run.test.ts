// A run stopped by SIGTERM/SIGINT in the middle of a scan, through dist/ as the runner and a shell run
// it: the exit code is 128 + the signal (never a pass), no temporary output is left behind, and no file
// in the output folders holds a raw record the scan had quarantined. A later run removes the
// temporaries an earlier, killed run (SIGKILL) left; a live process's temporaries are not touched.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, runCli, startAction } from '../helpers/action-runner.js';
import { filesHolding, filesUnder, signalWhenTempHolds } from '../helpers/interrupted-run.js';
import { card, chars, rng, ssn } from '../helpers/personal-data.js';
import { releaseManifest } from '../helpers/release.js';
import { peopleCsv } from '../helpers/sharded-run.js';
import { tempWorkspace } from '../helpers/workspace.js';

/** About 21 MB: the scan runs for seconds, long enough to be stopped in the middle. */
const RECORDS = 300_000;
const MANIFEST = releaseManifest('data', '  scan:\n    - path: data/people.csv\n');
const POLICY = 'pii:\n  actions: { email: mask, credit-card: quarantine, us-ssn: mask, iban: mask }\n';
const ENV = { MODELGATE_PII_KEY: chars(rng(8), 'abcdefghijklmnop', 24) };

/** A workspace whose dataset holds a planted card number (quarantined, so raw in the quarantine file) in its first rows. */
function release(): { ws: string; planted: string } {
  const planted = card(rng(77), '4', 16);
  const [header, ...rows] = peopleCsv(5, RECORDS).split('\n');
  const plantedRow = ['900001', 'Planted Person', 'planted@example.com', ssn(rng(78)), planted, 'ok', '33', 'F', '10001'].join(',');
  const ws = tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': POLICY, 'data/people.csv': [header, plantedRow, ...rows].join('\n') });
  return { ws, planted };
}

/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('a run stopped by a signal, through dist/', () => {
  it('modelgate check: SIGTERM mid-scan exits 143, removes its temporaries, leaves no raw record behind', async () => {
    const { ws, planted } = release();
    const out = tempWorkspace();
    const child = spawn(process.execPath, [join(DIST, 'cli.js'), 'check', '--policy', 'policy.yaml', '--checks', 'pii', '--json', join(out, 'report.json')], { cwd: ws, env: { PATH: process.env.PATH, ...ENV } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(await signalWhenTempHolds(child, join(ws, '.modelgate'), planted, 'SIGTERM')).toBe(true);
    expect(await closed).toBe(143);
    expect(stderr).toContain('modelgate: stopped by SIGTERM: no verdict; temporary outputs removed; exit 143');
    expect(filesUnder(join(ws, '.modelgate')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(filesHolding(join(ws, '.modelgate'), planted)).toEqual([]);
    expect(filesUnder(out)).toEqual([]);
  });

  it('modelgate pii scan: SIGINT mid-scan exits 130 and leaves neither output half-written', async () => {
    const { ws, planted } = release();
    const args = ['pii', 'scan', 'data/people.csv', '--policy', 'policy.yaml', '--mask', 'out/clean.csv', '--quarantine', 'out/quarantine.csv'];
    const child = spawn(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd: ws, env: { PATH: process.env.PATH, ...ENV } });
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(await signalWhenTempHolds(child, join(ws, 'out'), planted, 'SIGINT')).toBe(true);
    expect(await closed).toBe(130);
    expect(filesUnder(join(ws, 'out'))).toEqual([]);
  });

  it('the action: a cancelled job (SIGTERM) mid-scan exits 143 with no temporary and no raw record left', async () => {
    const { ws, planted } = release();
    const { child, result } = startAction(ws, { policy: 'policy.yaml', checks: 'pii' }, ENV);
    expect(await signalWhenTempHolds(child, join(ws, '.modelgate'), planted, 'SIGTERM')).toBe(true);
    const r = await result;
    expect(r.status).toBe(143);
    expect(filesUnder(join(ws, '.modelgate')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(filesHolding(join(ws, '.modelgate'), planted)).toEqual([]);
  });

  it('a later run removes the temporaries a killed run left in the folders it writes, and no others', () => {
    const ws = tempWorkspace({ 'model-release.yaml': MANIFEST, 'policy.yaml': POLICY, 'data/people.csv': peopleCsv(5, 50) });
    const out = tempWorkspace();
    const raw = card(rng(79), '4', 16);
    const stale = [join(ws, `.modelgate/pii/data/.people.quarantine.csv.${deadPid()}.0badf00d.tmp`), join(out, `.report.json.${deadPid()}.12345678.tmp`)];
    // A temporary of a process still running (this test's) in the same folder is left alone.
    const live = join(ws, `.modelgate/pii/data/.people.clean.csv.${process.pid}.abcdef01.tmp`);
    for (const f of [...stale, live]) {
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(f, `id,card\n1,${raw}\n`);
    }
    const r = runCli(['check', '--policy', 'policy.yaml', '--checks', 'pii', '--json', join(out, 'report.json')], ws);
    expect(r.status, r.stderr).toBe(1);
    expect(filesUnder(out)).toEqual([join(out, 'report.json')]);
    expect(filesUnder(join(ws, '.modelgate')).filter((f) => f.endsWith('.tmp'))).toEqual([live]);
  });
});
