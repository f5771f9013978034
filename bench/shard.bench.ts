// Sharding across matrix jobs, as run here with the shards in sequence: the pii bench data (the seeded
// generator of pii.bench.ts, one CSV file, BENCH_SHARD_MIB MiB, default 100) through the gate as one job
// (worker threads on every core, as the action runs it), then as BENCH_SHARDS shard jobs (default 4,
// one after another) and the merge. Prints wall and CPU time of each, the sum and the maximum of the
// shards, and one-job / max-shard: the speed-up a matrix of that many runners would give (each shard
// on its own runner). Fails when the merged report or outputs differ from the one job's.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGate } from '../src/gate.js';
import { renderJson } from '../src/report/json.js';
import type { Report } from '../src/report/model.js';
import { loadPartials } from '../src/shard/partial.js';
import { runShard } from '../src/shard/run.js';
import { defaultPartialPath } from '../src/shard/spec.js';
import { generate, mainOrPiiWorker } from './pii-data.js';

const MiB = 1024 * 1024;
const MANIFEST = 'apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata: { name: bench, version: 1.0.0, owner: team@example.com }\ndata:\n  scan:\n    - path: bench.csv\n';
// Masking makes every job write its records: the merge interleaves them back into one clean file.
const POLICY = 'pii:\n  actions: { email: mask, phone: mask, us-ssn: mask, credit-card: mask, iban: mask }\n';

interface Timed<T> {
  value: T;
  wall: number;
  cpu: number;
}

async function timed<T>(f: () => Promise<T>): Promise<Timed<T>> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await f();
  const u = process.cpuUsage(c);
  return { value, wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
}

/** The report without timings and timestamps: what a merge must reproduce exactly. */
function comparable(r: Report): string {
  return renderJson({ ...r, startedAt: '', durationMs: 0, checks: r.checks.map((c) => ({ ...c, durationMs: 0 })) });
}

async function main(): Promise<void> {
  const sizeMiB = Number(process.env.BENCH_SHARD_MIB ?? 100);
  const count = Number(process.env.BENCH_SHARDS ?? 4);
  if (!(sizeMiB > 0) || !Number.isInteger(count) || count < 1) throw new Error('BENCH_SHARD_MIB must be a positive number and BENCH_SHARDS a positive integer');
  // The gate finds its pii worker entry beside the running bundle: this bundle serves as one.
  const self = fileURLToPath(import.meta.url);
  copyFileSync(self, join(dirname(self), 'pii-worker.js'));
  const ws = mkdtempSync(join(tmpdir(), 'modelgate-shard-bench-'));
  try {
    const bytes = generate(join(ws, 'bench.csv'), sizeMiB * MiB, 1000);
    writeFileSync(join(ws, 'model-release.yaml'), MANIFEST);
    writeFileSync(join(ws, 'policy.yaml'), POLICY);
    const debug: string[] = [];
    const opts = { workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', checks: ['pii'], logger: { info() {}, warning() {}, debug: (m: string) => debug.push(m) } };
    console.log(`generated ${(bytes / MiB).toFixed(0)} MiB (seeded, one CSV file); ${count} shard(s) in sequence on this machine`);
    const line = (what: string, t: { wall: number; cpu: number }, extra = '') =>
      console.log(`  ${what.padEnd(26)} wall ${t.wall.toFixed(2).padStart(7)} s  CPU ${t.cpu.toFixed(2).padStart(7)} s  ${(bytes / MiB / t.wall).toFixed(1).padStart(6)} MiB/s${extra}`);

    debug.length = 0;
    const single = await timed(() => runGate(opts));
    const threads = debug.find((m) => /worker threads/.test(m));
    line('one job', single, `  (${threads ? threads.replace(/^pii: bench\.csv /, '') : 'main thread'})`);
    rmSync(join(ws, '.modelgate'), { recursive: true, force: true });

    const shards: Array<Timed<unknown>> = [];
    for (let index = 1; index <= count; index++) {
      debug.length = 0;
      const s = await timed(() => runShard({ ...opts, shard: { index, count }, partial: defaultPartialPath({ index, count }) }));
      shards.push(s);
      const how = debug.find((m) => /this shard's parts scanned|scanned again/.test(m));
      line(`shard ${index}/${count}`, s, `  (${how ? how.replace(/^pii: bench\.csv: /, '') : 'blocks of records on the main thread'})`);
    }
    const merged = await timed(async () => runGate({ ...opts, partials: loadPartials(ws, ['.modelgate/partial-*.json']) }));
    line('merge', merged);
    const sum = { wall: shards.reduce((a, s) => a + s.wall, 0), cpu: shards.reduce((a, s) => a + s.cpu, 0) };
    const max = shards.reduce((a, s) => (s.wall > a.wall ? s : a));
    line('shards, sum', sum);
    line('shards, max (slowest)', max);
    line('slowest shard + merge', { wall: max.wall + merged.wall, cpu: max.cpu + merged.cpu });
    const maxCpu = Math.max(...shards.map((s) => s.cpu));
    console.log(`  ratio one job / slowest shard          ${(single.wall / max.wall).toFixed(2)}  (the speed-up of the detection stage on ${count} runners; in CPU time ${(single.cpu / maxCpu).toFixed(2)})`);
    console.log(`  ratio one job / (slowest shard + merge) ${(single.wall / (max.wall + merged.wall)).toFixed(2)}  (end to end, jobs started together)`);
    console.log(`  ratio shards' CPU sum / one job's CPU   ${(sum.cpu / single.cpu).toFixed(2)}  (the extra work: every shard cuts the whole file into parts)`);
    const same = comparable(merged.value) === comparable(single.value);
    console.log(`  merged report equals the one job's (findings, facts, outputs' sha256): ${same ? 'yes' : 'NO'}; verdict ${merged.value.verdict}`);
    console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (whole process)`);
    if (!same) throw new Error('the merged report differs from the one job\'s');
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

// The gate's pool loads this bundle as pii-worker.js: there it serves the part scanner.
await mainOrPiiWorker(main);
