// Bounded cost of the tabular readers (issue 22): columns per table, bytes per record and per cell,
// checked while streaming; a hostile file ends in a one-line error naming the file and the line or
// record, after reading little more than the limit. Files and streams are built at run time.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { DEFAULT_LIMITS, openStreamTable, openTable, type OpenOptions, type StreamFormat, type TabularLimits } from '../../../../src/io/tabular/index.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

async function readAll(path: string, opts: OpenOptions): Promise<number> {
  const t = await openTable(path, opts);
  let n = 0;
  for await (const b of t.batches) n += b.rows.length;
  return n;
}

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

const MiB = 1024 * 1024;
const limits = (l: Partial<TabularLimits>): TabularLimits => ({ ...DEFAULT_LIMITS, ...l });

/** `total` bytes of `fill` after `head`, in 1 MiB chunks, counting what the reader pulled. */
function endless(head: string, fill: string, total: number) {
  const pulled = { bytes: 0 };
  async function* chunks(): AsyncGenerator<Buffer> {
    const block = Buffer.from(fill.repeat(Math.ceil(MiB / fill.length)).slice(0, MiB));
    yield Buffer.from(head);
    for (pulled.bytes = head.length; pulled.bytes < total; pulled.bytes += block.length) yield block;
  }
  return { chunks, pulled };
}

describe('columns per table', () => {
  const wide = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
  const ws = tempWorkspace({
    'wide.csv': `${wide(10_000).join(',')}\n${wide(10_000).map(() => '1').join(',')}\n`,
    'wide.csv.gz': gzipSync(`${wide(10_000).join(',')}\n`),
    'three.jsonl': '{"a":1,"b":2,"c":3}\n',
    'three.parquet': Buffer.from(parquetWriteBuffer({ columnData: ['a', 'b', 'c'].map((name) => ({ name, data: [1, 2], type: 'INT32' as const })) })),
  });

  it('a 10,000-column CSV is refused at its header with the default limit (2,000), before any row', async () => {
    expect(DEFAULT_LIMITS.columns).toBe(2000);
    expect(await failure(() => openTable(join(ws, 'wide.csv'), { display: 'd/wide.csv' }))).toBe(
      'd/wide.csv:1: 10,000 columns exceed the limit of 2,000 columns per table (tableLimits.columns in the policy)',
    );
    expect(await failure(() => openTable(join(ws, 'wide.csv.gz'), { display: 'w.csv.gz' }))).toMatch(/^w\.csv\.gz:1: 10,000 columns exceed/);
  });

  it('a raised limit lets it through; JSON Lines keys and a Parquet schema are counted too', async () => {
    expect(await readAll(join(ws, 'wide.csv'), { display: 'w', limits: limits({ columns: 10_000 }) })).toBe(1);
    expect(await failure(() => openTable(join(ws, 'three.jsonl'), { display: 't.jsonl', limits: limits({ columns: 2 }) }))).toMatch(/^t\.jsonl:1: 3 columns exceed the limit of 2 columns/);
    expect(await failure(() => openTable(join(ws, 'three.parquet'), { display: 't.parquet', limits: limits({ columns: 2 }) }))).toMatch(/^t\.parquet: 3 columns exceed the limit of 2 columns/);
  });
});

describe('bytes per record, while streaming', () => {
  it.each<[StreamFormat, string]>([
    ['csv', 'a,b\n'],
    ['jsonl', ''],
  ])('%s: 128 MiB without a line break stops after reading about the limit, naming the line', async (format, head) => {
    const { chunks, pulled } = endless(head, 'x', 128 * MiB);
    const started = performance.now();
    const msg = await failure(async () => {
      const t = await openStreamTable(chunks(), { display: 'big', format });
      for await (const _ of t.batches);
    });
    expect(msg).toBe(`big:${head ? 2 : 1}: ${format === 'csv' ? 'record' : 'line'} exceeds the limit of 32 MiB per record (tableLimits.recordBytes in the policy)`);
    expect(pulled.bytes).toBeLessThanOrEqual(DEFAULT_LIMITS.recordBytes + 2 * MiB);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('a quoted CSV field that never closes is bounded the same way', async () => {
    const { chunks, pulled } = endless('a,b\n1,2\n3,"', 'y\n', 64 * MiB);
    const msg = await failure(async () => {
      const t = await openStreamTable(chunks(), { display: 'q.csv', format: 'csv', limits: limits({ recordBytes: 4 * MiB }) });
      for await (const _ of t.batches);
    });
    expect(msg).toBe('q.csv:3: record exceeds the limit of 4 MiB per record (tableLimits.recordBytes in the policy)');
    expect(pulled.bytes).toBeLessThanOrEqual(6 * MiB);
  });

  const long = 'z'.repeat(5000);
  const ws = tempWorkspace({
    'mid.csv': `a,b\n1,2\n3,${long}\n4,5\n`,
    'last.csv': `a,b\n1,2\n3,${long}`,
    'mid.jsonl': `{"a":1}\n{"a":"${long}"}\n`,
    'last.jsonl.gz': gzipSync(`{"a":1}\n{"a":"${long}"}`),
    'wide-chars.csv': `a\n${'é'.repeat(600)}\n`, // 600 characters, 1,200 bytes
    'ok.csv': `a,b\n1,${'z'.repeat(900)}\n`,
  });
  const small = limits({ recordBytes: 1000 });

  it.each([
    ['mid.csv', 'm.csv:3: record exceeds the limit of 1000 bytes per record'],
    ['last.csv', 'm.csv:3: record exceeds the limit of 1000 bytes per record'],
    ['mid.jsonl', 'm.csv:2: line exceeds the limit of 1000 bytes per record'],
    ['last.jsonl.gz', 'm.csv:2: line exceeds the limit of 1000 bytes per record'],
    ['wide-chars.csv', 'm.csv:2: record exceeds the limit of 1000 bytes per record'],
  ])('%s: a record over a small limit names its line (UTF-8 bytes, through gzip too)', async (file, message) => {
    expect(await failure(() => readAll(join(ws, file), { display: 'm.csv', limits: small }))).toContain(message);
  });

  it('a record within the limit is read', async () => {
    expect(await readAll(join(ws, 'ok.csv'), { display: 'ok.csv', limits: small })).toBe(1);
  });
});

describe('bytes per cell', () => {
  const cell = 'c'.repeat(300);
  const ws = tempWorkspace({
    'a.csv': `x,y,z\n1,2,3\n4,5,"${cell}"\n`,
    'a.jsonl': `{"x":1,"y":"ok"}\n{"x":2,"y":"${cell}"}\n`,
    'a.parquet': Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'x', data: ['short', cell], type: 'STRING' }] })),
  });
  const small = limits({ cellBytes: 200 });
  it.each([
    ['a.csv', 'f:3: the value of column 3 exceeds the limit of 200 bytes per cell (tableLimits.cellBytes in the policy)'],
    ['a.jsonl', 'f:2: the value of column 2 exceeds the limit of 200 bytes per cell'],
    ['a.parquet', 'f: record 2: the value of column 1 exceeds the limit of 200 bytes per cell'],
  ])('%s: names the line (or record) and the column by position, never the value', async (file, message) => {
    const msg = await failure(() => readAll(join(ws, file), { display: 'f', limits: small }));
    expect(msg).toContain(message);
    expect(msg).not.toContain('ccc');
  });
});
