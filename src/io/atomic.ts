// Output files are written atomically: a temporary file in the same folder, then a rename,
// so a reader never sees a half-written report and an interrupted run leaves no partial file.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${tempStem(basename(path))}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
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
