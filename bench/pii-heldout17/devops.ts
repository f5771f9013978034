// Build and secret-store documents of set 17: TeamCity build logs, Consul agent configs and n8n
// credential exports (the source of most secret kinds: one credential object per service).
import * as N from './negatives.js';
import { Doc, gold, who, type Piece, type Rng, type Unit } from './kit.js';
import * as S from './secrets.js';
import * as V from './values.js';

function teamcity(r: Rng): Unit {
  const dev = who(r, ['en', 'de', 'pl']);
  const d = new Doc().add('[', N.timestamp(r, 'sql').text.slice(11, 19), '] : Build ', N.buildNo(r), ' started by ', dev.name, ' (', dev.email, ') on agent ', V.ip(r, 'v4-private'), '\n',
    '[Step 1/3] git checkout ', N.gitSha(r, true), ' (', N.semver(r), ')\n[Step 2/3] npm ci  # registry auth from ', N.envRef(r), '\n');
  if (r.chance(0.6)) d.add('[Step 2/3] npm notice: using token ', S.secret(r, 'npm-token'), ' from .npmrc (warning: token printed)\n');
  return d.add('[Step 2/3] Dependency check: ', N.cve(r), ' (moderate) in transitive dependency\n[Step 3/3] docker push registry.local/app@', N.dockerDigest(r), '\n',
    '[Step 3/3] Windows agent: signtool exited with ', N.hexError(r), ' after ', N.duration(r), '\nBuild finished: ', r.pick(['SUCCESS', 'FAILURE']), '\n').unit();
}

function consul(r: Rng): Unit {
  const admin = who(r, ['de', 'fr', 'it']);
  return new Doc().add('# consul.hcl — maintained by ', admin.name, ' <', admin.email, '>\ndatacenter = "zrh1"\nbind_addr = "', V.ip(r, 'v4-private'), '"\nadvertise_addr_wan = "', V.ip(r, 'v4-public'), '"\n',
    'retry_join = ["', V.ip(r, 'v4-private'), '", "', V.ip(r, 'v4-private'), '"]\nencrypt = "', gold('consul-gossip-secret', 'base64-32', Buffer.from(r.chars('0123456789abcdef', 32), 'hex').toString('base64')), '"\n',
    'acl {\n  enabled = true\n  tokens {\n    initial_management = "', gold('consul-acl-token', 'uuid', N.uuid(r).text), '"\n    agent = "', r.chance(0.8) ? gold('consul-acl-token', 'uuid', N.uuid(r).text) : N.placeholder(r), '"\n  }\n}\n',
    'ports {\n  grpc_tls = 8503\n}\n# firewall: ', N.portList(r), '\nui_config { enabled = true }\n# consul ', N.semver(r), '\n').unit();
}

// n8n credential types and the secret kind each holds.
const N8N: Array<[string, string, string]> = [
  ['openAiApi', 'apiKey', 'openai-api-key'], ['anthropicApi', 'apiKey', 'anthropic-api-key'], ['stripeApi', 'secretKey', 'stripe-secret-key'], ['googlePalmApi', 'apiKey', 'google-api-key'],
  ['telegramApi', 'accessToken', 'telegram-bot-token'], ['discordWebhookApi', 'webhookUri', 'discord-webhook-token'], ['slackApi', 'accessToken', 'slack-token'], ['slackWebhook', 'url', 'slack-webhook-secret'],
  ['postmanApi', 'apiKey', 'postman-api-key'], ['grafanaApi', 'apiKey', 'grafana-service-account-token'], ['linearApi', 'apiKey', 'linear-api-key'], ['mailgunApi', 'apiKey', 'mailgun-api-key'],
  ['shopifyAccessTokenApi', 'accessToken', 'shopify-access-token'], ['twilioApi', 'authToken', 'twilio-auth-token'], ['npmApi', 'accessToken', 'npm-token'], ['pypiApi', 'token', 'pypi-token'],
  ['hashicorpVaultApi', 'token', 'vault-token'], ['ageKey', 'secretKey', 'age-secret-key'], ['microsoftStorageSharedKeyApi', 'key', 'azure-storage-secret'], ['sendGridApi', 'apiKey', 'sendgrid-api-key'],
  ['githubApi', 'accessToken', 'github-token'], ['gitlabApi', 'accessToken', 'gitlab-token'], ['jenkinsApi', 'apiKey', 'jenkins-api-token'], ['datadogApi', 'apiKey', 'datadog-api-key'],
];

function credential(r: Rng, i: number): Array<string | Piece> {
  const head = `${i ? ',\n' : ''}  {"id":"${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 16)}","name":"`;
  if (r.chance(0.12)) {
    // JSON escapes the key's line breaks: the span is the escaped PEM text.
    const key = S.secret(r, 'private-key');
    const pub = N.publicKey(r);
    return [head, 'SSH deploy","type":"sshPrivateKey","data":{"privateKey":"', { ...key, form: 'json-escaped', text: key.text.replace(/\n/g, '\\n') }, '","publicKey":"', { ...pub, text: pub.text.replace(/\n/g, '\\n') }, '"}}'];
  }
  const [type, field, kind] = r.pick(N8N);
  const value = r.chance(0.07) ? N.placeholder(r) : S.secret(r, kind);
  return [head, `${type} account","type":"${type}","data":{"${field}":"`, value, '"}}'];
}

function n8n(r: Rng): Unit {
  const owner = who(r, ['de', 'pl', 'en']);
  const d = new Doc().add('[\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) d.add(...credential(r, i));
  return d.add('\n]\n// exported by ', owner.email, ' with n8n ', N.semver(r), '\n').unit();
}

export const DEVOPS17: Record<string, (r: Rng) => Unit> = { 'teamcity-build-log': teamcity, 'consul-config': consul, 'n8n-credentials': n8n };
