// Tuning cases for secrets and MACs whose key is written apart from the value (issue 17, brief h2),
// written from the formats' documentation, never from a judge set: key/value pair objects (Postman
// environments, Kubernetes and ECS container env, AWS tags, Azure/Terraform settings) whose value is
// named by a sibling `key`/`name` field, before or after it; PowerShell's `ConvertTo-SecureString …
// -AsPlainText`; a NIC's `NetworkAddress` override in a `.reg` export; 32-hex API keys whose entropy is
// under the generic rule's 3.5 bits. Hard negatives of each shape stay unmasked. Values are built at run
// time from a seeded PRNG and parts.
import { chars, int, pick, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';

type R = () => number;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const WORDS = ['tulip', 'Harbor', 'violet', 'Granite', 'maple', 'Sunset', 'otter', 'Copper'];

/** A password as people (word, sign, year) or managers (14–24 mixed characters) make one. */
function password(r: R): string {
  return r() < 0.5 ? `${pick(r, WORDS)}${pick(r, ['!', '#', '_', '.', '@'])}${int(r, 1970, 2026)}` : chars(r, ALNUM + '!#%*-_=+', int(r, 14, 24));
}

/** Shannon entropy in bits per character. */
function entropy(s: string): number {
  const n = new Map<string, number>();
  for (const c of s) n.set(c, (n.get(c) ?? 0) + 1);
  let h = 0;
  for (const k of n.values()) h -= (k / s.length) * Math.log2(k / s.length);
  return h;
}

/** 32 random lower-case hex digits drawn again until their entropy is under 3.5 bits (one draw in five). */
function lowEntropyHex(r: R, n = 32): string {
  for (;;) {
    const v = chars(r, HEX, n);
    if (entropy(v) < 3.5 && entropy(v) >= 3.15) return v;
  }
}

/** Twelve hex digits of a MAC (a unicast first octet), in one case. */
function bareMac(r: R, upper: boolean): string {
  const v = (int(r, 0, 63) * 4).toString(16).padStart(2, '0') + chars(r, HEX, 10);
  return upper ? v.toUpperCase() : v;
}

/**
 * A password or a generated secret: the generic rule and the password rules both find a long random
 * password (either type, one label), so the test reads both types as `secret` (SECRET_TYPE_OF).
 */
const pw = (value: string) => ({ type: 'secret', value });
const secret = (value: string) => ({ type: 'secret', value });
export const SECRET_TYPE_OF = (t: string): string => (t === 'password' || t === 'generic-secret' ? 'secret' : t);
const macOf = (value: string) => ({ type: 'mac-address', value });

/** Objects whose `{v}` is named by the sibling field (`{k}` the name): the forms of the tools' docs. */
const PAIR_FORMS: readonly string[] = [
  '{"key": "{k}", "value": "{v}", "type": "secret", "enabled": true}',
  '    {"key": "{k}", "value": "{v}", "enabled": true},',
  '{"name": "{k}", "value": "{v}"}',
  '"env": [{"name": "APP_ENV", "value": "production"}, {"name": "{k}", "value": "{v}"}]',
  '{"Key": "{k}", "Value": "{v}"}',
  '"Tags": [{"Key": "Team", "Value": "payments"}, {"Key": "{k}", "Value": "{v}"}]',
  '{"value": "{v}", "name": "{k}"}',
  '[{"key":"{k}","value":"{v}","enabled":true}]',
  "{'name': '{k}', 'value': '{v}'}",
  // Kubernetes container env in YAML: the item's name line (an environment variable's name: {K}), its value line under it.
  'env:\n  - name: APP_ENV\n    value: production\n  - name: {K}\n    value: "{v}"\n',
  '        - name: {K}\n          value: {v}\n        - name: LOG_LEVEL\n          value: info\n',
];

/** `form` with the name `k` (`{k}`, or as an environment variable's name `{K}`: `userPassword` → `USER_PASSWORD`) and the value `v`. */
function fill(form: string, k: string, v: string): string {
  return form.replace('{k}', k).replace('{K}', k.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase()).replace('{v}', v);
}
const PASSWORD_KEYS = ['userPassword', 'DB_PASSWORD', 'adminPassword', 'smtp_password', 'POSTGRES_PASSWORD', 'ClientSecret'];
const SECRET_KEYS = ['apiToken', 'TWILIO_AUTH_TOKEN', 'STRIPE_SECRET', 'auth_token', 'ApiKey', 'DD_API_KEY'];
const MAC_PAIR_KEYS = ['NetworkAddress', 'mac', 'wifi_mac'];

function pairs(r: R, out: TuningCase[]): void {
  for (const form of PAIR_FORMS) {
    const p = password(r);
    out.push({ kind: 'pair-password', text: fill(form, pick(r, PASSWORD_KEYS), p), want: [pw(p)] });
    // A generated token: 20–40 letters and digits, or 32 hex digits of either entropy.
    const t = r() < 0.5 ? chars(r, ALNUM, int(r, 20, 40)) : r() < 0.5 ? lowEntropyHex(r) : chars(r, HEX, 32);
    out.push({ kind: 'pair-secret', text: fill(form, pick(r, SECRET_KEYS), t), want: [secret(t)] });
    const m = bareMac(r, r() < 0.5);
    out.push({ kind: 'pair-mac', text: fill(form, pick(r, MAC_PAIR_KEYS), m), want: [macOf(m)] });
  }
}

/** The same objects with values that are no secret and no MAC: nothing to find. */
function pairNegatives(r: R, out: TuningCase[]): void {
  const none: TuningCase['want'] = [];
  const values: Array<[string, string]> = [
    ['timeout', String(int(r, 5, 120))],
    ['LOG_LEVEL', pick(r, ['debug', 'info', 'warn'])],
    ['password_min_length', String(int(r, 8, 16))],
    ['password_policy', 'Strong'],
    ['token_type', 'Bearer'],
    ['BuildId', chars(r, HEX, 12)],
    ['BuildId', chars(r, HEX, 12).toUpperCase()],
    ['checksum', chars(r, HEX, 64)],
    ['sha256', chars(r, HEX, 64)],
    ['client_id', `${chars(r, HEX, 8)}-${chars(r, HEX, 4)}-4${chars(r, HEX, 3)}-a${chars(r, HEX, 3)}-${chars(r, HEX, 12)}`],
    ['userPassword', '{{password}}'],
    ['DB_PASSWORD', '${DB_PASSWORD}'],
    ['api_key', '<your-api-key>'],
    ['Name', `web-${int(r, 1, 99)}`],
    ['baseUrl', 'https://staging.api.example'],
    ['secret_name', `prod/db/${pick(r, WORDS).toLowerCase()}`],
  ];
  for (const [k, v] of values) out.push({ kind: 'not-pair-secret', text: fill(pick(r, PAIR_FORMS), k, v), want: none });
  // A secret taken from elsewhere, and a value field whose object holds two names or none.
  out.push({ kind: 'not-pair-secret', text: '{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}', want: none });
  out.push({ kind: 'not-pair-secret', text: '  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n', want: none });
  // A value line that belongs to another item (indented otherwise).
  out.push({ kind: 'not-pair-secret', text: `- name: DB_PASSWORD\nvalue: ${chars(r, ALNUM, 12)}1\n`, want: none });
  out.push({ kind: 'not-pair-secret', text: `{"metric": "latency", "value": "${chars(r, ALNUM, 20)}x"}`, want: none });
  // The SHA-256 of a file under its own key.
  out.push({ kind: 'not-pair-secret', text: `{"file": "app.tar.gz", "checksum": "${chars(r, HEX, 64)}"}`, want: none });
  out.push({ kind: 'not-pair-secret', text: `{"BuildId": "${chars(r, HEX, 12)}", "status": "ok"}`, want: none });
}

/** PowerShell's plain-text secure strings, as the cmdlet's docs and AD scripts write them. */
const SECURE_FORMS: readonly string[] = [
  'New-ADUser -Name "{n}" -AccountPassword (ConvertTo-SecureString "{p}" -AsPlainText -Force) -Enabled $true',
  '$pw = ConvertTo-SecureString \'{p}\' -AsPlainText -Force',
  '$secure = ConvertTo-SecureString -String "{p}" -AsPlainText -Force',
  'Set-ADAccountPassword -Identity {n} -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "{p}" -Force)',
  'PS C:\\> $cred = New-Object PSCredential("svc", (ConvertTo-SecureString "{p}" -AsPlainText -Force))',
  'Connect-Thing -Password (convertto-securestring \'{p}\' -asplaintext -force)',
];

function secureStrings(r: R, out: TuningCase[]): void {
  for (const form of SECURE_FORMS) {
    const p = password(r);
    out.push({ kind: 'powershell-plaintext', text: form.replace('{n}', pick(r, ['jdoe', 'asmith', 'svc_backup'])).replace('{p}', p), want: [pw(p)] });
  }
  const none: TuningCase['want'] = [];
  // No literal in clear: a variable, an expanded string, an encrypted standard string, a prompt.
  out.push({ kind: 'not-powershell-plaintext', text: '$pw = ConvertTo-SecureString $plain -AsPlainText -Force', want: none });
  out.push({ kind: 'not-powershell-plaintext', text: '$pw = ConvertTo-SecureString "$env:SVC_PASSWORD" -AsPlainText -Force', want: none });
  out.push({ kind: 'not-powershell-plaintext', text: `$pw = ConvertTo-SecureString "${chars(r, HEX, 96)}"`, want: none });
  out.push({ kind: 'not-powershell-plaintext', text: '$pw = Read-Host -AsSecureString -Prompt "Password"', want: none });
  out.push({ kind: 'not-powershell-plaintext', text: '$password = Get-Credential', want: none });
}

/** A `.reg` export of a NIC's class key with its MAC override, and its hard negatives. */
function registry(r: R, out: TuningCase[]): void {
  const head = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e972-e325-11ce-bfc1-08002be10318}\\0001]\n';
  for (let i = 0; i < 4; i++) {
    const m = bareMac(r, i % 2 === 0);
    out.push({ kind: 'registry-network-address', text: `${head}"NetworkAddress"="${m}"\n"DriverVersion"="${int(r, 1, 30)}.${int(r, 0, 9)}.${int(r, 0, 999)}.${int(r, 0, 9)}"\n`, want: [macOf(m)] });
  }
  const none: TuningCase['want'] = [];
  out.push({ kind: 'not-registry-mac', text: `${head}"BuildId"="${chars(r, HEX, 12).toUpperCase()}"\n`, want: none });
  out.push({ kind: 'not-registry-mac', text: `${head}"NetworkAddress"=""\n`, want: none });
  out.push({ kind: 'not-registry-mac', text: `"InstallId"="${chars(r, HEX, 12)}"\n"Checksum"="${chars(r, HEX, 64)}"\n`, want: none });
}

/** 32-hex API keys after their variable (Datadog's `DD_API_KEY`, `datadog_api_key`) whose entropy is under 3.5 bits. */
function hexKeys(r: R, out: TuningCase[]): void {
  const forms = ['  DD_API_KEY: {v}\n', 'DD_API_KEY={v}', 'datadog_api_key = "{v}"', 'export DATADOG_API_KEY={v}', '"apiKey": "{v}",', 'TWILIO_AUTH_TOKEN={v}'];
  for (const form of forms) {
    const v = lowEntropyHex(r);
    out.push({ kind: 'hex-api-key', text: form.replace('{v}', v), want: [secret(v)] });
  }
  const none: TuningCase['want'] = [];
  // A pattern, not a key: eight digits four times each (3 bits a character).
  out.push({ kind: 'not-hex-api-key', text: `DD_API_KEY: ${'1111222233334444aaaabbbbccccdddd'}`, want: none });
  out.push({ kind: 'not-hex-api-key', text: `DD_SITE: datadoghq.eu`, want: none });
}

export function keyValueTuningSet(seed: number): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  pairs(r, out);
  pairNegatives(r, out);
  secureStrings(r, out);
  registry(r, out);
  hexKeys(r, out);
  return out;
}

/**
 * A secrets inventory as a table (`name`, `value`, `rotated`): each row's name says what its value is.
 * Secret names (`secret`: true) whose values have no shape of their own (32 hex digits, passwords, random
 * tokens), and names of values that are no secret (a commit, an image digest, a version, a level).
 */
export const INVENTORY_ROWS: ReadonlyArray<{ name: string; secret: boolean; value: (r: R) => string }> = [
  { name: 'TWILIO_AUTH_TOKEN', secret: true, value: (r) => chars(r, HEX, 32) },
  { name: 'DD_API_KEY', secret: true, value: (r) => lowEntropyHex(r) },
  { name: 'DB_PASSWORD', secret: true, value: password },
  { name: 'smtpPassword', secret: true, value: password },
  { name: 'SESSION_SECRET', secret: true, value: (r) => chars(r, ALNUM, 32) },
  { name: 'RELEASE_SHA', secret: false, value: (r) => chars(r, HEX, 40) },
  { name: 'BASE_IMAGE', secret: false, value: (r) => `sha256:${chars(r, HEX, 64)}` },
  { name: 'APP_VERSION', secret: false, value: (r) => `${int(r, 1, 9)}.${int(r, 0, 30)}.${int(r, 0, 99)}` },
  { name: 'LOG_LEVEL', secret: false, value: (r) => pick(r, ['debug', 'info', 'warn']) },
  { name: 'TOKEN_TTL', secret: false, value: (r) => String(int(r, 60, 86400)) },
];
