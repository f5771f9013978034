// Through the bundle: JSON Lines records with keys the first record lacks (optional fields). Their
// personal data is scanned and masked, the masked copy keeps every such field (top level and nested,
// after the first record's keys), the gate's pii check reports them, and no value is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { manifestYaml, tempWorkspace } from '../helpers/workspace.js';

const at = (user: string) => user + '@' + 'example.com';
const v = { email1: at('jo.bloggs'), email2: at('ann.lee'), phone: '+44 20 ' + '7946 0958' };
const personal = [v.email1, v.email2, v.phone, '7946', 'jo.bloggs', 'ann.lee'];

const records = [
  { id: 1, text: 'hello' },
  { id: 2, text: 'hi', email: v.email1 },
  { id: 3, contact: { phones: [{ kind: 'work', number: v.phone }] }, text: 'later keys first' },
  { id: 4, text: 'nothing new' },
  { id: 5, text: 'ok', note: `write to ${v.email2}`, score: 7 },
];
const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

interface Report {
  files: Array<{ path: string; records: number; recordsMasked: number; counts: Record<string, number> }>;
  findings: Array<{ ruleId: string; message: string; location: { file: string; field: string; record: number } }>;
}

describe('JSON Lines keys not in the first record', () => {
  it('pii scan --mask: masks them, keeps every field (after the first record keys), prints no value', () => {
    const ws = tempWorkspace({ 'in.jsonl': jsonl });
    const res = runCli(['pii', 'scan', 'in.jsonl', '--format', 'jsonl', '--action', 'mask', '--mask', 'out.jsonl', '--report-json', 'report.json'], ws);
    expect(res.stderr).not.toMatch(/error/);
    expect(res.status).toBe(0);
    const text = readFileSync(join(ws, 'out.jsonl'), 'utf8');
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { id: 1, text: 'hello' },
      { id: 2, text: 'hi', email: '[EMAIL]' },
      { id: 3, text: 'later keys first', contact: { phones: [{ kind: 'work', number: '[PHONE]' }] } },
      { id: 4, text: 'nothing new' },
      { id: 5, text: 'ok', note: 'write to [EMAIL]', score: 7 },
    ]);
    // The order written: the first record's keys, then the record's own.
    expect(lines[2]).toBe('{"id":3,"text":"later keys first","contact":{"phones":[{"kind":"work","number":"[PHONE]"}]}}');

    const report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')) as Report;
    expect(report.files[0]).toMatchObject({ path: 'in.jsonl', records: 5, recordsMasked: 3 });
    expect(report.files[0]!.counts).toMatchObject({ email: 2, phone: 1 });
    const fields = report.findings.filter((f) => f.location.file === 'in.jsonl').map((f) => [f.location.field, f.location.record, f.message]);
    // Reported under the extra column, counting every key it held, naming the key of the first hit.
    expect(fields).toContainEqual(['(other keys)', 1, expect.stringMatching(/holds email in 2 value\(s\).*, the first under key "email"/)]);
    expect(fields).toContainEqual(['(other keys)', 2, expect.stringMatching(/holds phone in 1 value\(s\).*, the first under key "contact"/)]);

    const printed = text + res.stdout + res.stderr + readFileSync(join(ws, 'report.json'), 'utf8');
    expect(personal.filter((p) => printed.includes(p))).toEqual([]);
  });

  it('the gate: the pii check reports personal data under keys the first record lacks', () => {
    const ws = tempWorkspace({
      'data/later.jsonl': jsonl,
      'model-release.yaml': manifestYaml([], 'data:\n  scan:\n    - path: data/later.jsonl\n'),
    });
    const res = runCli(['check', '--checks', 'pii', '--json', 'out/report.json', '--summary', 'out/summary.md'], ws);
    expect(res.stderr).not.toMatch(/error:/);
    const report = JSON.parse(readFileSync(join(ws, 'out/report.json'), 'utf8')) as { checks: Array<{ id: string; findings: Report['findings'] }> };
    const findings = report.checks.find((c) => c.id === 'pii')!.findings.filter((f) => f.location.file === 'data/later.jsonl');
    expect(findings.map((f) => [f.location.field, f.message.match(/holds (\S+) in (\d+)/)?.slice(1)])).toEqual(
      expect.arrayContaining([
        ['(other keys)', ['email', '2']],
        ['(other keys)', ['phone', '1']],
      ]),
    );
    const summary = readFileSync(join(ws, 'out/summary.md'), 'utf8');
    expect(summary).toContain('(other keys)');
    const printed = res.stdout + res.stderr + JSON.stringify(report) + summary;
    expect(personal.filter((p) => printed.includes(p))).toEqual([]);
  });
});
