// JSON Lines: one JSON object per line; blank lines are skipped. Columns are the keys of the first
// record; a later record lacking a key has `undefined` there, extra keys are ignored.
import { StringDecoder } from 'node:string_decoder';
import { ConfigError } from '../../errors.js';
import { decodeBom, type TextEncoding } from './source.js';
import type { RecordBatch } from './types.js';

export type JsonlItem = { columns: string[] } | RecordBatch;

/** The columns then record batches of JSON Lines bytes; `flush`: a batch at the end of each chunk read. */
export async function* jsonlItems(source: AsyncIterable<Buffer>, display: string, opts: { batchSize: number; flush?: boolean }): AsyncGenerator<JsonlItem> {
  let decoder: StringDecoder | undefined;
  let columns: string[] | undefined;
  let rest = '';
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
    } catch (e) {
      throw new ConfigError(`invalid JSON: ${(e as Error).message.replace(/ in JSON at position.*$/, '').slice(0, 80)}`, { file: display, line });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ConfigError('expected a JSON object on each line', { file: display, line });
    }
    const obj = value as Record<string, unknown>;
    let announce: JsonlItem | undefined;
    if (!columns) {
      columns = Object.keys(obj);
      announce = { columns };
    }
    batch.push(columns.map((c) => obj[c]));
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
  const setEncoding = (e: TextEncoding): void => {
    decoder = new StringDecoder(e);
  };
  for await (const chunk of decodeBom(source, 'utf8', setEncoding)) {
    const text = rest + decoder!.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      const announce = take(text.slice(from, nl));
      from = nl + 1;
      if (announce) yield announce;
    }
    rest = text.slice(from);
    if (batch.length >= opts.batchSize || (opts.flush && batch.length > 0)) yield flush();
  }
  const tail = rest + (decoder?.end() ?? '');
  if (tail.length > 0) {
    const announce = take(tail);
    if (announce) yield announce;
  }
  if (!columns) throw new ConfigError('file is empty: expected JSON objects, one per line', { file: display });
  if (batch.length > 0) yield flush();
}
