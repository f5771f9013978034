// Developer-machine documents of set 11: .npmrc, .pypirc, .netrc, .git-credentials, Docker's
// config.json, a .gitlab-ci.yml with variables, a Postman environment, a HAR entry, `curl -v` output,
// Elastic ECS JSON, Fluent Bit stdout, a PowerShell transcript, a Windows .reg export and macOS unified
// log lines. Cookies, session ids and bearer tokens without a provider shape are left out.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Unit } from '../pii-heldout4/unit.js';
import { negative } from './negatives.js';
import { nameOf, person, type Lang11 } from './people.js';
import { phone } from './phones.js';
import { awsPair, dockerAuth, password, pemKey, PROVIDERS, token } from './secrets.js';
import { card, email, ip, ipv4, ipv6, mac } from './values.js';

const someone = (r: Rng) => person(r, r.pick<Lang11>(['en', 'pl', 'cs', 'hu', 'tr', 'fi', 'sv', 'de', 'vi', 'id']));
const user = (r: Rng) => { const p = someone(r); return `${p.latinGiven}${r.chance(0.5) ? '.' + p.latinFamily : ''}`; };

function npmrc(r: Rng): Unit {
  const p = someone(r);
  const d = new Doc().add('registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=', token(r, 'npm'), '\n');
  if (r.chance(0.5)) d.add('@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=', token(r, 'github'), '\n');
  d.add('email=', email(r, p), '\nsave-exact=true\n# lockfile ', negative(r, 'checksum'), '\n');
  return d.unit();
}

function pypirc(r: Rng): Unit {
  return new Doc().add('[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ', token(r, 'pypi'), `\n\n[internal]\nrepository = https://pypi.${r.pick(['corp.example', 'intra.example'])}/simple/\nusername = ${user(r)}\npassword = `, password(r), '\n').unit();
}

function netrc(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0; i < r.int(1, 3); i++) d.add(`machine ${r.pick(['api.heroku.com', 'ftp.example-hosting.pl', 'git.intra.example', 'urs.earthdata.nasa.gov'])}\n  login ${user(r)}\n  password `, password(r), '\n');
  return d.unit();
}

function gitCredentials(r: Rng): Unit {
  const d = new Doc();
  d.add(`https://${user(r)}:`, token(r, 'github'), '@github.com\n');
  if (r.chance(0.6)) d.add(`https://oauth2:`, token(r, 'gitlab'), '@gitlab.com\n');
  if (r.chance(0.6)) d.add(`https://${user(r)}:`, password(r), `@git.${r.pick(['firma.pl', 'spolecnost.cz', 'ceg.hu'])}\n`);
  return d.unit();
}

function dockerConfig(r: Rng): Unit {
  const u = user(r);
  const p = someone(r);
  const d = new Doc().add('{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "', dockerAuth(r, u), '"\n    },\n    "https://index.docker.io/v1/": {\n      "auth": "', dockerAuth(r, u), '",\n      "email": "', email(r, p), '"\n    }\n  },\n  "credsStore": "desktop",\n  "currentContext": "default"\n}\n');
  return d.unit();
}

function gitlabCi(r: Rng): Unit {
  const k = awsPair(r);
  const d = new Doc().add('image: registry.gitlab.com/acme/build@', negative(r, 'image-digest'), '\n\nvariables:\n  APP_VERSION: "', negative(r, 'semver'), '"\n  AWS_ACCESS_KEY_ID: ', k.id, '\n  AWS_SECRET_ACCESS_KEY: ', k.secret, '\n');
  if (r.chance(0.5)) d.add('  SLACK_TOKEN: ', token(r, 'slack'), '\n');
  if (r.chance(0.5)) d.add('  DD_API_KEY: ', gold('secret-token', 'datadog', PROVIDERS.datadog!(r)), '\n');
  d.add('\ndeploy:\n  script:\n    - ./deploy.sh --rev ', negative(r, 'git-sha'), '\n  only: [main]\n');
  if (r.chance(0.5)) {
    // The same project's variables as the API lists them: a file variable holding a deploy key, JSON-escaped.
    const key = pemKey(r);
    d.add('\n# GET /api/v4/projects/', `${r.int(10, 99999)}`, '/variables\n[{"variable_type":"file","key":"SSH_PRIVATE_KEY","value":"', { ...key, form: `${key.form}-json`, text: key.text.replace(/\n/g, '\\n') }, '","protected":true,"masked":false}]\n');
  }
  return d.unit();
}

function postmanEnv(r: Rng): Unit {
  const p = someone(r);
  const d = new Doc().add('{\n  "id": "', negative(r, 'uuid'), '",\n  "name": "staging",\n  "values": [\n    {"key": "baseUrl", "value": "https://staging.api.example", "enabled": true},\n    {"key": "userEmail", "value": "', email(r, p), '", "enabled": true},\n    {"key": "userPassword", "value": "', password(r), '", "type": "secret", "enabled": true},\n');
  d.add('    {"key": "apiKey", "value": "', token(r, r.pick(['stripe', 'sendgrid', 'shopify'])), '", "type": "secret", "enabled": true}\n  ],\n  "_postman_variable_scope": "environment",\n  "_postman_exported_at": "', negative(r, 'timestamp'), '"\n}\n');
  return d.unit();
}

function har(r: Rng): Unit {
  const p = someone(r);
  const d = new Doc().add('{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "', negative(r, 'semver'), '"}, "entries": [{\n  "startedDateTime": "', negative(r, 'timestamp'), '",\n  "request": {"method": "POST", "url": "https://checkout.example-shop.eu/api/orders", "headers": [{"name": "Content-Type", "value": "application/json"}],\n   "postData": {"mimeType": "application/json", "text": "{\\"email\\":\\"');
  d.add(email(r, p), '\\",\\"phone\\":\\"', phone(r, r.pick(['PL', 'CZ', 'HU', 'RO', 'SK', 'LT', 'EE', 'AT', 'FR', 'BE'])), '\\",\\"card\\":\\"', card(r, 'plain'), '\\"}"}},\n  "response": {"status": 201, "headers": [{"name": "x-request-id", "value": "', negative(r, 'uuid'), '"}]},\n  "serverIPAddress": "', ip(r), '",\n  "timings": {"wait": ', `${r.int(10, 900)}.${r.digits(3)}`, '}\n}]}}\n');
  return d.unit();
}

function curlVerbose(r: Rng): Unit {
  const addr = r.chance(0.7) ? ipv4(r, false) : ipv6(r, 'compressed');
  const d = new Doc().add('*   Trying ', addr, ':443...\n* Connected to api.example-payments.com port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n*  subject: CN=api.example-payments.com\n*  SHA256 fingerprint: ', negative(r, 'cert-fingerprint'), '\n> POST /v1/customers HTTP/2\n> Authorization: Bearer ', token(r, r.pick(['stripe', 'sendgrid', 'huggingface'])), '\n> user-agent: curl/', negative(r, 'semver'), '\n>\n< HTTP/2 200\n< request-id: ', negative(r, 'uuid'), '\n');
  return d.unit();
}

function ecsJson(r: Rng): Unit {
  const p = someone(r);
  return new Doc().add('{"@timestamp":"', negative(r, 'timestamp'), '","ecs":{"version":"8.11.0"},"event":{"action":"user-login","outcome":"failure","duration":', `${r.int(1000, 9000000)}`, '},"source":{"ip":"', ip(r), '"},"client":{"mac":"', mac(r, 'hyphen'), '"},"user":{"email":"', email(r, p), '","full_name":"', nameOf(p), '"},"trace":{"id":"', negative(r, 'trace-id'), '"},"host":{"id":"', negative(r, 'uuid'), '"}}\n').unit();
}

function fluentBit(r: Rng): Unit {
  const p = someone(r);
  const d = new Doc().add(`[2026/12/${String(r.int(1, 28)).padStart(2, '0')} 0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}] [ info] [fluent bit] version=`, negative(r, 'semver'), ', commit=', negative(r, 'git-sha'), ', pid=', `${r.int(1, 9999)}`, '\n');
  d.add(`[0] tail.0: [${r.int(1760000000, 1799999999)}.${r.digits(9)}, {"log"=>"signup ok email=`, email(r, p), ' phone=', phone(r, r.pick(['SE', 'FI', 'NO', 'DK', 'IS'])), '", "remote_addr"=>"', ip(r), '"}]\n');
  return d.unit();
}

function powershellTranscript(r: Rng): Unit {
  const p = someone(r);
  const d = new Doc().add('**********************\nWindows PowerShell transcript start\nStart time: ', `2026${[r.int(1, 12), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)].map((n) => String(n).padStart(2, '0')).join('')}`, '\nUsername: CORP\\svc_onboard\nMachine: ', `WS-${r.int(1000, 9999)}`, ' (Microsoft Windows NT ', negative(r, 'build-number'), ')\n**********************\n');
  d.add('PS C:\\> New-ADUser -Name "', nameOf(p), '" -EmailAddress ', email(r, p, true), ' -OfficePhone "', phone(r, r.pick(['US', 'GB', 'DE', 'PL'])), '" -AccountPassword (ConvertTo-SecureString "', password(r), '" -AsPlainText -Force)\n');
  d.add('PS C:\\> Get-NetAdapter | Select Name, MacAddress\nEthernet0   ', mac(r, 'hyphen'), '\nPS C:\\> Test-NetConnection ', ipv4(r), ' -Port 443\n');
  return d.unit();
}

function regExport(r: Rng): Unit {
  const p = someone(r);
  const d = new Doc().add('Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\Identity\\Identities\\', negative(r, 'uuid'), ']\n"EmailAddress"="', email(r, p), '"\n"FriendlyName"="', nameOf(p), '"\n"PersistedUserState"=', negative(r, 'reg-hex'), '\n\n');
  d.add('[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Class\\{4d36e972-e325-11ce-bfc1-08002be10318}\\0001]\n"NetworkAddress"="', mac(r, 'bare'), '"\n"DriverVersion"="', negative(r, 'semver'), '"\n');
  if (r.chance(0.4)) d.add('\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\prod]\n"HostName"="', ipv4(r), '"\n');
  return d.unit();
}

function macosLog(r: Rng): Unit {
  const p = someone(r);
  const ts = () => `2026-12-${String(r.int(1, 28)).padStart(2, '0')} ${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(6)}+0100`;
  const d = new Doc().add(ts(), ` 0x${r.digits(5)}   Default     0x0   ${r.int(100, 999)}   0   airportd: [corewifi] Associated to BSSID `, mac(r, 'colon'), ' channel 36\n');
  d.add(ts(), ` 0x${r.digits(5)}   Info        0x0   ${r.int(100, 999)}   0   configd: network changed: v4(en0+:`, ipv4(r, true), ') v6(en0:', ipv6(r, 'link-local'), ')\n');
  d.add(ts(), ` 0x${r.digits(5)}   Default     0x0   ${r.int(100, 999)}   0   accountsd: Saving account for `, email(r, p), ' <private>\n');
  return d.unit();
}

export const DEVTOOLS11: Record<string, (r: Rng) => Unit> = {
  npmrc, pypirc, netrc, 'git-credentials': gitCredentials, 'docker-config': dockerConfig, 'gitlab-ci': gitlabCi, 'postman-environment': postmanEnv, har,
  'curl-verbose': curlVerbose, 'ecs-json': ecsJson, 'fluent-bit': fluentBit, 'powershell-transcript': powershellTranscript, 'reg-export': regExport, 'macos-unified-log': macosLog,
};
