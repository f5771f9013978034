// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, then regenerates
// schemas/ from the zod schemas through the freshly built CLI. Deterministic: CI rebuilds and diffs.
// Code splitting keeps rarely needed parts (GitHub client, CEL engine) in chunks loaded on demand,
// which keeps the action's cold start short.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
// Licenses of the bundled packages, as the runner executes their code from dist/.
const packageDirs = new Set(Object.keys(result.metafile.inputs).map((p) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]).filter(Boolean));
const lines = [...packageDirs].map((dir) => {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return `${pkg.name}@${pkg.version}: ${pkg.license ?? 'see the package'}`;
});
writeFileSync(join(outdir, 'licenses.txt'), `Packages bundled in dist/ and their licenses:\n${[...new Set(lines)].sort().join('\n')}\n`);

if (!process.argv[2]) execFileSync(process.execPath, [join(outdir, 'cli.js'), 'schema', '--write', join(root, 'schemas')], { stdio: 'ignore' });

