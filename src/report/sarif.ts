// SARIF 2.1.0 for GitHub code scanning: one run, every rule the report can reference, and the findings
// code scanning should show: waived ones only when asked, at most GitHub's limit, most severe first.
import { createHash } from 'node:crypto';
import type { Report, ReportFinding, RuleInfo, RuleTopic, Severity } from './model.js';
import { severityRank } from './model.js';
import { findingDetails, plural } from './format.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where people learn about the tool; shown by code scanning next to the tool name. */
export const TOOL_INFORMATION_URI = 'https://github.com/modelgate/modelgate';
export const FINGERPRINT_KEY = 'modelgateFinding/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

/** GitHub code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;

export interface SarifOptions {
  /**
   * Keep waived findings, as results with an accepted suppression. Off by default: code scanning may
   * open an alert for a suppressed result, so a release that passed through waivers would open alerts.
   */
  includeWaived?: boolean;
  /**
   * The analysis category (`automationDetails.id`). Absent by default, so that `upload-sarif`'s own
   * `category` applies: it only fills in a run that has none.
   */
  category?: string;
}

/** What a SARIF log leaves out of a report's findings, and why (see describeSarifOmissions). */
export interface SarifOmissions {
  /** Every finding of the report. */
  findings: number;
  /** Waived findings left out (includeWaived not set). */
  waived: number;
  /** The least severe findings left out beyond MAX_SARIF_RESULTS. */
  overLimit: number;
}

// Code scanning maps these to Critical (≥ 9.0), High (7.0–8.9), Medium (4.0–6.9) and Low (< 4.0).
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
    region: SarifRegion;
  };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { 'security-severity'?: string; tags: string[]; controls?: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: 'external'; status: 'accepted'; justification: string; properties: { owner: string; expires: string } }>;
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
    automationDetails?: { id: string };
    invocations: Array<Record<string, unknown> & { executionSuccessful: boolean }>;
    versionControlProvenance?: Array<{ repositoryUri: string; revisionId?: string; branch?: string }>;
    originalUriBaseIds: Record<string, { description: { text: string } }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    properties: Record<string, unknown>;
  }>;
}

export function renderSarif(report: Report, opts: SarifOptions = {}): SarifLog {
  const rules = collectRules(report);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = selectFindings(report, opts).map(({ f, checkId }) => toResult(f, checkId, index.get(f.ruleId) ?? 0, report));
  const category = automationId(opts.category);
  const { repository, serverUrl, sha, ref } = report.run;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ModelGate',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map((r) => toRule(r, report)),
          },
        },
        ...(category !== undefined && { automationDetails: { id: category } }),
        invocations: [invocation(report)],
        ...(repository && serverUrl
          ? { versionControlProvenance: [{ repositoryUri: `${serverUrl}/${repository}`, ...(sha && { revisionId: sha }), ...(ref && { branch: ref }) }] }
          : {}),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The workspace (repository) root.' } } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          verdict: report.verdict,
          mode: report.mode,
          failOn: report.failOn,
          manifest: report.manifest,
          policy: report.policy,
          modelgate: omissionProperties(sarifOmissions(report, opts), results.length),
        },
      },
    ],
  };
}

/** Counts what renderSarif(report, opts) leaves out, without rendering: the front doors log it. */
export function sarifOmissions(report: Report, opts: SarifOptions = {}): SarifOmissions {
  let findings = 0;
  let waived = 0;
  for (const c of report.checks) {
    findings += c.findings.length;
    if (!opts.includeWaived) waived += c.findings.filter((f) => f.waiver).length;
  }
  return { findings, waived, overLimit: Math.max(0, findings - waived - MAX_SARIF_RESULTS) };
}

/** One sentence on what was left out and why, for the log and the run's properties; undefined when nothing was. */
export function describeSarifOmissions(o: SarifOmissions): string | undefined {
  const parts: string[] = [];
  if (o.waived > 0) {
    parts.push(`${plural(o.waived, 'waived finding')} left out (sarif-include-waived keeps them as suppressed results)`);
  }
  if (o.overLimit > 0) {
    parts.push(
      `the ${plural(o.overLimit, 'least severe finding')} left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} results per run (the JSON report has every finding)`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function omissionProperties(o: SarifOmissions, results: number): Record<string, unknown> {
  const reason = describeSarifOmissions(o);
  return {
    findings: o.findings,
    results,
    resultsLimit: MAX_SARIF_RESULTS,
    resultsOmitted: o.waived + o.overLimit,
    waivedOmitted: o.waived,
    overLimitOmitted: o.overLimit,
    ...(reason !== undefined && { resultsOmittedReason: reason }),
  };
}

/**
 * The findings that become results: waived ones only when asked, then most severe first (violations,
 * then open before waived, then by severity; stable, so report order breaks ties), cut at the limit so
 * that what GitHub keeps is what blocks.
 */
function selectFindings(report: Report, opts: SarifOptions): Array<{ f: ReportFinding; checkId: string }> {
  const eligible = report.checks.flatMap((c) => c.findings.filter((f) => opts.includeWaived || !f.waiver).map((f) => ({ f, checkId: c.id })));
  eligible.sort(
    (a, b) =>
      Number(b.f.violation) - Number(a.f.violation) ||
      Number(a.f.waiver !== undefined) - Number(b.f.waiver !== undefined) ||
      severityRank(b.f.severity) - severityRank(a.f.severity),
  );
  return eligible.length > MAX_SARIF_RESULTS ? eligible.slice(0, MAX_SARIF_RESULTS) : eligible;
}

/** upload-sarif's form of a category: a trailing slash marks an id without a run part. Blank is none. */
function automationId(category: string | undefined): string | undefined {
  const c = category?.trim();
  if (!c) return undefined;
  return c.endsWith('/') ? c : `${c}/`;
}

/** The report's rules, then any rule a finding uses that the report does not describe, so ruleIndex is always valid. */
function collectRules(report: Report): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  for (const r of report.rules) if (!byId.has(r.id)) byId.set(r.id, r);
  for (const c of report.checks) {
    for (const f of c.findings) {
      if (byId.has(f.ruleId)) continue;
      byId.set(f.ruleId, { id: f.ruleId, title: f.ruleId, severity: f.severity, help: f.message, remediation: f.remediation ?? '' });
    }
  }
  return [...byId.values()];
}

/** `pii/email-in-free-text` → `EmailInFreeText`. */
export function ruleName(id: string): string {
  const part = id.slice(id.indexOf('/') + 1);
  return part
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
}

function levelFor(severity: Severity, violation: boolean): SarifLevel {
  if (violation) return 'error';
  return severity === 'info' ? 'note' : 'warning';
}

function toRule(r: RuleInfo, report: Report): SarifRule {
  const blocks = severityRank(r.severity) >= severityRank(report.failOn);
  const remediation = r.remediation ? `\n\nRemediation: ${r.remediation}` : '';
  return {
    id: r.id,
    name: ruleName(r.id) || r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.help || r.title },
    help: {
      text: `${r.help || r.title}${remediation}`,
      markdown: `${r.help || r.title}${r.remediation ? `\n\n**Remediation:** ${r.remediation}` : ''}`,
    },
    defaultConfiguration: { level: levelFor(r.severity, blocks) },
    properties: ruleProperties(r),
  };
}

/**
 * Tags by topic: code scanning files a rule tagged `security` as a vulnerability and ranks it by its
 * `security-severity`, so only security rules carry either. A rule without a topic (a custom policy
 * rule, an older report) is compliance. The check id tag lets people filter by check.
 */
function ruleProperties(r: RuleInfo): SarifRule['properties'] {
  const topic: RuleTopic = r.topic ?? 'compliance';
  const check = r.id.split('/')[0] || r.id;
  const tags = check === topic ? [topic] : [topic, check];
  // The compliance controls the rule provides evidence for (docs/compliance.md), as a property bag entry.
  const controls = r.controls?.length ? { controls: r.controls } : {};
  return topic === 'security' ? { 'security-severity': SECURITY_SEVERITY[r.severity], tags, ...controls } : { tags, ...controls };
}

function toResult(f: ReportFinding, checkId: string, ruleIndex: number, report: Report): SarifResult {
  const uri = f.location ? sarifUri(f.location.file) : undefined;
  const lines = findingDetails(f);
  // A finding without a usable location points at the manifest, which names what was checked.
  if (f.location && !uri) lines.push(`File: ${f.location.file}`);
  const region: SarifRegion = { startLine: 1 };
  const loc = uri ? f.location : undefined;
  if (loc?.line !== undefined && loc.line >= 1) {
    region.startLine = loc.line;
    if (loc.column !== undefined && loc.column >= 1) region.startColumn = loc.column;
    if (loc.endLine !== undefined && loc.endLine >= loc.line) region.endLine = loc.endLine;
    const endLine = region.endLine ?? loc.line;
    const startColumn = endLine === loc.line ? (region.startColumn ?? 1) : 1;
    if (loc.endColumn !== undefined && loc.endColumn >= startColumn) region.endColumn = loc.endColumn;
  }
  const result: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    level: levelFor(f.severity, f.violation),
    message: { text: lines.join('\n') },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri ?? sarifUri(report.manifest) ?? 'modelgate.yml', uriBaseId: '%SRCROOT%' },
          region,
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    properties: {
      severity: f.severity,
      check: checkId,
      violation: f.violation,
      ...(f.target !== undefined && { target: f.target }),
      ...(f.location?.record !== undefined && { record: f.location.record }),
      ...(f.location?.field !== undefined && { field: f.location.field }),
      ...(f.remediation !== undefined && { remediation: f.remediation }),
    },
  };
  if (f.waiver) {
    result.suppressions = [
      { kind: 'external', status: 'accepted', justification: f.waiver.reason, properties: { owner: f.waiver.owner, expires: f.waiver.expires } },
    ];
  }
  return result;
}

/**
 * Stable across runs: the same rule on the same target at the same place is the same alert. Source
 * lines are left out (edits above would move them); data records and fields are stable identities.
 */
export function fingerprint(f: ReportFinding): string {
  const l = f.location;
  return createHash('sha256')
    .update(`${f.ruleId}\0${f.target ?? ''}\0${l?.file ?? ''}\0${l?.record ?? ''}\0${l?.field ?? ''}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * A workspace-relative path as a relative URI reference: forward slashes, each segment
 * percent-encoded. Undefined for an absolute path or one that leaves the workspace.
 */
export function sarifUri(path: string): string | undefined {
  const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return undefined;
  const segments = p.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) return undefined;
  return segments.map(encodeURIComponent).join('/');
}

function invocation(report: Report): SarifLog['runs'][number]['invocations'][number] {
  const end = new Date(Date.parse(report.startedAt) + report.durationMs);
  const notifications = report.checks
    .filter((c) => c.status === 'error')
    .map((c) => ({
      level: c.optional ? 'warning' : 'error',
      message: { text: `check ${c.id} could not run${c.reason ? `: ${c.reason}` : ''}` },
      descriptor: { id: c.id },
    }));
  return {
    executionSuccessful: report.verdict !== 'error',
    ...(Number.isNaN(end.getTime()) ? {} : { startTimeUtc: new Date(report.startedAt).toISOString(), endTimeUtc: end.toISOString() }),
    ...(notifications.length > 0 && { toolExecutionNotifications: notifications }),
  };
}
