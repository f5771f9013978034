import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX_BYTES, renderSummary } from '../../../src/report/summary.js';
import type { CheckReport, Severity } from '../../../src/report/model.js';
import { WAIVER, check, finding, reportOf, richReport } from '../../helpers/reports.js';
import { dropEmptyTables } from '../../../src/report/summary.js';
import type { AnyCheck } from '../../../src/check.js';
import { viewsOf } from '../../../src/report/views.js';
import { views } from '../../helpers/views.js';
import { ANY_FACTS } from '../../helpers/facts.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Every <details> is closed and every code fence is closed. */
function expectBalanced(md: string): void {
  expect(md.split('<details>').length).toBe(md.split('</details>').length);
  const fences = md.split('\n').filter((l) => /^`{3,}/.test(l));
  expect(fences.length % 2).toBe(0);
}

/** 50 000 findings over 25 checks, half violations, with multi-byte text everywhere. */
function hugeReport(): ReturnType<typeof reportOf> {
  const sev: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  const checks: CheckReport[] = Array.from({ length: 25 }, (_, c) =>
    check({
      id: `check-${c}`,
      title: `Prüfung ${c} 🧪`,
      status: 'failed',
      facts: { note: 'é'.repeat(30_000), rows: Array.from({ length: 2000 }, (_, i) => ({ i, name: '名前' })) },
      findings: Array.from({ length: 2000 }, (_, i) =>
        finding({
          ruleId: `pii/rule-${i % 7}`,
          severity: sev[i % 5] ?? 'low',
          violation: i % 2 === 0,
          message: `列「氏名」に個人情報 😀 ${'ü'.repeat(40)} | row ${i}`,
          target: `col-${i}-名前`,
          evidence: '田**郎',
          location: { file: `data/学習-${c}.csv`, record: i, field: '氏名' },
        }),
      ),
    }),
  );
  return reportOf(checks);
}

describe('renderSummary', () => {
  it('starts with the verdict, then the checks table, then the violations', () => {
    const md = renderSummary(richReport(), views);
    // Issue 19 point 1: the commit follows the release, as in the comment.
    expect(md.startsWith('## ⚠️ ModelGate could not decide (error): `fraud-model@1.4.0` · commit `deadbee`\n')).toBe(true);
    expect(md).toContain('**5 violations** · 1 waived · fails on **medium** and above · mode **enforce**');
    const checks = md.indexOf('### Checks');
    const violations = md.indexOf('### Violations');
    const details = md.indexOf('<details>');
    expect(checks).toBeGreaterThan(0);
    expect(violations).toBeGreaterThan(checks);
    expect(details).toBeGreaterThan(violations);
    expect(md).toContain('| Endpoints check (`endpoints`) | ⚠️ error: endpoints.yml: not found | 1 | 0 | 1 | 12 ms |');
    expect(md).toContain('| Bias check (`bias`) | ⏭️ skipped: no evaluation section in the manifest | 0 | 0 | 0 | 0 ms |');
    expectBalanced(md);
  });

  it('shows blocked and passed verdicts, and says audit mode did not fail the job', () => {
    const blocked = renderSummary({ ...richReport(), verdict: 'blocked' }, views);
    expect(blocked).toMatch(/^## ❌ ModelGate blocked/);
    const audit = renderSummary({ ...richReport(), verdict: 'blocked', mode: 'audit' }, views);
    expect(audit).toContain('Audit mode: this result is reported but did not fail the job.');
    const passed = renderSummary(reportOf([check({ id: 'lineage' })]), views);
    expect(passed).toMatch(/^## ✅ ModelGate passed/);
    expect(passed).not.toContain('### Violations');
    expect(passed).not.toContain('mermaid');
  });

  it('lists violations most severe first and escapes table cells', () => {
    const md = renderSummary(richReport(), views);
    const table = md.slice(md.indexOf('### Violations'), md.indexOf('### Findings by severity'));
    const rows = table.split('\n').filter((l) => l.startsWith('| 🟥') || l.startsWith('| 🟧') || l.startsWith('| 🟨'));
    // Issue 19 point 2: the message is second, the rule third (was second).
    expect(rows.map((r) => r.split(' | ')[2])).toEqual([
      '`lineage/artifact-digest-mismatch`',
      '`dependency/vulnerable-package`',
      '`pii/email-in-column`',
      '`endpoints/check-error`',
      '`bias/unregistered-rule`',
    ]);
    expect(table).toContain('CVE-2025-0001 \\| remote code execution');
    expect(table).toContain('Custom rule &lt;fairness&gt; failed<br>second line');
    expect(table).toContain('Emails in column \\`email\\`');
    // Each row has exactly the five columns: no stray pipe splits a cell.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('has a Mermaid pie chart of findings by severity', () => {
    const md = renderSummary(richReport(), views);
    expect(md).toContain('```mermaid\npie showData\n    "critical" : 1\n    "high" : 4\n    "medium" : 1\n    "low" : 1\n    "info" : 1\n```');
  });

  it('puts findings, outputs and waivers in collapsible sections, and no facts', () => {
    const md = renderSummary(richReport(), views);
    expect(md).toContain('<details><summary>❌ Lineage check — failed: 2 findings, 1 violation</summary>');
    // Issue 19 point 5: the raw facts JSON is gone (it was a ```json block per check); the JSON report has the facts.
    expect(md).not.toContain('```json');
    expect(md).not.toContain('"artifacts"');
    expect(md).toContain('- `out/train.masked.csv` (masked-dataset)');
    expect(md).toContain('<details><summary>Waivers: 1 applied, 1 unused, 0 expired</summary>');
    expect(md).toContain('| applied | `dependency/vulnerable-package` | `left-pad@1.0.0` | not reachable from the serving path | ml-platform | 2099-12-31 | `.modelgate/policy.yml:14:5` |');
    expect(md).toContain('waived: not reachable from the serving path (ml-platform, until 2099-12-31)');
    expect(md).toContain('`j***@e******.com`');
    expectBalanced(md);
  });

  // Issue 19 point 5: facts are no longer shown, so there is nothing to cap (was: "Facts truncated (N lines not shown)").
  it('shows no facts however large, and escapes HTML in <summary>', () => {
    const facts = { big: Array.from({ length: 5000 }, (_, i) => `value-${i}`) };
    const md = renderSummary(reportOf([check({ id: 'x', title: 'A <b>bold</b> check', facts })]), views);
    expect(md).toContain('<summary>✅ A &lt;b&gt;bold&lt;/b&gt; check — passed');
    expect(md).not.toContain('value-1');
    expect(bytes(md)).toBeLessThan(5_000);
    expectBalanced(md);
  });

  it('stays within 1 MB (bytes, not characters) with 50 000 multi-byte findings', () => {
    const report = hugeReport();
    const md = renderSummary(report, views);
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes(md)).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.9); // it uses the room it has
    expect(md).toContain('This summary was truncated');
    expect(md).toContain('the JSON report');
    expect(md.startsWith('## ❌ ModelGate blocked')).toBe(true);
    expect(md).toContain('### Violations');
    expect(md).toContain('…and 24000 more violations: see the JSON report.');
    expectBalanced(md);
    // The cut falls at a line boundary, before the note.
    const beforeNote = md.slice(0, md.indexOf('\n> [!WARNING]'));
    expect(beforeNote.endsWith('\n')).toBe(true);
  });

  it('honours a smaller maxBytes exactly, even mid-way through a table of multi-byte rows', () => {
    const report = hugeReport();
    for (const maxBytes of [5_000, 20_001, 65_536, 300_007]) {
      const md = renderSummary(report, views, { maxBytes });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md).toContain('This summary was truncated');
      // No character was split: the text survives a UTF-8 round trip unchanged.
      expect(Buffer.from(md, 'utf8').toString('utf8')).toBe(md);
      expectBalanced(md);
    }
  });

  it('is not truncated when it fits', () => {
    const md = renderSummary(richReport(), views);
    expect(md).not.toContain('truncated');
  });
});

describe('check sections', () => {
  it('renders a check-provided section under the check title, before the collapsed details', async () => {
    const { richReport } = await import('../../helpers/reports.js');
    const report = richReport();
    const section = { id: report.checks[0]!.id, facts: ANY_FACTS, view: { summary: () => '| group | rate |\n| --- | --- |\n| a | 0.5 |\n' } } as unknown as AnyCheck;
    const md = renderSummary(report, viewsOf([section]));
    const at = md.indexOf(`### ${report.checks[0]!.title}\n\n| group | rate |`);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(md.indexOf('<details>'));
  });
});

describe('what reviewers see first (issue 19)', () => {
  const sectionView = (id: string, summary: string): AnyCheck => ({ id, facts: ANY_FACTS, view: { summary: () => summary } }) as unknown as AnyCheck;

  it('leads with the applied waivers, right after the verdict and before the checks', () => {
    const waived = finding({ ruleId: WAIVER.rule, severity: 'high', target: 'left-pad@1.0.0', waiver: WAIVER });
    const md = renderSummary(reportOf([check({ id: 'dependency', findings: [waived] })]), views);
    expect(md.startsWith('## ✅ ModelGate passed: `fraud-model@1.4.0` · commit `deadbee`\n')).toBe(true);
    expect(md).toContain('### Waivers applied (1)\n\nThe release passed because of these waivers: without them, 1 finding would block it.\n\n| Rule | Target | Owner | Expires | Reason | Findings |');
    expect(md).toContain('| `dependency/vulnerable-package` | `left-pad@1.0.0` | ml-platform | 2099-12-31 | not reachable from the serving path | 1 |');
    expect(md.indexOf('### Waivers applied')).toBeLessThan(md.indexOf('### Checks'));
    expect(renderSummary(reportOf([check({ id: 'x' })], { waivers: { applied: [], unused: [], expired: [] } }), views)).not.toContain('Waivers applied');
  });

  it('has no commit label without a commit', () => {
    expect(renderSummary(reportOf([check({ id: 'x' })], { run: {} }), views).split('\n')[0]).toBe('## ✅ ModelGate passed: `fraud-model@1.4.0`');
  });

  it('collapses a passing check, section and all, and keeps a failing check\'s section open', () => {
    const report = reportOf([
      check({ id: 'lineage', status: 'failed', facts: { n: 1 }, findings: [finding({ ruleId: 'lineage/x', violation: true })] }),
      check({ id: 'pii', status: 'passed', facts: { n: 1 }, outputs: [{ path: 'out/clean.csv', kind: 'clean' }] }),
      check({ id: 'x', status: 'passed' }),
    ]);
    const md = renderSummary(report, viewsOf([sectionView('lineage', '| a | b |\n|---|---|\n| 1 | 2 |'), sectionView('pii', 'PII SECTION')]));
    const failed = md.indexOf('### Lineage check\n\n| a | b |');
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(md.indexOf('<details><summary>❌ Lineage check'));
    expect(md).not.toContain('### Pii check');
    const open = md.indexOf('<details><summary>✅ Pii check — passed: 0 findings, 0 violations</summary>');
    expect(open).toBeGreaterThan(0);
    const inside = md.slice(open, md.indexOf('</details>', open));
    expect(inside).toContain('PII SECTION');
    expect(inside).toContain('- `out/clean.csv` (clean)');
    expect(inside).not.toContain('No findings.'); // the summary line says 0 findings; the section speaks for the check
    expect(md).toContain('<details><summary>✅ X check — passed: 0 findings, 0 violations</summary>\n\nNo findings.\n\n</details>');
    expectBalanced(md);
  });

  it('leaves out a table with no rows in a check\'s section', () => {
    const section = 'Intro\n\n| empty | table |\n|---|---:|\n\n| kept | table |\n| --- | --- |\n| 1 | 2 |\n\n```mermaid\n| not | a table |\n|---|---|\n```\n| last | one |\n|---|---|';
    const md = renderSummary(reportOf([check({ id: 'x', status: 'failed', facts: { n: 1 } })]), viewsOf([sectionView('x', section)]));
    expect(md).not.toContain('| empty | table |');
    expect(md).not.toContain('| last | one |');
    expect(md).toContain('| kept | table |\n| --- | --- |\n| 1 | 2 |');
    expect(md).toContain('```mermaid\n| not | a table |\n|---|---|\n```');
    expect(dropEmptyTables('no table\n\n\n\nhere')).toBe('no table\n\n\n\nhere');
  });

  it('is far shorter for a passing release with large facts: no JSON, sections collapsed', () => {
    const facts = { rows: Array.from({ length: 300 }, (_, i) => ({ i, name: `n${i}` })) };
    const md = renderSummary(reportOf([check({ id: 'a', facts }), check({ id: 'b', facts })], { waivers: { applied: [], unused: [], expired: [] } }), views);
    expect(md.split('\n').length).toBeLessThan(60); // with the facts dumped: over 2,500 lines
    expect(md.match(/<details>/g)).toHaveLength(2);
  });
});
