// A run stopped by a signal while it writes: the signal is sent once a temporary output holding a
// planted value is on disk, so the test knows the process was killed mid-write with raw data pending.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Every file under `dir` (recursively), absolute. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Files under `dir` whose bytes hold `value` (a file removed while this looks is not one). */
export function filesHolding(dir: string, value: string): string[] {
  return filesUnder(dir).filter((f) => {
    try {
      return readFileSync(f).includes(value);
    } catch {
      return false;
    }
  });
}

/**
 * Sends `signal` to `child` as soon as a `*.tmp` file under `dir` holds `planted`; resolves with
 * whether that happened before the child exited on its own.
 */
export async function signalWhenTempHolds(child: ChildProcess, dir: string, planted: string, signal: NodeJS.Signals): Promise<boolean> {
  let exited = false;
  child.once('exit', () => (exited = true));
  while (!exited) {
    if (filesHolding(dir, planted).some((f) => f.endsWith('.tmp'))) {
      child.kill(signal);
      return true;
    }
    await sleep(20);
  }
  return false;
}
