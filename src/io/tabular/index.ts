// Streaming tabular readers shared by checks: CSV/TSV, JSON Lines and Parquet, gzip transparently.
// Errors are ConfigError naming the file and line (or record), never a crash; memory stays flat.
import { basename } from 'node:path';
import { ConfigError } from '../../errors.js';
import { csvItems } from './csv.js';
import { detectFormat } from './format.js';
import { jsonlItems } from './jsonl.js';
import { parquetItems } from './parquet.js';
import type { OpenOptions, RecordBatch, TabularRecord, Table } from './types.js';

export type { CsvOptions, OpenOptions, RecordBatch, TabularFormat, TabularRecord, Table } from './types.js';
export { detectFormat } from './format.js';

// Small batches keep few records alive at once: they die young (cheap GC) instead of being promoted.
const DEFAULT_BATCH = 256;

/** Opens a table: reads up to its header, then streams record batches on demand. */
export async function openTable(absPath: string, opts: OpenOptions): Promise<Table> {
  const detected = opts.format ? { format: opts.format, gzip: opts.gzip ?? /\.gz$/i.test(absPath) } : detectFormat(basename(absPath), opts.display);
  const gzip = opts.gzip ?? detected.gzip;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const common = { gzip, batchSize, ...(opts.signal ? { signal: opts.signal } : {}) };
  const items =
    detected.format === 'jsonl'
      ? jsonlItems(absPath, opts.display, common)
      : detected.format === 'parquet'
        ? parquetItems(absPath, opts.display, { ...common, ...(opts.columns ? { columns: opts.columns } : {}) })
        : csvItems(absPath, opts.display, { ...common, tsv: detected.format === 'tsv', ...(opts.csv ? { csv: opts.csv } : {}) });
  const first = await items.next();
  if (first.done || !('columns' in first.value) || 'rows' in first.value) {
    await items.return(undefined);
    throw new ConfigError('file has no columns', { file: opts.display });
  }
  const columns = first.value.columns;
  let used = false;
  const batches: AsyncIterable<RecordBatch> = {
    [Symbol.asyncIterator]() {
      if (used) throw new Error('a table can be iterated once');
      used = true;
      return (async function* () {
        for await (const item of items) if ('rows' in item) yield item;
      })();
    },
  };
  return { format: detected.format, columns, batches };
}

/** Record by record, as objects keyed by column (convenient; batches are faster for hot loops). */
export async function* openRecords(absPath: string, opts: OpenOptions): AsyncGenerator<TabularRecord> {
  const table = await openTable(absPath, opts);
  for await (const b of table.batches) {
    for (let i = 0; i < b.rows.length; i++) {
      const row = b.rows[i]!;
      const values: Record<string, unknown> = {};
      b.columns.forEach((c, j) => (values[c] = row[j]));
      const line = b.lines?.[i];
      yield { record: b.start + i, ...(line !== undefined ? { line } : {}), values };
    }
  }
}
