// The record writers of derived datasets: records are gathered into large writes (one stream write
// per record cost more than encoding it), the file holds every byte in order and its reported
// sha256 and size are those of the file; JSON Lines encode nested values and bigints as before.
import { createHash } from 'node:crypto';
import { WriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AtomicFile, RecordEncoder, jsonLine } from '../../../src/io/tabular-write/index.js';
import { OTHER_KEYS } from '../../../src/io/tabular/index.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'modelgate-tabular-write-'));
  dirs.push(d);
  return d;
}

describe('AtomicFile', () => {
  it('gathers small records into few writes, and the file holds them all in order', async () => {
    const writes = vi.spyOn(WriteStream.prototype, 'write');
    const path = join(tempDir(), 'out.jsonl');
    const f = new AtomicFile(path);
    const enc = new RecordEncoder('jsonl', ['id', 'text']);
    let expected = '';
    for (let i = 0; i < 20_000; i++) {
      const line = enc.encode([i, `message ${i} — ünïcödé`]);
      expected += line;
      await f.write(line);
    }
    const { sha256, bytes } = await f.commit();
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(expected);
    expect(bytes).toBe(Buffer.byteLength(expected));
    expect(sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    // One write per record before: 20,000 (about 0.9 MB here, so some 15 writes of 64 KiB now).
    expect(writes.mock.calls.length).toBeGreaterThan(0);
    expect(writes.mock.calls.length).toBeLessThan(100);
  });

  it('writes what is gathered when committed, gzip included; abort leaves nothing', async () => {
    const dir = tempDir();
    const gz = new AtomicFile(join(dir, 'out.csv.gz'), { gzip: true });
    await gz.write('a,b\n');
    await gz.write('1,2\n');
    await gz.commit();
    expect(gunzipSync(readFileSync(join(dir, 'out.csv.gz'))).toString('utf8')).toBe('a,b\n1,2\n');
    const dropped = new AtomicFile(join(dir, 'dropped.csv'));
    await dropped.write('x\n');
    await dropped.abort();
    expect(existsSync(join(dir, 'dropped.csv'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.csv.gz']);
  });
});

describe('jsonLine', () => {
  it('spreads the other keys of a JSON Lines record back after the columns, overwriting none', () => {
    const others = JSON.parse('{"email":"e","nested":{"k":[1]},"a":"clash","__proto__":"p"}') as object;
    const line = jsonLine(['a', 'b', OTHER_KEYS], ['x', 2, others]);
    expect(line).toBe('{"a":"x","b":2,"email":"e","nested":{"k":[1]},"a~2":"clash","__proto__":"p"}\n');
    expect(jsonLine(['a', OTHER_KEYS], ['x', undefined])).toBe('{"a":"x"}\n');
    // A first-record key "__proto__" is written as a key, not lost to the prototype.
    expect(jsonLine(['__proto__'], ['v'])).toBe('{"__proto__":"v"}\n');
    expect(new RecordEncoder('jsonl', ['id', OTHER_KEYS]).encode([1, { later: true }])).toBe('{"id":1,"later":true}\n');
  });

  it('encodes plain records as JSON.stringify does, and nested values, bigints and dates as before', () => {
    expect(jsonLine(['a', 'b', 'c'], ['x"y', 3, null])).toBe(`${JSON.stringify({ a: 'x"y', b: 3, c: null })}\n`);
    expect(jsonLine(['a', 'b'], [undefined, 'kept'])).toBe('{"b":"kept"}\n');
    expect(jsonLine(['n'], [12345678901234567890n])).toBe('{"n":"12345678901234567890"}\n');
    expect(jsonLine(['o'], [{ big: 1n, when: new Date(Date.UTC(2024, 0, 2)) }])).toBe('{"o":{"big":"1","when":"2024-01-02T00:00:00.000Z"}}\n');
  });
});
