// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, then regenerates
// schemas/ from the zod schemas through the freshly built CLI. Deterministic: CI rebuilds and diffs.
// Code splitting keeps rarely needed parts (GitHub client, CEL engine) in chunks loaded on demand,
// which keeps the action's cold start short.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackageDirs, licensesText } from './licenses.mjs';
import { NODE_BUNDLE } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ?? join(root, 'dist');

const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts', 'pii-worker': 'checks/pii/worker-entry.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  ...NODE_BUNDLE,
  splitting: true,
  legalComments: 'none',
  minifySyntax: true,
  minifyWhitespace: true,
  charset: 'utf8',
  metafile: true,
  write: false,
});

rmSync(outdir, { recursive: true, force: true });
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const cli = file.path === join(outdir, 'cli.js');
  writeFileSync(file.path, cli ? `#!/usr/bin/env node\n${file.text}` : file.text);
  if (cli) chmodSync(file.path, 0o755);
}
// Licenses of the bundled packages with their texts and notices, as dist/ redistributes their code.
writeFileSync(join(outdir, 'licenses.txt'), licensesText(root, bundledPackageDirs(result.metafile)));

if (!process.argv[2]) execFileSync(process.execPath, [join(outdir, 'cli.js'), 'schema', '--write', join(root, 'schemas')], { stdio: 'ignore' });

