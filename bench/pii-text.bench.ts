// PII scan throughput on free text (JSON Lines), against ripgrep with the shape patterns of the pii bench over
// the same file. BENCH_PII_TEXT_RECORDS sets the number of records (default 60,000, some 12 MB). A seeded
// generator (test/helpers/free-text.ts) writes short messages in seven languages: most of them ordinary text
// with dates, times, prices, versions, order numbers, URLs and the hard negatives of issue 17 (epoch seconds,
// order numbers, ISBNs…), some 7.5 % with personal data or a secret. First the figure a user gets: the bundled
// CLI (`BENCH_PII_TEXT_DIST`, else MODELGATE_DIST, else dist/) run as a fresh process, `node cli.js pii scan
// FILE --format jsonl --mask OUT`, its CPU time taken from the child's resource usage (start-up, the name lists
// and the compilers' warm-up included); and the same on the first 100 records (start-up alone, about). Then, in
// this process and on the main thread (JSON Lines are not cut into parts for worker threads), the sources of
// this checkout (not the bundle): the check's way (openTable's batches, scanTable, the default policy)
// BENCH_PII_TEXT_ROUNDS times (default 6; the figure is the median of the warm runs, 2 on), and `modelgate pii
// scan FILE --format jsonl --mask OUT` twice (the command, in this process; the second runs are warm and meet
// the same data again, so their caches flatter them). Last, each detector alone over the text field: where the
// time goes. Throughput in decimal MB per CPU-second (the steadier figure on a shared machine) and per wall
// second; ripgrep's CPU time from /usr/bin/time where it is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { piiScanCommand } from '../checks/pii/cli.js';
import { piiConfigSchema } from '../checks/pii/config.js';
import { resolvePolicy, scanTable } from '../checks/pii/scan.js';
import { activeDetectors } from '../checks/pii/detectors/index.js';
import { cellFeaturesUnhashed, FEATURE_KEY } from '../checks/pii/detectors/types.js';
import { runDetectors } from '../src/detect/engine.js';
import { openTable } from '../src/io/tabular/index.js';
import { freeTextLine, freeTextRecord } from '../test/helpers/free-text.js';
import { bundleCli } from './bundle-cli.js';
import { numberEnv } from './env-number.js';
import { RG_PATTERNS, writeLines } from './pii-data.js';

const MB = 1e6;
/**
 * Runs of the check's scan in this process (BENCH_PII_TEXT_ROUNDS, default 6): the first compiles the code,
 * and one warm run's CPU time still moves by some ±10 % with the compiler thread's work (V8 optimises on in
 * the second run, and process.cpuUsage counts that thread): the figure is the median of the warm runs.
 */
const ROUNDS = Math.max(2, numberEnv('BENCH_PII_TEXT_ROUNDS', 6));

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Writes `records` records of the seeded corpus; returns the bytes written and the records carrying personal data. */
function generate(path: string, records: number): { bytes: number; carriers: number } {
  let carriers = 0;
  function* lines(): Generator<string> {
    for (let id = 0; id < records; id++) {
      const rec = freeTextRecord(17, id);
      if (rec.planted.length > 0) carriers++;
      yield freeTextLine(rec);
    }
  }
  const bytes = writeLines(path, lines());
  return { bytes, carriers };
}

/** Runs `work` and prints its throughput over `bytes`; returns its CPU seconds. */
async function timed(label: string, bytes: number, work: () => Promise<string>): Promise<number> {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const note = await work();
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  console.log(`  ${label.padEnd(44)}${(bytes / MB / cpu).toFixed(2).padStart(7)} MB per CPU-second  ${(bytes / MB / wall).toFixed(2).padStart(7)} MB/s wall  (${cpu.toFixed(2)} CPU-s, ${wall.toFixed(2)} s; ${note})`);
  return cpu;
}

/** ripgrep's CPU seconds and match count over the file (one file: one search thread). */
function ripgrep(path: string, bytes: number, extra: string[], label: string): number | undefined {
  const args = ['--count-matches', '--no-filename', ...extra, ...RG_PATTERNS.flatMap((p) => ['-e', p]), path];
  const probe = spawnSync('rg', ['--version']);
  if (probe.error || probe.status !== 0) {
    console.log('  rg not installed (apt-get install -y ripgrep): no reference figure');
    return undefined;
  }
  const hasTime = !spawnSync('/usr/bin/time', ['-f', '%U %S', 'true']).error;
  const t0 = performance.now();
  const r = hasTime ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', 'rg', ...args], { encoding: 'utf8' }) : spawnSync('rg', args, { encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  const times = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  const cpu = times ? Math.max(0.001, Number(times[1]) + Number(times[2])) : wall;
  const matches = Number(r.stdout.trim() || 0);
  console.log(`  ${label.padEnd(44)}${(bytes / MB / cpu).toFixed(2).padStart(7)} MB per CPU-second  ${(bytes / MB / wall).toFixed(2).padStart(7)} MB/s wall  (${cpu.toFixed(2)} CPU-s${times ? '' : ' (wall: no /usr/bin/time)'}, ${matches} matches)`);
  return cpu;
}

/**
 * Prints and returns the CPU seconds of the bundled CLI run as a fresh process in `dir`: `node cli.js
 * pii scan <file> --format jsonl --mask masked.jsonl`. The child's CPU (user + system, every thread)
 * comes from /usr/bin/time, or where it is missing from process.resourceUsage() read at the child's
 * exit by a module preloaded with --import (which leaves out only the process's teardown).
 */
function freshProcess(cli: string, dir: string, file: string, bytes: number, label: string): number {
  const args = [cli, 'pii', 'scan', file, '--format', 'jsonl', '--mask', 'masked.jsonl'];
  const hasTime = !spawnSync('/usr/bin/time', ['-f', '%U %S', 'true']).error;
  const atExit = "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write(`\\ncpu ${u.userCPUTime/1e6} ${u.systemCPUTime/1e6}\\n`)})";
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { cwd: dir, encoding: 'utf8' })
    : spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(atExit)}`, ...args], { cwd: dir, encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status === 2 || r.error) throw new Error(`pii scan failed (exit ${r.status}): ${r.error?.message ?? r.stderr.split('\n').filter((l) => !l.startsWith('cpu ')).slice(-3).join(' ')}`);
  const times = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!times) throw new Error('no CPU time from the child process');
  const cpu = Number(times[1]) + Number(times[2]);
  console.log(`  ${label.padEnd(44)}${(bytes / MB / cpu).toFixed(2).padStart(7)} MB per CPU-second  ${(bytes / MB / wall).toFixed(2).padStart(7)} MB/s wall  (${cpu.toFixed(2)} CPU-s, ${wall.toFixed(2)} s; exit ${r.status})`);
  return cpu;
}

/**
 * CPU per detector over the text field of every record (each detector alone, on the texts its
 * character classes allow, as detectPii runs it): where the scan's time goes, the detectors' own
 * cost (patterns, validators) against the engine's.
 */
function perDetector(file: string): void {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const byType = new Map<string, number>();
  const active = texts.map((t) => activeDetectors(cellFeaturesUnhashed(t) & FEATURE_KEY));
  const detectors = new Set(active.flat());
  let total = 0;
  for (const d of detectors) {
    const c0 = cpuSeconds();
    for (let i = 0; i < texts.length; i++) if (active[i]!.includes(d)) runDetectors(texts[i]!, [d], { context: 'text' });
    const cpu = cpuSeconds() - c0;
    total += cpu;
    byType.set(d.type, (byType.get(d.type) ?? 0) + cpu);
  }
  const top = [...byType].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log(`  detectors alone on the text field (${(bytes / MB).toFixed(2)} MB): ${total.toFixed(2)} CPU-s, ${(bytes / MB / total).toFixed(2)} MB per CPU-second; the most costly:`);
  for (const [type, cpu] of top) console.log(`    ${type.padEnd(22)}${cpu.toFixed(3).padStart(7)} CPU-s  ${((100 * cpu) / total).toFixed(1).padStart(5)} %`);
}

async function main(): Promise<void> {
  const records = Number(process.env.BENCH_PII_TEXT_RECORDS ?? 60_000);
  if (!Number.isInteger(records) || records <= 0) throw new Error(`BENCH_PII_TEXT_RECORDS must be a positive integer, got "${process.env.BENCH_PII_TEXT_RECORDS}"`);
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-pii-text-bench-'));
  try {
    const file = join(dir, 'messages.jsonl');
    const { bytes, carriers } = generate(file, records);
    console.log(`generated ${records} records, ${(bytes / MB).toFixed(2)} MB of JSON Lines, ${carriers} (${((100 * carriers) / records).toFixed(1)} %) carrying personal data (seeded)`);

    // ripgrep first: it also warms the page cache.
    const rgCpu = ripgrep(file, bytes, [], `rg (${RG_PATTERNS.length} shape patterns, Unicode)`);
    const rgAsciiCpu = ripgrep(file, bytes, ['--no-unicode'], 'rg --no-unicode (ASCII classes)');

    // What a user gets: a fresh process of the bundled CLI (start-up and warm-up included).
    const { cli, distName } = bundleCli('BENCH_PII_TEXT_DIST');
    const head = readFileSync(file, 'utf8').split('\n').slice(0, 100).join('\n') + '\n';
    writeFileSync(join(dir, 'first-100.jsonl'), head);
    console.log(`  a fresh process: node ${distName}/cli.js pii scan FILE --format jsonl --mask OUT`);
    freshProcess(cli, dir, 'first-100.jsonl', Buffer.byteLength(head), 'fresh process, first 100 records (start-up)');
    const fresh = Math.min(...[1, 2].map((round) => freshProcess(cli, dir, 'messages.jsonl', bytes, `fresh process, run ${round}`)));

    const config = piiConfigSchema.parse({});
    const check = async (): Promise<string> => {
      const table = await openTable(file, { display: 'messages.jsonl', format: 'jsonl', otherKeys: true });
      const scan = await scanTable(table.columns, table.batches, { display: 'messages.jsonl', policy: resolvePolicy(config) });
      return `${scan.records} records, ${Object.values(scan.counts).reduce((a, b) => a + b, 0)} values with a finding`;
    };
    const out = join(dir, 'masked.jsonl');
    let stderr = '';
    const command = async (): Promise<string> => {
      stderr = '';
      // Paths on the command line are relative to the workspace (the current folder), as a user gives them.
      const cwd = process.cwd();
      process.chdir(dir);
      let code: number;
      try {
        code = await piiScanCommand(['messages.jsonl', '--format', 'jsonl', '--mask', 'masked.jsonl'], { stdout: () => {}, stderr: (s) => void (stderr += s) });
      } finally {
        process.chdir(cwd);
      }
      if (code === 2) throw new Error(`pii scan failed: ${stderr}`);
      return `exit ${code}, ${statSync(out).size} bytes masked output`;
    };
    const cpus: number[] = [];
    const warm: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const cpu = await timed(`pii check scan (main thread), run ${round}`, bytes, check);
      if (round > 1) warm.push(cpu);
      if (round <= 2) cpus.push(cpu, await timed(`modelgate pii scan --format jsonl --mask, run ${round}`, bytes, command));
    }
    const middle = median(warm);
    console.log(`  pii check scan, warm runs 2–${ROUNDS}: median ${(bytes / MB / middle).toFixed(2)} MB per CPU-second (${middle.toFixed(2)} CPU-s; runs ${(bytes / MB / Math.max(...warm)).toFixed(2)}–${(bytes / MB / Math.min(...warm)).toFixed(2)})`);
    const best = Math.min(cpus[2]!, cpus[3]!);
    if (rgCpu !== undefined) console.log(`  ratio modelgate / rg (CPU, fresh process)      ${(rgCpu / fresh).toFixed(3)}`);
    if (rgCpu !== undefined) console.log(`  ratio modelgate / rg (CPU, warm run)           ${(rgCpu / best).toFixed(3)}`);
    if (rgAsciiCpu !== undefined) console.log(`  ratio modelgate / rg --no-unicode (CPU)        ${(rgAsciiCpu / best).toFixed(3)}`);
    perDetector(file);
    console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
