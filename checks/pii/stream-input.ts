// Tables from a byte stream (standard input of `modelgate pii scan`). src/io/tabular opens paths;
// standard input may be a socket (Node's spawn pipes), which cannot be opened by path (ENXIO), so
// this adapter drives the same csv-parse engine and BOM handling (decodeBom) over any async byte
// source. It goes away once src/io/tabular accepts a byte source (see checks/pii/README.md).
import { StringDecoder } from 'node:string_decoder';
import { Parser, type CsvError } from 'csv-parse';
import { ConfigError } from '../../src/errors.js';
import { decodeBom, type TextEncoding } from '../../src/io/tabular/source.js';
import type { CsvOptions, RecordBatch } from '../../src/io/tabular/index.js';

interface ParserApi {
  parse(buf: Buffer | undefined, end: boolean, push: (r: string[]) => void, close: () => void): CsvError | undefined;
  info: { lines: number };
}

export interface StreamTable {
  columns: readonly string[];
  batches: AsyncIterable<RecordBatch>;
}

/** Opens a CSV/TSV/JSON Lines table from bytes; every batch holds the records of one chunk read. */
export async function openStreamTable(source: AsyncIterable<Buffer>, opts: { format: 'csv' | 'tsv' | 'jsonl'; display: string; csv?: CsvOptions }): Promise<StreamTable> {
  const items = opts.format === 'jsonl' ? jsonlBatches(source, opts.display) : csvBatches(source, opts);
  const first = await items.next();
  if (first.done) throw new ConfigError('input is empty: expected a header naming the columns', { file: opts.display });
  const columns = first.value as string[];
  return {
    columns,
    batches: (async function* () {
      for (;;) {
        const n = await items.next();
        if (n.done) return;
        yield n.value as RecordBatch;
      }
    })(),
  };
}

async function* csvBatches(source: AsyncIterable<Buffer>, opts: { format: 'csv' | 'tsv' | 'jsonl'; display: string; csv?: CsvOptions }): AsyncGenerator<string[] | RecordBatch> {
  const header = opts.csv?.header ?? true;
  let api: ParserApi | undefined;
  const make = (e: TextEncoding): ParserApi =>
    (
      new Parser({
        delimiter: opts.csv?.delimiter ?? (opts.format === 'tsv' ? '\t' : ','),
        quote: opts.csv?.quote ?? '"',
        encoding: e,
        bom: false,
        skip_empty_lines: true,
        relax_column_count: false,
      }) as unknown as { api: ParserApi }
    ).api;
  let columns: string[] | undefined;
  let announced = false;
  let rows: unknown[][] = [];
  let next = 0;
  const push = (r: string[]): void => {
    if (!columns) {
      columns = header ? r.map((c) => c.trim()) : r.map((_, i) => String(i + 1));
      if (header) return;
    }
    rows.push(r);
  };
  const fail = (err: CsvError): ConfigError => {
    const at = { file: opts.display, ...(api?.info.lines ? { line: api.info.lines } : {}) };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') return new ConfigError('a quoted field is not closed before the end of the input', at);
    if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') return new ConfigError(`expected ${columns?.length ?? '?'} fields, found a different number`, at);
    return new ConfigError(`malformed CSV (${err.code})`, at);
  };
  for await (const chunk of decodeBom(source, opts.csv?.encoding ?? 'utf8', (e) => (api = make(e)))) {
    const err = api!.parse(chunk, false, push, () => {});
    if (err) throw fail(err);
    if (columns && !announced) {
      announced = true;
      yield columns;
    }
    if (rows.length > 0) {
      yield { start: next, columns: columns!, rows };
      next += rows.length;
      rows = [];
    }
  }
  api ??= make(opts.csv?.encoding ?? 'utf8');
  const err = api.parse(undefined, true, push, () => {});
  if (err) throw fail(err);
  if (!columns) return;
  if (!announced) yield columns;
  if (rows.length > 0) yield { start: next, columns, rows };
}

async function* jsonlBatches(source: AsyncIterable<Buffer>, display: string): AsyncGenerator<string[] | RecordBatch> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let columns: string[] | undefined;
  let line = 0;
  let next = 0;
  let rows: unknown[][] = [];
  const take = (text: string): string[] | undefined => {
    line++;
    if (text.trim() === '') return undefined;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      throw new ConfigError('invalid JSON', { file: display, line });
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ConfigError('expected a JSON object on each line', { file: display, line });
    const o = v as Record<string, unknown>;
    let announce: string[] | undefined;
    if (!columns) announce = columns = Object.keys(o);
    rows.push(columns.map((c) => o[c]));
    return announce;
  };
  for await (const chunk of source) {
    const text = rest + decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      const a = take(text.slice(from, nl));
      from = nl + 1;
      if (a) yield a;
    }
    rest = text.slice(from);
    if (rows.length > 0 && columns) {
      yield { start: next, columns, rows };
      next += rows.length;
      rows = [];
    }
  }
  const tail = rest + decoder.end();
  if (tail.trim()) {
    const a = take(tail);
    if (a) yield a;
  }
  if (columns && rows.length > 0) yield { start: next, columns, rows };
}
