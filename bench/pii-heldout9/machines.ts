// Set 9's machine sources: RFC 5424 syslog lines (structured data, BOM'd messages), journald entries
// as `journalctl -o json` prints them (systemd.journal-fields(7)), nginx/Apache combined access logs
// with query strings, GitHub Actions job logs with leaked tokens, FreeRADIUS detail records and
// authentication lines, DNS zone files (RFC 1035 master format), nmap and tshark output.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phoneNumber } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

const HOSTS = ['edge-fw01', 'db-replica-3', 'kiosk-lobby', 'build-agent-07', 'nas.home.arpa'];

function syslog5424(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(2, 4); i > 0; i--) {
    d.add(`<${rng.int(8, 191)}>1 `, N.rfc5424Time(rng), ` ${rng.pick(HOSTS)} ${rng.pick(['sshd', 'dovecot', 'postfix/smtpd', 'openvpn'])} ${rng.int(200, 65000)} ${rng.pick(['ID47', 'AUTH', '-'])} `);
    d.add('[origin ip="', V.address(rng, rng.pick(['v4', 'v6-global', 'v4-cgnat'])), '" software="', N.firmware(rng), '"] ');
    const msg = rng.int(0, 3);
    if (msg === 0) d.add('\ufeffAccepted publickey for ', rng.pick(['deploy', 'root', 'git']), ' from ', V.address(rng, 'v4'), ' port ', String(rng.int(1024, 65535)), '\n');
    else if (msg === 1) d.add('\ufeffimap-login: Login: user=<', V.mailbox(rng), '>, rip=', V.address(rng, 'v4-in-v6'), ', session=<', N.esDocId(rng), '>\n');
    else if (msg === 2) d.add('client ', V.hardwareAddress(rng, 'colon-lower'), ' leased ', V.address(rng, 'v4'), ' boot ', N.bootId(rng), '\n');
    else d.add('relay denied from unknown[', V.address(rng, 'v6-global'), ']; see ', N.cve(rng), '\n');
  }
  return d.unit();
}

function journald(rng: Rng): Unit {
  const d = new Doc().add('{"__CURSOR":"', N.journalCursor(rng), '","__REALTIME_TIMESTAMP":"', N.journalRealtime(rng), '","__MONOTONIC_TIMESTAMP":"', N.journalMonotonic(rng), '","_BOOT_ID":"', N.bootId(rng), '",');
  d.add(`"PRIORITY":"${rng.int(2, 6)}","_HOSTNAME":"${rng.pick(HOSTS)}","SYSLOG_IDENTIFIER":"`);
  const which = rng.int(0, 2);
  if (which === 0) d.add('NetworkManager","MESSAGE":"<info> device (wlan0): DHCPv4 lease ', V.address(rng, 'v4'), ' hwaddr ', V.hardwareAddress(rng, 'colon-upper'), '"}');
  else if (which === 1) d.add('sudo","MESSAGE":"pam_unix(sudo:session): session opened for user ', V.mailbox(rng, 'dot-atom'), ' by (uid=', String(rng.int(1000, 1999)), ')"}');
  else d.add('backup.sh","MESSAGE":"rclone copy https://', V.latinGiven(rng).toLowerCase(), ':', S.userinfoPassword(rng), '@webdav.', rng.pick(['example.net', 'nas.home.arpa']), '/ done in ', N.requestTime(rng), '"}');
  return d.add('\n').unit();
}

function accessLog(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(2, 4); i > 0; i--) {
    d.add(V.address(rng, rng.pick(['v4', 'v6-global', 'v4-cgnat'])), ` - - [${rng.int(1, 28)}/Mar/2026:${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)} +0100] "GET `);
    const q = rng.int(0, 4);
    if (q === 0) d.add('/newsletter/confirm?email=', V.mailbox(rng, rng.pick(['dot-atom', 'numeric-local'])), '&ref=', N.listingId(rng));
    else if (q === 1) d.add('/callback?phone=', phoneNumber(rng, undefined, 'e164'), '&ts=', N.epochSeconds(rng));
    else if (q === 2) d.add('/api/v2/orders?api_key=', S.sendgridKey(rng), '&page=2');
    else if (q === 3) d.add('/assets/app.js?v=', N.commitSha(rng));
    else d.add('/oauth2/callback#id_token=', S.idToken(rng), '&state=', N.esDocId(rng));
    d.add(' HTTP/1.1" ', String(rng.pick([200, 301, 404, 499])), ' ', N.responseBytes(rng), ' "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 ', N.browserVersion(rng), ' Safari/537.36" ', N.requestTime(rng), '\n');
  }
  return d.unit();
}

function actionsLog(rng: Rng): Unit {
  const d = new Doc().add(N.ciTimestamp(rng), ' ##[group]Run actions/checkout@v4\n', N.ciTimestamp(rng), ' Current runner version: \'', N.firmware(rng), '\'\n');
  d.add(N.ciTimestamp(rng), ' Job id: ', N.ciJobId(rng), '\n', N.ciTimestamp(rng), ' HEAD is now at ', N.commitSha(rng), '\n');
  d.add(N.ciTimestamp(rng), ' + curl -H "Authorization: token ', S.leakedToken(rng), '" https://api.github.com/repos/acme/app\n');
  if (rng.chance(0.5)) d.add(N.ciTimestamp(rng), ' + export AWS_ACCESS_KEY_ID=', S.awsAccessKeyId(rng), ' AWS_SECRET_ACCESS_KEY=', S.awsSecretKey(rng), '\n');
  if (rng.chance(0.4)) d.add(N.ciTimestamp(rng), ' npm notice Publishing to https://registry.npmjs.org/ with tag latest and ', rng.pick(['default', 'public']), ' access as ', V.mailbox(rng), '\n');
  if (rng.chance(0.3)) d.add(N.ciTimestamp(rng), ' id-token: ', S.idToken(rng), '\n');
  if (rng.chance(0.35)) d.add(N.ciTimestamp(rng), ' + echo "$DEPLOY_KEY" > ~/.ssh/id_deploy\n', S.privateKeyBlock(rng), '\n');
  if (rng.chance(0.3)) d.add(N.ciTimestamp(rng), ' env: TWILIO_API_SECRET=', S.twilioSecret(rng), '\n');
  return d.add(N.ciTimestamp(rng), ' ##[endgroup]\n').unit();
}

function radius(rng: Rng): Unit {
  const d = new Doc().add(`${rng.pick(['Mon', 'Tue', 'Fri'])} Mar ${rng.int(10, 28)} 0${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)} 2026\n\tUser-Name = "`, V.mailbox(rng), '"\n\tNAS-IP-Address = ', V.address(rng, 'v4'), '\n');
  d.add('\tCalling-Station-Id = "', V.hardwareAddress(rng, 'ieee-dash'), '"\n\tFramed-IP-Address = ', V.address(rng, 'v4-cgnat'), '\n\tAcct-Session-Id = "', N.acctSession(rng), '"\n');
  d.add('\tAcct-Input-Octets = ', N.octets(rng), '\n\tAcct-Output-Octets = ', N.octets(rng), '\n\tEvent-Timestamp = "', N.epochSeconds(rng), '"\n');
  if (rng.chance(0.4)) d.add('\tFramed-IPv6-Prefix = ', V.address(rng, 'v6-ula'), '\n');
  if (rng.chance(0.3)) d.add('\tCalled-Station-Id = "', phoneNumber(rng, rng.pick(['DE', 'FR', 'GB', 'NL']), 'e164'), '"\n');
  return d.unit();
}

function zoneFile(rng: Rng): Unit {
  const d = new Doc().add('$ORIGIN example.', rng.pick(['fr', 'es', 'ru', 'co.uk', 'com.au', 'com.br']), '.\n$TTL 3600\n@ IN SOA ns1 hostmaster (\n    ', N.soaSerial(rng), ' ; serial\n    7200 3600 1209600 300 )\n');
  d.add('@ IN A ', V.address(rng, 'v4'), '\n@ IN AAAA ', V.address(rng, 'v6-global'), '\nmail IN MX 10 mx1\n');
  d.add('@ IN SOA-contact TXT "admin ', V.mailbox(rng, 'dot-atom'), '"\n', N.reverseName(rng), ' IN PTR host.\n');
  if (rng.chance(0.5)) d.add('_acme-challenge IN TXT "', N.esDocId(rng), '"\n');
  if (rng.chance(0.3)) d.add('; NOC on call ', V.personName(rng, 'latin'), ' ', phoneNumber(rng, undefined, 'international'), '\n');
  return d.unit();
}

function nmap(rng: Rng): Unit {
  const d = new Doc().add(`Starting Nmap 7.9${rng.int(2, 5)} ( https://nmap.org ) at 2026-03-${rng.int(10, 28)} 10:${rng.int(10, 59)} CET\nNmap scan report for `, V.address(rng, rng.pick(['v4', 'v6-ula'])), '\nHost is up (', N.latency(rng), ' latency).\n');
  d.add('PORT     STATE SERVICE VERSION\n22/tcp   open  ssh     OpenSSH ', N.firmware(rng), '\n443/tcp  open  https\n');
  d.add('MAC Address: ', V.hardwareAddress(rng, 'colon-upper'), ' (Vendor prefix ', N.ouiPrefix(rng), ')\n');
  if (rng.chance(0.5)) d.add('Frame 12: ', N.requestTime(rng), ' Src: ', V.address(rng, 'v6-zone'), ' Dst: ', V.address(rng, 'v4'), ' Info: DHCP Request from ', V.hardwareAddress(rng, 'bare-lower'), '\n');
  return d.add('Nmap done: 1 IP address (1 host up) scanned in ', N.requestTime(rng), ' seconds\n').unit();
}

export const MACHINE_SOURCES9: Record<string, (rng: Rng) => Unit> = { 'rfc5424-syslog': syslog5424, 'journald-json': journald, 'access-log': accessLog, 'actions-log': actionsLog, 'radius-detail': radius, 'dns-zone': zoneFile, 'nmap-tshark': nmap };
