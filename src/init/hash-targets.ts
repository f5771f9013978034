// The lineage check's digests of files and folders, for `init`: a file it cannot read is a
// configuration error naming the file (relative to the project), not an internal error.
import { relative } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { digestTargets, type TargetDigest } from '../io/artifact-digest.js';

export async function digestsFor(root: string, targets: readonly string[]): Promise<TargetDigest[]> {
  try {
    return await digestTargets(targets);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!err.code) throw e;
    const abs = err.path ?? /'([^']+)'/.exec(err.message)?.[1];
    const why = errorMessage(e).replace(/^\w+: /, '').replace(/,.*$/, '');
    throw new ConfigError(`cannot read ${abs ? relative(root, abs) : 'a file'}: ${why}`);
  }
}
