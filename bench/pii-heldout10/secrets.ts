// Set 10's secrets, in the shapes their providers publish, assembled at run time from parts (no
// secret-looking literal sits in the tree): GitHub classic and fine-grained tokens, GitLab personal
// access tokens, Slack bot tokens, Stripe secret keys, Google API keys, npm tokens, SendGrid keys, AWS
// key pairs, JWTs (RFC 7519, base64url header/payload/signature), OpenSSH/PKCS#8 private key blocks and
// passwords as configuration values or URL user info.
import { ALNUM, DIGITS, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '-_';
const p = (...parts: string[]) => parts.join('');

export const githubToken = (rng: Rng): Piece => rng.chance(0.7)
  ? gold('github-token', 'classic', p('gh', rng.pick(['p', 's', 'o']), '_', rng.chars(ALNUM, 36)))
  : gold('github-token', 'fine-grained', p('github', '_pat_', rng.chars(ALNUM, 22), '_', rng.chars(ALNUM, 59)));
export const gitlabToken = (rng: Rng): Piece => gold('gitlab-token', 'pat', p('gl', 'pat-', rng.chars(URLSAFE, 20)));
export const slackToken = (rng: Rng): Piece => gold('slack-token', 'bot', p('xo', 'xb-', rng.number(11), '-', rng.number(13), '-', rng.chars(ALNUM, 24)));
export const stripeKey = (rng: Rng): Piece => gold('stripe-secret-key', 'live', p(rng.pick(['sk', 'rk']), '_li', 've_', rng.chars(ALNUM, rng.pick([24, 99]))));
export const googleKey = (rng: Rng): Piece => gold('google-api-key', 'aiza', p('AI', 'za', rng.chars(URLSAFE, 35)));
export const npmToken = (rng: Rng): Piece => gold('npm-token', 'automation', p('np', 'm_', rng.chars(ALNUM, 36)));
export const sendgridKey = (rng: Rng): Piece => gold('sendgrid-api-key', 'sg', p('S', 'G.', rng.chars(URLSAFE, 22), '.', rng.chars(URLSAFE, 43)));
export const awsKeyId = (rng: Rng): Piece => gold('aws-access-key-id', rng.pick(['AKIA', 'ASIA']), p(rng.pick(['AK', 'AS']), 'IA', rng.chars(UPPER + '234567', 16)));
export const awsSecret = (rng: Rng): Piece => gold('aws-secret-access-key', 'base64', rng.chars(B64, 40));

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** A signed JWT (HS256 or RS256) with a subject and e-mail claim; the whole token is the secret. */
export function jwt(rng: Rng, claims: Record<string, unknown> = {}): Piece {
  const alg = rng.pick(['HS256', 'RS256', 'ES256']);
  const header = b64url(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'HS256' ? {} : { kid: rng.chars(ALNUM, 16) }) }));
  const iat = 1_790_000_000 + rng.int(0, 9_000_000);
  const payload = b64url(JSON.stringify({ sub: rng.chars(DIGITS, 12), iat, exp: iat + 3600, ...claims }));
  return gold('jwt', alg, `${header}.${payload}.${rng.chars(URLSAFE, alg === 'HS256' ? 43 : 86)}`);
}

/** A private key block (PEM armour per RFC 7468; OpenSSH's own armour). */
export function privateKey(rng: Rng): Piece {
  const label = rng.pick(['OPENSSH PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 8) }, () => rng.chars(B64, 64));
  lines.push(rng.chars(B64, rng.int(8, 60)) + '==');
  const dashes = '-'.repeat(5);
  return gold('private-key', label.split(' ')[0]!.toLowerCase(), `${dashes}BEGIN ${label}${dashes}\n${lines.join('\n')}\n${dashes}END ${label}${dashes}`);
}

const WORDS = ['Harbour', 'quince', 'Falcon', 'tundra', 'Mistral', 'pepper', 'Orchid', 'cobalt'];

/** A password a person chose or a generator made. */
export function password(rng: Rng, form = rng.pick(['chosen', 'generated'] as const)): Piece {
  const text = form === 'chosen' ? `${rng.pick(WORDS)}${rng.pick(['!', '#', '$', '.', '_'])}${rng.pick(WORDS).toLowerCase()}${rng.digits(rng.int(2, 4))}` : rng.chars(ALNUM + '!#%*+-=?', rng.int(16, 28));
  return gold('password', form, text);
}

export const PROVIDER_TOKENS = [githubToken, gitlabToken, slackToken, stripeKey, googleKey, npmToken, sendgridKey];

/** Any provider token. */
export const providerToken = (rng: Rng): Piece => rng.pick(PROVIDER_TOKENS)(rng);
