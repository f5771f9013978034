// The bundled CLI a benchmark runs: the folder named by the bench's variable (else MODELGATE_DIST, else
// dist/), relative to the repository root; an error saying how to build one when it is missing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function bundleCli(variable: string): { cli: string; distName: string } {
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const distName = process.env[variable] ?? process.env.MODELGATE_DIST ?? 'dist';
  const cli = join(resolve(root, distName), 'cli.js');
  if (!existsSync(cli)) throw new Error(`no bundle at ${cli}: build one (node scripts/build.mjs DIR) and set ${variable}`);
  return { cli, distName };
}
