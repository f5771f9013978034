// The pii check on a seventeenth held-out set nobody tunes on, written from the formats without
// reading the detector (bench/pii-heldout17/): legal (wills, German Vorsorgevollmachten, Spanish
// notarial deeds, tenancy deposit disputes, immigration case notes); government (Universal Credit
// claims, council-tax bills, P45s, W-4s, ELSTER notices, Dutch/Belgian organ-donor registrations);
// automotive (Nordic service histories, MOT certificates, French/Italian parking penalties, recall
// letters, dealer finance agreements); health (GP appointment SMS, NHS e-Referrals, e-Rezept printouts,
// maternity notes, occupational-health advice); work (shift rosters, union membership lists,
// whistleblower reports, relocation packages, LMS training records, certificates of employment);
// payments (Twilio message logs, iDEAL status, PayPal IPN, Adyen notifications, PIX receipts, UPI SMS,
// M-Pesa SMS, SendGrid events);
// logistics (CMR notes, bills of lading, proof-of-delivery logs, X12 204 load tenders, driver run
// sheets); operations (Traefik JSON access logs, API Gateway access logs, GuardDuty findings, SQL
// Server ERRORLOG, ClickHouse query_log); configuration (Jenkins CasC, Backstage app-config, Nextcloud
// config.php, gitlab.rb, ~/.aws/credentials, terraform.tfvars); build and secret stores (TeamCity
// build logs, Consul agent configs, n8n credential exports); nested JSON Lines payment
// notifications (gzip), benefit claims and fleet proof-of-delivery events; thirteen CSV exports (six
// `;`, one gzip, one with neutral column names, name columns in nine languages). Written, run through
// the bundled CLI and scored by set 5's machinery (set 1's scorer underneath). Prints counts, types,
// forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT17_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT17_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261219, 1500, 400, 150)
//   BENCH_PII_HELDOUT17_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS17, generateHeldout17 } from './pii-heldout17/generate.js';

runHeldoutBench(17, generateHeldout17, DEFAULT_OPTIONS17);
