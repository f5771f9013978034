// Set 7's machine-written documents: cloud audit trails (AWS CloudTrail, GCP Cloud Audit Logs, Azure
// Activity Log), Terraform state and plan output, Ansible inventories, SMS gateway and SIP logs, SMTP
// bounce logs, Android logcat and iOS unified log lines. Field names and layouts follow each
// format's documentation; values are drawn from the seed.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phoneOf7, PHONE_REGIONS7, type PhoneForm } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

export const phone = (rng: Rng, region: CountryCode = rng.pick(PHONE_REGIONS7), form?: PhoneForm): Piece => {
  const p = phoneOf7(rng, region, form);
  return gold('phone', p.form, p.text);
};
const ts = (rng: Rng) => `2026-${String(rng.int(1, 11)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}Z`;

function cloudtrail(rng: Rng): Unit {
  const acct = N.awsAccount(rng);
  const d = new Doc().add(`{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA${N.hexDigits(rng, 16).toUpperCase()}","arn":"`, N.arn(rng), '","accountId":"', acct, '","accessKeyId":"', S.awsKeyId(rng), `","userName":"`, V.email(rng), `"},"eventTime":"${ts(rng)}","eventSource":"${rng.pick(['s3', 'iam', 'ec2', 'sts'])}.amazonaws.com","eventName":"${rng.pick(['GetObject', 'CreateAccessKey', 'RunInstances', 'AssumeRole', 'ConsoleLogin'])}","awsRegion":"${rng.pick(['eu-central-1', 'us-east-1', 'ap-southeast-1'])}","sourceIPAddress":"`);
  d.add(rng.chance(0.6) ? V.ipv4(rng) : V.ipv6(rng), `","userAgent":"aws-cli/2.${rng.int(10, 22)}.${rng.int(0, 30)} Python/3.11.8","requestParameters":{"instanceType":"t3.micro","imageId":"`, N.amiId(rng), '","subnetId":"', N.resourceId(rng), '"},"requestID":"', N.requestId(rng), '","eventID":"', N.guid(rng, 'event-id'), '","recipientAccountId":"', N.awsAccount(rng), '"');
  if (rng.chance(0.25)) d.add(',"responseElements":{"accessKey":{"accessKeyId":"', S.awsKeyId(rng), '","secretAccessKey":"', S.awsSecret(rng), '","status":"Active"}}');
  return d.add('}').unit();
}

function gcpAudit(rng: Rng): Unit {
  const d = new Doc().add(`{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":{"principalEmail":"`, V.email(rng), `"},"requestMetadata":{"callerIp":"`, V.ip(rng), `","callerSuppliedUserAgent":"google-cloud-sdk gcloud/${rng.int(400, 499)}.0.0"},"serviceName":"${rng.pick(['storage', 'compute', 'iam', 'bigquery'])}.googleapis.com","methodName":"${rng.pick(['storage.objects.get', 'v1.compute.instances.insert', 'SetIamPolicy'])}","resourceName":"projects/_/buckets/`, N.hexDigits(rng, 6), `-exports"},"insertId":"`, N.hexDigits(rng, 12), `","resource":{"type":"gcs_bucket","labels":{"project_id":"acme-prod-`, N.digits(rng, 4), '","project_number":"', N.awsAccount(rng), `"}},"timestamp":"${ts(rng)}","severity":"NOTICE"}`);
  return d.unit();
}

function azureActivity(rng: Rng): Unit {
  const sub = N.guid(rng, 'subscription-id');
  return new Doc().add('{"time":"', `${ts(rng)}`, '","resourceId":"/SUBSCRIPTIONS/', sub, `/RESOURCEGROUPS/RG-${rng.pick(['WEB', 'DATA', 'ML'])}/PROVIDERS/MICROSOFT.STORAGE/STORAGEACCOUNTS/ST${N.hexDigits(rng, 8).toUpperCase()}","operationName":"MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION","category":"Administrative","resultType":"Success","correlationId":"`, N.guid(rng, 'correlation-id'), '","callerIpAddress":"', V.ip(rng), '","identity":{"claims":{"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn":"', V.email(rng), '","name":"', rng.pick(['Ana Ferreira', 'Tomasz Nowak', 'Grace Mensah', 'Hiroshi Tanaka']), '","http://schemas.microsoft.com/identity/claims/tenantid":"', N.guid(rng, 'tenant-id'), '"}},"level":"Information"}').unit();
}

function terraformState(rng: Rng): Unit {
  const d = new Doc().add(`{\n  "version": 4,\n  "terraform_version": "1.${rng.int(5, 9)}.${rng.int(0, 9)}",\n  "serial": ${rng.int(1, 400)},\n  "lineage": "`, N.guid(rng, 'tf-lineage'), `",\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "aws_db_instance",\n      "name": "main",\n      "instances": [{\n        "attributes": {\n          "arn": "`, N.arn(rng), '",\n          "id": "', N.resourceId(rng), '",\n          "username": "app",\n          "password": "');
  d.add(rng.chance(0.5) ? S.dbPassword(rng) : N.placeholder(rng), `",\n          "endpoint": "db-${N.hexDigits(rng, 6)}.cluster.eu-central-1.rds.amazonaws.com:5432",\n          "connection_url": "postgres://app:`, S.dbPassword(rng), `@db-main.internal:5432/orders",\n          "ami": "`, N.amiId(rng), '",\n          "checksum": "', N.sha256(rng), '"');
  if (rng.chance(0.4)) d.add(',\n          "private_key_pem": "', S.pem(rng), '"');
  if (rng.chance(0.5)) d.add(',\n          "github_token": "', S.token(rng), '"');
  return d.add('\n        }\n      }]\n    }\n  ]\n}').unit();
}

function terraformPlan(rng: Rng): Unit {
  const d = new Doc().add(`Terraform will perform the following actions:\n\n  # aws_instance.web[${rng.int(0, 3)}] will be created\n  + resource "aws_instance" "web" {\n      + ami                    = "`, N.amiId(rng), '"\n      + arn                    = (known after apply)\n      + private_ip             = "', V.ipv4(rng, 'v4-private'), '"\n      + subnet_id              = "', N.resourceId(rng), '"\n      + tags                   = {\n          + "Owner" = "', V.email(rng), `"\n          + "Build" = "`, N.version(rng), '"\n        }\n      + user_data              = "', N.sha256(rng), '"\n    }\n\n  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = "', S.awsKeyId(rng), '"\n      + secret = "');
  d.add(rng.chance(0.5) ? S.awsSecret(rng) : N.placeholder(rng), `"\n      + user   = "ci-deployer"\n    }\n\nPlan: ${rng.int(1, 9)} to add, ${rng.int(0, 4)} to change, 0 to destroy.\n`);
  return d.unit();
}

function ansibleInventory(rng: Rng): Unit {
  const d = new Doc().add('[webservers]\n');
  for (let i = rng.int(1, 3); i > 0; i--) d.add(`web${i}.example.internal ansible_host=`, V.ipv4(rng), ` ansible_port=${rng.pick([22, 2222])} mac=`, V.mac(rng, 'colon-lower'), '\n');
  d.add('\n[dbservers]\ndb1 ansible_host=', V.ipv6(rng), '\n\n[all:vars]\nansible_user=deploy\nadmin_email=', V.email(rng), '\ndatabase_url=mysql://root:', S.dbPassword(rng), '@db1:3306/crm\napi_token=', S.token(rng), '\nvault_ref=', N.placeholder(rng), '\nrelease=', N.version(rng), '\n');
  return d.unit();
}

function smsGateway(rng: Rng): Unit {
  const to = rng.pick(PHONE_REGIONS7);
  return new Doc().add(`${ts(rng)} INFO sms.dispatch MessageSid=`, N.twilioSid(rng, 'SM'), ' AccountSid=', N.twilioSid(rng, 'AC'), ' From=', phone(rng, rng.pick(['US', 'GB', 'DE']), 'e164'), ' To=', phone(rng, to, 'e164'), ` Status=${rng.pick(['queued', 'sent', 'delivered', 'undelivered'])} ErrorCode=${rng.pick(['', '30003', '30005', '30007'])} NumSegments=${rng.int(1, 3)} Price=-0.0${rng.int(10, 99)} ApiVersion=2010-04-01 latency_ms=`, N.pid(rng), '\n').unit();
}

function sipTrace(rng: Rng): Unit {
  const ip4 = V.ipv4(rng);
  const from = phone(rng, rng.pick(['DE', 'AT', 'CH', 'FR', 'GB', 'US']), 'e164');
  const to = phone(rng, rng.pick(PHONE_REGIONS7), 'e164');
  const d = new Doc().add('INVITE sip:', to, `@sbc.carrier.net SIP/2.0\r\nVia: SIP/2.0/UDP `, ip4, `:5060;branch=z9hG4bK${N.hexDigits(rng, 10)}\r\nFrom: <sip:`, from, `@pbx1.voip.local>;tag=${N.hexDigits(rng, 8)}\r\nTo: <tel:`, phone(rng, rng.pick(PHONE_REGIONS7), 'e164'), '>\r\nCall-ID: ', N.callId(rng), '\r\nCSeq: ', N.cseq(rng), ' INVITE\r\nContact: <sip:', V.email(rng), '>\r\nUser-Agent: Asterisk PBX ', N.version(rng), '\r\nContent-Type: application/sdp\r\n\r\nv=0\r\no=- ', N.sdpSession(rng), ' 1 IN IP4 ', V.ipv4(rng), '\r\nc=IN IP4 ', V.ipv4(rng), '\r\nm=audio ', N.rtpPort(rng), ' RTP/AVP 0 8 101\r\n');
  return d.unit();
}

function bounceLog(rng: Rng): Unit {
  const d = new Doc().add(`${ts(rng)} mta-out[`, N.pid(rng), ']: ', N.queueId(rng), ': to=<', V.email(rng), `>, relay=mx.${rng.pick(['gmail.com', 'naver.com', 'web.de'])}[`, V.ip(rng), `]:25, delay=${rng.int(0, 9)}.${rng.int(1, 99)}, dsn=`, N.smtpStatus(rng), `, status=${rng.pick(['bounced', 'deferred', 'sent'])} (host said: 550 `, N.smtpStatus(rng), ' <', V.email(rng), '>: Recipient address rejected)\n');
  if (rng.chance(0.4)) d.add('Reporting-MTA: dns; mta-out.example.net\nFinal-Recipient: rfc822; ', V.email(rng), '\nAction: failed\nStatus: ', N.smtpStatus(rng), '\nX-Campaign: ', N.campaignId(rng), '\n');
  return d.unit();
}

function logcat(rng: Rng): Unit {
  const p = N.pid(rng);
  const head = () => `12-0${rng.int(1, 6)} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.${rng.int(100, 999)}  `;
  const d = new Doc().add(head(), p, `  ${rng.int(300, 32000)} I AuthRepo: login ok user=`, V.email(rng), ' adId=', N.guid(rng, 'advertising-id'), '\n', head(), N.pid(rng), ' 1301 D WifiStateMachine: connected bssid=', V.mac(rng, rng.pick(['colon-lower', 'colon-upper'])), ' ip=', V.ip(rng), '\n', head(), N.pid(rng), ' 1301 I PackageManager: update com.acme.app versionName=', N.version(rng), ' build=', N.epochS(rng), '\n');
  if (rng.chance(0.4)) d.add(head(), N.pid(rng), ' 1301 W Telephony: imei=', N.imei(rng), ' msisdn=', phone(rng, rng.pick(PHONE_REGIONS7), 'e164'), '\n');
  if (rng.chance(0.2)) d.add(head(), N.pid(rng), ' 1301 E OkHttp: Authorization: Bearer ', S.jwt(rng), '\n');
  return d.unit();
}

function iosLog(rng: Rng): Unit {
  const d = new Doc().add(`2026-12-0${rng.int(1, 6)} ${String(rng.int(0, 23)).padStart(2, '0')}:${rng.int(10, 59)}:${rng.int(10, 59)}.${rng.int(100000, 999999)}+0100 0x`, N.hexDigits(rng, 6), ' Default 0x0 ', N.pid(rng), ' 0 AcmeApp: (CFNetwork) [com.acme.net] Task <', N.guid(rng, 'task-id'), `>.<${rng.int(1, 99)}> request to `, V.ip(rng), ' user=', V.email(rng), ' idfa=', N.guid(rng, 'advertising-id'), '\n');
  if (rng.chance(0.5)) d.add('  AcmeApp: [Contacts] synced contact phone=', phone(rng), ' card=', rng.chance(0.3) ? V.card(rng) : N.badCard(rng), '\n');
  return d.unit();
}

export const MACHINE_SOURCES7: Record<string, (rng: Rng) => Unit> = {
  'aws-cloudtrail': cloudtrail, 'gcp-audit-log': gcpAudit, 'azure-activity-log': azureActivity, 'terraform-state': terraformState, 'terraform-plan': terraformPlan,
  'ansible-inventory': ansibleInventory, 'sms-gateway-log': smsGateway, 'sip-trace': sipTrace, 'smtp-bounce-log': bounceLog, 'android-logcat': logcat, 'ios-unified-log': iosLog,
};
