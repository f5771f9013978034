// The lockfile parsers, one module per format: the manifest's `format` or the file name chooses one.
import { ConfigError } from '../../../src/errors.js';
import type { ParsedFile, Scope } from '../package.js';
import { condaEnv } from './conda-env.js';
import type { LockfileFormat, LockfileParser, ParseOptions } from './formats.js';
import { packageLock } from './package-lock.js';
import { pipfileLock } from './pipfile-lock.js';
import { poetryLock } from './poetry-lock.js';
import { requirements } from './requirements.js';
import { sbom } from './sbom.js';
import { uvLock } from './uv-lock.js';

export { LOCKFILE_FORMATS, type LockfileFormat, type LockfileParser } from './formats.js';

/** Every format, in LOCKFILE_FORMATS order: the first whose name pattern matches is detected. */
export const LOCKFILE_PARSERS: readonly LockfileParser[] = [requirements, poetryLock, uvLock, pipfileLock, condaEnv, packageLock, sbom];

export function detectFormat(path: string): LockfileFormat | undefined {
  const base = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  return LOCKFILE_PARSERS.find((p) => p.matches(base))?.format;
}

export function parseLockfile(format: LockfileFormat, text: string, file: string, scope: Scope, include?: ParseOptions['include']): ParsedFile {
  const parser = LOCKFILE_PARSERS.find((p) => p.format === format);
  if (!parser) throw new ConfigError(`unknown lockfile format ${JSON.stringify(format)}; known formats: ${LOCKFILE_PARSERS.map((p) => p.format).join(', ')}`, { file });
  return parser.parse(text, file, include ? { scope, include } : { scope });
}
