// Tuning cases for the secrets of infrastructure files (held-out set 12's missed classes), written from
// the tools' own documentation, never from a judge set: Puppet `Sensitive('…')`, HAProxy userlists'
// `insecure-password`, passwords given on a command line (mysql/mysqldump `-p…`, `--password …`,
// sshpass), `chpasswd` input, HashiCorp Vault tokens (`hvs.`/`hvb.`/`hvr.`, legacy `s.` after a token
// key or `Bearer`), OpenAI project/service/admin keys, Twilio API key SIDs, armored PGP private keys and
// quoted passwords shaped like a dotted name (`Word1999.AB`). Each class has look-alikes that must stay
// unmasked. Every value is built at run time from a seeded PRNG and parts.
import { chars, int, pick } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';
import { secretCases, type FoundTemplate, type LookAlike } from './secret-cases.js';

type R = () => number;
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UP + LO + DIG;
const URLSAFE = ALNUM + '-_';
const HEXL = '0123456789abcdef';
const B64 = ALNUM + '+/';
const j = (...p: string[]) => p.join('');

/** Words people build passwords from, in several languages. */
const WORDS = ['Sonne', 'jablko', 'Kesa', 'alma', 'Izmir', 'kedi', 'nang', 'hana', 'Adler', 'Hamburg', 'Odense', 'gelato', 'wolf', 'Styczen', 'Lipa', 'Ablak'];

/** A password: word + year + symbol (+ capitals), word + year + `.` + capitals (a dotted name's look), or a manager's random string. */
export function password(r: R): string {
  const k = int(r, 0, 2);
  if (k === 0) return j(pick(r, WORDS), String(int(r, 1950, 2026)), pick(r, ['!', '#', '?', '*', '%']), chars(r, UP, int(r, 0, 2)));
  if (k === 1) return j(pick(r, WORDS), String(int(r, 1950, 2026)), '.', chars(r, UP, int(r, 1, 2)));
  return j(chars(r, UP, 1), chars(r, LO + DIG + UP + '!%^&*#', int(r, 11, 18)), chars(r, DIG, 1));
}

/** A base62 body with a digit, a capital and a small letter (as a random one nearly always has). */
function mixed(r: R, alphabet: string, n: number): string {
  return j(chars(r, DIG, 1), chars(r, UP, 1), chars(r, LO, 1), chars(r, alphabet, n - 3));
}

const vaultCurrent = (r: R) => j('hv', pick(r, ['s', 'b', 'r']), '.', mixed(r, ALNUM, r() < 0.7 ? 24 : int(r, 90, 110)));
const vaultLegacy = (r: R) => j(pick(r, ['s', 's', 'b']), '.', mixed(r, ALNUM, 24));
const openai = (r: R) => j('s', 'k-', pick(r, ['proj', 'svcacct', 'admin']), '-', r() < 0.5 ? mixed(r, URLSAFE, int(r, 40, 64)) : j(mixed(r, URLSAFE, 74), 'T3Blbk', 'FJ', mixed(r, URLSAFE, 74)));
const twilioKey = (r: R) => j('S', 'K', chars(r, HEXL, 32));
const hex32 = (r: R) => chars(r, HEXL, 32);

function pgpBlock(r: R, kind: 'PRIVATE' | 'PUBLIC'): string {
  const dash = '-'.repeat(5);
  const lines = Array.from({ length: int(r, 4, 8) }, () => chars(r, B64, 64)).join('\n');
  return j(dash, 'BEGIN PGP ', kind, ' KEY BLOCK', dash, '\n', r() < 0.5 ? 'Version: GnuPG v2\n' : '', '\n', kind === 'PRIVATE' ? 'lQ' : 'mQ', lines, '\n=', chars(r, B64, 4), '\n', dash, 'END PGP ', kind, ' KEY BLOCK', dash);
}

/** [kind, template with {v}, maker of v]: the value must be found, exactly, as a credential. */
const FOUND: FoundTemplate[] = [
  ['puppet-sensitive', "  user { 'deploy': ensure => present, password => Sensitive('{v}') }", password],
  ['puppet-sensitive', '    password => Sensitive("{v}"),', password],
  ['puppet-sensitive', "$db_pw = Sensitive.new('{v}')", password],
  ['puppet-sensitive', "mysql::db { 'shop': user => 'shop', password => Sensitive( '{v}' ), host => 'localhost' }", password],
  ['haproxy-insecure-password', 'userlist ops\n  user admin insecure-password {v}\n\nfrontend www\n  bind :443\n', password],
  ['haproxy-insecure-password', 'userlist L1\n    user tiger insecure-password {v} groups G1\n', password],
  ['command-line-password', "15 2 * * * mysqldump -u backup -p'{v}' shop | gzip > /backup/shop.sql.gz", password],
  ['command-line-password', 'mysql -uroot -p{v} -h db.internal app < dump.sql', password],
  ['command-line-password', '30 1 * * * /usr/bin/mysqldump --single-transaction -u backup -p"{v}" shop > /srv/backup/shop.sql', password],
  ['command-line-password', 'mariadb-dump --user=app -p"{v}" --all-databases > all.sql', password],
  ['command-line-password', '  script:\n    - ./deploy.sh --db-password {v} --host db.internal', password],
  ['command-line-password', 'docker login registry.example.com --username ci --password {v}', password],
  ['command-line-password', "sshpass -p '{v}' ssh build-host uptime", password],
  ['command-line-password', 'usermod --password {v} deploy', password],
  ['command-line-password', '0 3 * * * PGPASSWORD={v} pg_dump -h db.internal -U report shop > /tmp/shop.sql', password],
  ['chpasswd', 'echo root:{v} | chpasswd', password],
  ['chpasswd', "echo 'deploy:{v}' | sudo chpasswd", password],
  ['chpasswd', "printf 'ops:{v}\\n' | chpasswd", password],
  ['chpasswd', 'chpasswd <<< "app:{v}"', password],
  ['chpasswd', '  config.vm.provision "shell", inline: "echo vagrant:{v} | chpasswd"', password],
  ['vault-token', 'export VAULT_TOKEN={v}', vaultCurrent],
  ['vault-token', 'curl -H "X-Vault-Token: {v}" https://vault.internal:8200/v1/secret/data/app', vaultCurrent],
  ['vault-token', '  proxy_set_header Authorization "Bearer {v}";', vaultCurrent],
  ['vault-token', '{"auth": {"client_token": "{v}", "renewable": true}}', vaultCurrent],
  ['vault-token', '{v}', vaultCurrent],
  ['vault-legacy-token', 'curl -H "X-Vault-Token: {v}" https://vault.internal:8200/v1/sys/health', vaultLegacy],
  ['vault-legacy-token', '    header_up Authorization "Bearer {v}"', vaultLegacy],
  ['vault-legacy-token', 'vault_token = "{v}"', vaultLegacy],
  ['openai-key', 'OPENAI_API_KEY={v}', openai],
  ['openai-key', '-H "Authorization: Bearer {v}"', openai],
  ['openai-key', 'client = OpenAI(api_key="{v}")', openai],
  ['openai-key', '{v}', openai],
  ['twilio-api-key', 'TWILIO_API_KEY={v}', twilioKey],
  ['twilio-api-key', 'client = Client("{v}", api_secret, account_sid)', twilioKey],
  ['twilio-api-key', '{v}', twilioKey],
  ['pgp-private-key', '$ cat backup/secret.asc\n{v}\n', (r) => pgpBlock(r, 'PRIVATE')],
  ['pgp-private-key', '# pasted by mistake\n{v}', (r) => pgpBlock(r, 'PRIVATE')],
  ['quoted-dotted-password', 'con <- dbConnect(RPostgres::Postgres(), host = "db.internal", password = "{v}")', password],
  ['quoted-dotted-password', "con <- DBI::dbConnect(RMariaDB::MariaDB(), user = 'app', password = '{v}')", password],
  ['quoted-dotted-password', 'conn = psycopg2.connect(host="db", password="{v}")', password],
  ['quoted-dotted-password', '  password: "{v}"', password],
  ['sibling-token-key', '{"name": "API_TOKEN", "value": "{v}"}', password],
  ['sibling-token-key', '{"key": "DEPLOY_KEY", "value": "{v}"}', password],
  ['sibling-token-key', '- name: ACCESS_TOKEN\n  value: "{v}"', password],
];

/** Look-alikes of each class: nothing to find. */
const NOT_FOUND: LookAlike[] = [
  ['puppet-sensitive', '    password => Sensitive($db_password),'],
  ['puppet-sensitive', "    password => Sensitive(lookup('profile::db::password')),"],
  ['puppet-sensitive', '    password => Sensitive("${facts[\'db_pw\']}"),'],
  ['haproxy-insecure-password', '  # insecure-password keeps the password in clear text: use "password" with a hash instead\n'],
  ['haproxy-insecure-password', (r) => `userlist ops\n  user admin password $5$${chars(r, ALNUM, 16)}$${chars(r, ALNUM + './', 43)}\n`],
  ['command-line-password', 'mysql -u root -p -h db.internal -P 3306 shop'],
  ['command-line-password', 'mysql -h db.internal -P 3306 -u app -p shop < schema.sql'],
  ['command-line-password', 'psql -h db.internal -p 5432 -U app -d shop'],
  ['command-line-password', 'pg_dump -h db -P 5432 --password shop2024 > shop.sql'],
  ['command-line-password', 'restic backup --password-file /run/secrets/restic /srv'],
  ['command-line-password', 'echo "$REGISTRY_PW" | docker login --username ci --password-stdin registry.example.com'],
  ['command-line-password', 'mysql -uroot -p$MYSQL_ROOT_PASSWORD shop'],
  ['command-line-password', 'mysqldump -u backup -p"${DB_PASS}" shop'],
  ['command-line-password', 'ssh -p 2222 build-host && redis-cli -p 6379 ping'],
  ['chpasswd', 'echo $USER:$PASS | chpasswd'],
  ['chpasswd', 'echo "${NAME}:${PW}" | sudo chpasswd'],
  ['vault-token', 'VAULT_ADDR=https://s.example.com:8200 vault status'],
  ['vault-token', 'ssh s.example.com'],
  ['vault-token', 'export VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx'],
  ['vault-legacy-token', 'token: s.example.com'],
  ['vault-legacy-token', 'val token = s.accessTokenFromResponses'],
  ['openai-key', 'We fit the model with sk-learn (scikit-learn) and sk-image.'],
  ['openai-key', 'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['openai-key', 'Put it in .env as sk-proj-your-project-key-goes-here-do-not-commit-it, never in the code.'],
  ['twilio-api-key', (r) => j('TWILIO_ACCOUNT_SID=A', 'C', hex32(r))],
  ['twilio-api-key', (r) => `commit ${hex32(r)} (HEAD -> main)`],
  ['twilio-api-key', (r) => `checksum=${hex32(r)}`],
  ['twilio-api-key', (r) => `md5 (SK-release.tar.gz) = ${hex32(r)}`],
  ['pgp-private-key', (r) => `$ gpg --armor --export 0x${chars(r, HEXL, 16)}\n${pgpBlock(r, 'PUBLIC')}\n`],
  ['quoted-dotted-password', 'password = settings.DB_PASSWORD'],
  ['quoted-dotted-password', '  password: "settings.DB_PASSWORD"'],
  ['sibling-token-key', '{"name": "TOKEN_TTL", "value": "3600s"}'],
  ['sibling-token-key', '{"key": "SORT_KEY", "value": "Created2024"}'],
];

/** Cases for seed `seed`: every FOUND template with a fresh value, and every look-alike. */
export function secrets12TuningSet(seed: number): TuningCase[] {
  return secretCases(FOUND, NOT_FOUND, seed);
}

/** The rows of a `key,value,environment,updated` settings export: credential names over passwords and Vault tokens. */
export const SETTINGS_EXPORT = {
  key: (r: R) => pick(r, ['API_TOKEN', 'DEPLOY_KEY', 'SECRET', 'PASSWORD', 'ACCESS_TOKEN']),
  value: (r: R) => (r() < 0.7 ? password(r) : vaultCurrent(r)),
  environment: (r: R) => pick(r, ['production', 'staging', 'dev']),
  updated: (r: R) => `2025-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`,
};
