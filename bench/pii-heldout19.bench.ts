// The pii check on a nineteenth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout19/): commerce (marketplace sale notices, marketplace dispute cases,
// florist order cards, furniture delivery slots, print-shop proofs, farm-share pickup rosters, wine-club
// shipments, bike repair tickets, churn-survey replies); health (sleep-study reports, allergy-clinic
// letters, dialysis session logs, speech-therapy notes, MRI safety questionnaires, blood-donor
// appointments, orthodontic plans, nutrition consults, patient-portal messages); public services
// (allotment waiting lists, dog licences, noise complaints, bulky-waste bookings, street-trading
// licences, polling-station staff rosters, free-school-meal checks, citizenship ceremony invitations,
// snow-clearance requests); finance and HR (payroll bank-detail changes, stock option grants, credit
// committee minutes, tax-adviser engagement letters, factoring schedules, IT onboarding tickets,
// parental-leave requests, interview schedules); travel (campsite bookings, bike-share receipts, hostel
// guest registers, coach tickets); operations and configuration (varnishlog, keepalived, `tailscale
// status`, wrangler.toml, supervisord.conf, msmtprc, restic env files, muttrc, pgbouncer.ini, Mattermost
// config.json); chat and e-mail (LINE and KakaoTalk exports, a parents' association thread, a Viber
// group); nested JSON Lines donors (gzip), tenancies and fleet jobs; thirteen CSV exports (five `;`, one
// gzip, one with neutral column names, name columns in nine languages). Written, run through the bundled
// CLI and scored by set 5's machinery (set 1's scorer underneath). Prints counts, types, forms, kinds
// and column names, never a value.
//   BENCH_PII_HELDOUT19_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT19_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261221, 1500, 400, 150)
//   BENCH_PII_HELDOUT19_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS19, generateHeldout19 } from './pii-heldout19/generate.js';

runHeldoutBench(19, generateHeldout19, DEFAULT_OPTIONS19);
