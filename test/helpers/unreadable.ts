// Folders this process cannot list, for fail-closed tests: mode 000 (root and processes with
// CAP_DAC_OVERRIDE list them anyway: `permissionsApply` probes the kernel rather than guessing from the
// uid), and folders nested past the system's path length limit (unlistable for root too).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const locked: string[] = [];
const deep: string[] = [];
afterEach(() => {
  // Let the temporary workspaces be removed after the test file; inner folders after their parents.
  for (const d of locked.splice(0).reverse()) chmodSync(d, 0o755);
  // Node's rmSync walks full paths, which fail past the limit: a child process removes them step by step.
  for (const d of deep.splice(0)) execFileSync(process.execPath, ['-e', REMOVE_DEEP, d]);
});

const SEGMENT = 'd'.repeat(200);
const MAKE_DEEP = `const fs = require('fs'); process.chdir(process.argv[1]);
for (let n = Number(process.argv[2]); n > 0; n--) { fs.mkdirSync(${JSON.stringify(SEGMENT)}); process.chdir(${JSON.stringify(SEGMENT)}); }
fs.writeFileSync('hidden.csv', 'id\\n1\\n');`;
const REMOVE_DEEP = `const fs = require('fs'); process.chdir(process.argv[1]);
let n = 0; while (fs.existsSync(${JSON.stringify(SEGMENT)})) { process.chdir(${JSON.stringify(SEGMENT)}); n++; }
for (; n > 0; n--) { for (const f of fs.readdirSync('.')) fs.rmSync(f, { force: true }); process.chdir('..'); fs.rmdirSync(${JSON.stringify(SEGMENT)}); }`;

/**
 * Nests folders under `dir` (which must exist) until the path passes 5,000 characters, with a CSV file at
 * the bottom: a walk cannot list the deepest ones (ENAMETOOLONG), whoever runs it. Removed after the test.
 */
export function nestPastPathLimit(dir: string): void {
  deep.push(dir);
  execFileSync(process.execPath, ['-e', MAKE_DEEP, dir, String(Math.ceil((5000 - dir.length) / (SEGMENT.length + 1)))]);
}

/** Makes `dir` (and its parents) and takes every permission away from it; restored after the test. */
export function lockFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o000);
  locked.push(dir);
  return dir;
}

/** Whether a mode-000 folder is really unreadable for this process (false as root, or on Windows). */
export const permissionsApply: boolean = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'modelgate-perm-'));
  try {
    chmodSync(probe, 0o000);
    readdirSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o755);
    rmSync(probe, { recursive: true, force: true });
  }
})();
