// Tuning cases for issue 17's round-2 classes, written from the formats' own documentation, never from
// a judge set: a browser's or agent's name before its four-part version (RFC 9110 §10.1.5 User-Agent
// product tokens, browsers' "About" version strings, agent inventories' nested JSON keys) beside real
// addresses after `agent_ip`, SNMP's `agent-addr` (RFC 1157 Trap-PDU) and `client`; an address with an
// unbracketed port as some exporters write Prometheus `instance` labels (IPv4-mapped and full
// eight-group IPv6, RFC 4291 §2.2, §2.5.5.2); URL user-info passwords written unencoded (RFC 3986 §3.2.1
// wants them percent-encoded; pasted ones and some credential stores are not) and the placeholders that
// stand where one goes; Mir cards (BIN 2200–2204, ISO/IEC 7812 Luhn) beside 2205–2220, no scheme's.
// Every value is built at run time from parts.
import { card, chars, int, pick, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';
import { address, quadVersion } from './pii-version-uid-password-tuning.js';

type R = () => number;
const HEX = '0123456789abcdef';

/** A browser's four-part version as its About page prints it (`120.0.6099.109`, `115.6.0.1`). */
function browserVersion(r: R): string {
  return pick(r, [`${int(r, 100, 131)}.0.${int(r, 5000, 6999)}.${int(r, 1, 250)}`, `${int(r, 100, 128)}.${int(r, 0, 9)}.0.${int(r, 1, 9)}`, `${int(r, 90, 115)}.0.${int(r, 4000, 5200)}.${int(r, 10, 99)}`]);
}

/** Four-part versions after a browser's or agent's name ({v}; {w} a second one). */
const NAMED_VERSION_TEXT: readonly string[] = [
  'Browser {v}',
  'Browser {v} crashes on the login page',
  'Chrome {v}',
  'Chrome {v} (Official Build)',
  'Edge {v}',
  'Microsoft Edge {v} on Windows',
  'Firefox {v}',
  'Opera/{v}',
  'App {v}',
  'Agent {v}',
  'Safari {v}',
  'Chromium {v}',
  'Brave {v}',
  'Vivaldi {v}',
  'browser {v}, OS Windows 11',
  'user agent {v}',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36 Edg/{w}',
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Mobile Safari/537.36 OPR/{w}',
];

/** Nested JSON records whose browser or agent key holds a bare four-part version. */
const NAMED_VERSION_JSON: readonly string[] = [
  '{"device":{"agent":"{v}"}}',
  '{"device":{"agentVersion":"{v}","browser":"{w}"}}',
  '{"client":{"user_agent":"{v}"}}',
  '{"session":{"browser":"{v}","os":"Windows"}}',
  '{"userAgent":"{v}"}',
  '{"browser_version":"{v}"}',
];

/** Real addresses under an agent's or client's address key or word: they stay addresses. */
const AGENT_ADDRESSES: readonly string[] = [
  '{"device":{"agent_ip":"{ip}"}}',
  '{"device":{"agentAddress":"{ip}"}}',
  '{"agent_addr":"{ip}"}',
  '{"snmp":{"agent-addr":"{ip}"}}',
  'agent-addr {ip}',
  'Trap from agent-addr {ip} enterprise 1.3.6.1.4.1.8072',
  'client {ip}',
  'client {ip} connected',
  '{"browser":"Chrome","client_ip":"{ip}"}',
];

/** An IPv4-mapped or full eight-group IPv6 address (lower or upper case). */
function ipv6(r: R): string {
  return pick(r, [
    `::ffff:${address(r)}`,
    ['2001', 'db8', ...Array.from({ length: 6 }, () => chars(r, HEX, int(r, 1, 4)))].join(':'),
    ['2001', '0DB8', ...Array.from({ length: 6 }, () => chars(r, HEX, 4).toUpperCase())].join(':'),
  ]);
}
/** An address and an unbracketed port ({a}, {port}). */
const PORT_FORMS: readonly string[] = [
  '{a}:{port}',
  'scraping {a}:{port} failed',
  '{"instance":"{a}:{port}"}',
  '{"labels":{"instance":"{a}:{port}","job":"node"}}',
  'up{instance="{a}:{port}",job="node"} 1',
  'target {a}:{port} down',
];

/** A password as people paste them: letters, digits and `#`, `!`, `%` anywhere, `%` not before two hex digits. */
function unencodedPassword(r: R): string {
  const parts = [chars(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1), chars(r, 'abcdefghjkmnpqrstuvwxyz', int(r, 1, 4)), pick(r, ['#', '!', '%', '!#', '#!']), chars(r, 'abcdefghjkmnpqrstuvwxyz23456789', int(r, 2, 5)), pick(r, ['!', '%r', '#k2', '%Q#', '!w%']), chars(r, 'xyzk', int(r, 0, 3))];
  return parts.join('');
}
const HOSTS: readonly string[] = ['github.com', 'git.internal.example', 'gitlab.example.com', 'registry.example.org:8443'];
/** URL credentials with a password ({u}, {p}, {h}). */
const URL_FORMS: readonly string[] = ['https://{u}:{p}@{h}', 'https://{u}:{p}@{h}/org/repo.git', 'git clone https://{u}:{p}@{h}/org/repo.git', 'remote: https://{u}:{p}@{h}\n', '{"url":"https://{u}:{p}@{h}/api"}'];
/** Placeholders where a URL's password goes, and user@host without one: nothing to find. */
const URL_NOT_PASSWORDS: readonly string[] = ['https://user:${TOKEN}@github.com', 'https://x-access-token:<token>@github.com', 'https://oauth2:${{ secrets.GL_TOKEN }}@gitlab.example.com', 'https://anna@github.com/org/repo.git', 'ssh://git@github.com/org/repo.git', 'https://user:$TOKEN@github.com'];

function fill(form: string, values: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

function versionCases(r: R, out: TuningCase[]): void {
  for (const form of [...NAMED_VERSION_TEXT, ...NAMED_VERSION_JSON]) {
    const v = form.startsWith('App') || form.startsWith('Agent') || form.includes('agent') ? quadVersion(r) : browserVersion(r);
    out.push({ kind: form.startsWith('{') ? 'named-version-json' : 'named-version-text', text: fill(form, { v, w: browserVersion(r) }), want: [] });
  }
  for (const form of AGENT_ADDRESSES) {
    const ip = address(r);
    out.push({ kind: 'agent-address-kept', text: fill(form, { ip }), want: [{ type: 'ip-address', value: ip }] });
  }
}

function portCases(r: R, out: TuningCase[]): void {
  for (const form of PORT_FORMS) {
    const a = ipv6(r);
    out.push({ kind: 'ipv6-unbracketed-port', text: fill(form, { a, port: pick(r, ['9100', '9090', '8080', '443', '51234']) }), want: [{ type: 'ip-address', value: a }] });
  }
}

function urlCases(r: R, out: TuningCase[]): void {
  for (const form of URL_FORMS) {
    const p = unencodedPassword(r);
    out.push({ kind: 'url-unencoded-password', text: fill(form, { u: pick(r, ['anna', 'bot', 'deploy', 'ci-user']), p, h: pick(r, HOSTS) }), want: [{ type: 'secret', value: p }] });
  }
  for (const text of URL_NOT_PASSWORDS) out.push({ kind: 'url-no-password', text, want: [] });
}

/** Card texts ({c}) as forms and tickets write them. */
const CARD_FORMS: readonly string[] = ['{c}', 'card {c}', 'Karte: {c}', 'Оплата картой {c}', '{"pan":"{c}"}'];
function spaced(n: string): string {
  return n.replace(/(\d{4})(?=\d)/g, '$1 ');
}
function cardCases(r: R, out: TuningCase[]): void {
  for (const form of CARD_FORMS) {
    const c = card(r, String(int(r, 2200, 2204)), 16);
    const shown = pick(r, [c, spaced(c)]);
    out.push({ kind: 'mir-card', text: fill(form, { c: shown }), want: [{ type: 'credit-card', value: shown }] });
    const none = card(r, String(int(r, 2205, 2220)), 16);
    out.push({ kind: 'no-scheme-2205-2220', text: fill(form.replace(/card |Karte: |Оплата картой /, ''), { c: none }), want: [] });
  }
}

/** Every case, the same for a given seed. Wanted secrets are typed `secret` (any credentials type). */
export function round2TuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  versionCases(r, out);
  portCases(r, out);
  urlCases(r, out);
  cardCases(r, out);
  return out;
}
