// Parquet through hyparquet, one row group at a time (memory is bounded by the largest row group,
// not the file). Compressed pages (snappy, gzip, zstd, brotli, lz4) via hyparquet-compressors.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { ConfigError, errorMessage } from '../../errors.js';
import type { RecordBatch } from './types.js';
import { checkBudget } from '../budget.js';

export type ParquetItem = { columns: string[] } | RecordBatch;

export async function* parquetItems(
  absPath: string,
  display: string,
  opts: { gzip: boolean; columns?: readonly string[]; batchSize: number; signal?: AbortSignal },
): AsyncGenerator<ParquetItem> {
  if (opts.gzip) {
    throw new ConfigError('gzip around a Parquet file is not supported (Parquet compresses its own pages); store the .parquet file', { file: display });
  }
  const bad = (e: unknown): ConfigError =>
    e instanceof ConfigError ? e : new ConfigError(`not a readable Parquet file: ${errorMessage(e).split('\n')[0]}`, { file: display });
  let metadata: FileMetaData;
  let columns: string[];
  let file: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  try {
    file = await asyncBufferFromFile(absPath);
    metadata = await parquetMetadataAsync(file);
    columns = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError('file not found', { file: display });
    throw bad(e);
  }
  yield { columns };
  const wanted = opts.columns ? columns.filter((c) => opts.columns!.includes(c)) : columns;
  let start = 0;
  for (const group of metadata.row_groups) {
    checkBudget(opts.signal);
    const n = Number(group.num_rows);
    if (n === 0) continue;
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file,
        metadata,
        columns: wanted,
        rowStart: start,
        rowEnd: start + n,
        compressors,
        rowFormat: 'array',
        onComplete: (r: unknown[][]) => {
          rows = r;
        },
      });
    } catch (e) {
      throw bad(e);
    }
    if (rows.length !== n) throw new ConfigError(`row group at record ${start} has ${rows.length} rows, its metadata says ${n}`, { file: display });
    for (let i = 0; i < rows.length; i += opts.batchSize) {
      yield { start: start + i, columns: wanted, rows: rows.slice(i, i + opts.batchSize) };
    }
    start += n;
  }
}
