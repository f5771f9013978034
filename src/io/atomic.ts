// Output files are written atomically: a temporary file in the same folder, then a rename,
// so a reader never sees a half-written report and an interrupted run leaves no partial file
// (temporaries are registered in src/io/temp-files.ts, which removes them on SIGTERM/SIGINT).
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { releaseTemp, tempPathFor } from './temp-files.js';

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir never returns where a file system answers
 * ENOENT for a folder whose parent exists (procfs: `--json /proc/x/r.json` spun forever); made level by
 * level, that answer is an error like any other.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !exists(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.push(d);
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  makeFolder(dirname(path));
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    releaseTemp(tmp);
  }
}
