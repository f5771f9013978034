// The pii check on a fourteenth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout14/), seventy-seven document families: ModSecurity audit logs, DMARC
// aggregate reports, certbot logs, fail2ban logs, sudo/auditd lines, osquery results, Wazuh alerts, EDR
// detections, Google Workspace admin audit events; GA4 BigQuery exports, Segment track calls, Mixpanel
// imports, ad-click logs, cookie-consent logs, Cloudflare Logpush, Fastly logs; OpenTelemetry spans,
// Splunk HEC, Graylog GELF, Kafka consumer dumps, Redis MONITOR, MongoDB profiler, Elasticsearch slow
// logs, Lambda logs; Intune/Jamf inventories, Zoom participant reports, Calendly bookings, BambooHR
// exports, Greenhouse candidates, timesheets, Expensify reports, corporate card statements; ATM
// electronic journals, FIX messages, chargeback files, AML narratives; radiology reports, discharge
// summaries, EOBs, telehealth transcripts, Apple Health XML, Fitbit JSON; visa applications (MRZ),
// census forms, FOIA requests, permit applications, exam registrations, tenant screening, HOA rosters,
// donor CRM notes, wedding guest lists; Debian and RPM changelogs, Maven POM developers, Cargo.toml
// authors, PyPI METADATA, AUTHORS files, git blame, Bugzilla mails, man pages; OCPP EV charging,
// OBD-II fleet logs, game-server logs, Twitch chat, X/Twitter archives, Facebook DYI JSON; shell
// history, cloud-init, heroku config, Spring actuator /env, Django settings, serverless.yml, Pulumi
// config, .envrc, Rails credentials; warehouse receiving logs, royalty statements. Nested JSON Lines
// Segment identify calls (gzip), HRIS workers and EDR telemetry; thirteen CSV exports (five `;`, one
// gzip, one with neutral column names, name columns headed in eleven languages). Written, run through
// the bundled CLI and scored by set 5's machinery (set 1's scorer underneath). Prints counts, types,
// forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT14_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT14_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261216, 1500, 400, 150)
//   BENCH_PII_HELDOUT14_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS14, generateHeldout14 } from './pii-heldout14/generate.js';

runHeldoutBench(14, generateHeldout14, DEFAULT_OPTIONS14);
