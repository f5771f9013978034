// Cold start of the bundled action on the titanic example, run the way the GitHub runner runs it:
// the whole example (every check does its work) and the engine with one light check, beside a bare
// `node -e 0` (the floor no Node action can beat).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
const RUNS = 7;
const entry = join(root, 'dist', 'index.js');
// The release the example pipeline made (`npm run example` writes it).
const example = 'examples/titanic/out/model-release.yaml';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function time(args: string[], env: NodeJS.ProcessEnv, before?: () => void): { ms: number[]; status: number | null; stderr: string } {
  const ms: number[] = [];
  let status: number | null = 0;
  let stderr = '';
  for (let i = 0; i < RUNS; i++) {
    before?.();
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
    ms.push(performance.now() - t);
    status = r.status;
    stderr = r.stderr;
  }
  return { ms, status, stderr };
}

/** Bytes of a module and every chunk it imports statically (what Node parses before the action starts). */
function staticClosure(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let total = statSync(file).size;
  for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) total += staticClosure(join(dirname(file), m[1]!), seen);
  return total;
}

function totalJs(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

const kib = (p: string): string => (existsSync(p) ? `${(statSync(p).size / 1024).toFixed(1)} KiB` : 'missing');

if (!existsSync(entry)) {
  console.log('dist/index.js not found: run `npm run build` first. Startup benchmark skipped.');
} else if (!existsSync(join(root, example))) {
  console.log(`${example} not found: run \`npm run example\` first. Startup benchmark skipped.`);
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'modelgate-startup-bench-'));
  try {
    const summary = join(tmp, 'summary.md');
    const output = join(tmp, 'output.txt');
    // A clean environment: nothing inherited from a surrounding workflow step.
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(k)));
    const env: NodeJS.ProcessEnv = {
      ...base,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: root,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      INPUT_MANIFEST: example,
      INPUT_POLICY: 'examples/titanic/out/policy.waived.yaml',
      INPUT_MODE: 'enforce',
      INPUT_COMMENT: 'true',
    };
    // The runner starts each step with empty command files.
    const fresh = () => {
      writeFileSync(summary, '');
      writeFileSync(output, '');
    };
    const action = time([entry], env, fresh);
    // The engine alone: one light check, the baseline policy (no custom rules, so the CEL engine, a
    // chunk loaded on demand, is never loaded), and none of the other checks' code is imported.
    const noRules = time([entry], { ...env, INPUT_POLICY: '', INPUT_CHECKS: 'lineage' }, fresh);
    const bare = time(['-e', '0'], base);

    const a = median(action.ms);
    const n = median(noRules.ms);
    const b = median(bare.ms);
    const row = (label: string, ms: number[]) => `  ${label.padEnd(44)} median ${median(ms).toFixed(0).padStart(4)} ms   min ${Math.min(...ms).toFixed(0).padStart(4)} ms`;
    console.log(`cold start, ${RUNS} runs each (Node ${process.version})`);
    console.log(`${row('node dist/index.js (titanic, all 7 checks)', action.ms)}   exit code ${action.status}`);
    console.log(`${row('node dist/index.js (lineage only, baseline)', noRules.ms)}   exit code ${noRules.status}`);
    console.log(row('node -e 0 (reference)', bare.ms));
    console.log(`  ratio action/bare node                       ${(a / b).toFixed(2)} (whole example), ${(n / b).toFixed(2)} (engine + lineage)`);
    const loaded = staticClosure(entry);
    console.log(`  bundle: dist/index.js ${kib(entry)}; loaded at start with its static chunks ${(loaded / 1024).toFixed(0)} KiB; all of dist/*.js ${(totalJs(join(root, 'dist')) / 1024).toFixed(0)} KiB`);
    if (action.status !== 0) {
      console.log(`  the action did not pass on the example (exit code ${action.status}):\n${action.stderr.trim().split('\n').slice(-5).join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
