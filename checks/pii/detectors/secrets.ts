// Secrets in data (src/detect shared detectors) wrapped as PII detectors of category "credentials".
import { SECRET_DETECTORS } from '../../../src/detect/index.js';
import { awsSecretNextToKeyId } from '../../../src/detect/secrets/aws.js';
import { gitlabRunnerRegistrationToken } from '../../../src/detect/secrets/gitlab.js';
import { twilioApiKeySid } from '../../../src/detect/secrets/twilio.js';
import { vaultLegacyToken } from '../../../src/detect/secrets/vault.js';
import { atlassianApiToken, dashedToken, dottedToken, terraformCloudToken, underscoreToken } from '../../../src/detect/secrets/vendor-tokens.js';
import { djangoSecretKey, laravelAppKey, magentoCryptKey } from '../../../src/detect/secrets/frameworks.js';
import { base64PemPrivateKey } from '../../../src/detect/secrets/pem.js';
import { consulAclToken, consulGossipKey } from '../../../src/detect/secrets/consul.js';
import { siblingKeyedSasSignature } from '../../../src/detect/secrets/azure.js';
import { NEED, type PiiDetector } from './types.js';

/** Character classes each secret needs (the others rely on their literal prefilters). */
const NEEDS: Record<string, number> = {
  'aws-access-key-id': NEED.upper,
  'aws-secret-access-key': NEED.sep | NEED.alpha,
  'generic-secret': NEED.sep | NEED.alpha,
  'url-credentials': NEED.sep | NEED.at | NEED.alpha,
  'private-key': NEED.upper | NEED.dash,
  'github-token': NEED.underscore | NEED.alpha,
  'gitlab-token': NEED.dash | NEED.alpha,
  'stripe-live-key': NEED.underscore | NEED.alpha,
  'slack-token': NEED.digit | NEED.dash | NEED.alpha,
  'slack-webhook': NEED.sep | NEED.dot | NEED.alpha,
  'google-api-key': NEED.upper,
  'google-oauth-access-token': NEED.dot | NEED.digit,
  'http-basic-credentials': NEED.sep | NEED.alpha,
  'http-bearer-token': NEED.sep | NEED.alpha,
  jwt: NEED.upper | NEED.dot,
  'telegram-bot-token': NEED.sep | NEED.digit | NEED.upper,
  'discord-webhook': NEED.sep | NEED.dot | NEED.digit,
  'teams-webhook': NEED.sep | NEED.dot | NEED.digit,
  'splunk-hec-token': NEED.dash | NEED.digit,
  'databricks-token': NEED.digit | NEED.alpha,
  'mailgun-api-key': NEED.dash | NEED.digit,
  'mailchimp-api-key': NEED.dash | NEED.digit,
  'azure-storage-key': NEED.sep | NEED.alpha,
  'azure-sas-token': NEED.sep | NEED.digit | NEED.alpha,
};

/**
 * Detectors whose needs differ from their type's: a secret key found by its key id, not by ":"/"=";
 * a GitLab runner registration token, whose prefix `GR1348941` has no dash; or whose type two detectors share.
 */
const NEEDS_OF = new Map([
  [awsSecretNextToKeyId, NEED.upper | NEED.digit],
  [gitlabRunnerRegistrationToken, NEED.upper | NEED.digit],
  [underscoreToken, NEED.underscore | NEED.alpha],
  // Every token of these two groups holds a capital (a prefix's or a random body's).
  [dashedToken, NEED.dash | NEED.upper],
  [dottedToken, NEED.dot | NEED.upper],
  // `ATATT3`: capitals and a digit.
  [atlassianApiToken, NEED.upper | NEED.digit],
  [terraformCloudToken, NEED.dot | NEED.digit],
  // `encrypt = "…"`, a UUID after `=` or `:` (a dash and a digit).
  [consulGossipKey, NEED.sep | NEED.alpha],
  [consulAclToken, NEED.sep | NEED.dash | NEED.digit],
  // `s.` and a body after a token key or `Bearer`; `SK` and hex digits (a random SID holds some).
  [vaultLegacyToken, NEED.dot | NEED.alpha],
  [twilioApiKeySid, NEED.upper | NEED.digit],
  // `APP_KEY` and `base64:`; a Django key's 50 random characters hold a digit (all but one in 70 000); base64 of `-----BEGIN` (capitals).
  [laravelAppKey, NEED.upper | NEED.sep],
  [djangoSecretKey, NEED.alpha | NEED.digit],
  // `'crypt' => ['key' => '…']`: quotes and `=>` (a sign), letters.
  [magentoCryptKey, NEED.sep | NEED.alpha],
  [base64PemPrivateKey, NEED.upper],
  // A pair object's key and value (`"name"`, `"value"`), the `%3D` of the signature.
  [siblingKeyedSasSignature, NEED.sep | NEED.digit | NEED.alpha],
]);

export const secretDetectors: readonly PiiDetector[] = SECRET_DETECTORS.map((d) => ({
  ...d,
  ...(NEEDS_OF.has(d) ? { needs: NEEDS_OF.get(d) } : NEEDS[d.type] ? { needs: NEEDS[d.type] } : {}),
  category: 'credentials',
  sensitivity: 'high',
  label: '[SECRET]',
}));
