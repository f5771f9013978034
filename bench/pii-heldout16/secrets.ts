// Set 16's secrets: thirty kinds of current credential formats with their published prefixes and
// lengths, every character after the prefix drawn at random. The span is the secret value alone
// (never its key name). Password kinds are values a person or a generator chose.
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const base32 = UPPER + '234567';

function pem(rng: Rng, label: string): string {
  const lines = Array.from({ length: rng.int(6, 12) }, () => rng.chars(B64, 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n${rng.chars(B64, rng.int(8, 40))}==\n-----END ${label}-----`;
}

function jwt(rng: Rng): string {
  const b = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' })}.${b({ sub: rng.chars(HEX, 24), iat: 1790000000 + rng.int(0, 9999999), scope: 'read write' })}.${rng.chars(B64URL, 43)}`;
}

function userPassword(rng: Rng): string {
  const word = rng.pick(['Sommer', 'Kaffee', 'Dragon', 'Lighthouse', 'Primavera', 'Kotik', 'Sakura', 'Viking', 'Moonwalk', 'Tulipan']);
  return `${word}${rng.pick(['!', '#', '$', '@', '_', '.'])}${rng.int(10, 2026)}${rng.pick(['', '?', 'x', '%'])}`;
}

/** kind → maker. Kinds end so `groupOf` files them under secrets. */
export const SECRETS16: Record<string, (rng: Rng) => string> = {
  'aws-access-key-id': (r) => r.pick(['AKIA', 'ASIA']) + r.chars(UPPER + '234567', 16),
  'aws-secret-access-key': (r) => r.chars(B64, 40),
  'github-token': (r) => r.pick(['ghp_', 'gho_', 'ghs_', 'ghu_']) + r.chars(ALNUM, 36),
  'github-fine-grained-token': (r) => `github_pat_${r.chars(ALNUM, 22)}_${r.chars(ALNUM, 59)}`,
  'gitlab-token': (r) => `glpat-${r.chars(B64URL, 20)}`,
  'slack-token': (r) => `${r.pick(['xoxb', 'xoxp'])}-${r.number(11)}-${r.number(13)}-${r.chars(ALNUM, 24)}`,
  'slack-webhook-secret': (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
  'stripe-secret-key': (r) => `${r.pick(['sk_live_', 'rk_live_'])}${r.chars(ALNUM, 99)}`,
  'google-api-key': (r) => `AIza${r.chars(B64URL, 35)}`,
  jwt,
  'private-key': (r) => pem(r, r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])),
  'npm-token': (r) => `npm_${r.chars(ALNUM, 36)}`,
  'pypi-token': (r) => `pypi-AgEIcHlwaS5vcmc${r.chars(B64URL, 70)}`,
  'openai-api-key': (r) => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
  'anthropic-api-key': (r) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  'sendgrid-api-key': (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  'twilio-api-key': (r) => `SK${r.chars(HEX, 32)}`,
  'digitalocean-token': (r) => `dop_v1_${r.chars(HEX, 64)}`,
  'huggingface-token': (r) => `hf_${r.chars(ALNUM, 34)}`,
  'shopify-token': (r) => `shpat_${r.chars(HEX, 32)}`,
  'newrelic-api-key': (r) => `NRAK-${r.chars(UPPER + DIGITS, 27)}`,
  'vault-token': (r) => `hvs.${r.chars(B64URL, 90)}`,
  'databricks-token': (r) => `dapi${r.chars(HEX, 32)}`,
  'grafana-token': (r) => `glsa_${r.chars(ALNUM, 32)}_${r.chars(HEX, 8)}`,
  'sentry-token': (r) => `sntryu_${r.chars(HEX, 64)}`,
  'doppler-token': (r) => `dp.st.${r.pick(['prd', 'dev', 'stg'])}.${r.chars(ALNUM, 43)}`,
  'atlassian-api-token': (r) => `ATATT3xFfGF0${r.chars(B64URL, 171)}=${r.chars(HEX.toUpperCase(), 8)}`,
  'postman-api-key': (r) => `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}`,
  'azure-storage-secret': (r) => `${r.chars(B64, 86)}==`,
  'discord-webhook-secret': (r) => `https://discord.com/api/webhooks/${r.number(19)}/${r.chars(B64URL, 68)}`,
  'generic-secret': (r) => r.chars(ALNUM, r.int(32, 48)),
  password: (r) => (r.chance(0.5) ? userPassword(r) : r.chars(ALNUM + '!#%^*-_', r.int(14, 24))),
  'mailgun-api-key': (r) => `key-${r.chars(HEX, 32)}`,
  'linear-api-key': (r) => `lin_api_${r.chars(ALNUM, 40)}`,
  'totp-secret': (r) => r.chars(base32, 32),
};

export const SECRET_KINDS16 = Object.keys(SECRETS16);

export function secret(rng: Rng, kind: string = rng.pick(SECRET_KINDS16)): Piece {
  return gold(kind, kind, SECRETS16[kind]!(rng));
}

/** A password as people choose them or a generator writes them (gold `password`). */
export const password = (rng: Rng): Piece => secret(rng, 'password');

/** A database user name (not personal: a service account). */
export const dbUser = (rng: Rng): string => rng.pick(['app', 'svc_etl', 'reporting', 'airflow', 'dbt_runner', 'billing_rw', 'grafana']) + (rng.chance(0.3) ? rng.chars(LOWER, 2) : '');
