// Bias metrics end to end (stream the CSV, aggregate, all disparities, 1000 bootstrap resamples)
// against pandas (`read_csv` + `groupby`) on the same file, same run. BENCH_BIAS_ROWS sets the size
// (default 10 million). Each side runs in its own process so peak RSS is its own; a run at a tenth of
// the size shows whether memory stays flat as rows grow. The file goes to the OS temp folder and is deleted.
// CPU time (user + system) is reported beside wall time: on a shared machine it is the steadier figure.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate } from '../checks/bias/aggregate.js';
import { rng } from '../checks/bias/bootstrap.js';
import { evaluate } from '../checks/bias/evaluate.js';

const FEATURES = ['race', 'sex', 'age_group'];

/** Child mode: measure our side on one file and print JSON. */
async function child(file: string): Promise<void> {
  const t = performance.now();
  const agg = await aggregate({
    absPath: file,
    display: 'bench.csv',
    label: 'label',
    prediction: 'prediction',
    positive: new Set(['1']),
    negative: new Set(['0']),
    features: FEATURES,
    where: () => ({ file: 'bench' }),
  });
  const partitions = [[0], [1], [2], [0, 1], [0, 2], [1, 2]];
  const r = evaluate(agg, { partitions, minGroupSize: 30, referenceGroups: {}, resamples: 1000, confidence: 0.95, seed: 1 });
  const ms = performance.now() - t;
  const ru = process.resourceUsage();
  const cpuMs = (ru.userCPUTime + ru.systemCPUTime) / 1000;
  const dpd = Object.fromEntries(Object.entries(r.features).map(([k, f]) => [k, f.disparities.demographicParityDifference]));
  console.log(JSON.stringify({ ms, cpuMs, maxRssMiB: ru.maxRSS / 1024, rows: agg.rows, dpd }));
}

async function generate(file: string, rows: number): Promise<void> {
  const rand = rng(2024);
  const races = ['White', 'Black', 'Asian', 'Hispanic', 'Other'];
  const raceCut = [0.6, 0.75, 0.85, 0.97, 1];
  const ages = ['18-25', '26-40', '41-60', '60+'];
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('id,label,prediction,score,race,sex,age_group\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const u = rand();
    const race = races[raceCut.findIndex((c) => u < c)]!;
    const sex = rand() < 0.52 ? 'F' : 'M';
    const age = ages[Math.floor(rand() * 4)]!;
    const label = rand() < 0.3 + (sex === 'M' ? 0.05 : 0) ? 1 : 0;
    const score = Math.min(1, Math.max(0, 0.35 * label + 0.65 * rand() - (race === 'Black' ? 0.05 : 0)));
    buf += `${i},${label},${score >= 0.5 ? 1 : 0},${score.toFixed(3)},${race},${sex},${age}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((r) => out.end(r));
}

const PANDAS = `
import json, resource, sys, time
t = time.perf_counter()
import pandas as pd
feats = ${JSON.stringify(FEATURES)}
df = pd.read_csv(sys.argv[1], usecols=['label', 'prediction'] + feats)
pairs = [[f] for f in feats] + [[a, b] for i, a in enumerate(feats) for b in feats[i + 1:]]
dpd = {}
for keys in pairs:
    g = df.groupby(keys + ['label', 'prediction'], observed=True).size().unstack(['label', 'prediction'], fill_value=0)
    tn, fp, fn, tp = (g.get((l, p), 0) for l, p in [(0, 0), (0, 1), (1, 0), (1, 1)])
    n = tn + fp + fn + tp
    sr = (tp + fp) / n
    tpr = (tp / (tp + fn)).fillna(0)
    fpr = (fp / (fp + tn)).fillna(0)
    dpd['*'.join(keys)] = float(sr.max() - sr.min())
    _ = (tpr.max() - tpr.min(), fpr.max() - fpr.min(), (tpr.min() / tpr.max()), (fpr.min() / fpr.max()))
ms = (time.perf_counter() - t) * 1000
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({'ms': ms, 'cpuMs': (ru.ru_utime + ru.ru_stime) * 1000, 'maxRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'rows': len(df), 'dpd': dpd, 'pandas': pd.__version__}))
`;

type Result = { ms: number; cpuMs: number; maxRssMiB: number; rows: number; dpd: Record<string, number>; pandas?: string };

function runOurs(file: string): Result {
  const r = spawnSync(process.execPath, [process.argv[1]!], { env: { ...process.env, BENCH_BIAS_CHILD: file }, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`our side failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Result;
}

function runPandas(dir: string, file: string): Result | string {
  const script = join(dir, 'pandas_bias.py');
  writeFileSync(script, PANDAS);
  const r = spawnSync('/usr/bin/python3', [script, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.error || r.status !== 0) {
    return /No module named 'pandas'/.test(r.stderr ?? '')
      ? 'pandas is not installed for /usr/bin/python3 (apt-get install -y python3-pandas)'
      : `pandas run failed: ${r.error?.message ?? r.stderr.trim().split('\n').pop()}`;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Result;
}

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_BIAS_ROWS ?? 10_000_000);
  if (!Number.isInteger(rows) || rows < 1000) throw new Error(`BENCH_BIAS_ROWS must be an integer ≥ 1000, got "${process.env.BENCH_BIAS_ROWS}"`);
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-bias-bench-'));
  try {
    const small = join(dir, 'small.csv');
    const big = join(dir, 'predictions.csv');
    let t = performance.now();
    await generate(small, Math.round(rows / 10));
    await generate(big, rows);
    const size = statSync(big).size / 1024 / 1024;
    console.log(`bias metrics, ${rows.toLocaleString('en')} rows × 3 sensitive features (${size.toFixed(0)} MiB CSV, generated in ${((performance.now() - t) / 1000).toFixed(1)} s; Node ${process.version})`);
    t = performance.now();
    const oursSmall = runOurs(small);
    const ours = runOurs(big);
    const pandas = runPandas(dir, big);
    const line = (name: string, r: Result) =>
      console.log(`  ${name.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(7)} s   CPU ${(r.cpuMs / 1000).toFixed(2).padStart(6)} s   peak RSS ${r.maxRssMiB.toFixed(0).padStart(5)} MiB`);
    line('modelgate (+1000 bootstrap)', ours);
    line(`modelgate at ${(rows / 10).toLocaleString('en')} rows`, oursSmall);
    console.log(`  memory growth for 10× the rows     ${(ours.maxRssMiB / oursSmall.maxRssMiB).toFixed(2)}×`);
    if (typeof pandas === 'string') {
      console.log(`  pandas                             NOT RUN: ${pandas}`);
    } else {
      line(`pandas ${pandas.pandas} read_csv+groupby`, pandas);
      console.log(`  time ratio pandas/ours             ${(pandas.ms / ours.ms).toFixed(2)} (above 1: we are faster)`);
      console.log(`  CPU-time ratio pandas/ours         ${(pandas.cpuMs / ours.cpuMs).toFixed(2)}`);
      console.log(`  memory ratio pandas/ours           ${(pandas.maxRssMiB / ours.maxRssMiB).toFixed(2)}`);
      const worst = Math.max(...Object.keys(pandas.dpd).map((k) => Math.abs(pandas.dpd[k]! - (ours.dpd[k] ?? NaN))));
      const agree = worst < 1e-9;
      console.log(`  demographic parity agrees          ${agree ? 'yes' : 'NO'} (max |Δ| ${worst.toExponential(1)} over ${Object.keys(pandas.dpd).length} features/intersections)`);
      if (!agree) process.exitCode = 1;
    }
    if (ours.rows !== rows) throw new Error(`read ${ours.rows} rows, expected ${rows}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_BIAS_CHILD) await child(process.env.BENCH_BIAS_CHILD);
else await main();
