// Machine-written documents of set 6: PostgreSQL COPY text, MySQL INSERT statements and MongoDB
// extended JSON (`$oid`, `$date`, `$numberLong`); Cisco IOS running-config, /etc/hosts, ISC
// dhcpd.leases, ARP tables and `ip addr` output; Rails, Django, Spring Boot (with a Java stack trace)
// and ASP.NET Core logs; tickets and configs with pasted secrets beside hashes, UUIDs and placeholders.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone } from './phones.js';
import * as V from './values.js';

export function pgCopy(rng: Rng): Unit {
  const d = new Doc().add('COPY public.customers (id, full_name, email, phone, iban, created_at) FROM stdin;\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add(N.serialId(rng), '\t', V.fullName(V.person(rng)), '\t', V.email(rng), '\t', rng.chance(0.2) ? '\\N' : phone(rng), '\t', V.iban(rng, undefined, false), '\t', N.dateTime(rng), '\n');
  return d.add('\\.\n').unit();
}

export function mysqlInsert(rng: Rng): Unit {
  const d = new Doc().add('INSERT INTO `employees` (`emp_no`,`name`,`ssn`,`mobile`,`salary`,`last_ip`) VALUES ');
  for (let i = rng.int(1, 3); i > 0; i--) d.add("('", N.employeeId(rng), "','", V.fullName(V.person(rng, 'en')), "','", V.ssn(rng, '-'), "','", phone(rng, 'US', rng.pick(['national', 'e164', 'dashes'])), "',", N.neg('amount', 'decimal-point', String(rng.int(30000, 190000))), ",'", V.ipv4(rng), i > 1 ? "')," : "');\n");
  return d.unit();
}

export function mongoExport(rng: Rng): Unit {
  const p = V.person(rng);
  return new Doc().add('{"_id":{"$oid":"', N.objectId(rng), '"},"name":"', V.fullName(p), '","contact":{"email":"', V.email(rng, p), '","tel":"', phone(rng, undefined, 'e164'), '"},"visits":{"$numberLong":"', N.numberLong(rng), '"},"createdAt":{"$date":"', N.dateTime(rng), '"},"lastSeen":{"$date":{"$numberLong":"', N.epochMillis(rng), '"}}}').unit();
}

export function iosConfig(rng: Rng): Unit {
  const d = new Doc().add('!\nversion ', N.version(rng), '\nhostname ', `sw-${V.lower(rng, 3)}-${rng.int(1, 40)}`, '\n!\n');
  d.add('interface GigabitEthernet1/0/', String(rng.int(1, 48)), '\n description uplink to core\n ip address ', V.ipv4(rng, 'rfc1918'), ' ', N.subnetMask(rng), '\n ipv6 address ', V.ipv6(rng, 'compressed'), '/64\n');
  d.add(' mac-address ', V.mac(rng, 'cisco-dot'), '\n!\nsnmp-server host ', V.ipv4(rng), ' version 2c public\nsnmp-server contact ', V.email(rng), '\naccess-list 10 permit ', V.ipv4(rng, 'documentation'), ' ', N.subnetMask(rng), '\n');
  return d.add('username admin privilege 15 secret 9 ', N.neg('hash', 'cisco-type9', `$9$${rng.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 14)}$${rng.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./', 43)}`), '\nserial ', N.serialNumber(rng), '\n!\nend\n').unit();
}

export function etcHosts(rng: Rng): Unit {
  const d = new Doc().add('127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add(rng.chance(0.6) ? V.ipv4(rng, 'rfc1918') : V.ipv6(rng, rng.pick(['compressed', 'full'])), `\t${V.lower(rng, 5)}.corp.example ${V.lower(rng, 5)}\n`);
  return d.unit();
}

export function dhcpLease(rng: Rng): Unit {
  return new Doc().add('lease ', V.ipv4(rng, 'rfc1918'), ' {\n  starts 4 2026/12/03 08:14:22;\n  ends 4 2026/12/03 20:14:22;\n  binding state active;\n  hardware ethernet ', V.mac(rng, 'colon-lower'), ';\n  uid "\\001', N.neg('dhcp-uid', 'octal', `\\${rng.int(100, 377)}\\${rng.int(100, 377)}`), '";\n  client-hostname "', N.neg('hostname', 'host', `${rng.pick(['DESKTOP', 'LAPTOP'])}-${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7)}`), '";\n}\n').unit();
}

export function arpTable(rng: Rng): Unit {
  const linux = rng.chance(0.5);
  const d = new Doc().add(linux ? 'Address                  HWtype  HWaddress           Flags Mask            Iface\n' : 'Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n');
  for (let i = rng.int(2, 5); i > 0; i--) {
    if (linux) d.add(V.ipv4(rng, 'rfc1918'), '             ether   ', V.mac(rng, 'colon-lower'), '   C                     eth0\n');
    else d.add('Internet  ', V.ipv4(rng, 'rfc1918'), `        ${rng.int(0, 240)}   `, V.mac(rng, 'cisco-dot'), '  ARPA   Vlan', N.vlan(rng), '\n');
  }
  return d.unit();
}

export function ipAddr(rng: Rng): Unit {
  return new Doc().add('2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000\n    link/ether ', V.mac(rng, 'colon-lower'), ' brd ff:ff:ff:ff:ff:ff\n    inet ', V.ipv4(rng, 'rfc1918'), '/24 brd 10.0.0.255 scope global dynamic eth0\n    inet6 ', V.ipv6(rng, 'link-local-zone'), '/64 scope link\n    RX: bytes  packets\n    ', N.counter(rng), '  ', N.counter(rng), '\n    SNMP ifInOctets ', N.oid(rng), '\n').unit();
}

export function railsLog(rng: Rng): Unit {
  return new Doc().add('I, [2026-12-03T10:14:07.', N.neg('log-micros', 'us', rng.digits(6)), ' #', String(rng.int(1000, 99999)), ']  INFO -- : [', N.requestId(rng), '] Started POST "/users/sign_in" for ', V.ip(rng), ' at 2026-12-03 10:14:07 +0100\n  Parameters: {"user"=>{"email"=>"', V.email(rng), '", "password"=>"[FILTERED]"}}\nCompleted 302 Found in ', String(rng.int(5, 900)), 'ms (ActiveRecord: 3.1ms | Allocations: ', String(rng.int(1000, 99999)), ')\n').unit();
}

export function djangoLog(rng: Rng): Unit {
  return new Doc().add('[03/Dec/2026 10:14:07] WARNING [django.security.csrf] Forbidden (CSRF token missing.): /accounts/profile/ user=', V.email(rng), ' remote_addr=', V.ip(rng), ' session=', N.sessionId(rng), '\n').unit();
}

export function springTrace(rng: Rng): Unit {
  const d = new Doc().add('2026-12-03 10:14:07.512 ERROR ', String(rng.int(1000, 9999)), ' --- [nio-8080-exec-', String(rng.int(1, 9)), '] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception [traceId=', N.sessionId(rng), ']\n');
  d.add('com.example.billing.PaymentException: card declined for customer ', V.email(rng), ' (card ', V.card(rng), ')\n');
  return d.add('\tat com.example.billing.PaymentService.charge(PaymentService.java:', String(rng.int(40, 400)), ')\n\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:186)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\nSpring Boot v', N.version(rng), '\n').unit();
}

export function aspnetLog(rng: Rng): Unit {
  return new Doc().add('info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished HTTP/2 GET https://portal.example/api/account?uid=', N.uuid(rng), ' - 200 - application/json ', String(rng.int(1, 900)), '.', rng.digits(4), 'ms\n      => ConnectionId:', N.requestId(rng), ' => RemoteIp: ', V.ip(rng), ' => User: ', V.email(rng), '\n').unit();
}

export function ticketSecrets(rng: Rng): Unit {
  const k = V.awsPair(rng);
  const d = new Doc().add(`Ticket OPS-${rng.int(100, 9999)}: deploy fails since commit `, N.gitSha(rng), '\nReporter: ', V.fullName(V.person(rng)), '\n\nI pasted our env to reproduce:\n');
  if (rng.chance(0.6)) d.add('AWS_ACCESS_KEY_ID=', k.id, '\nAWS_SECRET_ACCESS_KEY=', k.secret, '\n');
  else d.add('aws configure set aws_access_key_id ', k.id, '\n# and in vault: ', k.secret, '\n');
  d.add(rng.pick(['TOKEN=', 'Authorization: token ', 'api_key: ']), V.providerToken(rng), '\nEXAMPLE_KEY=', N.placeholder(rng), '\nchecksum ', N.sha(rng), '\ncorrelation ', N.uuid(rng), '\n');
  if (rng.chance(0.4)) d.add('Authorization: Bearer ', V.jwt(rng), '\n');
  if (rng.chance(0.3)) d.add('key.pem:\n', V.privateKey(rng), '\n');
  return d.unit();
}

export function supportChat(rng: Rng): Unit {
  const p = V.person(rng, 'en');
  return new Doc().add('Agent: how can I help?\nCustomer: the refund for order ', N.invoiceNumber(rng), ' never arrived, I paid with ', V.card(rng), '. Phone IMEI ', N.imei(rng), ', barcode ', N.ean13(rng), '.\nAgent: the card ', N.badCard(rng), ' you typed earlier fails validation; I will call you on ', phone(rng, rng.pick(['GB', 'IE', 'AU', 'NZ', 'ZA', 'US', 'CA']), rng.pick(['national', 'international'])), ' or e-mail ', V.email(rng, p), '.\n').unit();
}

export const MACHINE_SOURCES: Record<string, (rng: Rng) => Unit> = {
  'pg-copy': pgCopy, 'mysql-insert': mysqlInsert, 'mongo-export': mongoExport, 'ios-config': iosConfig, 'etc-hosts': etcHosts, 'dhcpd-leases': dhcpLease,
  'arp-table': arpTable, 'ip-addr': ipAddr, 'rails-log': railsLog, 'django-log': djangoLog, 'spring-boot-trace': springTrace, 'aspnet-log': aspnetLog,
  'ticket-secrets': ticketSecrets, 'support-chat': supportChat,
};
