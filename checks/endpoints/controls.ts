// The controls each endpoints rule provides evidence for: one line per (rule, control), with the
// reason. A custom endpoint rule (`endpoints/custom-<id>`) is mapped as endpoints/custom-rule.
// Evidence, not legal advice (README "Compliance controls").
import type { RuleControls } from '../../src/check.js';

export const CONTROLS: RuleControls = {
  'endpoints/authentication-required': [
    ['eu-ai-act/art-15-5', 'an unauthenticated endpoint lets unauthorised parties use or probe the model'],
    ['gdpr/art-32-1-b', 'access control protects the confidentiality of what the model processes'],
    ['nist-ai-rmf/measure-2.7', 'endpoint authentication is part of the security evaluation of the deployment'],
  ],
  'endpoints/tls-required': [
    ['gdpr/art-32-1-a', 'requests and responses that may carry personal data are encrypted in transit'],
    ['gdpr/art-32-1-b', 'TLS protects the confidentiality and integrity of the inference traffic'],
    ['eu-ai-act/art-15-5', 'unencrypted traffic can be read or altered by third parties'],
    ['nist-ai-rmf/measure-2.7', 'transport security is part of the security evaluation'],
  ],
  'endpoints/no-public-exposure': [
    ['eu-ai-act/art-15-5', 'an endpoint exposed to the internet without review widens the attack surface'],
    ['gdpr/art-25', 'by default an endpoint is not reachable by an indefinite number of people'],
    ['nist-ai-rmf/measure-2.7', 'exposure is part of the security evaluation'],
  ],
  'endpoints/model-source-allowed': [
    ['nist-ai-rmf/govern-6.1', 'served models must come from sources the policy allows'],
    ['nist-ai-rmf/manage-3.2', 'the models in production are checked against approved registries'],
    ['iso-42001/a.6.2.5', 'deployment from an approved source only'],
  ],
  'endpoints/model-pinned': [
    ['iso-42001/a.6.2.5', 'the deployed model is identified by digest or immutable version'],
    ['nist-ai-rmf/govern-1.6', 'the inventory of served models is exact'],
  ],
  'endpoints/model-verdict': [
    ['nist-ai-rmf/manage-2.4', 'an endpoint serving a model without a current passing verdict is halted (superseded or deactivated)'],
    ['nist-ai-rmf/manage-4.1', 'post-deployment monitoring: a revoked dataset or blocked verdict reaches the running endpoints'],
    ['nist-ai-rmf/measure-2.4', 'the models in production are monitored against their gate verdicts'],
    ['iso-42001/a.6.2.6', 'operation and monitoring of the deployed system'],
    ['eu-ai-act/art-15-1', 'only a model that passed its checks keeps serving, consistently over the life cycle'],
  ],
  'endpoints/encryption-key': [
    ['gdpr/art-32-1-a', 'captured data and outputs are encrypted with a customer-managed key'],
    ['nist-ai-rmf/measure-2.10', 'protection of captured inference data is checked'],
  ],
  'endpoints/request-logging': [
    ['eu-ai-act/art-12-1', 'requests and responses are recorded automatically (logs)'],
    ['eu-ai-act/art-12-2', 'the logs allow monitoring the operation and post-market monitoring'],
    ['iso-42001/a.6.2.8', 'the deployed AI system records event logs'],
    ['nist-ai-rmf/measure-2.4', 'production behaviour can be monitored from the captured traffic'],
  ],
  'endpoints/resource-limits': [
    ['eu-ai-act/art-15-4', 'resource limits contain faults of one container (resilience)'],
    ['nist-ai-rmf/measure-2.7', 'resource limits are part of the resilience evaluation'],
  ],
  'endpoints/owner-label': [
    ['nist-ai-rmf/govern-2.1', 'every endpoint names who is responsible for it'],
    ['nist-ai-rmf/govern-1.6', 'the inventory of AI endpoints carries their owners'],
    ['iso-42001/a.3.2', 'the responsibility for the deployed system is assigned'],
  ],
  'endpoints/min-replicas': [
    ['eu-ai-act/art-15-4', 'redundancy in production (backup replicas) as a fail-safe'],
    ['nist-ai-rmf/measure-2.7', 'availability of production endpoints is part of the resilience evaluation'],
  ],
  'endpoints/unknown-kind': [
    ['nist-ai-rmf/govern-1.6', 'a definition that may serve a model but cannot be read is reported, not skipped'],
    ['nist-ai-rmf/measure-2.7', 'an unreadable definition is a gap in the security evaluation'],
  ],
  'endpoints/unlinked-route': [
    ['nist-ai-rmf/govern-1.6', 'a route that leads to no known endpoint is a gap in the inventory'],
    ['nist-ai-rmf/measure-2.7', 'exposure that cannot be attributed is reported'],
  ],
  'endpoints/custom-rule': [
    ['nist-ai-rmf/govern-1.4', 'the organisation’s own endpoint controls, written as policy rules, are applied'],
    ['iso-42001/a.6.2.6', 'operation of the deployed system against the organisation’s own rules'],
  ],
};
