// Scanner reports: the format is detected from the JSON shape, never from the file name, and a
// shape no reader recognises is an error (a report we cannot read must not pass as "no findings").
import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../errors.js';
import { jsonErrorPosition } from '../vuln/json-position.js';
import { isGrype, readGrype } from './grype.js';
import { isNpmAudit, readNpmAudit } from './npm-audit.js';
import { isOsvScanner, readOsvScanner } from './osv-scanner.js';
import { isPipAudit, readPipAudit } from './pip-audit.js';
import { isTrivy, readTrivy } from './trivy.js';
import type { ScannerReport, ScannerTool } from './types.js';

export type { ScannedPackage, ScannerFinding, ScannerReport, ScannerTool } from './types.js';
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
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new ConfigError(`scanner report is not valid JSON: ${errorMessage(e)}`, { file: display, ...jsonErrorPosition(text) });
  }
}

export function parseScannerReport(data: unknown, display: string, expect?: ScannerTool): ScannerReport {
  const report = isTrivy(data)
    ? readTrivy(data)
    : isGrype(data)
      ? readGrype(data)
      : isOsvScanner(data)
        ? readOsvScanner(data)
        : isNpmAudit(data)
          ? readNpmAudit(data)
          : isPipAudit(data)
            ? readPipAudit(data)
            : undefined;
  if (!report) {
    throw new ConfigError('unknown scanner report shape: expected the JSON output of Trivy (SchemaVersion 2), Grype, osv-scanner, pip-audit or npm audit', { file: display, line: 1 });
  }
  if (expect && report.tool !== expect) throw new ConfigError(`expected a ${expect} report, found a ${report.tool} report`, { file: display, line: 1 });
  return report;
}
