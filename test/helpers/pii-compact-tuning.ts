// Tuning cases for three recall classes of issue 17 (held-out set 6's failure classes, written here from
// the formats' own documentation, never from a judge set): MAC addresses written without separators
// under the names tools print for them, compact national ids (Aadhaar, CPF) with their cues, and
// secrets in one text document (an AWS secret key paired with an access key id elsewhere in the same
// text; GitLab tokens of every documented prefix). Values are built at run time from parts.
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { aadhaar, chars, pick, rng, secrets } from './personal-data.js';
import { cpf, type TuningCase } from './pii-tuning-set.js';

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = B64 + '_-';

type R = () => number;

/** Twelve hexadecimal digits of one case, with a letter among them (a MAC written without separators). */
export function bareMac(r: R): string {
  for (;;) {
    const v = chars(r, HEX, 12);
    if (/[a-f]/.test(v)) return r() < 0.5 ? v.toUpperCase() : v;
  }
}

/**
 * Where tools print a MAC address ({m}): Windows ipconfig /all in five languages, net-tools ifconfig,
 * iproute2 `ip link`, ISC dhcpd (RFC 2131 chaddr), RADIUS (RFC 3580 Calling-Station-Id), hostapd and
 * wpa_supplicant, JSON keys of Wi-Fi controllers, and prose in the languages.
 */
export const MAC_TEXT_FORMS: readonly string[] = [
  '   Physical Address. . . . . . . . . : {m}',
  '   Physische Adresse . . . . . . . . : {m}',
  '   Adresse physique . . . . . . . . . . . : {m}',
  '   Dirección física. . . . . . . . . . . . : {m}',
  'eth0      Link encap:Ethernet  HWaddr {m}',
  '2: enp3s0: <BROADCAST,MULTICAST,UP> mtu 1500\n    link/ether {m} brd ff:ff:ff:ff:ff:ff',
  'dhcpd: DHCPREQUEST chaddr {m} via eth1',
  'Calling-Station-Id = "{m}"',
  'wlan0: CTRL-EVENT-CONNECTED - Connection to bssid={m} completed',
  '{"event":"assoc","clientMac":"{m}","rssi":-61}',
  '{"apMac": "{m}", "channel": 36}',
  '{"wlanMacAddress":"{m}"}',
  '{"hw_addr": "{m}", "vlan": 20}',
  '{"eth_addr":"{m}"}',
  'Hardware address: {m}',
  'Ethernet address {m} on port 7',
  'hw addr {m}',
  'MAC {m} blocked by the firewall',
  'Adresse MAC : {m}',
  'MAC-Adresse: {m}',
  'Su dirección MAC es {m}.',
  'endereço MAC {m}',
  'indirizzo MAC {m}',
];

/** Column names that say a MAC address (matched anywhere in the name). */
export const MAC_COLUMNS: readonly string[] = ['hw_addr', 'hwaddr', 'mac', 'macaddr', 'bssid', 'eth_addr', 'wifi_mac', 'station_id', 'calling_station_id', 'clientMac'];

/** Hex that is no MAC address, cue words around it or not. */
function macNegatives(r: R): string[] {
  return [
    `commit ${chars(r, HEX, 40)} merged`,
    `Build ID: ${chars(r, HEX, 40)}`,
    `DevEUI: ${chars(r, HEX.toUpperCase(), 16)}`,
    `device EUI ${chars(r, HEX, 16)} joined`,
    `segfault at 0x7ffe${chars(r, HEX, 8)} ip 0x${chars(r, HEX, 12)} sp 0x7ffd${chars(r, HEX, 8)}`,
    `device ${chars(r, HEX, 8)}-${chars(r, HEX, 4)}-4${chars(r, HEX, 3)}-a${chars(r, HEX, 3)}-${chars(r, HEX, 12)} registered`,
    `color: #${chars(r, HEX, 6)}; background: #${chars(r, HEX, 6)}`,
    `sha256 ${chars(r, HEX, 64)}`,
    `request ${chars(r, HEX, 12)} took 12 ms`,
    `my iMac ${chars(r, HEX, 12)} build`,
  ];
}

function macCases(r: R, out: TuningCase[]): void {
  for (const form of MAC_TEXT_FORMS) {
    const m = bareMac(r);
    out.push({ kind: 'mac-bare-text', text: form.replace('{m}', m), want: [{ type: 'mac-address', value: m }] });
  }
  for (const column of MAC_COLUMNS) {
    const m = bareMac(r);
    out.push({ kind: 'mac-bare-column', text: m, context: column, want: [{ type: 'mac-address', value: m }] });
  }
  for (const text of macNegatives(r)) out.push({ kind: 'not-mac-hex', text, want: [] });
}

/** An Aadhaar number that also passes Luhn with a Maestro prefix (5, 6): a 12-digit card's shape. */
function aadhaarLuhn(r: R): string {
  for (;;) {
    const a = aadhaar(r);
    if ((a[0] === '5' || a[0] === '6') && luhn(a)) return a;
  }
}

/** Compact ids after their cues, in the languages of the ids' countries. */
function idCases(r: R, out: TuningCase[]): void {
  const aad = [
    'Aadhaar: {a}',
    'Aadhaar card number {a} linked to the account',
    'आधार संख्या: {a}',
    'आधार नंबर {a} है',
    'UID {a} verified',
    'UIDAI enrolment {a}',
    'my aadhaar no is {a}',
    'Adhaar no: {a}',
    'আধার নম্বর {a}',
    'ஆதார் எண் {a}',
    'ఆధార్ సంఖ్య {a}',
    'આધાર નંબર {a}',
  ];
  for (const t of aad) {
    const a = aadhaar(r);
    out.push({ kind: 'id-aadhaar-compact', text: t.replace('{a}', a), want: [{ type: 'in-aadhaar', value: a }] });
  }
  // A 12-digit Maestro number passes Luhn too: after "Aadhaar card" the number is the Aadhaar.
  for (let i = 0; i < 20; i++) {
    const a = aadhaarLuhn(r);
    out.push({ kind: 'id-aadhaar-card-word', text: `Aadhaar card number ${a} linked to the account`, want: [{ type: 'in-aadhaar', value: a }] });
  }
  const cpfs = ['CPF {c}', 'CPF nº {c}', 'CPF n.º {c}', 'C.P.F. {c}', 'CPF/MF {c}', 'cadastro de pessoa física {c}', 'inscrito no CPF sob o nº {c}, residente', 'meu CPF é {c}'];
  for (const t of cpfs) {
    const c = cpf(r);
    out.push({ kind: 'id-cpf-compact', text: t.replace('{c}', c), want: [{ type: 'br-cpf', value: c }] });
  }
}

/** A GitLab token of each documented prefix, in its documented length (legacy and routable forms). */
export function gitlabTokens(r: R): string[] {
  const routable = (prefix: string) => `${prefix}${chars(r, B64URL, 27 + Math.floor(r() * 10))}.01${chars(r, '0123456789abcdefghijklmnopqrstuvwxyz', 7)}`;
  return [
    'gl' + 'pat-' + chars(r, B64URL, 20),
    routable('gl' + 'pat-'),
    'gl' + 'dt-' + chars(r, B64URL, 20),
    'gl' + 'rt-' + chars(r, B64URL, 20),
    routable('gl' + 'rt-t1_'),
    'gl' + 'ptt-' + chars(r, HEX, 40),
    'gl' + 'ft-' + chars(r, B64URL, 20),
    'gl' + 'imt-' + chars(r, B64URL, 25),
    'gl' + 'agent-' + chars(r, B64URL, 50),
    'gl' + 'soat-' + chars(r, B64URL, 20),
    'gl' + 'cbt-' + `${1 + Math.floor(r() * 99)}_` + chars(r, B64URL, 20),
    'gl' + 'oas-' + chars(r, B64URL, 64),
    'gl' + 'ffct-' + chars(r, B64URL, 20),
    'GR13' + '48941' + chars(r, B64URL, 20),
  ];
}

/** An AWS secret access key: 40 characters of base64 with upper and lower case and digits. */
function awsSecret(r: R): string {
  for (;;) {
    const v = secrets.awsSecret(r);
    if (/[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v)) return v;
  }
}

function secretCases(r: R, out: TuningCase[]): void {
  const forms = ['export GITLAB_TOKEN={t}', 'curl --header "PRIVATE-TOKEN: {t}" https://gitlab.example.com/api/v4/projects', 'token = "{t}"', 'the runner used {t} yesterday', '{"token":"{t}"}'];
  for (const t of gitlabTokens(r)) out.push({ kind: 'secret-gitlab', text: pick(r, forms).replace('{t}', t), want: [{ type: 'gitlab-token', value: t }] });
  for (const p of ['gl' + 'pat-', 'gl' + 'rt-', 'GR13' + '48941']) out.push({ kind: 'not-secret-gitlab-placeholder', text: `set ${p}${'X'.repeat(20)} here`, want: [] });
  out.push({ kind: 'not-secret-gitlab-placeholder', text: 'paste your glpat-token here', want: [] });
  // A secret key without its key word, the key id elsewhere in the same document.
  const documents = [
    '$ export AWS_ACCESS_KEY_ID={id}\n$ export AWS_DEFAULT_REGION=eu-west-1\n$ ./deploy.sh --credential {s}\nDeploying stack…',
    'Hi, CI fails since Monday. Our .env:\nACCESS={id}\nREGION=us-east-1\nKEY={s}\nDEBUG=1\nThanks',
    'deploy:\n  aws:\n    id: {id}\n    region: us-west-2\n    key: {s}\n',
    '{"credentials":{"keyId":"{id}","value":"{s}"},"region":"us-east-1"}',
    'creds: {id} / {s}',
    // A document whose line breaks are written as escapes (JSON text of a nested field, a log line).
    'AccessKeyId,SecretAccessKey\\n{id},{s}\\n',
    '{\\n  "key": "{id}",\\n  "value":\\n    "{s}"\\n}',
    'first line\\n{id}\\n{s}\\nlast line',
  ];
  for (const d of documents) {
    const id = secrets.awsKeyId(r);
    const s = awsSecret(r);
    out.push({ kind: 'secret-aws-pair-in-text', text: d.replace('{id}', id).replace('{s}', s), want: [{ type: 'aws-access-key-id', value: id }, { type: 'aws-secret-access-key', value: s }] });
  }
  // The same shape without an access key id, and hex or longer base64 beside one: no secret key.
  out.push({ kind: 'not-secret-aws-unpaired', text: `session ${awsSecret(r)} expired`, want: [] });
  const id = secrets.awsKeyId(r);
  out.push({ kind: 'not-secret-aws-hex', text: `key ${id}\\ncommit ${chars(r, HEX, 40)}`, want: [{ type: 'aws-access-key-id', value: id }] });
}

/** Every case, the same for a given seed. */
export function compactTuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  macCases(r, out);
  idCases(r, out);
  secretCases(r, out);
  return out;
}

/** A neutral column of a compact id: `n` values, `blank` of them empty and `invalid` failing the check. */
export function compactIdColumn(r: R, id: 'aadhaar' | 'cpf', n: number, blank = 0, invalid = 0): string[] {
  return Array.from({ length: n }, (_, i) => {
    if (i < blank) return '';
    const v = id === 'aadhaar' ? aadhaar(r) : cpf(r);
    if (i < blank + invalid) return v.slice(0, -1) + String((Number(v.at(-1)) + 1) % 10);
    return v;
  });
}
