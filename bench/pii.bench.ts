// PII scan throughput against ripgrep with an equivalent pattern set, on the same generated files.
// BENCH_PII_MIB sets the total size (default 1024 MiB). A seeded generator writes realistic personal
// data in some columns (names, emails, phones, SSNs, cards, IBANs, IPs, dates of birth, free text)
// into one file per core (ripgrep parallelises over files, not within one). The check's way is
// measured: files one after another, each cut into parts scanned by one worker thread per core
// (checks/pii/parallel.ts; this bundle is its own worker entry), after the first file on the main
// thread alone (single-core figure), the CSV reader alone, and the reader plus one pass over every
// value's characters (the least any per-value scan does: its floor). Peak RSS is the process maximum
// (worker threads included). BENCH_PII_THREADS overrides the number of worker threads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { piiConfigSchema } from '../checks/pii/config.js';
import { PiiWorkerPool, scanCsvParallel } from '../checks/pii/parallel.js';
import { cellFeaturesUnhashed } from '../checks/pii/detectors/types.js';
import { resolvePolicy, scanTable, type TableScan } from '../checks/pii/scan.js';
import { openTable } from '../src/io/tabular/index.js';
import { generate, mainOrPiiWorker, RG_PATTERNS } from './pii-data.js';

const MiB = 1024 * 1024;
const config = piiConfigSchema.parse({});

function hitsOf(r: TableScan): number {
  return Object.values(r.counts).reduce((a, b) => a + b, 0);
}

async function scanFile(path: string): Promise<TableScan> {
  // The check's batch size (openTable's default), as the check's main-thread path reads.
  const table = await openTable(path, { display: 'bench.csv', format: 'csv' });
  return scanTable(table.columns, table.batches, { display: 'bench.csv', policy: resolvePolicy(config) });
}

async function scanFileParallel(pool: PiiWorkerPool, path: string): Promise<TableScan> {
  const r = await scanCsvParallel(pool, path, { display: 'bench.csv', gzip: false, tsv: false, config, table: { display: 'bench.csv', policy: resolvePolicy(config) } });
  if (!r) throw new Error('the parallel scan fell back to the main thread');
  return r;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function main(): Promise<void> {
  const sizeMiB = Number(process.env.BENCH_PII_MIB ?? 1024);
  if (!Number.isFinite(sizeMiB) || sizeMiB <= 0) throw new Error(`BENCH_PII_MIB must be a positive number, got "${process.env.BENCH_PII_MIB}"`);
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-bench-'));
  try {
    const parts = Array.from({ length: cores }, (_, i) => join(dir, `part-${i}.csv`));
    let total = 0;
    const tg = performance.now();
    parts.forEach((p, i) => (total += generate(p, (sizeMiB * MiB) / cores, 1000 + i)));
    console.log(`generated ${(total / MiB).toFixed(0)} MiB in ${cores} file(s) in ${((performance.now() - tg) / 1000).toFixed(1)} s (seeded)`);

    // ripgrep first: it also warms the page cache for both sides. Twice: with its default Unicode
    // classes (\d, \b over all scripts), and with --no-unicode, the classes our patterns use (ASCII).
    let rgMs: number | undefined;
    let rgAsciiMs: number | undefined;
    const probe = spawnSync('rg', ['--version'], { encoding: 'utf8' });
    if (!probe.error && probe.status === 0) {
      const rg = (extra: string[], label: string): number => {
        const t = performance.now();
        const r = spawnSync('rg', ['--count-matches', '--no-filename', ...extra, ...RG_PATTERNS.flatMap((p) => ['-e', p]), ...parts], { encoding: 'utf8', maxBuffer: 64 * MiB });
        const ms = performance.now() - t;
        const matches = r.stdout.trim().split('\n').reduce((a, l) => a + Number(l || 0), 0);
        console.log(`  ${label.padEnd(38)}${(total / MiB / (ms / 1000)).toFixed(1).padStart(7)} MiB/s  ${(ms / 1000).toFixed(1)} s, ${matches} matches, ${(total / 1e6 / (ms / 1000) / cores).toFixed(1)} MB/s per core`);
        return ms;
      };
      rgMs = rg([], `rg (${RG_PATTERNS.length} patterns, all cores)`);
      rgAsciiMs = rg(['--no-unicode'], `rg --no-unicode (ASCII classes)`);
    } else console.log('  rg not installed (apt-get install -y ripgrep): no reference figure');

    // One core on the main thread first (the path of small files and of `modelgate pii scan`, which runs in
    // a process of its own). After the worker phases (this thread allocates little while the workers scan)
    // its scavenges freed 3-5 MB each instead of 12-15 and took 15-20 ms instead of 1 (--trace-gc): the
    // batches were promoted, and the reader alone ran at 42 instead of 130 MiB per CPU-second.
    const one = statSync(parts[0]!).size;
    const c3 = cpuSeconds();
    const t3 = performance.now();
    const single = await scanFile(parts[0]!);
    const mainMs = performance.now() - t3;
    console.log(`  modelgate pii, main thread            ${(one / MiB / (mainMs / 1000)).toFixed(1).padStart(7)} MiB/s  on ${(one / MiB).toFixed(0)} MiB, ${single.records} records, ${(one / MiB / (cpuSeconds() - c3)).toFixed(1)} MiB per CPU-second`);
    const c2 = cpuSeconds();
    const t2 = performance.now();
    const table = await openTable(parts[0]!, { display: 'bench.csv', format: 'csv' });
    let n = 0;
    for await (const b of table.batches) n += b.rows.length;
    const readMs = performance.now() - t2;
    console.log(`  CSV reader alone, 1 core             ${(one / MiB / (readMs / 1000)).toFixed(1).padStart(7)} MiB/s  ${n} records, ${(one / MiB / (cpuSeconds() - c2)).toFixed(1)} MiB per CPU-second`);
    // The floor of any scan that reads every character of every value once after the reader: the
    // scan's own first pass (character classes) and nothing else.
    const c4 = cpuSeconds();
    const t4 = performance.now();
    const again = await openTable(parts[0]!, { display: 'bench.csv', format: 'csv' });
    let classes = 0;
    for await (const b of again.batches) for (const row of b.rows) for (const v of row) classes |= cellFeaturesUnhashed(typeof v === 'string' ? v : String(v ?? ''));
    const floorMs = performance.now() - t4;
    const floorCpu = cpuSeconds() - c4;
    console.log(`  CSV reader + one pass over the values  ${(one / MiB / (floorMs / 1000)).toFixed(1).padStart(7)} MiB/s  ${(one / MiB / floorCpu).toFixed(1)} MiB per CPU-second, character classes seen 0x${(classes & 0xff).toString(16)}`);
    console.log(`  ratio main thread / that floor          ${(floorMs / mainMs).toFixed(3)}`);

    // The check's way: files one after another, each on all cores.
    const threads = Number(process.env.BENCH_PII_THREADS ?? cores);
    const pool = new PiiWorkerPool(new URL(import.meta.url), threads);
    let parMs: number;
    let records = 0;
    let hits = 0;
    try {
      const c0 = cpuSeconds();
      const t0 = performance.now();
      for (const p of parts) {
        const r = await scanFileParallel(pool, p);
        records += r.records;
        hits += hitsOf(r);
      }
      parMs = performance.now() - t0;
      const cpu = cpuSeconds() - c0;
      console.log(`  modelgate pii, ${threads} worker thread(s) ${(total / MiB / (parMs / 1000)).toFixed(1).padStart(7)} MiB/s  ${(parMs / 1000).toFixed(1)} s, ${records} records, ${hits} values with a finding, ${(total / MiB / cpu).toFixed(1)} MiB per CPU-second`);
      // The unit: decimal megabytes per second, per core used (wall-clock over the threads).
      console.log(`    per core: ${(total / 1e6 / (parMs / 1000) / Math.min(threads, cores)).toFixed(1)} MB/s on ${Math.min(threads, cores)} core(s), ${(total / 1e6 / cpu).toFixed(1)} MB per CPU-second`);
    } finally {
      await pool.close();
    }

    // One core: the first file on one worker thread (the per-core figure of the check's path).
    const pool1 = new PiiWorkerPool(new URL(import.meta.url), 1);
    try {
      const c1 = cpuSeconds();
      const t1 = performance.now();
      const r1 = await scanFileParallel(pool1, parts[0]!);
      const oneMs = performance.now() - t1;
      console.log(`  modelgate pii, 1 worker thread         ${(one / MiB / (oneMs / 1000)).toFixed(1).padStart(7)} MiB/s  on ${(one / MiB).toFixed(0)} MiB, ${r1.records} records, ${(one / MiB / (cpuSeconds() - c1)).toFixed(1)} MiB per CPU-second`);
    } finally {
      await pool1.close();
    }
    if (rgMs !== undefined) console.log(`  ratio modelgate/rg (all cores)        ${(rgMs / parMs).toFixed(3)}`);
    if (rgAsciiMs !== undefined) console.log(`  ratio modelgate/rg --no-unicode       ${(rgAsciiMs / parMs).toFixed(3)}`);
    console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (whole process, workers included) for ${sizeMiB} MiB of input`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Dispatch last: the tables above must exist before either side runs.
await mainOrPiiWorker(main);
