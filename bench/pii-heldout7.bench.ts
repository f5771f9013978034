// The pii check on a seventh held-out set nobody tunes on (issue 17): AWS CloudTrail, GCP Cloud Audit
// Logs and Azure Activity Log events, Terraform state and plan output, Ansible inventories, SMS gateway
// and SIP traces, SMTP bounce logs, Android logcat and iOS unified logs, CVs and cover letters in fifteen
// languages, contracts, court filings, utility bills, waybills and student letters (bench/pii-heldout7/);
// JSON Lines fleet telematics and smart-meter readings (gzip) with nested objects; ten CSV exports (two
// semicolon sheets, one gzip, one with neutral column names). Written, run through the bundled CLI and
// scored by set 5's machinery (set 1's scorer underneath), printed with set 3's tables. Prints counts,
// types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT7_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT7_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261209, 2000, 600, 200)
//   BENCH_PII_HELDOUT7_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS7, generateHeldout7 } from './pii-heldout7/generate.js';

runHeldoutBench(7, generateHeldout7, DEFAULT_OPTIONS7);
