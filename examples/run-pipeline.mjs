#!/usr/bin/env node
// `npm run example [-- NAME] [options]`: runs examples/NAME/pipeline.ts (default: titanic) on Node 20
// without a TypeScript loader: esbuild (a devDependency) bundles the example's TypeScript into
// NAME/out/.build/, then it runs. Packages stay external (resolved from node_modules); ModelGate itself
// is not rebuilt: every gate decision comes from the committed dist/cli.js (or --cli).
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bundles and runs `exampleDir/pipeline.ts`'s `main(argv, exampleDir)`; sets the exit code. */
export async function runPipeline(exampleDir, argv) {
  // One bundle per process, so two runs (a test and a person) never share a file.
  const bundle = join(exampleDir, 'out', '.build', `pipeline-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [join(exampleDir, 'pipeline.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    const { main } = await import(pathToFileURL(bundle).href);
    process.exitCode = await main(argv, exampleDir);
  } catch (e) {
    console.error(`example: error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  } finally {
    rmSync(bundle, { force: true });
  }
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The first argument names the example when it is one of this folder's (`npm run example -- mnist`).
  const [first, ...rest] = process.argv.slice(2);
  const named = first !== undefined && /^[a-z0-9-]+$/.test(first) && existsSync(join(here, first, 'pipeline.ts'));
  await runPipeline(join(here, named ? first : 'titanic'), named ? rest : process.argv.slice(2));
}
