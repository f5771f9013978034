// CSV/TSV records through papaparse's low-level Parser (the engine behind `Papa.parse`), driven
// chunk by chunk over decoded text: each call parses every complete record of the text it is given
// and says where the unfinished last record starts, which is kept for the next chunk. A chunk with
// no quote character takes papaparse's fast path (split on newline, then on the delimiter); chunks
// with quotes take its RFC 4180 path (quoted delimiters and newlines, doubled quotes). Records come
// out in batches as the arrays papaparse made (no copy), and the next file chunk is read only when
// the consumer wants more rows, so memory stays flat.
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { ConfigError } from '../../errors.js';
import { decodeBom, fileChunks, type TextEncoding } from './source.js';
import type { CsvOptions, RecordBatch } from './types.js';

export type CsvItem = { columns: string[] } | RecordBatch;

type Newline = '\n' | '\r' | '\r\n';

/** Characters of text handed to the parser at a time. */
const PARSE_SLICE = 64 * 1024;

export async function* csvItems(
  absPath: string,
  display: string,
  opts: { gzip: boolean; tsv: boolean; csv?: CsvOptions; batchSize: number; signal?: AbortSignal },
): AsyncGenerator<CsvItem> {
  const header = opts.csv?.header ?? true;
  const delimiter = opts.csv?.delimiter ?? (opts.tsv ? '\t' : ',');
  const quote = opts.csv?.quote ?? '"';
  const batchSize = Math.max(1, opts.batchSize);

  let decoder: StringDecoder | undefined;
  let parser: InstanceType<typeof Papa.Parser> | undefined;
  let newline: Newline | undefined;
  let pending = ''; // text not parsed yet; always starts at a record boundary
  let line = 0; // lines wholly consumed before `pending`
  let retryAt = 0; // after a parse that found no complete record, wait until `pending` is this long

  let columns: string[] | undefined;
  let width = 0;
  let batch: unknown[][] = [];
  let lines: number[] = [];
  let next = 0; // index of the next data record
  const ready: RecordBatch[] = [];
  const cut = (): void => {
    ready.push({ start: next, columns: columns!, rows: batch, lines });
    next += batch.length;
    batch = [];
    lines = [];
  };

  /** Parses the complete records of `pending` (all of it at the end of the file). */
  const consume = (final: boolean): void => {
    if (pending.length === 0 || (!final && pending.length < retryAt)) return;
    newline ??= guessNewline(pending, final);
    if (!newline) return; // not one line yet: wait for more text
    parser ??= new Papa.Parser({ delimiter, newline, quoteChar: quote });
    const res = parser.parse(pending, 0, !final);
    const data = res.data;
    // Errors in the unfinished last record are parsed again with more text; earlier ones are final.
    let errAt = Number.POSITIVE_INFINITY;
    let err: (typeof res.errors)[number] | undefined;
    for (const e of res.errors) {
      if ((final || e.row < data.length) && e.row < errAt) {
        errAt = e.row;
        err = e;
      }
    }
    // Without a quote in the text, every record is one line (papaparse's fast path splits on newlines).
    const quoted = pending.indexOf(quote) !== -1;
    for (let i = 0; i < data.length; i++) {
      if (i === errAt) throw csvError(err!, display, line + 1);
      const row = data[i]!;
      line++;
      if (quoted) for (let j = 0; j < row.length; j++) line += lineBreaks(row[j]!);
      if (row.length !== width || width === 1 || !columns) {
        if (row.length === 1 && row[0] === '') continue; // a blank line
        if (!columns) {
          width = row.length;
          columns = header ? dedupe(row, display) : row.map((_, k) => String(k + 1));
          if (header) continue;
        } else if (row.length !== width) {
          throw new ConfigError(`expected ${width} fields, found ${row.length}`, { file: display, line });
        }
      }
      batch.push(row);
      lines.push(line);
      if (batch.length >= batchSize) cut();
    }
    if (err && errAt >= data.length) throw csvError(err, display, line + 1);
    // A record longer than a slice (a big quoted field) is parsed again from its start with more
    // text: waiting until the text has doubled keeps that linear in the record's length.
    retryAt = res.meta.cursor === 0 ? 2 * pending.length : 0;
    pending = final ? '' : pending.slice(res.meta.cursor);
  };

  let announced = false;
  const bytes = decodeBom(fileChunks(absPath, display, opts.gzip, opts.signal), opts.csv?.encoding ?? 'utf8', (e: TextEncoding) => {
    decoder = new StringDecoder(e);
  });
  for await (const chunk of bytes) {
    const text = decoder!.write(chunk);
    // Parsed a slice at a time so that few records are alive at once (young-generation GC stays cheap).
    for (let from = 0; from < text.length; from += PARSE_SLICE) {
      pending += from === 0 && text.length <= PARSE_SLICE ? text : text.slice(from, from + PARSE_SLICE);
      consume(false);
      if (columns && !announced) {
        announced = true;
        yield { columns };
      }
      while (ready.length > 0) yield ready.shift()!;
    }
  }
  pending += decoder?.end() ?? '';
  consume(true);
  if (!columns) throw new ConfigError('file is empty: expected a header line naming the columns', { file: display });
  if (!announced) yield { columns };
  if (batch.length > 0) cut();
  while (ready.length > 0) yield ready.shift()!;
}

/** Line breaks inside a (quoted) field: CRLF, LF or a lone CR, each one line. */
function lineBreaks(field: string): number {
  if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) return 0;
  let n = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (field.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** The record delimiter, from the first line ending (as csv-parse detects it); undefined: need more text. */
function guessNewline(text: string, final: boolean): Newline | undefined {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (r === -1 || (n !== -1 && n < r)) return n === -1 && !final ? undefined : '\n';
  if (r + 1 < text.length) return text[r + 1] === '\n' ? '\r\n' : '\r';
  return final ? '\r' : undefined;
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

/** Parser errors rewritten without echoing field contents (they may hold personal data). */
function csvError(err: { code: string }, display: string, line: number): ConfigError {
  const at = { file: display, line };
  switch (err.code) {
    case 'MissingQuotes':
      return new ConfigError('a quoted field is not closed before the end of the file', at);
    case 'InvalidQuotes':
      return new ConfigError('unexpected character after a closing quote (a quote inside a field must be doubled)', at);
    default:
      return new ConfigError(`malformed CSV (${err.code})`, at);
  }
}
