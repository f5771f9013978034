// Issue 17, through the bundle: a CSV with neutral column names (`c1`, `c2`, …) holding bare US SSNs and
// bare lower-case MAC addresses. `modelgate pii scan --mask` masks their valid cells (the head's values
// cue the columns), leaves the look-alike id columns alone, reports the cue in the column facts, and gives
// the same masked bytes from a file, a gzip file and standard input; the gate's check gives them too,
// on the main thread and on worker threads. No generated value is printed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, runCli } from '../helpers/action-runner.js';
import { manifestYaml, tempWorkspace } from '../helpers/workspace.js';
import { bareMac, bareSsn } from '../helpers/pii-colhead-tuning.js';
import { chars, rng } from '../helpers/personal-data.js';

const ROWS = 3000;

function table(): { csv: string; ssns: string[]; macs: string[] } {
  const r = rng(17);
  const ssns: string[] = [];
  const macs: string[] = [];
  let csv = 'id,c1,c2,c3,c4\n';
  for (let i = 0; i < ROWS; i++) {
    const s = bareSsn(r);
    const m = bareMac(r);
    ssns.push(s);
    macs.push(m);
    // c3: random 9-digit ids, c4: 12-hex ids (commit-like): look-alikes, read as ids (the identifier cue), left alone.
    csv += `${i},${s},${m},${chars(r, '0123456789', 9)},${chars(r, '0123456789abcdef', 12)}\n`;
  }
  return { csv, ssns, macs };
}

interface Report {
  files: Array<{ records: number; recordsMasked: number; columns: Array<{ name: string; type: string | null; valueCue?: string; counts: Record<string, number> }> }>;
}

describe('pii scan: bare SSNs and MACs in neutral columns (value cues)', () => {
  const { csv, ssns, macs } = table();

  it('masks them from a file, a gzip file and standard input alike, and reports the cue', () => {
    const ws = tempWorkspace({ 't.csv': csv, 't.csv.gz': gzipSync(csv) });
    const outs: string[] = [];
    for (const [input, out] of [['t.csv', 'a.csv'], ['t.csv.gz', 'b.csv.gz']] as const) {
      const res = runCli(['pii', 'scan', input, '--action', 'mask', '--mask', out, '--report-json', `${out}.json`], ws);
      expect(res.stderr).not.toMatch(/error/);
      expect(res.status).toBe(0);
      const report = JSON.parse(readFileSync(join(ws, `${out}.json`), 'utf8')) as Report;
      const cols = Object.fromEntries(report.files[0]!.columns.map((c) => [c.name, c]));
      expect(cols.c1).toMatchObject({ type: 'us-ssn', valueCue: 'us-ssn', counts: { 'us-ssn': ROWS } });
      expect(cols.c2).toMatchObject({ type: 'mac-address', valueCue: 'mac-address', counts: { 'mac-address': ROWS } });
      expect(cols.c3!.valueCue).toBe('identifier');
      expect(cols.c4!.valueCue).toBe('identifier');
      expect(res.stdout + res.stderr).not.toMatch(/\b\d{9}\b/);
      outs.push(out.endsWith('.gz') ? spawnSync('gzip', ['-dc', join(ws, out)], { encoding: 'utf8' }).stdout : readFileSync(join(ws, out), 'utf8'));
    }
    const stdin = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'pii', 'scan', '-', '--format', 'csv', '--action', 'mask', '--mask', '-'], { cwd: ws, input: csv, encoding: 'utf8' });
    expect(stdin.status).toBe(0);
    outs.push(stdin.stdout);
    expect(outs[1]).toBe(outs[0]);
    expect(outs[2]).toBe(outs[0]);
    const lines = outs[0]!.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(lines.every((l) => l[1] === '[US_SSN]' && l[2] === '[MAC_ADDRESS]')).toBe(true);
    const written = new Set(outs[0]!.split(/[,\n]/));
    expect(ssns.filter((s) => written.has(s)).length + macs.filter((m) => written.has(m)).length).toBe(0);
  });

  // One worker thread: test/unit/checks/pii/parallel.test.ts (MODELGATE_PII_THREADS=1 means none here).
  it('the gate: the same masked output on the main thread and on two worker threads', () => {
    const big = csv + table().csv.split('\n').slice(1).join('\n'); // over PARALLEL_MIN_BYTES with the filler below
    const filler = big.split('\n').map((l, i) => (i === 0 ? `${l},note` : l === '' ? l : `${l},${'x'.repeat(1400)}`)).join('\n');
    const outputs: string[] = [];
    for (const threads of ['0', '2']) {
      const ws = tempWorkspace({
        'data/t.csv': filler,
        'policy.yaml': 'pii:\n  actions: { us-ssn: mask, mac-address: mask }\n',
        'model-release.yaml': manifestYaml([], 'data:\n  scan:\n    - path: data/t.csv\n'),
      });
      const res = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'check', '--checks', 'pii', '--policy', 'policy.yaml', '--json', 'out/report.json'], {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, MODELGATE_PII_THREADS: threads },
        timeout: 120_000,
      });
      expect(res.stderr).not.toMatch(/error:/);
      const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8')) as { checks: Array<{ id: string; facts: Report & { files: Array<{ outputs: Array<{ path: string }> }> } }> };
      const facts = report.checks.find((c) => c.id === 'pii')!.facts;
      expect(facts.files[0]!.columns.filter((c) => c.valueCue).map((c) => [c.name, c.valueCue])).toEqual([
        ['c1', 'us-ssn'],
        ['c2', 'mac-address'],
        ['c3', 'identifier'],
        ['c4', 'identifier'],
      ]);
      outputs.push(readFileSync(join(ws, facts.files[0]!.outputs[0]!.path), 'utf8'));
    }
    expect(outputs[1] === outputs[0]).toBe(true);
  }, 300_000);
});
