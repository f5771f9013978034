// Pipfile.lock (pipenv, pipfile-spec 6): `default` is runtime, `develop` is development.
import { redactUrls } from '../../../src/detect/redact-url.js';
import { ConfigError } from '../../../src/errors.js';
import type { Dependency, ParsedFile, Scope } from '../package.js';
import type { LockfileParser } from './formats.js';
import { isObject, objectKeyLines, parseJson } from './json.js';

export function parsePipfileLock(text: string, file: string): ParsedFile {
  const data = parseJson(text, file);
  const keyLines = objectKeyLines(text);
  if (!isObject(data) || !isObject(data._meta)) throw new ConfigError('not a Pipfile.lock: no "_meta" object', { file, line: 1 });
  const spec = data._meta['pipfile-spec'];
  if (spec !== 6) throw new ConfigError(`unsupported pipfile-spec ${JSON.stringify(spec ?? null)}; expected 6`, { file, line: keyLines.get('_meta') ?? 1 });
  // Entry lines: names may repeat across sections, so search from each section's own line.
  const lines = text.split('\n');
  const dependencies: Dependency[] = [];
  for (const [section, scope] of [['default', 'runtime'], ['develop', 'development']] as Array<[string, Scope]>) {
    const entries = data[section];
    if (entries === undefined) continue;
    const sectionLine = keyLines.get(section) ?? 1;
    if (!isObject(entries)) throw new ConfigError(`"${section}" must be an object`, { file, line: sectionLine });
    for (const [name, entry] of Object.entries(entries)) {
      const line = lineFrom(lines, `"${name}"`, sectionLine);
      if (!isObject(entry)) throw new ConfigError(`"${section}.${name}" must be an object`, { file, line });
      const version = typeof entry.version === 'string' ? entry.version : undefined;
      const exact = version?.startsWith('==') && !version.includes('*') ? version.slice(2) : undefined;
      const dep: Dependency = {
        ecosystem: 'PyPI',
        name,
        pinned: exact !== undefined,
        hashes: Array.isArray(entry.hashes) ? entry.hashes.filter((h): h is string => typeof h === 'string') : [],
        scope,
        file,
        line,
      };
      if (typeof entry.markers === 'string' && entry.markers.trim()) dep.marker = entry.markers.trim();
      if (exact !== undefined) dep.version = exact;
      else dep.specifier = version ?? (typeof entry.git === 'string' ? redactUrls(entry.git) : typeof entry.path === 'string' ? entry.path : '*');
      dependencies.push(dep);
    }
  }
  return { format: 'Pipfile.lock', dependencies };
}

function lineFrom(lines: string[], needle: string, from: number): number {
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  return from;
}

export const pipfileLock: LockfileParser = { format: 'Pipfile.lock', matches: (base) => base === 'pipfile.lock', parse: (text, file) => parsePipfileLock(text, file) };
