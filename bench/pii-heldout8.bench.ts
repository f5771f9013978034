// The pii check on an eighth held-out set nobody tunes on (issue 17): vCard and iCalendar files, LDAP
// LDIF entries with Active Directory attributes, ANSI X12 850/810 and UN/EDIFACT ORDERS/INVOIC messages,
// ISO 20022 pain.001/camt.053 XML and SWIFT MT103, DICOM header dumps, credential files (.netrc, .npmrc,
// .pypirc, Docker config.json, git credential store, kubeconfig), Prometheus exposition and Alertmanager
// alerts, ticket exports in eight languages (BOM, CRLF, multi-line cells), GPX/KML tracks and POS
// receipts (bench/pii-heldout8/); nested JSON Lines directory-sync users and EDI partners (gzip); seven
// CSV exports (two semicolon sheets, one gzip, one with neutral column names). Written, run through the
// bundled CLI and scored by set 5's machinery (set 1's scorer underneath), printed with set 3's tables.
// Prints counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT8_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT8_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261210, 1500, 400, 150)
//   BENCH_PII_HELDOUT8_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS8, generateHeldout8 } from './pii-heldout8/generate.js';

runHeldoutBench(8, generateHeldout8, DEFAULT_OPTIONS8);
