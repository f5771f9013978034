// Folders this process cannot list (mode 000), for fail-closed tests. Root and processes with
// CAP_DAC_OVERRIDE list them anyway: `permissionsApply` probes the kernel rather than guessing from the uid.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const locked: string[] = [];
afterEach(() => {
  // Let the temporary workspaces be removed after the test file; inner folders after their parents.
  for (const d of locked.splice(0).reverse()) chmodSync(d, 0o755);
});

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
