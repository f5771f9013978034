// The facts the dependency check reports (custom policy rules read them as facts.dependency).
import type { Severity } from '../../src/report/model.js';

export interface DependencyFacts {
  files: Array<{ file: string; format: string; packages: number; byEcosystem: Record<string, number> }>;
  packages: { total: number; byEcosystem: Record<string, number>; byScope: Record<string, number>; checked: number };
  vulnerable: Array<{ package: string; ecosystem: string; version: string; file: string; line: number; advisories: string[]; aliases: string[]; severity: Severity; fix: string | null; ignored: boolean }>;
  vulnerabilities: number;
  bySeverity: Record<Severity, number>;
  licenses: { counts: Record<string, number>; violations: Array<{ package: string; version: string | null; license: string | null }> };
  unpinned: Array<{ package: string; specifier: string | null; file: string; line: number }>;
  missingHashes: number;
  denied: number;
  advisories: { source: string; records: number; withdrawn: number; packages: number };
  reports: Array<{ file: string; tool: string; findings: number }>;
}
