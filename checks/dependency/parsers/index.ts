// Format detection and dispatch: one parser per lockfile format, chosen by the manifest's `format`
// or the file name.
import { ConfigError } from '../../../src/errors.js';
import type { ParsedFile, Scope } from '../package.js';
import { parseCondaEnv } from './conda-env.js';
import { parsePackageLock } from './package-lock.js';
import { parsePipfileLock } from './pipfile-lock.js';
import { parsePoetryLock } from './poetry-lock.js';
import { parseRequirements, type RequirementsOptions } from './requirements.js';
import { parseSbom } from './sbom.js';
import { parseUvLock } from './uv-lock.js';

import type { LockfileFormat } from './formats.js';

export { LOCKFILE_FORMATS, type LockfileFormat } from './formats.js';

export function detectFormat(path: string): LockfileFormat | undefined {
  const base = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (/^requirements.*\.(txt|in)$|\.requirements\.txt$|^constraints.*\.txt$/.test(base)) return 'requirements';
  if (base === 'poetry.lock') return 'poetry.lock';
  if (base === 'uv.lock') return 'uv.lock';
  if (base === 'pipfile.lock') return 'Pipfile.lock';
  if (/^(environment|conda[-_.]?env.*)\.ya?ml$/.test(base)) return 'environment.yml';
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') return 'package-lock';
  if (/\.(cdx|bom|spdx)\.json$|^bom\.json$|^sbom.*\.json$/.test(base)) return 'sbom';
  return undefined;
}

export function parseLockfile(format: LockfileFormat, text: string, file: string, scope: Scope, include?: RequirementsOptions['include']): ParsedFile {
  switch (format) {
    case 'requirements':
      return parseRequirements(text, file, include ? { scope, include } : { scope });
    case 'poetry.lock':
      return parsePoetryLock(text, file);
    case 'uv.lock':
      return parseUvLock(text, file);
    case 'Pipfile.lock':
      return parsePipfileLock(text, file);
    case 'environment.yml':
      return parseCondaEnv(text, file, scope);
    case 'package-lock':
      return parsePackageLock(text, file);
    case 'sbom':
      return parseSbom(text, file);
    default:
      throw new ConfigError(`unknown lockfile format ${JSON.stringify(format)}`, { file });
  }
}
