// The audit record: one JSON line per gate run, appended to a log that is never rewritten, so the
// file is the evidence trail of every decision (who ran what, on which inputs, with which outcome).
// A run stopped by a configuration error still leaves a line (verdict "error", the message).
// Versioned by `schema`; documented in README ("Audit trail").
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolder } from '../io/atomic.js';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors.js';
import { sha256Hex } from '../io/hash.js';
import { OutputError, resolveOutputPath, shownOutputPath } from '../io/output-path.js';
import { resolveInWorkspace } from '../io/workspace.js';
import { fromCommandLine } from '../manifest/load.js';
import { BASELINE_POLICY_SHA256, type RunIdentity } from '../verdict/statement.js';
import { VERSION } from '../version.js';
import { jsonFileProblem } from '../io/json-syntax.js';
import { renderJson } from './json.js';
import { CONTROL_STATUSES, SEVERITIES, type Report } from './model.js';

export const AUDIT_SCHEMA = 'modelgate.dev/audit/v1';

const hexDigest = z.string().regex(/^[0-9a-f]{64}$/);
const nullableString = z.string().nullable();
const severityCounts = z.object(Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof SEVERITIES)[number], z.ZodNumber>);
const controlCounts = z.object(Object.fromEntries(CONTROL_STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof CONTROL_STATUSES)[number], z.ZodNumber>);
const waiver = z.object({ rule: z.string(), target: nullableString, owner: z.string(), expires: z.string(), reason: z.string() });

/** One line of the audit log. Every key is always present (null when unknown), so the lines tabulate. */
export const auditRecordSchema = z
  .object({
    schema: z.literal(AUDIT_SCHEMA),
    /** When the record was written (end of the run), ISO 8601 UTC. */
    time: z.iso.datetime(),
    tool: z.object({ name: z.literal('modelgate'), version: z.string() }),
    repository: nullableString,
    commit: nullableString,
    ref: nullableString,
    actor: nullableString,
    event: nullableString,
    workflow: nullableString,
    runUrl: nullableString,
    manifest: z.object({ path: z.string(), sha256: hexDigest.nullable() }),
    /** "baseline" (no file): the digest of the empty document, which is what an empty policy file gives. */
    policy: z.object({ path: z.string(), sha256: hexDigest.nullable() }),
    release: z.object({ name: nullableString, version: nullableString }),
    verdict: z.enum(['passed', 'blocked', 'error']),
    mode: z.enum(['enforce', 'audit']).nullable(),
    failOn: z.enum(SEVERITIES).nullable(),
    durationMs: z.number().int().nonnegative().nullable(),
    violations: z.object({ total: z.number().int().nonnegative(), byCheck: z.record(z.string(), z.number().int().nonnegative()), bySeverity: severityCounts }),
    checks: z.record(z.string(), z.enum(['passed', 'failed', 'error', 'skipped'])),
    waivers: z.object({ applied: z.array(waiver), expired: z.array(waiver) }),
    /** Controls per status, per framework of the compliance section; null without a report, absent in lines of earlier versions. */
    compliance: z.record(z.string(), controlCounts).nullable().optional(),
    report: z.object({ path: nullableString, sha256: hexDigest }).nullable(),
    verdictStatement: z.object({ path: z.string(), sha256: hexDigest.nullable() }).nullable(),
    /** Why the run ended in error before or after its verdict (a configuration message); null otherwise. */
    error: nullableString,
  })
  .strict();
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export interface AuditInputs {
  workspace: string;
  /** The run's report; absent when a configuration error stopped the run before a verdict. */
  report?: Report;
  /** Manifest and policy as the user named them: used when there is no report. */
  manifest?: string;
  policy?: string;
  run: RunIdentity;
  /** Path of the JSON report written in this run (workspace-relative inside the workspace, absolute outside). */
  reportPath?: string;
  /** Path of the verdict statement written in this run (workspace-relative inside the workspace, absolute outside). */
  verdictStatement?: string;
  error?: string;
  /** The error came after the verdict (an output not written): the record keeps the gate's verdict. */
  keepVerdict?: boolean;
  /** For tests: the record's time. */
  now?: Date;
}

/** sha256 of a workspace file (manifest, policy), or null when it cannot be read (an audit line is written whatever happened). */
function digestOf(workspace: string, path: string): string | null {
  return digestAt(() => resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, path)));
}

/** sha256 of an output this run wrote (report, statement), which may lie outside the workspace. */
function digestOfOutput(workspace: string, path: string): string | null {
  return digestAt(() => resolveOutputPath(workspace, path, path));
}

function digestAt(locate: () => string): string | null {
  try {
    return sha256Hex(readFileSync(locate()));
  } catch {
    return null;
  }
}

/** `<server>/<repo>/actions/runs/<id>` (with `/attempts/<n>` when the runner gives an attempt). */
export function runUrlOf(run: RunIdentity): string | null {
  if (!run.repository || !run.runId) return null;
  const base = `${run.serverUrl ?? 'https://github.com'}/${run.repository}/actions/runs/${run.runId}`;
  return run.runAttempt ? `${base}/attempts/${run.runAttempt}` : base;
}

export function buildAuditRecord(inp: AuditInputs): AuditRecord {
  const { report, run, workspace } = inp;
  const policyPath = report?.policy ?? inp.policy ?? 'baseline';
  const manifestPath = report?.manifest ?? inp.manifest ?? '';
  const violations = report ? report.checks.flatMap((c) => c.findings.filter((f) => f.violation).map((f) => ({ check: c.id, severity: f.severity }))) : [];
  const count = <K extends string>(keys: readonly K[], of: (v: (typeof violations)[number]) => K): Record<K, number> => {
    const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    for (const v of violations) out[of(v)] = (out[of(v)] ?? 0) + 1;
    return out;
  };
  const waiverOf = (w: Report['waivers']['applied'][number]) => ({ rule: w.rule, target: w.target ?? null, owner: w.owner, expires: w.expires, reason: w.reason });
  const reportSha = report ? (inp.reportPath ? digestOfOutput(workspace, inp.reportPath) : null) ?? sha256Hex(renderJson(report)) : undefined;
  return {
    schema: AUDIT_SCHEMA,
    time: (inp.now ?? new Date()).toISOString(),
    tool: { name: 'modelgate', version: report?.tool.version ?? VERSION },
    repository: run.repository ?? null,
    commit: run.sha ?? null,
    ref: run.ref ?? null,
    actor: run.actor ?? null,
    event: run.eventName ?? null,
    workflow: run.workflow ?? null,
    runUrl: runUrlOf(run),
    manifest: { path: manifestPath, sha256: manifestPath ? digestOf(workspace, manifestPath) : null },
    // The digest the gate recorded of the bytes it applied: the base commit's or a central policy differs from the checkout's file.
    policy: { path: policyPath, sha256: report?.policySource?.sha256 ?? (policyPath === 'baseline' ? BASELINE_POLICY_SHA256 : digestOf(workspace, policyPath)) },
    release: { name: report?.release.name ?? null, version: report?.release.version ?? null },
    // A run that failed after its verdict (signing) is an error run all the same; an output that could
    // not be written leaves the gate's verdict standing, with the failure in `error`.
    verdict: inp.error && !inp.keepVerdict ? 'error' : (report?.verdict ?? 'error'),
    mode: report?.mode ?? null,
    failOn: report?.failOn ?? null,
    durationMs: report ? report.durationMs : null,
    violations: {
      total: violations.length,
      byCheck: count(report?.checks.map((c) => c.id) ?? [], (v) => v.check),
      bySeverity: count(SEVERITIES, (v) => v.severity),
    },
    checks: Object.fromEntries(report?.checks.map((c) => [c.id, c.status]) ?? []),
    waivers: { applied: report?.waivers.applied.map(waiverOf) ?? [], expired: report?.waivers.expired.map(waiverOf) ?? [] },
    compliance: report?.compliance ? Object.fromEntries(report.compliance.frameworks.map((f) => [f.id, { ...f.counts }])) : null,
    report: reportSha ? { path: inp.reportPath ?? null, sha256: reportSha } : null,
    verdictStatement: inp.verdictStatement ? { path: inp.verdictStatement, sha256: digestOfOutput(workspace, inp.verdictStatement) } : null,
    error: inp.error ?? null,
  };
}

/**
 * Appends `record` as one line to `path` (an output path; parent folders created). One write on a file
 * opened with O_APPEND: concurrent runs never interleave inside a line, and earlier lines are never
 * rewritten. A torn last line (a run killed mid-write) is closed first so this record stands alone.
 * Returns the path as reports show it. Failure is an OutputError: evidence that cannot be kept fails the run.
 */
export function appendAuditRecord(workspace: string, path: string, record: AuditRecord): string {
  let shown = path;
  try {
    const abs = resolveOutputPath(workspace, path, 'the audit log');
    shown = shownOutputPath(workspace, abs);
    makeFolder(dirname(abs));
    const fd = openSync(abs, 'a+');
    try {
      const size = fstatSync(fd).size;
      const last = Buffer.alloc(1);
      const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
      const line = Buffer.from(`${torn ? '\n' : ''}${JSON.stringify(record)}\n`, 'utf8');
      const n = writeSync(fd, line);
      if (n !== line.length) throw new Error(`short write (${n} of ${line.length} bytes)`);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new OutputError(`cannot append to the audit log: ${e instanceof ConfigError ? e.detail : errorMessage(e)}`, shown);
  }
  return shown;
}

/**
 * The audit line of a run that ended in an error (before or after its verdict), for both front doors.
 * Returns the path written; a failure to write is only warned about: the run fails already.
 */
export function appendErrorRecord(path: string, inp: Omit<AuditInputs, 'error'>, e: unknown, warn: (message: string) => void): string | undefined {
  try {
    const error = e instanceof ConfigError ? e.message : `internal error: ${errorMessage(e)}`;
    return appendAuditRecord(inp.workspace, path, buildAuditRecord({ ...inp, error }));
  } catch (err) {
    warn(`audit log not written: ${errorMessage(err)}`);
    return undefined;
  }
}

/** Parses an audit log (for tests and tools): one validated record per non-empty line; errors name the line. */
export function parseAuditLog(text: string, file = 'audit log'): AuditRecord[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      const { detail, column } = jsonFileProblem(line);
      throw new ConfigError(`not JSON: ${detail}`, { file, line: i + 1, ...(column ? { column } : {}) });
    }
    const r = auditRecordSchema.safeParse(data);
    if (!r.success) throw new ConfigError(`not an audit record (${AUDIT_SCHEMA}): ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`, { file, line: i + 1 });
    return [r.data];
  });
}
