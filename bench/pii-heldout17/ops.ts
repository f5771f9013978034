// Operations logs of set 17: Traefik JSON access logs, AWS API Gateway access logs, GuardDuty
// findings, SQL Server ERRORLOG lines and ClickHouse query_log rows. Client and server addresses
// are IPs (gold); request, trace and query ids are hard negatives.
import * as N from './negatives.js';
import { Doc, ph, who, type Rng, type Unit } from './kit.js';
import * as S from './secrets.js';
import * as V from './values.js';

function traefik(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const auth = r.chance(0.3);
    const u = who(r, ['de', 'nl', 'en']);
    d.add('{"ClientHost":"', V.ip(r), '","ClientUsername":"-","DownstreamStatus":', N.httpStatus(r), ',"Duration":', String(r.int(100000, 90000000)), ',"RequestMethod":"GET","RequestPath":"/api/v2/users?email=', u.email, '","RouterName":"api@docker","ServiceAddr":"', V.ip(r, 'v4-private'), ':8080","StartUTC":"', N.timestamp(r, 'iso'), '"',
      ...(auth ? [',"request_Authorization":"Bearer ', S.secret(r, 'jwt'), '"'] : []), ',"request_X-Request-Id":"', N.uuid(r), '","request_Traceparent":"00-', N.traceId(r), '-', r.chars('0123456789abcdef', 16), '-01"}\n');
  }
  return d.unit();
}

function apigw(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const u = who(r, ['en', 'es', 'ja']);
    d.add('{"requestId":"', N.uuid(r), '","ip":"', V.ip(r), '","caller":"-","user":"', u.email, '","requestTime":"', N.timestamp(r, 'apache'), '","httpMethod":"POST","resourcePath":"/orders","status":"', N.httpStatus(r), '","protocol":"HTTP/1.1","responseLength":"', String(r.int(20, 9000)), '","xrayTraceId":"1-', r.chars('0123456789abcdef', 8), '-', r.chars('0123456789abcdef', 24), '","integrationLatency":"', N.duration(r), '"}\n');
  }
  return d.unit();
}

function guardduty(r: Rng): Unit {
  return new Doc().add('{"schemaVersion":"2.0","type":"UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS","severity":8,"createdAt":"', N.timestamp(r, 'iso'), '","id":"', N.gitSha(r).text.slice(0, 32), '",\n',
    '"resource":{"accessKeyDetails":{"accessKeyId":"', S.secret(r, 'aws-access-key-id'), '","principalId":"AROA', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17), ':i-0', r.chars('0123456789abcdef', 16), '","userType":"AssumedRole"},"instanceDetails":{"networkInterfaces":[{"privateIpAddress":"', V.ip(r, 'v4-private'), '","macAddress":"', V.mac(r, 'colon-lower'), '"}]}},\n',
    '"service":{"action":{"awsApiCallAction":{"api":"ListBuckets","remoteIpDetails":{"ipAddressV4":"', V.ip(r, 'v4-public'), '","geoLocation":{"lat":', N.coordinates(r).text.split(', ')[0]!, '},"organization":{"asn":"', String(r.int(1000, 65000)), '"}}}},"count":', String(r.int(1, 40)), ',"detectorId":"', r.chars('0123456789abcdef', 32), '"}}\n').unit();
}

function sqlserver(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0, n = r.int(2, 5); i < n; i++) {
    const u = who(r, ['en', 'es']);
    const ts = N.timestamp(r, 'sql');
    d.add(ts, ' Logon       ', ...(r.chance(0.5)
      ? ['Login failed for user \'CORP\\', `${u.p.latin[0]}.${u.p.latin[1]}`, '\'. Reason: Password did not match that for the login provided. [CLIENT: ', V.ip(r), ']\n']
      : ['Error: 18456, Severity: 14, State: 8.\n', ts.text, ' Logon       Login succeeded for user \'', u.email, '\'. Connection made using SQL Server authentication. [CLIENT: ', V.ip(r), ']\n']));
  }
  return d.add(N.timestamp(r, 'sql'), ' Server      Microsoft SQL Server 2022 (RTM-CU', String(r.int(10, 19)), ') - ', N.version4(r), ' (X64)\n').unit();
}

function clickhouse(r: Rng): Unit {
  const u = who(r, ['ru', 'uk', 'ka', 'en']);
  return new Doc().add('Row 1:\n──────\ntype:              QueryFinish\nevent_time:        ', N.timestamp(r, 'sql'), '\nquery_duration_ms: ', String(r.int(1, 9000)), '\nread_rows:         ', String(r.int(1, 900000)), '\nmemory_usage:      ', N.measurement(r), '\n',
    'query:             SELECT order_id, total FROM orders WHERE customer_email = \'', u.email, '\' OR phone = \'', ph(r), '\' LIMIT 50\n',
    'query_id:          ', N.uuid(r), '\nclient_hostname:   ', V.ip(r), '\nuser:              analytics_ro\nversion:           ', N.version4(r), '\n').unit();
}

export const OPS17: Record<string, (r: Rng) => Unit> = { 'traefik-access': traefik, 'apigw-log': apigw, 'guardduty-finding': guardduty, 'sqlserver-errorlog': sqlserver, 'clickhouse-query-log': clickhouse };
