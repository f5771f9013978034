// The Report: plain data handed to every reporter, rendered only when written. Versioned; documented in docs/report.md.

export const REPORT_SCHEMA_VERSION = '2.3.0';

/** Most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank for comparisons: critical = 4 … info = 0. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

export type Verdict = 'passed' | 'blocked' | 'error';
export type CheckStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** Where a finding points. Paths are relative to the workspace, with forward slashes. */
export interface Location {
  file: string;
  line?: number; // 1-based
  column?: number; // 1-based
  endLine?: number;
  endColumn?: number;
  /** 0-based data row (CSV, after the header) or JSON Lines record. */
  record?: number;
  /** Column name or JSON path inside the record. */
  field?: string;
  /** JavaScript string indices inside that field. */
  start?: number;
  end?: number;
}

/** What a check emits. Evidence is always masked by the check: never a raw personal value or secret. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location?: Location;
  /** The thing concerned: package@version, column, artifact path… */
  target?: string;
  evidence?: string;
  remediation?: string;
}

export interface WaiverRef {
  rule: string;
  target?: string;
  reason: string;
  owner: string;
  expires: string; // YYYY-MM-DD
  location?: Location; // where the waiver is written in the policy
}

/** A finding after policy evaluation. */
export interface ReportFinding extends Finding {
  /** Blocks the release (severity at or above failOn, not waived). */
  violation: boolean;
  waiver?: WaiverRef;
}

/**
 * What a rule is about. SARIF tags follow it: code scanning treats only `security` results as
 * vulnerabilities (with a security severity), so a bias or licence finding must not claim to be one.
 */
export const RULE_TOPICS = ['security', 'privacy', 'fairness', 'supply-chain', 'compliance'] as const;
export type RuleTopic = (typeof RULE_TOPICS)[number];

export interface RuleInfo {
  id: string; // <check>/<rule-name>
  title: string;
  severity: Severity; // default severity
  help: string;
  remediation: string;
  /** Declared by every check rule; absent on custom policy rules and older reports (read as compliance). */
  topic?: RuleTopic;
  /** Ids of the compliance controls (of the frameworks the policy selects) the rule provides evidence for (since 2.3.0). */
  controls?: string[];
}

export interface OutputFile {
  path: string; // workspace-relative
  kind: string; // e.g. masked-dataset, quarantine
  description?: string;
}

export interface CheckReport {
  id: string;
  title: string;
  status: CheckStatus;
  /** Errors of an optional check do not block. */
  optional: boolean;
  durationMs: number;
  findings: ReportFinding[];
  facts: Record<string, unknown>;
  outputs: OutputFile[];
  /** Why the check is skipped or errored, one line. */
  reason?: string;
}

export interface RunContext {
  repository?: string;
  sha?: string;
  ref?: string;
  eventName?: string;
  runId?: string;
  serverUrl?: string;
  workflow?: string;
}

/** Where the policy in effect was read from: who could change it, and the exact bytes the gate applied. */
export const POLICY_ORIGINS = ['baseline', 'workspace', 'base-commit', 'repository'] as const;
export type PolicyOrigin = (typeof POLICY_ORIGINS)[number];

export interface PolicySource {
  /**
   * baseline: no policy file; workspace: the file in the job's checkout (on a pull request, the PR's own
   * head); base-commit: the file at the pull request's base commit; repository: another repository's
   * file through the GitHub contents API.
   */
  origin: PolicyOrigin;
  /** owner/name of the repository the file was read from (base-commit, repository). */
  repository?: string;
  /** The ref as given (repository) or the base branch (base-commit). */
  ref?: string;
  /** The commit the file was read at, when known (base-commit; repository when the ref is a commit SHA). */
  commit?: string;
  /** Path of the file in that repository or workspace, or "baseline". */
  path: string;
  /** sha256 of the bytes read (baseline: of the empty document). */
  sha256: string;
}

export interface Report {
  schemaVersion: string;
  tool: { name: 'modelgate'; version: string };
  verdict: Verdict;
  mode: 'enforce' | 'audit';
  failOn: Severity;
  /** Manifest path, workspace-relative. */
  manifest: string;
  /** The manifest's metadata. */
  release: { name?: string; version?: string; owner?: string; description?: string; labels?: Record<string, string> };
  /** Policy path (workspace-relative), owner/repo/path@ref of a central policy, or "baseline". */
  policy: string;
  /** Where the policy was read from, and the digest of its bytes (since 2.2.0). */
  policySource?: PolicySource;
  startedAt: string; // ISO 8601
  durationMs: number;
  checks: CheckReport[];
  /** Number of findings with violation = true. */
  violations: number;
  /** Findings per severity, all checks (waived included). */
  counts: Record<Severity, number>;
  waivers: { applied: WaiverRef[]; unused: WaiverRef[]; expired: WaiverRef[] };
  /** Metadata of every rule that can appear in this report (for SARIF and help links). */
  rules: RuleInfo[];
  /** The release by regulatory control, per framework (since 2.3.0). */
  compliance?: ComplianceSection;
  run: RunContext;
}

/** Worst first: a parent control takes the first status any of its sub-controls has. */
export const CONTROL_STATUSES = ['violated', 'waived', 'satisfied', 'not-assessed'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** A finding behind a control: where it is in the report (`checks[id].findings[index]`). */
export interface ControlFinding {
  check: string;
  index: number;
  ruleId: string;
  severity: Severity;
  violation: boolean;
  waived: boolean;
}

export interface ControlResult {
  id: string;
  ref: string;
  title: string;
  parent?: string;
  status: ControlStatus;
  /** Checks with a rule that evidences the control (or a sub-control): those that would assess it. */
  checks: string[];
  /** Those of `checks` that ran (passed or failed) in this release. */
  ran: string[];
  /** Rules that evidence the control (or a sub-control). */
  rules: string[];
  /** Findings of those rules, most severe first; at most MAX_CONTROL_FINDINGS (findingCount has them all). */
  findings: ControlFinding[];
  findingCount: number;
  /** What the checks that ran measured, as short sentences. */
  evidence: string[];
}

export interface FrameworkResult {
  id: string;
  title: string;
  source: string;
  counts: Record<ControlStatus, number>;
  controls: ControlResult[];
}

export interface ComplianceSection {
  /** The controls the policy requires to be assessed. */
  required: string[];
  frameworks: FrameworkResult[];
}

/** All findings of a report, each with its check id, most severe first (violations before the rest). */
export function allFindings(report: Report): Array<ReportFinding & { checkId: string }> {
  const out = report.checks.flatMap((c) => c.findings.map((f) => ({ ...f, checkId: c.id })));
  return out.sort(
    (a, b) => Number(b.violation) - Number(a.violation) || severityRank(b.severity) - severityRank(a.severity),
  );
}
