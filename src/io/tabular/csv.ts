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
import { checkColumns, checkRecord, limitsOf, overBytes, recordTooLarge, type TabularLimits } from './limits.js';
import { decodeBom, decodedPieces, fileChunks, type TextEncoding } from './source.js';
import type { CsvOptions, RecordBatch } from './types.js';

export type CsvItem = { columns: string[] } | RecordBatch;

export type Newline = '\n' | '\r' | '\r\n';

/** Characters of a part's text handed to the parser at a time (csvPartRows; csvItems hands it each decoded piece). */
const PARSE_SLICE = 64 * 1024;

/** Options of the CSV reader; `flush`: hand over the records of each chunk read without waiting for a full batch. */
export interface CsvReadOptions {
  tsv: boolean;
  csv?: CsvOptions;
  batchSize: number;
  flush?: boolean;
  /** Default: DEFAULT_LIMITS. */
  limits?: TabularLimits;
}

/** The header then record batches of CSV/TSV bytes (a file's or a stream's: see fileChunks, byteChunks). */
export async function* csvItems(source: AsyncIterable<Buffer>, display: string, opts: CsvReadOptions): AsyncGenerator<CsvItem> {
  const header = opts.csv?.header ?? true;
  const delimiter = opts.csv?.delimiter ?? (opts.tsv ? '\t' : ',');
  const quote = opts.csv?.quote ?? '"';
  const batchSize = Math.max(1, opts.batchSize);
  const limits = opts.limits ?? limitsOf();

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
    if (!newline) {
      newline = guessNewline(pending, final);
      if (!newline) {
        // Not one line yet: wait until the text has doubled (a long first line costs linear time), or is over the limit.
        if (overBytes(pending, limits.recordBytes)) throw recordTooLarge(limits, { file: display, line: 1 });
        retryAt = Math.min(2 * pending.length, limits.recordBytes + 1);
        return;
      }
    }
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
    // Without a quote in the text, every record is one line (papaparse's fast path splits on newlines);
    // so too when the text's line feeds are one per record (no field holds a line break).
    const quoted = pending.indexOf(quote) !== -1 && !oneLinePerRecord(pending, final ? pending.length : res.meta.cursor, data.length, newline, final);
    // A record or a cell is no longer than the text parsed: records are measured only when it could hold one over a limit.
    const measure = (final ? pending.length : res.meta.cursor) * 3 > Math.min(limits.cellBytes, limits.recordBytes);
    for (let i = 0; i < data.length; i++) {
      if (i === errAt) throw csvError(err!, display, line + 1);
      const row = data[i]!;
      if (measure) checkRecord(row, limits, () => ({ file: display, line: line + 1 }));
      line++;
      if (quoted) for (let j = 0; j < row.length; j++) line += lineBreaks(row[j]!);
      if (row.length !== width || width === 1 || !columns) {
        if (row.length === 1 && row[0] === '') continue; // a blank line
        if (!columns) {
          checkColumns(row.length, limits, { file: display, line });
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
    // The wait stops at the record limit: a record over it is refused before more of it is read.
    retryAt = res.meta.cursor === 0 ? Math.min(2 * pending.length, limits.recordBytes + 1) : 0;
    pending = final ? '' : pending.slice(res.meta.cursor);
    if (!final && retryAt !== 0 && overBytes(pending, limits.recordBytes)) throw recordTooLarge(limits, { file: display, line: line + 1 });
  };

  let announced = false;
  const bytes = decodeBom(source, opts.csv?.encoding ?? 'utf8', (e: TextEncoding) => {
    decoder = new StringDecoder(e);
  });
  for await (const chunk of bytes) {
    // Parsed a piece at a time so that few records are alive at once (young-generation GC stays cheap).
    for (const text of decodedPieces(decoder!, chunk)) {
      pending += text;
      consume(false);
      if (columns && !announced) {
        announced = true;
        yield { columns };
      }
      while (ready.length > 0) yield ready.shift()!;
    }
    if (opts.flush && batch.length > 0) {
      cut();
      yield ready.shift()!;
    }
  }
  pending += decoder?.end() ?? '';
  // The complete records first, then the last one alone, so that it is measured against the limit too.
  retryAt = 0;
  consume(false);
  if (overBytes(pending, limits.recordBytes)) throw recordTooLarge(limits, { file: display, line: line + 1 });
  consume(true);
  if (!columns) throw new ConfigError('file is empty: expected a header line naming the columns', { file: display });
  if (!announced) yield { columns };
  if (batch.length > 0) cut();
  while (ready.length > 0) yield ready.shift()!;
}

/**
 * Whether the first `end` characters of `text`, parsed into `records` records (blank lines
 * included), hold no line break inside a field: LF line ends, no CR at all, and as many line feeds
 * as records end in them. One indexOf per record, where counting each field's line breaks takes two
 * per field. A partial parse ends just after a record's line feed, so every record ends in one; the
 * final parse's last record ends the text (papaparse gives an empty last record after a final line feed).
 */
function oneLinePerRecord(text: string, end: number, records: number, newline: Newline, final: boolean): boolean {
  if (newline !== '\n' || text.indexOf('\r') !== -1) return false;
  let feeds = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) if (++feeds > records) return false;
  return feeds === (final ? records - 1 : records);
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

/** The record delimiter, from the first line ending (CRLF, LF or a lone CR); undefined: need more text. */
export function guessNewline(text: string, final: boolean): Newline | undefined {
  const r = text.indexOf('\r');
  return newlineOf(text.indexOf('\n'), r, r === -1 || r + 1 >= text.length ? undefined : text[r + 1] === '\n', final);
}

/** The rule of guessNewline from the first LF `n` and CR `r` (-1: none) and whether an LF follows that CR (undefined: not known yet). */
function newlineOf(n: number, r: number, lfAfterCr: boolean | undefined, final: boolean): Newline | undefined {
  if (r === -1 || (n !== -1 && n < r)) return n === -1 && !final ? undefined : '\n';
  if (lfAfterCr !== undefined) return lfAfterCr ? '\r\n' : '\r';
  return final ? '\r' : undefined;
}

/** Duplicate header names get ".1", ".2" suffixes, as pandas does, so every column stays addressable. */
export function dedupe(names: string[], display: string): string[] {
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

// ---- Parts of a CSV file for parallel parsing ----------------------------------------------------
// The file's bytes (after the BOM, UTF-16 BE swapped to LE) are cut into parts of about `partSize`
// bytes at record boundaries found by quote parity (a line break after an even number of quote
// characters). That rule is exact for well-formed CSV; a stray quote inside an unquoted field can
// make a cut land inside a quoted field, which parsing the part then reports (an unclosed quote at its
// end): csvPartRows returns false for any such doubt, and the caller falls back to reading the file
// with csvItems from the start. The parts stay bytes: the thread that parses a part decodes it (the
// cutting thread neither decodes nor copies text), and a cut after a line break never splits a
// character (UTF-8 never has the byte 0x0A inside a sequence; UTF-16 is searched by code units), so
// the decoded parts join to the text a whole-file decoder gives (invalid sequences included).

export interface CsvDialect {
  delimiter: string;
  quote: string;
  newline: Newline;
}

/** A part of a CSV file: whole records (the first part is the header record alone). */
export interface CsvPart {
  dialect: CsvDialect;
  /** The part's bytes alone in their buffer (it can be transferred to a worker thread). */
  bytes: Uint8Array<ArrayBuffer>;
  encoding: TextEncoding;
}

/** Thrown by csvParts when no record boundary is found within `maxPart` bytes. */
export class CsvPartTooLarge extends Error {}

/**
 * Where `ch` next occurs in `buf` from byte `from`, in `encoding`: a one-byte search (memchr) where
 * the character is one byte; UTF-16 by code units (Buffer's UCS-2 search is aligned to them).
 */
function charSearch(ch: string, encoding: TextEncoding): (buf: Buffer, from: number) => number {
  const code = ch.charCodeAt(0);
  if (encoding !== 'utf16le' && ch.length === 1 && (code < 0x80 || (encoding === 'latin1' && code < 0x100))) return (buf, from) => buf.indexOf(code, from);
  return (buf, from) => buf.indexOf(ch, from, encoding);
}

export async function* csvParts(
  absPath: string,
  display: string,
  opts: { gzip: boolean; tsv: boolean; csv?: CsvOptions; partSize: number; maxPart: number; limits?: TabularLimits; signal?: AbortSignal },
): AsyncGenerator<CsvPart> {
  // No record boundary within a part plus the record limit: a record is over it (or a stray quote
  // misled the cut); either way the sequential reader, which reports the record, reads the file.
  const maxPart = Math.min(opts.maxPart, opts.partSize + (opts.limits ?? limitsOf()).recordBytes);
  const delimiter = opts.csv?.delimiter ?? (opts.tsv ? '\t' : ',');
  const quote = opts.csv?.quote ?? '"';
  let encoding: TextEncoding = 'utf8';
  /** Bytes of a code unit: cuts and searches stay on code-unit boundaries. */
  let unit = 1;
  let findQuote!: (buf: Buffer, from: number) => number;
  let dialect: CsvDialect | undefined;
  let findNewline!: (buf: Buffer, from: number) => number;
  let newlineBytes = 1;
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0; // buf[0, pos) is scanned
  let odd = false; // an odd number of quotes in buf[0, pos)
  let first = true;
  /** End of the first record that ends at or after byte `target`, or -1 when buf holds none yet. */
  const findCut = (target: number): number => {
    target -= target % unit;
    if (pos < target) {
      for (let q = findQuote(buf, pos); q !== -1 && q < target; q = findQuote(buf, q + unit)) odd = !odd;
      pos = target;
    }
    for (;;) {
      const n = findNewline(buf, pos);
      if (n === -1) return -1;
      const q = findQuote(buf, pos);
      if (q !== -1 && q < n) {
        odd = !odd;
        pos = q + unit;
      } else if (odd) pos = n + newlineBytes;
      else return n + newlineBytes;
    }
  };
  /** The record delimiter from the bytes so far (as guessNewline decides from text). */
  const newlineOfBytes = (final: boolean): Newline | undefined => {
    const r = buf.indexOf('\r', 0, encoding);
    const next = r === -1 || r + unit >= buf.length ? undefined : buf.indexOf('\n', r + unit, encoding) === r + unit;
    return newlineOf(buf.indexOf('\n', 0, encoding), r, next, final);
  };
  const setDialect = (newline: Newline): void => {
    findNewline = charSearch(newline, encoding);
    newlineBytes = Buffer.byteLength(newline, encoding);
    dialect = { delimiter, quote, newline };
  };
  const tooLarge = (): CsvPartTooLarge => new CsvPartTooLarge(`no record boundary within ${maxPart} bytes`);
  /** The first `cut` bytes as a part of their own. */
  const take = (cut: number): CsvPart => {
    const bytes = new Uint8Array(cut);
    bytes.set(buf.subarray(0, cut));
    buf = buf.subarray(cut);
    pos = 0;
    odd = false;
    first = false;
    return { dialect: dialect!, bytes, encoding };
  };
  const chunks = decodeBom(fileChunks(absPath, display, opts.gzip, opts.signal), opts.csv?.encoding ?? 'utf8', (e: TextEncoding) => {
    encoding = e;
    unit = e === 'utf16le' ? 2 : 1;
    findQuote = charSearch(quote, e);
  });
  for await (const chunk of chunks) {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    if (!dialect) {
      const newline = newlineOfBytes(false);
      if (!newline) {
        if (buf.length > maxPart) throw tooLarge(); // no line break at all: the sequential reader
        continue;
      }
      setDialect(newline);
    }
    for (;;) {
      const cut = findCut(first ? 0 : Math.min(opts.partSize, buf.length));
      if (cut === -1) {
        if (buf.length > maxPart) throw tooLarge();
        break;
      }
      if (!first && cut < opts.partSize) break; // wait for a full part
      yield take(cut);
    }
  }
  if (buf.length > 0) {
    if (!dialect) setDialect(newlineOfBytes(true) ?? '\n');
    // The last part: whole records up to the end of the file (the header alone when there is one line).
    if (first) {
      const cut = findCut(0);
      if (cut !== -1 && cut < buf.length) yield take(cut);
    }
    yield take(buf.length);
  }
}

/**
 * The records of a part, in batches of about `batchSize`, as csvItems would give them (blank lines
 * skipped); undefined when the part does not parse cleanly into records of `width` fields (a parse
 * error, a ragged row, or a cut that was not a record boundary): the caller then reads the file with
 * csvItems, which reports the problem with its line. `width` undefined: the part is the header.
 */
export function csvPartRows(part: CsvPart, width: number | undefined, batchSize: number, onBatch: (rows: string[][]) => void, limits = limitsOf()): boolean {
  const { dialect } = part;
  const pieces = partPieces(part);
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: dialect.quote });
  let pending = ''; // the text not parsed yet: it starts at a record
  let decoded = false;
  let slice = PARSE_SLICE;
  let batch: string[][] = [];
  for (;;) {
    while (!decoded && pending.length <= slice) {
      const piece = pieces.next();
      if (piece.done === true) decoded = true;
      else pending += piece.value;
    }
    if (pending.length === 0) break;
    const last = decoded && pending.length <= slice;
    const res = parser.parse(last ? pending : pending.slice(0, slice), 0, !last);
    const data = res.data;
    for (const e of res.errors) if (last || e.row < data.length) return false;
    const measure = (last ? pending.length : res.meta.cursor) * 3 > Math.min(limits.cellBytes, limits.recordBytes);
    for (let i = 0; i < data.length; i++) {
      const row = data[i]!;
      if (measure && !withinLimits(row, limits)) return false;
      if (row.length === 1 && row[0] === '') continue; // a blank line
      if (width === undefined) width = row.length;
      else if (row.length !== width) return false;
      batch.push(row);
      if (batch.length >= batchSize) {
        onBatch(batch);
        batch = [];
      }
    }
    if (last) break;
    const cursor = res.meta.cursor;
    if (cursor === 0) slice *= 2; // a record longer than the slice: parse again with more text
    else {
      pending = pending.slice(cursor);
      slice = PARSE_SLICE;
    }
  }
  if (batch.length > 0) onBatch(batch);
  return true;
}

/** A part's text a piece at a time (decodedPieces), its decoder's end last. */
function* partPieces(part: CsvPart): Generator<string> {
  const { bytes } = part;
  const decoder = new StringDecoder(part.encoding);
  yield* decodedPieces(decoder, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  yield decoder.end();
}

/** Whether a record is within the limits (the sequential reader reports one that is not, with its line). */
function withinLimits(row: readonly string[], limits: TabularLimits): boolean {
  try {
    checkRecord(row, limits, () => ({ file: '' }));
    return true;
  } catch {
    return false;
  }
}
