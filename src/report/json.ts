// JSON reporter: the full Report, versioned by report.schemaVersion. The one place that serialises it.
import type { Report } from './model.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
