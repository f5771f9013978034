// Secret detectors shared by the pii check (data) and the container-image check (environment
// variables): `detectSecrets(text)` finds them, `maskSecret` shows only a type-revealing prefix.
import { runDetectors } from './engine.js';
import type { Detector, DetectorMatch } from './types.js';
import { awsAccessKeyId, awsSecretAccessKey, awsSecretNextToKeyId } from './secrets/aws.js';
import { genericSecret, siblingKeyedSecret } from './secrets/generic.js';
import { githubToken } from './secrets/github.js';
import { gitlabRunnerRegistrationToken, gitlabToken } from './secrets/gitlab.js';
import { googleApiKey, googleOAuthAccessToken } from './secrets/google.js';
import { httpBasicCredentials, httpBearerToken } from './secrets/http-auth.js';
import { jwt } from './secrets/jwt.js';
import { base64PemPrivateKey, pemPrivateKey } from './secrets/pem.js';
import { azureSasSignature, azureStorageAccountKey, siblingKeyedSasSignature } from './secrets/azure.js';
import { databricksToken } from './secrets/databricks.js';
import { djangoSecretKey, laravelAppKey, magentoCryptKey } from './secrets/frameworks.js';
import { discordWebhook, mailchimpApiKey, mailgunApiKey, splunkHecToken, teamsWebhook, telegramBotToken } from './secrets/messaging.js';
import { slackToken, slackWebhook } from './secrets/slack.js';
import { stripeLiveKey } from './secrets/stripe.js';
import { escapedUrlCredentials, urlCredentials } from './secrets/url-credentials.js';
import { twilioApiKeySid } from './secrets/twilio.js';
import { vaultLegacyToken } from './secrets/vault.js';
import { atlassianApiToken, dashedToken, dottedToken, terraformCloudToken, underscoreToken } from './secrets/vendor-tokens.js';
import { consulAclToken, consulGossipKey } from './secrets/consul.js';

export type { Detector, DetectorMatch, DetectOptions } from './types.js';
export { runDetectors, resolveOverlaps, shannonEntropy } from './engine.js';

/** Specific rules first: on overlap the engine keeps the higher score, then the longer span. */
export const SECRET_DETECTORS: readonly Detector[] = [
  awsAccessKeyId,
  awsSecretAccessKey,
  awsSecretNextToKeyId,
  githubToken,
  gitlabToken,
  gitlabRunnerRegistrationToken,
  slackToken,
  slackWebhook,
  googleApiKey,
  googleOAuthAccessToken,
  stripeLiveKey,
  underscoreToken,
  dashedToken,
  dottedToken,
  atlassianApiToken,
  terraformCloudToken,
  consulGossipKey,
  consulAclToken,
  vaultLegacyToken,
  twilioApiKeySid,
  telegramBotToken,
  discordWebhook,
  teamsWebhook,
  splunkHecToken,
  databricksToken,
  mailgunApiKey,
  mailchimpApiKey,
  laravelAppKey,
  azureStorageAccountKey,
  azureSasSignature,
  siblingKeyedSasSignature,
  djangoSecretKey,
  magentoCryptKey,
  pemPrivateKey,
  base64PemPrivateKey,
  jwt,
  urlCredentials,
  httpBasicCredentials,
  httpBearerToken,
  escapedUrlCredentials,
  genericSecret,
  siblingKeyedSecret,
];

export const SECRET_TYPES: readonly string[] = SECRET_DETECTORS.map((d) => d.type);

/** Secrets in `text`: type, JavaScript string span, score. Never returns the value itself. */
export function detectSecrets(text: string, opts: { threshold?: number } = {}): DetectorMatch[] {
  return runDetectors(text, SECRET_DETECTORS, { threshold: opts.threshold ?? 0.5 });
}

/** Prefixes that say what a secret is without helping anyone use it. */
const KEEP_PREFIX = /^(?:AKIA|ASIA|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-|GR1348941|xox[abposr]-|xapp-|AIza|ya29\.|sk_live_|rk_live_|eyJ|-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----)/;

/** Masked form of a secret value: a recognisable prefix, then `…[REDACTED n chars]`. */
export function maskSecret(value: string): string {
  const prefix = KEEP_PREFIX.exec(value)?.[0] ?? '';
  return `${prefix}…[REDACTED ${value.length - prefix.length} chars]`;
}

/** `text` with every detected secret replaced by its masked form (or by `replace(match)`). */
export function maskSecrets(text: string, replace: (m: DetectorMatch, value: string) => string = (_m, v) => maskSecret(v)): string {
  const found = detectSecrets(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.start) + replace(m, text.slice(m.start, m.end));
    at = m.end;
  }
  return out + text.slice(at);
}
