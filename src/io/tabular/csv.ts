// CSV/TSV records through csv-parse. The streaming Parser's own engine (`parser.api`, the code behind
// both its stream and sync APIs) is driven chunk by chunk: records come out in batches without a
// stream hop per record, and the next file chunk is read only when the consumer wants more rows.
import { Parser, type CsvError } from 'csv-parse';
import { ConfigError } from '../../errors.js';
import { decodeBom, fileChunks, type TextEncoding } from './source.js';
import type { CsvOptions, RecordBatch } from './types.js';

interface ParserApi {
  parse(buf: Buffer | undefined, end: boolean, push: (r: string[]) => void, close: () => void): CsvError | undefined;
  info: { lines: number; records: number };
}

export type CsvItem = { columns: string[] } | RecordBatch;

export async function* csvItems(
  absPath: string,
  display: string,
  opts: { gzip: boolean; tsv: boolean; csv?: CsvOptions; batchSize: number; signal?: AbortSignal },
): AsyncGenerator<CsvItem> {
  const header = opts.csv?.header ?? true;
  let api: ParserApi | undefined;
  const makeApi = (encoding: TextEncoding): ParserApi =>
    (
      new Parser({
        delimiter: opts.csv?.delimiter ?? (opts.tsv ? '\t' : ','),
        quote: opts.csv?.quote ?? '"',
        encoding: encoding === 'utf8' ? 'utf8' : encoding,
        bom: false, // handled by decodeBom, which also knows UTF-16 BE
        skip_empty_lines: true,
        relax_column_count: false,
      }) as unknown as { api: ParserApi }
    ).api;

  let columns: string[] | undefined;
  let width = 0;
  let batch: unknown[][] = [];
  let lines: number[] = [];
  let next = 0; // index of the next data record
  const push = (r: string[]): void => {
    if (!columns) {
      width = r.length;
      columns = header ? dedupe(r, display) : r.map((_, i) => String(i + 1));
      if (header) return;
    }
    batch.push(r);
    lines.push(api!.info.lines);
  };
  const flush = function* (): Generator<CsvItem> {
    if (!columns) return;
    if (batch.length === 0) return;
    const out: RecordBatch = { start: next, columns, rows: batch, lines };
    next += batch.length;
    batch = [];
    lines = [];
    yield out;
  };

  let announced = false;
  const bytes = decodeBom(fileChunks(absPath, display, opts.gzip, opts.signal), opts.csv?.encoding ?? 'utf8', (e) => {
    api = makeApi(e);
  });
  for await (const chunk of bytes) {
    const err = api!.parse(chunk, false, push, () => {});
    if (err) throw csvError(err, display, width);
    if (columns && !announced) {
      announced = true;
      yield { columns };
    }
    if (batch.length >= opts.batchSize) yield* flush();
  }
  api ??= makeApi(opts.csv?.encoding ?? 'utf8');
  const err = api.parse(undefined, true, push, () => {});
  if (err) throw csvError(err, display, width);
  if (!columns) throw new ConfigError('file is empty: expected a header line naming the columns', { file: display });
  if (!announced) yield { columns };
  yield* flush();
}

/** Duplicate header names get ".1", ".2" suffixes, as pandas does, so every column stays addressable. */
function dedupe(names: string[], display: string): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const name = raw.trim();
    if (name === '') throw new ConfigError(`column ${i + 1} of the header has no name`, { file: display, line: 1 });
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return n === 0 ? name : `${name}.${n}`;
  });
}

/** csv-parse errors rewritten without echoing field contents (they may hold personal data). */
function csvError(err: CsvError, display: string, width: number): ConfigError {
  const e = err as CsvError & { lines?: number; record?: unknown[] };
  const at = { file: display, ...(e.lines ? { line: e.lines } : {}) };
  switch (err.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return new ConfigError(`expected ${width} fields, found ${e.record?.length ?? 'a different number of'}`, at);
    case 'CSV_QUOTE_NOT_CLOSED':
      return new ConfigError('a quoted field is not closed before the end of the file', at);
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return new ConfigError('unexpected character after a closing quote (a quote inside a field must be doubled)', at);
    default:
      return new ConfigError(`malformed CSV (${err.code})`, at);
  }
}
