// The lockfile formats the dependency check reads (the manifest schema names them; parsers load with the check).
import type { ParsedFile, Scope } from '../package.js';
import type { RequirementsOptions } from './requirements.js';

export const LOCKFILE_FORMATS = ['requirements', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'environment.yml', 'package-lock', 'sbom'] as const;
export type LockfileFormat = (typeof LOCKFILE_FORMATS)[number];

export function isLockfileFormat(s: string | undefined): s is LockfileFormat {
  return (LOCKFILE_FORMATS as readonly (string | undefined)[]).includes(s);
}

/** What a parser gets beside the text: the entry's scope (formats that record none) and a reader for `-r` includes. */
export interface ParseOptions {
  scope: Scope;
  include?: RequirementsOptions['include'];
}

/** One lockfile format, registered in parsers/index.ts: adding a format is a module exporting one of these. */
export interface LockfileParser {
  format: LockfileFormat;
  /** Recognises the format from the file's lowercased base name (the manifest's `format` overrides). */
  matches(base: string): boolean;
  parse(text: string, file: string, opts: ParseOptions): ParsedFile;
}
