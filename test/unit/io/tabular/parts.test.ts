// csvParts + csvPartRows (the parallel pii scan's reader) give the records csvItems gives, whatever
// the part size; where a cut by quote parity is not a record boundary, a part says so (false).
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvPartRows, csvParts } from '../../../../src/io/tabular/csv.js';
import { openTable } from '../../../../src/io/tabular/index.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

async function sequential(path: string, opts: { tsv?: boolean; gzip?: boolean } = {}): Promise<string[][]> {
  const table = await openTable(path, { display: 'f', format: opts.tsv ? 'tsv' : 'csv', gzip: opts.gzip ?? false });
  const rows: string[][] = [table.columns as string[]];
  for await (const b of table.batches) rows.push(...(b.rows as string[][]));
  return rows;
}

/** Rows from the parts (header first), or false when a part did not parse cleanly. */
async function byParts(path: string, partSize: number, opts: { tsv?: boolean; gzip?: boolean } = {}): Promise<string[][] | false> {
  const rows: string[][] = [];
  let width: number | undefined;
  for await (const part of csvParts(path, 'f', { gzip: opts.gzip ?? false, tsv: opts.tsv ?? false, partSize, maxPart: 1 << 20 })) {
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
