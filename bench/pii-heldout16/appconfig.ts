// Application-settings families of set 16, where SaaS keys gather: Grafana provisioning, Prometheus
// remote_write auth, FastAPI .env settings, Flask instance config, Quarkus application.yaml. Keys are
// gold secrets; colours, versions, placeholders and durations are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, email, ip, n, secret, type Piece, type Unit } from './kit.js';

const AI_AND_SAAS = ['openai-api-key', 'anthropic-api-key', 'huggingface-token', 'sendgrid-api-key', 'twilio-api-key', 'mailgun-api-key', 'linear-api-key', 'shopify-token', 'digitalocean-token', 'databricks-token', 'doppler-token', 'atlassian-api-token', 'postman-api-key', 'sentry-token', 'stripe-secret-key', 'google-api-key'];
const ENV_NAME: Record<string, string> = {
  'openai-api-key': 'OPENAI_API_KEY', 'anthropic-api-key': 'ANTHROPIC_API_KEY', 'huggingface-token': 'HF_TOKEN', 'sendgrid-api-key': 'SENDGRID_API_KEY', 'twilio-api-key': 'TWILIO_API_KEY_SID_SECRET',
  'mailgun-api-key': 'MAILGUN_KEY', 'linear-api-key': 'LINEAR_API_KEY', 'shopify-token': 'SHOPIFY_ADMIN_TOKEN', 'digitalocean-token': 'DO_TOKEN', 'databricks-token': 'DATABRICKS_TOKEN',
  'doppler-token': 'DOPPLER_TOKEN', 'atlassian-api-token': 'JIRA_API_TOKEN', 'postman-api-key': 'POSTMAN_API_KEY', 'sentry-token': 'SENTRY_AUTH_TOKEN', 'stripe-secret-key': 'STRIPE_SECRET_KEY', 'google-api-key': 'GOOGLE_MAPS_KEY',
};
/** `NAME=value` lines of random SaaS keys (a committed template now and then holds a placeholder). */
function envLines(r: Rng, k: number, sep = '='): Array<string | Piece> {
  const out: Array<string | Piece> = [];
  for (let i = 0; i < k; i++) {
    const kind = r.pick(AI_AND_SAAS);
    out.push(`${ENV_NAME[kind]}${sep}`, r.chance(0.1) ? n(r, 'placeholder-secret') : secret(r, kind), '\n');
  }
  return out;
}

function grafanaProvisioning(r: Rng): Unit {
  return new Doc().add('apiVersion: 1\ndatasources:\n  - name: Loki\n    type: loki\n    url: http://', ip(r, 'v4-private'), ':3100\n    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:\n      basicAuthPassword: ', secret(r, 'password'), '\n',
    '  - name: Tempo\n    type: tempo\n    jsonData:\n      tracesToLogs: { datasourceUid: loki }\n    secureJsonData:\n      httpHeaderValue1: "Bearer ', secret(r, 'grafana-token'), '"\n',
    '# thresholds colour ', n(r, 'hex-color'), ' / ', n(r, 'hex-color'), ', plugin ', n(r, 'version'), '\n').unit();
}

function prometheusRemoteWrite(r: Rng): Unit {
  return new Doc().add('global:\n  scrape_interval: 30s\n  external_labels: { cluster: eu-prod }\nremote_write:\n  - url: https://prometheus-prod-01-eu-west-0.grafana.net/api/prom/push\n    basic_auth:\n      username: "', r.digits(6), '"\n      password: ', secret(r, 'grafana-token'), '\n',
    '  - url: https://metric-api.eu.newrelic.com/prometheus/v1/write?prometheus_server=eu-prod\n    authorization:\n      credentials: ', secret(r, 'newrelic-api-key'), '\n    queue_config: { max_samples_per_send: ', String(r.int(500, 5000)), ', batch_send_deadline: 5s }\n',
    'scrape_configs:\n  - job_name: node\n    static_configs: [{ targets: ["', ip(r), ':9100"] }]\n').unit();
}

function fastapiSettings(r: Rng): Unit {
  return new Doc().add('# .env — read by app/settings.py (pydantic BaseSettings)\nAPP_NAME=support-bot\nAPP_VERSION=', n(r, 'version'), '\nREQUEST_TIMEOUT=', String(r.int(5, 60)), '\n', ...envLines(r, r.int(2, 4)),
    'JWT_SECRET=', secret(r, 'generic-secret'), '\nADMIN_EMAIL=', email(r), '\nALLOWED_HOSTS=', ip(r), ',localhost\n').unit();
}

function flaskInstance(r: Rng): Unit {
  return new Doc().add('# instance/config.py\nSECRET_KEY = "', secret(r, 'generic-secret'), '"\nSQLALCHEMY_DATABASE_URI = "postgresql://flask:', secret(r, 'password'), '@', ip(r), '/app"\n', ...envLines(r, r.int(1, 3), ' = '),
    'MAIL_DEFAULT_SENDER = "', email(r), '"\nPERMANENT_SESSION_LIFETIME = ', String(r.int(600, 86400)), '\n').unit();
}

function quarkusYaml(r: Rng): Unit {
  return new Doc().add('quarkus:\n  datasource:\n    username: inventory\n    password: ', secret(r, 'password'), '\n    jdbc:\n      url: jdbc:postgresql://', ip(r), ':5432/inventory\n',
    '  oidc:\n    auth-server-url: https://sso.example.net/realms/shop\n    credentials:\n      secret: ', secret(r, 'generic-secret'), '\n  rest-client:\n    slack:\n      url: ', secret(r, r.pick(['slack-webhook-secret', 'discord-webhook-secret'])), '\n',
    '  application:\n    version: ', n(r, 'version-4part'), '\n  http:\n    port: 8080\n').unit();
}

export const APPCONFIG_SOURCES16: Record<string, (rng: Rng) => Unit> = {
  'grafana-provisioning': grafanaProvisioning, 'prometheus-remote-write': prometheusRemoteWrite, 'fastapi-settings': fastapiSettings, 'flask-instance-config': flaskInstance, 'quarkus-application-yaml': quarkusYaml,
};
