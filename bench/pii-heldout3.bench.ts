// The pii check on a third held-out set nobody tunes on (issue 17): machine logs (web and proxy
// access logs, syslog, JSON and logfmt, Kubernetes, CI), human documents in eight languages (chats,
// e-mail threads, intake forms, invoices, READMEs, SQL dumps, git output), JSON Lines event records
// and six CSV exports (bench/pii-heldout3/), run through the bundled CLI as a user runs it and scored
// with set 1's scorer: per type precision, recall and F2, hard negatives masked per kind, column
// classification, and the shape-only floor on the same set. Prints counts, types, forms, kinds and
// column names, never a value.
//   BENCH_PII_HELDOUT3_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT3_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261217, 1400, 600, 300)
//   BENCH_PII_HELDOUT3_FORMS=1   recall of every form (default: only forms with a miss)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.js';
import { numberEnvs } from './env-number.js';
import { floorMask } from './pii-heldout3/floor.js';
import { DEFAULT_OPTIONS, generateHeldout3 } from './pii-heldout3/generate.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from './pii-heldout3/report.js';
import { runCli } from './pii-heldout3/run.js';
import { maskSetWith, scoreMaskedSet } from './pii-heldout3/tally.js';

const { cli, distName } = bundleCli('BENCH_PII_HELDOUT3_DIST');
const options = numberEnvs('BENCH_PII_HELDOUT3', DEFAULT_OPTIONS);
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout3-'));
try {
  const set = generateHeldout3(options);
  const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
  console.log(`held-out set 3: seed ${options.seed}; ${options.documents} documents, ${options.records} event records × ${set.recordFields.length} fields, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
  const run = runCli(cli, dir, set);
  const s = scoreMaskedSet(set, run.masked);
  console.log(`CLI: ${run.exitCodes.length} scans (exit codes ${[...new Set(run.exitCodes)].join(', ')}), ${run.cpuSeconds === undefined ? 'CPU time not measured' : `${run.cpuSeconds.toFixed(1)} CPU-seconds`}; ${s.all.units} units scored, ${s.all.unaligned} unaligned`);
  console.log(`\nmodelgate pii scan (documents, record fields and cells together):\n\n${groupTable(s)}\n\n${negativeTable(s)}\n\n${maskedAsLine(s)}`);
  console.log(`\nper document source:\n\n${sourceTable(s)}`);
  console.log(`\ncolumn classification (--report-json; JSON Lines fields and CSV columns):\n\n${columnTable(run.columns)}`);
  console.log(`\nrecall per form${process.env.BENCH_PII_HELDOUT3_FORMS ? '' : ' (forms with a miss)'}:\n\n${formTable(s, !!process.env.BENCH_PII_HELDOUT3_FORMS)}`);
  const floor = scoreMaskedSet(set, maskSetWith(set, floorMask));
  console.log(`\nreference: shape-only regular expressions (no validator, no context), same set, same scorer:\n\n${groupTable(floor)}\n\n${negativeTable(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
