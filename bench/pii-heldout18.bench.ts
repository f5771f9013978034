// The pii check on an eighteenth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout18/): education and housing (university admission files, student-loan
// letters, exam-board results, school-trip consent forms, tutoring invoices, thesis submission records,
// tenancy agreements, letting-agent inventories, housing-register applications, mortgage valuation
// reports, building-society passbooks); leisure, justice and charity (golf handicap records, angling
// licences, scuba logbooks, yacht charter contracts, probation reports, prison visit bookings, bail
// conditions, food-bank referrals, foster placement notes, refugee resettlement forms); finance and
// public letters (buy-now-pay-later statements, FX transfer confirmations, insurance renewals,
// pet-insurance claims, life-insurance beneficiary forms, pension transfer forms, Försäkringskassan /
// Kela / skattemelding / Estonian tax letters, Croatian / Romanian / Bulgarian / Greek registration
// forms, Argentinian / Chilean / Brazilian invoices, e-Devlet and Bituach Leumi letters, South African
// payslips, ZUS letters); operations and configuration (Fly.io logs, Render deploy logs, Supabase logs,
// Cloud Run logs, CloudWatch Logs Insights exports, Datadog monitor mails, Temporal histories, Airbyte
// sync logs, Kafka Connect configs, pg_hba.conf, Redis ACL files, mongosh history, Keycloak realm
// exports, Authelia configs, Magento env.php, Phoenix prod.secret.exs, gradle.properties, fastlane
// Appfiles, google-services.json, Zapier task histories); nested JSON Lines learners, FX transfers
// (gzip) and deploy events; thirteen CSV exports (five `;`, one gzip, one with neutral column names
// c1..c10, name columns in nine languages). Written, run through the bundled CLI and scored by set 5's
// machinery (set 1's scorer underneath). Prints counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT18_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT18_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261220, 1500, 400, 150)
//   BENCH_PII_HELDOUT18_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS18, generateHeldout18 } from './pii-heldout18/generate.js';

runHeldoutBench(18, generateHeldout18, DEFAULT_OPTIONS18);
