// Secrets of set 12, built at run time from parts and seeded draws (no live-looking literal in the
// tree): provider tokens in their published shapes, AWS key pairs, PEM/OpenSSH/PGP private keys and
// passwords as people choose them. Gold types group as `secret` by set 1's `groupOf`.
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '-_';
const j = (...p: string[]) => p.join('');

/** Provider tokens: [gold type, maker]. */
const TOKENS: Array<[string, (r: Rng) => string]> = [
  ['github-token', (r) => j('gh', r.pick(['p', 'o', 's', 'u']), '_', r.chars(ALNUM, 36))],
  ['github-token', (r) => j('github', '_pat_', r.chars(ALNUM, 22), '_', r.chars(ALNUM, 59))],
  ['gitlab-token', (r) => j('gl', 'pat-', r.chars(URLSAFE, 20))],
  ['slack-token', (r) => j('xo', r.pick(['xb', 'xp']), '-', r.number(11), '-', r.number(13), '-', r.chars(ALNUM, 24))],
  ['stripe-secret-key', (r) => j('s', 'k_', 'live', '_', r.chars(ALNUM, 24))],
  ['stripe-secret-key', (r) => j('r', 'k_', 'live', '_', r.chars(ALNUM, 24))],
  ['google-api-key', (r) => j('AI', 'za', 'Sy', r.chars(URLSAFE, 33))],
  ['sendgrid-api-key', (r) => j('S', 'G.', r.chars(URLSAFE, 22), '.', r.chars(URLSAFE, 43))],
  ['npm-token', (r) => j('np', 'm_', r.chars(ALNUM, 36))],
  ['vault-token', (r) => j('hv', 's.', r.chars(URLSAFE, 24))],
  ['digitalocean-token', (r) => j('do', 'p_v1_', r.chars(HEX, 64))],
  ['openai-api-key', (r) => j('s', 'k-', 'proj-', r.chars(URLSAFE, 48))],
  ['twilio-api-key', (r) => j('S', 'K', r.chars(HEX, 32))],
];

export function token(rng: Rng): Piece {
  const [type, make] = rng.pick(TOKENS);
  return gold(type, type, make(rng));
}

export function awsKeyId(rng: Rng): Piece {
  return gold('aws-access-key-id', 'aws-pair', j('AK', 'IA', rng.chars(UPPER + '234567', 16)));
}

export function awsSecret(rng: Rng): Piece {
  return gold('aws-secret-access-key', 'aws-pair', rng.chars(B64, 40));
}

const WORDS = ['Sommer', 'kwiatek', 'Lato', 'kissa', 'Istanbul', 'mavi', 'hoa', 'sakura', 'Tiger', 'Bayern', 'Kobenhavn', 'pizza', 'dragon', 'Marzec', 'Zlaty', 'Rendszer'];
/** A password as people choose them: word + digits + symbol, or a random string from a manager. */
export function password(rng: Rng, form = 'config'): Piece {
  const text = rng.chance(0.5)
    ? j(rng.pick(WORDS), String(rng.int(1, 2026)), rng.pick(['!', '#', '$', '?', '*', '.']), rng.chars(UPPER, rng.int(0, 2)))
    : j(rng.chars(UPPER, 1), rng.chars(LOWER + DIGITS + UPPER + '!%^&*#', rng.int(11, 19)), rng.chars(DIGITS, 1));
  return gold('password', form, text);
}

const b64lines = (rng: Rng, n: number, w = 64) => Array.from({ length: n }, (_, i) => rng.chars(B64, i === n - 1 ? rng.int(12, w) : w)).join('\n');

/** A private key block: PKCS#1 RSA, PKCS#8, EC, OpenSSH or armored PGP (the whole block is the span). */
export function privateKey(rng: Rng): Piece {
  const kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PGP PRIVATE KEY BLOCK']);
  const dash = '-'.repeat(5);
  const begin = kind.startsWith('PGP') ? `${dash}BEGIN ${kind}${dash}\n\n` : `${dash}BEGIN ${kind}${dash}\n`;
  const body = kind === 'EC PRIVATE KEY' ? j('MHcCAQEEI', b64lines(rng, 3)) : kind === 'OPENSSH PRIVATE KEY' ? j('b3BlbnNzaC1rZXktdjEAAAAA', b64lines(rng, 6, 70)) : kind.startsWith('PGP') ? j('lQ', b64lines(rng, 10)) + '\n=' + rng.chars(B64, 4) : j('MII', b64lines(rng, 12));
  return gold('private-key', kind.toLowerCase().replace(/ /g, '-'), `${begin}${body}\n${dash}END ${kind}${dash}`);
}

/** Any secret: a provider token most of the time. */
export const secret = (rng: Rng): Piece => (rng.chance(0.65) ? token(rng) : rng.chance(0.7) ? password(rng) : awsKeyId(rng));
