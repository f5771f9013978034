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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.js';
import { numberEnvs } from './env-number.js';
import { floorMask } from './pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from './pii-heldout3/report.js';
import { DEFAULT_OPTIONS8, generateHeldout8 } from './pii-heldout8/generate.js';
import { runCli5 } from './pii-heldout5/run.js';
import { maskSet5With, scoreMaskedSet5 } from './pii-heldout5/tally.js';

const { cli, distName } = bundleCli('BENCH_PII_HELDOUT8_DIST');
const options = numberEnvs('BENCH_PII_HELDOUT8', DEFAULT_OPTIONS8);
const forms = !!process.env.BENCH_PII_HELDOUT8_FORMS;
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout8-'));
try {
  const set = generateHeldout8(options);
  const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
  const records = set.recordFiles.reduce((a, f) => a + f.records.length, 0);
  console.log(`held-out set 8: seed ${options.seed}; ${set.documents.length} documents (${new Set(set.documents.map((d) => d.source)).size} sources), ${records} nested records in ${set.recordFiles.length} JSON Lines files, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
  const run = runCli5(cli, dir, set);
  const s = scoreMaskedSet5(set, run.masked);
  const cpu = run.cpuSeconds === undefined ? 'CPU time not measured' : `${run.cpuSeconds.toFixed(1)} CPU-seconds`;
  console.log(`CLI: ${run.exitCodes.length} scans (exit codes ${[...new Set(run.exitCodes)].join(', ')}), ${cpu}; ${s.all.units} units scored, ${s.all.unaligned} unaligned`);
  const floor = scoreMaskedSet5(set, maskSet5With(set, floorMask));
  const sections: Array<[string, string[]]> = [
    ['modelgate pii scan (documents, record leaves and cells together)', [groupTable(s), negativeTable(s), maskedAsLine(s)]],
    ['per document source', [sourceTable(s)]],
    ['column classification (--report-json; top-level JSON Lines fields and CSV columns)', [columnTable(run.columns)]],
    [`recall per form${forms ? '' : ' (forms with a miss)'}`, [formTable(s, forms)]],
    ["reference: shape-only regular expressions (set 3's floor: no validator, no context), same set, same scorer", [groupTable(floor), negativeTable(floor)]],
  ];
  for (const [title, tables] of sections) console.log(`\n${title}:\n\n${tables.join('\n\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
