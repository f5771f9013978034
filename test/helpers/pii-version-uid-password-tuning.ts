// Tuning cases for set 8's network, e-mail and secret classes (issue 17, part N), written from the
// formats' own documentation, never from a judge set: four-part product versions (Windows and Office
// build strings, "Affects version"/"fixed in" ticket fields, a client's version before its architecture,
// version keys of agent inventories in nested JSON) in eight languages, beside real client addresses
// after IP/host/from; IPv4-mapped and full uncompressed IPv6 (RFC 4291 §2.2, §2.5.5.2) after a label
// glued by ":" (`IP:…`, `inet6 addr:…`); iCalendar UID and RELATED-TO property values (RFC 5545
// §3.8.4.7, §3.8.4.5; folded lines, §3.1) beside ORGANIZER/ATTENDEE mailto: addresses (§3.8.4.3, §3.8.4.1);
// credentials in credential files: netrc(5) (one-line and multi-line `machine`/`default` entries,
// `macdef`), git-credential-store lines (`https://user:token@host`), `.pypirc`/ini `password =`, git's
// credential helper protocol (`password=`), passwords under keys of nested JSON, and the placeholders
// that stand where a password goes in docs and templates. Every value is built at run time from parts.
import { chars, int, pick, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';

type R = () => number;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** A four-part version whose parts are all 0–255 (so it has an IPv4 address's shape): `4.2.0.1`, `7.3.0.12`. */
export function quadVersion(r: R): string {
  return [int(r, 1, 19), int(r, 0, 30), int(r, 0, 12), int(r, 1, 250)].join('.');
}
/** A Windows or Office build string (`10.0.19045.3803`, `16.0.17328.20162`). */
function buildString(r: R): string {
  return pick(r, [`10.0.${pick(r, ['19045', '22631', '22621', '17763', '20348'])}.${int(r, 1000, 5000)}`, `16.0.${int(r, 14000, 18000)}.${int(r, 20000, 20200)}`, `6.${int(r, 1, 3)}.${int(r, 7600, 9600)}.${int(r, 16384, 24546)}`]);
}
/** A client address (public or private ranges). */
export function address(r: R): string {
  const first = pick(r, [10, 172, 192, 198, 203, 81, 94, 151, 185, 212, 62]);
  const second = first === 172 ? int(r, 16, 31) : first === 192 ? 168 : int(r, 0, 255);
  return `${first}.${second}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}

/** Ticket text and release notes around a version ({v}; {w} a second one), in eight languages and more. */
const VERSION_TEXT: readonly string[] = [
  'Build {v} crashes on startup',
  'OS {b}, Edge 120',
  'Microsoft Office Version {b} (64-bit)',
  'Affects version {v}, fixed in {w}',
  'Fixed in {v}.',
  'fixed in {v}',
  'Fix version: {v}',
  'Client {v} (x64) cannot connect',
  'Agent {v} (64-bit) installed',
  'Upgraded from {v} to {w} last night',
  'Regression introduced in {v}',
  'Windows 11 Pro {b}',
  'Versión {v} del cliente',
  'corregido en la versión {v}',
  'Versione {v}',
  'corretto nella versione {v}',
  'Fassung {v}',
  'behoben in Version {v}',
  'behoben in {v}',
  'corrigé dans {v}',
  'corregido en {v}',
  'corretto in {v}',
  'corrigido em {v}',
  'opgelost in {v}',
  'Version du client : {v}',
  'Versione client {v}',
  'corrigé dans la version {v}',
  'versão {v} instalada',
  'corrigido na versão {v}',
  'opgelost in versie {v}',
  'wersja {v}',
  '版本 {v}',
  '版本：{v}',
  '当前版本{v}',
  '固件版本 {v}',
  'バージョン {v}',
  'バージョン：{v} で修正',
  '버전 {v}',
  'версия {v}',
];

/** Nested JSON records of an agent inventory: version keys ({v}), an address beside them stays one. */
const VERSION_JSON: readonly string[] = [
  '{"device":{"agentVersion":"{v}","clientVersion":"{w}"}}',
  '{"host":{"os_build":"{v}","firmwareRev":"{w}"}}',
  '{"firmwareRev":"{v}"}',
  '{"fwRev":"{v}","hw_rev":"{w}"}',
  '{"sw_release":"{v}"}',
  '{"inventory":{"biosVersion":"{v}","driver_ver":"{w}"}}',
];

/** Real client addresses ({ip}) after an address word: they stay addresses. */
const ADDRESS_TEXT: readonly string[] = [
  'Login from {ip} failed',
  'Server IP {ip} unreachable',
  'host {ip} down',
  'client {ip} connected',
  'Version 4.2 deployed on host {ip}',
  'IP-Adresse {ip} gesperrt',
  'dirección IP {ip}',
  'IP地址 {ip}',
  'IPアドレス {ip}',
  '{"device":{"agentVersion":"{v}","ip":"{ip}"}}',
  // Beside the words of the version rules: a change made from a host, a range, a build agent's address.
  'Settings updated from {ip} by admin',
  'Server migrated from {ip} to {ip2}',
  'DHCP range {ip} to {ip2}',
  'fixed IP {ip} assigned',
  'client {ip} (x64 build agent) connected',
];

/** IPv6 forms (RFC 4291 §2.2: full, upper case; §2.5.5.2 IPv4-mapped) after a label glued by ":" or a word. */
const IPV6_TEXT: readonly string[] = ['IP:{a}', 'IPv6:{a} blocked', 'inet6 addr:{a}/64 Scope:Global', 'addr:{a}', 'src:{a}', 'Client [{a}]:443 reset', 'peer {a} timed out', '{"ip":"{a}"}'];

function hexGroup(r: R): string {
  return chars(r, HEX, 4);
}
function ipv6(r: R): string {
  const n = int(r, 0, 5);
  const [a, b, c] = [int(r, 1, 223), int(r, 0, 255), int(r, 0, 255)];
  const d = int(r, 1, 254);
  const hex = (x: number, y: number) => ((x << 8) | y).toString(16);
  switch (n) {
    case 0:
      return `::ffff:${a}.${b}.${c}.${d}`;
    case 1:
      return `0:0:0:0:0:ffff:${hex(a, b)}:${hex(c, d)}`;
    case 2:
      return `::FFFF:${a}.${b}.${c}.${d}`;
    case 3:
      return ['2001', '0db8', ...Array.from({ length: 6 }, () => hexGroup(r))].join(':');
    case 4:
      return ['2001', '0DB8', ...Array.from({ length: 6 }, () => hexGroup(r).toUpperCase())].join(':');
    default:
      return `0000:0000:0000:0000:0000:ffff:${a}.${b}.${c}.${d}`;
  }
}

/** An iCalendar UID as calendar programs write them: a time and a random part at a host, an Outlook global object id, a UUID. */
function eventUid(r: R): string {
  return pick(r, [
    `2026${pick(r, ['1206', '1210', '0114'])}T${int(r, 100000, 235959)}Z-${int(r, 1000, 99999)}@host.example.com`,
    `040000008200E00074C5B7101A82E008${chars(r, '0123456789ABCDEF', 48)}`,
    `${chars(r, HEX, 8)}-${chars(r, HEX, 4)}-${chars(r, HEX, 4)}-${chars(r, HEX, 4)}-${chars(r, HEX, 12)}@calendar.example.org`,
    `${chars(r, ALNUM, 22)}@google.com`,
    `${int(r, 100000, 999999)}.${chars(r, HEX, 12)}@mail.example.net`,
  ]);
}
const PEOPLE: readonly string[] = ['anna.berg', 'jan.vos', 'marta.nowak', 'luca.rossi', 'ines.moreau'];

/** A password as people and generators write them (letters and digits, often a symbol). */
function password(r: R): string {
  return chars(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + chars(r, ALNUM, int(r, 5, 14)) + pick(r, ['', '!', '#7', '_x', '9', '%']);
}

/** Credential files ({p} the password, {t} a token that is no vendor's shape). */
const CREDENTIAL_FILES: readonly string[] = [
  'machine api.example.com login anna password {p}',
  'machine api.example.com\n  login anna\n  password {p}\n',
  'machine ftp.example.org\nlogin deploy\npassword {p}\nmacdef init\ncd /pub\nbinary\n\n',
  'default login anna password {p}',
  'machine a.example.com login x password {p} machine b.example.com login y password {q}',
  'https://anna:{t}@github.com',
  'https://x-access-token:{t}@github.com',
  'https://oauth2:{t}@gitlab.example.com',
  'protocol=https\nhost=github.com\nusername=anna\npassword={t}\n',
  '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = anna\npassword = {p}\n',
  '[server-login]\nusername: anna\npassword: {p}\n',
  '{"sftp":{"host":"sftp.example.com","sftp_password":"{p}"}}',
  '{"user":{"userPassword":"{p}"}}',
  '{"partner":{"as2Password":"{p}","as2Id":"ACME"}}',
  '{"oauth":{"clientId":"web-app","clientSecret":"{p}"}}',
  'DB_PASSWORD={p}',
];

/** A password given in a support ticket, in its language ({p}). */
const TICKET_PASSWORDS: readonly string[] = [
  'Login: anna.berg / Password: {p}',
  'Benutzer: aberg, Passwort: {p} (bitte ändern)',
  'neues Kennwort: {p}',
  'identifiant : aberg, mot de passe : {p}',
  'usuario: aberg contraseña: {p}',
  'utente aberg, password: {p}',
  'usuário: aberg, senha: {p}',
  'gebruiker aberg, wachtwoord: {p}',
  'login: aberg, hasło: {p}',
  'логин: aberg, пароль: {p}',
  'WiFi密码：{p}',
  'パスワード：{p}',
  '비밀번호: {p}',
];
/** The same words before no password: nothing to find. */
const TICKET_NOT_PASSWORDS: readonly string[] = ['Passwort: vergessen', 'mot de passe : oublié', 'contraseña: 8 caracteres mínimo', 'senha: redefinida', 'Password: reset required'];

/** Placeholders where a password goes (templates, docs, masked logs): nothing to find. */
const PLACEHOLDERS: readonly string[] = ['${GIT_TOKEN}', '$TOKEN', '<password>', '{{ secrets.PYPI_PASSWORD }}', '****', 'xxxxxxxx', 'changeme', 'REDACTED', '%(password)s', '[REDACTED]', '${{ secrets.DEPLOY_TOKEN }}'];
const PLACEHOLDER_FORMS: readonly string[] = [
  'machine api.example.com login anna password {x}',
  'https://anna:{x}@github.com',
  'https://x-access-token:{x}@github.com',
  'password = {x}',
  'password: {x}',
  '{"userPassword":"{x}"}',
  '{"sftp_password":"{x}"}',
  '{"clientSecret":"{x}"}',
  'DB_PASSWORD={x}',
];

/** Keys that name a property of a password, not one (the value is no password). */
const NOT_PASSWORDS: readonly string[] = [
  '{"passwordPolicy":"Strong8","passwordMinLength":12}',
  '{"password_changed_at":"2026-12-06T10:15:00Z"}',
  '{"password_reset_required":true,"secret_name":"db-creds-2"}',
  'password: required',
  'Password: see the vault entry',
  // Source code: the value is a variable, a call or an index.
  'conn = connect(user=user, password=db_password)',
  'password=os.environ["DB_PASSWORD"]',
  'PASSWORD = settings.DB_PASSWORD',
  'auth = (user, getpass()); password=getpass()',
  'this.clientSecret = clientSecret; password: userPassword,',
];

function fill(form: string, values: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

function versionCases(r: R, out: TuningCase[]): void {
  for (const form of [...VERSION_TEXT, ...VERSION_JSON]) {
    out.push({ kind: form.startsWith('{') ? 'version-json' : 'version-text', text: fill(form, { v: quadVersion(r), w: quadVersion(r), b: buildString(r) }), want: [] });
  }
  for (const form of ADDRESS_TEXT) {
    const [ip, ip2] = [address(r), address(r)];
    const want = [ip, ...(form.includes('{ip2}') ? [ip2] : [])].map((value) => ({ type: 'ip-address', value }));
    out.push({ kind: 'address-kept', text: fill(form, { ip, ip2, v: quadVersion(r) }), want });
  }
}

function ipv6Cases(r: R, out: TuningCase[]): void {
  for (const form of IPV6_TEXT) {
    const a = ipv6(r);
    out.push({ kind: 'ipv6-whole', text: fill(form, { a }), want: [{ type: 'ip-address', value: a }] });
  }
}

function calendarCases(r: R, out: TuningCase[]): void {
  const uid = eventUid(r);
  const organizer = `${pick(r, PEOPLE)}@example.com`;
  const attendee = `${pick(r, PEOPLE)}@example.org`;
  out.push({ kind: 'ical-uid', text: `UID:${uid}`, want: [] });
  out.push({ kind: 'ical-uid', text: `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20261206T101500Z\r\nDTSTART:20261210T090000Z\r\nSUMMARY:Review\r\nEND:VEVENT`, want: [] });
  // Folded (RFC 5545 §3.1: CRLF and one blank continue the line), anywhere in the value.
  const cut = int(r, 4, uid.length - 2);
  out.push({ kind: 'ical-uid', text: `BEGIN:VEVENT\r\nUID:${uid.slice(0, cut)}\r\n ${uid.slice(cut)}\r\nSEQUENCE:0\r\nEND:VEVENT`, want: [] });
  out.push({ kind: 'ical-uid', text: `RELATED-TO;RELTYPE=PARENT:${eventUid(r)}\nUID:${uid}`, want: [] });
  // Calendar APIs' records (Google Calendar `iCalUID`, Microsoft Graph `iCalUId`), beside the organizer's address.
  out.push({ kind: 'ical-uid', text: `{"kind":"calendar#event","iCalUID":"${uid}","organizer":{"email":"${organizer}"}}`, want: [{ type: 'email', value: organizer }] });
  out.push({ kind: 'ical-uid', text: `{"iCalUId":"${eventUid(r)}","subject":"Review"}`, want: [] });
  out.push({
    kind: 'ical-mailto',
    text: `BEGIN:VEVENT\r\nUID:${uid}\r\nORGANIZER:mailto:${organizer}\r\nATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:${attendee}\r\nEND:VEVENT`,
    want: [
      { type: 'email', value: organizer },
      { type: 'email', value: attendee },
    ],
  });
  out.push({ kind: 'ical-mailto', text: `ORGANIZER:mailto:${organizer}`, want: [{ type: 'email', value: organizer }] });
}

function credentialCases(r: R, out: TuningCase[]): void {
  for (const form of CREDENTIAL_FILES) {
    const p = password(r);
    const q = password(r);
    const t = chars(r, ALNUM, int(r, 12, 40));
    const text = fill(form, { p, q, t });
    // The documented cost: a netrc text without a digit anywhere is not read (the detectors skip texts without one).
    const unread = /^(?:machine|default) /.test(form) && !/\d/.test(text);
    const want = unread ? [] : [form.includes('{t}') ? t : p, ...(form.includes('{q}') ? [q] : [])].map((value) => ({ type: 'secret', value }));
    out.push({ kind: 'credential-file', text, want });
  }
  for (const form of PLACEHOLDER_FORMS) out.push({ kind: 'credential-placeholder', text: fill(form, { x: pick(r, PLACEHOLDERS) }), want: [] });
  for (const text of NOT_PASSWORDS) out.push({ kind: 'not-a-password', text, want: [] });
  for (const form of TICKET_PASSWORDS) {
    const p = password(r);
    out.push({ kind: 'ticket-password', text: fill(form, { p }), want: [{ type: 'secret', value: p }] });
  }
  for (const text of TICKET_NOT_PASSWORDS) out.push({ kind: 'ticket-not-a-password', text, want: [] });
}

/** Every case, the same for a given seed. Wanted secrets are typed `secret` (any credentials type). */
export function versionUidPasswordTuningSet(seed = 8): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  versionCases(r, out);
  ipv6Cases(r, out);
  calendarCases(r, out);
  credentialCases(r, out);
  return out;
}
