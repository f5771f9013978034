// A tuning corpus of log lines and document text for the pii detectors (issue 17), written from the
// formats' own definitions: nginx `log_format combined` (and its `main` variant with
// `$http_x_forwarded_for`, `$request_time`), Apache mod_log_config (`%h %l %u %t "%r" %>s %b … %D`),
// HAProxy `option httplog`, AWS Application Load Balancer access log fields, W3C extended (IIS)
// `#Fields:` lines, RFC 5424 and RFC 3164 syslog, Postfix and sshd messages, logfmt, pino/bunyan
// JSON, Kubernetes klog, and user agents of Chrome (reduced UA: `Chrome/<major>.0.0.0`), Edge,
// Firefox, Safari, curl, python-requests, okhttp, Go, Dalvik and Googlebot. Every value is drawn at
// run time from a seeded PRNG; each line carries its gold labels: the personal values it holds
// (client addresses are personal data) and the hard negatives (status codes, byte counts, ports,
// PIDs, ids, versions, timestamps, durations, SKUs, order numbers). A tuning set: the detectors are
// tuned on it, never judged by it alone.
import type { CountryCode } from 'libphonenumber-js/max';
import { detectPii } from '../../checks/pii/detectors/index.js';
import { chars, int, pad, pick, rng } from './personal-data.js';
import { mobile } from './pii-tuning-set.js';

/** A span of a line: a personal value (`type`: the detector type that must find it) or a hard negative (`kind`). */
export interface LogSpan {
  start: number;
  end: number;
  value: string;
}
export interface LogLine {
  /** The format the line is written in. */
  format: string;
  text: string;
  personal: Array<LogSpan & { type: string }>;
  negatives: Array<LogSpan & { kind: string }>;
}

/** Builds a line piece by piece, recording where each labelled value stands. */
export class Line {
  text = '';
  readonly personal: LogLine['personal'] = [];
  readonly negatives: LogLine['negatives'] = [];
  constructor(readonly format: string) {}
  t(s: string): this {
    this.text += s;
    return this;
  }
  pii(type: string, value: string): this {
    this.personal.push({ type, value, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
  neg(kind: string, value: string): this {
    this.negatives.push({ kind, value, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
  done(): LogLine {
    return { format: this.format, text: this.text, personal: this.personal, negatives: this.negatives };
  }
}

type R = () => number;
const DIG = '0123456789';
const HEX = '0123456789abcdef';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A public-looking IPv4 address (documentation and ordinary unicast ranges). */
function ipv4(r: R): string {
  const first = pick(r, [203, 198, 192, 81, 94, 151, 176, 185, 212, 62, 77, 88, 31, 46, 109, 37, 5, 24, 68, 73, 98, 172, 10]);
  return `${first}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}
function ipv6(r: R): string {
  return `2001:db8:${chars(r, HEX, 4).replace(/^0+(?=.)/, '')}:${chars(r, HEX, 3)}::${chars(r, HEX, 2)}${int(r, 1, 9)}`;
}
/** An HTTP status code of the common classes. */
const status = (r: R) => String(pick(r, [200, 200, 200, 201, 204, 206, 301, 302, 304, 400, 401, 403, 404, 404, 408, 429, 499, 500, 502, 503, 504]));
/** A response size in bytes: from a few bytes to tens of megabytes (digit runs of 1–8). */
const bytes = (r: R) => String(Math.floor(10 ** (r() * 7.6)));
const port = (r: R) => String(int(r, 1024, 65535));
const pid = (r: R) => String(int(r, 100, 4194303));

/** A user-agent string (RFC 9110 `product *( RWS ( product / comment ) )`) and the product versions in it. */
function userAgent(line: Line, r: R): void {
  const chrome = int(r, 100, 131);
  const build = `${chrome}.0.${int(r, 4000, 6999)}.${int(r, 1, 250)}`;
  const os = pick(r, ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'X11; Linux x86_64', 'Linux; Android 14; Pixel 8', 'iPhone; CPU iPhone OS 17_2 like Mac OS X']);
  const webkit = (v: string) => line.t('AppleWebKit/').neg('version', v).t(' (KHTML, like Gecko) ');
  switch (int(r, 0, 10)) {
    case 0: // Chrome, reduced UA: the minor parts are frozen to 0.0.0
    case 1:
      line.t(`Mozilla/5.0 (${os}) `);
      webkit('537.36');
      line.t('Chrome/').neg('version', `${chrome}.0.0.0`).t(' Safari/').neg('version', '537.36');
      return;
    case 2: // Chrome with the full build number (older or unreduced)
      line.t(`Mozilla/5.0 (${os}) `);
      webkit('537.36');
      line.t('Chrome/').neg('version', build).t(' Mobile Safari/').neg('version', '537.36');
      return;
    case 3: // Edge
      line.t(`Mozilla/5.0 (${os}) `);
      webkit('537.36');
      line.t('Chrome/').neg('version', `${chrome}.0.0.0`).t(' Safari/').neg('version', '537.36').t(' Edg/').neg('version', `${chrome}.0.${int(r, 1000, 2999)}.${int(r, 1, 120)}`);
      return;
    case 4: {
      // Firefox
      const v = `${int(r, 100, 133)}.0`;
      line.t(`Mozilla/5.0 (X11; Linux x86_64; rv:${v}) Gecko/`).neg('version', '20100101').t(' Firefox/').neg('version', v);
      return;
    }
    case 5: // Safari
      line.t(`Mozilla/5.0 (${os}) `);
      webkit('605.1.15');
      line.t('Version/').neg('version', `${int(r, 15, 18)}.${int(r, 0, 6)}`).t(' Safari/').neg('version', '605.1.15');
      return;
    case 6: // Googlebot, the evergreen form
      line.t('Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/').neg('version', `${chrome}.0.${int(r, 4000, 6999)}.${int(r, 1, 250)}`).t(' Safari/537.36');
      return;
    case 7:
      line.t(pick(r, ['curl/', 'python-requests/', 'okhttp/', 'Go-http-client/', 'Wget/'])).neg('version', `${int(r, 1, 8)}.${int(r, 0, 30)}.${int(r, 0, 12)}`);
      return;
    case 8: // an app's own product token with a four-part version, and a comment
      line.t(pick(r, ['MyShop', 'FleetAgent', 'Acme-Sync', 'Backup.Client', 'Teams'])).t('/').neg('version', `${int(r, 1, 30)}.${int(r, 0, 20)}.${int(r, 0, 99)}.${int(r, 0, 250)}`).t(` (${pick(r, ['iOS 17.1', 'Android 13', 'Windows 10'])}) `).t(pick(r, ['CFNetwork/', 'Darwin/', 'okhttp/'])).neg('version', `${int(r, 1, 23)}.${int(r, 0, 9)}.${int(r, 0, 9)}`);
      return;
    case 9: // Dalvik with an Android build id
      line.t('Dalvik/').neg('version', '2.1.0').t(` (Linux; U; Android ${int(r, 10, 14)}; SM-G${int(r, 900, 999)}B Build/TP1A.`).neg('build-id', `${int(r, 200101, 241231)}.${pad(int(r, 1, 99), 3)}`).t(')');
      return;
    default: // an SDK with its runtime
      line.t('aws-sdk-java/').neg('version', `1.12.${int(r, 100, 700)}`).t(' Linux/').neg('version', `5.10.${int(r, 100, 250)}-${int(r, 100, 250)}.${int(r, 100, 900)}.amzn2.x86_64`).t(' OpenJDK_64-Bit_Server_VM/17.0.9+8-LTS java/17.0.9');
  }
}

/** A request path, sometimes with personal values in its query (plain, as an app logs them). */
function requestTarget(line: Line, r: R): void {
  const id = String(int(r, 10000, 99999999));
  switch (int(r, 0, 7)) {
    case 0:
      line.t('/api/v1/orders/').neg('order-number', id);
      return;
    case 1:
      line.t(`/products/${pick(r, ['widget', 'gadget', 'cable'])}-`).neg('sku', `${int(r, 1000, 9999)}-${int(r, 10, 99)}`);
      return;
    case 2:
      line.t('/static/app.').t(chars(r, HEX, 8)).t('.js?v=').neg('version', `${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 40)}`);
      return;
    case 3:
      line.t('/search?q=').t(pick(r, ['boots', 'red+dress', 'usb-c'])).t('&page=').neg('count', String(int(r, 1, 40)));
      return;
    case 4: {
      // A query string as a browser sends it: the "+" of an E.164 number is written "%2B".
      const p = phoneDigits(r);
      line.t('/account/verify?phone=').pii('phone', p.replace(/^\+/, '%2B')).t('&ts=').neg('epoch', String(epochMillis(r)));
      return;
    }
    case 5:
      line.t('/newsletter/subscribe?email=').pii('email', email(r));
      return;
    case 6:
      line.t('/track?sku=').neg('sku', `${chars(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)}-${int(r, 1000, 9999)}-${int(r, 100, 999)}`).t('&qty=').neg('count', String(int(r, 1, 9)));
      return;
    default:
      line.t('/');
  }
}

const epochMillis = (r: R) => 1_600_000_000_000 + Math.floor(r() * 150_000_000_000);
const epochSeconds = (r: R) => Math.floor(epochMillis(r) / 1000);

function email(r: R): string {
  return `${pick(r, ['jane.doe', 'm.rossi', 'k_ng', 'lars.berg', 'ana-lima', 'p.kowalski'])}${int(r, 1, 99)}@${pick(r, ['example.com', 'example.org', 'mail.example.net', 'example.co.uk'])}`;
}

const REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'BR', 'IN', 'AU'];
/** A phone number as an app writes it in a query or a field: E.164, or national digits. */
function phoneDigits(r: R): string {
  const n = mobile(r, pick(r, REGIONS))!;
  return r() < 0.5 ? n.number : n.formatNational().replace(/\D/g, '');
}
function phoneWritten(r: R): string {
  const n = mobile(r, pick(r, REGIONS))!;
  return r() < 0.5 ? n.formatInternational() : n.number;
}

/** Common log format time: `[10/Oct/2000:13:55:36 -0700]` (the value without brackets). */
function clfTime(r: R): string {
  const tz = pick(r, ['+0000', '-0700', '+0100', '+0530', '-0500']);
  return `${pad(int(r, 1, 28))}/${pick(r, MONTHS)}/${int(r, 2019, 2025)}:${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} ${tz}`;
}
/** RFC 3339 / RFC 5424 time: `2003-10-11T22:14:15.003Z`, optionally with microseconds and an offset. */
function isoTime(r: R): string {
  const frac = pick(r, ['', `.${pad(int(r, 0, 999), 3)}`, `.${pad(int(r, 0, 999999), 6)}`]);
  return `${int(r, 2019, 2025)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}${frac}${pick(r, ['Z', '+00:00', '-07:00', '+05:30'])}`;
}
/** RFC 3164 time: `Oct 11 22:14:15` (a day under 10 padded with a space). */
function bsdTime(r: R): string {
  const d = int(r, 1, 28);
  return `${pick(r, MONTHS)} ${d < 10 ? ' ' + d : d} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}`;
}
/** A latency in seconds with millisecond precision (`$request_time`, ALB processing times). */
const seconds = (r: R) => (r() * (r() < 0.8 ? 0.5 : 30)).toFixed(3);
const host = (r: R) => pick(r, ['web01', 'api-7d9f8b6c4-x2x9z', 'lb-eu-west-1a', 'mail.example.com', 'ip-10-0-3-17']);

/** nginx `combined` (and `main`: … `"$http_x_forwarded_for"`, optional `rt=$request_time`). */
function nginx(r: R): LogLine {
  const l = new Line('nginx-combined');
  if (r() < 0.2) l.pii('ip-address', ipv6(r));
  else l.pii('ip-address', ipv4(r));
  l.t(' - ').t(pick(r, ['-', '-', 'admin', 'bob'])).t(' [').neg('timestamp', clfTime(r)).t('] "').t(pick(r, ['GET', 'GET', 'POST', 'HEAD', 'PUT', 'DELETE'])).t(' ');
  requestTarget(l, r);
  l.t(` ${pick(r, ['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/1.0'])}" `).neg('status', status(r)).t(' ').neg('bytes', bytes(r)).t(' "').t(pick(r, ['-', 'https://www.example.com/', 'https://shop.example.org/cart?step=2'])).t('" "');
  userAgent(l, r);
  l.t('"');
  if (r() < 0.5) {
    l.t(' "');
    if (r() < 0.5) l.t('-');
    else l.pii('ip-address', ipv4(r)).t(', ').pii('ip-address', ipv4(r));
    l.t('"');
  }
  if (r() < 0.4) l.t(' rt=').neg('duration', seconds(r)).t(' uct="').neg('duration', seconds(r)).t('" urt="').neg('duration', seconds(r)).t('"');
  return l.done();
}

/** Apache `LogFormat "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\" %D"` (%D: microseconds). */
function apache(r: R): LogLine {
  const l = new Line('apache-combined');
  l.pii('ip-address', ipv4(r)).t(' - - [').neg('timestamp', clfTime(r)).t('] "GET ');
  requestTarget(l, r);
  l.t(' HTTP/1.1" ').neg('status', status(r)).t(' ');
  if (r() < 0.15) l.t('-');
  else l.neg('bytes', bytes(r));
  l.t(' "-" "');
  userAgent(l, r);
  l.t('" ').neg('duration', String(int(r, 100, 9_999_999)));
  return l.done();
}

/** HAProxy `option httplog`, behind a syslog header. */
function haproxy(r: R): LogLine {
  const l = new Line('haproxy-httplog');
  l.neg('timestamp', bsdTime(r)).t(' localhost haproxy[').neg('pid', pid(r)).t(']: ').pii('ip-address', ipv4(r)).t(':').neg('port', port(r)).t(' [');
  l.neg('timestamp', `${pad(int(r, 1, 28))}/${pick(r, MONTHS)}/${int(r, 2019, 2025)}:${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}.${pad(int(r, 0, 999), 3)}`);
  l.t('] http-in static/srv1 ').neg('timers', `${int(r, 0, 99)}/${int(r, 0, 9)}/${int(r, 0, 99)}/${int(r, 0, 999)}/${int(r, 0, 9999)}`).t(' ').neg('status', status(r)).t(' ').neg('bytes', bytes(r));
  l.t(' - - ---- ').neg('counters', `${int(r, 1, 999)}/${int(r, 1, 999)}/${int(r, 0, 99)}/${int(r, 0, 99)}/0`).t(' 0/0 "GET ');
  requestTarget(l, r);
  l.t(' HTTP/1.1"');
  return l.done();
}

/** AWS Application Load Balancer access log entry (fields in the documented order, the first 22). */
function alb(r: R): LogLine {
  const l = new Line('aws-alb');
  l.t(pick(r, ['http', 'https', 'h2'])).t(' ').neg('timestamp', isoTime(r).replace(/[+-]\d\d:\d\d$|Z$/, 'Z')).t(' app/my-loadbalancer/').t(chars(r, HEX, 16)).t(' ');
  l.pii('ip-address', ipv4(r)).t(':').neg('port', port(r)).t(' ').pii('ip-address', `10.0.${int(r, 0, 255)}.${int(r, 1, 254)}`).t(':').neg('port', String(pick(r, [80, 8080, 443, 3000]))).t(' ');
  l.neg('duration', seconds(r)).t(' ').neg('duration', seconds(r)).t(' ').neg('duration', seconds(r)).t(' ');
  l.neg('status', status(r)).t(' ').neg('status', status(r)).t(' ').neg('bytes', bytes(r)).t(' ').neg('bytes', bytes(r)).t(' "GET https://www.example.com:443');
  requestTarget(l, r);
  l.t(' HTTP/1.1" "');
  userAgent(l, r);
  l.t('" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:').neg('account-id', chars(r, DIG, 12)).t(':targetgroup/my-targets/').t(chars(r, HEX, 16));
  l.t(' "Root=1-').t(chars(r, HEX, 8)).t('-').t(chars(r, HEX, 24)).t('" "-" "-" 0 ').neg('timestamp', isoTime(r).replace(/[+-]\d\d:\d\d$|Z$/, 'Z')).t(' "forward" "-" "-" "');
  l.pii('ip-address', `10.0.${int(r, 0, 255)}.${int(r, 1, 254)}`).t(':80" "').neg('status', status(r)).t('" "-" "-"');
  return l.done();
}

/** W3C extended log (IIS): `date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken`. */
function w3c(r: R): LogLine {
  const l = new Line('w3c-iis');
  const t = isoTime(r);
  l.neg('timestamp', t.slice(0, 10)).t(' ').neg('timestamp', t.slice(11, 19)).t(' ').pii('ip-address', ipv4(r)).t(' GET /default.htm ');
  if (r() < 0.5) l.t('-');
  else l.t('id=').neg('order-number', String(int(r, 100000, 99999999)));
  l.t(' ').neg('port', pick(r, ['80', '443'])).t(' - ').pii('ip-address', ipv4(r)).t(' ');
  const ua = new Line('');
  userAgent(ua, r);
  // W3C fields hold no spaces: the user agent is written with "+" for spaces.
  const offset = l.text.length;
  l.text += ua.text.replace(/ /g, '+');
  for (const n of ua.negatives) l.negatives.push({ ...n, start: n.start + offset, end: n.end + offset });
  l.t(' - ').neg('status', status(r)).t(' ').neg('substatus', String(int(r, 0, 9))).t(' ').neg('win32-status', pick(r, ['0', '0', '64', '1236'])).t(' ').neg('duration', String(int(r, 1, 99999)));
  return l.done();
}

/** RFC 5424: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] MSG`. */
function rfc5424(r: R): LogLine {
  const l = new Line('syslog-5424');
  l.t(`<${int(r, 0, 191)}>1 `).neg('timestamp', isoTime(r)).t(` ${host(r)} `);
  const kind = int(r, 0, 2);
  if (kind === 0) {
    l.t('sshd ').neg('pid', pid(r)).t(' - - Failed password for invalid user admin from ').pii('ip-address', ipv4(r)).t(' port ').neg('port', port(r)).t(' ssh2');
  } else if (kind === 1) {
    l.t('evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="').neg('event-id', String(int(r, 1000, 9999))).t('"] ').t('An application event log entry...');
  } else {
    l.t('app ').neg('pid', pid(r)).t(' ID').neg('msg-id', String(int(r, 10, 99))).t(' [meta sequenceId="').neg('sequence', String(int(r, 1, 99999999))).t('"] user ').pii('email', email(r)).t(' logged in from ').pii('ip-address', ipv4(r));
  }
  return l.done();
}

/** RFC 3164 (BSD syslog): `<PRI>Mmm dd hh:mm:ss HOST TAG[PID]: MSG`; Postfix and sshd messages. */
function rfc3164(r: R): LogLine {
  const l = new Line('syslog-3164');
  if (r() < 0.5) l.t(`<${int(r, 0, 191)}>`);
  l.neg('timestamp', bsdTime(r)).t(` ${host(r)} `);
  switch (int(r, 0, 3)) {
    case 0:
      l.t('sshd[').neg('pid', pid(r)).t(']: Accepted publickey for deploy from ').pii('ip-address', ipv4(r)).t(' port ').neg('port', port(r)).t(' ssh2: RSA SHA256:').t(chars(r, 'abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789+/', 43));
      return l.done();
    case 1:
      l.t('postfix/smtpd[').neg('pid', pid(r)).t(']: connect from unknown[').pii('ip-address', ipv4(r)).t(']');
      return l.done();
    case 2:
      l.t('postfix/smtp[').neg('pid', pid(r)).t(`]: ${chars(r, '0123456789ABCDEF', 10)}: to=<`).pii('email', email(r)).t('>, relay=mx.example.net[').pii('ip-address', ipv4(r)).t(']:25, delay=').neg('duration', (r() * 9).toFixed(1));
      l.t(', delays=').neg('duration', `${(r() * 2).toFixed(2)}/0/${(r() * 2).toFixed(1)}/${(r() * 2).toFixed(1)}`).t(', dsn=').neg('version', '2.0.0').t(', status=sent (250 ').neg('version', '2.0.0').t(' OK ').neg('epoch', String(epochSeconds(r))).t(' ').t(chars(r, 'abcdefghijklmnop0123456789', 10)).t(' - gsmtp)');
      return l.done();
    default:
      l.t('kernel: [').neg('uptime', `${int(r, 1, 999999)}.${pad(int(r, 0, 999999), 6)}`).t('] IN=eth0 OUT= MAC=').pii('mac-address', '52:54:00:12:34:56').t(':').pii('mac-address', '52:54:00:65:43:21').t(':').neg('ethertype', '08:00').t(' SRC=').pii('ip-address', ipv4(r)).t(' DST=').pii('ip-address', `10.0.${int(r, 0, 255)}.${int(r, 1, 254)}`).t(' LEN=').neg('length', String(int(r, 40, 1500))).t(' TTL=').neg('ttl', String(int(r, 32, 128))).t(' ID=').neg('packet-id', String(int(r, 1, 65535))).t(' PROTO=TCP SPT=').neg('port', port(r)).t(' DPT=').neg('port', '22');
      return l.done();
  }
}

/** logfmt (Heroku/Go style `key=value` pairs), one request per line. */
function logfmt(r: R): LogLine {
  const l = new Line('logfmt');
  l.t('time=').neg('timestamp', isoTime(r)).t(' level=info msg="request completed" method=GET path=');
  requestTarget(l, r);
  l.t(' status=').neg('status', status(r)).t(' bytes=').neg('bytes', bytes(r)).t(' duration=').neg('duration', `${(r() * 900).toFixed(3)}ms`);
  l.t(' request_time=').neg('duration', seconds(r)).t(' remote_addr=').pii('ip-address', ipv4(r)).t(' request_id=').t(chars(r, HEX, 32));
  if (r() < 0.3) l.t(' user=').pii('email', email(r));
  if (r() < 0.2) l.t(' sms_to=').pii('phone', phoneWritten(r)).t(' sms_id=').neg('message-id', String(int(r, 100000000, 999999999)));
  return l.done();
}

/** pino (Node.js) JSON: numeric level, epoch-millisecond time, req/res serialisers. */
function pino(r: R): LogLine {
  const l = new Line('pino-json');
  l.t(`{"level":${pick(r, [30, 30, 40, 50])},"time":`).neg('epoch', String(epochMillis(r))).t(',"pid":').neg('pid', pid(r)).t(`,"hostname":"${host(r)}","req":{"id":`).neg('request-id', String(int(r, 1, 9_999_999))).t(',"method":"GET","url":"');
  requestTarget(l, r);
  l.t('","remoteAddress":"');
  if (r() < 0.4) l.pii('ip-address', `::ffff:${ipv4(r)}`);
  else l.pii('ip-address', ipv4(r));
  l.t('","remotePort":').neg('port', port(r)).t('},"res":{"statusCode":').neg('status', status(r)).t('},"responseTime":').neg('duration', (r() * 400).toFixed(int(r, 0, 3))).t(',"msg":"request completed"}');
  return l.done();
}

/** bunyan JSON: `v`, ISO time, and an app message (a signup with contact details, an order). */
function bunyan(r: R): LogLine {
  const l = new Line('bunyan-json');
  l.t(`{"name":"shop","hostname":"${host(r)}","pid":`).neg('pid', pid(r)).t(',"level":30,');
  if (r() < 0.5) {
    l.t('"user":{"email":"').pii('email', email(r)).t('","phone":"').pii('phone', phoneWritten(r)).t('"},"msg":"signup"');
  } else {
    l.t('"order":{"id":').neg('order-number', String(int(r, 10_000_000, 99_999_999))).t(',"sku":"').neg('sku', `${int(r, 100, 999)}-${int(r, 1000, 9999)}-${int(r, 10, 99)}`).t('","total":').neg('amount', (r() * 900).toFixed(2)).t(',"items":').neg('count', String(int(r, 1, 9))).t('},"msg":"order placed"');
  }
  l.t(',"time":"').neg('timestamp', isoTime(r).replace(/[+-]\d\d:\d\d$/, 'Z')).t('","v":0}');
  return l.done();
}

/** A telephony provider's call record (webhook JSON): numbers and the times of the call under their keys. */
function callRecord(r: R): LogLine {
  const l = new Line('call-record');
  l.t(`{"call_id":"CA${chars(r, HEX, 32)}","from":"`).pii('phone', mobile(r, pick(r, REGIONS))!.number).t('","to":"').pii('phone', mobile(r, pick(r, REGIONS))!.number);
  l.t('","call_started_at":').neg('epoch', String(epochSeconds(r))).t(',"callEndedAt":').neg('epoch', String(epochSeconds(r))).t(',"sms_sent_ts":"').neg('epoch', String(epochMillis(r))).t('","duration":').neg('duration', String(int(r, 1, 3600))).t(',"price":"').neg('amount', `-0.0${int(r, 10, 99)}`).t('"}');
  return l.done();
}

/** Error and database logs: Apache and nginx error logs, Squid access log, MySQL slow log, PostgreSQL, fail2ban. */
function serverErrors(r: R): LogLine {
  const l = new Line('server-errors');
  const hms = () => `${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}`;
  const ymd = () => `${int(r, 2019, 2025)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`;
  switch (int(r, 0, 5)) {
    case 0: // Apache 2.4 error log
      l.t('[').neg('timestamp', `${pick(r, DAYS)} ${pick(r, MONTHS)} ${pad(int(r, 1, 28))} ${hms()}.${pad(int(r, 0, 999999), 6)} ${int(r, 2019, 2025)}`).t('] [core:error] [pid ').neg('pid', pid(r)).t(':tid ').neg('thread-id', String(int(r, 100000000000, 999999999999))).t('] [client ').pii('ip-address', ipv4(r)).t(':').neg('port', port(r)).t('] AH00037: Symbolic link not allowed or link target not accessible');
      break;
    case 1: // nginx error log
      l.neg('timestamp', `${ymd().replace(/-/g, '/')} ${hms()}`).t(' [error] ').neg('pid', `${pid(r)}#${int(r, 0, 9999)}`).t(': *').neg('connection', String(int(r, 1, 99999999))).t(' open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: ').pii('ip-address', ipv4(r)).t(', server: example.com, request: "GET /favicon.ico HTTP/1.1", host: "www.example.com"');
      break;
    case 2: // Squid native access log: time elapsed client code/status bytes method URL
      l.neg('epoch', `${epochSeconds(r)}.${pad(int(r, 0, 999), 3)}`).t(' '.repeat(int(r, 1, 5))).neg('duration', String(int(r, 1, 99999))).t(' ').pii('ip-address', ipv4(r)).t(' TCP_MISS/').neg('status', status(r)).t(' ').neg('bytes', bytes(r)).t(' GET http://www.example.com/ - HIER_DIRECT/').pii('ip-address', ipv4(r)).t(' text/html');
      break;
    case 3: // MySQL slow query log
      l.t('# Time: ').neg('timestamp', `${ymd()}T${hms()}.${pad(int(r, 0, 999999), 6)}Z`).t(' # User@Host: app[app] @  [').pii('ip-address', ipv4(r)).t(']  Id: ').neg('connection', String(int(r, 1, 9999999))).t(' # Query_time: ').neg('duration', (r() * 9).toFixed(6)).t('  Lock_time: ').neg('duration', (r() * 0.01).toFixed(6)).t(' Rows_sent: ').neg('count', String(int(r, 0, 999))).t('  Rows_examined: ').neg('count', String(int(r, 1000, 9999999)));
      break;
    case 4: // PostgreSQL with log_line_prefix '%m [%p] %q%u@%d '
      l.neg('timestamp', `${ymd()} ${hms()}.${pad(int(r, 0, 999), 3)} UTC`).t(' [').neg('pid', pid(r)).t('] app@shop LOG:  duration: ').neg('duration', `${(r() * 9999).toFixed(3)}`).t(' ms  statement: SELECT * FROM orders WHERE id = ').neg('order-number', String(int(r, 1000000, 99999999)));
      break;
    default: // fail2ban
      l.neg('timestamp', `${ymd()} ${hms()},${pad(int(r, 0, 999), 3)}`).t(' fail2ban.actions        [').neg('pid', pid(r)).t(']: NOTICE  [sshd] Ban ').pii('ip-address', ipv4(r));
  }
  return l.done();
}

/** Kubernetes klog header (`Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg`). */
function klog(r: R): LogLine {
  const l = new Line('klog');
  const month = pad(int(r, 1, 12));
  const day = pad(int(r, 1, 28));
  l.t(pick(r, ['I', 'W', 'E'])).neg('timestamp', `${month}${day} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}.${pad(int(r, 0, 999999), 6)}`).t('    ').neg('thread-id', String(int(r, 1, 99999)));
  l.t(` controller.go:${int(r, 10, 999)}] "Observed a panic" pod="default/web-7d9f8b6c4-x2x9z" podIP="`).pii('ip-address', `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`).t('" restartCount=').neg('count', String(int(r, 0, 40))).t(' resourceVersion="').neg('resource-version', String(int(r, 1_000_000, 999_999_999))).t('"');
  return l.done();
}

/** Application log lines with durations, uptimes, versions and epoch times in prose. */
function appProse(r: R): LogLine {
  const l = new Line('app-prose');
  l.neg('timestamp', `${int(r, 2019, 2025)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))},${pad(int(r, 0, 999), 3)}`).t(` ${pick(r, ['INFO', 'WARN', 'DEBUG'])} [main] `);
  switch (int(r, 0, 5)) {
    case 0:
      l.t('Started Application in ').neg('duration', `${int(r, 1, 99)}.${pad(int(r, 0, 999), 3)}`).t(' seconds (process running for ').neg('duration', `${int(r, 1, 99)}.${pad(int(r, 0, 999), 3)}`).t(')');
      break;
    case 1:
      l.t('Agent ').t(pick(r, ['FleetAgent', 'node-exporter', 'Datadog Agent'])).t('/').neg('version', `${int(r, 1, 9)}.${int(r, 0, 40)}.${int(r, 0, 9)}.${int(r, 0, 250)}`).t(' connected from ').pii('ip-address', ipv4(r));
      break;
    case 2:
      l.t('Cache warmed: ').neg('count', String(int(r, 1_000_000, 99_999_999))).t(' keys in ').neg('duration', String(int(r, 1000, 99999))).t(' ms, last_seen=').neg('epoch', String(epochMillis(r)));
      break;
    case 3:
      l.t('Callback for contact ').neg('contact-id', String(int(r, 1_000_000, 9_999_999))).t(' scheduled at ').neg('epoch', String(epochSeconds(r))).t(' (retry in ').neg('duration', String(int(r, 100, 9999))).t(' ms)');
      break;
    case 4:
      l.t('Customer ').pii('email', email(r)).t(' asked to be called back on ').pii('phone', phoneWritten(r));
      break;
    default:
      l.t('Upstream ').pii('ip-address', ipv4(r)).t(':').neg('port', port(r)).t(' responded ').neg('status', status(r)).t(' ').neg('bytes', bytes(r)).t(' bytes in ').neg('duration', `${(r() * 2).toFixed(3)}s`);
  }
  return l.done();
}

/** Document text: order confirmations and invoices with SKUs, order numbers, prices and contact details. */
function invoice(r: R): LogLine {
  const l = new Line('document');
  const quad = () => `${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 40)}.${int(r, 0, 9)}`;
  switch (int(r, 0, 6)) {
    case 5: // dotted reference numbers after their label, past a version word earlier in the text
      l.t(`Fixed in release ${int(r, 2, 9)}.${int(r, 0, 9)}. `).t(pick(r, ['Reference ', 'The parcel ', 'Ticket ', 'Vorgang '])).neg('reference', quad()).t(pick(r, [' was logged.', ' left the depot.', ' wurde erfasst.']));
      break;
    case 6: // an address after a link with a version word in it
      l.t(`See https://docs.example.com/release/${int(r, 1000, 99999)}. Reach me at `).pii('ip-address', ipv4(r)).t('.');
      break;
    case 0:
      l.t('Order ').neg('order-number', `${int(r, 100, 999)}-${int(r, 1000000, 9999999)}-${int(r, 1000000, 9999999)}`).t(' placed on ').neg('date', `${pick(r, DAYS)}, ${pick(r, MONTHS)} ${int(r, 1, 28)}, ${int(r, 2019, 2025)}`).t('. Questions? Call us at ').pii('phone', phoneWritten(r)).t('.');
      break;
    case 1:
      l.t(`${int(r, 1, 5)} x `).neg('sku', `${int(r, 10, 99)}-${int(r, 1000, 9999)}-${int(r, 1000, 9999)}`).t(` ${pick(r, ['Blue widget', 'USB-C cable 2m', 'Desk lamp'])}  `).neg('amount', `${int(r, 1, 999)}.${pad(int(r, 0, 99))}`).t(' EUR');
      break;
    case 2:
      l.t('Item ').neg('sku', `${chars(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2)}-${int(r, 100000, 999999)}`).t(', qty ').neg('count', String(int(r, 1, 9))).t(', shipped ').neg('date', `${int(r, 2019, 2025)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`).t(' to ').pii('email', email(r));
      break;
    case 3:
      l.t('Requires ').t(pick(r, ['Windows', 'the Agent', 'Firmware', 'Java'])).t(' ').neg('version', `${int(r, 1, 20)}.${int(r, 0, 9)}.${int(r, 10000, 22631)}`).t(' or later; tested with build ').neg('version', `${int(r, 1, 20)}.${int(r, 0, 9)}.${int(r, 0, 99)}.${int(r, 0, 250)}`).t('.');
      break;
    default:
      l.t('Ticket ').neg('ticket', String(int(r, 100000, 9999999))).t(' opened ').neg('timestamp', `${pad(int(r, 1, 28))}.${pad(int(r, 1, 12))}.${int(r, 2019, 2025)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}`).t(' by ').pii('email', email(r)).t(', phone ').pii('phone', phoneWritten(r));
  }
  return l.done();
}

/** Server banners, kernel and build lines, stack frames, package pins: versions and times in every shape. */
function banners(r: R): LogLine {
  const l = new Line('banners');
  const v3 = () => `${int(r, 1, 20)}.${int(r, 0, 30)}.${int(r, 0, 40)}`;
  const v4 = () => `${int(r, 1, 20)}.${int(r, 0, 30)}.${int(r, 0, 99)}.${int(r, 0, 250)}`;
  switch (int(r, 0, 7)) {
    case 0: // HTTP response headers as logged
      l.t('Server: Apache/').neg('version', v3()).t(' (Debian) OpenSSL/').neg('version', v3()).t(' mod_wsgi/').neg('version', v3()).t(' Python/').neg('version', `3.${int(r, 8, 12)}`).t(' X-Powered-By: PHP/').neg('version', v3());
      break;
    case 1: // Linux boot line
      l.t('kernel: Linux version ').neg('version', `${int(r, 4, 6)}.${int(r, 0, 19)}.${int(r, 0, 200)}-${int(r, 10, 120)}-generic`).t(` (buildd@lcy02-amd64-0${int(r, 10, 99)}) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0) #${int(r, 10, 200)}-Ubuntu SMP `).neg('timestamp', `${pick(r, DAYS)} ${pick(r, MONTHS)} ${int(r, 1, 28)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} UTC ${int(r, 2019, 2025)}`);
      break;
    case 2: // a Java stack frame and a thread dump header
      l.t(`\tat com.example.shop.OrderService.place(OrderService.java:`).neg('line', String(int(r, 10, 2000))).t(`) ~[shop-core-`).neg('version', v3()).t('.jar:').neg('version', v3()).t(`] "http-nio-8080-exec-${int(r, 1, 200)}" #`).neg('thread-id', String(int(r, 10, 999))).t(' daemon prio=5 os_prio=0 cpu=').neg('duration', `${(r() * 9999).toFixed(2)}ms`).t(' elapsed=').neg('duration', `${(r() * 99999).toFixed(2)}s`);
      break;
    case 3: // package pins and image tags
      l.t('Collected: requests==').neg('version', v3()).t(' urllib3==').neg('version', v3()).t(' image nginx:').neg('version', `${v3()}-alpine`).t(' agent ').neg('version', `v${v4()}`).t(' firmware ').neg('version', v4()).t('; mobile app ').neg('version', v4()).t(' build ').neg('build-id', String(int(r, 20190101, 20251231)));
      break;
    case 4: // Windows event and build numbers
      l.t(`OS build `).neg('version', `10.0.${int(r, 17763, 22631)}.${int(r, 1000, 4000)}`).t(', event ').neg('event-id', String(int(r, 1000, 9999))).t(' at ').neg('timestamp', `${pad(int(r, 1, 12))}/${pad(int(r, 1, 28))}/${int(r, 2019, 2025)} ${int(r, 1, 12)}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} ${pick(r, ['AM', 'PM'])}`).t(' from workstation ').pii('ip-address', ipv4(r));
      break;
    case 5: // durations and latencies in the shapes tools print
      l.t('GC pause ').neg('duration', `${int(r, 0, 99)}.${pad(int(r, 0, 999999), 6)}`).t(' secs, uptime ').neg('duration', `${int(r, 0, 99)}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}.${pad(int(r, 0, 999), 3)}`).t(', took ').neg('duration', String(int(r, 1_000_000, 99_999_999))).t(' ns, p99=').neg('duration', `${(r() * 900).toFixed(1)}ms`).t(' rss=').neg('bytes', String(int(r, 10_000_000, 9_999_999_999))).t(' bytes');
      break;
    case 6: // Go and Python logging headers
      l.neg('timestamp', `${int(r, 2019, 2025)}/${pad(int(r, 1, 12))}/${pad(int(r, 1, 28))} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}.${pad(int(r, 0, 999999), 6)}`).t(' http: TLS handshake error from ').pii('ip-address', ipv4(r)).t(':').neg('port', port(r)).t(': EOF');
      break;
    default: // an epoch with its unit, a Unix date, an RFC 2822 date
      l.t('cert expires ').neg('epoch', String(epochSeconds(r))).t(' (').neg('timestamp', `${pick(r, DAYS)}, ${int(r, 1, 28)} ${pick(r, MONTHS)} ${int(r, 2019, 2025)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} +0000`).t('), serial ').neg('serial', chars(r, DIG, 20));
  }
  return l.done();
}

const FORMATS: ReadonlyArray<(r: R) => LogLine> = [nginx, nginx, apache, haproxy, alb, w3c, rfc5424, rfc3164, logfmt, pino, bunyan, klog, appProse, invoice, banners, callRecord, serverErrors];

/** `n` lines of the corpus, the same for a given seed. */
export function logTuningSet(seed = 17, n = 1500): LogLine[] {
  const r = rng(seed);
  const out: LogLine[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, FORMATS)(r));
  return out;
}

/** What detectPii made of tuning lines, as counts keyed by format and type or kind (never a value). */
export interface LogTally {
  /** Personal values per `format type`. */
  seen: Record<string, number>;
  /** Personal values not found whole (type and span), per `format type`. */
  missed: Record<string, number>;
  /** Hard negatives overlapped by a match, per `format kind as type`. */
  masked: Record<string, number>;
  /** Hard negatives per format. */
  negatives: Record<string, number>;
}

/** Runs detectPii over the lines and counts what it found, missed and masked. */
export function tallyLogLines(lines: readonly LogLine[]): LogTally {
  const t: LogTally = { seen: {}, missed: {}, masked: {}, negatives: {} };
  const bump = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);
  for (const { format, text, personal, negatives } of lines) {
    const got = detectPii(text);
    for (const p of personal) {
      bump(t.seen, `${format} ${p.type}`);
      if (!got.some((m) => m.type === p.type && m.start === p.start && m.end === p.end)) bump(t.missed, `${format} ${p.type}`);
    }
    for (const n of negatives) {
      bump(t.negatives, format);
      const over = got.find((m) => m.start < n.end && n.start < m.end);
      if (over) bump(t.masked, `${format} ${n.kind} as ${over.type}`);
    }
  }
  return t;
}

/** The counts of `o` summed per `group(key)`. */
export function countsBy(o: Record<string, number>, group: (key: string) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(o)) out[group(k)] = (out[group(k)] ?? 0) + n;
  return out;
}

/** A tally key's format: the key less its last word (`rfc5424 phone` → `rfc5424`). */
export const formatOfKey = (key: string): string => key.slice(0, key.lastIndexOf(' '));
