// Report factories for the reporter tests.
import type { CheckReport, Report, ReportFinding, RuleInfo, Severity, WaiverRef } from '../../src/report/model.js';
import { REPORT_SCHEMA_VERSION, SEVERITIES } from '../../src/report/model.js';

export function finding(over: Partial<ReportFinding> & Pick<ReportFinding, 'ruleId'>): ReportFinding {
  return { severity: 'medium', message: `${over.ruleId} found`, violation: false, ...over };
}

export function check(over: Partial<CheckReport> & Pick<CheckReport, 'id'>): CheckReport {
  return {
    title: `${over.id[0]?.toUpperCase()}${over.id.slice(1)} check`,
    status: 'passed',
    optional: false,
    durationMs: 12,
    findings: [],
    facts: {},
    outputs: [],
    ...over,
  };
}

export const WAIVER: WaiverRef = {
  rule: 'dependency/vulnerable-package',
  target: 'left-pad@1.0.0',
  reason: 'not reachable from the serving path',
  owner: 'ml-platform',
  expires: '2099-12-31',
  location: { file: '.modelgate/policy.yml', line: 14, column: 5 },
};

export const RULES: RuleInfo[] = [
  { id: 'lineage/artifact-digest-mismatch', title: 'Artifact digest does not match', severity: 'critical', topic: 'supply-chain', help: 'The artifact on disk is not the one the manifest names.', remediation: 'Recompute the digest.' },
  { id: 'dependency/vulnerable-package', title: 'Vulnerable dependency', severity: 'high', topic: 'security', help: 'A dependency has a known vulnerability.', remediation: 'Upgrade it.' },
  { id: 'pii/email-in-column', title: 'Email addresses in a column', severity: 'high', topic: 'privacy', help: 'A column holds email addresses.', remediation: 'Mask or drop the column.' },
  { id: 'bias/disparate-impact', title: 'Disparate impact', severity: 'medium', topic: 'fairness', help: 'Selection rates differ across groups.', remediation: 'Rebalance.' },
  { id: 'container-image/unpinned-base', title: 'Unpinned base image', severity: 'low', topic: 'supply-chain', help: 'FROM without a digest.', remediation: 'Pin by digest.' },
  { id: 'lineage/manifest-info', title: 'Lineage note', severity: 'info', topic: 'compliance', help: 'Informational.', remediation: '' },
  { id: 'endpoints/check-error', title: 'Endpoint check failed', severity: 'high', help: 'The check could not run.', remediation: 'Fix the endpoint config.' },
];

/** A report with varied severities, waived findings, locations with and without lines, an errored and a skipped check. */
export function richReport(over: Partial<Report> = {}): Report {
  const checks: CheckReport[] = [
    check({
      id: 'lineage',
      status: 'failed',
      durationMs: 12,
      findings: [
        finding({ ruleId: 'lineage/manifest-info', severity: 'info', message: 'Model card found', location: { file: 'release/modelgate.yml', line: 3 } }),
        finding({ ruleId: 'lineage/artifact-digest-mismatch', severity: 'critical', violation: true, message: 'sha256 differs from the manifest', target: 'models/model.bin', location: { file: 'release/modelgate.yml', line: 7, column: 13, endLine: 7, endColumn: 77 } }),
      ],
      facts: { artifacts: 2, digests: { 'models/model.bin': 'sha256:abc' } },
    }),
    check({
      id: 'dependency',
      status: 'failed',
      findings: [
        finding({ ruleId: 'dependency/vulnerable-package', severity: 'high', violation: false, waiver: WAIVER, target: 'left-pad@1.0.0', message: 'GHSA-xxxx: prototype pollution', location: { file: 'requirements.txt', line: 4 } }),
        finding({ ruleId: 'dependency/vulnerable-package', severity: 'high', violation: true, target: 'torch@1.0.0', message: 'CVE-2025-0001 | remote code execution', location: { file: 'requirements.txt', line: 2, column: 1, endLine: 3, endColumn: 8 } }),
      ],
    }),
    check({
      id: 'pii',
      status: 'failed',
      findings: [
        finding({ ruleId: 'pii/email-in-column', severity: 'high', violation: true, target: 'email', evidence: 'j***@e******.com', message: 'Emails in column `email`', location: { file: 'data/train.csv', record: 41, field: 'email', start: 0, end: 17 } }),
        finding({ ruleId: 'bias/unregistered-rule', severity: 'medium', violation: true, message: 'Custom rule <fairness> failed\nsecond line' }),
      ],
      outputs: [{ path: 'out/train.masked.csv', kind: 'masked-dataset' }],
    }),
    check({
      id: 'container-image',
      status: 'passed',
      findings: [finding({ ruleId: 'container-image/unpinned-base', severity: 'low', message: 'FROM python:3.12 has no digest', location: { file: 'Dockerfile', line: 1, column: 1 } })],
    }),
    check({
      id: 'endpoints',
      status: 'error',
      reason: 'endpoints.yml: not found',
      findings: [finding({ ruleId: 'endpoints/check-error', severity: 'high', violation: true, message: 'cannot read endpoints.yml', location: { file: 'release/modelgate.yml' } })],
    }),
    check({ id: 'bias', status: 'skipped', reason: 'no evaluation section in the manifest', durationMs: 0 }),
  ];
  return reportOf(checks, { verdict: 'error', ...over });
}

/** A Report around the given checks, with counts and violations computed from them. */
export function reportOf(checks: CheckReport[], over: Partial<Report> = {}): Report {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let violations = 0;
  for (const f of checks.flatMap((c) => c.findings)) {
    counts[f.severity]++;
    if (f.violation) violations++;
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'modelgate', version: '0.1.0' },
    verdict: violations > 0 ? 'blocked' : 'passed',
    mode: 'enforce',
    failOn: 'medium',
    manifest: 'release/modelgate.yml',
    release: { name: 'fraud-model', version: '1.4.0', owner: 'risk-ml' },
    policy: '.modelgate/policy.yml',
    startedAt: '2026-03-01T10:00:00.000Z',
    durationMs: 1234,
    checks,
    violations,
    counts,
    waivers: { applied: [WAIVER], unused: [{ ...WAIVER, rule: 'pii/email-in-column', target: 'contact' }], expired: [] },
    rules: RULES,
    run: { repository: 'acme/models', serverUrl: 'https://github.com', runId: '42', sha: 'deadbeef', ref: 'refs/pull/7/merge', eventName: 'pull_request' },
    ...over,
  };
}

/** n violations of one check, severities cycling from critical down to low, rule ids cycling over `rules`. */
export function manyViolations(n: number, rules = ['lineage/artifact-digest-mismatch', 'pii/email-in-column']): Report {
  const sev: Severity[] = ['critical', 'high', 'medium', 'low'];
  const findings = Array.from({ length: n }, (_, i) =>
    finding({ ruleId: rules[i % rules.length] ?? 'x/y', severity: sev[i % sev.length] ?? 'low', violation: true, message: `violation ${i}`, location: { file: 'data/train.csv', line: i + 2 } }),
  );
  return reportOf([check({ id: 'pii', status: 'failed', findings })], { failOn: 'low' });
}
