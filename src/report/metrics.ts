// Prometheus metrics of a run, in the text exposition format 0.0.4 (rendered by prom-client: HELP/TYPE
// lines, escaping of label values), for a node-exporter textfile collector or a Pushgateway. Every
// metric is a gauge: a file (or a push) is one run's snapshot, replaced by the next. Metric names are
// documented in README ("Metrics") and used by examples/monitoring/grafana-dashboard.json.
// Only names, counts and measurements: never a detected value (the report holds none).
import { Gauge, Registry } from 'prom-client';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../io/workspace.js';
import { fromCommandLine } from '../manifest/load.js';
import type { CheckStatus, Report, Verdict } from './model.js';
import { pushMetrics } from './push.js';

/** Every family this module writes: name → help and label names. The dashboard test reads the names. */
export const METRIC_FAMILIES = {
  modelgate_run_info: { help: 'The run: release, version, manifest, policy, mode, failOn and tool version as labels; always 1.', labels: ['release', 'version', 'manifest', 'policy', 'mode', 'fail_on', 'tool_version'] },
  modelgate_verdict: { help: 'The verdict: 1 for the verdict reached, 0 for the other two (passed, blocked, error).', labels: ['verdict'] },
  modelgate_run_timestamp_seconds: { help: 'When the run reached its verdict, Unix time in seconds.', labels: [] },
  modelgate_run_duration_seconds: { help: 'Wall time of the gate run in seconds.', labels: [] },
  modelgate_violations: { help: 'Findings that block the release (at or above failOn, not waived), per check, rule and severity.', labels: ['check', 'rule', 'severity'] },
  modelgate_findings: { help: 'All findings (violations, waived and below failOn), per check, rule and severity.', labels: ['check', 'rule', 'severity'] },
  modelgate_check_violations: { help: 'Violations per check (0 included).', labels: ['check'] },
  modelgate_check_status: { help: 'Status of each check: 1 for its status, 0 for the others (passed, failed, error, skipped).', labels: ['check', 'status'] },
  modelgate_check_duration_seconds: { help: 'Wall time of each check in seconds.', labels: ['check'] },
  modelgate_waivers: { help: 'Policy waivers by state (applied, unused, expired).', labels: ['state'] },
  modelgate_pii_findings: { help: 'Personal-data values the pii check detected, per category (personal, financial, credentials, special-category...).', labels: ['category'] },
  modelgate_pii_findings_by_type: { help: 'Personal-data values the pii check detected, per type (email, credit-card, us-ssn...).', labels: ['type'] },
  modelgate_pii_records: { help: 'Records the pii check read (scanned), masked and quarantined.', labels: ['state'] },
  modelgate_pii_k_anonymity: { help: 'Smallest k of k-anonymity over the scanned files whose quasi-identifiers the policy names.', labels: [] },
  modelgate_bias_disparity: { help: 'Disparities the bias check measured, per sensitive feature (or intersection a*b) and metric.', labels: ['feature', 'metric'] },
} as const satisfies Record<string, { help: string; labels: readonly string[] }>;

export type MetricName = keyof typeof METRIC_FAMILIES;
export const METRIC_NAMES = Object.keys(METRIC_FAMILIES) as MetricName[];

const VERDICTS: readonly Verdict[] = ['passed', 'blocked', 'error'];
const STATUSES: readonly CheckStatus[] = ['passed', 'failed', 'error', 'skipped'];

type Sample = { name: MetricName; labels: Record<string, string>; value: number };

// The facts read here, as the pii and bias checks write them; anything else in them is ignored.
const count = z.number().finite().nonnegative();
const piiFacts = z.object({
  totals: z.object({ records: count, recordsMasked: count, recordsQuarantined: count, counts: z.record(z.string(), count), byCategory: z.record(z.string(), count) }),
  kAnonymity: z.number().finite().nullable().optional(),
});
const biasFacts = z.object({ features: z.record(z.string(), z.object({ disparities: z.record(z.string(), z.unknown()) })) });

/** The samples of a run, in the order they are written. Pure. */
export function metricSamples(report: Report): Sample[] {
  const out: Sample[] = [];
  const add = (name: MetricName, labels: Record<string, string>, value: number) => out.push({ name, labels, value });
  const end = Date.parse(report.startedAt) + report.durationMs;
  add('modelgate_run_info', { release: report.release.name ?? '', version: report.release.version ?? '', manifest: report.manifest, policy: report.policy, mode: report.mode, fail_on: report.failOn, tool_version: report.tool.version }, 1);
  for (const v of VERDICTS) add('modelgate_verdict', { verdict: v }, v === report.verdict ? 1 : 0);
  add('modelgate_run_timestamp_seconds', {}, end / 1000);
  add('modelgate_run_duration_seconds', {}, report.durationMs / 1000);

  const tally = (name: MetricName, keep: (f: Report['checks'][number]['findings'][number]) => boolean) => {
    const n = new Map<string, Sample>();
    for (const c of report.checks) {
      for (const f of c.findings.filter(keep)) {
        const key = `${c.id}\0${f.ruleId}\0${f.severity}`;
        const s = n.get(key) ?? { name, labels: { check: c.id, rule: f.ruleId, severity: f.severity }, value: 0 };
        s.value++;
        n.set(key, s);
      }
    }
    out.push(...n.values());
  };
  tally('modelgate_violations', (f) => f.violation);
  tally('modelgate_findings', () => true);
  for (const c of report.checks) {
    add('modelgate_check_violations', { check: c.id }, c.findings.filter((f) => f.violation).length);
    for (const s of STATUSES) add('modelgate_check_status', { check: c.id, status: s }, s === c.status ? 1 : 0);
    add('modelgate_check_duration_seconds', { check: c.id }, c.durationMs / 1000);
  }
  for (const [state, list] of Object.entries(report.waivers)) add('modelgate_waivers', { state }, list.length);

  const pii = piiFacts.safeParse(report.checks.find((c) => c.id === 'pii')?.facts);
  if (pii.success) {
    const t = pii.data.totals;
    for (const [category, n] of Object.entries(t.byCategory)) add('modelgate_pii_findings', { category }, n);
    for (const [type, n] of Object.entries(t.counts)) add('modelgate_pii_findings_by_type', { type }, n);
    add('modelgate_pii_records', { state: 'scanned' }, t.records);
    add('modelgate_pii_records', { state: 'masked' }, t.recordsMasked);
    add('modelgate_pii_records', { state: 'quarantined' }, t.recordsQuarantined);
    if (typeof pii.data.kAnonymity === 'number') add('modelgate_pii_k_anonymity', {}, pii.data.kAnonymity);
  }
  const bias = biasFacts.safeParse(report.checks.find((c) => c.id === 'bias')?.facts);
  if (bias.success) {
    for (const [feature, f] of Object.entries(bias.data.features)) {
      // Intervals and the four-fifths boolean are not disparities; an undefined one (null) has no sample.
      for (const [metric, v] of Object.entries(f.disparities)) if (typeof v === 'number' && Number.isFinite(v)) add('modelgate_bias_disparity', { feature, metric }, v);
    }
  }
  return out;
}

/** Content-Type of the body, for the Pushgateway and HTTP servers. */
export const METRICS_CONTENT_TYPE = new Registry().contentType;

/** The exposition text of a run: one HELP/TYPE block per family, families with no sample left out. */
export async function renderMetrics(report: Report): Promise<string> {
  const registry = new Registry();
  const samples = metricSamples(report);
  const gauges = new Map<MetricName, Gauge>();
  for (const s of samples) {
    let g = gauges.get(s.name);
    if (!g) {
      const fam = METRIC_FAMILIES[s.name];
      g = new Gauge({ name: s.name, help: fam.help, labelNames: [...fam.labels], registers: [registry] });
      gauges.set(s.name, g);
    }
    g.set(s.labels, s.value);
  }
  return registry.metrics();
}

/** Writes the metrics file atomically inside the workspace; returns its workspace-relative path. */
export function writeMetricsFile(workspace: string, path: string, text: string): string {
  const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, path));
  const rel = toWorkspaceRelative(workspace, abs);
  try {
    writeFileAtomic(abs, text);
  } catch (e) {
    throw new ConfigError(`cannot write the metrics file: ${errorMessage(e)}`, { file: rel });
  }
  return rel;
}

/**
 * What a front door asks for: the metrics file (written atomically; failure is a ConfigError, like every
 * output file) and the Pushgateway push (failure is a warning: monitoring never changes a verdict).
 * Returns the metrics file's workspace-relative path, when one was written.
 */
export async function deliverMetrics(
  report: Report,
  opts: { workspace: string; path?: string; pushgatewayUrl?: string; repository?: string; warn: (m: string) => void; info: (m: string) => void; timeoutMs?: number },
): Promise<string | undefined> {
  const text = await renderMetrics(report);
  const written = opts.path ? writeMetricsFile(opts.workspace, opts.path, text) : undefined;
  if (opts.pushgatewayUrl) {
    // One group per repository (or release, outside GitHub): each push replaces that gate's last one.
    const instance = opts.repository || report.run.repository || report.release.name || report.manifest;
    const r = await pushMetrics(text, { url: opts.pushgatewayUrl, grouping: { job: 'modelgate', instance }, contentType: METRICS_CONTENT_TYPE, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
    if (r.ok) opts.info(`metrics pushed to ${r.target} (${r.detail})`);
    else opts.warn(`metrics push to ${r.target} failed: ${r.detail}; the verdict is unchanged`);
  }
  return written;
}
