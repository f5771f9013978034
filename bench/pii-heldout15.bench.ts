// The pii check on a fifteenth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout15/), 88 document families:
// insurance and finance: FNOL notes, loss-adjuster reports, Dutch pension overviews, mortgage
// servicing-transfer letters, BACS Standard 18 files, Australian ABA direct-entry files, German
// remittance advices, invoices in eight languages, XRechnung UBL XML, credit-bureau dispute letters,
// debt-collection notices, subscription-billing webhooks, marketplace seller payouts, custody
// statements (ISIN/CUSIP/SEDOL/LEI), dangerous-goods declarations, bookshop orders, IBAN validation logs;
// care: pharmacy dispensing logs, lab requisitions, vaccination records, ambulance run sheets, SBAR
// nursing handovers, SAE reports, genetic counselling letters;
// work: offer letters, reference checks, background-check reports, visa sponsorship letters, exit
// interviews, org-chart JSON, Teams channel exports, Outlook headers, Exchange message tracking logs,
// Proofpoint TAP alerts;
// operations: CloudFront, ALB, VPC flow, Envoy access logs, Cisco ASA syslog, Palo Alto traffic CSV,
// pfSense filterlog, Squid access logs, Windows DHCP logs, Entra ID sign-ins, Defender alerts, IPMI
// SEL, snmptrapd logs, vulnerability-scan reports, etcd dumps, HTTP probe logs;
// developer configuration: Maven settings.xml, NuGet.config, Composer auth.json, pip.conf, Cargo
// credentials, RubyGems credentials, SaltStack pillars, SOPS files, dotnet user-secrets, Vercel env,
// CircleCI config, GitLab audit events, Chef data bags, Buildkite pipelines, .bazelrc, Netlify env:list;
// civic: voter rolls, jury summonses, court dockets, land registry extracts, marriage licences,
// obituaries, classifieds, neighbourhood-app posts, petitions, town-hall minutes;
// travel, telecom and IoT: car-rental agreements, ferry manifests, rail e-tickets, cruise folios,
// travel-insurance claims, number-porting requests, SMS gateway DLRs, USSD sessions, smart-meter
// readings, EV fleet charging logs, drone flight logs, LoRaWAN uplinks.
// Nested JSON Lines insurance claims (gzip), fleet telemetry and patient-portal events; sixteen CSV
// exports (six `;` with decimal commas, one gzip, one with neutral column names c1..c10, name columns
// in eleven languages). Written, run through the bundled CLI and scored by set 5's machinery (set 1's
// scorer underneath). Prints counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT15_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT15_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261217, 1500, 400, 150)
//   BENCH_PII_HELDOUT15_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS15, generateHeldout15 } from './pii-heldout15/generate.js';

runHeldoutBench(15, generateHeldout15, DEFAULT_OPTIONS15);
