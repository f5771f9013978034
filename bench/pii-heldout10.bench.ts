// The pii check on a tenth held-out set nobody tunes on (issue 17): Zeek conn/dhcp/http logs, Suricata
// eve.json, `ipconfig /all` and `ifconfig`, btmon traces, UniFi/Meraki events, Kismet probes; Okta,
// Auth0 and Keycloak events, SAML assertions, decoded JWTs, OAuth token responses, Helm values,
// Kubernetes Secrets, Jenkins credentials.xml, rclone/s3cfg, ssh_config with known_hosts; W-2 forms,
// FatturaPA and NF-e XML, Indian e-KYC/PAN forms, HMRC P60s, AEAT letters, OFX and BAI2 files; HTML
// staff pages, Markdown and psql tables, Jupyter notebooks, PDF-extracted and OCR'd text, Mastodon and
// Reddit JSON, forum posts, MySQL slow and PostgreSQL logs, Python tracebacks (bench/pii-heldout10/);
// nested JSON Lines Okta users (gzip) and ActivityPub actors; twelve CSV exports (three semicolon
// sheets, one gzip, one with neutral column names). Written, run through the bundled CLI and scored by
// set 5's machinery (set 1's scorer underneath), printed with set 3's tables. Prints counts, types,
// forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT10_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT10_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261212, 1500, 400, 150)
//   BENCH_PII_HELDOUT10_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS10, generateHeldout10 } from './pii-heldout10/generate.js';

runHeldoutBench(10, generateHeldout10, DEFAULT_OPTIONS10);
