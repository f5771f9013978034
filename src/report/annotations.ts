// Annotations: the most severe first, within GitHub's limit of 10 per level per step, leaving room for
// the verdict's own line (core.setFailed is an error annotation too, and the last one written).
import type { Report, ReportFinding, Severity } from './model.js';
import { severityRank } from './model.js';
import { findingDetails, plural } from './format.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** The subset of @actions/core's AnnotationProperties that we set. */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  props: AnnotationProps;
}

/** @actions/core (error, warning, notice) satisfies this. */
export interface AnnotationSink {
  error(message: string, props: AnnotationProps): void;
  warning(message: string, props: AnnotationProps): void;
  notice(message: string, props: AnnotationProps): void;
}

/** GitHub displays at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
const LEVELS: AnnotationLevel[] = ['error', 'warning', 'notice'];
const NOUN: Record<AnnotationLevel, string> = { error: 'violation', warning: 'warning', notice: 'notice' };
const MAX_RULES_IN_GROUP = 8;

interface Item {
  level: AnnotationLevel;
  severity: Severity;
  ruleId: string;
  annotation: Annotation;
}

/** A waived finding is a notice: it was accepted, and a warning would ask the reviewer to act again. */
export function levelOf(f: ReportFinding): AnnotationLevel {
  if (f.violation) return 'error';
  if (f.waiver) return 'notice';
  return f.severity === 'info' ? 'notice' : 'warning';
}

/**
 * The level of the line the front door writes for the verdict after the annotations: core.setFailed (an
 * error) when the job fails, core.warning in audit mode for a verdict that is not a pass, none for a pass
 * (core.info). Matches exitCodeFor: the front door fails the job exactly when this is `error`.
 */
export function verdictLevel(report: Pick<Report, 'verdict' | 'mode'>): AnnotationLevel | undefined {
  if (report.verdict === 'passed') return undefined;
  return report.mode === 'audit' ? 'warning' : 'error';
}

export interface AnnotationOptions {
  /**
   * Annotations of each level kept free for lines the front door writes afterwards. Default: one error
   * always (the verdict's core.setFailed, also when an output could not be written after a pass), and
   * one warning for audit mode's verdict line.
   */
  reserve?: Partial<Record<AnnotationLevel, number>>;
}

export function defaultReserve(report: Pick<Report, 'verdict' | 'mode'>): Record<AnnotationLevel, number> {
  return { error: 1, warning: verdictLevel(report) === 'warning' ? 1 : 0, notice: 0 };
}

export function planAnnotations(report: Report, opts: AnnotationOptions = {}): Annotation[] {
  const items: Item[] = [];
  for (const check of report.checks) {
    for (const f of check.findings) {
      items.push({ level: levelOf(f), severity: f.severity, ruleId: f.ruleId, annotation: findingAnnotation(f, report) });
    }
    // A check that errored without saying why in a finding must still be visible.
    if (check.status === 'error' && check.findings.length === 0) {
      const level = check.optional ? 'warning' : 'error';
      const message = `check ${check.id} could not run${check.reason ? `: ${check.reason}` : ''}`;
      items.push({ level, severity: 'high', ruleId: `${check.id}/error`, annotation: { level, message, props: { title: `${check.id} (error)` } } });
    }
  }
  const reserve = { ...defaultReserve(report), ...opts.reserve };
  return LEVELS.flatMap((level) => limitLevel(level, items.filter((i) => i.level === level), ANNOTATIONS_PER_LEVEL - (reserve[level] ?? 0)));
}

export function emitAnnotations(report: Report, sink: AnnotationSink, opts: AnnotationOptions = {}): void {
  for (const a of planAnnotations(report, opts)) sink[a.level](a.message, a.props);
}

/** At most `room` annotations: the most severe, the last of them grouping the rest when they do not fit. */
function limitLevel(level: AnnotationLevel, items: Item[], room: number): Annotation[] {
  // Array.prototype.sort is stable: equal severities keep the report's check order.
  const sorted = [...items].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  if (sorted.length <= room) return sorted.map((i) => i.annotation);
  if (room <= 0) return [];
  const shown = sorted.slice(0, room - 1);
  const rest = sorted.slice(room - 1);
  return [...shown.map((i) => i.annotation), groupAnnotation(level, rest)];
}

function groupAnnotation(level: AnnotationLevel, rest: Item[]): Annotation {
  const perRule = new Map<string, number>();
  for (const i of rest) perRule.set(i.ruleId, (perRule.get(i.ruleId) ?? 0) + 1);
  const tally = [...perRule.entries()].sort((a, b) => b[1] - a[1]); // stable: ties keep severity order
  const listed = tally.slice(0, MAX_RULES_IN_GROUP).map(([rule, n]) => `${n}× ${rule}`);
  if (tally.length > MAX_RULES_IN_GROUP) listed.push(`${plural(tally.length - MAX_RULES_IN_GROUP, 'other rule')}`);
  const what = plural(rest.length, `more ${NOUN[level]}`, `more ${NOUN[level]}s`);
  return {
    level,
    message: `and ${what} not annotated: ${listed.join(', ')} — see the job summary`,
    props: { title: `ModelGate: ${what}` },
  };
}

function findingAnnotation(f: ReportFinding, report: Report): Annotation {
  const level = levelOf(f);
  const parts = findingDetails(f);
  if (f.waiver) parts.push(`Waived: ${f.waiver.reason} (owner ${f.waiver.owner}, until ${f.waiver.expires})`);
  else if (!f.violation && severityRank(f.severity) < severityRank(report.failOn)) {
    parts.push(`Below the failOn threshold (${report.failOn}): does not block.`);
  } else if (!f.violation) parts.push('Does not block the release.');
  if (f.remediation && level === 'error') parts.push(`Fix: ${f.remediation}`);
  const title = `${f.ruleId} (${f.severity}${f.waiver ? ', waived' : ''})`;
  return { level, message: parts.join('\n'), props: { title, ...locationProps(f) } };
}

function locationProps(f: ReportFinding): AnnotationProps {
  const loc = f.location;
  if (!loc?.file) return {};
  const props: AnnotationProps = { file: loc.file };
  if (loc.line === undefined) return props;
  props.startLine = loc.line;
  if (loc.endLine !== undefined && loc.endLine >= loc.line) props.endLine = loc.endLine;
  // GitHub rejects columns on an annotation that spans several lines.
  const singleLine = loc.endLine === undefined || loc.endLine === loc.line;
  if (singleLine && loc.column !== undefined) {
    props.startColumn = loc.column;
    if (loc.endColumn !== undefined && loc.endColumn >= loc.column) props.endColumn = loc.endColumn;
  }
  return props;
}
