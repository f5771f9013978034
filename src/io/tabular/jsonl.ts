// JSON Lines: one JSON object per line; blank lines are skipped. Columns are the keys of the first
// record; a later record lacking a key has `undefined` there. Keys a later record adds are ignored,
// unless `otherKeys` is set (the pii check: every key of every record is scanned and written back):
// then one more column, OTHER_KEYS, comes last, and its cell is an object of the record's keys that
// are not columns, in the record's order (undefined when there are none). A real key named like
// OTHER_KEYS is never a column: it travels in that object, so the name cannot collide. Lines are cut
// from each chunk as it is decoded: the text of an unfinished line is kept in pieces and measured
// against the record limit, so a file without a line break costs the limit, never the whole file.
import { StringDecoder } from 'node:string_decoder';
import { ConfigError } from '../../errors.js';
import { jsonSyntaxError } from '../json-syntax.js';
import { checkColumns, checkRecord, limitsOf, overBytes, recordTooLarge, type TabularLimits } from './limits.js';
import { decodeBom, decodedPieces, type TextEncoding } from './source.js';
import { OTHER_KEYS, type RecordBatch } from './types.js';

export type JsonlItem = { columns: string[] } | RecordBatch;

/** The columns then record batches of JSON Lines bytes; `flush`: a batch at the end of each chunk read. */
export async function* jsonlItems(
  source: AsyncIterable<Buffer>,
  display: string,
  opts: { batchSize: number; flush?: boolean; limits?: TabularLimits; otherKeys?: boolean },
): AsyncGenerator<JsonlItem> {
  const limits = opts.limits ?? limitsOf();
  let decoder: StringDecoder | undefined;
  let columns: string[] | undefined;
  let known: Set<string> | undefined; // the first record's keys that are columns (otherKeys only)
  let restParts: string[] = []; // the unfinished line, in pieces
  let restBytes = 0;
  let line = 0;
  let next = 0;
  let batch: unknown[][] = [];
  let lines: number[] = [];
  const take = (text: string): JsonlItem | undefined => {
    line++;
    if (text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Never the parser's own message: it quotes the record (personal data included).
      const { kind, offset } = jsonSyntaxError(text);
      throw new ConfigError(`invalid JSON: ${kind}`, { file: display, line, column: offset + 1 });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ConfigError('expected a JSON object on each line', { file: display, line });
    }
    const obj = value as Record<string, unknown>;
    let announce: JsonlItem | undefined;
    if (!columns) {
      const keys = Object.keys(obj);
      checkColumns(keys.length, limits, { file: display, line });
      if (opts.otherKeys) {
        columns = keys.filter((k) => k !== OTHER_KEYS);
        known = new Set(columns);
        columns.push(OTHER_KEYS);
      } else columns = keys;
      announce = { columns };
    }
    const row = known ? rowWithOthers(obj, columns, known) : columns.map((c) => obj[c]);
    // The line is within the record limit, so only a line that could hold a cell over its limit is measured.
    if (text.length * 3 > limits.cellBytes) checkRecord(row, limits, () => ({ file: display, line }));
    batch.push(row);
    lines.push(line);
    return announce;
  };
  const flush = (): RecordBatch => {
    const out: RecordBatch = { start: next, columns: columns!, rows: batch, lines };
    next += batch.length;
    batch = [];
    lines = [];
    return out;
  };
  /** The unfinished line grows by `piece`; an error once it is over the record limit. */
  const keep = (piece: string): void => {
    restBytes += Buffer.byteLength(piece, 'utf8');
    if (restBytes > limits.recordBytes) throw recordTooLarge(limits, { file: display, line: line + 1 }, 'line');
    restParts.push(piece);
  };
  const rest = (): string => {
    const text = restParts.join('');
    restParts = [];
    restBytes = 0;
    return text;
  };
  const setEncoding = (e: TextEncoding): void => {
    decoder = new StringDecoder(e);
  };
  for await (const chunk of decodeBom(source, 'utf8', setEncoding)) {
    for (const text of decodedPieces(decoder!, chunk)) {
      let from = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
        let piece = text.slice(from, nl);
        if (restParts.length > 0) {
          keep(piece);
          piece = rest();
        } else if (overBytes(piece, limits.recordBytes)) throw recordTooLarge(limits, { file: display, line: line + 1 }, 'line');
        const announce = take(piece);
        from = nl + 1;
        if (announce) yield announce;
      }
      if (from < text.length) keep(text.slice(from));
    }
    if (batch.length >= opts.batchSize || (opts.flush && batch.length > 0)) yield flush();
  }
  const tail = decoder?.end() ?? '';
  if (tail.length > 0) keep(tail);
  if (restParts.length > 0) {
    const announce = take(rest());
    if (announce) yield announce;
  }
  if (!columns) throw new ConfigError('file is empty: expected JSON objects, one per line', { file: display });
  if (batch.length > 0) yield flush();
}

/** The record's cells: the columns' values, then an object of its other keys (undefined when none). */
function rowWithOthers(obj: Record<string, unknown>, columns: readonly string[], known: ReadonlySet<string>): unknown[] {
  const n = columns.length - 1;
  const row = new Array<unknown>(n + 1);
  for (let i = 0; i < n; i++) row[i] = obj[columns[i]!];
  let others: Record<string, unknown> | undefined;
  for (const k in obj) {
    if (known.has(k)) continue;
    others ??= {};
    // defineProperty: a key "__proto__" stays an own key (an assignment would set the prototype).
    Object.defineProperty(others, k, { value: obj[k], enumerable: true, writable: true, configurable: true });
  }
  row[n] = others;
  return row;
}
