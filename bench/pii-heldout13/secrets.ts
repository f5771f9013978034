// Set 13's secrets: thirty kinds of current credentials with their real prefixes, alphabets and
// lengths, every character drawn at run time (no live-looking literal in the tree). The span is the
// secret value alone: a connection string's password, a webhook URL whole (the URL is the secret).
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const UPNUM = UPPER + DIGITS;
const s = (type: string, form: string, text: string): Piece => gold(type, form, text);

/** A random base64 string of `n` characters (n a multiple of 4 with padding when `pad`). */
export const base64 = (rng: Rng, bytes: number): string => {
  const n = Math.ceil((bytes * 4) / 3);
  const pad = (4 - (n % 4)) % 4;
  return rng.chars(B64, n) + '='.repeat(pad);
};

/** A strong password as people and generators set them. */
export const password = (rng: Rng): string => rng.pick([
  () => rng.chars(ALNUM, 6) + rng.pick(['#', '!', '%', '&', '*', '@', '^']) + rng.chars(ALNUM, rng.int(5, 10)),
  () => `${rng.pick(['Sommer', 'Winter', 'Kartoffel', 'Lighthouse', 'Tornado', 'Pelikan'])}${rng.pick(['!', '#', '$'])}${rng.int(1000, 9999)}${rng.chars(LOWER, 3)}`,
  () => rng.chars(B64URL, rng.int(20, 32)),
])();

const pemBody = (rng: Rng, lines: number) => Array.from({ length: lines }, () => rng.chars(B64, 64)).join('\n') + '\n' + base64(rng, 30);

const GENERIC: Record<string, (r: Rng) => string> = {
  django: (r) => `django-insecure-${r.chars(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50)}`,
  'rails-key-base': (r) => r.chars(HEX, 128),
  'laravel-app-key': (r) => `base64:${base64(r, 32)}`,
  'wp-salt': (r) => r.chars(ALNUM + '!#$%&()*+,-./:;<=>?@[]^_{|}~', 64),
};

/** An application's signing secret (Django SECRET_KEY, Rails secret_key_base, Laravel APP_KEY, WordPress salt). */
export function genericSecret(rng: Rng, form: string = rng.pick(Object.keys(GENERIC))): Piece {
  return gold('generic-secret', form, GENERIC[form]!(rng));
}

export const SECRET_MAKERS: Record<string, (rng: Rng) => Piece> = {
  'aws-access-key-id': (r) => s('aws-access-key-id', r.pick(['AKIA', 'ASIA']), r.pick(['AK', 'AS']) + 'IA' + r.chars(UPNUM.replace(/[01089]/g, ''), 16)),
  'aws-secret-access-key': (r) => s('aws-secret-access-key', 'base64-40', r.chars(B64, 40)),
  'github-token': (r) => s('github-token', 'classic', r.pick(['gh' + 'p_', 'gh' + 'o_', 'gh' + 's_']) + r.chars(ALNUM, 36)),
  'github-fine-grained-token': (r) => s('github-fine-grained-token', 'pat', `github_${'pat'}_11${r.chars(UPNUM, 20)}_${r.chars(ALNUM, 59)}`),
  'gitlab-token': (r) => s('gitlab-token', r.pick(['glpat', 'glrt', 'gldt']), `${r.pick(['glpat', 'glrt', 'gldt'])}-${r.chars(B64URL, 20)}`),
  'slack-token': (r) => s('slack-token', 'bot', `xo${'xb'}-${r.number(12)}-${r.number(13)}-${r.chars(ALNUM, 24)}`),
  'slack-webhook-secret': (r) => s('slack-webhook-secret', 'url', `https://hooks.slack.com/services/T${r.chars(UPNUM, 10)}/B${r.chars(UPNUM, 10)}/${r.chars(ALNUM, 24)}`),
  'discord-webhook-token': (r) => s('discord-webhook-token', 'url', `https://discord.com/api/webhooks/${r.number(19)}/${r.chars(B64URL, 68)}`),
  'stripe-secret-key': (r) => s('stripe-secret-key', 'live', `${r.pick(['sk', 'rk'])}_${'live'}_${r.chars(ALNUM, r.pick([24, 99]))}`),
  'google-api-key': (r) => s('google-api-key', 'AIza', 'AI' + 'za' + r.chars(B64URL, 35)),
  'openai-api-key': (r) => s('openai-api-key', 'project', `sk-${'proj'}-${r.chars(B64URL, 74)}T3Blbk${'FJ'}${r.chars(B64URL, 74)}`),
  'anthropic-api-key': (r) => s('anthropic-api-key', 'api03', `sk-${'ant'}-api03-${r.chars(B64URL, 93)}AA`),
  'npm-token': (r) => s('npm-token', 'npm_', 'np' + 'm_' + r.chars(ALNUM, 36)),
  'pypi-token': (r) => s('pypi-token', 'pypi-', `pypi-AgEIcHlwaS5vcmc${r.chars(B64URL, 140)}`),
  'sendgrid-api-key': (r) => s('sendgrid-api-key', 'SG', `S${'G'}.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`),
  'twilio-api-key': (r) => s('twilio-api-key', 'SK', 'S' + 'K' + r.chars(HEX, 32)),
  'huggingface-token': (r) => s('huggingface-token', 'hf_', 'h' + 'f_' + r.chars(UPPER + LOWER, 34)),
  'digitalocean-token': (r) => s('digitalocean-token', 'dop_v1', 'do' + 'p_v1_' + r.chars(HEX, 64)),
  'shopify-access-token': (r) => s('shopify-access-token', 'shpat', `${r.pick(['shpat', 'shpca', 'shppa'])}_${r.chars(HEX, 32)}`),
  'vault-token': (r) => s('vault-token', 'hvs', 'hv' + 's.' + r.chars(B64URL, 90)),
  'datadog-api-key': (r) => s('datadog-api-key', 'hex32', r.chars(HEX, 32)),
  'mailgun-api-key': (r) => s('mailgun-api-key', 'key-', 'ke' + 'y-' + r.chars(HEX, 32)),
  'telegram-bot-token': (r) => s('telegram-bot-token', 'bot', `${r.number(10)}:AA${r.chars(B64URL, 33)}`),
  'linear-api-key': (r) => s('linear-api-key', 'lin_api', 'lin' + '_api_' + r.chars(ALNUM, 40)),
  'doppler-token': (r) => s('doppler-token', 'dp.st', `dp.${'st'}.${r.pick(['prd', 'dev', 'stg'])}.${r.chars(ALNUM, 43)}`),
  'atlassian-api-token': (r) => s('atlassian-api-token', 'ATATT', `ATATT3x${r.chars(B64URL, 174)}=${r.chars(HEX.toUpperCase(), 8)}`),
  'azure-storage-secret': (r) => s('azure-storage-secret', 'account-key', base64(r, 64)),
  'azure-sas-token': (r) => s('azure-sas-token', 'sig', `${r.chars(B64, 43)}%3D`),
  jwt: (r) => s('jwt', 'hs256', `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${r.chars(B64URL, r.int(60, 140))}.${r.chars(B64URL, 43)}`),
  'generic-secret': (r) => genericSecret(r),
  password: (r) => s('password', 'config', password(r)),
};

export const SECRET_KINDS = Object.keys(SECRET_MAKERS);

export const secret13 = (rng: Rng, kind: string = rng.pick(SECRET_KINDS)): Piece => SECRET_MAKERS[kind]!(rng);

/** A PEM private key block, whole (header to footer) as the span. */
export function pemKey(rng: Rng, escaped = false): Piece {
  const label = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const text = `-----BEGIN ${label}-----\n${pemBody(rng, rng.int(4, 9))}\n-----END ${label}-----`;
  return gold('private-key', label.toLowerCase().replace(/ /g, '-'), escaped ? text.replace(/\n/g, '\\n') : text);
}

/** A WireGuard private key (32 bytes base64). */
export const wireguardKey = (rng: Rng): Piece => gold('private-key', 'wireguard', base64(rng, 32));

/** A connection-string password (the span is the password only). */
export const urlPassword = (rng: Rng, scheme: string): Piece => gold('url-credentials', scheme, rng.chars(ALNUM, rng.int(14, 28)));
