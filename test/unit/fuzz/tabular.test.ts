// Fuzz of the streaming tabular readers (CSV/TSV, JSON Lines, gzip, Parquet), read to the end as the
// pii and bias checks read them. Bad input is a ConfigError naming the file and line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { openStreamTable, openTable, type CsvOptions, type StreamFormat } from '../../../src/io/tabular/index.js';
import { mutatedBytes, mutatedText, plantedSecret, randomBytes, randomText, token } from '../../helpers/fuzz-inputs.js';
import { fuzzReader } from '../../helpers/fuzz-property.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const CSV = ['id,name,email,note\n1,Ada,ada@example.com,"quoted, with comma"\n2,"Bob ""B""",b@example.com,\r\n3,Cy,,"multi\nline"\n', 'a;b\n1;2\n'];
const JSONL = ['{"id":1,"name":"Ada","tags":["x"],"n":1.5e3}\n{"id":2,"name":null,"nested":{"a":[1,2]}}\n\n{"id":3}\n', '{"a":1}'];
const ws = tempWorkspace();
const expected = (e: unknown): boolean => e instanceof ConfigError;

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Reads every record of a byte stream; returns what the reader says about it (column names). */
async function readStream(bytes: Uint8Array, format: StreamFormat, opts: { gzip?: boolean; csv?: CsvOptions; chunk?: number } = {}): Promise<string> {
  const table = await openStreamTable(chunks(bytes, opts.chunk ?? 4096), { display: 'data/in.csv', format, batchSize: 64, ...(opts.gzip ? { gzip: true } : {}), ...(opts.csv ? { csv: opts.csv } : {}) });
  let records = 0;
  for await (const b of table.batches) records += b.rows.length;
  return `${table.columns.join(',')} ${records}`;
}

// Options as the manifest schema admits them (csvOptionsSchema): a non-empty delimiter, a one-character quote.
const csvOptions: fc.Arbitrary<CsvOptions> = fc.record(
  {
    delimiter: fc.oneof(fc.constantFrom(',', ';', '\t', '|', '"', '\n', '::'), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })),
    quote: fc.oneof(fc.constantFrom('"', "'", ',', '\n'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    header: fc.boolean(),
    encoding: fc.constantFrom('utf8' as const, 'utf16le' as const, 'latin1' as const),
  },
  { requiredKeys: [] },
);
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

// A secret in a data cell (never a header) of a CSV or JSON Lines file, hostile noise in other records:
// no message names a data value.
const plantedCsv = fc.record({ secret: plantedSecret, noise: fc.array(token, { minLength: 1, maxLength: 4 }), at: fc.nat() }).map(({ secret, noise, at }) => {
  const rows = ['id,token,note', `1,${secret},x`, `"2","${secret}","y"`, ...noise];
  const cut = 1 + (at % rows.length);
  return { text: [...rows.slice(0, cut), ...rows.slice(cut)].join('\n'), secret };
});
const plantedJsonl = fc.record({ secret: plantedSecret, noise: fc.array(token, { minLength: 1, maxLength: 4 }), at: fc.nat() }).map(({ secret, noise, at }) => {
  const rows = ['{"id":0,"token":"x"}', ...noise.map((n) => n.replace(/\n/g, ' '))];
  // The secret sits in a record's value, broken or whole: a JSON error near it must not quote it.
  const forms = [`{"id":1,"token":"${secret}"}`, `{"id":1,"token":"${secret}",}`, `{"id":1,"token":${secret}}`, `{"id":1,"token":"${secret}"} x`];
  rows.splice(1 + (at % rows.length), 0, forms[at % forms.length]!);
  return { text: rows.join('\n'), secret };
});

// Parquet files built in code, then mutated byte by byte and read from a file.
const PARQUET = new Uint8Array(
  parquetWriteBuffer({
    columnData: [
      { name: 'id', data: Int32Array.from({ length: 50 }, (_, i) => i), type: 'INT32' },
      { name: 'g', data: Array.from({ length: 50 }, (_, i) => (i % 2 ? 'a' : 'b')), type: 'STRING' },
    ],
    rowGroupSize: 20,
  }),
);

async function readParquet(bytes: Uint8Array): Promise<string> {
  const path = join(ws, 'd.parquet');
  writeFileSync(path, bytes);
  const table = await openTable(path, { display: 'd.parquet', batchSize: 16 });
  let records = 0;
  for await (const b of table.batches) records += b.rows.length;
  return `${table.columns.join(',')} ${records}`;
}

describe('fuzz: CSV and TSV', () => {
  it('random bytes, random options', async () => {
    const arb = fc.record({ bytes: fc.oneof(randomBytes, randomText.map(encode)), csv: csvOptions, tsv: fc.boolean(), chunk: fc.integer({ min: 1, max: 64 }) });
    await fuzzReader(arb, { reader: 'csv', property: 'random input', share: 0.05, expected, call: (a) => readStream(a.bytes, a.tsv ? 'tsv' : 'csv', { csv: a.csv, chunk: a.chunk }) });
  });
  it('mutated valid files', async () => {
    const arb = fc.record({ text: mutatedText(CSV), chunk: fc.integer({ min: 1, max: 4096 }) });
    await fuzzReader(arb, { reader: 'csv', property: 'mutated seeds', share: 0.06, expected, call: (a) => readStream(encode(a.text), 'csv', { chunk: a.chunk }) });
  });
  it('a planted secret in a cell never reaches the error message', async () => {
    await fuzzReader(plantedCsv, { reader: 'csv', property: 'planted secret', share: 0.03, expected, call: (p) => readStream(encode(p.text), 'csv'), secrets: (p) => [p.secret] });
  });
});

describe('fuzz: JSON Lines', () => {
  it('random bytes', async () => {
    await fuzzReader(fc.oneof(randomBytes, randomText.map(encode)), { reader: 'jsonl', property: 'random input', share: 0.03, expected, call: (b) => readStream(b, 'jsonl') });
  });
  it('mutated valid files', async () => {
    await fuzzReader(mutatedText(JSONL), { reader: 'jsonl', property: 'mutated seeds', share: 0.04, expected, call: (t) => readStream(encode(t), 'jsonl') });
  });
  it('a planted secret in a value never reaches the error message', async () => {
    await fuzzReader(plantedJsonl, { reader: 'jsonl', property: 'planted secret', share: 0.02, expected, call: (p) => readStream(encode(p.text), 'jsonl'), secrets: (p) => [p.secret] });
  });
});

describe('fuzz: gzip and Parquet', () => {
  it('mutated gzip streams of valid files', async () => {
    const seeds = [...CSV, ...JSONL].map((s) => new Uint8Array(gzipSync(s)));
    await fuzzReader(fc.record({ bytes: mutatedBytes(seeds), jsonl: fc.boolean() }), { reader: 'gzip', property: 'mutated seeds', share: 0.02, expected, call: (a) => readStream(a.bytes, a.jsonl ? 'jsonl' : 'csv', { gzip: true }) });
  });
  it('mutated Parquet files', async () => {
    await fuzzReader(mutatedBytes([PARQUET]), { reader: 'parquet', property: 'mutated seeds', share: 0.02, expected, call: readParquet });
  });
});
