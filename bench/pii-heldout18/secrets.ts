// Set 18's secrets: current token and key formats with their real prefixes and lengths, drawn from
// random parts at run time (no literal in the tree). The gold span is the whole secret value, never
// its key name; in a connection string or URL only the password is the secret.
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, UPPER } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const BECH = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const j = (...p: string[]) => p.join('');

type Maker = (rng: Rng) => string;
/** kind → [gold type, maker]. Types read as secrets by the scorer's groupOf. */
export const SECRETS: Record<string, [string, Maker]> = {
  'aws-access-key-id': ['aws-access-key', (r) => j('AK', 'IA', r.chars(UPPER + '234567', 16))],
  'aws-secret': ['aws-secret-key', (r) => r.chars(B64, 40)],
  'github-pat': ['github-token', (r) => j('gh', 'p_', r.chars(ALNUM, 36))],
  'github-fine': ['github-token', (r) => j('github', '_pat_', r.chars(UPPER + DIGITS, 22), '_', r.chars(ALNUM, 59))],
  'gitlab-pat': ['gitlab-token', (r) => j('gl', 'pat-', r.chars(B64URL.replace('-', ''), 20))],
  'slack-bot': ['slack-token', (r) => j('xo', 'xb-', r.digits(12), '-', r.digits(13), '-', r.chars(ALNUM, 24))],
  'slack-webhook': ['slack-webhook', (r) => j('https://hooks.', 'slack.com/services/T', r.chars(UPPER + DIGITS, 10), '/B', r.chars(UPPER + DIGITS, 10), '/', r.chars(ALNUM, 24))],
  'stripe-live': ['stripe-key', (r) => j(r.pick(['sk', 'rk']), '_live_', r.chars(ALNUM, 99))],
  'google-api': ['google-api-key', (r) => j('AI', 'za', r.chars(B64URL, 35))],
  'openai': ['openai-api-key', (r) => j('sk-', 'proj-', r.chars(B64URL, 48), 'T3Blb', 'kFJ', r.chars(B64URL, 48))],
  'anthropic': ['anthropic-api-key', (r) => j('sk-', 'ant-api03-', r.chars(B64URL, 93), 'AA')],
  'npm': ['npm-token', (r) => j('np', 'm_', r.chars(ALNUM, 36))],
  'pypi': ['pypi-token', (r) => j('py', 'pi-', 'AgEIcHlwaS5vcmc', r.chars(B64URL, 150))],
  'sendgrid': ['sendgrid-api-key', (r) => j('SG', '.', r.chars(B64URL, 22), '.', r.chars(B64URL, 43))],
  'twilio': ['twilio-api-key', (r) => j('S', 'K', r.chars(HEX, 32))],
  'mailgun': ['mailgun-api-key', (r) => j('key', '-', r.chars(HEX, 32))],
  'shopify': ['shopify-token', (r) => j('shp', 'at_', r.chars(HEX, 32))],
  'digitalocean': ['digitalocean-token', (r) => j('do', 'p_v1_', r.chars(HEX, 64))],
  'huggingface': ['huggingface-token', (r) => j('h', 'f_', r.chars(ALNUM, 34))],
  'databricks': ['databricks-token', (r) => j('da', 'pi', r.chars(HEX, 32))],
  'grafana-sa': ['grafana-token', (r) => j('gl', 'sa_', r.chars(ALNUM, 32), '_', r.chars(HEX, 8))],
  'telegram-bot': ['telegram-bot-token', (r) => j(r.number(10), ':', 'AA', r.chars(B64URL, 33))],
  'doppler': ['doppler-token', (r) => j('dp', '.st.', r.pick(['prd', 'dev']), '.', r.chars(ALNUM, 43))],
  'pulumi': ['pulumi-token', (r) => j('pu', 'l-', r.chars(HEX, 40))],
  'age-key': ['secret-key', (r) => j('AGE-', 'SECRET-KEY-1', r.chars(BECH, 58))],
  'azure-storage': ['azure-storage-secret', (r) => r.chars(B64, 86) + '=='],
  'linear': ['linear-api-key', (r) => j('lin', '_api_', r.chars(ALNUM, 40))],
  'atlassian': ['atlassian-api-token', (r) => j('ATAT', 'T3xFfGF0', r.chars(B64URL, 180), '=', r.chars(UPPER + DIGITS, 8))],
  'sentry-auth': ['sentry-auth-token', (r) => j('sntr', 'ys_', 'eyJpYXQiO', r.chars(ALNUM, 120))],
  'postmark': ['postmark-server-token', (r) => [8, 4, 4, 4, 12].map((n) => r.chars(HEX, n)).join('-')],
  'jwt': ['jwt', (r) => j('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.', 'eyJ', r.chars(B64URL, r.int(60, 140)), '.', r.chars(B64URL, 43))],
};
export const SECRET_KINDS = Object.keys(SECRETS);

/** A gold secret of `kind` (drawn when absent). */
export function secret(rng: Rng, kind: string = rng.pick(SECRET_KINDS)): Piece {
  const [type, make] = SECRETS[kind]!;
  return gold(type, kind, make(rng));
}

const WORDS = ['otter', 'granite', 'violet', 'harbour', 'quill', 'saffron', 'meadow', 'cobalt', 'ember', 'juniper'];

/** A password a person or admin chose: gold `password` (config files, CLI flags, connection strings). */
export function password(rng: Rng, form = rng.pick(['words', 'random', 'leet'])): Piece {
  const text = form === 'words' ? `${rng.pick(WORDS)}-${rng.pick(WORDS)}-${rng.pick(WORDS)}${rng.int(10, 99)}`
    : form === 'random' ? rng.chars(ALNUM + '!#%*', rng.int(14, 24))
    : `${rng.pick(['S', 'M', 'K'])}${rng.pick(WORDS).slice(1)}${rng.pick(['!', '#', '$'])}${rng.int(1980, 2026)}`;
  return gold('password', form, text);
}

/** A PEM private key block (the whole block is the secret). */
export function pemKey(rng: Rng): Piece {
  const kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const lines = Array.from({ length: rng.int(4, 9) }, () => rng.chars(B64, 64));
  return gold('private-key', kind.toLowerCase().replace(/ /g, '-'), `-----BEGIN ${kind}-----\n${lines.join('\n')}\n${rng.chars(B64, rng.int(8, 40))}=\n-----END ${kind}-----`);
}

/** An Apple .p8 / service-account key as one JSON string line with escaped newlines. */
export function pemInJson(rng: Rng): Piece {
  const lines = Array.from({ length: 5 }, () => rng.chars(B64, 64));
  return gold('private-key', 'json-escaped', `-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END PRIVATE KEY-----\\n`);
}

