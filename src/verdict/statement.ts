// The verdict statement: an in-toto Statement v1 written for every gate run. Its subjects are the
// release's model artifacts (name + sha256), its predicate the verdict, the release, the digests of
// the policy, the manifest and the JSON report, the counts, the run's identity and the tool. Built
// from the Report alone (plus the digests of a few small files), with a fixed key order, so the same
// run gives the same bytes; written atomically inside the workspace. See README "Verdict statements".
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { sha256Hex } from '../io/hash.js';
import { outputFailed, resolveOutputPath, shownOutputPath } from '../io/output-path.js';
import { resolveInWorkspace } from '../io/workspace.js';
import { parseYaml } from '../io/yaml.js';
import { BASELINE_SHA256 } from '../policy/source.js';
import { renderJson } from '../report/json.js';
import { SEVERITIES, type PolicySource, type Report, type RunContext, type Severity } from '../report/model.js';
import { present, type CheckViews } from '../report/views.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const VERDICT_PREDICATE_TYPE = 'https://modelgate.dev/verdict/v1';
/** DSSE payload type of an in-toto statement. */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Where the action writes the statement when the `verdict` input is empty. */
export const DEFAULT_VERDICT_PATH = '.modelgate/verdict.intoto.json';
/** The baseline policy has no file: its digest is the digest of the empty document (zero bytes). */
export const BASELINE_POLICY_SHA256 = BASELINE_SHA256;

export interface Digest {
  sha256: string;
}

export interface Subject {
  name: string;
  digest: Digest;
}

/** The run as the runner describes it (GITHUB_* variables); empty outside GitHub Actions. */
export interface RunIdentity {
  repository?: string;
  workflow?: string;
  workflowRef?: string;
  runId?: string;
  runAttempt?: string;
  sha?: string;
  ref?: string;
  eventName?: string;
  actor?: string;
  serverUrl?: string;
}

export interface VerdictArtifact {
  name: string;
  /** As written in the manifest (relative to the manifest folder). */
  path: string;
  digest: Digest;
  /** computed: the gate hashed the artifact (lineage check); declared: the manifest's digest, not recomputed in this run. */
  source: 'computed' | 'declared';
}

export interface VerdictPredicate {
  verdict: Report['verdict'];
  mode: Report['mode'];
  failOn: Severity;
  release: { name: string; version: string; owner?: string };
  /** When the verdict was reached (end of the run), ISO 8601. */
  time: string;
  durationMs: number;
  manifest: { path: string; digest: Digest };
  /** `source`: where the policy was read from (origin, repository, ref, commit, path); absent for reports before 2.2.0. */
  policy: { path: string; digest: Digest; source?: VerdictPolicySource };
  report: { schemaVersion: string; digest: Digest; path?: string };
  violations: number;
  counts: Record<Severity, number>;
  checks: Array<{ id: string; status: string; violations: number }>;
  waivers: { applied: number; expired: number };
  /** The model artifacts the subjects come from; empty for a manifest without artifacts (the subject is then the manifest). */
  artifacts: VerdictArtifact[];
  run: RunIdentity;
  tool: { name: 'modelgate'; version: string };
}

/** The report's policySource without its digest (the statement's policy.digest is that digest). */
export type VerdictPolicySource = Omit<PolicySource, 'sha256'>;

export interface VerdictStatement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof VERDICT_PREDICATE_TYPE;
  predicate: VerdictPredicate;
}

export interface StatementInputs {
  report: Report;
  /** sha256 of the JSON report (renderJson(report)). */
  reportSha256: string;
  /** Where the JSON report was written (workspace-relative inside the workspace, absolute outside), when it was. */
  reportPath?: string;
  policySha256: string;
  manifestSha256: string;
  /** model.artifacts as declared in the manifest: used where no check verified the artifacts. */
  declared: Array<{ path: string; name?: string; sha256: string }>;
  /** The checks' views: a view's `subjects` names the artifacts its check verified. */
  views: CheckViews;
  run: RunIdentity;
}


/** Drops undefined and empty-string values, keeping the key order of `o`. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

const normaliseDigest = (s: string): string => s.replace(/^sha256:/i, '').toLowerCase();
const displayName = (path: string): string => posix.basename(path.replace(/\\/g, '/').replace(/\/+$/, '')) || path;

/** The artifacts: those a check verified (its view's subjects: lineage hashes them) where one did, else the manifest's declared ones. */
export function verdictArtifacts(report: Report, views: CheckViews, declared: StatementInputs['declared']): VerdictArtifact[] {
  for (const c of report.checks) {
    const verified = present(views, c, 'statement subjects', (v) => v.subjects);
    if (verified?.length) {
      return verified.map((a) => ({ name: a.name || displayName(a.path), path: a.path, digest: { sha256: normaliseDigest(a.sha256) }, source: a.source }));
    }
  }
  return declared.map((d) => ({ name: d.name || displayName(d.path), path: d.path, digest: { sha256: normaliseDigest(d.sha256) }, source: 'declared' }));
}

/** The statement of one run. Pure: the same inputs give the same object, keys in the same order. */
export function buildVerdictStatement(inp: StatementInputs): VerdictStatement {
  const { report } = inp;
  const artifacts = verdictArtifacts(report, inp.views, inp.declared);
  // Subjects: one per distinct (name, digest); the manifest itself when the release lists no artifact
  // (a Fleet manifest): an in-toto statement needs at least one subject.
  const seen = new Set<string>();
  const subject: Subject[] = [];
  for (const a of artifacts) {
    const key = `${a.path}\0${a.digest.sha256}`;
    if (seen.has(key)) continue;
    seen.add(key);
    subject.push({ name: a.path.replace(/\\/g, '/'), digest: { sha256: a.digest.sha256 } });
  }
  if (subject.length === 0) subject.push({ name: report.manifest, digest: { sha256: inp.manifestSha256 } });

  const end = new Date(Date.parse(report.startedAt) + report.durationMs).toISOString();
  const checks = report.checks.map((c) => ({ id: c.id, status: c.status, violations: c.findings.filter((f) => f.violation).length }));
  const predicate: VerdictPredicate = {
    verdict: report.verdict,
    mode: report.mode,
    failOn: report.failOn,
    release: compact({ name: report.release.name ?? '', version: report.release.version ?? '', owner: report.release.owner }),
    time: end,
    durationMs: report.durationMs,
    manifest: { path: report.manifest, digest: { sha256: inp.manifestSha256 } },
    policy: { path: report.policy, digest: { sha256: inp.policySha256 }, ...(report.policySource ? { source: policySourceOf(report.policySource) } : {}) },
    report: compact({ schemaVersion: report.schemaVersion, digest: { sha256: inp.reportSha256 }, path: inp.reportPath }),
    violations: report.violations,
    counts: Object.fromEntries(SEVERITIES.map((s) => [s, report.counts[s] ?? 0])) as Record<Severity, number>,
    checks,
    waivers: { applied: report.waivers.applied.length, expired: report.waivers.expired.length },
    artifacts: artifacts.map((a) => ({ name: a.name, path: a.path, digest: { sha256: a.digest.sha256 }, source: a.source })),
    run: orderedRun(inp.run),
    tool: { name: 'modelgate', version: report.tool.version },
  };
  return { _type: STATEMENT_TYPE, subject, predicateType: VERDICT_PREDICATE_TYPE, predicate };
}

/** Fixed key order, empty fields dropped: the same run gives the same bytes. */
function policySourceOf(p: PolicySource): VerdictPolicySource {
  return compact({ origin: p.origin, repository: p.repository, ref: p.ref, commit: p.commit, path: p.path });
}

function orderedRun(r: RunIdentity): RunIdentity {
  return compact({
    repository: r.repository,
    workflow: r.workflow,
    workflowRef: r.workflowRef,
    runId: r.runId,
    runAttempt: r.runAttempt,
    sha: r.sha,
    ref: r.ref,
    eventName: r.eventName,
    actor: r.actor,
    serverUrl: r.serverUrl,
  });
}

/** The run's identity: the report's run context completed with what only the environment knows. */
export function runIdentity(run: RunContext, env: NodeJS.ProcessEnv = process.env): RunIdentity {
  return orderedRun({
    repository: run.repository ?? env.GITHUB_REPOSITORY,
    workflow: run.workflow ?? env.GITHUB_WORKFLOW,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    runId: run.runId ?? env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    sha: run.sha ?? env.GITHUB_SHA,
    ref: run.ref ?? env.GITHUB_REF,
    eventName: run.eventName ?? env.GITHUB_EVENT_NAME,
    actor: env.GITHUB_ACTOR,
    serverUrl: run.serverUrl ?? env.GITHUB_SERVER_URL,
  });
}

/** The statement file's text: two-space JSON and a final newline (keys in the order built). */
export function renderStatement(st: VerdictStatement): string {
  return `${JSON.stringify(st, null, 2)}\n`;
}

/** Sigstore bundle path beside a statement: `x.intoto.json` → `x.sigstore.json`, `x.json` → `x.sigstore.json`. */
export function bundlePathFor(statementPath: string): string {
  if (/\.intoto\.json$/i.test(statementPath)) return statementPath.replace(/\.intoto\.json$/i, '.sigstore.json');
  if (/\.json$/i.test(statementPath)) return statementPath.replace(/\.json$/i, '.sigstore.json');
  return `${statementPath}.sigstore.json`;
}

export interface WrittenStatement {
  /** Path of the statement file: workspace-relative inside the workspace, absolute outside. */
  path: string;
  abs: string;
  statement: VerdictStatement;
}

function readForDigest(workspace: string, rel: string, what: string): Buffer {
  const abs = resolveInWorkspace(workspace, workspace, rel);
  try {
    return readFileSync(abs);
  } catch (e) {
    throw new ConfigError(`cannot read the ${what} to digest it for the verdict statement: ${errorMessage(e)}`, { file: rel });
  }
}

/** The digest the gate recorded of the bytes it read (a central policy has no workspace file); re-read for older reports. */
function policyDigest(workspace: string, report: Report): string {
  if (report.policySource) return report.policySource.sha256;
  return report.policy === 'baseline' ? BASELINE_POLICY_SHA256 : sha256Hex(readForDigest(workspace, report.policy, 'policy'));
}

/** model.artifacts as written in the manifest (already validated by the gate); [] when there are none. */
function declaredArtifacts(text: string, file: string): StatementInputs['declared'] {
  const data = parseYaml(text, file).data as { model?: { artifacts?: unknown } } | null;
  const list = data?.model?.artifacts;
  if (!Array.isArray(list)) return [];
  return list.flatMap((a: unknown) => {
    const x = a as { path?: unknown; name?: unknown; sha256?: unknown } | null;
    if (!x || typeof x.path !== 'string' || typeof x.sha256 !== 'string' || !/^(sha256:)?[0-9a-fA-F]{64}$/.test(x.sha256)) return [];
    return [{ path: x.path, ...(typeof x.name === 'string' ? { name: x.name } : {}), sha256: x.sha256 }];
  });
}

/**
 * Builds the statement of `report` and writes it atomically at `path` (an output path: relative to the
 * workspace, or absolute anywhere). Any failure is a ConfigError (an OutputError when the file cannot be
 * written): a run whose verdict cannot be recorded fails closed.
 */
export function writeVerdictStatement(
  report: Report,
  opts: { workspace: string; path: string; reportPath?: string; run: RunIdentity; views: CheckViews },
): WrittenStatement {
  const { workspace } = opts;
  let abs: string;
  try {
    abs = resolveOutputPath(workspace, opts.path, 'the verdict statement');
  } catch (e) {
    throw outputFailed('verdict statement', opts.path, e);
  }
  const path = shownOutputPath(workspace, abs);
  const manifestBytes = readForDigest(workspace, report.manifest, 'manifest');
  const policySha256 = policyDigest(workspace, report);
  const statement = buildVerdictStatement({
    report,
    reportSha256: sha256Hex(renderJson(report)),
    ...(opts.reportPath ? { reportPath: opts.reportPath } : {}),
    policySha256,
    manifestSha256: sha256Hex(manifestBytes),
    declared: declaredArtifacts(manifestBytes.toString('utf8'), report.manifest),
    views: opts.views,
    run: opts.run,
  });
  try {
    writeFileAtomic(abs, renderStatement(statement));
  } catch (e) {
    throw outputFailed('verdict statement', path, e);
  }
  return { path, abs, statement };
}
