// The pii check on a ninth held-out set nobody tunes on (issue 17): HL7 v2 ADT messages, FHIR Patient
// and Observation JSON, GEDCOM files, library circulation slips, hotel PMS reservations, rental listings
// in eleven languages, RFC 5424 syslog, journald JSON, web access logs with query strings, GitHub
// Actions logs with leaked tokens, RADIUS detail records, DNS zone files, nmap/tshark output, mbox and
// git log headers, WhatsApp/Slack/Discord chat exports in fifteen languages, Stripe and Sentry webhooks
// and OpenAPI examples (bench/pii-heldout9/); nested JSON Lines Kafka sign-up events (gzip) and
// Elasticsearch applicant documents; seven CSV exports (two semicolon sheets, one gzip, one with
// neutral column names). Written, run through the bundled CLI and scored by set 5's machinery (set 1's
// scorer underneath), printed with set 3's tables. Prints counts, types, forms, kinds and column
// names, never a value.
//   BENCH_PII_HELDOUT9_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT9_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261211, 1500, 400, 150)
//   BENCH_PII_HELDOUT9_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS9, generateHeldout9 } from './pii-heldout9/generate.js';

runHeldoutBench(9, generateHeldout9, DEFAULT_OPTIONS9);
