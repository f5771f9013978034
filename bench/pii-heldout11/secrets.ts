// Secrets of set 11, assembled at run time from the seeded Rng (no token-shaped literal in the tree):
// provider tokens in their published shapes (GitHub and npm with their CRC32 checksum), AWS key pairs,
// passwords of credential files, PEM private keys, Docker's base64 `user:password`.
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B62 = DIGITS + UPPER + LOWER;
const B64 = UPPER + LOWER + DIGITS + '+/';
const URLSAFE = UPPER + LOWER + DIGITS + '-_';

function crc32(s: string): number {
  let c = ~0;
  for (const ch of Buffer.from(s)) {
    c ^= ch;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function base62(n: number, width: number): string {
  let s = '';
  do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, '0');
}

/** GitHub's and npm's shape: prefix, 30 random base62 characters, 6-character base62 CRC32 of them. */
function checksummed(rng: Rng, prefix: string): string {
  const body = rng.chars(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}

const j = (...p: string[]) => p.join('');

export const PROVIDERS: Record<string, (rng: Rng) => string> = {
  github: (r) => checksummed(r, j('gh', r.pick(['p', 'o', 's', 'u']), '_')),
  npm: (r) => checksummed(r, j('np', 'm_')),
  gitlab: (r) => j('gl', 'pat-', r.chars(URLSAFE.slice(0, 62), 20)),
  slack: (r) => j('xo', 'x', r.pick(['b', 'p']), '-', r.number(11), '-', r.number(12), '-', r.chars(ALNUM, 24)),
  stripe: (r) => j(r.pick(['sk', 'rk']), '_li', 've_', r.chars(ALNUM, r.pick([24, 99]))),
  google: (r) => j('AI', 'za', r.chars(URLSAFE, 35)),
  sendgrid: (r) => j('SG', '.', r.chars(URLSAFE, 22), '.', r.chars(URLSAFE, 43)),
  huggingface: (r) => j('h', 'f_', r.chars(UPPER + LOWER, 34)),
  shopify: (r) => j('shp', 'at_', r.chars(HEX, 32)),
  pypi: (r) => j('py', 'pi-', 'AgEIcHlwaS5vcmc', r.chars(URLSAFE, 160)),
  twilio: (r) => r.chars(HEX, 32),
  datadog: (r) => r.chars(HEX, 32),
  plaid: (r) => j('access-', r.pick(['production', 'development']), '-', r.chars(HEX, 8), '-', r.chars(HEX, 4), '-4', r.chars(HEX, 3), '-', r.pick(['8', '9', 'a', 'b']), r.chars(HEX, 3), '-', r.chars(HEX, 12)),
};

/** Providers whose token carries its own prefix (the rest need a cue: a key name). */
export const PREFIXED = ['github', 'npm', 'gitlab', 'slack', 'stripe', 'google', 'sendgrid', 'huggingface', 'shopify', 'pypi', 'plaid'];

export const token = (rng: Rng, provider = rng.pick(PREFIXED)): Piece => gold('secret-token', provider, PROVIDERS[provider]!(rng));

export function awsPair(rng: Rng): { id: Piece; secret: Piece } {
  return { id: gold('aws-access-key-id', 'akia', j('AK', 'IA', rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))), secret: gold('aws-secret-access-key', 'aws-secret', rng.chars(B64, 40)) };
}

const WORDS = ['Sommer', 'kwiatek', 'Dragon', 'lighthouse', 'Pomeranč', 'tavasz', 'Kalimera', 'Kartal', 'revontuli', 'Fjell', 'sóng', 'Merdeka', 'Simba', 'Tiikeri'];

/** A password as people or password managers make one. */
export function passwordText(rng: Rng): string {
  return rng.chance(0.5) ? `${rng.pick(WORDS)}${rng.pick(['!', '#', '$', '_', '.', '@'])}${rng.int(1970, 2026)}${rng.pick(['', '?', '*'])}` : rng.chars(ALNUM + '!#%&*-_=+', rng.int(14, 24));
}

export const password = (rng: Rng): Piece => gold('password', 'credential', passwordText(rng));

export function pemKey(rng: Rng): Piece {
  const kind = rng.pick(['RSA ', 'EC ', 'OPENSSH ', '']);
  const lines = Array.from({ length: kind === 'EC ' ? 3 : rng.int(8, 14) }, () => rng.chars(B64, 64));
  const dash = '-'.repeat(5);
  return gold('private-key', `pem-${kind.trim().toLowerCase() || 'pkcs8'}`, `${dash}BEGIN ${kind}PRIVATE KEY${dash}\n${lines.join('\n')}\n${rng.chars(B64, 20)}==\n${dash}END ${kind}PRIVATE KEY${dash}`);
}

/** Docker's `auths.<registry>.auth`: base64 of `user:password`. */
export function dockerAuth(rng: Rng, user: string): Piece {
  return gold('password', 'docker-auth-b64', Buffer.from(`${user}:${passwordText(rng)}`).toString('base64'));
}
