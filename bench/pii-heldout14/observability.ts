// Observability-pipeline families of set 14: OpenTelemetry span exports, Splunk HEC events, Graylog
// GELF messages, Kafka console-consumer dumps, Redis MONITOR output, MongoDB profiler documents,
// Elasticsearch slow logs and AWS Lambda logs. Personal values leak through attributes, payloads and
// queries; trace ids stay unlabelled; durations, versions, epochs and digests are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX } from '../pii-heldout/prng.js';
import { Doc, gold, n, ph, phE164, ts, who, type Unit } from './kit.js';
import { connectionUrl, password } from './secrets.js';
import { iban, ip } from './values.js';
import { anyNationalId } from './ids.js';

function otelSpan(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}},{"key":"service.version","value":{"stringValue":"', n(rng, 'version'), '"}}]},"scopeSpans":[{"spans":[{"traceId":"', rng.chars(HEX, 32), '","spanId":"', rng.chars(HEX, 16), '","name":"POST /payments","startTimeUnixNano":"', n(rng, 'epoch-ms'), '","attributes":[{"key":"http.client_ip","value":{"stringValue":"', ip(rng), '"}},{"key":"enduser.id","value":{"stringValue":"', u.email, '"}},{"key":"db.statement","value":{"stringValue":"UPDATE customers SET iban = \'', iban(rng), '\' WHERE id = $1"}}]}]}]}]}\n').unit();
}

function splunkHec(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('curl -k https://splunk.internal:8088/services/collector/event -H "Authorization: Splunk ', gold('splunk-hec-token', 'uuid', `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 12)}`), '" -d \'{"time": ', n(rng, 'epoch-seconds'), ', "host": "pos-', String(rng.int(1, 80)), '", "sourcetype": "_json", "event": {"action": "loyalty_signup", "customer": "', u.name, '", "contact": "', u.email, '", "terminal_ip": "', ip(rng, 'v4-private'), '", "amount": "', n(rng, 'price'), '"}}\'\n').unit();
}

function gelf(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{"version":"1.1","host":"crm-worker-', String(rng.int(1, 9)), '","short_message":"SMS delivery failed for ', phE164(rng), '","full_message":"Twilio error 30003 for customer ', u.name, ' <', u.email, '>","timestamp":', n(rng, 'epoch-seconds'), '.', rng.digits(3), ',"level":4,"_client_ip":"', ip(rng), '","_build":"', n(rng, 'build-number'), '"}\n').unit();
}

function kafkaDump(rng: Rng): Unit {
  const d = new Doc().add('$ kafka-console-consumer --bootstrap-server broker-1:9092 --topic customer.updated --from-beginning --property print.key=true --property print.timestamp=true\n');
  for (let i = rng.int(2, 4); i > 0; i--) {
    const u = who(rng);
    const [cue, id] = anyNationalId(rng);
    d.add('CreateTime:', n(rng, 'epoch-ms'), `\tcust-${rng.chars(HEX, 8)}\t{"name":"`, u.name, '","email":"', u.email, '","phone":"', ...ph(rng), `","kyc":{"doc":"${cue}","number":"`, id, '"},"schema":"', n(rng, 'version'), '"}\n');
  }
  return d.add(`Processed a total of ${rng.int(3, 9)} messages\n`).unit();
}

function redisMonitor(rng: Rng): Unit {
  const d = new Doc().add('OK\n');
  for (let i = rng.int(3, 5); i > 0; i--) {
    const c = ip(rng, 'v4-private');
    const u = who(rng);
    d.add(n(rng, 'epoch-seconds'), `.${rng.digits(6)} [0 `, c, `:${rng.int(30000, 60000)}] `, ...rng.pick<() => Array<string | ReturnType<typeof n>>>([
      () => ['"HSET" "session:', rng.chars(HEX, 24), '" "email" "', u.email, '"'],
      () => ['"SETEX" "otp:', phE164(rng), `" "300" "${rng.digits(6)}"`],
      () => ['"AUTH" "', password(rng), '"'],
      () => ['"GET" "feature:checkout:', n(rng, 'version'), '"'],
    ])(), '\n');
  }
  return d.unit();
}

function mongoProfiler(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{ op: "query", ns: "crm.contacts", command: { find: "contacts", filter: { email: "', u.email, '", "phones.mobile": "', phE164(rng), '" }, $db: "crm" }, keysExamined: 0, docsExamined: ', String(rng.int(10000, 900000)), ', millis: ', String(rng.int(100, 9000)), ', planSummary: "COLLSCAN", client: "', ip(rng, 'v4-private'), '", appName: "', 'crm-sync ', n(rng, 'version'), '", user: "crm_app@admin", ts: ISODate("', n(rng, 'timestamp'), '") }\n').unit();
}

function esSlowlog(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('[', ts(rng), ',', rng.digits(3), '][WARN ][index.search.slowlog.query] [es-data-', String(rng.int(1, 6)), '] [customers][', String(rng.int(0, 4)), '] took[', n(rng, 'duration'), '], took_millis[', String(rng.int(500, 9000)), '], total_hits[', String(rng.int(0, 40)), ' hits], search_type[QUERY_THEN_FETCH], source[{"query":{"bool":{"should":[{"term":{"email.keyword":"', u.email, '"}},{"match_phrase":{"full_name":"', u.name, '"}}]}}}], id[', ip(rng, 'v4-private'), '],\n').unit();
}

function lambdaLog(rng: Rng): Unit {
  const rid = n(rng, 'uuid');
  const u = who(rng);
  return new Doc().add('START RequestId: ', rid, ' Version: $LATEST\n', ts(rng), '.', rng.digits(3), 'Z\t', n(rng, 'uuid'), '\tINFO\tincoming event {"body":"{\\"name\\":\\"', u.name, '\\",\\"email\\":\\"', u.email, '\\"}","requestContext":{"identity":{"sourceIp":"', ip(rng), '"}}}\n',
    ts(rng), '.', rng.digits(3), 'Z\t', n(rng, 'uuid'), '\tERROR\tDB connect failed: ', ...connectionUrl(rng), '\n', 'END RequestId: ', rid, '\nREPORT RequestId: ', rid, '\tDuration: ', n(rng, 'duration'), '\tBilled Duration: ', String(rng.int(100, 3000)), ' ms\tMemory Size: 512 MB\tMax Memory Used: ', String(rng.int(60, 500)), ' MB\n').unit();
}

export const OBSERVABILITY_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'otel-span-export': otelSpan, 'splunk-hec': splunkHec, 'graylog-gelf': gelf, 'kafka-consumer-dump': kafkaDump, 'redis-monitor': redisMonitor, 'mongodb-profiler': mongoProfiler, 'es-slowlog': esSlowlog, 'lambda-log': lambdaLog,
};
