// GitLab tokens, by the prefixes GitLab documents (docs/security/tokens, "Token prefixes"): personal,
// impersonation, project and group access tokens `glpat-`, OAuth application secrets `gloas-`, deploy
// tokens `gldt-`, runner authentication tokens `glrt-` (routable ones `glrt-t<n>_`), CI/CD job tokens
// `glcbt-<partition>_`, trigger tokens `glptt-`, feed tokens `glft-`, incoming mail tokens `glimt-`,
// agent for Kubernetes tokens `glagent-`, SCIM tokens `glsoat-`, feature flag client tokens `glffct-`,
// and the deprecated runner registration tokens `GR1348941`. The body is 20 characters of base64url
// (`glimt-` 25, `glptt-` 40 hexadecimal, `glagent-` 50, `gloas-` 64) or, for the routable form of
// GitLab 17, a longer base64url payload, `.`, a two-character version and a base-36 CRC.
import { shannonEntropy } from '../engine.js';
import type { Detector } from '../types.js';

/** Below this a body is a placeholder (`glpat-XXXXXXXXXXXXXXXXXXXX`, `glpat-xxxxxxxx-xxxxxxxxxxx`). */
const MIN_ENTROPY = 3;

/** The body after a token's prefix has a token's entropy. */
function notPlaceholder(body: string): boolean {
  return shannonEntropy(body) >= MIN_ENTROPY;
}

export const gitlabToken: Detector = {
  type: 'gitlab-token',
  pattern: /(?<![A-Za-z0-9_-])gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.?[0-9a-z]{7})?(?![A-Za-z0-9_-])/g,
  prefilter: ['gl'],
  score: 0.95,
  validate: (v) => notPlaceholder(v.slice(v.indexOf('-') + 1)),
};

/** A runner registration token (deprecated in GitLab 15.6, still issued by older instances). */
export const gitlabRunnerRegistrationToken: Detector = {
  type: 'gitlab-token',
  pattern: /(?<![A-Za-z0-9_-])GR1348941[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])/g,
  prefilter: ['GR1348941'],
  score: 0.95,
  validate: (v) => notPlaceholder(v.slice(9)),
};
