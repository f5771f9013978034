// Machine-written text: web and proxy access logs (nginx/Apache combined, Apache error log, IIS W3C
// extended, HAProxy httplog, AWS ALB, CloudFront, Envoy's default format), syslog (RFC 3164 and
// RFC 5424 with structured data), JSON and logfmt application logs, `kubectl get events` and
// `describe pod` output, CI build logs. Field order and separators follow each format's
// documentation; the personal values sit where those formats put them (client address, user,
// forwarded-for, DHCP MAC, mail recipients, leaked environment variables).
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from './doc.js';
import { cpuQuantity, ephemeralPort, instant, memoryQuantity, neg, timestamp, type Instant } from './negatives.js';
import { HEX } from '../pii-heldout/prng.js';
import { awsKeyId, awsSecret, card, email, githubToken, ip, ipv4Text, ipv6Text, mac, slackToken } from './values.js';
import { phone } from './phones.js';

const PATHS = ['/api/v2/orders', '/checkout/confirm', '/static/app.js', '/login', '/api/users/me', '/healthz', '/wp-login.php', '/search?q=winter+jacket', '/img/logo@2x.png', '/cart/items'];
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];
const HOSTS = ['web-01', 'web-02', 'lb-eu-1', 'edge-fra', 'app-7c9d'];

const ipValue = (rng: Rng) => {
  const v6 = rng.chance(0.2);
  return { text: v6 ? ipv6Text(rng) : ipv4Text(rng), type: 'ip-address', form: v6 ? 'ipv6-log' : 'ipv4-log' };
};

/** A client address and port: IPv6 in brackets (RFC 3986 authority form), as proxies print it. */
function ipPort(d: Doc, rng: Rng): Doc {
  const a = ipValue(rng);
  if (a.text.includes(':')) d.t('[').v(a).t(']');
  else d.v(a);
  return d.t(':').n('port', ephemeralPort(rng));
}

function lines(rng: Rng, n: [number, number], line: (d: Doc, t: Instant) => void): Unit {
  const d = new Doc();
  const count = rng.int(n[0], n[1]);
  for (let i = 0; i < count; i++) {
    line(d, instant(rng));
    d.t('\n');
  }
  return d.done();
}

function combined(rng: Rng): Unit {
  return lines(rng, [3, 8], (d, t) => {
    d.v(ipValue(rng)).t(' - ');
    if (rng.chance(0.2)) d.v(email(rng));
    else d.t('-');
    d.t(' [').n('timestamp', timestamp(t, 'clf')).t(`] "${rng.pick(METHODS)} ${rng.pick(PATHS)}`);
    if (rng.chance(0.3)) d.t('/').n('order-number', neg(rng, 'order-number').replace('#', ''));
    d.t(' HTTP/1.1" ').n('http-status-bytes', neg(rng, 'http-status-bytes')).t(` "${rng.pick(['-', 'https://shop.example.com/', 'https://www.google.com/'])}" "`).n('user-agent', neg(rng, 'user-agent')).t('"');
    if (rng.chance(0.4)) d.t(' rt=').n('latency', neg(rng, 'latency')).t(' uct="').n('latency', neg(rng, 'latency')).t('"');
  });
}

function apacheError(rng: Rng): Unit {
  return lines(rng, [2, 6], (d, t) => {
    d.t('[').n('timestamp', timestamp(t, 'apache-error')).t(`] [${rng.pick(['core:error', 'ssl:warn', 'proxy:error', 'php:notice'])}] [pid `).n('pid', neg(rng, 'pid')).t(':tid ').n('pid', neg(rng, 'pid'));
    d.t('] [client ');
    ipPort(d, rng).t(`] AH0${rng.int(1000, 2999)}: `);
    if (rng.chance(0.3)) d.t('user ').v(email(rng)).t(' authentication failure for "/admin": Password Mismatch');
    else d.t(rng.pick(['File does not exist: /var/www/html/favicon.ico', 'client denied by server configuration', 'AH01114: HTTP: failed to make connection to backend']));
  });
}

function iis(rng: Rng): Unit {
  const d = new Doc();
  const t0 = instant(rng);
  d.t('#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: ').n('timestamp', timestamp(t0, 'w3c'));
  d.t('\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n');
  for (let i = rng.int(3, 7); i > 0; i--) {
    const t = instant(rng);
    d.n('timestamp', timestamp(t, 'w3c')).t(' ').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-log' }).t(` ${rng.pick(METHODS)} ${rng.pick(['/owa/auth/logon.aspx', '/Default.aspx', '/api/invoice'])} `);
    if (rng.chance(0.3)) d.t('id=').n('invoice-number', neg(rng, 'invoice-number'));
    else d.t('-');
    d.t(' ').n('port', String(rng.pick([80, 443]))).t(' ');
    if (rng.chance(0.35)) d.v(email(rng));
    else d.t(rng.chance(0.5) ? 'CONTOSO\\asmith' : '-');
    d.t(' ').v(ipValue(rng)).t(' ').n('user-agent', neg(rng, 'user-agent').replace(/ /g, '+')).t(' - ');
    d.n('http-status-bytes', `${rng.pick([200, 302, 401, 404])} 0`).t(' 0 ').n('latency', String(rng.int(1, 4000))).t('\n');
  }
  return d.done();
}

function haproxy(rng: Rng): Unit {
  return lines(rng, [3, 7], (d, t) => {
    d.n('timestamp', timestamp(t, 'rfc3164')).t(` ${rng.pick(HOSTS)} haproxy[`).n('pid', neg(rng, 'pid')).t(']: ');
    ipPort(d, rng);
    d.t(' [').n('timestamp', timestamp(t, 'haproxy')).t(`] fe_https~ be_${rng.pick(['api', 'web', 'auth'])}/srv${rng.int(1, 4)} `);
    d.n('latency', `${rng.int(0, 20)}/${rng.int(0, 3)}/${rng.int(0, 40)}/${rng.int(1, 900)}/${rng.int(10, 2000)}`).t(' ').n('http-status-bytes', neg(rng, 'http-status-bytes'));
    d.t(` - - ---- ${rng.int(1, 40)}/${rng.int(1, 40)}/${rng.int(0, 9)}/${rng.int(0, 9)}/0 0/0 `);
    if (rng.chance(0.3)) d.t('{').v(email(rng)).t('} ');
    d.t(`"${rng.pick(METHODS)} ${rng.pick(PATHS)} HTTP/1.1"`);
  });
}

function alb(rng: Rng): Unit {
  return lines(rng, [2, 5], (d, t) => {
    d.t(`${rng.pick(['https', 'h2', 'http'])} `).n('timestamp', timestamp(t, 'iso-micro')).t(' app/prod-shop/').n('request-id', rng.chars(HEX, 16)).t(' ');
    ipPort(d, rng).t(' ').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-log' }).t(':').n('port', neg(rng, 'port'));
    d.t(' ').n('latency', `0.00${rng.int(0, 9)}`).t(' ').n('latency', `0.${rng.digits(3)}`).t(' ').n('latency', '0.000').t(' ').n('http-status-bytes', `${rng.pick([200, 302, 404])} ${rng.pick([200, 302, 404])}`);
    d.t(' ').n('bytes', String(rng.int(80, 4000))).t(' ').n('bytes', String(rng.int(0, 2_000_000))).t(` "GET https://shop.example.com:443${rng.pick(PATHS)} HTTP/1.1" "`).n('user-agent', neg(rng, 'user-agent'));
    d.t('" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-central-1:').n('aws-account-id', neg(rng, 'aws-account-id')).t(':targetgroup/shop-tg/').n('request-id', rng.chars(HEX, 16));
    d.t(' "').n('request-id', `Root=1-${rng.chars(HEX, 8)}-${rng.chars(HEX, 24)}`).t('" "shop.example.com" "-" 0 ').n('timestamp', timestamp(t, 'iso-micro')).t(' "forward" "-" "-"');
  });
}

function cloudfront(rng: Rng): Unit {
  const d = new Doc();
  d.t('#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query x-edge-result-type x-edge-request-id time-taken\n');
  for (let i = rng.int(2, 5); i > 0; i--) {
    const t = instant(rng);
    d.n('timestamp', timestamp(t, 'w3c').replace(' ', '\t')).t(`\t${rng.pick(['FRA56-P1', 'AMS1-C1', 'LHR61-P3', 'IAD89-C2'])}\t`).n('bytes', String(rng.int(200, 900_000))).t('\t').v(ipValue(rng));
    d.t(`\tGET\td111111abcdef8.cloudfront.net\t${rng.pick(PATHS)}\t`).n('http-status-bytes', String(rng.pick([200, 304, 403]))).t('\t-\t').n('user-agent', neg(rng, 'user-agent').replace(/ /g, '%20')).t('\t');
    if (rng.chance(0.3)) d.t('ref=').n('tracking-number', neg(rng, 'tracking-number'));
    else d.t('-');
    d.t(`\t${rng.pick(['Hit', 'Miss', 'RefreshHit'])}\t`).n('request-id', neg(rng, 'request-id')).t('\t').n('latency', `0.${rng.digits(3)}`).t('\n');
  }
  return d.done();
}

function envoy(rng: Rng): Unit {
  return lines(rng, [2, 6], (d, t) => {
    d.t('[').n('timestamp', timestamp(t, 'iso-z')).t(`] "${rng.pick(METHODS)} ${rng.pick(PATHS)} HTTP/2" `).n('http-status-bytes', `${rng.pick([200, 503, 404])} - ${rng.int(0, 900)} ${rng.int(0, 90000)}`);
    d.t(' ').n('latency', String(rng.int(1, 3000))).t(' ').n('latency', String(rng.int(1, 3000))).t(' "').v(ipValue(rng));
    if (rng.chance(0.4)) d.t(',').v(ipValue(rng));
    d.t('" "').n('user-agent', neg(rng, 'user-agent')).t('" "').n('uuid', neg(rng, 'uuid')).t('" "api.internal" "').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-log' }).t(':').n('port', neg(rng, 'port')).t('"');
  });
}

function syslog3164(rng: Rng): Unit {
  return lines(rng, [3, 7], (d, t) => {
    d.t(`<${rng.int(0, 191)}>`).n('timestamp', timestamp(t, 'rfc3164')).t(` ${rng.pick(HOSTS)} `);
    const k = rng.int(0, 3);
    if (k === 0) d.t('sshd[').n('pid', neg(rng, 'pid')).t(`]: ${rng.pick(['Failed password for invalid user admin', 'Accepted publickey for deploy'])} from `).v(ipValue(rng)).t(' port ').n('port', neg(rng, 'port')).t(' ssh2');
    else if (k === 1) d.t('dhcpd[').n('pid', neg(rng, 'pid')).t(']: DHCPACK on ').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-log' }).t(' to ').v(mac(rng, rng.pick(['colon-lower', 'colon-upper'] as const))).t(` (${rng.pick(['laptop-anna', 'iphone', 'printer-2f'])}) via eth0`);
    else if (k === 2) d.t('postfix/smtp[').n('pid', neg(rng, 'pid')).t(']: ').n('request-id', rng.chars(HEX, 10).toUpperCase()).t(': to=<').v(email(rng)).t('>, relay=mx.example.net[').v(ipValue(rng)).t(']:25, delay=').n('latency', `${rng.int(0, 9)}.${rng.int(0, 9)}`).t(', status=sent (250 2.0.0 OK)');
    else d.t('kernel: [').n('latency', `${rng.int(1, 99999)}.${rng.digits(6)}`).t('] e1000e: eth0 NIC Link is Up 1000 Mbps Full Duplex, HWaddr ').v(mac(rng, 'colon-lower'));
  });
}

function syslog5424(rng: Rng): Unit {
  return lines(rng, [2, 5], (d, t) => {
    d.t(`<${rng.int(0, 191)}>1 `).n('timestamp', timestamp(t, 'iso-micro')).t(` ${rng.pick(HOSTS)} ${rng.pick(['billing', 'auth-svc', 'notifier'])} `).n('pid', neg(rng, 'pid')).t(` ${rng.pick(['ID47', 'AUDIT', '-'])} [`);
    d.n('sd-id', neg(rng, 'sd-id')).t(' iut="3" eventSource="App"] ');
    const k = rng.int(0, 2);
    if (k === 0) d.t('password reset sent to ').v(email(rng));
    else if (k === 1) d.t('SMS code sent to ').v(phone(rng)).t(' trace=').n('uuid', neg(rng, 'uuid'));
    else d.t('login ok user_ip=').v(ipValue(rng)).t(' session=').n('request-id', neg(rng, 'request-id'));
  });
}

function jsonLog(rng: Rng): Unit {
  return lines(rng, [2, 5], (d, t) => {
    d.t('{"ts":"').n('timestamp', timestamp(t, 'iso-z')).t(`","level":"${rng.pick(['info', 'warn', 'error'])}","svc":"checkout","msg":"${rng.pick(['order placed', 'payment failed', 'profile updated'])}","order_id":"`).n('order-number', neg(rng, 'order-number'));
    d.t('","customer":{"email":"').v(email(rng)).t('","phone":"').v(phone(rng, undefined, 'intl-e164')).t('"},"client_ip":"').v(ipValue(rng)).t('","duration_ms":').n('latency', String(rng.int(1, 5000)));
    if (rng.chance(0.3)) d.t(',"pan":"').v(card(rng)).t('"');
    if (rng.chance(0.4)) d.t(',"geo":"').n('coordinates', neg(rng, 'coordinates')).t('"');
    d.t(',"trace_id":"').n('request-id', rng.chars(HEX, 32)).t('","ts_ms":').n('epoch-millis', neg(rng, 'epoch-millis')).t('}');
  });
}

function logfmt(rng: Rng): Unit {
  return lines(rng, [2, 6], (d, t) => {
    d.t('time=').n('timestamp', timestamp(t, 'iso-offset')).t(` level=${rng.pick(['info', 'warn', 'debug'])} msg="${rng.pick(['charge declined', 'refund issued', 'user lookup'])}" amount=`).n('price', `${rng.int(1, 999)}.${rng.digits(2)}`).t(' currency=EUR');
    const k = rng.int(0, 3);
    if (k === 3) d.t(' reason=invalid_number card=').n('bad-card', neg(rng, 'bad-card').replace(/ /g, ''));
    else if (k === 0) {
      const c = card(rng);
      d.t(' card=').v({ ...c, text: c.text.replace(/[ -]/g, ''), form: c.form.replace(/:.*/, ':bare') });
    }
    else if (k === 1) d.t(' user=').v(email(rng));
    else d.t(' remote_addr=').v(ipValue(rng));
    d.t(' request_id=').n('uuid', neg(rng, 'uuid')).t(' elapsed=').n('duration', neg(rng, 'duration')).t(' version=').n('version', neg(rng, 'version'));
  });
}

function k8s(rng: Rng): Unit {
  const d = new Doc();
  d.t('LAST SEEN   TYPE      REASON      OBJECT                          MESSAGE\n');
  for (let i = rng.int(3, 6); i > 0; i--) {
    d.t(`${rng.int(2, 59)}${rng.pick(['s', 'm'])}         ${rng.pick(['Normal', 'Warning'])}   `);
    const k = rng.int(0, 3);
    if (k === 0) d.t('Pulled      pod/api-7c9d4b-x2lq   Successfully pulled image "registry.example.com/api:').n('version', neg(rng, 'version')).t('" in ').n('duration', `${rng.int(1, 30)}.${rng.digits(3)}s`).t('. Image size: ').n('bytes', neg(rng, 'bytes')).t(' bytes.');
    else if (k === 1) d.t('Unhealthy   pod/web-5f6b9-qz7k    Liveness probe failed: Get "http://').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-pod' }).t(':').n('port', neg(rng, 'port')).t('/healthz": context deadline exceeded');
    else if (k === 2) d.t('FailedScheduling pod/etl-0        0/').t(`${rng.int(3, 9)} nodes are available: insufficient memory (request memory `).n('k8s-quantity', memoryQuantity(rng)).t(', cpu ').n('k8s-quantity', cpuQuantity(rng)).t(')');
    else d.t('Created     pod/mailer-1          Created container mailer (commit ').n('git-hash', neg(rng, 'git-hash')).t(')');
    d.t('\n');
  }
  d.t('\nName:         api-7c9d4b-x2lq\nNode:         worker-2/').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-node' }).t('\nIP:           ').v({ text: ipv4Text(rng, 'private'), type: 'ip-address', form: 'ipv4-pod' });
  d.t('\nContainer ID: containerd://').n('git-hash', neg(rng, 'digest').slice(7)).t('\nImage ID:     registry.example.com/api@').n('digest', neg(rng, 'digest'));
  d.t('\nLimits:\n  cpu:     ').n('k8s-quantity', cpuQuantity(rng)).t('\n  memory:  ').n('k8s-quantity', memoryQuantity(rng)).t('\nStarted:      ').n('timestamp', timestamp(instant(rng), 'iso-offset')).t('\n');
  return d.done();
}

function ci(rng: Rng): Unit {
  const d = new Doc();
  const ts = () => d.n('timestamp', timestamp(instant(rng), 'iso-z')).t(' ');
  ts(); d.t('##[group]Run actions/checkout@v4\n');
  ts(); d.t('HEAD is now at ').n('git-hash', rng.chars(HEX, 7)).t(' Merge pull request ').n('build-number', `#${rng.int(100, 9999)}`).t('\n');
  ts(); d.t('git config user.email ').v(email(rng)).t('\n');
  ts(); d.t('added ').n('bytes', String(rng.int(200, 2000))).t(' packages in ').n('duration', `${rng.int(5, 90)}s`).t('\n');
  if (rng.chance(0.5)) { ts(); d.t('env: AWS_ACCESS_KEY_ID=').v(awsKeyId(rng)).t(' AWS_SECRET_ACCESS_KEY=').v(awsSecret(rng)).t('\n'); }
  if (rng.chance(0.4)) { ts(); d.t('Using token ').v(githubToken(rng)).t(' for registry login\n'); }
  if (rng.chance(0.3)) { ts(); d.t('SLACK_BOT_TOKEN=').v(slackToken(rng)).t(' notify #deploys\n'); }
  ts(); d.t('Tests:       ').n('bytes', String(rng.int(10, 900))).t(' passed, time ').n('duration', `${rng.int(1, 99)}.${rng.digits(3)} s`).t('\n');
  ts(); d.t('latest: digest: ').n('digest', neg(rng, 'digest')).t(' size: ').n('bytes', String(rng.int(500, 9000))).t('\n');
  // The runner's address in one of the phrasings CI systems print.
  const phrasing = rng.int(0, 2);
  if (phrasing === 0) {
    ts(); d.t('Build ').n('build-number', neg(rng, 'build-number')).t(' of version ').n('version-4part', neg(rng, 'version-4part')).t(' finished on runner ').v(ip(rng)).t('\n');
  } else {
    ts(); d.t(phrasing === 1 ? 'Runner name: gh-runner-' : 'Agent host: build-agent-').t(String(rng.int(1, 40))).t(' (').v(ip(rng)).t(')\n');
    ts(); d.t('Build ').n('build-number', neg(rng, 'build-number')).t(' of version ').n('version-4part', neg(rng, 'version-4part')).t(' finished\n');
  }
  return d.done();
}

export const LOG_TEMPLATES: Record<string, (rng: Rng) => Unit> = {
  'nginx-combined': combined, 'apache-error': apacheError, 'iis-w3c': iis, haproxy, 'aws-alb': alb, cloudfront, envoy,
  'syslog-3164': syslog3164, 'syslog-5424': syslog5424, 'json-log': jsonLog, logfmt, 'k8s-events': k8s, 'ci-log': ci,
};
