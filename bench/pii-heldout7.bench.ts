// The pii check on a seventh held-out set nobody tunes on (issue 17): AWS CloudTrail, GCP Cloud Audit
// Logs and Azure Activity Log events, Terraform state and plan output, Ansible inventories, SMS gateway
// and SIP traces, SMTP bounce logs, Android logcat and iOS unified logs, CVs and cover letters in fifteen
// languages, contracts, court filings, utility bills, waybills and student letters (bench/pii-heldout7/);
// JSON Lines fleet telematics and smart-meter readings (gzip) with nested objects; ten CSV exports (two
// semicolon sheets, one gzip, one with neutral column names). Run through the bundled CLI, scored with
// set 1's scorer through set 4's tally, printed with set 3's tables. Prints counts, types, forms, kinds
// and column names, never a value.
//   BENCH_PII_HELDOUT7_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT7_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261209, 2000, 600, 200)
//   BENCH_PII_HELDOUT7_FORMS=1   recall of every form (default: only forms with a miss)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.js';
import { numberEnvs } from './env-number.js';
import { floorMask } from './pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from './pii-heldout3/report.js';
import { DEFAULT_OPTIONS7, generateHeldout7 } from './pii-heldout7/generate.js';
import { runCli7 } from './pii-heldout7/run.js';
import { maskSet7With, scoreMaskedSet7 } from './pii-heldout7/tally.js';

const { cli, distName } = bundleCli('BENCH_PII_HELDOUT7_DIST');
const options = numberEnvs('BENCH_PII_HELDOUT7', DEFAULT_OPTIONS7);
const forms = !!process.env.BENCH_PII_HELDOUT7_FORMS;
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout7-'));
try {
  const set = generateHeldout7(options);
  const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
  const records = set.recordFiles.reduce((a, f) => a + f.records.length, 0);
  console.log(`held-out set 7: seed ${options.seed}; ${set.documents.length} documents (${new Set(set.documents.map((d) => d.source)).size} sources), ${records} nested records in ${set.recordFiles.length} JSON Lines files, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
  const run = runCli7(cli, dir, set);
  const s = scoreMaskedSet7(set, run.masked);
  console.log(`CLI: ${run.exitCodes.length} scans (exit codes ${[...new Set(run.exitCodes)].join(', ')}), ${run.cpuSeconds === undefined ? 'CPU time not measured' : `${run.cpuSeconds.toFixed(1)} CPU-seconds`}; ${s.all.units} units scored, ${s.all.unaligned} unaligned`);
  console.log(`\nmodelgate pii scan (documents, record leaves and cells together):\n\n${groupTable(s)}\n\n${negativeTable(s)}\n\n${maskedAsLine(s)}`);
  console.log(`\nper document source:\n\n${sourceTable(s)}`);
  console.log(`\ncolumn classification (--report-json; top-level JSON Lines fields and CSV columns):\n\n${columnTable(run.columns)}`);
  console.log(`\nrecall per form${forms ? '' : ' (forms with a miss)'}:\n\n${formTable(s, forms)}`);
  const floor = scoreMaskedSet7(set, maskSet7With(set, floorMask));
  console.log(`\nreference: shape-only regular expressions (set 3's floor: no validator, no context), same set, same scorer:\n\n${groupTable(floor)}\n\n${negativeTable(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
