// The facts the endpoints check reports (JSON report, custom policy rules over facts, the summary).
import type { Severity } from '../../src/report/model.js';

export interface EndpointsFacts {
  files: number;
  documents: number;
  endpoints: number;
  routes: number;
  byPlatform: Record<string, number>;
  production: number;
  public: number;
  /** Endpoints failing at least one enabled rule. */
  failing: number;
  ignoredKinds: Record<string, number>;
  unknownKinds: Record<string, number>;
  verdictStore: { dir: string; files: number } | null;
  /** Per rule: enabled built-in rules, then custom rules (key custom-<id>). */
  rules: Array<{ key: string; id: string; severity: Severity; halt: boolean; failing: number; passing: number; notApplicable: number }>;
  /** One row per endpoint, in definition order. */
  table: Array<{ name: string; platform: string; file: string; line: number; failed: string[]; notApplicable: string[] }>;
  /** Endpoints violating a rule with halt: true (before waivers), with those rule ids. */
  halt: Array<{ endpoint: string; platform: string; file: string; line: number; rules: string[] }>;
}
