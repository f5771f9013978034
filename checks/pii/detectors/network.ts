// Network identifiers: IPv4, IPv6 (validated by node:net) and MAC addresses.
import { isIPv6 } from 'node:net';
import { keyNameBefore, keyWords } from '../../../src/detect/record-key.js';
import { asciiSet, forEachRun } from './class-runs.js';
import { pipeHeaderNames } from './pipe-header.js';
import { labelledOther } from './surroundings.js';
import { NEED, recordFeatures, unitsOf, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { lazyWordTree, notLetterAt, unitsAt, wordEndAt } from './word-tree.js';

const base = { category: 'personal', sensitivity: 'moderate' } as const;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

/**
 * Not anyone's address (version-like strings the pattern leaves): the "this network" block 0.0.0.0/8
 * (RFC 6890: never a host's address on the wire; it holds 0.0.0.0 and every wildcard mask, `0.0.0.255`,
 * `0.0.15.255`) and a subnet mask, contiguous one-bits from the top (`255.255.240.0`, `255.0.0.0`, and
 * 255.255.255.255): from `128.0.0.0` to `254.0.0.0` network bases of reserved or multicast space, from
 * `255.0.0.0` on the limited-broadcast and reserved 240.0.0.0/4 block, so never a person's.
 */
export function someonesAddress(v: string): boolean {
  // Read in place (a dotted quad, as the pattern or isDottedQuad checked): the first octet decides
  // most addresses without the rest.
  let octet = 0;
  let n = 0;
  let i = 0;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46) {
      if (n === 0 && octet < 128) return octet !== 0;
      n = n * 256 + octet;
      octet = 0;
    } else octet = octet * 10 + (c - 48);
  }
  n = n * 256 + octet;
  const hostBits = 2 ** 32 - 1 - n; // below 2^31 here; a mask's complement is 2^k - 1
  return (hostBits & (hostBits + 1)) !== 0;
}

/**
 * A version word ("firmware", "v", "build" …; German `Fassung`, Dutch `versie`, Polish `wersja`, Russian
 * `версия`/`сборка`, Czech `verze`, Turkish `sürüm`), a word of a ticket's version fields ("affects",
 * "fixed in", "introduced in"; "fixed" in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian) or an outline word ("section 4.2.1.3", "§"), then
 * no address word before the number: none but one after a genitive ("Version du client : …", "Version
 * des Clients") or right after the word version ("Versione client 4.2.0.1"), which names whose version it is.
 * Read by a walk of a tree of the words (word-tree.ts: their one case-insensitive pattern cost a fresh
 * process 10–50 ms to compile).
 */
const VERSION_WORDS: readonly string[] = [
  'v', 'ver', 'version', 'versions', 'versión', 'versão', 'versione', 'fassung', 'versie', 'wersja', 'wersji', 'verze', 'sürüm', 'версия',
  'версии', 'сборка', 'сборки', 'firmware', 'fw', 'build', 'release', 'rel', 'revision', 'rev', 'patch', 'update', 'updated', 'updates',
  'updating', 'upgrade', 'upgraded', 'upgrades', 'upgrading', 'downgrade', 'downgraded', 'downgrades', 'downgrading', 'bump', 'bumped', 'bumps', 'bumping', 'rollback',
  'roll back', 'rolled back', 'pinned', 'sdk', 'driver', 'kernel', 'bios', 'package', 'pkg', 'plugin', 'engine', 'affects', 'affected', 'fixed',
  'fix', 'introduced', 'regression', 'behoben', 'corrigé', 'corrigée', 'corregido', 'corretto', 'corrigido', 'opgelost', 'naprawiono', 'исправлено', 'section', 'sec',
  'chapter', 'clause', 'article', 'art', 'figure', 'fig', 'table', 'step', 'paragraph', 'para', 'rule', '§',
];
const VERSION_TREE = lazyWordTree(() => VERSION_WORDS);
/** An address word after the version word (but after a genitive or the word version: whose version it is). */
const ADDRESS_AFTER = lazyRegExp(String.raw`(?<!\b(?:du|de|des|del|della|dello|do|da|der|van|version|versione|versión|versão|versie)\s)\b(?:ip|ipv4|address|addr|host|server|client|gateway|peer|from|src|dst|router)\b`, 'giu');
/**
 * A version word labels the number only as the version of something: not as a variable's name (a
 * Makefile's `$(VERSION)`, a shell's `${VERSION}` or `$VERSION`, a batch file's `%VERSION%`: `deploying
 * $(VERSION) to …` names the place the version goes), nor with a variable between (`release $VERSION
 * from …`), nor with a place's preposition between (`install the build on …`, `upgrade finished at …`);
 * a noun not with `to` either (a verb takes it: `Bump agent to 1.2.3.4`). Costs: a version after such
 * words (`the build on 10.2.3.4`) reads as an address.
 */
const VARIABLE_OPEN = /(?:\$[({]?|%|\{\{[ \t]*\.?)$/;
const VARIABLE_BETWEEN = /\$[({]?[A-Za-z_]|%[A-Za-z_]\w*%/;
const PLACE_BETWEEN = lazyRegExp(String.raw`(?:^|[^\p{L}])(?:at|on|onto|into|via)(?![\p{L}])|->|→`, 'iu');
const TO_BETWEEN = lazyRegExp(String.raw`(?:^|[^\p{L}])to(?![\p{L}])`, 'iu');
const VERSION_VERB = /^(?:update|updated|updates|updating|upgrade|upgraded|upgrades|upgrading|downgrade|downgraded|downgrades|downgrading|bump|bumped|bumps|bumping|rollback|roll back|rolled back|pinned|patch)$/i;
function versionWordBefore(before: string): boolean {
  return someVersionWord(before, (word, at, between) => {
    if (VARIABLE_OPEN.test(before.slice(Math.max(0, at - 4), at))) return false;
    // `pinned at 1.2.3.4`: the version a dependency is held at.
    const place = PLACE_BETWEEN().test(between) && !(/^pinned$/i.test(word) && /^[ \t]*at[ \t]*$/i.test(between));
    return !(VARIABLE_BETWEEN.test(between) || place || (!VERSION_VERB.test(word) && TO_BETWEEN().test(between)));
  });
}

/**
 * Whether `found(word, at, between)` is true of a version word of `before` (as written, its start, the
 * text after it): a whole word (no letter before or after it), then no address word (ADDRESS_AFTER), no
 * newline and no digit up to the end. Asked in the order of the words' starts, as the case-insensitive
 * pattern of the words this replaces found them, one search after the other from the character after
 * each match's start (where that fell inside a surrogate pair, the search found the same match again:
 * this goes on to the next character). Exported for its test.
 */
export function someVersionWord(before: string, found: (word: string, at: number, between: string) => boolean): boolean {
  const root = VERSION_TREE();
  for (let s = 0; s < before.length; s += unitsAt(before, s)) {
    // A word at the start of the text, else after the code point at `s` when that is no letter.
    let at = 0;
    let end = s === 0 ? wordEndAt(before, 0, root, wholeVersionWord) : -1;
    if (end < 0 && notLetterAt(before, s)) {
      at = s + unitsAt(before, s);
      end = wordEndAt(before, at, root, wholeVersionWord);
    }
    if (end >= 0 && found(before.slice(at, end), at, before.slice(end))) return true;
  }
  return false;
}

/** A version word ending at `end` is whole and no address word, newline or digit follows it. */
function wholeVersionWord(before: string, end: number): boolean {
  if ((end < before.length && !notLetterAt(before, end)) || /[\n\d]/.test(before.slice(end))) return false;
  const address = ADDRESS_AFTER();
  address.lastIndex = end;
  return !address.test(before);
}

/**
 * The same words in Chinese, Japanese and Korean (版本, 固件, バージョン, ビルド, ファームウェア, 버전, 빌드,
 * 펌웨어), which no blank separates from the words around them: a few characters (a colon, a blank) before the number.
 */
const VERSION_BEFORE_CJK = /(?:版本|固件|バージョン|ビルド|ファームウェア|버전|빌드|펌웨어)[^\n\d]{0,3}$/u;
/**
 * The key of a version in a record: a version word last in a camelCase or snake_case key
 * (`agentVersion`, `os_build`, `firmwareRev`, `hw_rev`, `sw_release`, `driver_ver`), then ":" or "=".
 */
const VERSION_KEY = /[a-z\d](?:[_.-](?:version|ver|build|rev|revision|release|firmware|fw)|Version|Ver|Build|Rev|Revision|Release|Firmware)["']?[ \t]*[:=][ \t]*["']?$/;
/**
 * A browser's or agent's name right before the number (`Chrome 120.0.6099.109`, `Firefox 115.6.0.1`,
 * `App 4.2.0.1`, `user agent 3.1.204.17`), or a record's key of that name (`"agent":"…"`, `"user_agent":…`,
 * `"browser":…`): only blanks, quotes and ":"/"=" between, so `agent_ip`, `agentAddress`, SNMP's
 * `agent-addr 10.0.0.1` and `client 10.0.0.5` keep their addresses. RFC 5424 §7.2's `origin` parameters
 * `software` and `swVersion` name a product and its version (`[origin ip="…" software="3.1.204.17"]`).
 * An agent named as a place (`on agent 10.0.0.5`: a CI server's build agent) keeps its address.
 */
const NAMED_VERSION_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\d_-])(?:browser|chrome|chromium|edge|firefox|opera|safari|brave|vivaldi|app|(?<!(?:^|[^\p{L}])(?:on|at|from|to|via)[ \t]+)agent|user[ _-]?agent|useragent|software|sw[ _-]?version)["']?[ \t]*[:=]?[ \t]*["']?$`, 'iu');
/**
 * A version range's second number ("from 4.2.0.1 to 4.3.0.0", "4.2.0.1 → 4.3.0.0"): `n` is the first
 * number's text; the second is a version when the first is one.
 */
const RANGE_BEFORE = /(\d+(?:\.\d+){1,4})[ \t]*(?:to|->|→|=>|bis|à|a|naar|na|do|до)[ \t]+$/u;
/**
 * "Upgraded from …", "downgraded from …", Dependabot's "Bump agent from … to …": the number after `from` is the version left behind. Not
 * "updated from" nor "migrated from", after which a log names the host a change came from.
 */
const UPGRADE_FROM = lazyRegExp(String.raw`(?:^|[^\p{L}])(?:(?:upgrad|downgrad)(?:e|ed|es|ing)|bump(?:s|ed|ing)?)\b[^\n\d]{0,30}\bfrom[ \t]+$`, 'iu');

/**
 * A product token right before the number (RFC 9110 `product = token "/" product-version`, as in user
 * agents and server banners: `Chrome/120.0.0.0`, `MyShop/28.6.18.152`): the token starts a field (after
 * a space, quote, bracket, `;`, `,`, `=` or `+`, the space of W3C logs), so a path segment
 * (`/hosts/10.0.0.1`) is not one, nor is an address word (`ip/`, `host/`, `client/`).
 */
const PRODUCT_BEFORE = /(?:^|[\s"'([;,=+])(?!(?:ip|ipv4|addr|address|host|server|client|peer|gateway|src|dst|from|to|via|proxy|remote)\/)([A-Za-z][\w.!#$%&*^`|~-]*)\/$/i;
/** What follows a product's version in a user agent: a comment or the next product ("Chrome/… Safari/537.36"). */
const PRODUCT_AFTER = /^[ +]?(?:\(|[A-Za-z][\w.-]*\/\d)/;

/** The product before an upper-case one in a user agent ("… Safari/537.36 OPR/…", "… Edg/…"). */
const PRODUCT_PREVIOUS = /[A-Za-z][\w.-]*\/\d[\w.]*[ +]$/;

/**
 * A port after the number (`:51234`, then the end of the token): an address and its port, as OpenVPN
 * writes a client (`alice/203.0.113.77:51234`); a version takes no port.
 */
const PORT_AFTER = /^:\d{1,5}(?![\w.:/-])/;

/**
 * A product and its version: the token names software (it holds a lower-case letter: `Chrome`,
 * `node-exporter`; an upper-case code such as Squid's `HIER_DIRECT/` is followed by an address), or the
 * user-agent grammar goes on after the number (a comment, another product) or another product stands
 * before the token (Opera's `OPR/` last in a user agent); and no port follows.
 */
function productVersion(text: string, before: string, end: number): boolean {
  const m = PRODUCT_BEFORE.exec(before);
  if (m === null) return false;
  const after = text.slice(end, end + 40);
  return !PORT_AFTER.test(after) && (/[a-z]/.test(m[1]!) || PRODUCT_AFTER.test(after) || PRODUCT_PREVIOUS.test(before.slice(0, m.index + 1)));
}
/** A version constraint of a dependency ("node >= 1.2.3.4", "^1.2.3.4", "~> 1.2.3.4", "== …"). */
const VERSION_CONSTRAINT = /(?:[<>=~!]=|~>|\^)\s*$/;
/**
 * A pre-release or build suffix after the four parts ("-beta", "rc1", "b", " build 20231011", " (build 5)"),
 * or the architecture a build is for (" (x64)", " x86", " (64-bit)", "-arm64"; in brackets only alone in
 * them: "(x64 build agent)" may follow an address): a version.
 */
const VERSION_AFTER = /^(?:[-+~_]?(?:alpha|beta|rc|snapshot|pre|dev|build|final|stable|lts)|[A-Za-z]| \(?(?:build|rev|revision)\b| ?[([](?:x64|x86|x86_64|amd64|arm64|aarch64|win64|win32|i[36]86|(?:32|64)[- ]?bits?)[)\]]|[ _-](?:x64|x86|x86_64|amd64|arm64|aarch64|win64|win32|i[36]86|(?:32|64)[- ]?bits?)(?![\w-]))/i;

/**
 * A service's version where scanners and servers print one: an nmap port table row (`PORT STATE SERVICE
 * VERSION`: `22/tcp open ssh OpenSSH 9.6.1.2`; greppable output's `22/open/tcp//ssh//OpenSSH 9.6.1.2/`),
 * the software version of an SSH identification string (RFC 4253 §4.2: `SSH-2.0-OpenSSH_9.6.1.2`), or a
 * server daemon's name and one blank (`nginx 1.25.3.1`, `Apache httpd 2.4.58.1`; a daemon's name is
 * no address word: `route`, `connect`, `ping` and `traceroute` keep theirs).
 */
const NMAP_ROW_BEFORE = /(?:^|\n)[ \t]*\d{1,5}\/(?:tcp|udp|sctp)[ \t]+(?:open|closed|filtered|unfiltered)(?:\|filtered)?[ \t]+\S+[ \t]+[^\n\d]*$/;
const NMAP_GREPPABLE_BEFORE = /\d{1,5}\/(?:open|closed|filtered)(?:\|filtered)?\/(?:tcp|udp|sctp)\/[^/\n]*\/[^/\n]*\/[^/\n]*\/[^/\n\d]*$/;
const SSH_SOFTWARE_BEFORE = /\bSSH-\d\.\d{1,2}-[^\s-]*_$/;
const SERVER_DAEMON_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\d_-])(?:openssh|openssl|nginx|openresty|httpd|lighttpd|tomcat|jetty|iis|postfix|exim|dovecot|vsftpd|proftpd|caddy)[ \t]+$`, 'iu');
function serviceBanner(text: string, start: number, before: string): boolean {
  if (SSH_SOFTWARE_BEFORE.test(before) || SERVER_DAEMON_BEFORE().test(before)) return true;
  const line = text.slice(Math.max(0, start - 120), start);
  return line.includes('/') && (NMAP_ROW_BEFORE.test(line) || NMAP_GREPPABLE_BEFORE.test(line));
}

/**
 * A release note's "(fixes CVE-2024-1234)" after the number: a release fixes a vulnerability, a host is
 * vulnerable to one (a scanner's "10.0.0.5 (CVE-2024-1234)" keeps its address).
 */
const FIXES_CVE_AFTER = /^[ \t]*[([]?[ \t]*(?:fix(?:es|ed)?|fix for|patch(?:es|ed)?|resolves|resolved|addresses|closes)[ \t]+CVE-\d{4}-\d{4,}/i;

/**
 * Four dotted numbers are a version (or a section number), not an address, when a version cue or a
 * version constraint operator stands before them (within the 32 characters before, with no address
 * word and no other number in between: a cue labels the number next to it, so the "Version/17.2" of
 * a user agent says nothing of the X-Forwarded-For address after it), a product token and "/" stand
 * right before them, the label of another kind of number does (surroundings.ts), a letter is stuck to them ("v10…"), or a pre-release suffix follows;
 * also a version key of a record (VERSION_KEY), "upgraded from", or a range's "to" after a version. A
 * fifth part never reaches here: the pattern leaves it. `depth`: 1 when asked about a range's first number.
 */
/**
 * An object identifier's label (`urn:oid:2.5.4.42` in SAML and LDAP attribute names, `OID 2.5.4.3`, `OID
 * for the monitoring trap: 1.3.6.1`, a few words before in the same clause, no place's preposition
 * between): its four arcs are no address.
 */
const OID_BEFORE = lazyRegExp(String.raw`(?:^|[^A-Za-z])oid(?![A-Za-z])(?![^]*(?:^|[^\p{L}])(?:to|from|at|on|via|host|agent|server)(?![\p{L}]))[^\n\d.;]{0,32}$`, 'iu');
/**
 * net-snmp's commands (`snmpwalk -v2c -c public 10.0.0.1 1.3.6.1`): the SNMP internet arc (1.3.6.1, all
 * MIB objects below it) after one on its line is the OID asked for, not the agent's address.
 */
const SNMP_COMMAND_BEFORE = /(?:^|[^\w-])snmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|translate|delta|df|status)(?![\w-])[^\n]*$/;
function snmpOid(text: string, start: number): boolean {
  return text.startsWith('1.3.6.', start) && text.charCodeAt(start - 1) !== 46 && SNMP_COMMAND_BEFORE.test(text.slice(Math.max(0, start - 200), start));
}

/**
 * The X.500 arcs that X.509 and LDAP name (2.5.4: attribute types such as 2.5.4.3 commonName; 2.5.29: certificate
 * extensions such as 2.5.29.17 subjectAltName), in a text about certificates, directories or OIDs (within 200
 * characters before): `cert ext 2.5.29.17`, `OID 2.5.29.17 and 2.5.4.3`.
 */
const X500_ARC = /^2\.5\.(?:4|29)\.\d{1,3}$/;
const X509_BEFORE = /cert|x\.?509|extension|\bext\b|\boid\b|attribute|subjectaltname|\bldap|asn\.?1|\bdn\b/i;
function x500Arc(text: string, start: number, end: number): boolean {
  return X500_ARC.test(text.slice(start, end)) && X509_BEFORE.test(text.slice(Math.max(0, start - 200), start));
}

function versionNotAddress(text: string, start: number, end: number, depth = 0): boolean {
  if (start > 0) {
    const c = text.charCodeAt(start - 1);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
    const before = text.slice(Math.max(0, start - 32), start);
    if (c === 47 && productVersion(text, before, end)) return true;
    if (versionWordBefore(before) || snmpOid(text, start) || VERSION_CONSTRAINT.test(before) || VERSION_BEFORE_CJK.test(before) || VERSION_KEY.test(before) || UPGRADE_FROM().test(before) || NAMED_VERSION_BEFORE().test(before) || OID_BEFORE().test(before)) return true;
    if (x500Arc(text, start, end)) return true;
    if (serviceBanner(text, start, before) && !PORT_AFTER.test(text.slice(end, end + 8))) return true;
    // The label of another kind of number ("Reference 1.3.39.1", "parcel 10.9.26.9", "Vorgang …").
    if (labelledOther(text, start)) return true;
    const range = depth === 0 ? RANGE_BEFORE.exec(before) : null;
    if (range !== null) {
      const first = start - before.length + range.index;
      if (versionNotAddress(text, first, first + range[1]!.length, 1)) return true;
    }
  }
  return end < text.length && (VERSION_AFTER.test(text.slice(end, end + 12)) || FIXES_CVE_AFTER.test(text.slice(end, end + 32)));
}

/**
 * Four dotted numbers of 0–255, none written with a leading zero (RFC 6943: inet_aton reads "010"
 * as octal, so addresses are not written so), and nothing else.
 */
export function isDottedQuad(text: string): boolean {
  return dottedQuadNumber(text) >= 0;
}

/** The address of a dotted quad (isDottedQuad) as a number, 0 to 2^32 - 1; -1 for a text that is none. */
function dottedQuadNumber(text: string): number {
  const n = text.length;
  if (n < 7 || n > 15) return -1;
  let octets = 0;
  let address = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    let value = 0;
    while (i < n && i - start < 4) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      i++;
    }
    const len = i - start;
    if (len === 0 || len > 3 || value > 255 || (len > 1 && text.charCodeAt(start) === 48)) return -1;
    octets++;
    address = address * 256 + value;
    if (i === n) break;
    if (text.charCodeAt(i) !== 46 || octets === 4) return -1;
    i++;
  }
  return octets === 4 && i === n ? address : -1;
}

/** someonesAddress of a dotted quad, given as dottedQuadNumber reads it (the recogniser's one pass over a column's value). */
function someonesAddressNumber(address: number): boolean {
  const first = Math.floor(address / 2 ** 24);
  if (first < 128) return first !== 0;
  const hostBits = 2 ** 32 - 1 - address; // below 2^31 here (see someonesAddress)
  return (hostBits & (hostBits + 1)) !== 0;
}

/** The UNIT bits of a dotted quad's digits and dots (the recogniser's record). */
const QUAD_UNITS = unitsOf('0.');

/** The ipv4 recogniser: a dotted quad (isDottedQuad) that is someone's address (someonesAddress). */
function recogniseIpv4(text: string): number | undefined {
  const address = dottedQuadNumber(text);
  if (address < 0 || !someonesAddressNumber(address)) return undefined;
  // dottedQuadNumber read every code unit: digits and three dots (recordFeatures).
  recordFeatures(text, QUAD_UNITS, text.length - 3);
  return 0.7;
}

/**
 * Where an IPv6 address may start: not inside a word or another address, or right after a label glued to
 * it by ":" (`IP:2001:db8::1`, `inet6 addr:::ffff:192.0.2.10`, `src:…`, as config dumps and log fields
 * write one): a word that cannot be a hexadecimal group (a letter after `f` within its last four
 * characters, or five characters or more), so that the colon is the label's, not the address's.
 */
const IPV6_START_BEFORE = '(?:^|[^0-9A-Za-z:]|(?:[G-Zg-z_][0-9A-Za-z_]{0,3}|[0-9A-Za-z_]{5}):)';
const IPV6_START = `(?<=${IPV6_START_BEFORE})`;
/** The head of an IPv6 address before its dotted tail's ":" (see ipv6Tail). */
const IPV6_HEAD = new RegExp(`${IPV6_START}[0-9A-Fa-f:]{2,40}$`);

/**
 * The dotted tail of an IPv6 address (`::ffff:192.0.2.10`, `64:ff9b::198.51.100.7`): the ipv6 detector
 * reports the whole address; the four numbers alone would leave its head unmasked when a context word
 * scores them above it.
 */
function ipv6Tail(v: string, text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 58) return false;
  const head = IPV6_HEAD.exec(text.slice(Math.max(0, start - 47), start));
  return head !== null && isIPv6(head[0] + v);
}

export const ipv4: PiiDetector = {
  ...base,
  type: 'ip-address',
  label: '[IP_ADDRESS]',
  needs: NEED.digit | NEED.dot,
  minDigits: 4,
  pattern: new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g'),
  prefilter: ['.'],
  score: 0.7,
  validate: (v, text, start, end) => someonesAddress(v) && !versionNotAddress(text, start, end) && !ipv6Tail(v, text, start),
  // Four dotted octets 0–255 without leading zeros: what OCTET matches, so the match from 0 is all of it.
  recognise: recogniseIpv4,
  context: ['ip', 'address', 'host', 'client', 'server', 'addr'],
  contextScore: 0.9,
  notContext: ['version', 'ver', 'firmware', 'fw', 'sw', 'build', 'release', 'driver', 'revision', 'rev', 'section', 'chapter'],
};

/**
 * The ipv6 detector's candidates. The first character is read before the look-behind that says where an
 * address may start (IPV6_START, then that character): the engine skips characters that are no hexadecimal
 * digit or ":" before it tries anything (a look-behind first cost a third more on free text).
 */
export const IPV6_PATTERN = new RegExp(`[0-9A-Fa-f:](?<=${IPV6_START_BEFORE}.)(?:(?<=[0-9A-Fa-f])[0-9A-Fa-f]{0,3})?(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:\\d{1,3}\\.){3}\\d{1,3})?(?:%[0-9A-Za-z_-]+(?:\\.[0-9A-Za-z_-]+)*)?(?![0-9A-Za-z]|\\.\\d|:(?!\\d{1,5}(?![\\w:.])))`, 'g');
const IPV6_AT = new RegExp(IPV6_PATTERN.source, 'y');

/**
 * IPV6_PATTERN's matches in the text, in order, as its global search finds them. Every match holds a ":"
 * within its first five characters (one head character, at most three more digits, then the groups'
 * colons), so a match starting at or after `from` starts at most four characters before the first ":" at
 * or after `from`: the pattern is tried (sticky) only there, not at every hexadecimal letter of prose
 * (a fifth of the global search's cost on the pii-text corpus; the same matches: ipv6-scan.test.ts).
 */
function scanIpv6(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let found = false;
    for (let p = Math.max(from, colon - 4); p <= colon; p++) {
      IPV6_AT.lastIndex = p;
      if (IPV6_AT.exec(text) === null) continue;
      out.push({ start: p, end: IPV6_AT.lastIndex });
      from = IPV6_AT.lastIndex;
      found = true;
      break;
    }
    colon = text.indexOf(':', found ? from : colon + 1);
  }
  return out;
}

// An IPv4 tail ("::ffff:192.0.2.10") is part of the address: the match may not stop before its dot.
// A zone index (RFC 4007 §11: `fe80::1%eth0`, Windows `%11`, a VLAN `%eth0.100`) goes with the address
// it scopes, and is masked with it (an interface name after a link-local address, not a sentence's dot).
// A port written after the address without brackets (`::ffff:10.1.2.3:9100`, a ninth group after eight,
// as some exporters write a Prometheus `instance` label) ends it: the address is matched, the port left.
export const ipv6: PiiDetector = {
  ...base,
  type: 'ip-address',
  label: '[IP_ADDRESS]',
  needs: NEED.sep,
  // The pattern's matches, found only near a ":" (scanIpv6: the same matches, a fifth of the cost).
  scan: scanIpv6,
  prefilter: [':'],
  score: 0.8,
  validate: (v) => {
    const zone = v.indexOf('%');
    const a = zone < 0 ? v : v.slice(0, zone);
    return isIPv6(a) && a !== '::' && a !== '::1';
  },
  context: ['ip', 'ipv6', 'address', 'host'],
  contextScore: 0.95,
};

/** A letter, digit or underscore (a bare MAC may not be part of a longer word). */
function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
}

/**
 * Words that name a MAC address where tools and formats print one (lower case; in a text each counts
 * where a word starts, in a column name anywhere): ifconfig's `HWaddr`, ip's `link/ether`, iproute's
 * and DHCP's `hw addr`/`chaddr` (RFC 2131's client hardware address), Windows ipconfig's `Physical
 * Address` (and its German, French, Spanish, Portuguese and Italian forms, whose padding of dots puts
 * the first word of a long label more than the context window before the address: their second word
 * and the dots count), RADIUS
 * `Calling-Station-Id`/`Called-Station-Id` (RFC 3580: the station's MAC), Wi-Fi `BSSID`, `eth_addr`
 * (camelCase keys such as `clientMac`: see CAMEL_MAC). `mac` covers `MAC-Adresse`,
 * `Adresse MAC`, `dirección MAC`, `indirizzo MAC`, `macaddr`.
 */
const MAC_WORDS: readonly string[] = [
  'mac', 'ethernet', 'ether ', 'eth_addr', 'eth-addr', 'ethaddr', 'eth addr', 'wifi', 'wlan', 'bssid', 'hwaddr', 'hw addr', 'hw_addr', 'hw-addr', 'hw address',
  'chaddr', 'device', 'hardware', 'physical address', 'physische adresse', 'adresse physique', 'dirección física', 'direccion fisica', 'endereço físico',
  'indirizzo fisico', 'physique . .', 'física. .', 'física . .', 'físico. .', 'físico . .', 'fisico. .', 'fisico . .', 'station-id', 'station_id', 'stationid', 'station id',
];

/**
 * A camelCase key that ends in `Mac` (`clientMac`, `apMAC`, `wlanMacAddress`): the context words count
 * where a word starts, and the text's lower case no longer shows this one's hump. Two letters before
 * it, so that `iMac` is not one. (Every such key holds "mac", so a column's rival check still sees it.)
 */
const CAMEL_MAC = /[a-z]{2}(?:Mac|MAC)(?:Addr|Address)?(?![a-z])/;

/**
 * Six pairs with ":" or "-", three quads with ".", or twelve hexadecimal digits without separators
 * ("001A2B3C4D5E"). The bare form, as likely a hash prefix or a serial number, must be of one case
 * and a word of its own, and scores 0.3: only a MAC word near it or in the column name makes it one.
 * (One pattern for all forms: a second would scan every text again.) A ":" may follow a MAC not written
 * with ":" (RFC 3580 §3.20: `Called-Station-Id = "00-10-A4-23-19-C0:SSID"`), not a sixth ":" pair.
 */
/**
 * A DHCP message (RFC 2132 option 53's DHCPDISCOVER … DHCPINFORM, one word or two) earlier on the line:
 * ISC dhcpd and dnsmasq log the client's hardware address after it (`DHCPDISCOVER from …`, `DHCPACK on
 * 10.0.0.5 to …`, `DHCPACK(br0) 10.0.0.5 …`), some servers as twelve bare digits (`DHCP Request from …`).
 */
const DHCP_BEFORE = /(?:^|[^a-z])dhcp ?(?:discover|offer|request|decline|ack|nak|release|inform)(?![a-z])[^\n]{0,60}$/i;

/**
 * What names twelve hex digits a commit or a container: git's `HEAD is now at`, `commit`, the kernel's
 * `Fixes:` tag (submitting-patches.rst: twelve digits), `cherry picked from commit`, Docker's
 * `container`, `image`, `Successfully built`, `--->` (each right before them); a merge commit's
 * `Merge:` line of `git log` (its parents, the second after the first).
 */
const COMMIT_OR_CONTAINER_BEFORE = /(?:(?:^|[^a-z])(?:head is now at|commit|fixes|revert|container|image|layer|built|checkout|merge:(?:[ \t]+[0-9a-f]{7,40})?)|--->)[\s:#="'(]*$/i;

/**
 * Twelve bare hex digits that are a commit's or a container's id: after such a word, or first on a line
 * with more after a blank, in lower case as git and Docker print them (`git log --oneline --abbrev=12`,
 * `docker ps` and `docker images` rows).
 */
function commitOrContainer(v: string, text: string, start: number, end: number): boolean {
  const first = start === 0 || text.charCodeAt(start - 1) === 10;
  if (first && end < text.length - 1 && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) && v === v.toLowerCase()) return true;
  return COMMIT_OR_CONTAINER_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Words of a column name that names an identifier, not a device's address (see mac.notContext). */
const ID_COLUMN_WORDS: readonly string[] = ['id', 'ids', 'queue', 'session', 'serial', 'hash', 'digest', 'checksum', 'uuid', 'guid', 'trace', 'span', 'commit', 'nonce', 'token', 'key', 'lot', 'batch'];

/**
 * The record's own key right before twelve bare hex digits names a build, commit, trace or record id
 * (`"build":"`, `commit_sha=`, `"trace_id": "`) and no MAC (`mac`, `hwaddr`, `bssid`, `clientMac`,
 * `calling_station_id`): the value is that id, whatever MAC word an earlier key of the record holds
 * (`{"device_mac":"…","build":"…"}`).
 */
function idKeyed(text: string, start: number): boolean {
  const key = keyNameBefore(text, start);
  if (key === undefined) return false;
  const words = keyWords(key);
  return !words.some((w) => MAC_KEY_WORDS.has(w)) && words.some((w) => ID_KEY_WORDS.has(w));
}
/**
 * The record's own key right before twelve bare hex digits names a NIC's hardware address: Windows
 * network drivers' `NetworkAddress` registry value (the locally administered MAC that overrides the
 * burnt-in one, written as twelve bare digits in a `.reg` export) or a MAC key word. Twelve hex digits
 * are no IP address, so a network address of that shape is a MAC.
 */
function macKeyed(text: string, start: number): boolean {
  const key = keyNameBefore(text, start);
  if (key === undefined) return false;
  const words = keyWords(key);
  return words.some((w) => MAC_KEY_WORDS.has(w)) || (words.length === 2 && words[0] === 'network' && words[1] === 'address');
}
/** A table's header cell (`MAC Address`, `Client MAC`, `HW addr`) naming the field of twelve bare hex digits. */
const MAC_HEADER_CELL = /(?:^|[^a-z])(?:mac|hwaddr|hw addr|bssid|chaddr)(?![a-z])/;

/** Whether the value stands under such a header cell in a table written as text (Windows DHCP's audit log is CSV). */
function macHeaderCell(text: string, start: number): boolean {
  return pipeHeaderNames(text, start, MAC_HEADER_CELL, ',') || pipeHeaderNames(text, start, MAC_HEADER_CELL);
}
const MAC_KEY_WORDS = new Set(['mac', 'hwaddr', 'hw', 'bssid', 'chaddr', 'ethaddr', 'eth', 'ether', 'station', 'stationid']);
const ID_KEY_WORDS = new Set([...ID_COLUMN_WORDS, 'build', 'buildid', 'sha', 'revision', 'rev', 'version', 'release', 'request', 'run', 'job']);

/**
 * The MAC pattern (its three forms: see above), which scanMacs runs.
 * The three forms' first two hexadecimal digits are read once, outside the alternation: at every
 * start of a hex run (most words of prose) the pattern tries that pair once, not three times
 * (half the detector's CPU on free text; the same matches, test/unit/checks/pii/mac-pattern.test.ts).
 * The first two digits are read before the look-behind (which then reads the character before them):
 * the engine skips characters that are no hexadecimal digit before it tries anything (a third less),
 * and tries nothing at a lone hex letter of prose (`a`, `e`, `d`: a fifth less of the pattern's instructions).
 */
export const MAC_PATTERN = /[0-9A-Fa-f]{2}(?<![0-9A-Fa-f:-]..)(?:([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{2}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{10})(?![0-9A-Fa-f-]|(?<=:[0-9A-Fa-f]{2}):)/g;
/** What a MAC is written with: hexadecimal digits and its separators. */
const MAC_CHARS = asciiSet('0123456789ABCDEFabcdef:.-');

/**
 * MAC_PATTERN's matches, in order, as its global search finds them. Every match is made of MAC_CHARS, at
 * least 12 of them: it is searched for only in such runs (forEachRun reads about one character in 12
 * of prose, where the global search tried every hexadecimal letter: a quarter of its instructions; the
 * same matches: mac-pattern.test.ts), each with the character either side that its look-arounds read.
 */
function scanMacs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  forEachRun(text, MAC_CHARS, 12, (a, b) => {
    const lo = a > 0 ? a - 1 : 0;
    const window = text.slice(lo, Math.min(text.length, b + 1));
    MAC_PATTERN.lastIndex = a - lo;
    for (let m = MAC_PATTERN.exec(window); m !== null; m = MAC_PATTERN.exec(window)) out.push({ start: lo + m.index, end: lo + m.index + m[0].length });
  });
  return out;
}

export const mac: PiiDetector = {
  ...base,
  type: 'mac-address',
  label: '[MAC_ADDRESS]',
  needs: NEED.digit,
  // MAC_PATTERN's matches, searched for only in runs of its characters (scanMacs).
  scan: scanMacs,
  score: 0.7,
  maxScore: 0.7,
  validate(v, text, start, end) {
    if (/^(?:0{2}[:.-]?){5}0{2}$|^(?:f{2}[:.-]?){5}f{2}$/i.test(v.replace(/\./g, ''))) return false;
    if (v.length !== 12) return 0.7;
    if ((start > 0 && wordChar(text.charCodeAt(start - 1))) || (end < text.length && wordChar(text.charCodeAt(end)))) return false;
    // Twelve digits after a "+" are an E.164 number (a RADIUS station id holds either), never a MAC.
    if (start > 0 && text.charCodeAt(start - 1) === 43) return false;
    if (v !== v.toUpperCase() && v !== v.toLowerCase()) return false;
    if (commitOrContainer(v, text, start, end) || idKeyed(text, start)) return false;
    const before = text.slice(Math.max(0, start - 80), start);
    if (CAMEL_MAC.test(before.slice(-40)) || DHCP_BEFORE.test(before) || macKeyed(text, start) || macHeaderCell(text, start)) return 0.9;
    // A whole value in capitals with letters and digits: a cell of a column of MAC addresses written
    // without separators (`001A2B3C4D5E`), at the threshold. Lower case stays cue-only: container ids
    // and abbreviated commit hashes are twelve lower-case hexadecimal digits.
    return start === 0 && end === text.length && v === v.toUpperCase() && /[A-F]/.test(v) && /\d/.test(v) ? 0.5 : 0.3;
  },
  context: MAC_WORDS,
  contextScore: 0.9,
  contextAtWordStart: true,
  // A column named for an identifier (`queue_id`, `session`, `serial`, `hash`) and no MAC word: its
  // twelve capital hex digits are that id (a Postfix queue id, a hex serial), not a bare MAC.
  notContext: ID_COLUMN_WORDS,
  // RADIUS `Calling-Station-Id` names a MAC though it ends in `id` (the notContext word leaves the name's
  // context words without it, so the phrase is asked of the whole name).
  columnContext: ['station id', 'stationid'],
};

/**
 * netfilter's LOG target writes the link-layer header as `MAC=` and its bytes in pairs with ":": on
 * Ethernet fourteen, the destination MAC, the source MAC and the ethertype (`MAC=<6 pairs>:<6 pairs>:08:00`).
 * The mac pattern reads no MAC inside a longer run of pairs; this reads the two of that field.
 */
const MAC_HEADER = /(?<![\w])MAC=((?:[0-9A-Fa-f]{2}:){6})((?:[0-9A-Fa-f]{2}:){6})[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])/g;

export const macHeader: PiiDetector = {
  ...base,
  type: 'mac-address',
  label: '[MAC_ADDRESS]',
  needs: NEED.sep | NEED.upper,
  prefilter: ['MAC='],
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    for (const m of text.matchAll(MAC_HEADER)) {
      const dst = m.index + 4;
      const src = dst + m[1]!.length;
      out.push({ start: dst, end: src - 1 }, { start: src, end: src + m[2]!.length - 1 });
    }
    return out;
  },
  score: 0.7,
  // The null and broadcast addresses (a broadcast destination) are no one's: as for the mac detector.
  validate: mac.validate,
};
