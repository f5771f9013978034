import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASH_CHUNK_BYTES, mapLimit, sha256File } from '../../../src/io/hash.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-hash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic bytes (not all-zero, so a chunking bug changes the digest). */
function content(size: number): Buffer {
  const b = Buffer.alloc(size);
  let x = 0x9e3779b9;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}
const expected = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('sha256File', () => {
  it('gives the well-known digest of an empty file', async () => {
    const p = join(dir, 'empty');
    writeFileSync(p, '');
    await expect(sha256File(p)).resolves.toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 0,
    });
  });

  it.each([1, 1000, HASH_CHUNK_BYTES - 1, HASH_CHUNK_BYTES, HASH_CHUNK_BYTES + 1, 3 * HASH_CHUNK_BYTES + 12345])(
    'matches an in-memory digest for %i bytes',
    async (size) => {
      const b = content(size);
      const p = join(dir, `f-${size}`);
      writeFileSync(p, b);
      await expect(sha256File(p)).resolves.toEqual({ sha256: expected(b), size });
    },
  );

  it('rejects with the OS error for a missing file', async () => {
    await expect(sha256File(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects with an AbortError when the signal is already aborted', async () => {
    const p = join(dir, 'abort-pre');
    writeFileSync(p, content(10));
    await expect(sha256File(p, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops with an AbortError when aborted mid-stream', async () => {
    const p = join(dir, 'abort-mid');
    writeFileSync(p, content(8 * HASH_CHUNK_BYTES));
    const ac = new AbortController();
    const pending = sha256File(p, ac.signal);
    ac.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps the reason of a timeout', async () => {
    const p = join(dir, 'abort-timeout');
    writeFileSync(p, content(10));
    const signal = AbortSignal.timeout(0);
    await new Promise((r) => setTimeout(r, 20));
    await expect(sha256File(p, signal)).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('mapLimit', () => {
  it('keeps input order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([50, 10, 30, 0, 20, 5], 2, async (ms, i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:50', '1:10', '2:30', '3:0', '4:20', '5:5']);
    expect(peak).toBe(2);
  });

  it('handles an empty list', async () => {
    await expect(mapLimit([], 4, async () => 1)).resolves.toEqual([]);
  });

  it('falls back to the default parallelism for a non-positive limit', async () => {
    await expect(mapLimit([1, 2, 3], 0, async (x) => x * 2)).resolves.toEqual([2, 4, 6]);
  });

  it('rejects on the first failure and starts no further item', async () => {
    const started: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4], 1, async (x) => {
      started.push(x);
      if (x === 1) throw new Error('boom');
      return x;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
  });
});
