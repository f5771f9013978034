// Set 19's secrets: current token and key formats with their real prefixes and lengths, built from
// random parts at run time (no literal key in the tree). The span is the secret value only.
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '-_';
const B32 = UPPER + '234567';
const j = (...p: string[]) => p.join('');

const MAKERS: Record<string, (r: Rng) => string> = {
  'aws-access-key-id': (r) => j('AK', 'IA', r.chars(B32, 16)),
  'aws-secret-key': (r) => r.chars(B64, 40),
  'github-token': (r) => j('gh', r.pick(['p', 'o', 's', 'u']), '_', r.chars(ALNUM, 36)),
  'github-fine-grained-token': (r) => j('github', '_pat_', '11', r.chars(UPPER + DIGITS, 20), '_', r.chars(ALNUM, 59)),
  'gitlab-token': (r) => j('glp', 'at-', r.chars(URLSAFE, 20)),
  'slack-token': (r) => j('xox', r.pick(['b', 'p']), '-', r.number(11), '-', r.number(13), '-', r.chars(ALNUM, 24)),
  'slack-webhook-secret': (r) => j('https://hooks.slack.com/services/', 'T', r.chars(UPPER + DIGITS, 10), '/B', r.chars(UPPER + DIGITS, 10), '/', r.chars(ALNUM, 24)),
  'stripe-secret-key': (r) => j('sk', '_live_', r.chars(ALNUM, 99)),
  'stripe-restricted-key': (r) => j('rk', '_live_', r.chars(ALNUM, 99)),
  'google-api-key': (r) => j('AI', 'za', r.chars(URLSAFE, 35)),
  'npm-token': (r) => j('np', 'm_', r.chars(ALNUM, 36)),
  'pypi-token': (r) => j('pypi-', 'AgEIcHlwaS5vcmc', r.chars(URLSAFE, 70)),
  'openai-api-key': (r) => j('sk-', 'proj-', r.chars(URLSAFE, 74), 'T3Blbk', 'FJ', r.chars(URLSAFE, 74)),
  'anthropic-api-key': (r) => j('sk-', 'ant-api03-', r.chars(URLSAFE, 93), 'AA'),
  'sendgrid-api-key': (r) => j('SG', '.', r.chars(URLSAFE, 22), '.', r.chars(URLSAFE, 43)),
  'linear-api-key': (r) => j('lin', '_api_', r.chars(ALNUM, 40)),
  'mailchimp-api-key': (r) => j(r.chars(HEX, 32), '-us', String(r.int(2, 21))),
  'huggingface-token': (r) => j('h', 'f_', r.chars(ALNUM, 34)),
  'shopify-token': (r) => j('shp', 'at_', r.chars(HEX, 32)),
  'digitalocean-token': (r) => j('do', 'p_v1_', r.chars(HEX, 64)),
  'databricks-token': (r) => j('da', 'pi', r.chars(HEX, 32)),
  'newrelic-api-key': (r) => j('NR', 'AK-', r.chars(UPPER + DIGITS, 27)),
  'grafana-service-token': (r) => j('gl', 'sa_', r.chars(ALNUM, 32), '_', r.chars(HEX, 8)),
  'postman-api-key': (r) => j('PM', 'AK-', r.chars(HEX, 24), '-', r.chars(HEX, 34)),
  'azure-storage-secret': (r) => j(r.chars(B64, 86), '=='),
  'discord-webhook-secret': (r) => j('https://discord.com/api/webhooks/', r.number(18), '/', r.chars(URLSAFE, 68)),
  jwt: (r) => j('eyJhbGciOiJ', r.pick(['IUzI1NiIsInR5cCI6IkpXVCJ9', 'SUzI1NiIsInR5cCI6IkpXVCJ9']), '.eyJ', r.chars(URLSAFE, r.int(60, 140)), '.', r.chars(URLSAFE, 43)),
  'private-key': (r) => { const t = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']); return j('-----BEGIN ', t, '-----\n', Array.from({ length: r.int(4, 8) }, () => r.chars(B64, 64)).join('\n'), '\n-----END ', t, '-----'); },
};
export const SECRET_TYPES19 = Object.keys(MAKERS);

/** A secret token or key of `type`. */
export function secret(rng: Rng, type: string = rng.pick(SECRET_TYPES19)): Piece {
  return gold(type, 'token', MAKERS[type]!(rng));
}

const WORDS = ['harbor', 'Quartz', 'violet', 'Tundra', 'maple', 'Falcon', 'ember', 'Nimbus', 'cobalt', 'Saffron'];
/** A password a person or an admin would set: words, digits and symbols, or random characters. */
export function password(rng: Rng, form = rng.pick(['config', 'config', 'cli', 'conn'])): Piece {
  const sym = form === 'conn' ? ['_', '.', '-'] : ['!', '#', '%', '_', '.'];
  const text = rng.chance(0.5) ? `${rng.pick(WORDS)}${rng.pick(sym)}${rng.pick(WORDS)}${rng.digits(rng.int(2, 4))}` : rng.chars(ALNUM + sym.join(''), rng.int(14, 24));
  return gold(form === 'conn' ? 'connection-string-password' : 'password', form, text);
}

/** A lower-case login name for a connection string or a config (not labelled: an account name). */
export const login = (rng: Rng) => `${rng.pick(['svc', 'app', 'etl', 'report', 'batch'])}_${rng.chars(LOWER, 4)}`;
