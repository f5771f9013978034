// The pii check on a fifth held-out set nobody tunes on (issue 17): telecom call detail records, IoT
// gateway syslog and nested telemetry, e-commerce orders (CSV and gzip JSON Lines, KYC ids, GTINs,
// tracking numbers), payment-gateway test logs and SEPA debit logs, crash reports, Kubernetes audit
// events, team chat in thirteen languages, .env/CI YAML/shell/JSON configuration with provider tokens,
// AWS key pairs split across fields and PEM keys (bench/pii-heldout5/); eight CSV exports (one gzip, two
// `;` sheets with decimal commas, one with neutral column names). Run through the bundled CLI and
// scored with set 1's scorer; printed with set 3's tables. Prints counts, types, forms, kinds and
// column names, never a value.
//   BENCH_PII_HELDOUT5_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT5_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261207, 1400, 600, 250)
//   BENCH_PII_HELDOUT5_FORMS=1   recall of every form (default: only forms with a miss)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.js';
import { numberEnvs } from './env-number.js';
import { floorMask } from './pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from './pii-heldout3/report.js';
import { DEFAULT_OPTIONS5, generateHeldout5 } from './pii-heldout5/generate.js';
import { runCli5 } from './pii-heldout5/run.js';
import { maskSet5With, scoreMaskedSet5 } from './pii-heldout5/tally.js';

const { cli, distName } = bundleCli('BENCH_PII_HELDOUT5_DIST');
const options = numberEnvs('BENCH_PII_HELDOUT5', DEFAULT_OPTIONS5);
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout5-'));
try {
  const set = generateHeldout5(options);
  const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
  const records = set.recordFiles.map((f) => `${f.records.length} in ${f.file}`).join(', ');
  console.log(`held-out set 5: seed ${options.seed}; ${options.documents} documents (${new Set(set.documents.map((d) => d.source)).size} sources), records ${records}, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
  const run = runCli5(cli, dir, set);
  const s = scoreMaskedSet5(set, run.masked);
  console.log(`CLI: ${run.exitCodes.length} scans (exit codes ${[...new Set(run.exitCodes)].join(', ')}), ${run.cpuSeconds === undefined ? 'CPU time not measured' : `${run.cpuSeconds.toFixed(1)} CPU-seconds`}; ${s.all.units} units scored, ${s.all.unaligned} unaligned`);
  console.log(`\nmodelgate pii scan (documents, record leaves and cells together):\n\n${groupTable(s)}\n\n${negativeTable(s)}\n\n${maskedAsLine(s)}`);
  console.log(`\nper document source:\n\n${sourceTable(s)}`);
  console.log(`\ncolumn classification (--report-json; top-level JSON Lines fields and CSV columns):\n\n${columnTable(run.columns)}`);
  console.log(`\nrecall per form${process.env.BENCH_PII_HELDOUT5_FORMS ? '' : ' (forms with a miss)'}:\n\n${formTable(s, !!process.env.BENCH_PII_HELDOUT5_FORMS)}`);
  const floor = scoreMaskedSet5(set, maskSet5With(set, floorMask));
  console.log(`\nreference: shape-only regular expressions (set 3's floor: no validator, no context), same set, same scorer:\n\n${groupTable(floor)}\n\n${negativeTable(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
