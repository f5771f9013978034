// What both front doors do with a report once the gate has run: the report files (JSON, SARIF,
// Markdown summary, HTML), the verdict statement (and its signature), the metrics and the audit line,
// in that order, each written atomically. The action and the CLI differ only in what they print.
// A requested output that cannot be written does not stop the others, nor change the verdict: it is
// returned as a failure, and the front door exits 2 because of it (a statement that cannot be written
// so fails the run closed, with the gate's verdict still reported).
import type { Logger } from './check.js';
import { writeFileAtomic } from './io/atomic.js';
import { OutputError, outputFailed, resolveOutputPath, shownOutputPath } from './io/output-path.js';
import { appendAuditRecord, buildAuditRecord } from './report/audit.js';
import { renderHtml } from './report/html.js';
import { renderJson } from './report/json.js';
import type { Report } from './report/model.js';
import { describeSarifOmissions, renderSarif, sarifOmissions, type SarifOptions } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import type { CheckViews } from './report/views.js';
import { renderStatement, writeVerdictStatement, type RunIdentity, type WrittenStatement } from './verdict/statement.js';
import type { FetchedPolicy } from './policy/source.js';

export interface ReportFiles {
  reportJson?: string;
  sarif?: string;
  summary?: string;
  html?: string;
}

const REPORT_FILES: Record<keyof ReportFiles, string> = { reportJson: 'JSON report', sarif: 'SARIF report', summary: 'Markdown summary', html: 'HTML report' };

/**
 * Writes the report files asked for; returns the paths written as reports show them (shownOutputPath).
 * A file that cannot be written throws an OutputError, or, when `failures` is given, is added to it
 * and the other files are still written.
 */
export function writeReportFiles(report: Report, files: ReportFiles, workspace: string, views: CheckViews, warn?: (m: string) => void, failures?: OutputError[], sarif: SarifOptions = {}): ReportFiles {
  const written: ReportFiles = {};
  const write = (key: keyof ReportFiles, render: () => string): void => {
    const p = files[key];
    if (!p) return;
    let shown = p;
    try {
      const abs = resolveOutputPath(workspace, p, `the ${REPORT_FILES[key]}`);
      shown = shownOutputPath(workspace, abs);
      writeFileAtomic(abs, render());
      written[key] = shown;
    } catch (e) {
      if (!failures) throw outputFailed(REPORT_FILES[key], shown, e);
      failures.push(outputFailed(REPORT_FILES[key], shown, e));
    }
  };
  write('reportJson', () => renderJson(report));
  write('sarif', () => `${JSON.stringify(renderSarif(report, sarif), null, 2)}\n`);
  write('summary', () => renderSummary(report, views, warn ? { warn } : {}));
  write('html', () => renderHtml(report, views, warn));
  return written;
}

export interface Delivery {
  workspace: string;
  views: CheckViews;
  run: RunIdentity;
  logger: Pick<Logger, 'info' | 'warning'>;
  files: ReportFiles;
  /** What the SARIF report keeps (waived findings) and its category. */
  sarif?: SarifOptions;
  /** Where to write the verdict statement; none when undefined. */
  verdict?: string;
  /** Where to write the CycloneDX ML-BOM (src/bom/); none when undefined. */
  bom?: string;
  /** The policy the front door read itself (a central policy, the base commit's file): the BOM states its requirements. */
  policyText?: FetchedPolicy;
  /** Signs the statement (the action's `attest: true`); returns the bundle's path. */
  sign?: (statement: WrittenStatement) => Promise<string>;
  metrics?: string;
  pushgatewayUrl?: string;
  auditLog?: string;
  /** What the front door posts before the audit line is written (the action's job summary and PR comment). */
  publish?: () => Promise<void>;
}

export interface Delivered {
  files: ReportFiles;
  statement?: WrittenStatement;
  bundle?: string;
  /** The BOM written, as reports show its path. */
  bom?: string;
  metrics?: string;
  auditLog?: string;
  /** Requested outputs that could not be written: the run exits 2, the verdict stays the gate's. */
  failures: OutputError[];
}

/**
 * Delivers a report. An output that cannot be written is added to `done.failures` and the rest is still
 * delivered; the audit line then carries the failure. A statement that cannot be signed, or any other
 * error, throws (exit 2, verdict error). `done` is filled as each step ends, so a front door can still
 * report what was done when a later step throws.
 */
export async function deliver(report: Report, d: Delivery, done: Delivered = { files: {}, failures: [] }): Promise<Delivered> {
  const keep = (e: unknown): undefined => {
    if (!(e instanceof OutputError)) throw e;
    done.failures.push(e);
    return undefined;
  };
  const failed = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (e) {
      return keep(e);
    }
  };
  Object.assign(done.files, writeReportFiles(report, d.files, d.workspace, d.views, d.logger.warning, done.failures, d.sarif));
  const omitted = done.files.sarif ? describeSarifOmissions(sarifOmissions(report, d.sarif)) : undefined;
  if (omitted) d.logger.info(`SARIF: ${omitted}`);
  if (d.verdict) {
    const statement = failed(() => writeVerdictStatement(report, { workspace: d.workspace, path: d.verdict!, ...(done.files.reportJson ? { reportPath: done.files.reportJson } : {}), run: d.run, views: d.views }));
    if (statement) done.statement = statement;
    if (statement && d.sign) done.bundle = await d.sign(statement);
  }
  if (d.bom) {
    // The CycloneDX library is loaded only when a BOM is asked for.
    const { writeBom } = await import('./bom/write.js');
    const statement = done.statement ? { path: done.statement.path, text: renderStatement(done.statement.statement) } : undefined;
    const opts = { workspace: d.workspace, path: d.bom, views: d.views, warn: d.logger.warning, ...(d.policyText ? { policyText: d.policyText } : {}), ...(done.files.reportJson ? { reportPath: done.files.reportJson } : {}), ...(statement ? { statement } : {}), ...(done.statement ? { reportSha256: done.statement.statement.predicate.report.digest.sha256 } : {}) };
    const written = failed(() => writeBom(report, opts));
    if (written) {
      done.bom = written.path;
      d.logger.info(`BOM: ${written.path} (CycloneDX 1.6, ${written.components} components, ${written.vulnerabilities} vulnerabilities, ${written.bytes} bytes)`);
    }
  }
  if (d.metrics || d.pushgatewayUrl) {
    // prom-client is loaded only when metrics are asked for.
    const { deliverMetrics } = await import('./report/metrics.js');
    const opts = { workspace: d.workspace, path: d.metrics, pushgatewayUrl: d.pushgatewayUrl, repository: d.run.repository, warn: d.logger.warning, info: d.logger.info };
    const path = await deliverMetrics(report, d.views, opts).catch(keep);
    if (path) done.metrics = path;
  }
  await d.publish?.();
  if (d.auditLog) {
    const error = done.failures.length > 0 ? done.failures.map((f) => f.message).join('; ') : undefined;
    const record = buildAuditRecord({ workspace: d.workspace, report, run: d.run, reportPath: done.files.reportJson, verdictStatement: done.statement?.path, ...(error ? { error, keepVerdict: true } : {}) });
    const path = failed(() => appendAuditRecord(d.workspace, d.auditLog!, record));
    if (path) done.auditLog = path;
  }
  return done;
}
