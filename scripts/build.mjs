// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, then regenerates
// schemas/ from the zod schemas through the freshly built CLI. Deterministic: CI rebuilds and diffs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ?? join(root, 'dist');

// The @actions/* packages are ESM, many of their dependencies CommonJS: give bundled CJS a `require`.
const banner = "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);";

rmSync(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
  charset: 'utf8',
};
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir, banner: { js: banner } });
await build({ ...common, entryPoints: { cli: 'src/cli-entry.ts' }, outdir, banner: { js: `#!/usr/bin/env node\n${banner}` } });

if (!process.argv[2]) execFileSync(process.execPath, [join(outdir, 'cli.js'), 'schema', '--write', join(root, 'schemas')], { stdio: 'ignore' });
