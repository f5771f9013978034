// The pii check on a thirteenth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout13/). Fifty-one document families: NACHA ACH batches, MT940
// statements, cheque MICR images, Metro 2 credit records, 1099-NEC forms, Lohnsteuerbescheinigungen,
// avis d'impôt, I-9 packets, SWIFT gpi recalls; IMO FAL 5 crew lists, baggage PIRs, customs
// declarations, BAPLIE-like stowage plans, vehicle registrations, warranty claims, RMA tickets, SIM
// activation logs, eSIM confirmations; VCF headers, LIMS manifests, pet microchip records, clinic
// schedules, dental charts, optician prescriptions; call-centre CRM notes, Zendesk tickets, Intercom
// threads, Airbnb host messages, event tickets, conference badge queues, volunteer rolls, parish
// registers, alumni records, WooCommerce order mails; Tomcat catalina logs, IIS W3C logs, Windows Event
// XML, Sysmon events, Azure Activity and GCP audit entries, Vault audit lines, Nomad jobs, Argo CD
// applications, Terraform Cloud runs, Bitbucket Pipelines and Azure DevOps logs, Laravel/Rails/Django
// .env files, Spring application.properties, wp-config.php, kubeconfig, WireGuard/OpenVPN configs.
// Nested JSON Lines CRM contacts, SIM activations (gzip) and clinic visits; thirteen CSV exports (six
// `;`, one gzip, one with neutral column names, name columns in nine languages). Written, run through
// the bundled CLI and scored by set 5's machinery (set 1's scorer underneath). Prints counts, types,
// forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT13_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT13_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261215, 1500, 400, 150)
//   BENCH_PII_HELDOUT13_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS13, generateHeldout13 } from './pii-heldout13/generate.js';

runHeldoutBench(13, generateHeldout13, DEFAULT_OPTIONS13);
