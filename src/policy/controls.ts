// The controls the engine's own rules (src/policy/policy-rules.ts) provide evidence for: one line per
// (rule, control), with the reason. Evidence, not legal advice (README "Compliance controls").
import type { RuleControls } from '../check.js';

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
