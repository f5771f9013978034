// The pii check on an eleventh held-out set nobody tunes on (issue 17), written from the formats and not
// from the detector: Amadeus and Sabre PNRs, MVT/LDM messages, dispatch releases with METARs, tour
// manifests; NCPDP SCRIPT, LOINC lab reports, CMS-1500 claims, veterinary records, Moodle logs; Swiss
// QR-bill and EPC QR payloads, crypto KYC reports, trade confirmations, loan applications, Plaid JSON;
// Android logcat, NMEA, AIS, ADS-B, Zigbee2MQTT, Home Assistant, Modbus; .npmrc, .pypirc, .netrc,
// .git-credentials, Docker config.json, .gitlab-ci.yml, Postman environments, HAR, `curl -v`, ECS JSON,
// Fluent Bit, PowerShell transcripts, .reg exports, macOS unified log; Jira JSON, Confluence pages,
// DocuSign envelopes, Typeform responses, police reports, product reviews, used-car ads, dating
// profiles, voicemail transcripts, student transcripts (bench/pii-heldout11/); nested JSON Lines loan
// applications (gzip) and KYC profiles; fourteen CSV exports (five semicolon sheets, one gzip, one with
// neutral column names, person-name columns in eight languages). Written, run through the bundled CLI
// and scored by set 5's machinery (set 1's scorer underneath), printed with set 3's tables. Prints
// counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT11_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT11_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261213, 1500, 400, 150)
//   BENCH_PII_HELDOUT11_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS11, generateHeldout11 } from './pii-heldout11/generate.js';

runHeldoutBench(11, generateHeldout11, DEFAULT_OPTIONS11);
