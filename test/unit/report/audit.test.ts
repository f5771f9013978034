import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_SCHEMA, appendAuditRecord, auditRecordSchema, buildAuditRecord, parseAuditLog, runUrlOf } from '../../../src/report/audit.js';
import { OutputError } from '../../../src/io/output-path.js';
import { renderJson } from '../../../src/report/json.js';
import { BASELINE_POLICY_SHA256 } from '../../../src/verdict/statement.js';
import { sha256, tempWorkspace } from '../../helpers/workspace.js';
import { richReport, WAIVER } from '../../helpers/reports.js';

const MANIFEST = 'apiVersion: modelgate.dev/v1\nkind: ModelRelease\n';
const POLICY = 'failOn: medium\n';
const RUN = { repository: 'acme/models', sha: 'deadbeef', ref: 'refs/heads/main', actor: 'octocat', eventName: 'push', workflow: 'release', runId: '42', runAttempt: '3', serverUrl: 'https://github.example' };
const NOW = new Date('2026-03-01T10:00:02.000Z');

function workspace() {
  return tempWorkspace({ 'release/modelgate.yml': MANIFEST, '.modelgate/policy.yml': POLICY });
}

describe('buildAuditRecord', () => {
  it('records who, what, the inputs by digest, the outcome, the counts and the waivers', () => {
    const ws = workspace();
    const report = richReport();
    writeFileSync(join(ws, 'report.json'), renderJson(report));
    writeFileSync(join(ws, 'verdict.json'), '{"x":1}\n');
    const r = buildAuditRecord({ workspace: ws, report, run: RUN, reportPath: 'report.json', verdictStatement: 'verdict.json', now: NOW });
    expect(auditRecordSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      schema: AUDIT_SCHEMA,
      time: '2026-03-01T10:00:02.000Z',
      tool: { name: 'modelgate', version: '0.1.0' },
      repository: 'acme/models',
      commit: 'deadbeef',
      ref: 'refs/heads/main',
      actor: 'octocat',
      event: 'push',
      workflow: 'release',
      runUrl: 'https://github.example/acme/models/actions/runs/42/attempts/3',
      manifest: { path: 'release/modelgate.yml', sha256: sha256(MANIFEST) },
      policy: { path: '.modelgate/policy.yml', sha256: sha256(POLICY) },
      release: { name: 'fraud-model', version: '1.4.0' },
      verdict: 'error',
      mode: 'enforce',
      failOn: 'medium',
      durationMs: 1234,
      report: { path: 'report.json', sha256: sha256(renderJson(report)) },
      verdictStatement: { path: 'verdict.json', sha256: sha256('{"x":1}\n') },
      error: null,
    });
    // richReport: lineage 1 critical, dependency 1 high (the other is waived), pii 2 (high, medium), endpoints 1 high.
    expect(r.violations).toEqual({
      total: 5,
      byCheck: { lineage: 1, dependency: 1, pii: 2, 'container-image': 0, endpoints: 1, bias: 0 },
      bySeverity: { critical: 1, high: 3, medium: 1, low: 0, info: 0 },
    });
    expect(r.checks).toEqual({ lineage: 'failed', dependency: 'failed', pii: 'failed', 'container-image': 'passed', endpoints: 'error', bias: 'skipped' });
    expect(r.waivers).toEqual({ applied: [{ rule: WAIVER.rule, target: WAIVER.target, owner: WAIVER.owner, expires: WAIVER.expires, reason: WAIVER.reason }], expired: [] });
  });

  it('the report digest is of the file written, else of the rendered JSON; the baseline policy has the empty document digest', () => {
    const ws = workspace();
    const report = richReport({ policy: 'baseline' });
    writeFileSync(join(ws, 'report.json'), 'as written\n');
    expect(buildAuditRecord({ workspace: ws, report, run: {}, reportPath: 'report.json' }).report).toEqual({ path: 'report.json', sha256: sha256('as written\n') });
    const r = buildAuditRecord({ workspace: ws, report, run: {} });
    expect(r.report).toEqual({ path: null, sha256: sha256(renderJson(report)) });
    expect(r.policy).toEqual({ path: 'baseline', sha256: BASELINE_POLICY_SHA256 });
    expect(BASELINE_POLICY_SHA256).toBe(sha256(''));
    expect(r).toMatchObject({ repository: null, commit: null, actor: null, runUrl: null, verdictStatement: null });
  });

  it('the policy digest is the one the gate recorded: the base commit\'s file, not the checkout\'s', () => {
    const ws = workspace();
    const applied = 'failOn: low\n';
    const report = richReport({ policy: '.modelgate/policy.yml', policySource: { origin: 'base-commit', commit: 'a'.repeat(40), path: '.modelgate/policy.yml', sha256: sha256(applied) } });
    expect(buildAuditRecord({ workspace: ws, report, run: {} }).policy).toEqual({ path: '.modelgate/policy.yml', sha256: sha256(applied) });
  });

  it('a run stopped before a verdict: verdict error, the message, digests of what could be read, no counts', () => {
    const ws = workspace();
    const r = buildAuditRecord({ workspace: ws, manifest: 'release/modelgate.yml', policy: 'missing.yml', run: RUN, error: 'input "fail-on": unknown severity "hgh"', now: NOW });
    expect(auditRecordSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      verdict: 'error',
      error: 'input "fail-on": unknown severity "hgh"',
      manifest: { path: 'release/modelgate.yml', sha256: sha256(MANIFEST) },
      policy: { path: 'missing.yml', sha256: null },
      release: { name: null, version: null },
      mode: null,
      failOn: null,
      durationMs: null,
      violations: { total: 0, byCheck: {}, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } },
      report: null,
    });
    // A path that leaves the workspace is never read.
    expect(buildAuditRecord({ workspace: ws, manifest: '../etc/passwd', run: {}, error: 'x' }).manifest.sha256).toBeNull();
  });

  it('a failure after the verdict turns the recorded verdict into error, with the report kept', () => {
    const r = buildAuditRecord({ workspace: workspace(), report: richReport({ verdict: 'passed' }), run: {}, error: 'cannot write the verdict statement' });
    expect(r.verdict).toBe('error');
    expect(r.violations.total).toBe(5);
  });

  it('an output not written after the verdict keeps the gate\'s verdict, with the failure in error', () => {
    const r = buildAuditRecord({ workspace: workspace(), report: richReport({ verdict: 'passed' }), run: {}, error: 'x.json: cannot write the JSON report: EACCES', keepVerdict: true });
    expect(r).toMatchObject({ verdict: 'passed', error: 'x.json: cannot write the JSON report: EACCES' });
  });

  it('digests a report and a statement written outside the workspace', () => {
    const ws = workspace();
    const outside = workspace();
    writeFileSync(join(outside, 'r.json'), 'report');
    const r = buildAuditRecord({ workspace: ws, report: richReport(), run: {}, reportPath: join(outside, 'r.json'), verdictStatement: join(outside, 'r.json') });
    expect(r.report).toEqual({ path: join(outside, 'r.json'), sha256: sha256('report') });
    expect(r.verdictStatement).toEqual({ path: join(outside, 'r.json'), sha256: sha256('report') });
  });

  it('run URL: needs a repository and a run id; attempt appended when given', () => {
    expect(runUrlOf({ repository: 'a/b', runId: '7' })).toBe('https://github.com/a/b/actions/runs/7');
    expect(runUrlOf({ repository: 'a/b' })).toBeNull();
  });
});

describe('appendAuditRecord', () => {
  const record = (n: number) => buildAuditRecord({ workspace: workspace(), report: richReport({ durationMs: n }), run: RUN, now: NOW });

  it('appends one line per call, creating folders, never touching earlier lines', () => {
    const ws = workspace();
    expect(appendAuditRecord(ws, 'evidence/audit/log.jsonl', record(1))).toBe('evidence/audit/log.jsonl');
    const first = readFileSync(join(ws, 'evidence/audit/log.jsonl'), 'utf8');
    appendAuditRecord(ws, join(ws, 'evidence/audit/log.jsonl'), record(2));
    const text = readFileSync(join(ws, 'evidence/audit/log.jsonl'), 'utf8');
    expect(text.startsWith(first)).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseAuditLog(text).map((r) => r.durationMs)).toEqual([1, 2]);
  });

  it('closes a torn last line first, so the new record stands on its own line', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'log.jsonl'), '{"schema":"modelgate.dev/au');
    appendAuditRecord(ws, 'log.jsonl', record(3));
    const lines = readFileSync(join(ws, 'log.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!).durationMs).toBe(3);
  });

  // Once "refuses a path outside the workspace": the audit log is an output path the workflow chooses.
  it('appends outside the workspace (returning the absolute path); an unwritable path is an OutputError', () => {
    const ws = workspace();
    const outside = workspace();
    expect(appendAuditRecord(ws, join(outside, 'audit.jsonl'), record(1))).toBe(join(outside, 'audit.jsonl'));
    expect(parseAuditLog(readFileSync(join(outside, 'audit.jsonl'), 'utf8'))).toHaveLength(1);
    expect(() => appendAuditRecord(ws, 'release/modelgate.yml/audit.jsonl', record(1))).toThrow(OutputError);
    expect(() => appendAuditRecord(ws, 'release/modelgate.yml/audit.jsonl', record(1))).toThrow(/release\/modelgate\.yml\/audit\.jsonl: cannot append to the audit log/);
  });

  it('parseAuditLog names the line that is not a record', () => {
    expect(() => parseAuditLog(`${JSON.stringify(record(1))}\n{"schema":"other"}\n`, 'a.jsonl')).toThrow(/^a\.jsonl:2: not an audit record/);
    expect(() => parseAuditLog('{oops\n', 'a.jsonl')).toThrow(/^a\.jsonl:1:2: not JSON: expected a double-quoted property name$/);
  });
});
