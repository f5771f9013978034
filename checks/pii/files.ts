// Expands `data.scan[].path` (file or glob) inside the workspace; the gate's output folder is never scanned.
import { ConfigError } from '../../src/errors.js';
import { expandGlob } from '../../src/io/glob.js';
import type { Location } from '../../src/report/model.js';

const MAX_FILES = 10_000;

/** Absolute paths matching `pattern` (relative to `baseDir`), sorted; a glob matching nothing is an error. */
export function expandPath(workspace: string, baseDir: string, pattern: string, where: Location): string[] {
  const out = expandGlob(workspace, baseDir, pattern, where, MAX_FILES);
  if (out.length === 0) throw new ConfigError(`glob ${JSON.stringify(pattern)} matches no file`, where);
  return out;
}
