import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../src/report/json.js';
import { baselineFacts, readBaselineReport } from '../../../src/report/baseline.js';
import { tempWorkspace } from '../../helpers/workspace.js';
import { richReport } from '../../helpers/reports.js';

describe('readBaselineReport', () => {
  it('reads back a report written by the JSON reporter', () => {
    const report = richReport();
    const ws = tempWorkspace({ 'prev.json': renderJson(report) });
    const back = readBaselineReport(join(ws, 'prev.json'), 'prev.json');
    expect(back.verdict).toBe(report.verdict);
    const ran = report.checks.find((c) => c.status === 'passed' || c.status === 'failed')!;
    expect(baselineFacts(back, ran.id)).toEqual(ran.facts);
    expect(baselineFacts(back, 'no-such-check')).toBeUndefined();
  });

  it('names the file for missing, malformed and foreign reports', () => {
    const ws = tempWorkspace({ 'bad.json': '{"schemaVersion": "1.0.0",', 'other.json': '{"runs": []}', 'v3.json': JSON.stringify({ ...richReport(), schemaVersion: '3.0.0' }), 'v1.json': JSON.stringify({ ...richReport(), schemaVersion: '1.0.0' }) });
    expect(() => readBaselineReport(join(ws, 'none.json'), 'none.json')).toThrow('none.json: baseline report not found');
    expect(() => readBaselineReport(join(ws, 'bad.json'), 'bad.json')).toThrow(/^bad\.json:1:\d+: the baseline report is not valid JSON: /);
    expect(() => readBaselineReport(join(ws, 'other.json'), 'other.json')).toThrow(/^other\.json: not a ModelGate JSON report: schemaVersion/);
    expect(() => readBaselineReport(join(ws, 'v3.json'), 'v3.json')).toThrow(/schema version 1\.x or 2\.x/);
    // 2.0.0 only dropped checks[].summary: a known-good report written by a 1.x gate still compares.
    expect(readBaselineReport(join(ws, 'v1.json'), 'v1.json').schemaVersion).toBe('1.0.0');
  });
});
