// Set 7's secrets, by the shapes their providers document: AWS key pairs (AKIA/ASIA + 16, a 40-char
// secret), GitHub classic and fine-grained tokens, GitLab personal tokens, Slack bot tokens, Stripe
// live keys, Google API keys, JWTs (base64url header.payload.signature), PEM private keys, and the
// password of a database URL. Built from random parts at run time; never a live key.
import { DIGITS, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = UPPER + LOWER + DIGITS + '+/';
const B64URL = UPPER + LOWER + DIGITS + '-_';
const ALNUM = UPPER + LOWER + DIGITS;

export const awsKeyId = (rng: Rng): Piece => gold('aws-access-key-id', rng.chance(0.8) ? 'AKIA' : 'ASIA', rng.pick(['AKIA', 'ASIA']) + rng.chars(UPPER + '234567', 16));
export const awsSecret = (rng: Rng): Piece => gold('aws-secret-access-key', 'base64-40', rng.chars(B64, 40));

export function token(rng: Rng): Piece {
  const kind = rng.pick(['github', 'github-pat', 'gitlab', 'slack', 'stripe', 'google']);
  switch (kind) {
    case 'github': return gold('github-token', 'ghp', `gh${rng.pick(['p', 'o', 's'])}_${rng.chars(ALNUM, 36)}`);
    case 'github-pat': return gold('github-token', 'github_pat', `github_pat_${rng.chars(ALNUM, 22)}_${rng.chars(ALNUM, 59)}`);
    case 'gitlab': return gold('gitlab-token', 'glpat', `glpat-${rng.chars(ALNUM + '-_', 20)}`);
    case 'slack': return gold('slack-token', 'xoxb', `xoxb-${rng.number(11)}-${rng.number(13)}-${rng.chars(ALNUM, 24)}`);
    case 'stripe': return gold('stripe-key', 'sk_live', `sk_live_${rng.chars(ALNUM, 48)}`);
    default: return gold('google-api-key', 'AIza', `AIza${rng.chars(B64URL, 35)}`);
  }
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');
export function jwt(rng: Rng): Piece {
  const header = b64url(JSON.stringify({ alg: rng.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: rng.chars(ALNUM, 8) }));
  const payload = b64url(JSON.stringify({ sub: rng.number(9), iss: rng.pick(['https://login.microsoftonline.com/common/v2.0', 'https://accounts.google.com', 'https://auth.example-saas.io/']), exp: 1765000000 + rng.int(0, 9e6) }));
  return gold('jwt', 'three-part', `${header}.${payload}.${rng.chars(B64URL, 43)}`);
}

export function pem(rng: Rng): Piece {
  const label = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 9) }, () => rng.chars(B64, 64));
  return gold('private-key', label.split(' ')[0]!.toLowerCase(), `-----BEGIN ${label}-----\n${lines.join('\n')}\n${rng.chars(B64, 20)}==\n-----END ${label}-----`);
}

/** A database password (the secret inside `scheme://user:PASSWORD@host/db`). */
export const dbPassword = (rng: Rng): Piece => gold('url-credentials', 'db-url-password', rng.chars(ALNUM, rng.int(4, 8)) + rng.pick(['!', '_', '~', '-', '']) + rng.chars(ALNUM, rng.int(6, 12)));
