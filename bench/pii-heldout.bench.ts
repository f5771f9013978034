// The pii check on a held-out set it was not tuned on (issue 17): seeded free-text records in eleven
// languages and a typed table (bench/pii-heldout/), run through the bundled CLI as a new user runs it
// (`modelgate pii scan --format jsonl --mask …`, and the CSV with --report-json), scored by span
// overlap against the gold: per type precision, recall and F2 against the goals, the share of
// hard negatives masked per kind, the column classification. Beside it, the reference: shape-only
// regular expressions scored on the same set. Prints counts, types, forms and kinds, never a value.
//   BENCH_PII_HELDOUT_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT_SEED / _RECORDS / _ROWS   the set (default 20261206, 3000, 500)
//   BENCH_PII_HELDOUT_FORMS=1   recall per form of every type (default: only forms with a miss)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { numberEnv } from './env-number.js';
import { baselineResult } from './pii-heldout/baseline.js';
import { DEFAULT_OPTIONS, generateHeldout } from './pii-heldout/generate.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, summaryLines } from './pii-heldout/report.js';
import { runHeldout } from './pii-heldout/run.js';

const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
const dist = resolve(root, process.env.BENCH_PII_HELDOUT_DIST ?? process.env.MODELGATE_DIST ?? 'dist');
const cli = join(dist, 'cli.js');
if (!existsSync(cli)) throw new Error(`no bundle at ${cli}: run npm run build, or set BENCH_PII_HELDOUT_DIST`);
const options = {
  seed: numberEnv('BENCH_PII_HELDOUT_SEED', DEFAULT_OPTIONS.seed),
  records: numberEnv('BENCH_PII_HELDOUT_RECORDS', DEFAULT_OPTIONS.records),
  rows: numberEnv('BENCH_PII_HELDOUT_ROWS', DEFAULT_OPTIONS.rows),
};
const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-heldout-'));
try {
  const set = generateHeldout(options);
  console.log(`held-out set: seed ${options.seed}, ${options.records} free-text records, ${options.rows} rows × ${set.table.columns.length} columns; bundle ${process.env.BENCH_PII_HELDOUT_DIST ?? process.env.MODELGATE_DIST ?? 'dist'}`);
  const r = runHeldout(cli, dir, set);
  for (const l of summaryLines(r)) console.log(l);
  console.log(`\nmodelgate pii scan (free text and typed cells together):\n\n${groupTable(r)}\n\n${negativeTable(r)}\n\n${maskedAsLine(r)}\n\ncolumn classification (--report-json):\n\n${columnTable(r)}`);
  console.log(`\nrecall per form${process.env.BENCH_PII_HELDOUT_FORMS ? '' : ' (forms with a miss)'}:\n\n${formTable(r, !!process.env.BENCH_PII_HELDOUT_FORMS)}`);
  const b = baselineResult(set);
  console.log(`\nreference: shape-only regular expressions (no validator, no context), same set, same scorer:\n\n${groupTable(b)}\n\n${negativeTable(b)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
