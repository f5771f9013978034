// What both front doors do with a report once the gate has run: the report files (JSON, SARIF,
// Markdown summary, HTML), the verdict statement (and its signature), the metrics and the audit line,
// in that order, each written atomically. The action and the CLI differ only in what they print.
import type { Logger } from './check.js';
import { writeFileAtomic } from './io/atomic.js';
import { resolveInWorkspace, toWorkspaceRelative } from './io/workspace.js';
import { fromCommandLine } from './manifest/load.js';
import { appendAuditRecord, buildAuditRecord } from './report/audit.js';
import { renderHtml } from './report/html.js';
import { renderJson } from './report/json.js';
import type { Report } from './report/model.js';
import { describeSarifOmissions, renderSarif, sarifOmissions, type SarifOptions } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import type { CheckViews } from './report/views.js';
import { writeVerdictStatement, type RunIdentity, type WrittenStatement } from './verdict/statement.js';

export interface ReportFiles {
  reportJson?: string;
  sarif?: string;
  summary?: string;
  html?: string;
}

/** Writes the report files asked for; returns the workspace-relative paths written. */
export function writeReportFiles(report: Report, files: ReportFiles, workspace: string, views: CheckViews, warn?: (m: string) => void, sarif: SarifOptions = {}): ReportFiles {
  const written: ReportFiles = {};
  const write = (key: keyof ReportFiles, render: () => string): void => {
    const p = files[key];
    if (!p) return;
    const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, p));
    writeFileAtomic(abs, render());
    written[key] = toWorkspaceRelative(workspace, abs);
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
  metrics?: string;
  auditLog?: string;
}

/**
 * Delivers a report. A file that cannot be written, or a statement that cannot be written or signed, is
 * a ConfigError (exit 2): a run whose verdict cannot be recorded fails closed. `progress` is called
 * after each step, so a front door can still report what was done when a later step fails.
 */
export async function deliver(report: Report, d: Delivery, progress: (done: Delivered) => void = () => {}): Promise<Delivered> {
  const done: Delivered = { files: writeReportFiles(report, d.files, d.workspace, d.views, d.logger.warning, d.sarif) };
  const omitted = done.files.sarif ? describeSarifOmissions(sarifOmissions(report, d.sarif)) : undefined;
  if (omitted) d.logger.info(`SARIF: ${omitted}`);
  if (d.verdict) {
    done.statement = writeVerdictStatement(report, { workspace: d.workspace, path: d.verdict, ...(done.files.reportJson ? { reportPath: done.files.reportJson } : {}), run: d.run, views: d.views });
    progress(done);
    if (d.sign) done.bundle = await d.sign(done.statement);
  }
  if (d.metrics || d.pushgatewayUrl) {
    // prom-client is loaded only when metrics are asked for.
    const { deliverMetrics } = await import('./report/metrics.js');
    const opts = { workspace: d.workspace, path: d.metrics, pushgatewayUrl: d.pushgatewayUrl, repository: d.run.repository, warn: d.logger.warning, info: d.logger.info };
    const path = await deliverMetrics(report, d.views, opts);
    if (path) done.metrics = path;
  }
  await d.publish?.();
  if (d.auditLog) {
    const record = buildAuditRecord({ workspace: d.workspace, report, run: d.run, reportPath: done.files.reportJson, verdictStatement: done.statement?.path });
    done.auditLog = appendAuditRecord(d.workspace, d.auditLog, record);
  }
  progress(done);
  return done;
}
