// Structured log reporter: the report as JSON lines with Elastic Common Schema field names, for
// shipping to Elasticsearch (Filebeat/Elastic Agent with an ndjson parser). One line per check, one per
// finding (masked evidence only, as the checks give it) and a final run event. Documented in README
// ("Structured logs"). Layout as the ecs-logging libraries write it: @timestamp, log.level, message and
// ecs.version first, as dotted keys; the rest nested.
import type { Ecs } from '@elastic/ecs';
import type { Logger } from '../check.js';
import { runUrlOf } from './audit.js';
import { bySeverity, describeLocation } from './format.js';
import { MAX_FINDINGS_PER_CHECK, verdictLine } from './log.js';
import { severityRank, type CheckReport, type CheckStatus, type Report, type ReportFinding } from './model.js';
import type { RunIdentity } from '../verdict/statement.js';
import type { CheckViews } from './views.js';

/** The ECS release whose field definitions these lines follow (the @elastic/ecs package; a test keeps them equal). */
export const ECS_VERSION = '9.4.0';

type Level = 'info' | 'warn' | 'error';
/** ECS fields besides the four leading ones (typed by @elastic/ecs: a misspelt field does not compile). */
type Fields = Omit<Ecs, '@timestamp' | 'message' | 'log' | 'ecs'>;

const OUTCOME: Record<CheckStatus, 'success' | 'failure' | 'unknown'> = { passed: 'success', failed: 'failure', error: 'failure', skipped: 'unknown' };

/** One ECS line: the four leading keys dotted, the rest as given. */
function line(timestamp: string, level: Level, message: string, rest: Fields): string {
  return JSON.stringify({ '@timestamp': timestamp, 'log.level': level, message, 'ecs.version': ECS_VERSION, ...rest });
}

function service(version: string): Fields['service'] {
  return { name: 'modelgate', version };
}

/** The report as ECS lines, in order: each check, its findings (most severe first, as the text log), the run. */
export function ecsLines(report: Report, views: CheckViews, run: RunIdentity = {}): string[] {
  const end = new Date(Date.parse(report.startedAt) + report.durationMs).toISOString();
  const release = { release: report.release.name ?? '', release_version: report.release.version ?? '', manifest: report.manifest };
  const base = (category: string[] | undefined, action: string, kind: 'event' | 'alert'): Fields => ({
    service: service(report.tool.version),
    event: { kind, category, action, module: 'modelgate', dataset: 'modelgate.gate' },
  });
  const out: string[] = [];
  for (const c of report.checks) {
    // What the check looks at, as its view declares it; the policy and checks without one are "configuration".
    const category = [...(views.get(c.id)?.view.logCategories ?? ['configuration'])];
    const shown = bySeverity(c.findings).slice(0, MAX_FINDINGS_PER_CHECK);
    const violations = c.findings.filter((f) => f.violation).length;
    const e: Fields = base(category, 'check', 'event');
    e.event = { ...e.event, outcome: OUTCOME[c.status], duration: Math.round(c.durationMs * 1e6), ...(c.reason ? { reason: c.reason } : {}) };
    e.rule = { ruleset: c.id };
    e.labels = { ...release, check: c.id, status: c.status, optional: String(c.optional), findings: String(c.findings.length), violations: String(violations), findings_logged: String(shown.length) };
    const level: Level = c.status === 'error' || c.status === 'failed' ? 'error' : 'info';
    out.push(line(end, level, `${c.id}: ${c.status}, ${violations} violation(s) in ${c.findings.length} finding(s)${c.reason ? ` (${c.reason})` : ''}`, e));
    for (const f of shown) out.push(findingLine(report, c, f, end, base(category, 'finding', 'alert'), release));
  }
  const e: Fields = base(['configuration'], 'gate-verdict', 'event');
  const url = runUrlOf(run);
  e.event = { ...e.event, outcome: report.verdict === 'passed' ? 'success' : 'failure', duration: Math.round(report.durationMs * 1e6), start: report.startedAt, end, ...(url ? { url } : {}) };
  e.labels = {
    ...release,
    verdict: report.verdict,
    mode: report.mode,
    fail_on: report.failOn,
    violations: String(report.violations),
    waivers_applied: String(report.waivers.applied.length),
    ...(run.repository ? { repository: run.repository } : {}),
    ...(run.sha ? { commit: run.sha } : {}),
    ...(run.ref ? { ref: run.ref } : {}),
  };
  out.push(line(end, report.verdict === 'passed' ? 'info' : 'error', verdictLine(report), e));
  return out;
}

function findingLine(report: Report, c: CheckReport, f: ReportFinding, at: string, e: Fields, release: Record<string, string>): string {
  const rule = report.rules.find((r) => r.id === f.ruleId);
  const disposition = f.violation ? 'violation' : f.waiver ? 'waived' : 'notice';
  // Numeric severity for sorting and thresholds in Kibana: info 1 … critical 5.
  e.event = { ...e.event, severity: severityRank(f.severity) + 1 };
  e.rule = { id: f.ruleId, ruleset: c.id, ...(rule ? { name: rule.title, description: rule.help } : {}) };
  if (f.location?.file) e.file = { path: f.location.file };
  e.labels = {
    ...release,
    check: c.id,
    severity: f.severity,
    disposition,
    ...(f.location ? { location: describeLocation(f.location) } : {}),
    ...(f.target ? { target: f.target } : {}),
    // Evidence is masked by the check (type and length, never the value).
    ...(f.evidence ? { evidence: f.evidence } : {}),
    ...(f.waiver ? { waiver_owner: f.waiver.owner, waiver_expires: f.waiver.expires } : {}),
  };
  const level: Level = f.violation ? 'error' : f.waiver ? 'info' : 'warn';
  return line(at, level, f.message, e);
}

/** A logger for the checks' progress messages in the same format (the CLI's standard error in ECS mode). */
export function ecsLogger(write: (line: string) => void, version: string, now: () => Date = () => new Date()): Logger {
  const log = (level: Level) => (message: string) => write(line(now().toISOString(), level, message, { service: service(version), event: { kind: 'event', module: 'modelgate', dataset: 'modelgate.gate', action: 'progress' } }));
  return { info: log('info'), warning: log('warn'), debug: () => {} };
}
