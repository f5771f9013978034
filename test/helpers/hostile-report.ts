// A report with one untrusted text in every field a reporter can show: the release, the manifest and
// policy paths and where the policy came from, each check's facts (through its own schema), findings
// (message, target, evidence, file, field), waivers (applied, unused, expired), outputs, and a check
// that errored with the text as its reason. A test renders it with a hostile text and a harmless one.
import type { CheckReport, Report, ReportFinding, WaiverRef } from '../../src/report/model.js';
import { filledFacts } from './hostile-facts.js';
import { check, finding, reportOf } from './reports.js';
import { views } from './views.js';

export function hostileReport(text: string, variant = 0): Report {
  const waiver: WaiverRef = { rule: text, target: text, reason: text, owner: text, expires: text, location: { file: text, line: 3, column: 1 } };
  const findings = (id: string): ReportFinding[] => [
    finding({ ruleId: `${id}/${text}`, severity: 'high', violation: true, message: text, target: text, evidence: text, remediation: text, location: { file: text, line: 2, column: 1, record: 4, field: text } }),
    finding({ ruleId: `${id}/${text}`, severity: 'low', message: text, target: text, location: { file: text, record: 1, field: text }, waiver }),
  ];
  const checks: CheckReport[] = [...views].map(([id, { facts }]) =>
    check({ id, status: 'failed', facts: filledFacts(facts, text, variant) as CheckReport['facts'], findings: findings(id), outputs: [{ path: text, kind: text, description: text }] }),
  );
  checks.push(check({ id: 'policy', title: text, status: 'error', reason: text, findings: findings('policy') }));
  checks.push(check({ id: 'lineage', status: 'passed', facts: filledFacts(views.get('lineage')!.facts, text, variant) as CheckReport['facts'], outputs: [{ path: text, kind: text }] }));
  return reportOf(checks, {
    manifest: text,
    policy: text,
    release: { name: text, version: text, owner: text, description: text, labels: { [text]: text } },
    policySource: { origin: 'repository', repository: text, ref: text, commit: text, path: text, sha256: text },
    waivers: { applied: [waiver], unused: [waiver], expired: [waiver] },
  });
}
