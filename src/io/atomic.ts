// Output files are written atomically: a temporary file in the same folder, then a rename,
// so a reader never sees a half-written report and an interrupted run leaves no partial file
// (temporaries are registered in src/io/temp-files.ts, which removes them on SIGTERM/SIGINT).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { releaseTemp, tempPathFor } from './temp-files.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
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
