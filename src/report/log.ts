// Log reporter: one collapsible group per check, one line per finding, then the verdict. Plain text.
import type { CheckReport, Report, ReportFinding } from './model.js';
import { bySeverity, checkCounts, describeLocation, formatDuration, plural, releaseLabel, totalWaived } from './format.js';

/** What @actions/core offers (startGroup/endGroup/info); the CLI passes a console-backed sink. */
export interface LogSink {
  startGroup(name: string): void;
  endGroup(): void;
  info(line: string): void;
}

// A check can report tens of thousands of findings; the log shows the most severe, the JSON report has all.
export const MAX_FINDINGS_PER_CHECK = 500;

export function logReport(report: Report, out: LogSink): void {
  for (const check of report.checks) {
    out.startGroup(checkHeader(check));
    logCheck(check, out);
    out.endGroup();
  }
  const { applied, unused, expired } = report.waivers;
  if (applied.length + unused.length + expired.length > 0) {
    out.startGroup(`waivers — ${applied.length} applied, ${unused.length} unused, ${expired.length} expired`);
    for (const w of expired) out.info(`expired ${w.rule}${w.target ? ` (${w.target})` : ''} — expired ${w.expires}, owner ${w.owner}`);
    for (const w of applied) out.info(`applied ${w.rule}${w.target ? ` (${w.target})` : ''} — ${w.reason} (owner ${w.owner}, until ${w.expires})`);
    for (const w of unused) out.info(`unused  ${w.rule}${w.target ? ` (${w.target})` : ''} — matched no finding (owner ${w.owner})`);
    out.endGroup();
  }
  out.info(verdictLine(report));
}

export function checkHeader(check: CheckReport): string {
  const { violations, waived, findings } = checkCounts(check);
  const parts = [plural(violations, 'violation')];
  if (waived > 0) parts.push(`${waived} waived`);
  if (findings > violations + waived) parts.push(plural(findings - violations - waived, 'other finding'));
  const optional = check.optional ? ', optional' : '';
  return `${check.id} — ${check.status}${optional} (${parts.join(', ')}) ${formatDuration(check.durationMs)}`;
}

function logCheck(check: CheckReport, out: LogSink): void {
  if (check.reason && (check.status === 'skipped' || check.status === 'error')) {
    out.info(`${check.status === 'error' ? 'error' : 'skipped'}: ${check.reason}`);
  }
  if (check.findings.length === 0 && check.status !== 'skipped') out.info('no findings');
  const shown = bySeverity(check.findings).slice(0, MAX_FINDINGS_PER_CHECK);
  for (const f of shown) out.info(findingLine(f));
  const hidden = check.findings.length - shown.length;
  if (hidden > 0) out.info(`… and ${plural(hidden, 'more finding')} (see the JSON report)`);
  for (const o of check.outputs) out.info(`output: ${o.path} (${o.kind})${o.description ? ` — ${o.description}` : ''}`);
}

export function findingLine(f: ReportFinding): string {
  const marker = f.violation ? 'VIOLATION' : f.waiver ? 'waived' : 'notice';
  const where = describeLocation(f.location);
  let line = `[${f.severity.toUpperCase()}] ${marker} ${f.ruleId}${where ? ` ${where}` : ''} — ${oneLine(f.message)}`;
  if (f.target) line += ` (${oneLine(f.target)})`;
  if (f.evidence) line += ` evidence: ${oneLine(f.evidence)}`;
  if (f.waiver) line += ` — waived: ${oneLine(f.waiver.reason)} (owner ${f.waiver.owner}, until ${f.waiver.expires})`;
  return line;
}

export function verdictLine(report: Report): string {
  const errored = report.checks.filter((c) => c.status === 'error').length;
  const skipped = report.checks.filter((c) => c.status === 'skipped').length;
  const findings = report.checks.reduce((n, c) => n + c.findings.length, 0);
  const checks = [plural(report.checks.length, 'check')];
  if (errored > 0) checks.push(`${errored} errored`);
  if (skipped > 0) checks.push(`${skipped} skipped`);
  const audit = report.mode === 'audit' && report.verdict !== 'passed' ? ' [audit mode: the job does not fail]' : '';
  return (
    `ModelGate ${report.verdict.toUpperCase()} ${releaseLabel(report)}: ${plural(report.violations, 'violation')}, ` +
    `${totalWaived(report)} waived, ${plural(findings, 'finding')} in ${checks.join(', ')} ` +
    `(fail on ${report.failOn} and above) in ${formatDuration(report.durationMs)}${audit}`
  );
}

// A finding is one log line: a newline in a message must not start a fake line.
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
