// The readers decode their bytes a piece of DECODE_BYTES at a time: a character cut by a piece's end
// (2-, 3- and 4-byte UTF-8, a UTF-16 surrogate pair), an invalid sequence at the cut and a record longer
// than several pieces read as they read when the whole file is decoded at once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvPartRows, csvParts } from '../../../../src/io/tabular/csv.js';
import { openTable } from '../../../../src/io/tabular/index.js';
import { DECODE_BYTES } from '../../../../src/io/tabular/source.js';
import { tempWorkspace } from '../../../helpers/workspace.js';

const ws = tempWorkspace({});

async function sequential(path: string, format: 'csv' | 'jsonl'): Promise<unknown[][]> {
  const table = await openTable(path, { display: 'f', format, gzip: false });
  const rows: unknown[][] = [table.columns as string[]];
  for await (const b of table.batches) rows.push(...b.rows);
  return rows;
}

async function byParts(path: string, partSize: number): Promise<string[][] | false> {
  const rows: string[][] = [];
  let width: number | undefined;
  for await (const part of csvParts(path, 'f', { gzip: false, tsv: false, partSize, maxPart: 1 << 22 })) {
    if (!csvPartRows(part, width, 50, (batch) => rows.push(...batch))) return false;
    width ??= rows[0]?.length;
  }
  return rows;
}

/** CSV lines `id,note`: filler up to `cutAt` bytes, then `cut` (starting `shift` bytes before the cut), then a long record. */
function csvBytes(cut: Buffer, shift: number, encode: (s: string) => Buffer): Buffer {
  const head = encode('id,note\n');
  const unit = encode('x').length;
  const start = encode('1,').length;
  const fillerChars = (DECODE_BYTES - shift - head.length - start) / unit - encode('0,\n').length / unit;
  const parts = [head, encode(`0,${'x'.repeat(fillerChars)}\n`), encode('1,'), cut, encode('tail\n')];
  parts.push(encode(`2,${'ab€😀'.repeat(40_000)}\n`), encode('3,end\n'));
  return Buffer.concat(parts);
}

/** The rows a whole-file decoder reads: the text split into lines and fields. */
function expected(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split(','));
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

describe('decoding in pieces', () => {
  const cases: Array<{ name: string; cut: Buffer; shifts: number[]; encode: (s: string) => Buffer; bom: Buffer; decode: (b: Buffer) => string }> = [
    { name: 'UTF-8', cut: utf8('é€😀'), shifts: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], encode: utf8, bom: Buffer.alloc(0), decode: (b) => b.toString('utf8') },
    { name: 'UTF-8, an invalid sequence', cut: Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98]), shifts: [0, 1, 2, 3, 4, 5], encode: utf8, bom: Buffer.alloc(0), decode: (b) => b.toString('utf8') },
    { name: 'UTF-16 LE', cut: utf16('😀é😀'), shifts: [0, 2, 4, 6], encode: utf16, bom: Buffer.from([0xff, 0xfe]), decode: (b) => b.toString('utf16le') },
  ];
  for (const c of cases) {
    it(`reads ${c.name} cut by a piece's end as the whole-file decoder does (CSV, sequential and in parts)`, async () => {
      for (const shift of c.shifts) {
        const body = csvBytes(c.cut, shift, c.encode);
        const file = join(ws, `cut-${shift}.csv`);
        // The BOM comes before the pieces are counted (decodeBom strips it), so the cut stays where it was built.
        writeFileSync(file, Buffer.concat([c.bom, body]));
        const want = expected(c.decode(body));
        expect(want[2]![1]!.length).toBeGreaterThan(0);
        expect(await sequential(file, 'csv'), `shift ${shift}`).toEqual(want);
        for (const partSize of [1 << 20, 50_000]) expect(await byParts(file, partSize), `shift ${shift}, parts of ${partSize}`).toEqual(want);
      }
    });
  }

  it('reads JSON Lines with a character cut by a piece end, at every shift', async () => {
    for (const shift of [0, 1, 2, 3]) {
      const head = '{"id":0,"note":"';
      const filler = 'x'.repeat(DECODE_BYTES - shift - head.length);
      const text = `${head}${filler}😀€é"}\n{"id":1,"note":"${'é😀'.repeat(50_000)}"}\n{"id":2,"note":"end"}\n`;
      const file = join(ws, `cut-${shift}.jsonl`);
      writeFileSync(file, text);
      const rows = await sequential(file, 'jsonl');
      const want = text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => Object.values(JSON.parse(l) as Record<string, unknown>));
      expect(rows, `shift ${shift}`).toEqual([['id', 'note'], ...want]);
    }
  });
});
