#!/usr/bin/env node
// Benchmark runner: bundles each bench/*.bench.ts with esbuild (the same way the action is bundled)
// and runs them one after another from the repository root.
//   npm run bench                 all benchmarks
//   npm run bench -- hash         only those whose file name contains "hash"
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (benches.length === 0) {
  console.error(`no benchmark matches ${filters.join(', ') || 'bench/*.bench.ts'}`);
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'modelgate-bench-'));
let failed = 0;
try {
  for (const file of benches) {
    const outfile = join(out, `${basename(file, '.ts')}.mjs`);
    await build({
      entryPoints: [join(root, 'bench', file)],
      outfile,
      ...NODE_BUNDLE,
    });
    console.log(`\n### ${file}`);
    const r = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_REPO_ROOT: root } });
    if (r.status !== 0) {
      failed++;
      console.error(`${file} failed (${r.signal ?? `exit code ${r.status}`})`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
