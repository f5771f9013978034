// Streamed sha256 (src/io/hash.ts) against `openssl dgst -sha256` on the same file, same run.
// BENCH_HASH_MIB sets the file size (default 1024 MiB). The file is written to the OS temp folder
// and deleted afterwards; it is in the page cache for every run, so both sides measure hashing, not the disk.
import { spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HASH_CHUNK_BYTES, sha256File } from '../src/io/hash.js';

const MiB = 1024 * 1024;
const sizeMiB = Number(process.env.BENCH_HASH_MIB ?? 1024);
if (!Number.isFinite(sizeMiB) || sizeMiB <= 0) throw new Error(`BENCH_HASH_MIB must be a positive number, got "${process.env.BENCH_HASH_MIB}"`);
const RUNS = 3; // best of

const rate = (ms: number): number => sizeMiB / (ms / 1000);
const fmt = (ms: number): string => `${rate(ms).toFixed(0).padStart(6)} MiB/s  (${ms.toFixed(0)} ms)`;

/** The same streamed hash with another chunk size: the measurement behind HASH_CHUNK_BYTES. */
async function streamed(path: string, chunk: number): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(path, { highWaterMark: chunk })) h.update(c as Buffer);
  return h.digest('hex');
}

function openssl(path: string): string | undefined {
  const r = spawnSync('openssl', ['dgst', '-sha256', '-r', path], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return /^([0-9a-f]{64})/.exec(r.stdout)?.[1];
}

const dir = mkdtempSync(join(tmpdir(), 'modelgate-hash-bench-'));
const file = join(dir, 'random.bin');
try {
  const chunk = Buffer.allocUnsafe(4 * MiB);
  const fd = openSync(file, 'w');
  try {
    for (let left = sizeMiB * MiB; left > 0; left -= chunk.length) {
      randomFillSync(chunk);
      writeSync(fd, chunk, 0, Math.min(left, chunk.length));
    }
    fsyncSync(fd); // let writeback finish before timing
  } finally {
    closeSync(fd);
  }

  // Interleaved rounds, best of RUNS: no contender profits from running last (page cache,
  // CPU clock ramp-up). The openssl probe just below also serves as a warm-up read.
  const hasOpenssl = openssl(file) !== undefined;
  const variants: Array<[string, number]> = [
    ['64 KiB', 64 * 1024],
    ['1 MiB', MiB],
    ['4 MiB', 4 * MiB],
  ];
  const best = { ours: Infinity, openssl: Infinity, chunks: variants.map(() => Infinity) };
  let ourDigest = { sha256: '', size: 0 };
  let refDigest: string | undefined;
  for (let round = 0; round < RUNS; round++) {
    let t = performance.now();
    ourDigest = await sha256File(file);
    best.ours = Math.min(best.ours, performance.now() - t);
    if (hasOpenssl) {
      t = performance.now();
      refDigest = openssl(file);
      best.openssl = Math.min(best.openssl, performance.now() - t);
    }
    for (const [i, [, bytes]] of variants.entries()) {
      t = performance.now();
      await streamed(file, bytes);
      best.chunks[i] = Math.min(best.chunks[i]!, performance.now() - t);
    }
  }

  console.log(`sha256 of ${sizeMiB} MiB of random bytes, best of ${RUNS} (Node ${process.version})`);
  console.log(`  modelgate sha256File      ${fmt(best.ours)}   chunk ${HASH_CHUNK_BYTES / 1024} KiB`);
  if (hasOpenssl) {
    console.log(`  openssl dgst -sha256      ${fmt(best.openssl)}`);
    console.log(`  ratio ours/openssl        ${(best.openssl / best.ours).toFixed(2)}`);
    const agree = refDigest === ourDigest.sha256;
    console.log(`  digests agree             ${agree ? 'yes' : `NO (ours ${ourDigest.sha256}, openssl ${refDigest})`}`);
    if (!agree) process.exitCode = 1;
  } else {
    console.log('  openssl dgst -sha256      not available on PATH (reference skipped)');
  }
  console.log('  stream chunk size:');
  for (const [i, [label]] of variants.entries()) console.log(`    ${label.padEnd(22)} ${fmt(best.chunks[i]!)}`);
  if (ourDigest.size !== sizeMiB * MiB) throw new Error(`sha256File read ${ourDigest.size} bytes, expected ${sizeMiB * MiB}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
