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
  /** Environment markers: evaluated against the policy `environment` when it is given. */
  markers: {
    evaluated: boolean;
    environment: Record<string, string> | null;
    /** In-scope dependencies that carry a marker. */
    withMarkers: number;
    /** Not installed in the target environment, so not checked. */
    excluded: Array<{ package: string; version: string | null; marker: string; file: string; line: number }>;
    /** The marker uses variables the environment does not give: checked as if installed. */
    undecided: Array<{ package: string; marker: string; missing: string[]; file: string; line: number }>;
  };
  /**
   * Every package of the inventory once per (ecosystem, name, version), all scopes; version null when
   * not pinned. Read by the lineage check to diff dependencies against the last known-good report.
   */
  inventory?: Array<{ ecosystem: string; name: string; version: string | null }>;
}
