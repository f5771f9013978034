// Directory digest (src/io/artifact-digest.ts: parallel, worker threads) against one
// `openssl dgst -sha256` process over the same files, in the same run. Also prints how many cores our
// hashing kept busy (process CPU time / wall time: 2.0 on an idle 2-core machine means both hashed) and
// the machine's load average, since a shared machine makes every figure noisy.
// BENCH_LINEAGE_MIB sets the directory size (default 2048 MiB), BENCH_LINEAGE_FILES the number of
// files (default 64, sizes vary ±50 %). Files are written to the OS temp folder, fsynced, read once
// so that every contender hashes from the page cache, and deleted afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestTargets, directoryDigest, listDirectory } from '../src/io/artifact-digest.js';

const MiB = 1024 * 1024;
const totalMiB = Number(process.env.BENCH_LINEAGE_MIB ?? process.env.BENCH ?? 2048);
const fileCount = Number(process.env.BENCH_LINEAGE_FILES ?? 64);
if (!(totalMiB > 0) || !(fileCount >= 1)) throw new Error('BENCH_LINEAGE_MIB and BENCH_LINEAGE_FILES must be positive numbers');
const RUNS = 3; // best of

const dir = mkdtempSync(join(tmpdir(), 'modelgate-lineage-bench-'));
const model = join(dir, 'model');
try {
  // Sizes from 0.5× to 1.5× the mean, summing to the total.
  const weights = Array.from({ length: fileCount }, (_, i) => 0.5 + (fileCount === 1 ? 0.5 : i / (fileCount - 1)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.round((w / sum) * totalMiB * MiB)));
  const chunk = Buffer.allocUnsafe(4 * MiB);
  sizes.forEach((size, i) => {
    const sub = join(model, `shard-${String(i % 8)}`);
    mkdirSync(sub, { recursive: true });
    const fd = openSync(join(sub, `weights-${String(i).padStart(5, '0')}.bin`), 'w');
    try {
      for (let left = size; left > 0; left -= chunk.length) {
        randomFillSync(chunk);
        writeSync(fd, chunk, 0, Math.min(left, chunk.length));
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const files = (await listDirectory(model)).files;

  const opensslDigest = (): string | undefined => {
    const r = spawnSync('openssl', ['dgst', '-sha256', '-r', ...files.map((f) => f.abs)], { encoding: 'utf8', maxBuffer: 64 * MiB });
    if (r.error || r.status !== 0) return undefined;
    const digests = r.stdout.trim().split('\n').map((l) => l.slice(0, 64));
    return digests.length === files.length ? directoryDigest(digests) : undefined;
  };
  const hasOpenssl = opensslDigest() !== undefined; // also the warm-up read
  // The machine's ceiling: one openssl process per CPU, each over a share of the files.
  const opensslParallel = async (): Promise<void> => {
    const n = availableParallelism();
    await Promise.all(
      Array.from({ length: n }, (_, k) => {
        const mine = files.filter((_, i) => i % n === k).map((f) => f.abs);
        return mine.length === 0
          ? Promise.resolve()
          : new Promise<void>((res, rej) => {
              const p = spawn('openssl', ['dgst', '-sha256', '-r', ...mine], { stdio: 'ignore' });
              p.on('error', rej);
              p.on('exit', (code) => (code === 0 ? res() : rej(new Error(`openssl exited with ${code}`))));
            });
      }),
    );
  };

  const best = { ours: Infinity, single: Infinity, openssl: Infinity, opensslN: Infinity };
  let first = 0; // the first batch of the process also starts the hashing threads
  let cores = 0; // CPU time / wall time of our best worker-thread round
  let ours = '';
  let single = '';
  let ref: string | undefined;
  for (let round = 0; round < RUNS; round++) {
    let t = performance.now();
    const cpu = process.cpuUsage();
    ours = (await digestTargets([model]))[0]!.sha256!;
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (round === 0) first = ms;
    if (ms < best.ours) {
      best.ours = ms;
      cores = (used.user + used.system) / 1000 / ms;
    }
    t = performance.now();
    single = (await digestTargets([model], { workerThreshold: Infinity }))[0]!.sha256!;
    best.single = Math.min(best.single, performance.now() - t);
    if (hasOpenssl) {
      t = performance.now();
      ref = opensslDigest();
      best.openssl = Math.min(best.openssl, performance.now() - t);
      t = performance.now();
      await opensslParallel();
      best.opensslN = Math.min(best.opensslN, performance.now() - t);
    }
  }
  const rate = (ms: number): string => `${(bytes / MiB / (ms / 1000)).toFixed(0).padStart(6)} MiB/s  (${ms.toFixed(0)} ms)`;
  console.log(`directory digest of ${(bytes / MiB).toFixed(0)} MiB in ${files.length} files, best of ${RUNS} (Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.log(`  modelgate (worker threads)     ${rate(best.ours)}   cores busy ${cores.toFixed(2)}`);
  console.log(`    first batch (threads start)  ${rate(first)}`);
  console.log(`  modelgate (main thread only)   ${rate(best.single)}`);
  if (hasOpenssl) {
    console.log(`  openssl dgst -sha256 (1 proc)  ${rate(best.openssl)}`);
    console.log(`  openssl × ${availableParallelism()} processes (ceiling) ${rate(best.opensslN)}`);
    console.log(`  ratio openssl time / ours      ${(best.openssl / best.ours).toFixed(2)}   (main thread only: ${(best.openssl / best.single).toFixed(2)})`);
    const agree = ref === ours && single === ours;
    console.log(`  digests agree                  ${agree ? 'yes' : `NO (ours ${ours}, main thread ${single}, openssl ${ref})`}`);
    if (!agree) process.exitCode = 1;
  } else {
    console.log('  openssl dgst -sha256           not available on PATH (reference skipped)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
