// Corrupt and truncated Parquet files, made at run time from a valid one written by hyparquet-writer:
// each is a way a file goes bad (cut short, wrong magic, a garbled footer or data page).
import { parquetWriteBuffer } from 'hyparquet-writer';

/** A valid Parquet file: `rows` records of an id and an e-mail-like string, in row groups of 1,000. */
export function validParquet(rows = 3000): Buffer {
  return Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', data: Array.from({ length: rows }, (_, i) => i), type: 'INT32' },
        { name: 'contact', data: Array.from({ length: rows }, (_, i) => ['user', i, '@', 'example.com'].join('')), type: 'STRING' },
      ],
      rowGroupSize: 1000,
    }),
  );
}

/** Named corruptions of `valid`: truncations, bad magic, a garbled footer, corrupt data pages. */
export function parquetCorruptions(valid = validParquet()): Record<string, Buffer> {
  const n = valid.length;
  const footer = valid.readUInt32LE(n - 8);
  const copy = (edit: (b: Buffer) => void): Buffer => {
    const b = Buffer.from(valid);
    edit(b);
    return b;
  };
  return {
    empty: Buffer.alloc(0),
    'magic only': Buffer.from('PAR1'),
    'cut in half': valid.subarray(0, n >> 1),
    'cut before the end magic': valid.subarray(0, n - 2),
    'bad start magic': copy((b) => b.write('PAR0', 0)),
    'bad end magic': copy((b) => b.write('XXXX', n - 4)),
    'footer length beyond the file': copy((b) => b.writeUInt32LE(0x7fffffff, n - 8)),
    'footer cut short': Buffer.concat([valid.subarray(0, n - 8 - (footer >> 1)), valid.subarray(n - 8)]),
    'garbled footer': copy((b) => {
      for (let i = n - 8 - footer; i < n - 8; i += 3) b[i] = (b[i]! * 31 + 7) & 255;
    }),
    'corrupt first page header': copy((b) => {
      for (let i = 4; i < 400; i++) b[i] = 0xff ^ b[i]!;
    }),
  };
}

/** `count` copies of `valid` with 20 bytes of the data pages (never the footer) flipped each, from a fixed seed. */
export function flippedPages(valid: Buffer, count: number): Buffer[] {
  const n = valid.length;
  const dataEnd = n - 8 - valid.readUInt32LE(n - 8);
  const out: Buffer[] = [];
  let x = 12345;
  for (let s = 0; s < count; s++) {
    const b = Buffer.from(valid);
    for (let k = 0; k < 20; k++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      const at = 4 + (x % (dataEnd - 4));
      b[at] = b[at]! ^ 0xff;
    }
    out.push(b);
  }
  return out;
}
