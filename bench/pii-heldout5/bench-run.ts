// The body of a held-out bench whose set has set 5's shape (sets 7 and 8): generate, write, run through
// the bundled CLI, score with set 5's tally (set 1's scorer underneath) and print set 3's tables, beside
// the shape-only floor. Prints counts, types, forms, kinds and column names, never a value.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli } from '../bundle-cli.js';
import { numberEnvs } from '../env-number.js';
import { floorMask } from '../pii-heldout3/floor.js';
import { columnTable, formTable, groupTable, maskedAsLine, negativeTable, sourceTable } from '../pii-heldout3/report.js';
import type { HeldoutSet5 } from './generate.js';
import { runCli5 } from './run.js';
import { maskSet5With, scoreMaskedSet5 } from './tally.js';

/** Runs held-out set `n` (env prefix BENCH_PII_HELDOUT<n>) made by `generate` from `defaults` overridden by the environment. */
export function runHeldoutBench<O extends { seed: number } & Record<keyof O, number>>(n: number, generate: (o: O) => HeldoutSet5, defaults: O): void {
  const prefix = `BENCH_PII_HELDOUT${n}`;
  const { cli, distName } = bundleCli(`${prefix}_DIST`);
  const options = numberEnvs(prefix, defaults);
  const forms = !!process.env[`${prefix}_FORMS`];
  const dir = mkdtempSync(join(tmpdir(), `modelgate-pii-heldout${n}-`));
  try {
    const set = generate(options);
    const cells = set.tables.reduce((a, t) => a + t.rows.length * t.columns.length, 0);
    const records = set.recordFiles.reduce((a, f) => a + f.records.length, 0);
    console.log(`held-out set ${n}: seed ${options.seed}; ${set.documents.length} documents (${new Set(set.documents.map((d) => d.source)).size} sources), ${records} nested records in ${set.recordFiles.length} JSON Lines files, ${set.tables.length} CSV exports (${cells} cells); bundle ${distName}`);
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
}
