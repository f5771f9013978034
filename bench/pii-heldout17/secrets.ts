// Set 17's secrets: 32 kinds of current credential formats with their published prefixes and
// lengths, every character after the prefix drawn at random (nothing live-looking is in the tree).
// The span is the secret value only: not its key name, not the user of a connection string.
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const B32 = UPPER + '234567';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

const b64u = (s: string) => Buffer.from(s).toString('base64url');

function pemBody(rng: Rng, chars: number): string {
  const raw = rng.chars(B64, chars);
  return raw.replace(/(.{64})(?=.)/g, '$1\n');
}

const KINDS: Record<string, (r: Rng) => string> = {
  'aws-access-key-id': (r) => r.pick(['AK', 'AS']) + 'IA' + r.chars(B32, 16),
  'aws-secret-access-key': (r) => r.chars(B64, 40),
  'github-token': (r) => r.pick(['ghp', 'gho', 'ghs', 'ghu']) + '_' + r.chars(ALNUM, 36),
  'github-fine-grained-token': (r) => 'github' + '_pat_' + r.chars(ALNUM, 22) + '_' + r.chars(ALNUM, 59),
  'gitlab-token': (r) => r.pick(['glpat', 'gldt', 'glrt']) + '-' + r.chars(B64URL, 20),
  'slack-token': (r) => 'xox' + r.pick(['b', 'p']) + `-${r.number(12)}-${r.number(13)}-` + r.chars(ALNUM, 24),
  'slack-webhook-secret': (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
  'stripe-secret-key': (r) => r.pick(['sk', 'rk']) + '_live_' + r.chars(ALNUM, r.pick([24, 99])),
  'google-api-key': (r) => 'AI' + 'za' + r.chars(B64URL, 35),
  'npm-token': (r) => 'npm_' + r.chars(ALNUM, 36),
  'pypi-token': (r) => 'pypi-AgEIcHlwaS5vcmc' + r.chars(B64URL, 150),
  'openai-api-key': (r) => 'sk-proj-' + r.chars(B64URL, 74) + 'T3BlbkFJ' + r.chars(B64URL, 74),
  'anthropic-api-key': (r) => 'sk-ant-api03-' + r.chars(B64URL, 93) + 'AA',
  'sendgrid-api-key': (r) => 'SG.' + r.chars(B64URL, 22) + '.' + r.chars(B64URL, 43),
  'twilio-auth-token': (r) => r.chars(HEX, 32),
  'mailgun-api-key': (r) => `${r.chars(HEX, 32)}-${r.chars(HEX, 8)}-${r.chars(HEX, 8)}`,
  'shopify-access-token': (r) => r.pick(['shpat', 'shpss']) + '_' + r.chars(HEX, 32),
  'digitalocean-token': (r) => 'dop_v1_' + r.chars(HEX, 64),
  'vault-token': (r) => 'hvs.' + r.chars(B64URL, 91),
  'azure-storage-secret': (r) => r.chars(B64, 86) + '==',
  'datadog-api-key': (r) => r.chars(HEX, 32),
  'telegram-bot-token': (r) => `${r.number(10)}:AA${r.chars(B64URL, 33)}`,
  'discord-webhook-token': (r) => `https://discord.com/api/webhooks/${r.number(19)}/${r.chars(B64URL, 68)}`,
  'postman-api-key': (r) => `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}`,
  'grafana-service-account-token': (r) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}`,
  'age-secret-key': (r) => 'AGE-SECRET-KEY-1' + r.chars(BECH32, 58),
  'linear-api-key': (r) => 'lin_api_' + r.chars(ALNUM, 40),
  'terraform-cloud-token': (r) => `${r.chars(ALNUM, 14)}.atlasv1.${r.chars(ALNUM, 67)}`,
  'jenkins-api-token': (r) => '11' + r.chars(HEX, 32),
  'jwt': (r) => {
    const header = b64u(JSON.stringify({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
    const payload = b64u(JSON.stringify({ sub: r.number(8), iss: r.pick(['https://auth.example-app.io', 'tenant-gw']), iat: 1790000000 + r.int(0, 9999999), scope: 'read write' }));
    return `${header}.${payload}.${r.chars(B64URL, 43)}`;
  },
  'private-key': (r) => {
    const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    return `-----BEGIN ${kind}-----\n${pemBody(r, kind.startsWith('EC') ? 160 : 640)}\n-----END ${kind}-----`;
  },
  'password': (r) => {
    const w = r.pick(['Sommer', 'Kaffee', 'tigre', 'Maple', 'otono', 'Bergen', 'Zebra', 'Lagos', 'velvet', 'Orkan']);
    return r.pick([`${w}${r.int(10, 2026)}${r.pick(['!', '#', '$', '%', '?'])}`, `${r.chars(ALNUM, 6)}${r.pick(['!', '@', '&'])}${r.chars(ALNUM, 8)}`, `${w}-${r.chars(LOWER, 4)}-${r.digits(3)}`, r.chars(ALNUM, 20)]);
  },
};
export const SECRET_KINDS = Object.keys(KINDS);

/** A gold secret of `type` (random when absent). */
export function secret(rng: Rng, type: string = rng.pick(SECRET_KINDS.filter((k) => k !== 'password')), form = 'value'): Piece {
  return gold(type, form, KINDS[type]!(rng));
}

/** A password as people set them (the value only). */
export const password = (rng: Rng, form = 'config'): Piece => gold('password', form, KINDS.password!(rng));

/** A random alphanumeric application secret of `n` characters (instance secrets, signing keys). */
export const appSecret = (rng: Rng, type: string, n: number): Piece => gold(type, 'random', rng.chars(ALNUM + '/+', n));
