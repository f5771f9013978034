// The controls each dependency rule provides evidence for: one line per (rule, control), with the reason.
// Evidence, not legal advice (README "Compliance controls").
import type { RuleControls } from '../../src/check.js';

export const CONTROLS: RuleControls = {
  'dependency/vulnerable-package': [
    ['eu-ai-act/art-15-5', 'a dependency with a known vulnerability is a way for third parties to exploit the system'],
    ['eu-ai-act/annex-iv-2-h', 'documents the vulnerability status of every dependency as a cybersecurity measure'],
    ['gdpr/art-32-1-b', 'known vulnerabilities in the serving code threaten the confidentiality and integrity of processing'],
    ['nist-ai-rmf/measure-2.7', 'evaluates the security of the software the model runs on against advisory databases'],
    ['nist-ai-rmf/manage-3.1', 'third-party software risks are monitored at every release and a control (the gate) is applied'],
    ['iso-42001/a.10.3', 'checks what suppliers of third-party packages ship against published advisories'],
  ],
  'dependency/scanner-finding': [
    ['eu-ai-act/art-15-5', 'an external scanner found a vulnerability, misconfiguration or secret in the dependencies'],
    ['nist-ai-rmf/measure-2.7', 'scanner results are part of the security evaluation'],
    ['nist-ai-rmf/manage-3.1', 'scanner reports on third-party software are read and gated'],
  ],
  'dependency/version-not-comparable': [
    ['eu-ai-act/art-15-5', 'a version that cannot be compared with an advisory fails closed rather than passing unchecked'],
    ['nist-ai-rmf/measure-2.7', 'an incomplete security evaluation is reported'],
  ],
  'dependency/denied-package': [
    ['nist-ai-rmf/govern-6.1', 'the policy denies third-party packages the organisation does not accept'],
    ['nist-ai-rmf/map-4.2', 'an internal risk control on third-party components, applied at release'],
    ['iso-42001/a.10.3', 'packages from denied suppliers are kept out of the release'],
  ],
  'dependency/unpinned': [
    ['eu-ai-act/annex-iv-2-a', 'the exact versions of third-party tools the system is built with are documented'],
    ['eu-ai-act/art-15-1', 'pinned dependencies keep the shipped software the one that was tested'],
    ['nist-ai-rmf/map-4.2', 'pinning is a risk control on third-party components'],
    ['iso-42001/a.4.4', 'the tooling resources of the system are identified by exact version'],
  ],
  'dependency/missing-hash': [
    ['eu-ai-act/art-15-5', 'an unhashed download can be replaced by a third party (supply-chain tampering)'],
    ['nist-ai-rmf/map-4.2', 'artifact hashes are a risk control on third-party components'],
    ['iso-42001/a.10.3', 'what the supplier delivered is verified by its hash'],
  ],
  'dependency/license-not-allowed': [
    ['nist-ai-rmf/govern-6.1', "licences are checked against the policy: the risk of infringing a third party's rights"],
    ['nist-ai-rmf/map-4.1', 'the legal risk of third-party software components is mapped and gated'],
    ['iso-42001/a.10.3', 'third-party packages must come under licences the organisation allows'],
  ],
  'dependency/license-unknown': [
    ['nist-ai-rmf/govern-6.1', "an unknown licence is a third-party intellectual-property risk that cannot be judged"],
    ['nist-ai-rmf/map-4.1', 'the legal risk of a component without a known licence is reported'],
  ],
  'dependency/ignore-expired': [
    ['nist-ai-rmf/manage-1.3', 'an accepted vulnerability risk expires and must be reviewed again'],
    ['nist-ai-rmf/manage-3.1', 'exceptions for third-party risks are monitored over time'],
  ],
  'dependency/ignore-unused': [
    ['nist-ai-rmf/manage-1.3', 'risk acceptances that no longer match anything are reported for clean-up'],
  ],
  'dependency/invalid-advisory': [
    ['nist-ai-rmf/measure-2.7', 'advisory records skipped by the security evaluation are documented'],
  ],
  'dependency/marker-undecided': [
    ['nist-ai-rmf/map-4.1', 'a dependency whose installation cannot be decided is checked as installed and reported'],
    ['eu-ai-act/annex-iv-2-a', 'the third-party tools in the build are documented even when conditional'],
  ],
  'dependency/no-advisory-source': [
    ['eu-ai-act/art-15-5', 'no vulnerability source configured: the cybersecurity of dependencies was not checked'],
    ['nist-ai-rmf/measure-2.7', 'a security evaluation without data is reported, not passed'],
  ],
};
