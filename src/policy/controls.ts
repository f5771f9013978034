// The controls the engine's own rules (src/policy/policy-rules.ts) provide evidence for: one line per
// (rule, control), with the reason. Evidence, not legal advice (README "Compliance controls").
import type { EvidenceSentence, RuleControls } from '../check.js';
import type { CheckReport } from '../report/model.js';
import type { PolicyFacts } from './policy-rules.js';
import type { CustomRule } from './schema.js';

export const POLICY_CONTROLS: RuleControls = {
  'policy/required-check-missing': [
    ['nist-ai-rmf/govern-1.4', 'the checks the policy requires for every release cannot be skipped'],
    ['iso-42001/a.6.2.4', 'verification the organisation requires before deployment did not run'],
  ],
  'policy/control-not-assessed': [
    ['nist-ai-rmf/govern-1.1', 'a legal or regulatory requirement the policy names was not assessed for this release'],
    ['nist-ai-rmf/govern-1.4', 'the required controls of the policy are enforced at release'],
  ],
  'policy/waiver-invalid': [
    ['nist-ai-rmf/manage-1.3', 'a risk acceptance must name its reason, owner and expiry to count'],
  ],
  'policy/waiver-expired': [
    ['nist-ai-rmf/manage-1.3', 'an accepted risk past its expiry must be reviewed again'],
    ['nist-ai-rmf/govern-1.4', 'exceptions to the policy are time-bound and enforced'],
  ],
  'policy/waiver-unused': [
    ['nist-ai-rmf/manage-1.3', 'risk acceptances that no longer match a finding are reported for clean-up'],
  ],
  'gate/check-error': [
    ['nist-ai-rmf/govern-1.4', 'the gate fails closed when a check cannot do its work'],
    ['nist-ai-rmf/measure-2.1', 'the tools of the evaluation and their failures are documented'],
  ],
};

/** The policy's evidence for the compliance section, from its facts (what it asked for) and the custom rules' outcomes. */
export function policyEvidence(policy: CheckReport, facts: PolicyFacts, required: readonly string[], customRules: readonly CustomRule[]): EvidenceSentence[] {
  const failed = new Set(policy.findings.map((f) => f.ruleId));
  return [
    {
      rules: ['policy/control-not-assessed'],
      text: required.length ? `controls required to be assessed: ${required.join(', ')}` : 'no control is required to be assessed (compliance.require is empty)',
    },
    { rules: ['policy/required-check-missing', 'gate/check-error'], text: `fails on ${facts.failOn} and above; checks required: ${facts.required.join(', ') || 'none'}` },
    { rules: ['policy/waiver-invalid', 'policy/waiver-expired', 'policy/waiver-unused'], text: `${facts.waivers.active} active waiver(s), ${facts.waivers.expired} expired, ${facts.waivers.unused} unused` },
    ...customRules.map((r) => ({ rules: [`custom/${r.id}`], text: `custom rule ${r.id} ${failed.has(`custom/${r.id}`) ? 'does not hold' : 'holds'}: ${r.message}` })),
  ];
}
