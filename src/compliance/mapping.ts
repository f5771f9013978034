// The compliance mapping of a run: every rule the run can emit (the checks' rules, the engine's own,
// the policy's custom rules) with the controls it provides evidence for. The checks declare theirs
// through the contract (Check.controls); nothing here knows a check.
import type { AnyCheck, ControlEvidence, RuleControls } from '../check.js';
import type { CustomRule } from '../policy/schema.js';

/** The report's pseudo-check that holds the policy's own findings; it runs in every gate. */
export const POLICY_CHECK = 'policy';

export interface MappedRule {
  rule: string;
  /** The check whose run assesses the rule's controls (`policy` for the engine's and custom rules). */
  check: string;
  controls: readonly ControlEvidence[];
}

export interface ComplianceMapping {
  byRule: ReadonlyMap<string, MappedRule>;
  /** Control id → the rules that map to it directly (not through a sub-control). */
  byControl: ReadonlyMap<string, readonly MappedRule[]>;
}

export function complianceMapping(checks: readonly AnyCheck[], engineControls: RuleControls, customRules: readonly CustomRule[]): ComplianceMapping {
  const rules: MappedRule[] = [
    ...checks.flatMap((c) => Object.entries(c.controls ?? {}).map(([rule, controls]) => ({ rule, check: c.id, controls }))),
    ...Object.entries(engineControls).map(([rule, controls]) => ({ rule, check: POLICY_CHECK, controls })),
    ...customRules.map((r) => ({
      rule: `custom/${r.id}`,
      check: POLICY_CHECK,
      controls: (r.controls ?? []).map((id): ControlEvidence => [id, `custom policy rule "${r.id}": ${r.message}`]),
    })),
  ];
  const byControl = new Map<string, MappedRule[]>();
  for (const r of rules) for (const [control] of r.controls) byControl.set(control, [...(byControl.get(control) ?? []), r]);
  return { byRule: new Map(rules.map((r) => [r.rule, r])), byControl };
}

/**
 * The mapped rule of a finding's rule id. A check's custom rules emit `<check>/custom-<id>`: they map as
 * the check's `<check>/custom-rule` (the endpoints check declares one).
 */
export function mappedRuleOf(mapping: ComplianceMapping, ruleId: string): MappedRule | undefined {
  const direct = mapping.byRule.get(ruleId);
  if (direct) return direct;
  const m = /^([a-z0-9-]+)\/custom-./.exec(ruleId);
  return m ? mapping.byRule.get(`${m[1]}/custom-rule`) : undefined;
}

/** The control ids a rule provides evidence for, in mapping order. */
export function controlsOfRule(mapping: ComplianceMapping, ruleId: string): string[] {
  return (mappedRuleOf(mapping, ruleId)?.controls ?? []).map(([id]) => id);
}
