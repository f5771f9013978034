import { describe, expect, it } from 'vitest';
import { logReport, type LogSink } from '../../../src/report/log.js';
import { check, finding, reportOf, richReport } from '../../helpers/reports.js';

/** Records the log as lines, with groups shown as `>> name` … `<<`. */
function capture(): LogSink & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    startGroup: (name) => lines.push(`>> ${name}`),
    endGroup: () => lines.push('<<'),
    info: (line) => lines.push(line),
  };
}

describe('logReport', () => {
  it('writes one group per check with counts and duration in the header', () => {
    const out = capture();
    logReport(richReport(), out);
    const headers = out.lines.filter((l) => l.startsWith('>> '));
    expect(headers).toEqual([
      '>> lineage — failed (1 violation, 1 other finding) 12 ms',
      '>> dependency — failed (1 violation, 1 waived) 12 ms',
      '>> pii — failed (2 violations) 12 ms',
      '>> container-image — passed (0 violations, 1 other finding) 12 ms',
      '>> endpoints — error (1 violation) 12 ms',
      '>> bias — skipped (0 violations) 0 ms',
      '>> waivers — 1 applied, 1 unused, 0 expired',
    ]);
    expect(out.lines.filter((l) => l === '<<')).toHaveLength(headers.length);
  });

  it('writes each finding on one line, most severe first, with a marker', () => {
    const out = capture();
    logReport(richReport(), out);
    const lineage = out.lines.slice(out.lines.indexOf('>> lineage — failed (1 violation, 1 other finding) 12 ms') + 1);
    expect(lineage[0]).toBe(
      '[CRITICAL] VIOLATION lineage/artifact-digest-mismatch release/modelgate.yml:7:13 — sha256 differs from the manifest (models/model.bin)',
    );
    expect(lineage[1]).toBe('[INFO] notice lineage/manifest-info release/modelgate.yml:3 — Model card found');
    const waived = out.lines.find((l) => l.includes('left-pad'));
    expect(waived).toBe(
      '[HIGH] waived dependency/vulnerable-package requirements.txt:4 — GHSA-xxxx: prototype pollution (left-pad@1.0.0) — waived: not reachable from the serving path (owner ml-platform, until 2099-12-31)',
    );
    expect(out.lines).toContain('[HIGH] VIOLATION pii/email-in-column data/train.csv record 41 field email — Emails in column `email` (email) evidence: j***@e******.com');
    // A multi-line message stays on one line.
    expect(out.lines).toContain('[MEDIUM] VIOLATION bias/unregistered-rule — Custom rule <fairness> failed second line');
    expect(out.lines).toContain('output: out/train.masked.csv (masked-dataset)');
  });

  it('says why a check is skipped or errored', () => {
    const out = capture();
    logReport(richReport(), out);
    expect(out.lines).toContain('error: endpoints.yml: not found');
    expect(out.lines).toContain('skipped: no evaluation section in the manifest');
  });

  it('ends with a verdict line', () => {
    const out = capture();
    logReport(richReport(), out);
    expect(out.lines.at(-1)).toBe(
      'ModelGate ERROR fraud-model@1.4.0: 5 violations, 1 waived, 8 findings in 6 checks, 1 errored, 1 skipped (fail on medium and above) in 1.2 s',
    );
    const audit = capture();
    logReport({ ...richReport(), verdict: 'blocked', mode: 'audit' }, audit);
    expect(audit.lines.at(-1)).toMatch(/\[audit mode: the job does not fail\]$/);
  });

  it('caps the findings listed per check and says how many more there are', () => {
    const findings = Array.from({ length: 1200 }, (_, i) => finding({ ruleId: 'pii/email-in-column', message: `m${i}`, severity: i === 1100 ? 'critical' : 'low' }));
    const out = capture();
    logReport(reportOf([check({ id: 'pii', findings })]), out);
    const listed = out.lines.filter((l) => l.startsWith('['));
    expect(listed).toHaveLength(500);
    expect(listed[0]).toContain('[CRITICAL]');
    expect(out.lines).toContain('… and 700 more findings (see the JSON report)');
  });

  it('never emits a line that starts a workflow command', () => {
    const out = capture();
    const f = finding({ ruleId: 'x/y', message: 'oops\n::add-mask::nope\n::error::fake', target: 'a\n::warning::b' });
    logReport(reportOf([check({ id: 'x', findings: [f] })]), out);
    expect(out.lines.some((l) => l.startsWith('::'))).toBe(false);
  });
});
