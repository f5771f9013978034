// Secrets by their providers' documented shapes (GitHub `ghp_`/`github_pat_`, GitLab `glpat-`, Slack
// `xoxb-`/`xoxp-`, Stripe secret and restricted keys, Google API keys `AIza…`, AWS access key ids and
// 40-character secret keys, PEM private keys, JWTs of RFC 7519), and the look-alikes a config file
// holds that are not secrets: git SHAs, UUIDs, SRI hashes, base64 image data and placeholders. Every
// prefix is assembled from parts at run time, so no literal in the tree looks like a live key.
import { DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, neg, type Piece } from '../pii-heldout4/unit.js';

const ALNUM = UPPER + LOWER + DIGITS;
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const b64url = (s: string) => Buffer.from(s).toString('base64url');

export type SecretKind = 'github' | 'github-fine' | 'gitlab' | 'slack' | 'stripe' | 'google' | 'aws-id' | 'jwt';

export function secret(rng: Rng, kind?: SecretKind): Piece {
  const k = kind ?? rng.pick(['github', 'github-fine', 'gitlab', 'slack', 'stripe', 'google', 'aws-id', 'jwt'] as const);
  switch (k) {
    case 'github': return gold('github-token', 'classic', `${rng.pick(['ghp', 'gho', 'ghs'])}_${rng.chars(ALNUM, 36)}`);
    case 'github-fine': return gold('github-token', 'fine-grained', `github${'_pat_'}${rng.chars(ALNUM, 22)}_${rng.chars(ALNUM, 59)}`);
    case 'gitlab': return gold('gitlab-token', 'personal', `glpat${'-'}${rng.chars(B64URL.replace(/[-_]/g, ''), 20)}`);
    case 'slack': return gold('slack-token', rng.pick(['bot', 'user']), `xox${rng.pick(['b', 'p'])}-${rng.number(11)}-${rng.number(13)}-${rng.chars(ALNUM, 24)}`);
    case 'stripe': return gold('stripe-secret-key', 'live', `${rng.pick(['sk', 'rk'])}${'_live_'}${rng.chars(ALNUM, rng.int(24, 99))}`);
    case 'google': return gold('google-api-key', 'aiza', `AI${'za'}Sy${rng.chars(B64URL, 33)}`);
    case 'aws-id': return gold('aws-access-key-id', 'akia', `${rng.pick(['AKIA', 'ASIA'])}${rng.chars(UPPER + '234567', 16)}`);
    case 'jwt': return jwt(rng);
  }
}

export function jwt(rng: Rng): Piece {
  const header = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ sub: rng.number(8), iss: 'https://auth.example.com', exp: 1790000000 + rng.int(0, 9e6) }));
  return gold('jwt', 'jws-compact', `${header}.${payload}.${rng.chars(B64URL, 43)}`);
}

export const awsSecret = (rng: Rng): Piece => gold('aws-secret-access-key', 'bare-40', rng.chars(B64, 40));

/** A PEM private key block (RFC 7468), lines of 64 base64 characters. */
export function pemKey(rng: Rng, eol = '\n'): Piece {
  const label = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 9) }, () => rng.chars(B64, 64));
  return gold('private-key', label.toLowerCase().replace(/ /g, '-'), [`-----BEGIN ${label}-----`, ...lines, `${rng.chars(B64, 20)}==`, `-----END ${label}-----`].join(eol));
}

export const gitSha = (rng: Rng): Piece => neg('git-sha', rng.pick(['full', 'short']), rng.chars(HEX, rng.chance(0.7) ? 40 : 12));
export const uuid = (rng: Rng): Piece => neg('uuid', 'v4', `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`);
export const sri = (rng: Rng): Piece => neg('sri-hash', 'sha384', `sha384-${rng.chars(B64, 64)}`);
export const imageData = (rng: Rng): Piece => neg('base64-image', 'png', `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${rng.chars(B64, rng.int(60, 140))}=`);
export const placeholderSecret = (rng: Rng): Piece => neg('placeholder-secret', 'placeholder', rng.pick(['YOUR_API_KEY', 'xxxxxxxxxxxxxxxx', 'changeme', '<your-token-here>', 'REPLACE_ME', '${STRIPE_SECRET}', 'sk_test_xxxxxxxxxxxx', 'AKIAXXXXXXXXXXXXXXXX', '********']));
