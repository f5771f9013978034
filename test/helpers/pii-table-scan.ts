// The pii check's whole-table path over generated columns, as the tuning tests run it: one generator
// per column, the rows drawn from a seeded PRNG, every category masked; per column, how many cells the
// scan changed and the class it gave the column.
import { piiConfigSchema } from '../../checks/pii/config.js';
import { resolvePolicy, scanTable, type TableScan } from '../../checks/pii/scan.js';
import type { RecordBatch } from '../../src/io/tabular/index.js';
import { rng } from './personal-data.js';

export interface ScannedColumn {
  column: string;
  /** Cells the clean output changed. */
  masked: number;
  cls: TableScan['columns'][number];
  /** The column's values as generated, and as the clean output holds them. */
  values: string[];
  written: string[];
}

/** A table of `rowCount` rows, one generator per column, scanned as the check scans it. */
export async function scanGeneratedTable(seed: number, gens: Record<string, (r: () => number) => string>, rowCount: number): Promise<ScannedColumn[]> {
  const r = rng(seed);
  const columns = Object.keys(gens);
  const rows = Array.from({ length: rowCount }, () => columns.map((c) => gens[c]!(r)));
  async function* batches(): AsyncIterable<RecordBatch> {
    for (let s = 0; s < rows.length; s += 256) yield { start: s, columns: [...columns], rows: rows.slice(s, s + 256) };
  }
  const clean: string[][] = [];
  const result = await scanTable([...columns], batches(), {
    display: 't.csv',
    policy: resolvePolicy(piiConfigSchema.parse({ actions: { personal: 'mask', financial: 'mask', credentials: 'mask' } }), {}),
    openOutputs: async () => ({ clean: { write: async (v: readonly unknown[]) => void clean.push(v as string[]) }, quarantine: { write: async () => undefined } }),
  });
  return columns.map((c, i) => ({
    column: c,
    masked: clean.filter((row, k) => row[i] !== rows[k]![i]).length,
    cls: result.columns.find((x) => x.name === c)!,
    values: rows.map((row) => row[i]!),
    written: clean.map((row) => row[i]!),
  }));
}
