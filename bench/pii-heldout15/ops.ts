// Set 15's operations families: CloudFront and ALB access logs, VPC flow logs, Envoy access logs,
// Cisco ASA syslog, Palo Alto traffic CSV, pfSense filterlog, Squid access logs, Windows DHCP server
// logs, Entra ID sign-in JSON, Defender for Endpoint alerts, IPMI SEL listings, snmptrapd logs,
// vulnerability-scan reports, etcd dumps and HTTP probe logs. Client and
// server addresses are IPs (gold) whichever network they are on.
import { n } from './negatives.js';
import { ip, mac } from './values.js';
import { Doc, fam, hm, ts, who, type Family } from './kit.js';

const UA = ['Mozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)', 'okhttp/4.12.0', 'curl/8.5.0'];

export const OPS15: Record<string, Family> = {
  'cloudfront-log': fam('US JP', (r) => {
    const d = new Doc().add('#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs-uri-stem sc-status cs(User-Agent) cs-uri-query x-edge-request-id time-taken\n');
    for (let i = 0; i < r.int(2, 4); i++) {
      const q = r.chance(0.3) ? ['email=', who(r).email] : ['v=', n(r, 'semver')];
      d.add(`2026-${String(r.int(1, 12)).padStart(2, '0')}-1${r.int(0, 9)}\t${hm(r)}:0${r.int(0, 9)}\t${r.pick(['FRA56-P3', 'NRT20-C1', 'IAD89-P2'])}\t`, String(r.int(300, 90000)), '\t', ip(r, r.pick(['v4-public', 'v6-compressed'])), `\tGET\t/assets/app.js\t200\t${r.pick(UA)}\t`, ...q, `\t${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 56)}==\t0.0${r.int(1, 99)}\n`);
    }
    return d.unit();
  }),
  'alb-log': fam('US IE', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(2, 3); i++) d.add(`https ${ts(r)}.${r.digits(6)}Z app/prod-web/${r.chars('0123456789abcdef', 16)} `, ip(r, 'v4-public'), `:${r.int(1024, 65535)} `, ip(r, 'v4-private'), `:8080 0.001 0.0${r.int(10, 99)} 0.000 200 200 ${r.int(200, 900)} ${r.int(300, 60000)} "GET https://shop.example:443/api/orders/`, n(r, 'order-id'), ' HTTP/1.1" "', r.pick(UA), '" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:', r.digits(12), `:targetgroup/web/${r.chars('0123456789abcdef', 16)} "Root=1-`, n(r, 'crc32').text.slice(2).toLowerCase(), '-', r.chars('0123456789abcdef', 24), '"\n');
    return d.unit();
  }),
  'vpc-flow-log': fam('US DE', (r) => {
    const d = new Doc().add('version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n');
    for (let i = 0; i < r.int(3, 5); i++) d.add(`2 ${r.digits(12)} eni-${r.chars('0123456789abcdef', 17)} `, ip(r, r.pick(['v4-private', 'v4-public'])), ' ', ip(r, r.pick(['v4-private', 'v4-public'])), ` ${r.int(1024, 65535)} ${r.pick([443, 22, 5432, 3306])} 6 ${r.int(1, 400)} `, n(r, 'byte-size').text.split(' ')[0]!, ' ', n(r, 'epoch-seconds'), ' ', n(r, 'epoch-seconds'), ` ${r.pick(['ACCEPT', 'REJECT'])} OK\n`);
    return d.unit();
  }),
  'envoy-access-log': fam('US SG', (r) => {
    const u = who(r);
    return new Doc().add('[', n(r, 'timestamp-iso'), '] "POST /v1/accounts/invite HTTP/2" 201 - via_upstream - "-" ', String(r.int(100, 900)), ' ', String(r.int(100, 900)), ' ', String(r.int(1, 90)), ' - "', ip(r), '" "', r.pick(UA), '" "', n(r, 'uuid'), '" "accounts.svc.cluster.local" "', ip(r, 'v4-private'), ':8080"\n  body.invitee=', u.email, ' traceparent=', n(r, 'trace-id'), '\n').unit();
  }),
  'cisco-asa': fam('US GB DE', (r) => {
    const u = who(r);
    return new Doc().add(`<166>${r.pick(['Nov', 'Dec', 'Jan'])} ${r.int(1, 28)} ${hm(r)}:${r.int(10, 59)} asa-edge01 : %ASA-6-302013: Built inbound TCP connection ${r.digits(9)} for outside:`, ip(r, 'v4-public'), `/${r.int(1024, 65535)} (`, ip(r, 'v4-public'), `/${r.int(1024, 65535)}) to inside:`, ip(r, 'v4-private'), '/443\n', `<166>… asa-edge01 : %ASA-6-113004: AAA user authentication Successful : server = `, ip(r, 'v4-private'), ' : user = ', u.email, '\n<166>… asa-edge01 : %ASA-6-722051: Group <VPN> User <', u.p.latin.join('.').toLowerCase(), '> IP <', ip(r, 'v4-public'), '> IPv4 Address <', ip(r, 'v4-private'), '> assigned to session\n').unit();
  }),
  'paloalto-traffic': fam('US JP AU', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(2, 3); i++) d.add(`1,${ts(r, ' ').replace(/-/g, '/')},${r.digits(12)},TRAFFIC,end,2562,${ts(r, ' ').replace(/-/g, '/')},`, ip(r, 'v4-private'), ',', ip(r, 'v4-public'), ',0.0.0.0,0.0.0.0,allow-web,', r.chance(0.5) ? who(r).email : 'corp\\svc_backup', `,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,Log-Fwd,${ts(r, ' ').replace(/-/g, '/')},${r.int(10000, 99999)},1,${r.int(1024, 65535)},443,0,0,0x400019,tcp,allow,`, n(r, 'byte-size').text.split(' ')[0]!, '\n');
    return d.unit();
  }),
  'pfsense-filterlog': fam('DE NL FI', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(2, 4); i++) {
      const v6 = r.chance(0.3);
      d.add(`${r.pick(['Nov', 'Dec'])} ${r.int(1, 28)} ${hm(r)}:${r.int(10, 59)} fw filterlog[${r.int(1000, 99999)}]: ${r.int(4, 120)},,,${r.int(1000000000, 1999999999)},igb0,match,${r.pick(['block', 'pass'])},in,${v6 ? '6,0x00,0x00000,64,tcp,6,32' : `4,0x0,,${r.int(40, 128)},${r.int(1, 65535)},0,DF,6,tcp,60`},`, ip(r, v6 ? 'v6-compressed' : 'v4-public'), ',', ip(r, v6 ? 'v6-compressed' : 'v4-private'), `,${r.int(1024, 65535)},${r.pick([22, 443, 3389])},0,S,${r.int(1e8, 4e9)},,64240,,mss\n`);
    }
    return d.unit();
  }),
  'squid-access': fam('GB IN ZA', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(2, 4); i++) d.add(n(r, 'epoch-ms').text.replace(/(\d{3})$/, '.$1'), `    ${r.int(1, 900)} `, ip(r, 'v4-private'), ` TCP_${r.pick(['TUNNEL', 'MISS', 'HIT'])}/200 ${r.int(300, 90000)} CONNECT ${r.pick(['api.github.com', 'login.microsoftonline.com', 'pypi.org'])}:443 `, r.chance(0.5) ? who(r).email : '-', ' HIER_DIRECT/', ip(r, 'v4-public'), ' -\n');
    return d.unit();
  }),
  'windows-dhcp-log': fam('US GB', (r) => {
    const d = new Doc().add('ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name,TransactionID,QResult\n');
    for (let i = 0; i < r.int(2, 4); i++) {
      const u = who(r, 'en');
      d.add(`${r.pick([10, 11, 13])},${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}/26,${hm(r)}:${r.int(10, 59)},Assign,`, ip(r, 'v4-private'), `,LT-${u.p.latin[1].toUpperCase().slice(0, 8)}.corp.local,`, mac(r, 'bare'), ',,', String(r.int(100000000, 4000000000)), ',0\n');
    }
    return d.unit();
  }),
  'entra-signin': fam('US GB IN AE SA IL', (r) => {
    const u = who(r);
    return new Doc().add('{"id":"', n(r, 'uuid'), '","createdDateTime":"', n(r, 'timestamp-iso'), '","userDisplayName":"', u.name, '","userPrincipalName":"', u.email, '","appDisplayName":"Office 365 Exchange Online","ipAddress":"', ip(r), '","clientAppUsed":"Browser","correlationId":"', n(r, 'uuid'), '","conditionalAccessStatus":"success","location":{"city":"Pune","geoCoordinates":{"latitude":18.52,"longitude":73.85}},"deviceDetail":{"operatingSystem":"Windows10","browser":"Edge ', n(r, 'version-four-part'), '"}}\n').unit();
  }),
  'defender-alert': fam('US DE', (r) => {
    const u = who(r);
    return new Doc().add('Alert: Suspicious PowerShell command line\nSeverity: High · Detected ', n(r, 'timestamp-iso'), '\nDevice: WKS-', String(r.int(1000, 9999)), ' (', ip(r, 'v4-private'), ', MAC ', mac(r, r.pick(['dash-upper', 'colon-lower'])), ')\nUser: ', u.name, ' <', u.email, '>\nFile SHA256: ', n(r, 'sha256'), '\nRemote endpoint: ', ip(r, 'v4-public'), ':', n(r, 'port-list').text.split(',')[0]!, '\nMITRE: T1059.001\n').unit();
  }),
  'ipmi-sel': fam('US NL', (r) => {
    const d = new Doc().add('BMC ', ip(r, 'v4-private'), ' (MAC ', mac(r, 'colon-lower'), ') firmware ', n(r, 'version-four-part'), '\n');
    for (let i = 0; i < r.int(3, 5); i++) d.add(`   ${(i + 1).toString(16)} | ${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}/2026 | ${hm(r)}:${r.int(10, 59)} | ${r.pick(['Temperature CPU1 Temp | Upper Critical going high', 'Power Supply PS2 | Failure detected', 'Memory DIMM_B2 | Correctable ECC', 'Fan FAN3 | Lower Critical going low'])} | Asserted\n`);
    return d.add('Chassis serial ', n(r, 'lot-number'), ', asset ', n(r, 'gtin-13'), '\n').unit();
  }),
  'snmp-trap-log': fam('US DE JP', (r) => new Doc().add(n(r, 'timestamp-iso'), ' snmptrapd[', String(r.int(300, 9000)), ']: ', ip(r, 'v4-private'), ' [UDP: [', ip(r, 'v4-private'), ']:', String(r.int(1024, 65535)), '->[', ip(r, 'v4-private'), ']:162]: iso.3.6.1.6.3.1.1.4.1.0 = OID: ', n(r, 'snmp-oid'), '  ifPhysAddress = ', mac(r, r.pick(['colon-upper', 'cisco-dot'])), '  enterprise ', n(r, 'oid'), '  sysContact = ', who(r).email, '\n').unit()),
  'vuln-scan-report': fam('US GB NL', (r) => {
    const d = new Doc().add('Host ', ip(r), ' (', mac(r, 'colon-upper'), ') — open ports ', n(r, 'port-list'), '\n');
    for (let i = 0; i < r.int(2, 4); i++) d.add(`  ${r.pick(['HIGH', 'MEDIUM', 'CRITICAL'])}  `, n(r, 'cve-id'), ` OpenSSL ${r.pick(['3.0.2', '1.1.1k'])} → fixed in `, n(r, 'semver'), '\n');
    return d.add('Asset owner: ', who(r).email, ' · scan took ', n(r, 'duration'), '\n').unit();
  }),
  'etcd-dump': fam('US SG', (r) => new Doc().add('/registry/configmaps/payments/app-config\n{"kind":"ConfigMap","metadata":{"uid":"', n(r, 'uuid'), '","resourceVersion":"', n(r, 'resource-version'), '","creationTimestamp":"', n(r, 'timestamp-iso'), '"},"data":{"DB_HOST":"', ip(r, 'v4-private'), '","ONCALL":"', who(r).email, '","IMAGE":"registry.local/payments@', n(r, 'docker-digest'), '"}}\n').unit()),
  'http-probe-log': fam('FR DE', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(2, 4); i++) d.add(n(r, 'timestamp-iso'), ' probe=https target=', ip(r, 'v4-public'), ' ', n(r, 'http-status-line'), ' size=', n(r, 'byte-size'), ' crc=', n(r, 'crc32'), ' took=', n(r, 'duration'), '\n');
    return d.unit();
  }),
};
