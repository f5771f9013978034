// Writes the report files a run asked for (JSON, SARIF, Markdown summary, HTML), atomically, inside the workspace.
import type { Report } from './report/model.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { renderHtml } from './report/html.js';
import { writeFileAtomic } from './io/atomic.js';
import { resolveInWorkspace, toWorkspaceRelative } from './io/workspace.js';
import { fromCommandLine } from './manifest/load.js';

export interface ReportFiles {
  reportJson?: string;
  sarif?: string;
  summary?: string;
  html?: string;
}

/** Returns the workspace-relative paths written. */
export function writeReportFiles(report: Report, files: ReportFiles, workspace: string): ReportFiles {
  const written: ReportFiles = {};
  const write = (key: keyof ReportFiles, render: () => string): void => {
    const p = files[key];
    if (!p) return;
    const abs = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, p));
    writeFileAtomic(abs, render());
    written[key] = toWorkspaceRelative(workspace, abs);
  };
  write('reportJson', () => renderJson(report));
  write('sarif', () => `${JSON.stringify(renderSarif(report), null, 2)}\n`);
  write('summary', () => renderSummary(report));
  write('html', () => renderHtml(report));
  return written;
}
