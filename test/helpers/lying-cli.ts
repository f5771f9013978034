// A ModelGate CLI that runs the real one but always exits 0: what an example pipeline must catch when a
// gate decision it expects to block "passes".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the lying CLI into a new temporary folder; returns its path and the folder (to remove). */
export function lyingCli(realCli: string): { cli: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-example-cli-'));
  const cli = join(dir, 'cli.mjs');
  writeFileSync(cli, `import { spawnSync } from 'node:child_process';\nspawnSync(process.execPath, [${JSON.stringify(realCli)}, ...process.argv.slice(2)], { stdio: 'inherit' });\nprocess.exitCode = 0;\n`);
  return { cli, dir };
}
