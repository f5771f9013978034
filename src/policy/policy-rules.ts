// Rules the engine itself emits (not a check's): they appear in SARIF and the rules reference.
import { z } from 'zod';
import type { RuleDef } from '../check.js';
import { SEVERITIES } from '../report/model.js';

/** Facts of the report's `policy` entry: what the policy asked for in this run. */
export const policyFactsSchema = z.strictObject({
  failOn: z.enum(SEVERITIES).describe('The lowest severity that blocks in this run.'),
  required: z.array(z.string()).describe('Checks the policy requires to run.'),
  customRules: z.number().int().nonnegative().describe('Custom CEL rules evaluated.'),
  waivers: z.strictObject({ active: z.number().int().nonnegative(), expired: z.number().int().nonnegative(), unused: z.number().int().nonnegative() }),
});
export type PolicyFacts = z.infer<typeof policyFactsSchema>;

// Waivers, required checks and the gate's own failures are about the process: compliance.
export const POLICY_RULES: RuleDef[] = [
  {
    id: 'policy/required-check-missing',
    title: 'A check the policy requires did not run',
    severity: 'high',
    topic: 'compliance',
    help: 'The policy lists this check under `require`, but the manifest lacks the section it reads or the check was not selected.',
    remediation: 'Add the section to the release manifest, or change the policy.',
  },
  {
    id: 'policy/control-not-assessed',
    title: 'A control the policy requires was not assessed',
    severity: 'high',
    topic: 'compliance',
    help: 'The policy lists this control under `compliance.require`, but no check that provides evidence for it ran in this release (the checks are not selected, the manifest lacks their sections, or they could not run). A required parent control (eu-ai-act/art-10) is assessed when any of its sub-controls is.',
    remediation: 'Describe the release so that one of the named checks runs (add its manifest section, select it), or remove the control from `compliance.require` with its owner.',
  },
  {
    id: 'policy/waiver-invalid',
    title: 'Malformed waiver',
    severity: 'high',
    topic: 'compliance',
    help: 'A waiver needs rule, reason, owner and expires (YYYY-MM-DD). A malformed waiver waives nothing.',
    remediation: 'Fix the waiver entry in the policy.',
  },
  {
    id: 'policy/waiver-expired',
    title: 'Expired waiver',
    severity: 'high',
    topic: 'compliance',
    help: 'A waiver past its expiry date no longer applies and is itself a violation, so that exceptions get reviewed.',
    remediation: 'Fix the finding it covered, or renew the waiver after review.',
  },
  {
    id: 'policy/waiver-unused',
    title: 'Unused waiver',
    severity: 'info',
    topic: 'compliance',
    help: 'The waiver matched no finding in this run.',
    remediation: 'Remove it if the underlying issue is fixed.',
  },
  {
    id: 'gate/check-error',
    title: 'A check could not run',
    severity: 'high',
    topic: 'compliance',
    help: 'The check met an input it could not read, a path outside the workspace, or its time budget ran out. The gate fails closed.',
    remediation: 'Fix the input named in the message, or mark the check optional in the policy.',
  },
];
