// Security-operations families of set 14: ModSecurity audit log entries, DMARC aggregate reports,
// certbot runs, fail2ban logs, sudo and auditd lines, osquery results, Wazuh alerts, EDR detections
// and Google Workspace admin audit events. Client addresses are gold IPs, operators gold people and
// e-mails; rule ids, digests, versions and timestamps are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, n, ph, ts, who, type Unit } from './kit.js';
import { password, token } from './secrets.js';
import { email, ip, mac } from './values.js';

function modsecurity(rng: Rng): Unit {
  const id = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 8);
  const u = who(rng);
  return new Doc().add(`--${id}-A--\n[`, n(rng, 'timestamp'), `] ${id} `, ip(rng, 'v4-public'), ` ${rng.int(30000, 65000)} `, ip(rng, 'v4-private'), ' 443\n',
    `--${id}-B--\nPOST /account/profile HTTP/1.1\nHost: shop.example-retail.eu\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: `, ip(rng), '\n\n',
    `--${id}-C--\nemail=`, u.email, '&phone=', ...ph(rng), `&bio=%3Cscript%3E\n--${id}-H--\nMessage: Warning. detected XSS using libinjection. [file "/etc/modsecurity/crs/REQUEST-941-APPLICATION-ATTACK-XSS.conf"] [id "941100"] [rev "`, n(rng, 'version'), '"]\n',
    'Apache-Handler: proxy-server\nStopwatch: ', n(rng, 'epoch-ms'), ' 3125 (- - -)\nProducer: ModSecurity for Apache/', n(rng, 'version'), ' (http://www.modsecurity.org/); OWASP_CRS/', n(rng, 'version'), `\n--${id}-Z--\n`).unit();
}

function dmarcAggregate(rng: Rng): Unit {
  const d = new Doc().add('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback>\n  <report_metadata>\n    <org_name>', rng.pick(['google.com', 'Yahoo', 'Mail.Ru', 'Outlook.com']), '</org_name>\n    <email>noreply-dmarc-support@google.com</email>\n    <report_id>', rng.number(16), '</report_id>\n    <date_range><begin>', n(rng, 'epoch-seconds'), '</begin><end>', n(rng, 'epoch-seconds'), '</end></date_range>\n  </report_metadata>\n');
  for (let i = rng.int(1, 3); i > 0; i--)
    d.add('  <record>\n    <row>\n      <source_ip>', ip(rng, rng.pick(['v4-public', 'v6-compressed'])), `</source_ip>\n      <count>${rng.int(1, 400)}</count>\n      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated>\n    </row>\n    <identifiers><header_from>mailer.example-shop.de</header_from></identifiers>\n  </record>\n`);
  return d.add('</feedback>\n').unit();
}

function certbot(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add(ts(rng, ' '), ',', rng.digits(3), ':DEBUG:certbot._internal.main:certbot version: ', n(rng, 'version'), '\n', ts(rng, ' '), ':DEBUG:certbot._internal.main:Arguments: [\'--nginx\', \'-d\', \'shop.example-retail.eu\', \'--email\', \'', u.email, '\', \'--agree-tos\']\n',
    ts(rng, ' '), ':DEBUG:acme.client:Received response:\nHTTP 201\nLocation: https://acme-v02.api.letsencrypt.org/acme/acct/', rng.number(9), '\n', ts(rng, ' '), ':INFO:certbot._internal.auth_handler:Waiting for verification...\n',
    ts(rng, ' '), ':DEBUG:certbot.crypto_util:Certificate serial ', rng.chars('0123456789abcdef', 36), ' expires ', n(rng, 'timestamp'), '\n', ts(rng, ' '), ':INFO:certbot._internal.renewal:Deploy hook ran for ', ip(rng, 'v4-public'), '\n').unit();
}

function fail2ban(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(3, 6); i > 0; i--) {
    const jail = rng.pick(['sshd', 'postfix-sasl', 'nginx-http-auth', 'recidive', 'dovecot']);
    d.add(ts(rng, ' '), `,${rng.digits(3)} fail2ban.${rng.pick(['filter', 'actions'])} [${rng.int(400, 3000)}]: ${rng.pick(['NOTICE', 'INFO', 'WARNING'])}  [${jail}] ${rng.pick(['Ban', 'Found', 'Unban', 'Restore Ban'])} `, ip(rng, rng.pick(['v4-public', 'v4-public', 'v6-compressed'])), ...(rng.chance(0.3) ? [' - ', n(rng, 'timestamp')] : []), '\n');
  }
  return d.unit();
}

function sudoAuditd(rng: Rng): Unit {
  const u = who(rng);
  const login = (u.p.given.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'ops') + rng.int(1, 9);
  return new Doc().add(`Dec  ${rng.int(1, 9)} ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)} bastion sudo: ${login} : TTY=pts/${rng.int(0, 9)} ; PWD=/home/${login} ; USER=root ; COMMAND=/usr/bin/mysql -u root -p`, password(rng), ' -h ', ip(rng, 'v4-private'), '\n',
    `type=USER_AUTH msg=audit(`, n(rng, 'epoch-seconds'), `.${rng.digits(3)}:${rng.int(100, 9999)}): pid=${rng.int(1000, 60000)} uid=0 auid=${rng.int(1000, 1200)} ses=${rng.int(1, 90)} msg='op=PAM:authentication grantors=pam_unix acct="${login}" exe="/usr/sbin/sshd" hostname=? addr=`, ip(rng, 'v4-public'), ` terminal=ssh res=success'\n`,
    `type=SYSCALL msg=audit(`, n(rng, 'epoch-seconds'), `.${rng.digits(3)}:${rng.int(100, 9999)}): arch=c000003e syscall=59 success=yes exit=0 comm="curl" exe="/usr/bin/curl" key="egress"\n`,
    `type=EXECVE msg=audit(`, n(rng, 'epoch-seconds'), `.${rng.digits(3)}:${rng.int(100, 9999)}): argc=4 a0="curl" a1="-H" a2="Authorization: Bearer `, token(rng, rng.pick(['github-token', 'gitlab-token', 'digitalocean-token'])), `" a3="https://api.internal/v1/ping"\n`).unit();
}

function osquery(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{"name":"pack_it-compliance_wifi_and_users","hostIdentifier":"LT-', rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), '","calendarTime":"', n(rng, 'timestamp'), '","unixTime":', n(rng, 'epoch-seconds'), ',"columns":{"username":"', gold('person', 'given-lower', u.p.given.toLowerCase()), '","description":"', u.name, '","email":"', u.email, '","interface":"en0","mac":"', mac(rng, 'colon-lower'), '","address":"', ip(rng, rng.pick(['v4-private', 'v6-link-local'])), '","os_version":"', n(rng, 'version-four-part'), '","sha256":"', n(rng, 'sha256'), '"},"action":"added"}\n').unit();
}

function wazuh(rng: Rng): Unit {
  return new Doc().add('{"timestamp":"', n(rng, 'timestamp'), '","rule":{"level":', String(rng.int(3, 12)), ',"description":"sshd: authentication failed.","id":"', String(rng.int(5700, 5799)), '","mitre":{"id":["T1110"]},"groups":["syslog","sshd","authentication_failed"]},"agent":{"id":"', String(rng.int(1, 999)).padStart(3, '0'), '","name":"web-', String(rng.int(1, 40)), '","ip":"', ip(rng, 'v4-private'), '"},"manager":{"name":"wazuh-manager"},"id":"', `${rng.int(1780000000, 1799999999)}.${rng.digits(6)}`, '","full_log":"', `Dec ${rng.int(1, 28)} 03:12:55 web sshd[${rng.int(100, 9999)}]: Failed password for invalid user admin from `, ip(rng, 'v4-public'), ` port ${rng.int(30000, 65000)} ssh2","data":{"srcip":"`, ip(rng, 'v4-public'), '","dstuser":"admin"},"decoder":{"name":"sshd"}}\n').unit();
}

function edrDetection(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add(`Detection summary — ${rng.pick(['High', 'Critical', 'Medium'])} severity\nTactic: Credential Access · Technique: OS Credential Dumping (T1003)\nHost: WS-${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${rng.int(100, 999)} · Local IP `, ip(rng, 'v4-private'), ' · External IP ', ip(rng, 'v4-public'), ' · MAC ', mac(rng, 'hyphen-upper'), '\nLogged-in user: ', u.name, ' (', u.email, ')\nSensor version: ', n(rng, 'version-four-part'),
    '\nProcess: C:\\Windows\\System32\\rundll32.exe comsvcs.dll MiniDump 624 C:\\Users\\Public\\lsass.dmp full\nSHA256: ', n(rng, 'sha256'), '\nCommand line also contained: -p ', password(rng), '\nFirst seen: ', n(rng, 'timestamp'), '\nAnalyst note: called the user on ', ...ph(rng), ', confirmed not initiated by them; host contained.\n').unit();
}

function workspaceAdmin(rng: Rng): Unit {
  const a = who(rng);
  const b = who(rng);
  return new Doc().add('{"kind":"admin#reports#activity","id":{"time":"', n(rng, 'timestamp'), '","uniqueQualifier":"-', rng.number(18), '","applicationName":"admin","customerId":"C0', rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 7), '"},"actor":{"email":"', a.email, '"},"ipAddress":"', ip(rng), '","events":[{"type":"USER_SETTINGS","name":"CHANGE_RECOVERY_PHONE","parameters":[{"name":"USER_EMAIL","value":"', b.email, '"},{"name":"NEW_VALUE","value":"', ...ph(rng), '"}]},{"type":"USER_SETTINGS","name":"CHANGE_RECOVERY_EMAIL","parameters":[{"name":"NEW_VALUE","value":"', email(rng), '"}]}]}\n').unit();
}

export const SECURITY_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'modsecurity-audit': modsecurity, 'dmarc-aggregate': dmarcAggregate, 'certbot-log': certbot, 'fail2ban-log': fail2ban, 'sudo-auditd': sudoAuditd, 'osquery-result': osquery, 'wazuh-alert': wazuh, 'edr-detection': edrDetection, 'workspace-admin-audit': workspaceAdmin,
};
