// csvParts + csvPartRows (the parallel pii scan's reader) give the records csvItems gives, whatever
// the part size; where a cut by quote parity is not a record boundary, a part says so (false).
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvPartRows, csvParts, CsvPartTooLarge } from '../../../../src/io/tabular/csv.js';
import type { CsvOptions } from '../../../../src/io/tabular/index.js';
import { openTable } from '../../../../src/io/tabular/index.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

type Opts = { tsv?: boolean; gzip?: boolean; csv?: CsvOptions };

async function sequential(path: string, opts: Opts = {}): Promise<string[][]> {
  const table = await openTable(path, { display: 'f', format: opts.tsv ? 'tsv' : 'csv', gzip: opts.gzip ?? false, ...(opts.csv ? { csv: opts.csv } : {}) });
  const rows: string[][] = [table.columns as string[]];
  for await (const b of table.batches) rows.push(...(b.rows as string[][]));
  return rows;
}

/** Rows from the parts (header first), or false when a part did not parse cleanly. */
async function byParts(path: string, partSize: number, opts: Opts = {}): Promise<string[][] | false> {
  const rows: string[][] = [];
  let width: number | undefined;
  for await (const part of csvParts(path, 'f', { gzip: opts.gzip ?? false, tsv: opts.tsv ?? false, partSize, maxPart: 1 << 20, ...(opts.csv ? { csv: opts.csv } : {}) })) {
    const ok = csvPartRows(part, width, 7, (batch) => rows.push(...batch));
    if (!ok) return false;
    width ??= rows[0]?.length;
  }
  return rows;
}

function generated(n: number, eol: string): string {
  const notes = ['plain', '"multi\nline, with comma"', '"has ""quotes"" inside"', '"ends with newline\r\n"', '', '"  spaced  "', 'ümlaut'];
  let s = `id,name,note${eol}`;
  for (let i = 0; i < n; i++) s += `${i},Name ${i},${notes[i % notes.length]}${eol}${i % 97 === 0 ? eol : ''}`;
  return s;
}

describe('CSV parts for parallel scans', () => {
  const ws = tempWorkspace({
    'lf.csv': generated(700, '\n'),
    'crlf.csv': generated(700, '\r\n'),
    'cr.csv': generated(300, '\r'),
    'nofinal.csv': 'a,b\n1,2\n3,"x\ny"',
    'bom.csv': '\uFEFF' + generated(200, '\n'),
    'a.tsv': 'x\ty\n1\t"a\tb"\n2\t3\n',
    'gz.csv.gz': gzipSync(generated(500, '\n')),
    'header.csv': 'a,b\n',
    'one.csv': 'a\n1\n\n2\n',
  });
  const p = (f: string) => join(ws, f);

  it('gives the records of the sequential reader for any part size', async () => {
    for (const f of ['lf.csv', 'crlf.csv', 'cr.csv', 'nofinal.csv', 'bom.csv', 'header.csv', 'one.csv']) {
      const want = await sequential(p(f));
      for (const size of [1, 13, 64, 1000, 1 << 20]) expect(await byParts(p(f), size), `${f} in parts of ${size}`).toEqual(want);
    }
    expect(await byParts(p('a.tsv'), 3, { tsv: true })).toEqual(await sequential(p('a.tsv'), { tsv: true }));
    expect(await byParts(p('gz.csv.gz'), 500, { gzip: true })).toEqual(await sequential(p('gz.csv.gz'), { gzip: true }));
  });

  it('cuts bytes on character boundaries: UTF-16 (both byte orders), Latin-1, invalid UTF-8', async () => {
    // In UTF-16 LE, U+0D0D U+0A00 U+2200 U+2200 is the bytes 0D 0D 00 0A 00 22 00 22: CR LF and a quote
    // at odd offsets, where a byte search would find them.
    const text = generated(400, '\r\n').replace(/Name (\d*7),/g, 'N\u0D0D\u0A00\u2200\u2200me $1 \u{1F600},');
    const be = Buffer.from(text, 'utf16le').swap16();
    // Invalid UTF-8 (a lone continuation byte, a truncated sequence before a line break, an overlong
    // form) decodes to U+FFFD as the sequential reader decodes it; the file ends inside a sequence.
    const bad = Buffer.concat([Buffer.from('a,b\n'), ...Array.from({ length: 300 }, (_, i) => Buffer.concat([Buffer.from(`${i},x`), Buffer.from(i % 3 === 0 ? [0x80] : i % 3 === 1 ? [0xe2, 0x82] : [0xc0, 0xaf]), Buffer.from('\n')])), Buffer.from([0x39, 0x2c, 0xf0, 0x9f])]);
    const ws3 = tempWorkspace({
      'le.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'latin1.csv': Buffer.from(generated(300, '\n'), 'latin1'),
      'bad.csv': bad,
    });
    for (const [f, csv] of [['le.csv'], ['be.csv'], ['latin1.csv', { encoding: 'latin1' }], ['bad.csv']] as Array<[string, CsvOptions?]>) {
      const opts = csv ? { csv } : {};
      const want = await sequential(join(ws3, f), opts);
      expect(want.length, f).toBeGreaterThan(300);
      // Every size up to 64: odd ones end a UTF-16 part's search target inside a code unit.
      for (const size of [...Array.from({ length: 64 }, (_, i) => i + 1), 1000, 1 << 20]) expect(await byParts(join(ws3, f), size, opts), `${f} in parts of ${size}`).toEqual(want);
    }
    expect((await sequential(join(ws3, 'le.csv'))).flat().join('')).toContain('\u{1F600}');
    expect((await sequential(join(ws3, 'bad.csv'))).flat().join('')).toContain('\uFFFD');
  });

  it('gives each part its own buffer (a worker thread takes it without a copy)', async () => {
    let n = 0;
    for await (const part of csvParts(p('lf.csv'), 'f', { gzip: false, tsv: false, partSize: 100, maxPart: 1 << 20 })) {
      expect(part.bytes.byteOffset).toBe(0);
      expect(part.bytes.buffer.byteLength).toBe(part.bytes.byteLength);
      expect(part.bytes.byteLength).toBeGreaterThan(0);
      n++;
    }
    expect(n).toBeGreaterThan(10);
  });

  it('gives up on a record longer than the largest part, with or without a line break in the file', async () => {
    const ws4 = tempWorkspace({ 'quoted.csv': 'a,b\n1,"' + 'x\n'.repeat(600_000) + '"\n2,3\n', 'oneline.csv': 'y'.repeat(1_500_000) }); // past the first read (1 MiB)
    for (const f of ['quoted.csv', 'oneline.csv']) {
      const all = async (): Promise<number> => {
        let n = 0;
        for await (const part of csvParts(join(ws4, f), 'f', { gzip: false, tsv: false, partSize: 100, maxPart: 1000 })) n += part.bytes.length;
        return n;
      };
      await expect(all(), f).rejects.toBeInstanceOf(CsvPartTooLarge);
    }
  });

  it('never gives other records: a cut inside a quoted field (stray quotes) or a bad row fails the part', async () => {
    // a"b holds a literal quote: parity then puts a cut inside the quoted field that follows.
    const ws2 = tempWorkspace({
      'stray.csv': 'a,b\n' + 'x,a"b\n"c\nd",e\n'.repeat(50) + 'x,y\n',
      'ragged.csv': 'a,b\n1,2\n3,4,5\n',
      'unclosed.csv': 'a,b\n1,"open\n2,3\n',
    });
    for (const f of ['stray.csv', 'ragged.csv', 'unclosed.csv']) {
      for (const size of [1, 10, 100]) {
        const got = await byParts(join(ws2, f), size);
        if (got === false) continue;
        expect(got, `${f} in parts of ${size}`).toEqual(await sequential(join(ws2, f)));
      }
    }
    expect(await byParts(join(ws2, 'ragged.csv'), 1)).toBe(false);
    expect(await byParts(join(ws2, 'unclosed.csv'), 1)).toBe(false);
  });
});
