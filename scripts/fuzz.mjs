// npm run fuzz: the fuzz suite (test/unit/fuzz, test/e2e/fuzz-cli.test.ts) at nightly size. Every
// property appends its figures to a stats file; this script sums them per reader and in total, prints
// them with the seed, and exits non-zero on any crash, hang or leak, on a failed test, or when fewer
// inputs than asked for were run. The CLI fuzz runs the bundle built into a temporary folder (dist/ is
// left alone). Environment: MODELGATE_FUZZ_RUNS (reader inputs, default 110000), MODELGATE_FUZZ_CLI_RUNS
// (CLI runs, default 300), MODELGATE_FUZZ_SEED (default 22; a nightly job may pass the date).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MIN_INPUTS = 100_000;
const runs = process.env.MODELGATE_FUZZ_RUNS ?? '110000';
const cliRuns = process.env.MODELGATE_FUZZ_CLI_RUNS ?? '300';
const seed = process.env.MODELGATE_FUZZ_SEED ?? '22';
// A hang the per-input bound cannot catch (a synchronous loop) stops the whole run here.
const WATCHDOG_MS = Number(process.env.MODELGATE_FUZZ_WATCHDOG_MS ?? 3 * 3600 * 1000);

const tmp = mkdtempSync(join(tmpdir(), 'modelgate-fuzz-'));
const stats = join(tmp, 'stats.jsonl');
const trace = join(tmp, 'current-input');
console.log(`modelgate fuzz: seed ${seed}, ${runs} reader inputs, ${cliRuns} CLI runs (reproduce: MODELGATE_FUZZ_SEED=${seed} MODELGATE_FUZZ_RUNS=${runs} npm run fuzz)`);

const started = Date.now();
const child = spawn(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/unit/fuzz', 'test/e2e/fuzz-cli.test.ts', '--testTimeout=0'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    MODELGATE_FUZZ_RUNS: runs,
    MODELGATE_FUZZ_CLI_RUNS: cliRuns,
    MODELGATE_FUZZ_SEED: seed,
    MODELGATE_FUZZ_STATS: stats,
    MODELGATE_FUZZ_TRACE: trace,
    MODELGATE_DIST: join(tmp, 'dist'),
  },
});
let watchdogFired = false;
const watchdog = setTimeout(() => {
  watchdogFired = true;
  child.kill('SIGKILL');
}, WATCHDOG_MS);
const code = await new Promise((done) => child.on('close', (c) => done(c ?? 1)));
clearTimeout(watchdog);

const rows = existsSync(stats) ? readFileSync(stats, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const byReader = new Map();
for (const r of rows) {
  const t = byReader.get(r.reader) ?? { inputs: 0, crashes: 0, hangs: 0, leaks: 0, ms: 0, failures: [] };
  for (const k of ['inputs', 'crashes', 'hangs', 'leaks', 'ms']) t[k] += r[k];
  if (r.failure) t.failures.push(`${r.property}: ${r.failure}`);
  byReader.set(r.reader, t);
}
const total = { inputs: 0, crashes: 0, hangs: 0, leaks: 0, ms: 0 };
const line = (name, t) => `${name.padEnd(28)}${String(t.inputs).padStart(9)}${String(t.crashes).padStart(9)}${String(t.hangs).padStart(7)}${String(t.leaks).padStart(7)}${(t.ms / 1000).toFixed(1).padStart(10)}`;
console.log(`\n${'reader'.padEnd(28)}${'inputs'.padStart(9)}${'crashes'.padStart(9)}${'hangs'.padStart(7)}${'leaks'.padStart(7)}${'time (s)'.padStart(10)}`);
for (const [name, t] of [...byReader].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(line(name, t));
  for (const k of Object.keys(total)) total[k] += t[k];
}
console.log(line('total', total));
console.log(`wall clock ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}`);

const problems = [];
if (watchdogFired) {
  const last = readdirSync(tmp).filter((f) => f.startsWith('current-input.')).map((f) => readFileSync(join(tmp, f), 'utf8').slice(0, 2000));
  problems.push(`hang: the run was stopped after ${WATCHDOG_MS / 1000} s; inputs in progress:\n${last.join('\n')}`);
}
if (code !== 0) problems.push(`the fuzz tests failed (vitest exit code ${code}); the first failure of each property is above, with fast-check's seed and path`);
if (total.crashes + total.hangs + total.leaks > 0) problems.push(`${total.crashes} crash(es), ${total.hangs} hang(s), ${total.leaks} leak(s)`);
for (const [name, t] of byReader) for (const f of t.failures) problems.push(`${name} ${f.split('\n').slice(0, 3).join(' | ')}`);
const readerInputs = total.inputs - (byReader.get('cli')?.inputs ?? 0);
if (readerInputs < MIN_INPUTS && Number(runs) >= MIN_INPUTS) problems.push(`only ${readerInputs} reader inputs ran (at least ${MIN_INPUTS} expected)`);
rmSync(tmp, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`\nmodelgate fuzz: FAILED\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nmodelgate fuzz: 0 crashes, 0 hangs, 0 leaks');
