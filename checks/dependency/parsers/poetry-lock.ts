// poetry.lock (lock-version 1.x and 2.x): [[package]] tables; hashes under each package's `files`
// (1.2+) or the old [metadata.files] table; dev scope from `category` (1.x) or `groups` (2.x).
import { ConfigError } from '../../../src/errors.js';
import type { Dependency, ParsedFile, Scope } from '../package.js';
import type { LockfileParser } from './formats.js';
import { isObject } from './json.js';
import { packageHeaderLines, parseToml } from './toml.js';

export function parsePoetryLock(text: string, file: string): ParsedFile {
  const data = parseToml(text, file);
  const meta = isObject(data.metadata) ? data.metadata : {};
  const lockVersion = String(meta['lock-version'] ?? '');
  if (!/^[12]\.\d+$/.test(lockVersion)) {
    throw new ConfigError(`unsupported poetry lock-version ${JSON.stringify(meta['lock-version'] ?? null)}; expected 1.x or 2.x`, { file, line: lineOf(text, 'lock-version') });
  }
  const packages = Array.isArray(data.package) ? data.package : [];
  const lines = packageHeaderLines(text);
  const oldFiles = isObject(meta.files) ? meta.files : {};
  const dependencies = packages.map((p, i): Dependency => {
    const line = lines[i] ?? 1;
    if (!isObject(p) || typeof p.name !== 'string' || typeof p.version !== 'string') {
      throw new ConfigError('[[package]] needs string `name` and `version`', { file, line });
    }
    const files = Array.isArray(p.files) ? p.files : Array.isArray(oldFiles[p.name]) ? (oldFiles[p.name] as unknown[]) : [];
    const dep: Dependency = {
      ecosystem: 'PyPI',
      name: p.name,
      version: p.version,
      pinned: true,
      hashes: files.flatMap((f) => (isObject(f) && typeof f.hash === 'string' ? [f.hash] : [])),
      scope: scopeOf(p),
      file,
      line,
    };
    // lock-version 1.x/2.0 record when a package is needed as a marker string; a table of markers per group is not evaluated.
    if (typeof p.markers === 'string' && p.markers.trim()) dep.marker = p.markers.trim();
    return dep;
  });
  return { format: 'poetry.lock', dependencies };
}

function scopeOf(p: Record<string, unknown>): Scope {
  if (typeof p.category === 'string') return p.category === 'dev' ? 'development' : 'runtime';
  if (Array.isArray(p.groups)) return p.groups.includes('main') ? 'runtime' : 'development';
  return 'runtime';
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i === -1 ? 1 : text.slice(0, i).split('\n').length;
}

export const poetryLock: LockfileParser = { format: 'poetry.lock', matches: (base) => base === 'poetry.lock', parse: (text, file) => parsePoetryLock(text, file) };
