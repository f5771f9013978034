// Tuning cases for the secret classes held-out set 14 showed missed (issue 17), written from each
// format's own documentation in other files and tools than the set's: a value one level down under the
// key that names it (Terraform outputs, Spring Boot actuator `/env` of other properties), Microsoft
// Teams incoming-webhook URLs (PowerShell, Jenkins, the older outlook.office.com form), Splunk HEC tokens
// after `Authorization: Splunk` (Python, raw HTTP), `-p` of podman/Cloud Foundry/OpenShift logins,
// `-p` quoted from a command line by Sysmon-style events, Redis AUTH (redis-cli `-a`, the prompt, MONITOR
// with a user), Windows `net user NAME P`, Databricks tokens, Discord bot tokens after a key; and a
// `path,key,value` export of a secret store. Each class has look-alikes that must stay unmasked (port
// maps, switches, prompts, PAM lines, channel ids, masked actuator values). Values come from a seeded PRNG.
import { chars, int, pick } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';
import { secretCases, type FoundTemplate, type LookAlike } from './secret-cases.js';

type R = () => number;
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UP + LO + DIG;
const HEXL = '0123456789abcdef';
const j = (...p: string[]) => p.join('');

const mixed = (r: R, alphabet: string, n: number) => j(chars(r, DIG, 1), chars(r, UP, 1), chars(r, LO, 1), chars(r, alphabet, n - 3));
const WORDS = ['Sonnenblume', 'Tulipan', 'Kanelbulle', 'Bergamo', 'Zitrone', 'Lumikki', 'Oceano'];
/** A person's password: a word, digits, a symbol at the end. */
const personal = (r: R) => j(pick(r, WORDS), String(int(r, 10, 9999)), pick(r, ['!', '#', '$', '%', '&']));
const generated = (r: R) => mixed(r, ALNUM + '!%^&*#@', int(r, 12, 20));
const guid = (r: R) => [8, 4, 4, 4, 12].map((n) => chars(r, HEXL, n)).join('-');
const teams = (r: R) =>
  pick(r, [
    j('https://', pick(r, ['fabrikam', 'northwind-ops', 'adatum']), '.webhook.office.com/webhookb2/', guid(r), '@', guid(r), '/IncomingWebhook/', chars(r, HEXL, 32), '/', guid(r)),
    j('https://outlook.office.com/webhook/', guid(r), '@', guid(r), '/IncomingWebhook/', chars(r, HEXL, 32), '/', guid(r)),
  ]);
const databricks = (r: R) => j('da', 'pi', chars(r, DIG, 1), chars(r, 'abcdef', 1), chars(r, HEXL, 30));
/** A bot token whose parts start with a letter and hold no `-` or `_`: a dotted name's look (code's variables were assumed). */
const discordBot = (r: R) => j(pick(r, ['M', 'N']), mixed(r, ALNUM, 23), '.', chars(r, UP, 1), chars(r, ALNUM, 5), '.', chars(r, LO, 1), mixed(r, ALNUM, 37));

/** [kind, template with {v}, maker of v]: the value must be found, exactly, as a credential. */
const FOUND: FoundTemplate[] = [
  ['parent-key', '{"outputs": {"db_admin_password": {"sensitive": true, "type": "string", "value": "{v}"}}}', generated],
  ['parent-key', '{"propertySources":[{"name":"systemEnvironment","properties":{"REDIS_PASSWORD":{"value":"{v}","origin":"System Environment Property \\"REDIS_PASSWORD\\""}}}]}', personal],
  ['parent-key', '"ldap.manager.password": {\n  "value": "{v}"\n}', personal],
  ['parent-key', '{"OAUTH_CLIENT_SECRET":{"value":"{v}"}}', (r) => mixed(r, ALNUM, 40)],
  ['teams-webhook', "$hook = '{v}'\nInvoke-RestMethod -Method Post -Body $json $hook", teams],
  ['teams-webhook', "office365ConnectorSend webhookUrl: '{v}', message: 'Build failed'", teams],
  ['teams-webhook', 'TEAMS_WEBHOOK={v}', teams],
  ['splunk-hec', 'headers = {"Authorization": "Splunk {v}", "Content-Type": "application/json"}', guid],
  ['splunk-hec', 'curl -s https://hec.internal:8088/services/collector/raw -H "Authorization: Splunk {v}" -d @events.log', guid],
  ['login-p', 'podman login -u svc-build -p {v} quay.io', generated],
  ['login-p', 'cf login -a https://api.sys.example.com -u ops -p {v} -o acme -s prod', personal],
  ['login-p', "oc login https://api.ocp.internal:6443 -u admin -p '{v}' --insecure-skip-tls-verify", generated],
  ['command-line-p', 'EventID 1: Process Create\nCommandLine: psexec.exe \\\\fs01 -u corp\\svc -p {v} cmd.exe', generated],
  ['command-line-p', 'process.command_line="sqlcmd -S db01 -U sa -p {v}"', (r) => j(pick(r, WORDS), String(int(r, 100, 9999)), '!')],
  ['redis-auth', 'redis-cli -h cache.internal -p 6379 -a {v} --no-auth-warning INFO', generated],
  ['redis-auth', 'cache.internal:6379> AUTH default {v}\nOK', personal],
  ['redis-auth', '1733550000.123456 [0 unix:/var/run/redis/redis.sock] "AUTH" "app-user" "{v}"', generated],
  ['net-user', 'NET USER svc_sql {v} /ADD /DOMAIN', generated],
  ['net-user', 'cmd.exe /c net user "Backup Operator" {v} /add', personal],
  ['net-user', 'net.exe user helpdesk {v}', personal],
  ['databricks', '[DEFAULT]\nhost = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = {v}\n', databricks],
  ['databricks', 'use the token {v} for the nightly job', databricks],
  ['discord-bot', 'discord:\n  bot_token: {v}\n', discordBot],
  ['discord-bot', 'BOT_TOKEN={v}', discordBot],
];

/** Look-alikes of each class: nothing to find. */
const NOT_FOUND: LookAlike[] = [
  ['parent-key', '{"server.port":{"value":"8080","origin":"class path resource [application.yml] - 3:9"}}'],
  ['parent-key', '{"spring.datasource.password":{"value":"******","origin":"class path resource [application.yml] - 7:15"}}'],
  ['parent-key', '{"APP_SECRET_ROTATION_DAYS":{"value":"30"}}'],
  ['parent-key', '{"login": {"value": "anna.berg", "label": "User"}}'],
  ['teams-webhook', 'https://<tenant>.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>'],
  ['teams-webhook', 'See https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook'],
  ['splunk-hec', (r) => `X-Splunk-Request-Channel: ${guid(r)}`],
  ['splunk-hec', '"Authorization": "Splunk ${HEC_TOKEN}"'],
  ['splunk-hec', (r) => `{"host": "splunk-01", "guid": "${guid(r)}", "event": "login"}`],
  ['login-p', 'docker run -d -p 8080:80 --name web nginx:1.27'],
  ['login-p', 'docker login -u ci -p $REGISTRY_PASSWORD registry.example.io'],
  ['login-p', 'echo "$PW" | docker login --username ci --password-stdin ghcr.io'],
  ['login-p', 'docker compose -p billing2024 up -d'],
  ['command-line-p', 'CommandLine: docker run -p 8443:443 -p 8080:80 traefik:v3.1'],
  ['command-line-p', 'CommandLine: mkdir -p /var/lib/app2024/cache'],
  ['command-line-p', 'CommandLine: ssh -p 2222 bastion.internal'],
  ['redis-auth', 'auth required pam_tally2.so deny=5 unlock_time=900'],
  ['redis-auth', 'redis-cli -a "$REDIS_PASSWORD" ping'],
  ['redis-auth', '1733550000.123456 [0 unix:/var/run/redis/redis.sock] "GET" "session:ab12cd34"'],
  ['net-user', 'net user helpdesk /delete'],
  ['net-user', 'net user helpdesk * /add'],
  ['net-user', 'net user helpdesk /active:no'],
  ['databricks', 'see the dapi docs: dapi + 32 hex digits'],
  ['discord-bot', 'import System.Security.Cryptography.X509Certificates;'],
];

/** Cases for seed `seed`: every FOUND template with a fresh value, and every look-alike. */
export function secrets14TuningSet(seed: number): TuningCase[] {
  return secretCases(FOUND, NOT_FOUND, seed);
}

/** Keys of a KV secret and the kind of value each holds; `region` and `replicas` hold none. */
const FIELDS: Array<[string, (r: R) => string]> = [
  ['password', personal],
  ['api_token', (r) => mixed(r, ALNUM, 32)],
  ['client_secret', generated],
  ['region', (r) => pick(r, ['eu-west-1', 'us-east-2', 'ap-south-1'])],
  ['replicas', (r) => String(int(r, 1, 9))],
];

/**
 * The columns of a `path,key,value,version` export of a KV v2 secret engine: the path names the secret, the key the
 * field whose value the row holds (the table scan draws a row's cells in column order: the key's pick is the value's).
 */
export function kvFieldExport(): Record<'path' | 'key' | 'value' | 'version', (r: R) => string> {
  let at = 0;
  return {
    path: (r) => `kv/data/${pick(r, ['payments', 'search', 'mailer'])}`,
    key: (r) => FIELDS[(at = int(r, 0, FIELDS.length - 1))]![0],
    value: (r) => FIELDS[at]![1](r),
    version: (r) => String(int(r, 1, 40)),
  };
}

/** The keys of kvFieldExport whose values are credentials. */
export const KV_CREDENTIAL_KEYS = new Set(['password', 'api_token', 'client_secret']);
