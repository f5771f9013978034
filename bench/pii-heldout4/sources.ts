// The documents of set 4, one writer per source: HL7 v2 and FHIR, MT940, payment webhooks, firewall,
// VPN and DNS logs, Windows security events, Postfix and Exim, call-centre and chat transcripts in
// several languages, shipping labels and customs forms, issue comments with pasted secrets.
import type { Rng } from '../pii-heldout/prng.js';
import * as N from './negatives.js';
import { phone } from './phones.js';
import * as V from './values.js';
import { Doc, gold, type Piece, type Unit } from './unit.js';

const name = (p: V.Person, form = 'given-family'): Piece => gold('person', form, `${p.given} ${p.family}`);

function hl7(rng: Rng): Unit {
  const p = V.person(rng);
  const d = new Doc().add('MSH|^~\\&|EPIC|NORDKLINIK|LAB|LABSYS|', N.timestamp(rng, 'hl7'), '||ADT^A08|', N.neg('hl7-control-id', 'msh-10', `MSG${rng.digits(8)}`), '|P|2.5.1\r');
  const dob = `19${rng.int(40, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  // PID-3 identifier list (the MRN), PID-5 name, PID-7 birth date, PID-8 sex, PID-11 address, PID-13 home phone and e-mail, PID-19 SSN.
  d.add('EVN|A08|', N.timestamp(rng, 'hl7'), '\r', 'PID|1||', N.mrn(rng), '^^^NORDKLINIK^MR||', gold('person', 'hl7-xpn', `${p.family}^${p.given}`), '||', gold('date-of-birth', 'hl7', dob), '|', rng.pick(['F', 'M']), '|||', gold('street-address', 'hl7-xad', `${rng.pick(['Hauptstr.', 'Lindenallee', 'Am Markt'])} ${rng.int(1, 120)}^^Köln^^${rng.int(50667, 51149)}^DE`), '||');
  d.add(phone(rng, rng.pick(['DE', 'US', 'GB', 'FR', 'NL']), rng.pick(['national', 'international'])), '^PRN^PH~^NET^Internet^', V.email(rng, p), '||||||', V.ssn(rng), '\r');
  d.add('PV1|1|I|W3^', String(rng.int(100, 999)), '^1|||||||||||||||', gold('encounter-number', 'pv1-19', `V${rng.digits(9)}`), '\r');
  return d.unit();
}

function fhir(rng: Rng): Unit {
  const p = V.person(rng);
  return new Doc().add('{\n  "resourceType": "Patient",\n  "id": "', N.guid(rng), '",\n  "meta": { "lastUpdated": "', N.timestamp(rng, 'iso'), '" },\n  "identifier": [{ "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "', N.mrn(rng), '" }],\n',
    '  "name": [{ "family": "', gold('person', 'family', p.family), '", "given": ["', gold('person', 'given', p.given), '"] }],\n  "telecom": [\n    { "system": "phone", "value": "', phone(rng, undefined, rng.pick(['international', 'e164', 'uri'])), '", "use": "mobile" },\n',
    '    { "system": "email", "value": "', V.email(rng, p, rng.pick(V.JSON_SAFE)), '" }\n  ],\n  "gender": "', rng.pick(['female', 'male', 'other']), '"\n}').unit();
}

function mt940(rng: Rng): Unit {
  const p = V.person(rng);
  return new Doc().add(':20:', N.statementRef(rng), '\n:25:', V.iban(rng, undefined, false), '\n:28C:', String(rng.int(1, 365)), '/1\n:60F:C', N.timestamp(rng, 'mt940'), 'EUR', N.amountMt940(rng), '\n',
    ':61:', N.timestamp(rng, 'mt940'), 'D', N.amountMt940(rng), N.neg('bank-transaction-code', 'swift', rng.pick(['NTRF', 'NMSC', 'NCHG', 'NDDT', 'NSTO'])), 'NONREF\n:86:166?00SEPA-UEBERWEISUNG?20EREF+', N.statementRef(rng), '?21SVWZ+Rechnung ', N.orderNumber(rng), '?30', N.bic(rng), '?31', V.iban(rng, undefined, false), '?32', name(p), '\n:62F:C', N.timestamp(rng, 'mt940'), 'EUR', N.amountMt940(rng), '\n-').unit();
}

function stripe(rng: Rng): Unit {
  const p = V.person(rng);
  const d = new Doc().add('{"id":"evt_', rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789', 24), '","object":"event","type":"charge.succeeded","created":', N.epoch(rng), ',"data":{"object":{"amount":', N.neg('amount', 'minor-units', String(rng.int(100, 99999))), ',"currency":"eur",');
  d.add('"billing_details":{"email":"', V.email(rng, p, rng.pick(V.JSON_SAFE)), '","name":"', name(p), '","phone":"', phone(rng, undefined, 'e164'), '"},"payment_method_details":{"card":{"brand":"visa","exp_month":', String(rng.int(1, 12)), ',"exp_year":', String(rng.int(2027, 2031)), '}},');
  d.add('"metadata":{"order_id":"', N.orderNumber(rng), '","client_ip":"', V.ip(rng), '","note":"card on file ', V.card(rng), '"}}},"request":{"idempotency_key":"', N.guid(rng), '"}}');
  if (rng.chance(0.3)) d.add('\n// debug: key used ', V.token(rng, 'stripe'));
  return d.unit();
}

function adyen(rng: Rng): Unit {
  return new Doc().add('{"live":"true","notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"true","eventDate":"', N.timestamp(rng, 'iso'), '","pspReference":"', N.neg('statement-reference', 'psp', rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)), '","merchantReference":"', N.orderNumber(rng), '",',
    '"amount":{"value":', N.neg('amount', 'minor-units', String(rng.int(100, 999999))), ',"currency":"EUR"},"additionalData":{"shopperEmail":"', V.email(rng), '","shopperIP":"', V.ip(rng), '","iban":"', V.iban(rng), '","cardBin":"', N.neg('card-bin', 'bin6', String(rng.int(400000, 499999))), '"}}}]}').unit();
}

function iptables(rng: Rng): Unit {
  const d = new Doc().add(N.timestamp(rng, 'syslog'), ' fw01 kernel: [', String(rng.int(1000, 99999)), '.', rng.digits(6), '] ', rng.pick(['DROP-IN', 'UFW BLOCK', 'REJECT-FWD']), ' IN=eth0 OUT= MAC=', V.mac(rng, 'colon-lower'), ':', V.mac(rng, 'colon-lower'), ':08:00 SRC=', V.ipv4(rng), ' DST=', V.ipv4(rng, 'private'));
  return d.add(' LEN=', N.packetLength(rng), ' TOS=0x00 PREC=0x00 TTL=', N.ttl(rng), ' ID=', N.neg('packet-id', 'ip-id', String(rng.int(0, 65535))), ' DF PROTO=TCP SPT=', N.port(rng), ' DPT=', N.port(rng), ' WINDOW=', String(rng.int(1024, 65535)), ' RES=0x00 SYN URGP=0').unit();
}

function asa(rng: Rng): Unit {
  const d = new Doc().add(N.timestamp(rng, 'syslog'), ' asa-edge : %ASA-6-302013: Built outbound TCP connection ', N.neg('firewall-rule-id', 'connection-id', String(rng.int(100000, 999999999))), ' for outside:', V.ipv4(rng, 'public'), '/', N.port(rng), ' (', V.ipv4(rng, 'public'), '/', N.port(rng), ') to inside:', V.ipv4(rng, 'private'), '/', N.port(rng), '\n');
  return d.add(N.timestamp(rng, 'syslog'), ' asa-edge : %ASA-4-106023: Deny udp src outside:', V.ipv4(rng), '/', N.port(rng), ' dst dmz:', V.ipv4(rng, 'private'), '/', N.port(rng), ' by access-group "OUTSIDE_IN" [0x', rng.chars('0123456789abcdef', 8), ', 0x0]').unit();
}

// Netgate's raw filter log: rule, sub rule, anchor, tracker, interface, reason, action, direction, IP
// version, then IPv4 (TOS, ECN, TTL, ID, offset, flags, protocol id, protocol) or IPv6 (class, flow
// label, hop limit, protocol, protocol id), length, addresses, ports, data length (TCP: flags …).
function pfsense(rng: Rng): Unit {
  const v6 = rng.chance(0.3);
  const d = new Doc().add(N.timestamp(rng, 'syslog'), ' pfSense filterlog[', String(rng.int(1000, 99999)), ']: ', N.ruleId(rng), ',,,', N.ruleId(rng), ',igb0,match,block,in,', v6 ? '6' : '4', ',0x0', v6 ? '0,' : ',,');
  if (v6) return d.add(N.neg('flow-label', 'hex', `0x${rng.chars('0123456789abcdef', 5)}`), ',', N.ttl(rng), ',UDP,', N.neg('protocol-number', 'iana', '17'), ',', N.packetLength(rng), ',', V.ipv6(rng), ',', V.ipv6(rng), ',', N.port(rng), ',', N.port(rng), ',', String(rng.int(8, 1400))).unit();
  return d.add(N.ttl(rng), ',', N.neg('packet-id', 'ip-id', String(rng.int(0, 65535))), ',0,DF,', N.neg('protocol-number', 'iana', '6'), ',tcp,', N.packetLength(rng), ',', V.ipv4(rng), ',', V.ipv4(rng, 'private'), ',', N.port(rng), ',', N.port(rng), ',0,S,', String(rng.number(9)), ',,64240,,mss;sackOK;TS;nop;wscale').unit();
}

function bind(rng: Rng): Unit {
  const host = rng.pick(['api.example.com', 'cdn.shop.example', 'mail.kliniken.de', 'time.apple.com']);
  return new Doc().add(N.timestamp(rng, 'bind'), ' queries: info: client @0x7f', rng.chars('0123456789abcdef', 10), ' ', V.ip(rng), '#', N.port(rng), ' (', host, '): query: ', host, ' IN ', rng.pick(['A', 'AAAA', 'MX', 'TXT']), ' +E(0)K (', V.ipv4(rng, 'private'), ')\n',
    N.timestamp(rng, 'bind'), ' resolver: debug 3: fetch ', host, ' id ', N.dnsQueryId(rng), ' ttl ', N.neg('ttl', 'dns-ttl', String(rng.pick([60, 300, 3600, 86400]))), ' rcode NOERROR').unit();
}

function openvpn(rng: Rng): Unit {
  const user = V.person(rng).given.toLowerCase();
  return new Doc().add(N.timestamp(rng, 'iso'), ' ', user, '/', V.ipv4(rng, 'public'), ':', N.port(rng), ' peer info: IV_VER=', N.appVersion(rng), '\n', N.timestamp(rng, 'iso'), ' ', user, '/', V.ipv4(rng, 'public'), ':', N.port(rng), ' peer info: IV_HWADDR=', V.mac(rng, 'colon-lower'), '\n',
    N.timestamp(rng, 'iso'), ' ', user, ' MULTI_sva: pool returned IPv4=', V.ipv4(rng, 'private'), ', IPv6=', V.ipv6(rng), '\n', N.timestamp(rng, 'iso'), ' ', user, ' SENT CONTROL: PUSH_REPLY,ping ', N.duration(rng), ',ping-restart 120').unit();
}

function winevent(rng: Rng): Unit {
  return new Doc().add('Log Name: Security\nSource: Microsoft-Windows-Security-Auditing\nDate: ', N.timestamp(rng, 'windows'), '\nEvent ID: ', N.windowsEventId(rng), '\nTask Category: Logon\n\nSubject:\n\tSecurity ID:\t\t', N.sid(rng), '\n\tAccount Name:\t\t', V.person(rng).given.toUpperCase(), '$\n\tLogon ID:\t\t0x', rng.chars('0123456789ABCDEF', 6),
    '\n\nNetwork Information:\n\tWorkstation Name:\tWS-', String(rng.int(100, 999)), '\n\tSource Network Address:\t', V.ip(rng), '\n\tSource Port:\t\t', N.port(rng), '\n\tProtocol:\t\t', N.protocolNumber(rng), '\n\tLogon GUID:\t\t', N.guid(rng, true), '\n\tProcess ID:\t\t0x', rng.chars('0123456789abcdef', 4)).unit();
}

function postfix(rng: Rng): Unit {
  const q = N.queueId(rng);
  const t = N.timestamp(rng, 'syslog');
  const d = new Doc().add(t, ' mx1 postfix/smtpd[', String(rng.int(1000, 65000)), ']: ', q, ': client=', rng.pick(['mail-ej1', 'out', 'smtp']), '.example.net[', V.ip(rng), ']\n');
  d.add(t, ' mx1 postfix/cleanup[', String(rng.int(1000, 65000)), ']: ', N.neg('mail-queue-id', q.form, q.text), ': message-id=<', N.messageId(rng), '>\n');
  d.add(t, ' mx1 postfix/qmgr[', String(rng.int(1000, 65000)), ']: ', N.neg('mail-queue-id', q.form, q.text), ': from=<', V.email(rng, V.person(rng), 'ascii'), '>, size=', N.packetLength(rng), ', nrcpt=1 (queue active)\n');
  return d.add(t, ' mx1 postfix/smtp[', String(rng.int(1000, 65000)), ']: ', N.neg('mail-queue-id', q.form, q.text), ': to=<', V.email(rng), '>, relay=mx.example.org[', V.ipv4(rng), ']:25, delay=', N.duration(rng), ', dsn=2.0.0, status=sent (250 2.0.0 OK)').unit();
}

function exim(rng: Rng): Unit {
  const id = N.eximId(rng);
  return new Doc().add(N.timestamp(rng, 'iso').text.replace('T', ' ').slice(0, 19), ' ', id, ' <= ', V.email(rng), ' H=(laptop) [', V.ip(rng), ']:', N.port(rng), ' P=esmtpsa X=TLS1.3 S=', N.packetLength(rng), ' id=', N.messageId(rng), '\n',
    N.timestamp(rng, 'iso').text.replace('T', ' ').slice(0, 19), ' ', N.neg('mail-queue-id', 'exim', id.text), ' => ', V.email(rng), ' R=dnslookup T=remote_smtp H=mx.example.com [', V.ipv4(rng), '] C="250 OK"').unit();
}

// A CI job's log (GitHub Actions style) that echoed its environment: tokens among build numbers and timings.
function ciLog(rng: Rng): Unit {
  const t = () => N.timestamp(rng, 'iso');
  const d = new Doc().add(t(), ' ##[group]Run ./scripts/release.sh ', N.appVersion(rng), '\n', t(), ' build ', N.buildNumber(rng), ' on runner ', N.guid(rng), '\n');
  for (const k of rng.pick([['github', 'slack'], ['stripe'], ['github-fine'], ['slack', 'stripe'], ['github']] as const)) d.add(t(), ' ', { github: 'GH_TOKEN', 'github-fine': 'GITHUB_PAT', slack: 'SLACK_BOT_TOKEN', stripe: 'STRIPE_API_KEY' }[k], '=', V.token(rng, k), '\n');
  return d.add(t(), ' uploaded artifact (', N.packetLength(rng), ' KB) in ', N.duration(rng), '\n', t(), ' ##[endgroup]').unit();
}

export const SOURCES: Record<string, (rng: Rng) => Unit> = { 'ci-log': ciLog, 'hl7-v2': hl7, 'fhir-patient': fhir, mt940, 'stripe-webhook': stripe, 'adyen-webhook': adyen, iptables, 'cisco-asa': asa, 'pfsense-filterlog': pfsense, 'bind-query': bind, openvpn, 'windows-event': winevent, postfix, exim };
