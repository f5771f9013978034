// Parquet through hyparquet, one row group at a time (memory is bounded by the largest row group,
// not the file). Compressed pages (snappy, gzip, zstd, brotli, lz4) via hyparquet-compressors.
// A file that is not readable Parquet (no magic, a truncated or garbled footer, a corrupt page) is a
// one-line error in our words naming the file and what is wrong: the library's own messages are
// JavaScript internals ("Cannot read properties of undefined") and are never shown.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type FileMetaData, type RowGroup } from 'hyparquet';
import { ConfigError } from '../../errors.js';
import { checkColumns, checkRecord, limitsOf, type TabularLimits } from './limits.js';
import { pageHeaderProblem } from './parquet-pages.js';
import type { RecordBatch } from './types.js';
import { checkBudget } from '../budget.js';

export type ParquetItem = { columns: string[] } | RecordBatch;

type ParquetFile = Awaited<ReturnType<typeof asyncBufferFromFile>>;

/** "PAR1", little-endian: the first and the last four bytes of a Parquet file. */
const MAGIC = 0x31524150;

export async function* parquetItems(
  absPath: string,
  display: string,
  opts: { gzip: boolean; columns?: readonly string[]; batchSize: number; limits?: TabularLimits; signal?: AbortSignal },
): AsyncGenerator<ParquetItem> {
  if (opts.gzip) {
    throw new ConfigError('gzip around a Parquet file is not supported (Parquet compresses its own pages); store the .parquet file', { file: display });
  }
  const limits = opts.limits ?? limitsOf();
  const unreadable = (why: string): ConfigError => new ConfigError(`is not a readable Parquet file: ${why}`, { file: display });
  let file: ParquetFile;
  try {
    file = await asyncBufferFromFile(absPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError('file not found', { file: display });
    if (code === 'EISDIR') throw new ConfigError('is a directory, expected a data file', { file: display });
    throw new ConfigError(`cannot read the file (${code ?? 'read error'})`, { file: display });
  }
  const why = await framingProblem(file);
  if (why) throw unreadable(why);
  let metadata: FileMetaData;
  let columns: string[];
  try {
    metadata = await parquetMetadataAsync(file);
    columns = parquetSchema(metadata).children.map((c) => c.element.name);
    if (!Array.isArray(metadata.row_groups) || columns.some((c) => typeof c !== 'string')) throw new Error('shape');
  } catch {
    throw unreadable('its footer (the file metadata) is corrupt');
  }
  checkColumns(columns.length, limits, { file: display });
  yield { columns };
  const wanted = opts.columns ? columns.filter((c) => opts.columns!.includes(c)) : columns;
  let start = 0;
  for (const [g, group] of metadata.row_groups.entries()) {
    checkBudget(opts.signal);
    const n = Number(group.num_rows);
    if (!Number.isSafeInteger(n) || n < 0) throw unreadable(`row group ${g + 1} has no valid row count`);
    if (n === 0) continue;
    const where = `row group ${g + 1} (records ${start + 1} to ${start + n}) cannot be decoded`;
    const pages = await pagesProblem(file, group, wanted);
    if (pages) throw unreadable(`${where}: ${pages}`);
    const rows = await readRowGroup(file, metadata, wanted, start, n).catch(() => {
      throw unreadable(`${where}: a data page is corrupt or truncated`);
    });
    if (rows.length !== n) throw new ConfigError(`row group at record ${start} has ${rows.length} rows, its metadata says ${n}`, { file: display });
    for (let i = 0; i < rows.length; i++) checkRecord(rows[i]!, limits, () => ({ file: display, nth: start + i + 1 }));
    for (let i = 0; i < rows.length; i += opts.batchSize) {
      yield { start: start + i, columns: wanted, rows: rows.slice(i, i + opts.batchSize) };
    }
    start += n;
  }
}

/** What is wrong with the file's frame (magic at both ends, a footer that fits), or undefined. */
async function framingProblem(file: ParquetFile): Promise<string | undefined> {
  const size = file.byteLength;
  if (size < 12) return `${size} bytes is too short (a Parquet file starts and ends with "PAR1" around its footer)`;
  const head = new DataView(await file.slice(0, 4));
  const tail = new DataView(await file.slice(size - 8, size));
  if (head.getUint32(0, true) !== MAGIC) return 'it does not start with "PAR1"';
  if (tail.getUint32(4, true) !== MAGIC) return 'it does not end with "PAR1" (truncated, or not Parquet)';
  const footer = tail.getUint32(0, true);
  if (footer > size - 12) return `its footer length (${footer} bytes) is larger than the file (truncated)`;
  return undefined;
}

/** What is wrong with the page frames of the wanted column chunks of a row group (see parquet-pages.ts), or undefined. */
async function pagesProblem(file: ParquetFile, group: RowGroup, columns: readonly string[]): Promise<string | undefined> {
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta || !Array.isArray(meta.path_in_schema)) return 'its column metadata is corrupt';
    if (!columns.includes(meta.path_in_schema[0]!)) continue;
    const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const to = from + Number(meta.total_compressed_size);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 4 || to < from || to > file.byteLength - 8) return 'a column chunk lies outside the file';
    const problem = pageHeaderProblem(new Uint8Array(await file.slice(from, to)));
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The page decompressors, loaded on the first Parquet read: their tables and WebAssembly (brotli's
 * dictionary, snappy) took some 10 ms of every start-up of the CLI, JSON Lines and CSV scans included.
 */
let decompressors: Promise<typeof import('hyparquet-compressors').compressors> | undefined;
function loadCompressors(): Promise<typeof import('hyparquet-compressors').compressors> {
  return (decompressors ??= import('hyparquet-compressors').then((m) => m.compressors));
}

/** Records [start, start + n) as arrays of the wanted columns. */
async function readRowGroup(file: ParquetFile, metadata: FileMetaData, columns: string[], start: number, n: number): Promise<unknown[][]> {
  let rows: unknown[][] = [];
  await parquetRead({
    file,
    metadata,
    columns,
    rowStart: start,
    rowEnd: start + n,
    compressors: await loadCompressors(),
    rowFormat: 'array',
    onComplete: (r: unknown[][]) => {
      rows = r;
    },
  });
  return rows;
}
