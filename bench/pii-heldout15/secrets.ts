// Set 15's secrets: 34 kinds of current key and token formats with their real prefixes and lengths,
// built from random parts at run time (nothing live-looking is stored in the tree), PEM private keys,
// webhook URLs whose path holds the secret, and passwords (span: the password alone, not its key).
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const B32 = UPPER + '234567';
const j = (...p: string[]) => p.join('');

const b64url = (s: string) => Buffer.from(s).toString('base64url');

function jwt(r: Rng): string {
  const head = b64url(JSON.stringify({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: r.chars(HEX, 24), iss: r.pick(['https://auth.internal.example', 'svc-billing']), iat: 1_780_000_000 + r.int(0, 9_999_999), scope: r.pick(['read write', 'admin', 'payments:write']) }));
  return `${head}.${body}.${r.chars(B64URL, r.pick([43, 86]))}`;
}

function pem(r: Rng): string {
  const label = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: r.int(4, 9) }, () => r.chars(B64, 64));
  const first = label === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAA' + r.chars(B64, 40) : label === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' + r.chars(B64, 48) : 'MIGHAgEAMBMGByqGSM49' + r.chars(B64, 44);
  return `-----BEGIN ${label}-----\n${[first, ...lines].join('\n')}\n${r.chars(B64, r.int(8, 60))}=\n-----END ${label}-----`;
}

/** Each kind: gold type and maker. */
export const SECRET_KINDS: Record<string, [string, (r: Rng) => string]> = {
  'aws-id': ['aws-access-key-id', (r) => j(r.pick(['AK', 'AS']), 'IA', r.chars(B32, 16))],
  'aws-secret': ['aws-secret-access-key', (r) => r.chars(ALNUM + '/+', 40)],
  'github-classic': ['github-token', (r) => j(r.pick(['gh', 'gh']), r.pick(['p', 'o', 's', 'u']), '_', r.chars(ALNUM, 36))],
  'github-fine': ['github-token', (r) => j('github', '_pat_', '11', r.chars(UPPER + DIGITS, 20), '_', r.chars(ALNUM, 59))],
  gitlab: ['gitlab-token', (r) => j('gl', 'pat-', r.chars(ALNUM + '-_', 20))],
  'slack-bot': ['slack-token', (r) => j('xo', 'xb-', r.digits(12), '-', r.digits(13), '-', r.chars(ALNUM, 24))],
  'slack-webhook': ['slack-webhook', (r) => j('https://hooks.', 'slack.com/services/T', r.chars(UPPER + DIGITS, 10), '/B', r.chars(UPPER + DIGITS, 10), '/', r.chars(ALNUM, 24))],
  'discord-webhook': ['webhook-secret', (r) => j('https://discord.com/api/', 'webhooks/', r.digits(19), '/', r.chars(B64URL, 68))],
  stripe: ['stripe-secret-key', (r) => j(r.pick(['sk', 'rk']), '_live_', r.chars(ALNUM, r.pick([24, 99])))],
  google: ['google-api-key', (r) => j('AI', 'za', r.chars(B64URL, 35))],
  jwt: ['jwt', jwt],
  pem: ['private-key', pem],
  npm: ['npm-token', (r) => j('np', 'm_', r.chars(ALNUM, 36))],
  pypi: ['pypi-token', (r) => j('py', 'pi-', 'AgEIcHlwaS5vcmc', r.chars(B64URL, 70))],
  openai: ['openai-api-key', (r) => j('sk-', 'proj-', r.chars(B64URL, 124))],
  anthropic: ['anthropic-api-key', (r) => j('sk-', 'ant-api03-', r.chars(B64URL, 93), 'AA')],
  sendgrid: ['sendgrid-api-key', (r) => j('S', 'G.', r.chars(B64URL, 22), '.', r.chars(B64URL, 43))],
  twilio: ['twilio-api-key', (r) => j('S', 'K', r.chars(HEX, 32))],
  huggingface: ['huggingface-token', (r) => j('h', 'f_', r.chars(ALNUM, 34))],
  digitalocean: ['digitalocean-token', (r) => j('do', 'p_v1_', r.chars(HEX, 64))],
  shopify: ['shopify-access-token', (r) => j('shp', 'at_', r.chars(HEX, 32))],
  mailchimp: ['mailchimp-api-key', (r) => j(r.chars(HEX, 32), '-us', String(r.int(1, 21)))],
  datadog: ['datadog-api-key', (r) => r.chars(HEX, 32)],
  'azure-storage': ['azure-storage-secret', (r) => j(r.chars(B64, 86), '==')],
  vault: ['vault-token', (r) => j('hv', 's.', r.chars(B64URL, 90))],
  doppler: ['doppler-token', (r) => j('dp', '.pt.', r.chars(ALNUM, 43))],
  linear: ['linear-api-key', (r) => j('lin', '_api_', r.chars(ALNUM, 40))],
  atlassian: ['atlassian-api-token', (r) => j('ATATT', '3xFfGF0', r.chars(B64URL, 176), '=', r.chars(HEX.toUpperCase(), 8))],
  telegram: ['telegram-bot-token', (r) => j(String(r.int(100_000_000, 8_999_999_999)), ':AA', r.chars(B64URL, 33))],
  circleci: ['circleci-token', (r) => j('CCI', 'PAT_', r.chars(ALNUM, 22), '_', r.chars(HEX, 40))],
  square: ['square-access-token', (r) => j('EA', 'AA', r.chars(B64URL, 60))],
  'age-key': ['private-key', (r) => j('AGE-', 'SECRET-KEY-1', r.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58))],
  'cargo-token': ['cargo-registry-token', (r) => j('cio', r.chars(ALNUM, 32))],
  'rubygems': ['rubygems-api-key', (r) => j('rubygems', '_', r.chars(HEX, 48))],
};

export const secretText = (r: Rng, kind: string): string => SECRET_KINDS[kind]![1](r);
export function secret(r: Rng, kind = r.pick(Object.keys(SECRET_KINDS))): Piece {
  return gold(SECRET_KINDS[kind]![0], kind, secretText(r, kind));
}

const WORDS = ['harbour', 'Kestrel', 'violet', 'Quarry', 'mosaic', 'Tundra', 'lantern', 'Ember', 'sorrel', 'Juniper'];
/** A password as people set them (words, digits and symbols; never a placeholder). */
export function password(r: Rng, form = 'config'): Piece {
  const text = r.pick([
    () => `${r.pick(WORDS)}${r.pick(['!', '*', '-', '_', '.', '~'])}${r.digits(r.int(2, 4))}${r.pick(WORDS)}`,
    () => r.chars(ALNUM + '!*-_.~', r.int(14, 28)),
    () => `${r.pick(WORDS)}-${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}-${r.digits(2)}`,
  ])();
  return gold('password', form, text);
}

/** A lowercase-only random word (user names of service accounts, not personal). */
export const svcUser = (r: Rng): string => `svc_${r.chars(LOWER, 6)}`;
