import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ConfigError } from '../../../../src/errors.js';
import { detectFormat, openRecords, openStreamTable, openTable, OTHER_KEYS } from '../../../../src/io/tabular/index.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

/** A gzip stream cut before its end (its last 20 bytes: part of the data and the trailer). */
function truncated(gz: Buffer): Buffer {
  return gz.subarray(0, gz.length - 20);
}

async function all(path: string, opts: Parameters<typeof openRecords>[1] = { display: 'f' }) {
  const out = [];
  for await (const r of openRecords(path, opts)) out.push(r);
  return out;
}

describe('tabular readers', () => {
  const ws = tempWorkspace({
    'a.csv': 'x,y,z\n1,"hello, world",3\n4,"multi\nline",6\n\n7,8,9\n',
    'bom.csv': '\uFEFFx,y\n1,2\n',
    'a.tsv': 'x\ty\n1\t2\n',
    'ragged.csv': 'a,b,c\n1,2,3\n4,5,6,7\n',
    'unclosed.csv': 'a,b\n1,"open\n',
    'empty.csv': '',
    'header.csv': 'a,b\n',
    'dup.csv': 'a,a,b\n1,2,3\n',
    'a.jsonl': '{"x":1,"y":"a"}\n\n{"x":2}\n{"x":3,"y":null,"extra":true}',
    'bad.jsonl': '{"x":1}\n{"x":\n',
    'notobj.ndjson': '[1,2]\n',
    'a.csv.gz': gzipSync('x,y\n1,2\n3,4\n'),
    'trunc.csv.gz': truncated(gzipSync('x,y\n' + '1,2\n'.repeat(10000))),
    'notgz.csv.gz': 'x,y\n1,2\n',
    'corrupt.parquet': 'PAR1 this is not parquet PAR1',
    'data.bin': 'x',
  });
  const p = (f: string) => join(ws, f);

  it('detects formats from extensions, with .gz', () => {
    expect(detectFormat('a.CSV')).toEqual({ format: 'csv', gzip: false });
    expect(detectFormat('a.ndjson.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(detectFormat('x.parquet')).toEqual({ format: 'parquet', gzip: false });
    expect(() => detectFormat('data.bin', 'data/data.bin')).toThrow(/^data\/data\.bin: cannot tell the format/);
  });

  it('reads CSV with quoted commas and newlines, skips blank lines, reports end lines', async () => {
    const t = await openTable(p('a.csv'), { display: 'a.csv' });
    expect(t.columns).toEqual(['x', 'y', 'z']);
    const rows = await all(p('a.csv'));
    expect(rows.map((r) => r.values)).toEqual([
      { x: '1', y: 'hello, world', z: '3' },
      { x: '4', y: 'multi\nline', z: '6' },
      { x: '7', y: '8', z: '9' },
    ]);
    expect(rows.map((r) => [r.record, r.line])).toEqual([[0, 2], [1, 4], [2, 6]]);
  });

  it('batches records and keeps going across batch boundaries', async () => {
    const t = await openTable(p('a.csv'), { display: 'a.csv', batchSize: 1 });
    const sizes = [];
    for await (const b of t.batches) sizes.push([b.start, b.rows.length]);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    expect(sizes.reduce((s, [, n]) => s + n!, 0)).toBe(3);
  });

  it('handles a UTF-8 BOM, UTF-16 LE and BE BOMs, TSV and gzip', async () => {
    expect((await all(p('bom.csv')))[0]!.values).toEqual({ x: '1', y: '2' });
    const text = 'name,city\nZoë,Köln\n';
    const ws2 = tempWorkspace({
      'le.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    });
    expect((await all(join(ws2, 'le.csv')))[0]!.values).toEqual({ name: 'Zoë', city: 'Köln' });
    expect((await all(join(ws2, 'be.csv')))[0]!.values).toEqual({ name: 'Zoë', city: 'Köln' });
    expect((await all(p('a.tsv')))[0]!.values).toEqual({ x: '1', y: '2' });
    expect((await all(p('a.csv.gz'))).map((r) => r.values)).toEqual([{ x: '1', y: '2' }, { x: '3', y: '4' }]);
  });

  it('names duplicate headers like pandas', async () => {
    expect((await all(p('dup.csv')))[0]!.values).toEqual({ a: '1', 'a.1': '2', b: '3' });
  });

  it('turns malformed input into ConfigError with file and line, never echoing field values', async () => {
    await expect(all(p('ragged.csv'), { display: 'data/r.csv' })).rejects.toThrow('data/r.csv:3: expected 3 fields, found 4');
    await expect(all(p('unclosed.csv'), { display: 'u.csv' })).rejects.toThrow(/^u\.csv:\d+: a quoted field is not closed/);
    await expect(all(p('empty.csv'), { display: 'e.csv' })).rejects.toThrow('e.csv: file is empty');
    await expect(all(p('trunc.csv.gz'), { display: 't.csv.gz' })).rejects.toThrow(/^t\.csv\.gz: not valid gzip data/);
    await expect(all(p('notgz.csv.gz'), { display: 'n.csv.gz' })).rejects.toThrow(ConfigError);
    await expect(all(p('missing.csv'), { display: 'm.csv' })).rejects.toThrow('m.csv: file not found');
  });

  it('reads a header-only file as zero records', async () => {
    const t = await openTable(p('header.csv'), { display: 'h.csv' });
    expect(t.columns).toEqual(['a', 'b']);
    expect(await all(p('header.csv'))).toEqual([]);
  });

  it('reads JSON Lines with columns from the first record and line numbers in errors', async () => {
    const rows = await all(p('a.jsonl'));
    expect(rows.map((r) => r.values)).toEqual([{ x: 1, y: 'a' }, { x: 2, y: undefined }, { x: 3, y: null }]);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4]);
    await expect(all(p('bad.jsonl'), { display: 'b.jsonl' })).rejects.toThrow('b.jsonl:2:6: invalid JSON: unexpected end of the line');
    await expect(all(p('notobj.ndjson'), { display: 'o.ndjson' })).rejects.toThrow('o.ndjson:1: expected a JSON object on each line');
  });

  it('with otherKeys, gives the keys later records add in one more column, and reads it from a stream alike', async () => {
    const at = 'jo' + '@' + 'example.com';
    const lines = [
      { id: 1, text: 'hello' },
      { id: 2, text: 'hi', email: at },
      { id: 3, extra: { deep: [at] }, text: 'x', [OTHER_KEYS]: 'a real key of that name' },
    ].map((o) => JSON.stringify(o));
    // A "__proto__" key, which only JSON text holds as an own key: written by hand.
    lines.push('{"text":"y","id":4,"__proto__":"kept"}');
    const ws2 = tempWorkspace({ 'k.jsonl': lines.join('\n') + '\n' });
    const t = await openTable(join(ws2, 'k.jsonl'), { display: 'k.jsonl', otherKeys: true });
    expect(t.columns).toEqual(['id', 'text', OTHER_KEYS]);
    const rows: unknown[][] = [];
    for await (const b of t.batches) rows.push(...b.rows);
    expect(rows.slice(0, 3)).toEqual([
      [1, 'hello', undefined],
      [2, 'hi', { email: at }],
      [3, 'x', { extra: { deep: [at] }, [OTHER_KEYS]: 'a real key of that name' }],
    ]);
    expect(Object.keys(rows[3]![2] as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(rows[3]![2])).toBe(Object.prototype);
    // Without it (the bias check reads named columns only), later keys stay out, as before.
    expect((await all(join(ws2, 'k.jsonl'))).map((r) => Object.keys(r.values))).toEqual(Array(4).fill(['id', 'text']));
    const s = await openStreamTable((async function* () { yield Buffer.from(lines.join('\n')); })(), { format: 'jsonl', display: '-', otherKeys: true });
    const streamed: unknown[][] = [];
    for await (const b of s.batches) streamed.push(...b.rows);
    expect(s.columns).toEqual(t.columns);
    expect(streamed).toEqual(rows);
  });

  it('with otherKeys, a first record holding a key named like the extra column gives it to that column', async () => {
    const ws2 = tempWorkspace({ 'c.jsonl': JSON.stringify({ [OTHER_KEYS]: 1, a: 2 }) + '\n' + JSON.stringify({ a: 3 }) + '\n' });
    const t = await openTable(join(ws2, 'c.jsonl'), { display: 'c.jsonl', otherKeys: true });
    expect(t.columns).toEqual(['a', OTHER_KEYS]);
    const rows: unknown[][] = [];
    for await (const b of t.batches) rows.push(...b.rows);
    expect(rows).toEqual([[2, { [OTHER_KEYS]: 1 }], [3, undefined]]);
  });

  it('reads Parquet row group by row group, with projection and compressed pages', async () => {
    const n = 2500;
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: Int32Array.from({ length: n }, (_, i) => i), type: 'INT32' },
        { name: 'g', data: Array.from({ length: n }, (_, i) => (i % 2 ? 'a' : 'b')), type: 'STRING' },
        { name: 'flag', data: Array.from({ length: n }, (_, i) => i % 3 === 0), type: 'BOOLEAN' },
      ],
      rowGroupSize: 1000,
    });
    const ws2 = tempWorkspace({ 'd.parquet': new Uint8Array(buf) });
    // A batch size above the row-group size: one batch per row group (a smaller one splits groups).
    const t = await openTable(join(ws2, 'd.parquet'), { display: 'd.parquet', columns: ['g', 'id'], batchSize: 1024 });
    expect(t.columns).toEqual(['id', 'g', 'flag']);
    const starts: number[] = [];
    let count = 0;
    for await (const b of t.batches) {
      starts.push(b.start);
      expect(b.columns).toEqual(['id', 'g']);
      if (b.start === 1000) expect(b.rows[1]).toEqual([1001, 'a']);
      count += b.rows.length;
    }
    expect(starts).toEqual([0, 1000, 2000]);
    expect(count).toBe(n);
    const first = (await all(join(ws2, 'd.parquet')))[3]!;
    expect(first.values).toEqual({ id: 3, g: 'a', flag: true });
  });

  it('rejects a corrupt Parquet file with a ConfigError', async () => {
    await expect(all(p('corrupt.parquet'), { display: 'c.parquet' })).rejects.toThrow(/^c\.parquet: is not a readable Parquet file: /);
  });
});

describe('CSV reader across chunks (papaparse engine)', () => {
  // A file larger than a read chunk (1 MiB) whose quoted fields hold delimiters, LF and CRLF line
  // breaks and doubled quotes, with blank lines, so records straddle chunk boundaries everywhere.
  const values = ['plain', 'with, comma', 'two\nlines', 'crlf\r\ninside', 'say ""hi""', '', 'Zoë'];
  const expected: Array<{ a: string; b: string; c: string; line: number }> = [];
  let text = 'a,b,c\n';
  let line = 1;
  for (let i = 0; text.length < 2.5 * 1024 * 1024; i++) {
    if (i % 97 === 0) {
      text += '\n';
      line++;
    }
    const raw = values[i % values.length]!;
    const quoted = i % 3 !== 0 || /[,\n"]/.test(raw);
    const b = quoted ? `"${raw}"` : raw;
    text += `${i},${b},${'x'.repeat(i % 50)}\n`;
    line += 1 + (raw.match(/\r\n|\n/g)?.length ?? 0);
    expected.push({ a: String(i), b: raw.replace(/""/g, '"'), c: 'x'.repeat(i % 50), line });
  }
  const ws = tempWorkspace({
    'big.csv': text,
    'big.csv.gz': gzipSync(text),
    'crlf.csv': 'a,b\r\n1,"x\r\ny"\r\n\r\n2,3\r\n',
    'cr.csv': 'a,b\r1,2\r3,4',
    'one.csv': 'a\n1\n\n2\n',
    'noeol.csv': 'a,b\n1,2',
    'open.csv': 'a,b\n1,2\n3,"never\nclosed\n',
    'badclose.csv': 'a,b\n1,2\n"x"y,2\n',
    'ragged2.csv': 'a,b,c\n1,2,3\n"4\n5",6\n',
    'bigfield.csv': `a,b\n1,"${'x,\n'.repeat(400_000)}"\n2,3\n`,
  });
  const p = (f: string) => join(ws, f);

  it('reads every record and its end line exactly, plain and gzipped', async () => {
    for (const f of ['big.csv', 'big.csv.gz']) {
      const got = await all(p(f));
      expect(got.length).toBe(expected.length);
      got.forEach((r, i) => {
        const e = expected[i]!;
        if (r.values.a !== e.a || r.values.b !== e.b || r.values.c !== e.c || r.line !== e.line || r.record !== i) {
          expect({ ...r.values, line: r.line, record: r.record }).toEqual({ a: e.a, b: e.b, c: e.c, line: e.line, record: i });
        }
      });
    }
  });

  it('counts end lines exactly in LF files where only some stretches hold line breaks in fields', async () => {
    // Quoted fields everywhere, a line break in one field every 1,500 records (so most parsed slices
    // have one line per record and some do not), and a last record holding one without a newline after it.
    let lf = 'a,b\n';
    let at = 1;
    const want: Array<[string, number]> = [];
    for (let i = 0; lf.length < 1.5 * 1024 * 1024; i++) {
      const b = i % 1500 === 7 ? 'one\ntwo' : `v${i}`;
      lf += `${i},"${b}"\n`;
      at += b.includes('\n') ? 2 : 1;
      want.push([b, at]);
    }
    lf += 'last,"x\ny"';
    want.push(['x\ny', at + 2]);
    const dir = tempWorkspace({ 'lf.csv': lf, 'tail.csv': 'a,b\n1,"x\ny"', 'tail2.csv': 'a,b\n1,2\n3,"x\ny"' });
    const got = await all(join(dir, 'lf.csv'));
    expect(got.length).toBe(want.length);
    got.forEach((r, i) => {
      if (r.values.b !== want[i]![0] || r.line !== want[i]![1]) expect([r.values.b, r.line]).toEqual(want[i]);
    });
    expect((await all(join(dir, 'tail.csv'))).map((r) => r.line)).toEqual([3]);
    expect((await all(join(dir, 'tail2.csv'))).map((r) => r.line)).toEqual([2, 4]);
  });

  it('gives batches of batchSize records (the last may be shorter), aligned to the header', async () => {
    const t = await openTable(p('big.csv'), { display: 'big.csv', batchSize: 1000 });
    let next = 0;
    const sizes: number[] = [];
    for await (const b of t.batches) {
      expect(b.start).toBe(next);
      expect(b.columns).toBe(t.columns);
      expect(b.lines).toHaveLength(b.rows.length);
      next += b.rows.length;
      sizes.push(b.rows.length);
    }
    expect(next).toBe(expected.length);
    expect(sizes.slice(0, -1).every((n) => n === 1000)).toBe(true);
  });

  it('detects CRLF and CR record delimiters, counting a CRLF inside quotes as one line', async () => {
    const crlf = await all(p('crlf.csv'));
    expect(crlf.map((r) => [r.values, r.line])).toEqual([
      [{ a: '1', b: 'x\r\ny' }, 3],
      [{ a: '2', b: '3' }, 5],
    ]);
    expect((await all(p('cr.csv'))).map((r) => [r.values, r.line])).toEqual([
      [{ a: '1', b: '2' }, 2],
      [{ a: '3', b: '4' }, 3],
    ]);
  });

  it('skips blank lines in a one-column file and reads a last line without a newline', async () => {
    expect((await all(p('one.csv'))).map((r) => [r.values.a, r.line])).toEqual([['1', 2], ['2', 4]]);
    expect((await all(p('noeol.csv'))).map((r) => r.values)).toEqual([{ a: '1', b: '2' }]);
  });

  it('counts a line break in the last record when only the end of the file completes it', async () => {
    // The last record outgrows two parse slices, so the final parse reads it (with its one line break).
    const dir = tempWorkspace({ 'late.csv': `a,b\n1,"${'x'.repeat(150_000)}\ny"\n`, 'late2.csv': `a,b\n1,"${'x'.repeat(150_000)}\ny"\n2\n` });
    expect((await all(join(dir, 'late.csv'))).map((r) => r.line)).toEqual([3]);
    await expect(all(join(dir, 'late2.csv'), { display: 'l.csv' })).rejects.toThrow('l.csv:4: expected 2 fields, found 1');
  });

  it('reads a quoted field longer than many read chunks', async () => {
    const rows = await all(p('bigfield.csv'));
    expect(rows.map((r) => [r.values.a, (r.values.b as string).length, r.line])).toEqual([
      ['1', 1_200_000, 400_002],
      ['2', 1, 400_003],
    ]);
  });

  it('names the line of a malformed record (where an unclosed quote opens)', async () => {
    await expect(all(p('open.csv'), { display: 'o.csv' })).rejects.toThrow('o.csv:3: a quoted field is not closed before the end of the file');
    await expect(all(p('badclose.csv'), { display: 'b.csv' })).rejects.toThrow('b.csv:3: unexpected character after a closing quote');
    await expect(all(p('ragged2.csv'), { display: 'r.csv' })).rejects.toThrow('r.csv:4: expected 3 fields, found 2');
  });
});
