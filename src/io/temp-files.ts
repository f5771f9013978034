// Temporary output files, in one place. Every output is first written under a temporary name beside
// its target (src/io/atomic.ts, src/io/tabular-write): a quarantine file's temporary holds raw personal
// records, so none may outlive the process. This registry knows every temporary the process has not yet
// renamed or removed; a SIGTERM/SIGINT removes them synchronously before the process exits, and the
// first temporary made in a folder first removes what an earlier, killed run left there.
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.<8 hex>.tmp`: the name of every temporary; the pid says which process made it. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/s;

const live = new Set<string>();
const swept = new Set<string>();

/**
 * A new temporary path beside `path`, registered until `releaseTemp`. The folder must exist; the first
 * temporary in a folder removes the stale ones there (see `removeStaleTemporaries`).
 */
export function tempPathFor(path: string): string {
  const dir = dirname(path);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeStaleTemporaries(dir);
  }
  const tmp = join(dir, `.${tempStem(basename(path))}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  live.add(tmp);
  return tmp;
}

/** The temporary was renamed into place or removed: no longer this registry's to remove. */
export function releaseTemp(tmp: string): void {
  live.delete(tmp);
}

/** Temporaries not yet released (for tests). */
export function liveTemporaries(): string[] {
  return [...live];
}

/** Removes every temporary not yet released, synchronously (safe in a signal handler or on exit). */
export function removeTemporaries(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

/**
 * Removes the temporaries in `dir` left by a process that is no longer running (a run killed without
 * a chance to clean up: SIGKILL, a runner that lost its machine). A live process's temporaries, this
 * one's included, are left alone. Returns the names removed. A folder that cannot be listed is left
 * to the write that follows, which reports it.
 */
export function removeStaleTemporaries(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * For the front doors' entry points (dist/index.js, dist/cli.js): on SIGTERM or SIGINT, remove the
 * temporaries and exit with 128 + the signal's number (143, 130), the shell's convention, so a killed
 * gate is never taken for a pass. A process that exits any other way removes them too.
 */
export function removeTemporariesOnExit(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      removeTemporaries();
      const code = 128 + constants.signals[signal];
      writeSync(2, `modelgate: stopped by ${signal}: no verdict; temporary outputs removed; exit ${code}\n`);
      process.exit(code);
    });
  }
  process.once('exit', removeTemporaries);
}

/**
 * The start of a temporary file's name: the final name, cut so that the temporary one stays within
 * the 255 bytes a file name may have (a legal final name must not fail for its temporary's sake).
 */
export function tempStem(name: string): string {
  const MAX = 200;
  if (Buffer.byteLength(name) <= MAX) return name;
  let cut = name.slice(0, MAX);
  while (Buffer.byteLength(cut) > MAX) cut = cut.slice(0, -1);
  return cut;
}
