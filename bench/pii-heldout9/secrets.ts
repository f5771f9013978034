// Set 9's secrets, by the shapes their providers document: GitHub fine-grained and classic PATs and
// Actions tokens, GitLab PATs (`glpat-`), Slack user tokens and webhook URLs, Stripe restricted keys and
// webhook signing secrets, SendGrid keys (`SG.` id.secret), Twilio API key SIDs' secrets, AWS key pairs,
// JWTs (OIDC id tokens), OpenSSH/PKCS#8 private keys and passwords in URLs (RFC 3986 userinfo).
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const URL_SAFE = ALNUM + '-_';
const B64 = ALNUM + '+/';

export const githubPat = (rng: Rng): Piece => (rng.chance(0.5)
  ? gold('github-token', 'github_pat', `github_pat_${rng.chars(ALNUM, 22)}_${rng.chars(ALNUM, 59)}`)
  : gold('github-token', 'ghp', `ghp_${rng.chars(ALNUM, 36)}`));
export const actionsToken = (rng: Rng): Piece => gold('github-token', 'ghs', `ghs_${rng.chars(ALNUM, 36)}`);
export const gitlabPat = (rng: Rng): Piece => gold('gitlab-token', 'glpat', `glpat-${rng.chars(URL_SAFE, 20)}`);
export const slackUserToken = (rng: Rng): Piece => gold('slack-token', 'xoxp', `xoxp-${rng.number(10)}-${rng.number(12)}-${rng.number(13)}-${rng.chars(HEX, 32)}`);
export const slackWebhook = (rng: Rng): Piece => gold('slack-webhook', 'hooks-url', `https://hooks.slack.com/services/T${rng.chars(UPPER + DIGITS, 8)}/B${rng.chars(UPPER + DIGITS, 10)}/${rng.chars(ALNUM, 24)}`);
export const stripeRestricted = (rng: Rng): Piece => gold('stripe-secret-key', 'rk_live', `rk_live_${rng.chars(ALNUM, 99)}`);
export const stripeSigning = (rng: Rng): Piece => gold('stripe-webhook-secret', 'whsec', `whsec_${rng.chars(ALNUM, 32)}`);
export const sendgridKey = (rng: Rng): Piece => gold('sendgrid-api-key', 'SG', `SG.${rng.chars(URL_SAFE, 22)}.${rng.chars(URL_SAFE, 43)}`);
export const twilioSecret = (rng: Rng): Piece => gold('twilio-api-key', 'secret-32', rng.chars(ALNUM, 32));
export const awsAccessKeyId = (rng: Rng): Piece => gold('aws-access-key-id', 'AKIA', `AKIA${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`);
export const awsSecretKey = (rng: Rng): Piece => gold('aws-secret-access-key', 'forty', rng.chars(B64, 40));

/** An OIDC id token: base64url header and claims, a base64url RS256 signature. */
export function idToken(rng: Rng): Piece {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = { iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com', sub: `repo:${rng.chars(LOWER, 7)}/${rng.chars(LOWER, 5)}:ref:refs/heads/main`, iat: rng.int(1780000000, 1790000000) };
  return gold('jwt', 'oidc', `${part({ typ: 'JWT', alg: 'RS256', x5t: rng.chars(URL_SAFE, 27) })}.${part(claims)}.${rng.chars(URL_SAFE, 342)}`);
}

/** A private key block (RFC 7468 labels; OpenSSH's own armour). */
export function privateKeyBlock(rng: Rng): Piece {
  const label = rng.pick(['OPENSSH PRIVATE KEY', 'PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'DSA PRIVATE KEY']);
  const body = Array.from({ length: rng.int(3, 6) }, () => rng.chars(B64, label.startsWith('OPENSSH') ? 70 : 64));
  return gold('private-key', label.split(' ')[0]!.toLowerCase(), `-----BEGIN ${label}-----\n${body.join('\n')}\n${rng.chars(B64, rng.int(8, 40))}=\n-----END ${label}-----`);
}

/** The password of an RFC 3986 `user:password@host` userinfo. */
export const userinfoPassword = (rng: Rng): Piece => gold('url-credentials', 'userinfo', `${rng.chars(ALNUM, rng.int(5, 9))}${rng.pick(['-', '.', '~', '_'])}${rng.chars(ALNUM, rng.int(5, 11))}`);

/** Any provider token a CI log or a webhook could leak. */
export const leakedToken = (rng: Rng): Piece => rng.pick([githubPat, actionsToken, gitlabPat, slackUserToken, stripeRestricted, stripeSigning, sendgridKey, idToken])(rng);
