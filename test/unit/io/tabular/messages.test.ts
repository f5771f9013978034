// Error messages of the tabular readers (issue 22): a JSON Lines syntax error names the file, line and
// column and what is wrong, never quoting the record (it may hold personal data); a corrupt or
// truncated Parquet file is one line in our words naming the file, never a JavaScript internal error.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { jsonSyntaxError } from '../../../../src/io/json-syntax.js';
import { openRecords } from '../../../../src/io/tabular/index.js';
import { flippedPages, parquetCorruptions, validParquet } from '../../../helpers/parquet-corruptions.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

/** The message of reading the whole file, or "read N records". */
async function outcome(path: string, display: string): Promise<string> {
  let n = 0;
  try {
    for await (const _ of openRecords(path, { display })) n++;
  } catch (e) {
    expect(e, (e as Error).stack).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  return `read ${n} records`;
}

describe('JSON Lines syntax errors', () => {
  const email = ['ann.lee', 'example.com'].join('@');
  const cases: Array<[string, string]> = [
    [`{"email": "${email}" "x": 1}`, "3:33: invalid JSON: expected ',' or '}' after a property value"],
    [email, '3:1: invalid JSON: unexpected letter or digit (a value without quotes?)'],
    [`{"email": "${email}"} ${email}`, '3:34: invalid JSON: text after the JSON value'],
    [`{"email": ${email}}`, '3:11: invalid JSON: unexpected letter or digit (a value without quotes?)'],
    [`{"email": "${email}`, '3:31: invalid JSON: unterminated string'],
    [`{"email": "${email}\\x"}`, '3:31: invalid JSON: bad escape sequence in a string'],
    [`{"n": 01, "email": "${email}"}`, '3:8: invalid JSON: malformed number'],
  ];
  it.each(cases)('%s → line, column and the kind of error, never the record', async (bad, where) => {
    const ws = tempWorkspace({ 'p.jsonl': `{"email": "a"}\n\n${bad}\n` });
    const msg = await outcome(join(ws, 'p.jsonl'), 'd/p.jsonl');
    expect(msg).toBe(`d/p.jsonl:${where}`);
    expect(msg).not.toMatch(/ann|example|@/);
  });

  it('the scanner agrees with JSON.parse on what is valid, and survives deep nesting', () => {
    for (const ok of ['{}', '{"a":[1,-2.5e3,true,null,{"b":"\\u00e9\\n"}]}', ' {"a" : 1 } ']) {
      expect(() => JSON.parse(ok)).not.toThrow();
      expect(jsonSyntaxError(ok).kind).toBe('cannot be read');
    }
    expect(jsonSyntaxError('['.repeat(1_000_000))).toEqual({ kind: 'unexpected end of the line', offset: 1_000_000 });
  });
});

/** Copies with flipped page bytes (the 26th of this seed sent hyparquet's level decoder into an endless loop). */
const FLIPS = 40;

describe('corrupt or truncated Parquet', () => {
  const valid = validParquet();
  const files = parquetCorruptions(valid);
  const ws = tempWorkspace({
    'valid.parquet': valid,
    ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`${k.replace(/ /g, '-')}.parquet`, v])),
    ...Object.fromEntries(flippedPages(valid, FLIPS).map((b, i) => [`flip-${i}.parquet`, b])),
  });
  const internals = /undefined|DataView|thrift|typed array|Cannot read|eof marker|premature|is not a function|\n/i;

  it('the valid file reads', async () => {
    expect(await outcome(join(ws, 'valid.parquet'), 'v.parquet')).toBe('read 3000 records');
  });

  it.each(Object.keys(files))('%s: one line in our words, naming the file', async (name) => {
    const msg = await outcome(join(ws, `${name.replace(/ /g, '-')}.parquet`), 'd/x.parquet');
    expect(msg).toMatch(/^d\/x\.parquet: is not a readable Parquet file: /);
    expect(msg).not.toMatch(internals);
    expect(msg).not.toMatch(/example/);
  });

  it('flipped bytes in the data pages: read, or our message (never an internal error, never a value)', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < FLIPS; i++) {
      const msg = await outcome(join(ws, `flip-${i}.parquet`), 'f.parquet');
      if (!msg.startsWith('read ')) {
        expect(msg).toMatch(/^f\.parquet: is not a readable Parquet file: /);
        expect(msg).not.toMatch(internals);
        expect(msg).not.toMatch(/example/);
      }
      seen.add(msg.replace(/\d+/g, 'N'));
    }
    expect([...seen].some((m) => m.includes('cannot be decoded'))).toBe(true);
  });

  it('a version-2 page header without its level lengths ends in an error, not an endless loop in the decoder', async () => {
    const ws2 = tempWorkspace({ 'loop.parquet': flippedPages(valid, 26)[25]! });
    expect(await outcome(join(ws2, 'loop.parquet'), 'l.parquet')).toMatch(/^l\.parquet: is not a readable Parquet file: row group \d+ \(records \d+ to \d+\) cannot be decoded: /);
  });
});
