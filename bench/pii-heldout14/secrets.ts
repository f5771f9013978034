// Secrets of set 14: thirty current token and key formats with their real prefixes, alphabets and
// lengths, built from random parts at run time (no live-looking literal in the tree), plus PEM private
// keys, passwords in connection strings, config files and CLI flags, and webhook URLs whose path is
// the secret. The span is the secret value alone, never its key name. Types match the scorer's groups.
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, UPPER } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const B64URL = ALNUM + '-_';
const B64 = ALNUM + '+/';
const j = (...parts: string[]) => parts.join('');
const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** [gold type, builder]: the prefix is assembled from parts so the source holds no whole token shape. */
export const TOKEN_KINDS14: Array<[string, (r: Rng) => string]> = [
  ['aws-access-key-id', (r) => j('AK', 'IA', r.chars(UPPER + '234567', 16))],
  ['aws-secret-access-key', (r) => r.chars(B64, 40)],
  ['github-token', (r) => j(r.pick(['gh', 'gh']), r.pick(['p', 'o', 'u', 's', 'r']), '_', r.chars(ALNUM, 36))],
  ['github-fine-grained-token', (r) => j('github', '_pat_', r.chars(ALNUM, 22), '_', r.chars(ALNUM, 59))],
  ['gitlab-token', (r) => j('gl', 'pat-', r.chars(B64URL, 20))],
  ['gitlab-runner-token', (r) => j('gl', 'rt-', r.chars(B64URL, 20))],
  ['slack-token', (r) => j('xo', r.pick(['xb', 'xp']), '-', r.number(11), '-', r.number(12), '-', r.chars(ALNUM, 24))],
  ['stripe-secret-key', (r) => j(r.pick(['sk', 'rk']), '_live_', r.chars(ALNUM, 99))],
  ['google-api-key', (r) => j('AI', 'za', r.chars(B64URL, 35))],
  ['google-oauth-client-secret', (r) => j('GOC', 'SPX-', r.chars(B64URL, 28))],
  ['openai-api-key', (r) => j('sk', '-proj-', r.chars(B64URL, 74), 'T3Blbk', 'FJ', r.chars(B64URL, 74))],
  ['anthropic-api-key', (r) => j('sk', '-ant-api03-', r.chars(B64URL, 93), 'AA')],
  ['huggingface-token', (r) => j('h', 'f_', r.chars(ALNUM, 34))],
  ['npm-token', (r) => j('np', 'm_', r.chars(ALNUM, 36))],
  ['pypi-token', (r) => j('py', 'pi-', 'AgEIcHlwaS5vcmc', r.chars(B64URL, 70))],
  ['sendgrid-api-key', (r) => j('S', 'G.', r.chars(B64URL, 22), '.', r.chars(B64URL, 43))],
  ['twilio-api-key', (r) => j('S', 'K', r.chars(HEX, 32))],
  ['mailgun-api-key', (r) => j('key', '-', r.chars(HEX, 32))],
  ['shopify-access-token', (r) => j('sh', r.pick(['pat', 'pca', 'ppa']), '_', r.chars(HEX, 32))],
  ['digitalocean-token', (r) => j('do', 'p_v1_', r.chars(HEX, 64))],
  ['azure-storage-secret', (r) => r.chars(B64, 86) + '=='],
  ['databricks-token', (r) => j('da', 'pi', r.chars(HEX, 32))],
  ['doppler-token', (r) => j('dp', '.st.', r.pick(['prd', 'dev']), '.', r.chars(ALNUM, 43))],
  ['linear-api-key', (r) => j('lin', '_api_', r.chars(ALNUM, 40))],
  ['grafana-service-account-token', (r) => j('gl', 'sa_', r.chars(ALNUM, 32), '_', r.chars(HEX, 8))],
  ['new-relic-api-key', (r) => j('NR', 'AK-', r.chars(UPPER + DIGITS, 27))],
  ['atlassian-api-token', (r) => j('ATA', 'TT3', r.chars(B64URL, 180), '=', r.chars(HEX.toUpperCase(), 8))],
  ['telegram-bot-token', (r) => `${r.number(10)}:${j('AA', r.chars(B64URL, 33))}`],
  ['discord-bot-token', (r) => `${j('MT', r.chars(ALNUM, 22))}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 38)}`],
  ['vault-token', (r) => j('hv', 's.', r.chars(B64URL, 90))],
];

/** A token of a kind (any by default). */
export function token(rng: Rng, kind?: string): Piece {
  const [type, make] = kind ? TOKEN_KINDS14.find((k) => k[0] === kind)! : rng.pick(TOKEN_KINDS14);
  return gold(type, 'bare', make(rng));
}

/** A signed JWT with a subject claim (a bearer credential). */
export function jwt(rng: Rng): Piece {
  const head = b64url(JSON.stringify({ alg: rng.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: rng.number(8), iat: 1790000000 + rng.int(0, 9999999), scope: rng.pick(['read', 'admin', 'orders:write']) }));
  return gold('jwt', 'bearer', `${head}.${body}.${rng.chars(B64URL, 43)}`);
}

/** A PEM private key block (RSA, EC or OpenSSH), lines of 64. */
export function pemKey(rng: Rng): Piece {
  const kind = rng.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const body = (kind.startsWith('OPENSSH') ? 'b3BlbnNzaC1rZXktdjEAAAAA' : 'MII' + rng.chars(B64, 3)) + rng.chars(B64, rng.int(180, 420));
  const lines = body.match(/.{1,64}/g)!.join('\n');
  return gold('private-key', kind.split(' ')[0]!.toLowerCase(), `-----BEGIN ${kind}-----\n${lines}\n-----END ${kind}-----`);
}

/** A password a person chose (letters, digits, a symbol): the span of a password field or flag. */
export function password(rng: Rng): Piece {
  const stem = rng.pick(['Sommer', 'Lighthouse', 'Kanapka', 'Tulipan', 'Marmelade', 'Ocelot', 'Haselnuss', 'Pomodoro', 'Kirsikka']);
  const pw = rng.chance(0.5) ? `${stem}${rng.int(10, 2026)}${rng.pick(['!', '#', '$', '?', '%', '&'])}` : rng.chars(ALNUM + '!#%^*', rng.int(14, 24));
  return gold('password', 'chosen', pw);
}

/** A connection URL whose password is the gold span: [before, password, after]. */
export function connectionUrl(rng: Rng, user = rng.pick(['app', 'svc_orders', 'etl', 'report_ro', 'admin'])): Array<string | Piece> {
  const [scheme, port, path] = rng.pick<[string, number, string]>([['postgresql', 5432, '/orders'], ['mysql', 3306, '/shop'], ['mongodb+srv', 0, '/analytics'], ['redis', 6379, '/0'], ['amqps', 5671, '/vhost'], ['mssql', 1433, ';database=hr']]);
  const host = rng.pick(['db-primary.internal', 'pg.eu-west-1.rds.amazonaws.com', 'cluster0.abcde.mongodb.net', 'cache.prod.svc', 'mq.intra']);
  const pw = rng.chars(ALNUM, rng.int(16, 28));
  return [`${scheme}://${user}:`, gold('url-credentials', scheme.replace(/\+srv$/, ''), pw), `@${host}${port ? ':' + port : ''}${path}`];
}

/** A webhook URL whose path carries the secret (the whole URL is the span). */
export function webhook(rng: Rng): Piece {
  const [type, url] = rng.pick<[string, (r: Rng) => string]>([
    ['slack-webhook', (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`],
    ['discord-webhook-secret', (r) => `https://discord.com/api/webhooks/${r.number(18)}/${r.chars(B64URL, 68)}`],
    ['teams-webhook-secret', (r) => `https://contoso.webhook.office.com/webhookb2/${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}@${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-a${r.chars(HEX, 3)}-${r.chars(HEX, 12)}/IncomingWebhook/${r.chars(HEX, 32)}/${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-b${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`],
  ]);
  return gold(type, 'url', url(rng));
}

/** A random secret as a config value (client secret, signing secret): 32–48 mixed characters. */
export function genericSecret(rng: Rng): Piece {
  return gold('generic-secret', rng.pick(['hex', 'b64']), rng.chance(0.5) ? rng.chars(HEX, rng.pick([32, 40, 64])) : rng.chars(ALNUM, rng.int(32, 48)));
}

/** Any of the secret shapes above, as one piece (connection URLs excluded: they have three parts). */
export function anySecret(rng: Rng): Piece {
  return rng.weighted<(r: Rng) => Piece>([[(r) => token(r), 6], [jwt, 1], [pemKey, 0.6], [password, 1], [webhook, 0.8], [genericSecret, 0.6]])(rng);
}
