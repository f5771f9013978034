// Developer-configuration families of set 14, where secrets leak: shell history, cloud-init user-data,
// `heroku config` output, Spring Boot actuator /env dumps, Django settings.py, serverless.yml, Pulumi
// stack config, direnv .envrc and Rails decrypted credentials. The secret value is the span (never its
// key name); image digests, public keys and certificates, OIDs, versions and placeholders are negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, n, ph, who, type Piece, type Unit } from './kit.js';
import { anySecret, connectionUrl, genericSecret, jwt, password, pemKey, token, webhook } from './secrets.js';
import { ip } from './values.js';

const tk = (rng: Rng, ...kinds: string[]): Piece => token(rng, rng.pick(kinds));

function bashHistory(rng: Rng): Unit {
  const d = new Doc();
  const lines: Array<() => Array<string | Piece>> = [
    () => ['export GITHUB_TOKEN=', tk(rng, 'github-token', 'github-fine-grained-token')], () => ['docker login -u deploy -p ', password(rng), ' registry.example.io'],
    () => ['mysql -h ', ip(rng, 'v4-private'), ' -u root -p', password(rng)], () => ['curl -H "Authorization: Bearer ', jwt(rng), '" https://api.example.io/v2/me'],
    () => ['docker pull ghcr.io/example/api@', n(rng, 'docker-digest')], () => ['npm config set //registry.npmjs.org/:_authToken ', tk(rng, 'npm-token')],
    () => ['ssh-keygen -lf ~/.ssh/id_ed25519.pub  # ', n(rng, 'ssh-public-key')], () => ['git checkout ', n(rng, 'git-sha')], () => ['echo $(( ', n(rng, 'arithmetic'), ' ))'],
    () => ['openai api chat.completions.create -k ', tk(rng, 'openai-api-key', 'anthropic-api-key')], () => ['export HF_TOKEN=', tk(rng, 'huggingface-token')], () => ['kubectl set image deploy/web web=web:', n(rng, 'version')],
    () => ['aws configure set aws_access_key_id ', tk(rng, 'aws-access-key-id')], () => ['aws configure set aws_secret_access_key ', tk(rng, 'aws-secret-access-key')],
  ];
  for (let i = rng.int(4, 8); i > 0; i--) d.add(`${rng.int(100, 2000)}  `, ...rng.pick(lines)(), '\n');
  return d.unit();
}

function cloudInit(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('#cloud-config\nhostname: edge-', String(rng.int(1, 99)), '\nusers:\n  - name: deploy\n    gecos: ', u.name, '\n    ssh_authorized_keys:\n      - ', n(rng, 'ssh-public-key'), ' ', u.email, '\n    passwd: ', password(rng), '\nwrite_files:\n  - path: /etc/app/env\n    content: |\n      DATABASE_URL=', ...connectionUrl(rng), '\n      SENDGRID_API_KEY=', tk(rng, 'sendgrid-api-key'), '\n      TAILSCALE_AUTHKEY=', genericSecret(rng), '\nruncmd:\n  - [ sh, -c, "echo nameserver ', ip(rng, 'v4-public'), ' >> /etc/resolv.conf" ]\n').unit();
}

function herokuConfig(rng: Rng): Unit {
  return new Doc().add('$ heroku config -a shop-api-prod\n=== shop-api-prod Config Vars\nDATABASE_URL:          ', ...connectionUrl(rng), '\nSTRIPE_SECRET_KEY:     ', tk(rng, 'stripe-secret-key'), '\nMAILGUN_API_KEY:       ', tk(rng, 'mailgun-api-key'), '\nSENTRY_RELEASE:        ', n(rng, 'git-sha'), '\nTWILIO_API_KEY:        ', tk(rng, 'twilio-api-key'), '\nWEB_CONCURRENCY:       ', String(rng.int(2, 8)), '\nNEW_RELIC_LICENSE_KEY: ', n(rng, 'placeholder-secret'), '\n').unit();
}

function actuatorEnv(rng: Rng): Unit {
  return new Doc().add('{"activeProfiles":["prod"],"propertySources":[{"name":"systemEnvironment","properties":{"SPRING_DATASOURCE_PASSWORD":{"value":"', password(rng), '"},"JAVA_VERSION":{"value":"', n(rng, 'version'), '"},"MANAGEMENT_SERVER_PORT":{"value":"', String(rng.int(8000, 9999)), '"},"APP_JWT_SIGNING_SECRET":{"value":"', genericSecret(rng), '"}}},{"name":"applicationConfig: [classpath:/application.yml]","properties":{"spring.mail.password":{"value":"', password(rng), '"},"alerts.webhook-url":{"value":"', webhook(rng), '"},"trust.oid":{"value":"', n(rng, 'oid'), '"},"snmp.uptime-oid":{"value":"', n(rng, 'mib-oid'), '"}}}]}\n').unit();
}

function djangoSettings(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('# settings/production.py\nDEBUG = False\nSECRET_KEY = "', genericSecret(rng), '"\nADMINS = [("', u.name, '", "', u.email, '")]\nALLOWED_HOSTS = ["shop.example.eu", "', ip(rng, 'v4-public'), '"]\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": "shop", "PASSWORD": "', password(rng), '", "HOST": "', ip(rng, 'v4-private'), '"}}\nEMAIL_HOST_PASSWORD = "', tk(rng, 'sendgrid-api-key'), '"\nTHEME_PRIMARY = "', n(rng, 'hex-color'), '"\n').unit();
}

function serverlessYml(rng: Rng): Unit {
  return new Doc().add('service: orders-api\nframeworkVersion: "', n(rng, 'version'), '"\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    ALERT_WEBHOOK_URL: ', webhook(rng), '\n    DATADOG_API_KEY: ', genericSecret(rng), '\n    LINEAR_API_KEY: ', tk(rng, 'linear-api-key'), '\n    TELEGRAM_BOT_TOKEN: "', tk(rng, 'telegram-bot-token'), '"\n    PLACEHOLDER_KEY: "', n(rng, 'placeholder-secret'), '"\nfunctions:\n  create:\n    handler: src/create.handler\n    timeout: 30\n').unit();
}

function pulumiConfig(rng: Rng): Unit {
  return new Doc().add('config:\n  aws:region: eu-central-1\n  orders:dbPassword: ', password(rng), '\n  orders:doToken: ', tk(rng, 'digitalocean-token'), '\n  orders:grafanaToken: ', tk(rng, 'grafana-service-account-token'), '\n  orders:allowedAsn: ', n(rng, 'asn'), '\n  orders:ingressCidr: ', ip(rng, 'v4-public'), '/32\n  orders:image: registry.example.io/orders@', n(rng, 'docker-digest'), '\n').unit();
}

function envrc(rng: Rng): Unit {
  const d = new Doc().add('# .envrc — loaded by direnv, DO NOT COMMIT\nuse nix\n');
  const vars: Array<[string, () => Piece]> = [['DATABRICKS_TOKEN', () => tk(rng, 'databricks-token')], ['DOPPLER_TOKEN', () => tk(rng, 'doppler-token')], ['VAULT_TOKEN', () => tk(rng, 'vault-token')], ['NEW_RELIC_API_KEY', () => tk(rng, 'new-relic-api-key')], ['ATLASSIAN_TOKEN', () => tk(rng, 'atlassian-api-token')], ['GOOGLE_API_KEY', () => tk(rng, 'google-api-key')], ['GOOGLE_CLIENT_SECRET', () => tk(rng, 'google-oauth-client-secret')], ['SHOPIFY_TOKEN', () => tk(rng, 'shopify-access-token')], ['GITLAB_RUNNER_TOKEN', () => tk(rng, 'gitlab-runner-token')], ['AZURE_STORAGE_KEY', () => tk(rng, 'azure-storage-secret')], ['DISCORD_BOT_TOKEN', () => tk(rng, 'discord-bot-token')], ['PYPI_TOKEN', () => tk(rng, 'pypi-token')], ['SLACK_BOT_TOKEN', () => tk(rng, 'slack-token')]];
  for (let i = rng.int(3, 5); i > 0; i--) { const [k, v] = rng.pick(vars); d.add(`export ${k}=`, v(), '\n'); }
  return d.add('export APP_VERSION=', n(rng, 'version'), '\n').unit();
}

function railsCredentials(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('$ bin/rails credentials:show\nsecret_key_base: ', genericSecret(rng), '\naws:\n  access_key_id: ', tk(rng, 'aws-access-key-id'), '\n  secret_access_key: ', tk(rng, 'aws-secret-access-key'), '\nstripe:\n  secret_key: ', tk(rng, 'stripe-secret-key'), '\nsaml_idp_cert: |\n  ', n(rng, 'public-certificate'), '\napns_key: |\n  ', pemKey(rng), '\nsupport_contact: ', u.email, ' / ', ...ph(rng), '\nmisc_secret: ', anySecret(rng), '\n').unit();
}

export const DEVCONFIG_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'bash-history': bashHistory, 'cloud-init-user-data': cloudInit, 'heroku-config': herokuConfig, 'actuator-env': actuatorEnv, 'django-settings': djangoSettings, 'serverless-yml': serverlessYml, 'pulumi-config': pulumiConfig, envrc, 'rails-credentials': railsCredentials,
};
