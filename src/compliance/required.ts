// policy/control-not-assessed: a control the policy requires (compliance.require) that no check
// assessed in this release. A parent id is assessed when any of its sub-controls is.
import type { LoadedPolicyRef } from '../check.js';
import type { CheckReport, Finding } from '../report/model.js';
import { assessors, controlTitle } from './assess.js';
import type { ComplianceMapping } from './mapping.js';

/** Why a check did not assess: its report says it was skipped or errored, or it was not selected. */
function whyNot(id: string, checks: readonly CheckReport[]): string {
  const c = checks.find((r) => r.id === id);
  if (!c) return `${id} (not selected)`;
  return c.reason ? `${id} (${c.status}: ${c.reason})` : `${id} (${c.status})`;
}

export function requiredControlFindings(required: readonly string[], mapping: ComplianceMapping, checks: readonly CheckReport[], policy: LoadedPolicyRef): Finding[] {
  const out: Finding[] = [];
  required.forEach((id, i) => {
    const who = assessors(mapping, id, checks);
    if (who.assessed) return;
    const would = who.checks.length ? `it would be assessed by ${who.checks.map((c) => whyNot(c, checks)).join(', ')}` : 'no built-in rule provides evidence for it; map a custom policy rule to it with `controls:`';
    out.push({
      ruleId: 'policy/control-not-assessed',
      severity: 'high',
      message: `required control ${id} (${controlTitle(id)}) was not assessed in this release: ${would}`,
      location: policy.locate(['compliance', 'require', i]),
      target: id,
      remediation: who.checks.length
        ? `Run ${who.checks.join(' or ')} on this release (add the manifest section it reads), or remove "${id}" from compliance.require.`
        : `Add a custom rule with \`controls: [${id}]\`, or remove "${id}" from compliance.require.`,
    });
  });
  return out;
}
