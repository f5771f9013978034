// What every scanner reader returns: findings on one severity ladder, whatever the tool.
import type { Severity } from '../report/model.js';

export const SCANNER_TOOLS = ['trivy', 'grype', 'osv-scanner', 'pip-audit', 'npm-audit'] as const;
export type ScannerTool = (typeof SCANNER_TOOLS)[number];

export interface ScannedPackage {
  name: string;
  version?: string;
  /** OSV ecosystem when known (PyPI, npm, Debian…), else the tool's own type (`deb`, `pip`). */
  ecosystem?: string;
  purl?: string;
}

export interface ScannerFinding {
  kind: 'vulnerability' | 'misconfiguration' | 'secret';
  /** The tool's identifier: CVE-…, GHSA-…, DS002, aws-access-key-id. */
  id: string;
  /** Other identifiers of the same issue. */
  aliases: string[];
  package?: ScannedPackage;
  fixedVersions: string[];
  /** Undefined when the tool says unknown: the consumer applies its unknown-severity policy. */
  severity?: Severity;
  title?: string;
  /** What was scanned: a lockfile, an image layer, a Dockerfile. */
  target?: string;
  line?: number;
}

/**
 * One scanner's JSON report format, registered in scanners/index.ts: adding a tool is a module
 * exporting one of these. The format is recognised from the JSON shape, never from the file name.
 */
export interface ScannerFormat<T = unknown> {
  tool: ScannerTool;
  /** How messages name the format ("Trivy (SchemaVersion 2)"). */
  label: string;
  matches(data: unknown): data is T;
  /** Reads a document `matches` accepted. */
  parse(data: T): ScannerReport;
}

export interface ScannerReport {
  tool: ScannerTool;
  findings: ScannerFinding[];
  /** Packages the tool inventoried, when the report lists them. */
  packages?: ScannedPackage[];
}

/** Read JSON values defensively: reports are external input. */
export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
