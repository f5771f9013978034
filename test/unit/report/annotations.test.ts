import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_LEVEL, emitAnnotations, planAnnotations, verdictLevel, type AnnotationProps } from '../../../src/report/annotations.js';
import { severityRank } from '../../../src/report/model.js';
import { check, finding, manyViolations, reportOf, richReport } from '../../helpers/reports.js';

describe('planAnnotations', () => {
  // Point 4 of issue 19: waived findings were warnings; they are notices now, titled as waived.
  it('maps violations to errors, other findings to warnings, waived and info findings to notices', () => {
    const plan = planAnnotations(richReport());
    const byTitle = new Map(plan.map((a) => [a.props.title, a.level]));
    expect(byTitle.get('lineage/artifact-digest-mismatch (critical)')).toBe('error');
    expect(byTitle.get('container-image/unpinned-base (low)')).toBe('warning');
    expect(byTitle.get('lineage/manifest-info (info)')).toBe('notice');
    const waived = plan.filter((a) => a.props.title === 'dependency/vulnerable-package (high, waived)' && a.level === 'notice');
    expect(waived).toHaveLength(1);
    expect(waived[0]?.message).toContain('Waived: not reachable from the serving path');
    expect(plan.filter((a) => a.level === 'error')).toHaveLength(5);
  });

  it('orders errors, then warnings, then notices, the most severe first', () => {
    const plan = planAnnotations(richReport());
    expect(plan.map((a) => a.level)).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'notice', 'notice']);
    expect(plan.map((a) => a.props.title)).toEqual([
      'lineage/artifact-digest-mismatch (critical)',
      'dependency/vulnerable-package (high)',
      'pii/email-in-column (high)',
      'endpoints/check-error (high)',
      'bias/unregistered-rule (medium)',
      'container-image/unpinned-base (low)',
      'dependency/vulnerable-package (high, waived)',
      'lineage/manifest-info (info)',
    ]);
  });

  // Point 4 of issue 19: one error of the 10 is kept for the verdict's own line (was: 9 + a group of the rest).
  it('emits at most 9 errors: 8 most severe and one that groups the rest, leaving the 10th to the verdict', () => {
    const plan = planAnnotations(manyViolations(25));
    const errors = plan.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(9);
    const ranks = errors.slice(0, 8).map((a) => severityRank(a.props.title?.match(/\((\w+)\)$/)?.[1] as 'low'));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(errors.slice(0, 7).every((a) => a.props.title?.endsWith('(critical)'))).toBe(true);
    const group = errors[8];
    expect(group?.message).toMatch(/^and 17 more violations not annotated: /);
    expect(group?.message).toMatch(/\d+× pii\/email-in-column/);
    expect(group?.message).toContain('see the job summary');
    expect(group?.props.file).toBeUndefined();
    expect(group?.props.startLine).toBeUndefined();
    // The grouped counts add up to what was left out.
    const counted = [...(group?.message.matchAll(/(\d+)× /g) ?? [])].reduce((n, m) => n + Number(m[1]), 0);
    expect(counted).toBe(17);
  });

  it('does not group exactly 9 errors, nor 10 warnings', () => {
    const plan = planAnnotations(manyViolations(9));
    expect(plan).toHaveLength(9);
    expect(plan.some((a) => a.message.includes('more violations'))).toBe(false);
    expect(planAnnotations(manyViolations(10)).filter((a) => a.level === 'error').at(-1)?.message).toMatch(/^and 2 more violations/);
    const warnings = Array.from({ length: 10 }, (_, i) => finding({ ruleId: 'container-image/unpinned-base', severity: 'low', message: `w${i}` }));
    expect(planAnnotations(reportOf([check({ id: 'x', findings: warnings })])).filter((a) => a.level === 'warning')).toHaveLength(10);
  });

  it('with the verdict line, a blocked run writes at most 10 errors and the verdict is one of them', () => {
    const report = manyViolations(25);
    expect(verdictLevel(report)).toBe('error');
    const errors = planAnnotations(report).filter((a) => a.level === 'error').length + 1; // + core.setFailed
    expect(errors).toBe(ANNOTATIONS_PER_LEVEL);
  });

  it('in audit mode keeps a warning for the verdict line, and no error is needed for a pass', () => {
    const warnings = Array.from({ length: 12 }, (_, i) => finding({ ruleId: 'container-image/unpinned-base', severity: 'low', message: `w${i}` }));
    const audit = reportOf([check({ id: 'x', findings: [...warnings, finding({ ruleId: 'a/b', violation: true })] })], { mode: 'audit' });
    expect(verdictLevel(audit)).toBe('warning');
    expect(planAnnotations(audit).filter((a) => a.level === 'warning')).toHaveLength(9);
    expect(verdictLevel(reportOf([check({ id: 'x' })]))).toBeUndefined();
    expect(verdictLevel({ verdict: 'error', mode: 'enforce' })).toBe('error');
  });

  it('takes another reservation from the front door', () => {
    const plan = planAnnotations(manyViolations(25), { reserve: { error: 3 } });
    expect(plan.filter((a) => a.level === 'error')).toHaveLength(7);
    expect(planAnnotations(manyViolations(25), { reserve: { error: 0 } }).filter((a) => a.level === 'error')).toHaveLength(10);
  });

  it('applies the limit per level independently', () => {
    const warnings = Array.from({ length: 12 }, (_, i) => finding({ ruleId: 'container-image/unpinned-base', severity: 'low', message: `w${i}` }));
    const notices = Array.from({ length: 11 }, (_, i) => finding({ ruleId: 'lineage/manifest-info', severity: 'info', message: `n${i}` }));
    const plan = planAnnotations(reportOf([check({ id: 'x', findings: [...warnings, ...notices] })]));
    expect(plan.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(plan.filter((a) => a.level === 'notice')).toHaveLength(10);
    expect(plan.find((a) => a.level === 'warning' && a.message.startsWith('and 3 more warnings'))).toBeDefined();
    expect(plan.find((a) => a.level === 'notice' && a.message.startsWith('and 2 more notices'))).toBeDefined();
  });

  it('sets file and line props only when known, and drops columns on multi-line spans', () => {
    const plan = planAnnotations(richReport());
    const props = (title: string, msg?: string): AnnotationProps | undefined =>
      plan.find((a) => a.props.title === title && (!msg || a.message.includes(msg)))?.props;
    expect(props('lineage/artifact-digest-mismatch (critical)')).toEqual({
      title: 'lineage/artifact-digest-mismatch (critical)', file: 'release/modelgate.yml', startLine: 7, endLine: 7, startColumn: 13, endColumn: 77,
    });
    // requirements.txt:2:1 to 3:8 spans two lines: no columns.
    expect(props('dependency/vulnerable-package (high)', 'CVE-2025-0001')).toEqual({
      title: 'dependency/vulnerable-package (high)', file: 'requirements.txt', startLine: 2, endLine: 3,
    });
    // A CSV record has a file but no line: no line or column props.
    expect(props('pii/email-in-column (high)')).toEqual({ title: 'pii/email-in-column (high)', file: 'data/train.csv' });
    // No location at all.
    expect(props('bias/unregistered-rule (medium)')).toEqual({ title: 'bias/unregistered-rule (medium)' });
  });

  it('puts target, record and masked evidence in the message', () => {
    const pii = planAnnotations(richReport()).find((a) => a.props.title === 'pii/email-in-column (high)');
    expect(pii?.message).toContain('Target: email');
    expect(pii?.message).toContain('Record: 41, field email');
    expect(pii?.message).toContain('Evidence (masked): j***@e******.com');
  });

  it('annotates an errored check that gave no finding', () => {
    const r = reportOf([check({ id: 'endpoints', status: 'error', reason: 'timed out after 60 s' })], { verdict: 'error' });
    expect(planAnnotations(r)).toEqual([
      { level: 'error', message: 'check endpoints could not run: timed out after 60 s', props: { title: 'endpoints (error)' } },
    ]);
  });
});

describe('emitAnnotations', () => {
  it('calls the sink once per planned annotation, with the right level', () => {
    const calls: Array<[string, string, AnnotationProps]> = [];
    const sink = {
      error: (m: string, p: AnnotationProps) => calls.push(['error', m, p]),
      warning: (m: string, p: AnnotationProps) => calls.push(['warning', m, p]),
      notice: (m: string, p: AnnotationProps) => calls.push(['notice', m, p]),
    };
    const report = richReport();
    emitAnnotations(report, sink);
    expect(calls.map(([level, message, props]) => ({ level, message, props }))).toEqual(planAnnotations(report));
  });
});
