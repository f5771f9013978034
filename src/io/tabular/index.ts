// Streaming tabular readers shared by checks: CSV/TSV, JSON Lines and Parquet, gzip transparently,
// from files or (CSV/TSV, JSON Lines) from a byte stream such as standard input, with the same messages.
// Errors are ConfigError naming the file and line (or record), never a crash; memory stays flat.
import { basename } from 'node:path';
import { ConfigError } from '../../errors.js';
import { csvItems } from './csv.js';
import { detectFormat } from './format.js';
import { jsonlItems } from './jsonl.js';
import { parquetItems } from './parquet.js';
import { byteChunks, fileChunks } from './source.js';
import type { OpenOptions, RecordBatch, TabularFormat, TabularRecord, Table } from './types.js';

export type { CsvOptions, OpenOptions, RecordBatch, TabularFormat, TabularRecord, Table } from './types.js';
export { OTHER_KEYS } from './types.js';
export { detectFormat } from './format.js';
export { DEFAULT_LIMITS, type TabularLimits } from './limits.js';

// Small batches keep few records alive at once: they die young (cheap GC) instead of being promoted.
const DEFAULT_BATCH = 256;

/** Opens a table: reads up to its header, then streams record batches on demand. */
export async function openTable(absPath: string, opts: OpenOptions): Promise<Table> {
  const detected = opts.format ? { format: opts.format, gzip: opts.gzip ?? /\.gz$/i.test(absPath) } : detectFormat(basename(absPath), opts.display);
  const gzip = opts.gzip ?? detected.gzip;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const items =
    detected.format === 'parquet'
      ? parquetItems(absPath, opts.display, {
          gzip,
          batchSize,
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(opts.columns ? { columns: opts.columns } : {}),
          ...(opts.limits ? { limits: opts.limits } : {}),
        })
      : textItems(fileChunks(absPath, opts.display, gzip, opts.signal), detected.format, opts, false);
  return tableOf(detected.format, items, opts.display);
}

export type StreamFormat = Exclude<TabularFormat, 'parquet'>;

/**
 * Opens a table from a byte stream (standard input): the same readers, options and messages as
 * openTable, with the format given (gzip only when `opts.gzip`). Each chunk read hands over its
 * records at once, so records flow through a pipeline as they arrive.
 */
export async function openStreamTable(source: AsyncIterable<Uint8Array>, opts: Omit<OpenOptions, 'format' | 'columns'> & { format: StreamFormat }): Promise<Table> {
  if ((opts.format as TabularFormat) === 'parquet') throw new ConfigError('Parquet cannot be read from a stream (it needs random access); give a file', { file: opts.display });
  return tableOf(opts.format, textItems(byteChunks(source, opts.display, opts.gzip ?? false, opts.signal), opts.format, opts, true), opts.display);
}

type Item = { columns: string[] } | RecordBatch;

function textItems(bytes: AsyncIterable<Buffer>, format: StreamFormat, opts: OpenOptions, flush: boolean): AsyncGenerator<Item> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const limits = opts.limits ? { limits: opts.limits } : {};
  if (format === 'jsonl') return jsonlItems(bytes, opts.display, { batchSize, flush, ...limits, ...(opts.otherKeys ? { otherKeys: true } : {}) });
  return csvItems(bytes, opts.display, { tsv: format === 'tsv', batchSize, flush, ...(opts.csv ? { csv: opts.csv } : {}), ...limits });
}

/** The table of a reader's items: the header first, then its record batches on demand. */
async function tableOf(format: TabularFormat, items: AsyncGenerator<Item>, display: string): Promise<Table> {
  const first = await items.next();
  if (first.done || !('columns' in first.value) || 'rows' in first.value) {
    await items.return(undefined);
    throw new ConfigError('file has no columns', { file: display });
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
  return { format, columns, batches };
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
