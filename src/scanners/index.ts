// Scanner reports: the format is detected from the JSON shape, never from the file name, and a
// shape no reader recognises is an error (a report we cannot read must not pass as "no findings").
import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../errors.js';
import { parseJsonText } from '../io/json-syntax.js';
import { grype } from './grype.js';
import { npmAudit } from './npm-audit.js';
import { osvScanner } from './osv-scanner.js';
import { pipAudit } from './pip-audit.js';
import { trivy } from './trivy.js';
import type { ScannerFormat, ScannerReport, ScannerTool } from './types.js';

export type { ScannedPackage, ScannerFinding, ScannerFormat, ScannerReport, ScannerTool } from './types.js';
export { SCANNER_TOOLS } from './types.js';

/** Reads a scanner's JSON report. `display` names the file in errors; `expect` rejects a report of another tool. */
export function readScannerReport(absPath: string, display: string, expect?: ScannerTool): ScannerReport {
  return parseScannerReport(readScannerJson(absPath, display), display, expect);
}

/** A report file's JSON document: a missing file or malformed JSON is a ConfigError naming the file (and line). */
export function readScannerJson(absPath: string, display: string): unknown {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `scanner report ${display} not found` : `cannot read scanner report ${display}: ${errorMessage(e)}`, { file: display });
  }
  return parseJsonText(text.replace(/^\uFEFF/, ''), 'scanner report is not valid JSON', display);
}

/**
 * Every format; the first that recognises a document reads it. npm audit is tried before pip-audit:
 * only pip-audit's test accepts an empty `dependencies` list, so a crafted document that has both
 * shapes is read with the findings npm audit lists, not as an empty pip-audit report.
 */
export const SCANNER_FORMATS: readonly ScannerFormat[] = [trivy, grype, osvScanner, npmAudit, pipAudit];

export function parseScannerReport(data: unknown, display: string, expect?: ScannerTool): ScannerReport {
  const format = SCANNER_FORMATS.find((f) => f.matches(data));
  if (!format) {
    const labels = SCANNER_FORMATS.map((f) => f.label);
    throw new ConfigError(`unknown scanner report shape: expected the JSON output of ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`, { file: display, line: 1 });
  }
  const report = format.parse(data);
  if (expect && report.tool !== expect) throw new ConfigError(`expected a ${expect} report, found a ${report.tool} report`, { file: display, line: 1 });
  return report;
}
