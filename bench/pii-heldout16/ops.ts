// Operations families of set 16: Kubernetes events, Tekton and Jenkins logs, SonarQube reports,
// Dependabot PR bodies, Renovate logs, Rollbar payloads, New Relic logs, PagerDuty incidents, Opsgenie
// alerts, StatusPage notices, Grafana alert e-mails, Loki logfmt, Nagios notifications, Zabbix
// problems, Proxmox task logs, vCenter events, Duo auth logs, slapd logs, rsync logs, Veeam reports,
// MinIO audit, Harbor audit, Artifactory access logs.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, email, ip, mac, n, ph, secret, who, type Unit } from './kit.js';

const host = (r: Rng) => `${r.pick(['web', 'db', 'api', 'edge', 'batch'])}-${r.int(1, 40)}.${r.pick(['eu-west', 'us-east', 'ap-south'])}.internal`;

function k8sEvents(r: Rng): Unit {
  const d = new Doc().add('LAST SEEN   TYPE      REASON             OBJECT                          MESSAGE\n');
  for (let i = 0; i < r.int(3, 6); i++) {
    d.add(`${r.int(1, 59)}m         ${r.pick(['Normal ', 'Warning'])}   ${r.pick(['Pulled          ', 'BackOff         ', 'FailedMount     ', 'Scheduled       '])}   pod/checkout-${r.chars('abcdef0123456789', 5)}   `);
    const k = r.int(0, 3);
    if (k === 0) d.add('Successfully pulled image "registry.example.net/checkout@', n(r, 'docker-digest'), '" in ', n(r, 'duration'), '\n');
    else if (k === 1) d.add('Assigned to node with IP ', ip(r, 'v4-private'), ', resourceVersion ', n(r, 'resource-version'), ', cert ext ', n(r, 'x509-oid'), '\n');
    else if (k === 2) d.add('MountVolume.SetUp failed for secret "smtp-creds": user ', email(r), ' lacks access\n');
    else d.add('Back-off restarting failed container (image ', n(r, 'version'), ', uid ', n(r, 'uuid'), ')\n');
  }
  return d.unit();
}

function tektonLog(r: Rng): Unit {
  const u = who(r);
  return new Doc().add(`[fetch-source : clone] + git clone https://github.com/acme/shop\n[fetch-source : clone] HEAD is now at `, n(r, 'git-sha'), ` Merge pull request `, n(r, 'pr-number'), ` from feature/cart\n`,
    `[build : build-and-push] Step 4/9 : ENV NPM_TOKEN=`, secret(r, 'npm-token'), '\n',
    `[build : build-and-push] pushed digest `, n(r, 'docker-digest'), '\n[notify : send] triggered by ', u.name, ' <', u.email, '>\n').unit();
}

function jenkinsConsole(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('Started by user ', u.name, '\nRunning as SYSTEM\nBuilding on agent ', ip(r), ' in workspace /var/jenkins/workspace/release\n',
    '[Pipeline] withCredentials\nMasking supported pattern matches of $DEPLOY_KEY\n+ curl -s -u deploy:', secret(r, 'password'), ' https://nexus.example.net/service/rest/v1/components\n',
    '+ ./gradlew publish -Pversion=', n(r, 'version-4part'), '\nBUILD SUCCESSFUL in ', n(r, 'duration'), '\nFinished: SUCCESS (', n(r, 'build-number'), ')\n').unit();
}

function sonarqube(r: Rng): Unit {
  return new Doc().add('SonarQube quality gate: FAILED\nProject: payments-api  Version: ', n(r, 'version'), '  Analysis ', n(r, 'uuid'), '\n',
    'New issues:\n  BLOCKER  src/main/resources/application-prod.yml:14  Hard-coded credential: spring.datasource.password=', secret(r, 'password'), '\n',
    '  CRITICAL src/test/Fixtures.java:88  Remove this hard-coded Stripe key "', secret(r, 'stripe-secret-key'), '"\n',
    '  MAJOR    Coverage on new code ', n(r, 'percentage'), ' (required 80.0 %)\nDuplications: ', n(r, 'percentage'), '\nReporter: ', email(r), '\n').unit();
}

function dependabot(r: Rng): Unit {
  return new Doc().add('Bumps [lodash](https://github.com/lodash/lodash) from ', n(r, 'version'), ' to ', n(r, 'version'), '.\n\n<details><summary>Commits</summary>\n<ul>\n<li><a href="https://github.com/lodash/lodash/commit/x">', n(r, 'git-sha'), '</a> Bump to ', n(r, 'version'), '</li>\n</ul></details>\n\n',
    'Dependabot will resolve any conflicts with this PR. Compatibility score ', n(r, 'percentage'), '.\nRequirement: ', n(r, 'semver-range'), ' — maintainer contact ', email(r), '\n').unit();
}

function renovate(r: Rng): Unit {
  return new Doc().add(` INFO: Repository started (repository=acme/infra)\n DEBUG: Using hostRules for registry.npmjs.org token=`, secret(r, 'npm-token'), '\n DEBUG: hostRules github.com token=', secret(r, r.pick(['github-token', 'github-fine-grained-token', 'gitlab-token', 'pypi-token'])), '\n',
    ` INFO: Dependency extraction complete (stats={"managers":{"npm":{"fileCount":`, String(r.int(2, 30)), '}}}, duration=', n(r, 'duration'), ')\n',
    ' DEBUG: branchName=renovate/react-19.x newVersion=', n(r, 'version'), ' digest=', n(r, 'docker-digest'), '\n INFO: PR created (pr=', n(r, 'pr-number'), ')\n').unit();
}

function rollbar(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('{"data":{"environment":"production","level":"error","timestamp":', n(r, 'epoch-seconds'), ',"code_version":"', n(r, 'git-sha'), '",\n',
    ' "person":{"id":"', n(r, 'uuid'), '","username":"', u.name, '","email":"', u.email, '"},\n',
    ' "request":{"url":"https://shop.example.com/checkout","user_ip":"', ip(r), '","headers":{"Authorization":"Bearer ', secret(r, 'jwt'), '"}},\n',
    ' "body":{"trace":{"exception":{"class":"PaymentError","message":"card ', n(r, 'bad-card'), ' rejected: checksum"}}}}}\n').unit();
}

function newRelic(r: Rng): Unit {
  return new Doc().add('timestamp=', n(r, 'epoch-ms'), ' entity.name=billing-svc hostname=', host(r), ' level=warn message="retrying call to ledger in ', n(r, 'duration'), '" ',
    'span.id=', n(r, 'git-sha'), ' client.ip=', ip(r), ' enduser.id=', email(r), ' license_key=', secret(r, 'newrelic-api-key'), '\n').unit();
}

function pagerduty(r: Rng): Unit {
  const a = who(r);
  const b = who(r);
  return new Doc().add('[#', n(r, 'ticket-key'), '] Triggered: Disk usage ', n(r, 'percentage'), ' on ', host(r), '\nService: Storage  Urgency: high\nAssigned to: ', a.name, ' (', a.email, ', ', ph(r), ')\n',
    'Escalation: after ', n(r, 'duration'), ' → ', b.name, ' ', ph(r), '\nIncident key: ', n(r, 'uuid'), '\nDetails: volume /dev/sdb ', n(r, 'byte-size'), ' free, node ', ip(r), '\n').unit();
}

function opsgenie(r: Rng): Unit {
  const a = who(r);
  return new Doc().add('Opsgenie Alert ', n(r, 'uuid'), '\nMessage: [Prometheus] HighLatency p99 ', n(r, 'measurement'), '\nPriority: P2  Tags: api, ', n(r, 'asn'), '\nSource: ', ip(r), '\n',
    'Acknowledged by ', a.name, ' via SMS to ', ph(r), ' at ', n(r, 'timestamp'), '\nIntegration API key: ', secret(r, 'generic-secret'), '\n').unit();
}

function statuspage(r: Rng): Unit {
  return new Doc().add('Investigating — We are investigating elevated error rates on the EU payment API since ', n(r, 'timestamp'), '. Affected range of requests ', n(r, 'range'), ' per minute.\n',
    'Update — A fix (release ', n(r, 'version-4part'), ') is rolling out to ', n(r, 'percentage'), ' of nodes.\nResolved — Customers affected may contact support at ', email(r), ' or ', ph(r), '.\n').unit();
}

function grafanaEmail(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('From: Grafana <alerts@grafana.example.net>\nTo: ', u.name, ' <', u.email, '>\nSubject: [FIRING:1] DiskFull (', host(r), ')\n\n',
    'Value: B=', n(r, 'percentage'), '\nLabels:\n - instance = ', ip(r), ':9100\n - alertname = DiskFull\nSilence: https://grafana.example.net/alerting/silence/new?matcher=', n(r, 'uuid'), '\n',
    'Dashboard: https://grafana.example.net/d/', n(r, 'git-sha'), '\n').unit();
}

function lokiLogfmt(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0; i < r.int(3, 5); i++) {
    d.add('ts=', n(r, 'timestamp'), ' level=info caller=handler.go:', String(r.int(10, 400)), ' ');
    const k = r.int(0, 2);
    if (k === 0) d.add('msg="login ok" user=', email(r), ' remote=', ip(r), '\n');
    else if (k === 1) d.add('msg="query" duration=', n(r, 'duration'), ' bytes=', n(r, 'byte-size'), ' trace=', n(r, 'uuid'), '\n');
    else d.add('msg="sms sent" to=', ph(r), ' template=otp-', String(r.int(1, 9)), '\n');
  }
  return d.unit();
}

function nagios(r: Rng): Unit {
  const a = who(r);
  return new Doc().add('***** Nagios *****\n\nNotification Type: PROBLEM\nService: PING\nHost: core-switch-', String(r.int(1, 9)), '\nAddress: ', ip(r), '\nState: CRITICAL\n\n',
    'Info: PING CRITICAL - Packet loss = ', n(r, 'percentage'), ', RTA = ', n(r, 'duration'), '\nInterface MAC ', mac(r), ', SNMP ', n(r, 'snmp-oid'), '\nDate/Time: ', n(r, 'timestamp'), '\nContact: ', a.name, ' ', ph(r), '\n').unit();
}

function zabbix(r: Rng): Unit {
  return new Doc().add('Problem started at ', n(r, 'timestamp'), '\nProblem name: Interface eth0: High bandwidth usage (>', n(r, 'percentage'), ')\nHost: ', ip(r), '\nSeverity: Warning\n',
    'Operational data: ', n(r, 'byte-size'), '/s, ports ', n(r, 'port-list'), '\nOriginal problem ID: ', n(r, 'resource-version'), '\nEscalated to ', email(r), '\n').unit();
}

function proxmox(r: Rng): Unit {
  return new Doc().add('UPID:pve', String(r.int(1, 4)), ':', r.chars('0123456789ABCDEF', 8), ':vzdump::root@pam:\nINFO: starting new backup job: vzdump ', String(r.int(100, 999)), ' --mode snapshot --storage pbs\n',
    'INFO: VM Name: crm-', String(r.int(1, 9)), '\nINFO: net0: virtio=', mac(r, 'colon-upper'), ',bridge=vmbr0 ip=', ip(r, 'v4-private'), '\nINFO: transferred ', n(r, 'byte-size'), ' in ', n(r, 'duration'), '\n',
    'INFO: pbs password from /etc/pve/priv/storage/pbs.pw: ', secret(r, 'password'), '\nINFO: node host key ', n(r, 'ssh-public-key'), ' root@pve\nTASK OK\n').unit();
}

function vcenter(r: Rng): Unit {
  const u = who(r);
  return new Doc().add(n(r, 'timestamp'), ' info vpxd[', n(r, 'process-id'), '] [Originator@6876 sub=Events] User VSPHERE.LOCAL\\', u.p.latin.join('.'), '@', ip(r), ' logged in as ', u.email, '\n',
    n(r, 'timestamp'), ' info vpxd Reconfigured vm-', String(r.int(100, 9999)), ' on host esx-', String(r.int(1, 20)), ': added vNIC ', mac(r), ', build ', n(r, 'version-4part'), '\n').unit();
}

function duo(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('{"access_device":{"ip":"', ip(r), '","os":"Mac OS X","os_version":"', n(r, 'version'), '"},"auth_device":{"name":"', ph(r), '","ip":"', ip(r), '"},',
    '"email":"', u.email, '","factor":"duo_push","result":"success","timestamp":', n(r, 'epoch-seconds'), ',"txid":"', n(r, 'uuid'), '","user":{"name":"', u.name, '"}}\n').unit();
}

function slapd(r: Rng): Unit {
  const u = who(r, r.pick(['de', 'fr', 'nl', 'sv']));
  return new Doc().add(n(r, 'timestamp'), ' ldap1 slapd[', n(r, 'process-id'), ']: conn=', String(r.int(1000, 99999)), ' fd=12 ACCEPT from IP=', ip(r), ':', String(r.int(30000, 65000)), '\n',
    'slapd: conn=1 op=2 SRCH base="dc=example,dc=org" filter="(mail=', u.email, ')"\nslapd: conn=1 op=3 MOD dn="cn=', u.name, ',ou=people,dc=example,dc=org" attr=telephoneNumber ', ph(r), '\n',
    'slapd: conn=1 op=4 BIND dn="cn=admin,dc=example,dc=org" method=128 cred=', secret(r, 'password'), '\n').unit();
}

function rsyncLog(r: Rng): Unit {
  return new Doc().add(n(r, 'timestamp'), ' [', n(r, 'process-id'), '] connect from backup01 (', ip(r), ')\n', n(r, 'timestamp'), ' rsync to homes/ from ', email(r), ' (', ip(r), ')\n',
    'sent ', n(r, 'byte-size'), ' bytes  received ', n(r, 'byte-size'), ' bytes  total size ', n(r, 'byte-size'), '\nspeedup is ', (r.float() * 90 + 1).toFixed(2), '\n').unit();
}

function veeam(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('Veeam Backup & Replication — Job "FileServer-Daily" finished with Warning\nCreated by ', u.name, ' (', u.email, ') at ', n(r, 'timestamp'), '\n',
    'Processed: ', n(r, 'byte-size'), '  Read: ', n(r, 'byte-size'), '  Duration: ', n(r, 'duration'), '  Dedupe ', n(r, 'percentage'), '\nProxy ', ip(r), ', repository ', ip(r), '\nVersion ', n(r, 'version-4part'), '\n').unit();
}

function minioAudit(r: Rng): Unit {
  return new Doc().add('{"version":"1","deploymentid":"', n(r, 'uuid'), '","time":"', n(r, 'timestamp'), '","api":{"name":"PutObject","bucket":"exports","object":"invoices/', n(r, 'invoice-id'), '.pdf","statusCode":200,"timeToResponse":"', n(r, 'duration'), '"},',
    '"remotehost":"', ip(r), '","requestHeader":{"X-Amz-Credential":"', secret(r, 'aws-access-key-id'), '/20261203/us-east-1/s3/aws4_request"},"accessKey":"', secret(r, 'aws-access-key-id'), '","tags":{"owner":"', email(r), '"}}\n').unit();
}

function harbor(r: Rng): Unit {
  return new Doc().add('ID | Username | Resource | Type | Operation | Time\n', String(r.int(1000, 9999)), ' | ', email(r), ' | library/web@', n(r, 'docker-digest'), ' | artifact | pull | ', n(r, 'timestamp'), '\n',
    String(r.int(1000, 9999)), ' | robot$ci | library/api:', n(r, 'version'), ' | artifact | create | ', n(r, 'timestamp'), '\nrobot secret (shown once): ', secret(r, 'generic-secret'), '\n').unit();
}

function artifactory(r: Rng): Unit {
  return new Doc().add(n(r, 'timestamp'), '|', n(r, 'uuid'), '|', ip(r), '|', email(r), '|GET|/libs-release/org/acme/core/', n(r, 'version'), '/core-', n(r, 'version'), '.jar|HTTP/1.1|200|', n(r, 'byte-size'), '\n',
    n(r, 'timestamp'), '|', n(r, 'uuid'), '|', ip(r), '|anonymous|PUT|/npm-local/-/user/org.couchdb.user:ci|HTTP/1.1|401|0 token=', secret(r, 'npm-token'), '\n').unit();
}

export const OPS_SOURCES16: Record<string, (rng: Rng) => Unit> = {
  'k8s-events': k8sEvents, 'tekton-log': tektonLog, 'jenkins-console': jenkinsConsole, 'sonarqube-report': sonarqube, 'dependabot-pr': dependabot, 'renovate-log': renovate,
  'rollbar-payload': rollbar, 'newrelic-log': newRelic, 'pagerduty-incident': pagerduty, 'opsgenie-alert': opsgenie, 'statuspage-notice': statuspage, 'grafana-alert-email': grafanaEmail,
  'loki-logfmt': lokiLogfmt, 'nagios-notification': nagios, 'zabbix-problem': zabbix, 'proxmox-task': proxmox, 'vcenter-event': vcenter, 'duo-auth-log': duo, 'slapd-log': slapd,
  'rsync-log': rsyncLog, 'veeam-report': veeam, 'minio-audit': minioAudit, 'harbor-audit': harbor, 'artifactory-access': artifactory,
};
