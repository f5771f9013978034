// The pii check on a sixth held-out set nobody tunes on (issue 17): discharge letters, lab reports,
// pharmacy labels and appointment reminders; SEPA pre-notifications beside creditor ids shaped like
// IBANs; payslips with national ids under their own languages' cues; public-sector letters in nine
// languages; article metadata and BibTeX (DOI, ISBN, ISSN, ORCID, arXiv, PubMed ids); bookings and
// PNR displays; PostgreSQL COPY, MySQL INSERT and MongoDB extended JSON; Cisco running-config, hosts,
// dhcpd.leases, ARP tables and `ip addr`; Rails, Django, Spring Boot and ASP.NET logs; tickets with
// pasted secrets (bench/pii-heldout6/). JSON Lines MongoDB-style user records; ten CSV exports (four
// semicolon bank statements in local forms, a payroll sheet with neutral column names, one gzip).
// Run through the bundled CLI and scored with set 1's scorer; printed with set 3's tables. Prints
// counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT6_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT6_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261208, 2000, 600, 150)
//   BENCH_PII_HELDOUT6_FORMS=1   recall of every form (default: only forms with a miss)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.js';
import { numberEnvs } from './env-number.js';
import { floorMask } from './pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from './pii-heldout3/report.js';
import { maskSet4With, scoreMaskedSet4 } from './pii-heldout4/tally.js';
import { DEFAULT_OPTIONS, generateHeldout6 } from './pii-heldout6/generate.js';
import { runCli6 } from './pii-heldout6/run.js';

const { cli, distName } = bundleCli('BENCH_PII_HELDOUT6_DIST');
const options = numberEnvs('BENCH_PII_HELDOUT6', DEFAULT_OPTIONS);
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout6-'));
try {
  const set = generateHeldout6(options);
  const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
  console.log(`held-out set 6: seed ${options.seed}; ${options.documents} documents, ${options.records} MongoDB-style records, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
  const run = runCli6(cli, dir, set);
  const s = scoreMaskedSet4(set, run.masked);
  console.log(`CLI: ${run.exitCodes.length} scans (exit codes ${[...new Set(run.exitCodes)].join(', ')}), ${run.cpuSeconds === undefined ? 'CPU time not measured' : `${run.cpuSeconds.toFixed(1)} CPU-seconds`}; ${s.all.units} units scored, ${s.all.unaligned} unaligned`);
  console.log(`\nmodelgate pii scan (documents, record leaves and cells together):\n\n${groupTable(s)}\n\n${negativeTable(s)}\n\n${maskedAsLine(s)}`);
  console.log(`\nper document source:\n\n${sourceTable(s)}`);
  console.log(`\ncolumn classification (--report-json; top-level JSON Lines fields and CSV columns):\n\n${columnTable(run.columns)}`);
  console.log(`\nrecall per form${process.env.BENCH_PII_HELDOUT6_FORMS ? '' : ' (forms with a miss)'}:\n\n${formTable(s, !!process.env.BENCH_PII_HELDOUT6_FORMS)}`);
  const floor = scoreMaskedSet4(set, maskSet4With(set, floorMask));
  console.log(`\nreference: shape-only regular expressions (set 3's floor: no validator, no context), same set, same scorer:\n\n${groupTable(floor)}\n\n${negativeTable(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
