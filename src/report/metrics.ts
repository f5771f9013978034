// Prometheus metrics of a run, in the text exposition format 0.0.4 (rendered by prom-client: HELP/TYPE
// lines, escaping of label values), for a node-exporter textfile collector or a Pushgateway. Every
// metric is a gauge: a file (or a push) is one run's snapshot, replaced by the next. Metric names are
// documented in docs/monitoring.md and used by examples/monitoring/grafana-dashboard.json.
// Only names, counts and measurements: never a detected value (the report holds none).
import { Gauge, Registry } from 'prom-client';
import { writeFileAtomic } from '../io/atomic.js';
import { OutputError, outputFailed, resolveOutputPath, shownOutputPath } from '../io/output-path.js';
import type { MetricFamily, MetricSample } from '../check.js';
import type { CheckStatus, Report, Verdict } from './model.js';
import { pushMetrics } from './push.js';
import { present, type CheckViews } from './views.js';

/** The run's own families: name → help and label names. Checks add theirs in their view. */
export const RUN_METRIC_FAMILIES = {
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
} as const satisfies Record<string, { help: string; labels: readonly string[] }>;

/** Every family a run can write: the run's own, then each check's. The dashboard test reads the names. */
export function metricFamilies(views: CheckViews): Record<string, MetricFamily> {
  const out: Record<string, MetricFamily> = { ...RUN_METRIC_FAMILIES };
  for (const { view } of views.values()) Object.assign(out, view.metrics?.families);
  return out;
}

const VERDICTS: readonly Verdict[] = ['passed', 'blocked', 'error'];
const STATUSES: readonly CheckStatus[] = ['passed', 'failed', 'error', 'skipped'];

/** The samples of a run, in the order they are written. Pure. */
export function metricSamples(report: Report, views: CheckViews): MetricSample[] {
  const out: MetricSample[] = [];
  const add = (name: keyof typeof RUN_METRIC_FAMILIES, labels: Record<string, string>, value: number) => out.push({ name, labels, value });
  const end = Date.parse(report.startedAt) + report.durationMs;
  add('modelgate_run_info', { release: report.release.name ?? '', version: report.release.version ?? '', manifest: report.manifest, policy: report.policy, mode: report.mode, fail_on: report.failOn, tool_version: report.tool.version }, 1);
  for (const v of VERDICTS) add('modelgate_verdict', { verdict: v }, v === report.verdict ? 1 : 0);
  add('modelgate_run_timestamp_seconds', {}, end / 1000);
  add('modelgate_run_duration_seconds', {}, report.durationMs / 1000);

  const tally = (name: keyof typeof RUN_METRIC_FAMILIES, keep: (f: Report['checks'][number]['findings'][number]) => boolean) => {
    const n = new Map<string, MetricSample>();
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

  // The checks' own measurements (pii counts, bias disparities…), from their views.
  for (const c of report.checks) out.push(...(present(views, c, 'metrics', (v) => v.metrics && ((facts) => v.metrics!.samples(facts))) ?? []));
  return out;
}

/** Content-Type of the body, for the Pushgateway and HTTP servers. */
export const METRICS_CONTENT_TYPE = new Registry().contentType;

/** The exposition text of a run: one HELP/TYPE block per family, families with no sample left out. */
export async function renderMetrics(report: Report, views: CheckViews): Promise<string> {
  const registry = new Registry();
  const samples = metricSamples(report, views);
  const families = metricFamilies(views);
  const gauges = new Map<string, Gauge>();
  for (const s of samples) {
    let g = gauges.get(s.name);
    if (!g) {
      const fam = families[s.name];
      if (!fam) throw new Error(`metric ${s.name} has no declared family`);
      g = new Gauge({ name: s.name, help: fam.help, labelNames: [...fam.labels], registers: [registry] });
      gauges.set(s.name, g);
    }
    g.set(s.labels, s.value);
  }
  return registry.metrics();
}

/** Writes the metrics file atomically at an output path; returns the path as reports show it. Failure is an OutputError. */
export function writeMetricsFile(workspace: string, path: string, text: string): string {
  let shown = path;
  try {
    const abs = resolveOutputPath(workspace, path, 'the metrics file');
    shown = shownOutputPath(workspace, abs);
    writeFileAtomic(abs, text);
  } catch (e) {
    throw outputFailed('metrics file', shown, e);
  }
  return shown;
}

/**
 * What a front door asks for: the metrics file (written atomically; failure is an OutputError, like every
 * output file, thrown after the push) and the Pushgateway push (failure is a warning: monitoring never
 * changes a verdict). Returns the metrics file's path as reports show it, when one was written.
 */
export async function deliverMetrics(
  report: Report,
  views: CheckViews,
  opts: { workspace: string; path?: string; pushgatewayUrl?: string; repository?: string; warn: (m: string) => void; info: (m: string) => void; timeoutMs?: number },
): Promise<string | undefined> {
  const text = await renderMetrics(report, views);
  let written: string | undefined;
  let failure: OutputError | undefined;
  try {
    written = opts.path ? writeMetricsFile(opts.workspace, opts.path, text) : undefined;
  } catch (e) {
    // The push does not depend on the file: do it, then report the file.
    if (!(e instanceof OutputError)) throw e;
    failure = e;
  }
  if (opts.pushgatewayUrl) {
    // One group per repository (or release, outside GitHub): each push replaces that gate's last one.
    const instance = opts.repository || report.run.repository || report.release.name || report.manifest;
    const r = await pushMetrics(text, { url: opts.pushgatewayUrl, grouping: { job: 'modelgate', instance }, contentType: METRICS_CONTENT_TYPE, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
    if (r.ok) opts.info(`metrics pushed to ${r.target} (${r.detail})`);
    else opts.warn(`metrics push to ${r.target} failed: ${r.detail}; the verdict is unchanged`);
  }
  if (failure) throw failure;
  return written;
}
