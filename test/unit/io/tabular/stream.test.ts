// openStreamTable (standard input) and openTable (files) are one reader: the same records, lines
// and error messages for the same bytes, however the stream cuts them into chunks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openStreamTable, openTable, type StreamFormat, type Table } from '../../../../src/io/tabular/index.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

/** The bytes in chunks of `size` (1: every byte alone, so BOMs, UTF-8 and UTF-16 units straddle chunks). */
async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function rowsOf(open: Promise<Table>): Promise<Array<[unknown[], number | undefined]>> {
  const t = await open;
  const out: Array<[unknown[], number | undefined]> = [[[...t.columns], undefined]];
  for await (const b of t.batches) b.rows.forEach((r, i) => out.push([r, b.lines?.[i]]));
  return out;
}

/** The error message of reading `open` to its end, or "no error". */
async function messageOf(open: () => Promise<Table>): Promise<string> {
  try {
    await rowsOf(open());
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  }
}

const text = 'name,city\nZoë,Köln\n"two\nlines",x\n\n3,"a ""q"""\n';
const ws = tempWorkspace({
  'ok.csv': text,
  'le.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
  'bom.csv': `\uFEFF${text}`,
  'latin1.csv': Buffer.from(text, 'latin1'),
  'crlf.csv': text.replace(/\n/g, '\r\n'),
  'a.tsv': 'x\ty\n1\t2\n',
  'a.jsonl': '{"x":1,"y":"a"}\n\n{"x":2}\n',
  'ok.csv.gz': gzipSync(text),
  // Bad inputs: an unclosed quote, a ragged row, a character after a closing quote, a header
  // without a name, nothing at all, bad JSON, a JSON array.
  'unclosed.csv': 'a,b\n1,"open\n2,3\n',
  'ragged.csv': 'a,b,c\n1,2,3\n"4\n5",6\n',
  'badclose.csv': 'a,b\n1,2\n"x"y,2\n',
  'noname.csv': 'a,,b\n1,2,3\n',
  'empty.csv': '',
  'bad.jsonl': '{"x":1}\n{"x":\n',
  'array.jsonl': '[1,2]\n',
});
const p = (f: string) => join(ws, f);
const formatOf = (f: string): StreamFormat => (f.endsWith('.jsonl') ? 'jsonl' : f.endsWith('.tsv') ? 'tsv' : 'csv');

describe('tabular reader from a byte stream', () => {
  it('gives the records and lines a file gives, in any chunking: encodings, CRLF, TSV, JSON Lines, gzip', async () => {
    const cases: Array<[string, { encoding?: 'latin1'; gzip?: boolean }]> = [
      ['ok.csv', {}],
      ['le.csv', {}],
      ['be.csv', {}],
      ['bom.csv', {}],
      ['latin1.csv', { encoding: 'latin1' }],
      ['crlf.csv', {}],
      ['a.tsv', {}],
      ['a.jsonl', {}],
      ['ok.csv.gz', { gzip: true }],
    ];
    for (const [f, o] of cases) {
      const opts = { display: f, format: formatOf(f), ...(o.gzip ? { gzip: true } : {}), ...(o.encoding ? { csv: { encoding: o.encoding } } : {}) };
      const fromFile = await rowsOf(openTable(p(f), opts));
      expect(fromFile.length, f).toBeGreaterThan(1);
      for (const size of [1, 3, 1 << 20]) {
        expect(await rowsOf(openStreamTable(chunked(readFileSync(p(f)), size), opts)), `${f} in chunks of ${size}`).toEqual(fromFile);
      }
    }
    expect((await rowsOf(openStreamTable(chunked(readFileSync(p('le.csv')), 1), { display: '-', format: 'csv' })))[1]).toEqual([['Zoë', 'Köln'], 2]);
  });

  it('gives the same error message for the same bad input read from a file and from a stream', async () => {
    const bad = ['unclosed.csv', 'ragged.csv', 'badclose.csv', 'noname.csv', 'empty.csv', 'bad.jsonl', 'array.jsonl'];
    for (const f of bad) {
      const opts = { display: 'data/in', format: formatOf(f) };
      const fromFile = await messageOf(() => openTable(p(f), opts));
      expect(fromFile, f).toMatch(/^data\/in(:\d+){0,2}: /);
      for (const size of [1, 1 << 20]) {
        expect(await messageOf(() => openStreamTable(chunked(readFileSync(p(f)), size), opts)), `${f} in chunks of ${size}`).toBe(fromFile);
      }
      // A Readable (what process.stdin is) as well as a plain async iterable.
      expect(await messageOf(() => openStreamTable(Readable.from([readFileSync(p(f))]), opts)), f).toBe(fromFile);
    }
    expect(await messageOf(() => openTable(p('unclosed.csv'), { display: 'u.csv' }))).toBe('u.csv:2: a quoted field is not closed before the end of the file');
  });

  it('hands over the records of each chunk read before the stream ends', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    async function* source(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b\n1,2\n3,4\n');
      await held; // the stream stays open until the first records are read
      yield Buffer.from('5,6\n');
    }
    const t = await openStreamTable(source(), { display: '-', format: 'csv' });
    const it = t.batches[Symbol.asyncIterator]();
    expect((await it.next()).value?.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    release();
    expect((await it.next()).value?.rows).toEqual([['5', '6']]);
    expect((await it.next()).done).toBe(true);
  });

  it('refuses Parquet and reports a gzip stream that is not gzip', async () => {
    const parquet = 'parquet' as StreamFormat;
    await expect(openStreamTable(chunked(Buffer.from('PAR1'), 4), { display: '-', format: parquet })).rejects.toThrow(/^-: Parquet cannot be read from a stream/);
    await expect(rowsOf(openStreamTable(chunked(Buffer.from('a,b\n1,2\n'), 4), { display: '-', format: 'csv', gzip: true }))).rejects.toThrow(/^-: not valid gzip data/);
  });
});
