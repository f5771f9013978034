#!/usr/bin/env node
// `npm run example`: runs the titanic release pipeline (pipeline.ts) on Node 20 without a
// TypeScript loader: esbuild (a devDependency) bundles the example's TypeScript into out/.build/,
// then it runs. Packages stay external (resolved from node_modules); ModelGate itself is not
// rebuilt: every gate decision comes from the committed dist/cli.js (or --cli).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// One bundle per process, so two runs (a test and a person) never share a file.
const bundle = join(here, 'out', '.build', `pipeline-${process.pid}.mjs`);
try {
  await build({
    entryPoints: [join(here, 'pipeline.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(process.argv.slice(2), here);
} catch (e) {
  console.error(`example: error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
} finally {
  rmSync(bundle, { force: true });
}
