// The pii check on a twelfth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout12/): Nginx vhosts, Caddyfiles, HAProxy configs, systemd units,
// crontabs, Makefiles, Dockerfiles, docker-compose files, Vagrantfiles, Puppet manifests, `gpg
// --list-keys` output, authorized_keys; R Markdown, BibTeX, `git format-patch` mails, Gerrit reviews,
// mailing-list digests, Usenet posts, IRC logs, Matrix and Telegram JSON exports, Android SMS backup
// XML; 911 CAD incidents, POCSAG pager decodes, bed boards, blood bank issues, clinical-trial CRFs,
// Illumina sample sheets, rental-car telematics, toll statements, parking permits, EZproxy logs; ACORD
// claims, pharmacy labels, school enrolment forms, gym contracts, badge scans, MLS listings, closing
// disclosures, parcel-locker notices, ride receipts, food-delivery JSON, UBL invoices; nested JSON
// Lines gym members (gzip) and ride trips; thirteen CSV exports (four `;`, one gzip, one with neutral
// column names, name columns in nine languages). Written, run through the bundled CLI and scored by
// set 5's machinery (set 1's scorer underneath). Prints counts, types, forms, kinds and column names,
// never a value.
//   BENCH_PII_HELDOUT12_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT12_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261214, 1500, 400, 150)
//   BENCH_PII_HELDOUT12_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS12, generateHeldout12 } from './pii-heldout12/generate.js';

runHeldoutBench(12, generateHeldout12, DEFAULT_OPTIONS12);
