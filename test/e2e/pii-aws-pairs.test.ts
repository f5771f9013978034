// Issue 17, through the bundle: `modelgate pii scan --mask` on a JSON Lines file and a CSV file whose
// records hold an AWS access key id in one field and its secret access key in another (nested in a
// JSON object or not, a cell of its own or inside a sentence) masks both, the JSON report counts
// them and says where (file, record, field), and no secret key is printed or written anywhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { keysIn, pairedCsv, pairedJsonl, type Paired } from '../helpers/aws-pairs.js';
import { tempWorkspace } from '../helpers/workspace.js';

interface Report {
  verdict: string;
  files: Array<{ path: string; records: number; recordsMasked: number; counts: Record<string, number> }>;
  findings: Array<{ ruleId: string; message: string; location: { file: string; field: string; record: number } }>;
}

const cases: Array<{ file: string; data: Paired; fields: string[] }> = [
  { file: 'keys.jsonl', data: pairedJsonl(21, 21), fields: ['note', 'value'] },
  { file: 'keys.csv', data: pairedCsv(22, 21), fields: ['comment', 'payload'] },
];

describe('pii scan: AWS secret keys in another field of the record than their key id', () => {
  it.each(cases)('$file: masks the key id and the secret key, counts and locates them, prints neither', ({ file, data, fields }) => {
    const ws = tempWorkspace({ [file]: data.text });
    const out = `clean-${file}`;
    const r = runCli(['pii', 'scan', file, '--mask', out, '--report-json', 'report.json'], ws);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0); // masked: pii/protected findings, no violation
    const report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')) as Report;
    const masked = readFileSync(join(ws, out), 'utf8');
    const printed = r.stdout + r.stderr + JSON.stringify(report) + masked;
    expect(data.keys).toHaveLength(6);
    expect(keysIn(printed, data.keys)).toBe(0);

    // Masked records: the 9 with a key id, and 3 with an e-mail address (--mask without a policy masks every type).
    expect(report.files[0]).toMatchObject({ path: file, records: 21, recordsMasked: 12 });
    expect(report.files[0]!.counts['aws-secret-access-key']).toBe(6);
    expect(report.files[0]!.counts['aws-access-key-id']).toBe(9);
    const secretFindings = report.findings.filter((f) => f.message.includes('aws-secret-access-key'));
    expect(secretFindings.map((f) => [f.ruleId, f.location.file, f.location.field, f.location.record])).toEqual([
      ['pii/protected', file, fields[0], 0],
      ['pii/protected', file, fields[1], 3],
    ]);
    expect(secretFindings.map((f) => f.message.match(/(\d+) masked/)?.[1])).toEqual(['3', '3']);
    expect(r.stderr).toContain(`${file} [${fields[0]}]: column "${fields[0]}" holds aws-secret-access-key in 3 value(s)`);
    // The masked records keep the look-alikes (git commit ids, session ids, image data) as they were.
    expect(masked.match(/\[SECRET\]/g)).toHaveLength(6 + 9);
  });
});
