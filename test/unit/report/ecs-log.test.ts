import { EcsFlat, EcsVersion } from '@elastic/ecs';
import { describe, expect, it } from 'vitest';
import { ECS_VERSION, ecsLines, ecsLogger } from '../../../src/report/ecs-log.js';
import { MAX_FINDINGS_PER_CHECK, verdictLine } from '../../../src/report/log.js';
import { manyViolations, richReport } from '../../helpers/reports.js';
import { views } from '../../helpers/views.js';

type Field = { type: string; allowed_values?: Array<{ name: string }> };
const FIELDS = EcsFlat as unknown as Record<string, Field>;

/** Dotted paths of the leaves of a JSON object (`labels` keeps its keys: ECS defines labels as an object of keywords). */
function leaves(o: Record<string, unknown>, prefix = ''): Array<[string, unknown]> {
  return Object.entries(o).flatMap(([k, v]): Array<[string, unknown]> => {
    const path = prefix + k;
    if (path === 'labels') return Object.entries(v as object).map(([l, x]) => [`labels.${l}`, x]);
    return v && typeof v === 'object' && !Array.isArray(v) ? leaves(v as Record<string, unknown>, `${path}.`) : [[path, v]];
  });
}

const RUN = { repository: 'acme/models', runId: '42', runAttempt: '2', sha: 'deadbeef', ref: 'refs/heads/main' };

describe('ecsLines', () => {
  const lines = ecsLines(richReport(), views, RUN);
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('follows the ECS release of @elastic/ecs', () => {
    expect(ECS_VERSION).toBe(EcsVersion);
  });

  it('uses only ECS fields, with the types and allowed values ECS defines', () => {
    for (const e of events) {
      expect(Object.keys(e).slice(0, 4)).toEqual(['@timestamp', 'log.level', 'message', 'ecs.version']);
      for (const [path, v] of leaves(e)) {
        if (path.startsWith('labels.')) {
          expect(path.slice(7), path).toMatch(/^[a-z_]+$/);
          expect(typeof v, path).toBe('string');
          continue;
        }
        const def = FIELDS[path];
        expect(def, `${path} is an ECS field`).toBeDefined();
        if (def!.type === 'long') expect(Number.isInteger(v), path).toBe(true);
        if (def!.type === 'date') expect(new Date(v as string).toISOString(), path).toBe(v);
        if (def!.type === 'keyword' && !Array.isArray(v)) expect(typeof v, path).toBe('string');
        for (const x of Array.isArray(v) ? v : [v]) if (def!.allowed_values) expect(def!.allowed_values.map((a) => a.name), path).toContain(x);
      }
      expect(e).toMatchObject({ 'ecs.version': ECS_VERSION, service: { name: 'modelgate', version: '0.1.0' }, event: { module: 'modelgate', dataset: 'modelgate.gate' } });
    }
  });

  it('one line per check, one per finding after it, then the run', () => {
    const report = richReport();
    const findings = report.checks.reduce((n, c) => n + c.findings.length, 0);
    expect(lines).toHaveLength(report.checks.length + findings + 1);
    expect(events.map((e) => (e.event as { action: string }).action).slice(0, 4)).toEqual(['check', 'finding', 'finding', 'check']);
    const checkLine = events.find((e) => (e.labels as Record<string, string>).check === 'endpoints' && (e.event as { action: string }).action === 'check')!;
    expect(checkLine).toMatchObject({
      'log.level': 'error',
      event: { kind: 'event', outcome: 'failure', duration: 12_000_000, reason: 'endpoints.yml: not found', category: ['configuration'] },
      rule: { ruleset: 'endpoints' },
      labels: { status: 'error', findings: '1', violations: '1', release: 'fraud-model', release_version: '1.4.0' },
    });
    const skipped = events.find((e) => (e.labels as Record<string, string>).check === 'bias')!;
    expect(skipped).toMatchObject({ 'log.level': 'info', event: { outcome: 'unknown' } });
    const last = events.at(-1)!;
    expect(last).toMatchObject({
      'log.level': 'error',
      message: verdictLine(report),
      event: { action: 'gate-verdict', outcome: 'failure', duration: 1_234_000_000, start: '2026-03-01T10:00:00.000Z', end: '2026-03-01T10:00:01.234Z', url: 'https://github.com/acme/models/actions/runs/42/attempts/2' },
      labels: { verdict: 'error', violations: '5', repository: 'acme/models', commit: 'deadbeef', ref: 'refs/heads/main' },
    });
  });

  it('a finding line: alert with the rule, the file, the masked evidence and how it was decided', () => {
    const pii = events.find((e) => (e.rule as { id?: string } | undefined)?.id === 'pii/email-in-column')!;
    expect(pii).toMatchObject({
      'log.level': 'error',
      message: 'Emails in column `email`',
      event: { kind: 'alert', action: 'finding', severity: 4, category: ['file'] },
      rule: { id: 'pii/email-in-column', name: 'Email addresses in a column', ruleset: 'pii' },
      file: { path: 'data/train.csv' },
      labels: { check: 'pii', severity: 'high', disposition: 'violation', evidence: 'j***@e******.com', target: 'email', location: 'data/train.csv record 41 field email' },
    });
    const waived = events.find((e) => (e.labels as Record<string, string>).disposition === 'waived')!;
    expect(waived).toMatchObject({ 'log.level': 'info', event: { category: ['package', 'vulnerability'] }, labels: { waiver_owner: 'ml-platform', waiver_expires: '2099-12-31' } });
    const notice = events.find((e) => (e.rule as { id?: string } | undefined)?.id === 'lineage/manifest-info')!;
    expect(notice).toMatchObject({ 'log.level': 'warn', event: { severity: 1 }, labels: { disposition: 'notice' } });
  });

  it('a message with a newline stays one JSON line', () => {
    for (const l of lines) expect(l).not.toContain('\n');
    expect(events.some((e) => e.message === 'Custom rule <fairness> failed\nsecond line')).toBe(true);
  });

  it('logs the most severe findings of a check up to the text log’s limit', () => {
    const out = ecsLines(manyViolations(MAX_FINDINGS_PER_CHECK + 20), views).map((l) => JSON.parse(l));
    expect(out.filter((e) => e.event.action === 'finding')).toHaveLength(MAX_FINDINGS_PER_CHECK);
    expect(out[0].labels).toMatchObject({ findings: String(MAX_FINDINGS_PER_CHECK + 20), findings_logged: String(MAX_FINDINGS_PER_CHECK) });
    expect(out[1].labels.severity).toBe('critical');
  });
});

describe('ecsLogger', () => {
  it('writes progress messages as ECS lines; debug is dropped', () => {
    const got: string[] = [];
    const log = ecsLogger((l) => got.push(l), '9.9.9', () => new Date('2026-01-02T03:04:05.000Z'));
    log.info('pii: scanned 1 file');
    log.warning('slow "scan"');
    log.debug('noise');
    expect(got.map((l) => JSON.parse(l))).toEqual([
      { '@timestamp': '2026-01-02T03:04:05.000Z', 'log.level': 'info', message: 'pii: scanned 1 file', 'ecs.version': ECS_VERSION, service: { name: 'modelgate', version: '9.9.9' }, event: { kind: 'event', module: 'modelgate', dataset: 'modelgate.gate', action: 'progress' } },
      expect.objectContaining({ 'log.level': 'warn', message: 'slow "scan"' }),
    ]);
  });
});
