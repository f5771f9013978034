// Set 8's secrets, by the shapes their providers document: GitHub, npm and PyPI tokens, AWS key pairs,
// Slack and Stripe keys, Google API keys, JWTs (kubeconfig users), PEM private keys, Docker `auths`
// entries (base64 of user:password) and passwords in URLs (git credential store, .netrc).
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64URL = ALNUM + '-_';
const b64url = (s: string) => Buffer.from(s).toString('base64url');

export const githubToken = (rng: Rng): Piece => gold('github-token', rng.pick(['ghp', 'gho', 'ghs']), `${rng.pick(['ghp', 'gho', 'ghs'])}_${rng.chars(ALNUM, 36)}`);
export const npmToken = (rng: Rng): Piece => gold('npm-token', 'npm_', `npm_${rng.chars(ALNUM, 36)}`);
// PyPI tokens are macaroons: the fixed base64 of their header, then a long base64url body.
export const pypiToken = (rng: Rng): Piece => gold('pypi-token', 'pypi-', `pypi-AgEIcHlwaS5vcmc${rng.chars(B64URL, 60)}`);
export const awsKeyId = (rng: Rng): Piece => gold('aws-access-key-id', rng.pick(['AKIA', 'ASIA']), `${rng.pick(['AKIA', 'ASIA'])}${rng.chars(UPPER + '234567', 16)}`);
export const awsSecret = (rng: Rng): Piece => gold('aws-secret-access-key', 'base64-40', rng.chars(ALNUM + '+/', 40));
export const slackToken = (rng: Rng): Piece => gold('slack-token', 'xoxb', `xoxb-${rng.digits(11)}-${rng.digits(12)}-${rng.chars(ALNUM, 24)}`);
export const stripeKey = (rng: Rng): Piece => gold('stripe-secret-key', 'sk_live', `sk_live_${rng.chars(ALNUM, 24)}`);
export const googleKey = (rng: Rng): Piece => gold('google-api-key', 'AIza', `AIza${rng.chars(B64URL, 35)}`);

export function jwt(rng: Rng): Piece {
  const head = b64url(JSON.stringify({ alg: 'RS256', kid: rng.chars(HEX, 8) }));
  const body = b64url(JSON.stringify({ iss: 'kubernetes/serviceaccount', sub: `system:serviceaccount:${rng.chars(LOWER, 6)}:deployer`, exp: rng.int(1790000000, 1800000000) }));
  return gold('jwt', 'three-part', `${head}.${body}.${rng.chars(B64URL, 86)}`);
}

export function pemKey(rng: Rng): Piece {
  const label = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 8) }, () => rng.chars(ALNUM + '+/', 64));
  return gold('private-key', label.toLowerCase().replace(/ /g, '-'), `-----BEGIN ${label}-----\n${lines.join('\n')}\n${rng.chars(ALNUM, 20)}==\n-----END ${label}-----`);
}

const password = (rng: Rng) => `${rng.chars(ALNUM, rng.int(6, 10))}${rng.pick(['!', '#', '%', '_'])}${rng.chars(ALNUM + DIGITS, rng.int(6, 10))}`;
/** A Docker config.json `auth`: base64 of user:password. */
export const dockerAuth = (rng: Rng, user: string): Piece => gold('generic-secret', 'docker-auth-base64', Buffer.from(`${user}:${password(rng)}`).toString('base64'));
/** The password part of https://user:password@host or of a .netrc line. */
export const urlPassword = (rng: Rng): Piece => gold('url-credentials', 'password', password(rng));
export const netrcPassword = (rng: Rng): Piece => gold('generic-secret', 'netrc-password', password(rng));

/** Any token of a provider, for files that take one. */
export const anyToken = (rng: Rng): Piece => rng.pick([githubToken, npmToken, pypiToken, slackToken, stripeKey, googleKey, jwt])(rng);
