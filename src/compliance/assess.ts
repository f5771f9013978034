// The report's compliance section: every control of the selected frameworks with a status, from the
// checks that ran and the findings the policy classified.
//   violated      a violation (a blocking finding) of a rule that maps to it
//   waived        no violation, but waived findings of such rules
//   satisfied     no violation nor waiver, and a check that evidences it ran (passed or failed)
//   not-assessed  no check that evidences it ran (not selected, skipped, or errored)
// A parent control (eu-ai-act/art-10) is judged on the rules of itself and all its sub-controls
// together: it is assessed when any sub-control is, and takes the worst status among them
// (violated > waived > satisfied), which is the same thing.
import type { EvidenceSentence } from '../check.js';
import type { CheckReport, ComplianceSection, ControlFinding, ControlResult, ControlStatus, FrameworkResult } from '../report/model.js';
import { CONTROL_STATUSES, severityRank } from '../report/model.js';
import { CONTROLS, FRAMEWORKS, withDescendants, type Control, type FrameworkId } from './catalog.js';
import { mappedRuleOf, POLICY_CHECK, type ComplianceMapping, type MappedRule } from './mapping.js';

/** Findings listed per control; `findingCount` has the total. */
export const MAX_CONTROL_FINDINGS = 50;

export interface AssessInputs {
  mapping: ComplianceMapping;
  checks: readonly CheckReport[];
  /** Sentences each check that ran gave from its facts (CheckView.evidence). */
  evidence: ReadonlyMap<string, readonly EvidenceSentence[]>;
  frameworks: readonly FrameworkId[];
  required: readonly string[];
}

/** Checks that assess their controls in this run: those that ran, and the policy, which always does. */
function ranChecks(checks: readonly CheckReport[]): Set<string> {
  return new Set([POLICY_CHECK, ...checks.filter((c) => c.status === 'passed' || c.status === 'failed').map((c) => c.id)]);
}

/** The rules of a control and its sub-controls. */
function rulesOf(mapping: ComplianceMapping, id: string): MappedRule[] {
  return [...new Set(withDescendants(id).flatMap((c) => mapping.byControl.get(c) ?? []))];
}

/** The checks that would assess a control (and whether any ran): what policy/control-not-assessed names. */
export function assessors(mapping: ComplianceMapping, id: string, checks: readonly CheckReport[]): { checks: string[]; assessed: boolean } {
  const owners = [...new Set(rulesOf(mapping, id).map((r) => r.check))].sort();
  const ran = ranChecks(checks);
  return { checks: owners, assessed: owners.some((c) => ran.has(c)) };
}

export function assessCompliance(i: AssessInputs): ComplianceSection {
  const ran = ranChecks(i.checks);
  const findings = findingsByRule(i);
  const frameworks: FrameworkResult[] = FRAMEWORKS.filter((f) => i.frameworks.includes(f.id)).map((f) => {
    const controls = f.controls.map((c) => assessControl(c, i, ran, findings));
    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, controls.filter((c) => c.status === s).length])) as Record<ControlStatus, number>;
    return { id: f.id, title: f.title, source: f.source, counts, controls };
  });
  return { required: [...i.required], frameworks };
}

type Located = ControlFinding & { order: number };

/** Every finding of the report under the rule it maps to (custom check rules under `<check>/custom-rule`). */
function findingsByRule(i: AssessInputs): Map<string, Located[]> {
  const out = new Map<string, Located[]>();
  let order = 0;
  for (const c of i.checks) {
    c.findings.forEach((f, index) => {
      const rule = mappedRuleOf(i.mapping, f.ruleId)?.rule;
      if (!rule) return;
      const entry: Located = { check: c.id, index, ruleId: f.ruleId, severity: f.severity, violation: f.violation, waived: f.waiver !== undefined, order: order++ };
      const list = out.get(rule);
      if (list) list.push(entry);
      else out.set(rule, [entry]);
    });
  }
  return out;
}

function assessControl(control: Control, i: AssessInputs, ran: ReadonlySet<string>, byRule: ReadonlyMap<string, Located[]>): ControlResult {
  const rules = rulesOf(i.mapping, control.id);
  const ruleIds = new Set(rules.map((r) => r.rule));
  const checks = [...new Set(rules.map((r) => r.check))].sort();
  const ranHere = checks.filter((c) => ran.has(c));
  const located = rules.flatMap((r) => byRule.get(r.rule) ?? []);
  const status: ControlStatus = located.some((f) => f.violation)
    ? 'violated'
    : located.some((f) => f.waived)
      ? 'waived'
      : ranHere.length > 0
        ? 'satisfied'
        : 'not-assessed';
  const sorted = located.sort((a, b) => Number(b.violation) - Number(a.violation) || severityRank(b.severity) - severityRank(a.severity) || a.order - b.order);
  const evidence = ranHere.flatMap((c) => (i.evidence.get(c) ?? []).filter((s) => s.rules.some((r) => ruleIds.has(r))).map((s) => `${c}: ${s.text}`));
  return {
    id: control.id,
    ref: control.ref,
    title: control.title,
    ...(control.parent ? { parent: control.parent } : {}),
    status,
    checks,
    ran: ranHere,
    rules: [...ruleIds].sort(),
    findings: sorted.slice(0, MAX_CONTROL_FINDINGS).map(({ order: _order, ...f }) => f),
    findingCount: located.length,
    evidence: [...new Set(evidence)],
  };
}

/** The title of a control, for messages. */
export function controlTitle(id: string): string {
  return CONTROLS.get(id)?.title ?? id;
}
