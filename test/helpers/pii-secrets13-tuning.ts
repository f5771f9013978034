// Tuning cases for the secret classes held-out set 13 showed missed (issue 17), written from each
// format's own documentation in other files, tools and languages than the set's: PHP `define()`
// constants (WordPress keys and salts, passwords), a private key's PEM block in base64 (Kubernetes
// Secrets, Helm values), Azure Storage account keys and SAS signatures, Telegram bot tokens, Mailgun
// keys, Discord webhooks, Doppler tokens, Django and Laravel keys, passwords in prose after a verb in
// seven languages, Wi-Fi passwords that end in `!`, curl's `-u user:password`, OpenVPN's inline
// `<auth-user-pass>`. Each class has look-alikes that must stay unmasked (certificates and public keys
// in base64, placeholders, variables, prompts). Every value is built at run time from a seeded PRNG and parts.
import { chars, int, pick } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';
import { secretCases, type FoundTemplate, type LookAlike } from './secret-cases.js';

type R = () => number;
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UP + LO + DIG;
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '-_';
const HEXL = '0123456789abcdef';
const WP = ALNUM + '!@#$%^&*()-_ []{}<>~`+=,.;:/?|';
const DJ = LO + DIG + '!@#$%^&*(-_=+)';
const j = (...p: string[]) => p.join('');
const dash5 = '-'.repeat(5);

/** A value with a digit, a capital and a small letter first (as a random one nearly always has), then `n - 3` of `alphabet`. */
const mixed = (r: R, alphabet: string, n: number) => j(chars(r, DIG, 1), chars(r, UP, 1), chars(r, LO, 1), chars(r, alphabet, n - 3));

/** A person's password: a word, digits, a symbol at the end (`!` the most common). */
const WORDS = ['sonne', 'Lipa', 'kedi', 'Hamburg', 'gelato', 'Zorro', 'maple', 'nube', 'ster', 'Kwiat'];
const personal = (r: R) => j(pick(r, WORDS), String(int(r, 10, 9999)), pick(r, ['!', '!', '#', '$', '?1']));
const generated = (r: R) => mixed(r, ALNUM + '!%^&*#@', int(r, 12, 20));

/** base64 of a PEM block whose label is `label` (a private key's, a certificate's, a public key's). */
function b64Pem(r: R, label: string): string {
  const body = Array.from({ length: int(r, 5, 9) }, () => chars(r, B64, 64)).join('\n');
  return Buffer.from(j(dash5, 'BEGIN ', label, dash5, '\nMII', body, '\n', dash5, 'END ', label, dash5, '\n')).toString('base64');
}

const wpSalt = (r: R) => mixed(r, WP, 64).replace(/ $/, 'x');
const accountKey = (r: R) => j(mixed(r, B64, 86), '==');
const sasSig = (r: R) => j(mixed(r, B64, 43), pick(r, ['%3D', '%3d']));
const telegram = (r: R) => j(String(int(r, 1, 9)), chars(r, DIG, int(r, 7, 9)), ':A', 'A', mixed(r, URLSAFE, 33));
const mailgun = (r: R) => j('ke', 'y-', chars(r, DIG, 1), chars(r, 'abcdef', 1), chars(r, HEXL, 30));
const discord = (r: R) => j('https://', pick(r, ['discord.com', 'discordapp.com', 'ptb.discord.com']), '/api/webhooks/', String(int(r, 1, 9)), chars(r, DIG, 18), '/', mixed(r, URLSAFE, 68));
const doppler = (r: R) => j('dp', '.', pick(r, ['st.dev.', 'st.', 'pt.', 'sa.', 'ct.']), mixed(r, ALNUM, 43));
const django = (r: R) => j(chars(r, DIG, 1), chars(r, LO, 1), '(', chars(r, DJ, 47));
const laravel = (r: R) => j('base64:', mixed(r, B64, 43), '=');

/** [kind, template with {v}, maker of v]: the value must be found, exactly, as a credential. */
const FOUND: FoundTemplate[] = [
  ['php-define', "define('LOGGED_IN_SALT','{v}');", wpSalt],
  ['php-define', "\tdefine( 'NONCE_KEY',        '{v}' );", wpSalt],
  ['php-define', 'define("SMTP_PASS", "{v}");', generated],
  ['php-define', "define('MAILER_PASSWORD', '{v}'); // rotate yearly", personal],
  ['php-define', "define( 'API_TOKEN', '{v}' );", generated],
  ['base64-pem', 'apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: {v}\n', (r) => b64Pem(r, 'EC PRIVATE KEY')],
  ['base64-pem', 'ingress:\n  tls:\n    privateKey: "{v}"\n', (r) => b64Pem(r, 'PRIVATE KEY')],
  ['base64-pem', '{"clientKey": "{v}"}', (r) => b64Pem(r, 'RSA PRIVATE KEY')],
  ['azure-account-key', 'DefaultEndpointsProtocol=https;AccountName=stbackup;AccountKey={v};EndpointSuffix=core.windows.net', accountKey],
  ['azure-account-key', 'export AZURE_STORAGE_KEY="{v}"', accountKey],
  ['azure-account-key', '[\n  {\n    "creationTime": "2025-03-02T10:11:12Z",\n    "keyName": "key2",\n    "permissions": "FULL",\n    "value": "{v}"\n  }\n]', accountKey],
  ['azure-sas', 'https://stbackup.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig={v}', sasSig],
  ['azure-sas', 'BlobEndpoint=https://st1.blob.core.windows.net/;SharedAccessSignature=sv=2021-08-06&ss=bfqt&srt=sco&sp=rl&se=2025-12-31&sig={v}', sasSig],
  ['telegram-bot', 'curl -s "https://api.telegram.org/bot{v}/sendMessage?chat_id=-100123&text=done"', telegram],
  ['telegram-bot', 'TELEGRAM_BOT_TOKEN={v}', telegram],
  ['telegram-bot', '{v}', telegram],
  ['mailgun', 'MAILGUN_API_KEY={v}', mailgun],
  ['mailgun', "mailgun:\n  secret: '{v}'\n", mailgun],
  ['mailgun', '{v}', mailgun],
  ['discord-webhook', 'DISCORD_WEBHOOK={v}', discord],
  ['discord-webhook', 'notify:\n  url: "{v}"', discord],
  ['doppler', 'export DOPPLER_TOKEN={v}', doppler],
  ['doppler', '{v}', doppler],
  ['django', "SECRET_KEY = '{v}'", (r) => j('django-', 'insecure-', django(r))],
  ['django', 'SECRET_KEY: "{v}"', django],
  ['laravel', 'environment:\n  APP_KEY: {v}\n', laravel],
  ['laravel', "APP_KEY='{v}'", laravel],
  ['prose-password', 'Hola, mi contraseña es {v} por si la necesitan.', personal],
  ['prose-password', 'Das Passwort lautet {v} – bitte nach dem ersten Login ändern.', personal],
  ['prose-password', 'Bonjour, le mot de passe est {v} pour le compte admin', personal],
  ['prose-password', 'Oi! A senha é {v} ok?', personal],
  ['prose-password', 'het wachtwoord is {v} voor de gastaccount', personal],
  ['prose-password', 'hasło to {v} do routera w biurze', personal],
  ['prose-password', 'the guest wifi password was "{v}" last week', personal],
  ['wifi-password', 'Welcome! WLAN "Gast-Netz" password {v}', (r) => j(pick(r, WORDS), String(int(r, 1000, 9999)), '!')],
  ['curl-user', 'curl -u admin:{v} -X POST https://ci.internal/job/build', generated],
  ['curl-user', "curl --user 'svc-backup:{v}' https://files.internal/upload", generated],
  ['openvpn-inline', 'client\nremote vpn.example.net 1194\n<auth-user-pass>\nmaria.k\n{v}\n</auth-user-pass>\n', generated],
];

/** Look-alikes of each class: nothing to find. */
const NOT_FOUND: LookAlike[] = [
  ['php-define', "define( 'AUTH_KEY',         'put your unique phrase here' );"],
  ['php-define', "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );"],
  ['php-define', "define('DB_PASSWORD', '');"],
  ['php-define', "define( 'WP_DEBUG_LOG', 'wp-content/debug.log' );"],
  ['php-define', 'define("SMTP_PASS", "$smtpPass");'],
  ['base64-pem', (r) => `clusters:\n- cluster:\n    certificate-authority-data: ${b64Pem(r, 'CERTIFICATE')}\n    server: https://k8s.internal:6443`],
  ['base64-pem', (r) => `users:\n- name: ops\n  user:\n    client-certificate-data: ${b64Pem(r, 'CERTIFICATE')}`],
  ['base64-pem', (r) => `  publicKey: "${b64Pem(r, 'PUBLIC KEY')}"`],
  ['base64-pem', (r) => `data:\n  ca.crt: ${b64Pem(r, 'CERTIFICATE')}`],
  ['azure-account-key', (r) => `"integrity": "sha512-${mixed(r, B64, 86)}=="`],
  ['azure-account-key', 'DefaultEndpointsProtocol=https;AccountName=stbackup;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net'],
  ['azure-sas', (r) => `https://cdn.example.com/img.png?w=200&sig=${mixed(r, B64, 43)}%3D`],
  ['azure-sas', 'https://st1.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>'],
  ['telegram-bot', 'Meeting 10:AA rooms booked; ticket 12345678:AAB'],
  ['mailgun', 'A key-value store keeps key-ordering; see key-rotation.md'],
  ['mailgun', `MAILGUN_API_KEY=key-${'0'.repeat(32)}`],
  ['discord-webhook', 'POST https://discord.com/api/webhooks/{webhook.id}/{webhook.token}'],
  ['discord-webhook', 'Join us at https://discord.gg/abcDEF12'],
  ['doppler', 'export DOPPLER_TOKEN=dp.st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['django', "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']"],
  ['django', 'SECRET_KEY = get_random_secret_key()'],
  ['laravel', 'APP_KEY='],
  ['laravel', 'APP_KEY=SomeRandomString'],
  ['prose-password', 'Sorry, the password is incorrect. Please try again.'],
  ['prose-password', 'A password is required for this action.'],
  ['prose-password', 'Das Passwort ist abgelaufen.'],
  ['prose-password', 'Your new password is stored in the vault, not here.'],
  ['prose-password', 'The password is: <redacted>'],
  ['prose-password', 'le mot de passe est ********'],
  ['curl-user', 'curl -u admin https://ci.internal/api/json'],
  ['curl-user', 'curl -u "$CI_USER:$CI_TOKEN" https://ci.internal/api/json'],
  ['curl-user', 'curl -u ":${API_KEY}" https://api.example.com'],
  ['openvpn-inline', 'auth-user-pass /etc/openvpn/creds.txt\nauth-nocache'],
  ['placeholder', 'spring.datasource.password=REPLACE_ME'],
  ['placeholder', 'smtp:\n  password: your_password_here'],
  ['placeholder', 'DB_PASSWORD=TODO'],
  ['placeholder', 'api_key: insert-your-key-here'],
];

/** Cases for seed `seed`: every FOUND template with a fresh value, and every look-alike. */
export function secrets13TuningSet(seed: number): TuningCase[] {
  return secretCases(FOUND, NOT_FOUND, seed);
}

/** Paths of a secret store and the kind of value each holds. */
const STORE: Array<[string, (r: R) => string]> = [
  ['/prod/billing/db_password', generated],
  ['/staging/app/secret_key', (r) => chars(r, HEXL, 128)],
  ['kv/media/sas_token', sasSig],
  ['/prod/cdn/azure_sas', sasSig],
];

/**
 * The columns of a `path,value,version` export of a secret store (SSM Parameter Store names, KV v1
 * paths): each value is of the kind its path names (the table scan draws a row's cells in column order:
 * the path's pick is the value's).
 */
export function storeExport(): Record<'path' | 'value' | 'version', (r: R) => string> {
  let at = 0;
  return {
    path: (r) => STORE[(at = int(r, 0, STORE.length - 1))]![0],
    value: (r) => STORE[at]![1](r),
    version: (r) => String(int(r, 1, 40)),
  };
}
