// The pii check on a fourth held-out set nobody tunes on (issue 17): HL7 v2 and FHIR patients, MT940
// statements, Stripe/Adyen-like webhooks, iptables, Cisco ASA, pfSense, BIND and OpenVPN logs, Windows
// security events, Postfix and Exim logs, call-centre and chat transcripts in nine languages, shipping
// labels and CN23 customs forms, issue comments with pasted credentials (bench/pii-heldout4/); JSON
// Lines mobile events with nested objects; nine CSV exports (two semicolon sheets with decimal commas,
// one with neutral column names). Run through the bundled CLI and scored with set 1's scorer; printed
// with set 3's tables. Prints counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT4_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT4_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261206, 2000, 600, 250)
//   BENCH_PII_HELDOUT4_FORMS=1   recall of every form (default: only forms with a miss)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.js';
import { numberEnvs } from './env-number.js';
import { floorMask } from './pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from './pii-heldout3/report.js';
import { DEFAULT_OPTIONS, generateHeldout4 } from './pii-heldout4/generate.js';
import { runCli4 } from './pii-heldout4/run.js';
import { maskSet4With, scoreMaskedSet4 } from './pii-heldout4/tally.js';

const { cli, distName } = bundleCli('BENCH_PII_HELDOUT4_DIST');
const options = numberEnvs('BENCH_PII_HELDOUT4', DEFAULT_OPTIONS);
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout4-'));
try {
  const set = generateHeldout4(options);
  const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
  console.log(`held-out set 4: seed ${options.seed}; ${options.documents} documents, ${options.records} nested event records, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
  const run = runCli4(cli, dir, set);
  const s = scoreMaskedSet4(set, run.masked);
  console.log(`CLI: ${run.exitCodes.length} scans (exit codes ${[...new Set(run.exitCodes)].join(', ')}), ${run.cpuSeconds === undefined ? 'CPU time not measured' : `${run.cpuSeconds.toFixed(1)} CPU-seconds`}; ${s.all.units} units scored, ${s.all.unaligned} unaligned`);
  console.log(`\nmodelgate pii scan (documents, record leaves and cells together):\n\n${groupTable(s)}\n\n${negativeTable(s)}\n\n${maskedAsLine(s)}`);
  console.log(`\nper document source:\n\n${sourceTable(s)}`);
  console.log(`\ncolumn classification (--report-json; top-level JSON Lines fields and CSV columns):\n\n${columnTable(run.columns)}`);
  console.log(`\nrecall per form${process.env.BENCH_PII_HELDOUT4_FORMS ? '' : ' (forms with a miss)'}:\n\n${formTable(s, !!process.env.BENCH_PII_HELDOUT4_FORMS)}`);
  const floor = scoreMaskedSet4(set, maskSet4With(set, floorMask));
  console.log(`\nreference: shape-only regular expressions (set 3's floor: no validator, no context), same set, same scorer:\n\n${groupTable(floor)}\n\n${negativeTable(floor)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
