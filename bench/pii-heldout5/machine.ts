// Machine-written documents of set 5: a mobile switch's CDR log lines, IoT gateway syslog, shop
// customer-service notes, payment-gateway test logs and SEPA direct-debit logs, crash reports (JVM,
// Python, Apple), Kubernetes audit events (audit.k8s.io/v1 Event), and configuration: .env files,
// CI YAML, shell exports and JSON config with an AWS key id and its secret in different fields.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, neg, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone5 } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

function cdrLog(rng: Rng): Unit {
  const d = new Doc().add('<134>1 ', N.timestamp(rng, 'iso'), ' msc01 cdr - - [callRecord recordType="moCall" ');
  d.add('servedIMSI="', N.imsi(rng), '" servedIMEI="', N.imei(rng), '" servedMSISDN="', phone5(rng, undefined, 'e164-digits'), '" calledNumber="', phone5(rng, undefined, rng.pick(['e164', 'national', 'idd00'])), '" ');
  return d.add('cellId="', N.cellId(rng), '" seizureTime="', N.timestamp(rng, 'cdr'), '" callDuration="', N.duration(rng), '" causeForTerm="', String(rng.int(0, 3)), '"]').unit();
}

function iotSyslog(rng: Rng): Unit {
  const d = new Doc().add(N.timestamp(rng, 'syslog'), ' gw-', String(rng.int(1, 40)), ' dhcpd[', N.threadId(rng), ']: DHCPACK on ', V.ip(rng, 'v4'), ' to ', V.mac(rng, rng.pick(['colon', 'hyphen', 'cisco'])), ' (sensor-', String(rng.int(1, 999)), ') via eth0\n');
  d.add(N.timestamp(rng, 'syslog'), ' gw-7 fwupd: device serial ', N.serial(rng), ' upgraded to firmware ', N.version(rng), ' (was ', N.version(rng), ')\n');
  return d.add(N.timestamp(rng, 'syslog'), ' gw-7 lora: uplink from devEUI ', neg('dev-eui', 'eui64', rng.chars('0123456789ABCDEF', 16)), ' rssi ', N.rssi(rng), ' snr ', `${rng.int(-20, 12)}.${rng.int(0, 9)}`, ' hw addr (no separators) ', V.mac(rng, 'bare')).unit();
}

function orderNote(rng: Rng): Unit {
  const p = V.person(rng, rng.pick(['en', 'de', 'es', 'pt', 'it']));
  const d = new Doc().add('Order ', N.orderId(rng), ' — customer ', gold('person', 'given-family', `${p.given} ${p.family}`), ' (', V.email(rng, p), ') called from ', phone5(rng), ' about parcel ', N.tracking(rng), '. ');
  return d.add('Item ', N.sku(rng), ' (EAN ', N.barcode(rng, 'ean13'), ') refunded: ', N.amount(rng, rng.pick(['en', 'de', 'fr', 'ch'])), ' EUR on ', N.timestamp(rng, 'eu'), '. Card ending ', N.maskedPan(rng), '.').unit();
}

function paymentLog(rng: Rng): Unit {
  const d = new Doc().add(N.timestamp(rng, 'iso'), ' DEBUG [gateway-test] authorize request pan=', V.card(rng, 'plain'), ' exp=', `${rng.int(1, 12)}/${rng.int(27, 31)}`, ' cvc=***');
  d.add(' bin=', N.bin(rng), ' amount=', N.amount(rng), ' ip=', V.ip(rng), '\n', N.timestamp(rng, 'iso'), ' INFO  [gateway-test] declined card ', N.badCard(rng), ' reason=invalid_number; retry with ', V.card(rng, rng.pick(['spaced', 'dashed'])), '\n');
  return d.add(N.timestamp(rng, 'iso'), ' INFO  [gateway-test] receipt sent to ', V.email(rng, V.person(rng)), ' for card ', N.maskedPan(rng), ' order ', N.orderId(rng)).unit();
}

function sepaLog(rng: Rng): Unit {
  const d = new Doc().add('pain.008 batch ', N.buildId(rng), ': collection for mandate ', N.mandateRef(rng), ' creditor ', N.creditorId(rng), ' debtor IBAN ', V.iban(rng), ' BIC ', N.bic(rng), ' amount ', N.amount(rng, 'de'), ' EUR\n');
  return d.add('rejected: IBAN ', N.badIban(rng), ' (checksum) — corrected to ', V.iban(rng, undefined, 'print'), ', end-to-end id E2E-', N.orderId(rng)).unit();
}

function crashReport(rng: Rng): Unit {
  const kind = rng.pick(['jvm', 'python', 'apple'] as const);
  const user = V.email(rng, V.person(rng, rng.pick(['en', 'de', 'tr', 'pl'])));
  if (kind === 'jvm') {
    return new Doc().add('Exception in thread "pool-', String(rng.int(1, 9)), '-thread-', N.threadId(rng), '" java.lang.IllegalStateException: session for ', user, ' from ', V.ip(rng), ' expired\n\tat com.example.shop.Session.check(Session.java:', N.lineCol(rng), ')\n\tat com.example.shop.Api.handle(Api.java:', String(rng.int(10, 900)), ')\nBuild: ', N.buildId(rng), ' app ', N.version(rng, 3), ' request-id ', S.uuid(rng)).unit();
  }
  if (kind === 'python') {
    return new Doc().add('Traceback (most recent call last):\n  File "/srv/app/billing.py", line ', String(rng.int(10, 999)), ', in charge\n    gateway.charge(customer)\nValueError: customer ', user, ' has no default source (ip ', V.ip(rng, rng.pick(['v6-compressed', 'v4-mapped'])), ', trace ', S.uuid(rng), ', python ', N.version(rng, 3), ')').unit();
  }
  return new Doc().add('Incident Identifier: ', S.uuid(rng), '\nHardware Model:      iPhone15,', String(rng.int(2, 5)), '\nOS Version:          iOS ', N.version(rng, 3), '\nUser: ', user, '\nException Type:  EXC_BAD_ACCESS (SIGSEGV) at ', N.memAddress(rng), '\nThread ', String(rng.int(0, 12)), ' Crashed:\n0   libobjc.A.dylib  ', N.memAddress(rng), ' objc_msgSend + ', String(rng.int(4, 64))).unit();
}

function k8sAudit(rng: Rng): Unit {
  const who = V.email(rng, V.person(rng), 'en', rng.pick(['plain', 'plus', 'subdomain']));
  const d = new Doc().add('{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"', S.uuid(rng), '","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/shop/secrets","verb":"', rng.pick(['get', 'list', 'patch']), '",');
  d.add('"user":{"username":"', who, '","groups":["system:authenticated"]},"sourceIPs":["', V.ip(rng, rng.pick(['v4', 'v6-compressed', 'v6-full'])), '"],"userAgent":"kubectl/v', N.version(rng, 3), ' (linux/amd64) kubernetes/', S.gitSha(rng), '",');
  return d.add('"objectRef":{"resource":"secrets","namespace":"shop","name":"stripe","uid":"', S.uuid(rng), '","resourceVersion":"', N.resourceVersion(rng), '"},"requestReceivedTimestamp":"', N.timestamp(rng, 'iso'), '"}').unit();
}

function envFile(rng: Rng): Unit {
  const d = new Doc().add('# .env — payments service\nNODE_ENV=production\nAPP_VERSION=', N.version(rng), '\nGIT_COMMIT=', S.gitSha(rng), '\nSTRIPE_SECRET_KEY=', S.secret(rng, 'stripe'), '\nSTRIPE_WEBHOOK_SECRET=', S.placeholderSecret(rng), '\n');
  return d.add('SLACK_BOT_TOKEN=', S.secret(rng, 'slack'), '\nSUPPORT_EMAIL=', V.email(rng, V.person(rng)), '\nGOOGLE_MAPS_KEY=', S.secret(rng, 'google'), '\nINSTANCE_ID=', S.uuid(rng), '\n').unit();
}

function ciYaml(rng: Rng): Unit {
  const d = new Doc().add('variables:\n  DOCKER_IMAGE: registry.example.com/shop:', N.version(rng, 3), '\n  GITLAB_TOKEN: "', S.secret(rng, 'gitlab'), '"\n  GH_TOKEN: ', S.secret(rng, rng.pick(['github', 'github-fine'])), '\n  CDN_INTEGRITY: "', S.sri(rng), '"\n');
  return d.add('deploy:\n  script:\n    - aws configure set aws_access_key_id ', S.secret(rng, 'aws-id'), '\n    - echo "deploying ', S.gitSha(rng), '"\n  variables:\n    DEPLOY_KEY: |\n      ', S.pemKey(rng, '\n      '), '\n    ADMIN_PASSWORD: ', S.placeholderSecret(rng), '\n').unit();
}

function shellExport(rng: Rng): Unit {
  const d = new Doc().add('#!/bin/sh\n# restore from ', S.gitSha(rng), '\nexport AWS_ACCESS_KEY_ID=', S.secret(rng, 'aws-id'), '\nexport AWS_DEFAULT_REGION=eu-central-1\n');
  // The secret key stands without its key word: an export named only by position in the record.
  return d.add('export BACKUP_CREDENTIAL_2=', S.awsSecret(rng), '\nexport API_JWT="', S.jwt(rng), '"\nexport LOGO="', S.imageData(rng), '"\n').unit();
}

function jsonConfig(rng: Rng): Unit {
  const d = new Doc().add('{\n  "service": "telemetry-ingest",\n  "build": "', N.buildId(rng), '",\n  "aws": { "keyId": "', S.secret(rng, 'aws-id'), '", "region": "eu-west-1" },\n');
  return d.add('  "storage": { "bucket": "iot-raw", "credential": "', S.awsSecret(rng), '" },\n  "alerts": { "to": "', V.email(rng, V.person(rng, 'de'), 'de'), '", "sms": "', phone5(rng, 'DE', 'e164'), '" },\n  "placeholderToken": "', S.placeholderSecret(rng), '"\n}').unit();
}

export const MACHINE_SOURCES: Record<string, (rng: Rng) => Unit> = {
  'cdr-switch-log': cdrLog, 'iot-gateway-syslog': iotSyslog, 'order-service-note': orderNote, 'payment-gateway-test-log': paymentLog, 'sepa-debit-log': sepaLog,
  'crash-report': crashReport, 'k8s-audit-event': k8sAudit, 'dotenv-file': envFile, 'ci-yaml': ciYaml, 'shell-exports': shellExport, 'json-config': jsonConfig,
};
