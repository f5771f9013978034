// The controls each container-image rule provides evidence for: one line per (rule, control), with the
// reason. Evidence, not legal advice (README "Compliance controls").
import type { ControlEvidence, RuleControls } from '../../src/check.js';

// Most image rules are hardening checks of the serving image: they evidence the same three controls.
const hardening = (what: string): ControlEvidence[] => [
  ['eu-ai-act/art-15-5', `${what}: a way for unauthorised parties to alter or misuse the serving system`],
  ['nist-ai-rmf/measure-2.7', `${what} is part of the security evaluation of the serving image`],
  ['gdpr/art-32-1-b', `${what} weakens the confidentiality and integrity of the processing system`],
];

// Pinning and provenance of what is deployed: the image shipped is the one that was checked.
const pinning = (what: string): ControlEvidence[] => [
  ['eu-ai-act/art-15-5', `${what}: the image can be swapped after the gate ran (supply-chain tampering)`],
  ['nist-ai-rmf/map-4.2', `${what} is a risk control on a third-party or build component`],
  ['iso-42001/a.6.2.5', `${what}: the deployment is of the exact artifact that was verified`],
];

export const CONTROLS: RuleControls = {
  'container-image/reference-not-pinned': pinning('an image reference not pinned by digest'),
  'container-image/reference-latest': pinning('an image named latest'),
  'container-image/registry-not-allowed': [
    ['nist-ai-rmf/govern-6.1', 'images must come from registries the policy allows'],
    ['iso-42001/a.10.3', 'the image supplier (registry) is one the organisation accepts'],
    ['eu-ai-act/art-15-5', 'an image from an unknown registry is a supply-chain risk'],
  ],
  'container-image/root-user': hardening('a serving image running as root'),
  'container-image/env-secret': [
    ...hardening('a secret in an image environment variable'),
    ['gdpr/art-5-1-f', 'a credential published with the image can expose the data the service processes'],
  ],
  'container-image/credential-file': [
    ...hardening('a credential file in an image layer'),
    ['gdpr/art-5-1-f', 'a credential in a layer can expose the data the service processes'],
  ],
  'container-image/setuid-file': hardening('a setuid or setgid file (privilege escalation)'),
  'container-image/layer-path-escape': hardening('a layer entry that escapes the image root'),
  'container-image/exposed-port': hardening('a port exposed outside the policy'),
  'container-image/image-too-old': [
    ['eu-ai-act/art-15-5', 'an old image misses the security updates published since it was built'],
    ['nist-ai-rmf/measure-2.7', 'image age is part of the security evaluation'],
    ['nist-ai-rmf/manage-3.1', 'the third-party base image is monitored for staleness at each release'],
  ],
  'container-image/healthcheck-missing': [
    ['eu-ai-act/art-15-4', 'a health check lets the platform detect a faulty instance and replace it'],
    ['nist-ai-rmf/measure-2.4', 'the behaviour of the serving component can be monitored in production'],
    ['iso-42001/a.6.2.6', 'operation and monitoring of the deployed system'],
  ],
  'container-image/download-piped-to-shell': pinning('a build step running a downloaded script unread'),
  'container-image/dockerfile-base-not-pinned': pinning('a base image not pinned by digest'),
  'container-image/dockerfile-base-latest': pinning('a base image named latest'),
  'container-image/dockerfile-user-root': hardening('a final build stage running as root'),
  'container-image/dockerfile-add-local': [
    ['nist-ai-rmf/measure-2.7', 'ADD for local files is a Dockerfile hygiene item of the security evaluation'],
  ],
  'container-image/dockerfile-add-url': pinning('a URL fetched at build time without a checksum'),
  'container-image/dockerfile-apt-unpinned': pinning('an apt package without a pinned version'),
  'container-image/dockerfile-apk-unpinned': pinning('an apk package without a pinned version'),
  'container-image/dockerfile-pip-unpinned': pinning('a pip package without a pinned version'),
  'container-image/dockerfile-npm-unpinned': pinning('an npm package without a pinned version'),
  'container-image/dockerfile-pip-cache': [
    ['nist-ai-rmf/measure-2.7', 'a pip cache left in a layer is a Dockerfile hygiene item of the security evaluation'],
  ],
  'container-image/dockerfile-sudo': hardening('sudo in a build step'),
  'container-image/dockerfile-secret': [
    ...hardening('a secret in a Dockerfile ENV or ARG'),
    ['gdpr/art-5-1-f', 'a credential in the image history can expose the data the service processes'],
  ],
  'container-image/vulnerability': [
    ...hardening('a vulnerability a scanner reported in the image'),
    ['eu-ai-act/annex-iv-2-h', 'the image scan results document the cybersecurity measures'],
    ['nist-ai-rmf/manage-3.1', 'third-party packages of the image are monitored against advisories'],
  ],
  'container-image/misconfiguration': hardening('a misconfiguration a scanner reported'),
  'container-image/scanner-secret': [
    ...hardening('a secret a scanner found in the image'),
    ['gdpr/art-5-1-f', 'a leaked credential can expose the data the service processes'],
  ],
  'container-image/report-digest-mismatch': [
    ['eu-ai-act/art-15-5', 'a scan report about another image is not evidence about this one'],
    ['nist-ai-rmf/measure-2.7', 'the security evaluation is tied to the exact image released'],
  ],
  'container-image/ignore-expired': [
    ['nist-ai-rmf/manage-1.3', 'an accepted image vulnerability expires and must be reviewed again'],
  ],
  'container-image/ignore-unused': [
    ['nist-ai-rmf/manage-1.3', 'risk acceptances that match nothing are reported for clean-up'],
  ],
};
