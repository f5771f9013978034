// uv.lock (version 1): [[package]] tables. The project's own packages (editable/virtual sources)
// are roots; what their runtime dependencies reach is runtime, the rest came in through
// dev-dependencies (dependency groups) and is development.
import { redactUrls } from '../../../src/detect/redact-url.js';
import { ConfigError } from '../../../src/errors.js';
import { pep503 } from '../../../src/vuln/ecosystem.js';
import type { Dependency, ParsedFile } from '../package.js';
import type { LockfileParser } from './formats.js';
import { isObject } from './json.js';
import { packageHeaderLines, parseToml } from './toml.js';

export function parseUvLock(text: string, file: string): ParsedFile {
  const data = parseToml(text, file);
  if (data.version !== 1) {
    throw new ConfigError(`unsupported uv.lock version ${JSON.stringify(data.version ?? null)}; expected 1`, { file, line: 1 });
  }
  const packages = Array.isArray(data.package) ? data.package : [];
  const lines = packageHeaderLines(text);
  packages.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string') throw new ConfigError('[[package]] needs a string `name`', { file, line: lines[i] ?? 1 });
  });
  const pkgs = packages as Array<Record<string, unknown> & { name: string }>;
  const isRoot = (p: Record<string, unknown>): boolean => isObject(p.source) && ('editable' in p.source || 'virtual' in p.source);
  const byName = new Map(pkgs.map((p) => [pep503(p.name), p]));
  const depNames = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((d) => (isObject(d) && typeof d.name === 'string' ? [pep503(d.name)] : [])) : []);
  const optional = (v: unknown): string[] => (isObject(v) ? Object.values(v).flatMap(depNames) : []);

  const runtime = new Set<string>();
  const roots = pkgs.filter(isRoot);
  const queue = roots.length ? roots.flatMap((r) => [...depNames(r.dependencies), ...optional(r['optional-dependencies'])]) : pkgs.map((p) => pep503(p.name));
  while (queue.length) {
    const n = queue.pop()!;
    if (runtime.has(n)) continue;
    runtime.add(n);
    const p = byName.get(n);
    if (p) queue.push(...depNames(p.dependencies), ...optional(p['optional-dependencies']));
  }
  const direct = new Set(roots.flatMap((r) => [...depNames(r.dependencies), ...optional(r['optional-dependencies']), ...optional(r['dev-dependencies'])]));

  const dependencies: Dependency[] = [];
  pkgs.forEach((p, i) => {
    if (isRoot(p)) return; // the project itself
    const line = lines[i] ?? 1;
    const hashes = [p.sdist, ...(Array.isArray(p.wheels) ? p.wheels : [])].flatMap((a) => (isObject(a) && typeof a.hash === 'string' ? [a.hash] : []));
    const dep: Dependency = {
      ecosystem: 'PyPI',
      name: p.name,
      pinned: typeof p.version === 'string',
      hashes,
      scope: runtime.has(pep503(p.name)) ? 'runtime' : 'development',
      file,
      line,
      direct: direct.has(pep503(p.name)),
    };
    if (typeof p.version === 'string') dep.version = p.version;
    else dep.specifier = redactUrls(JSON.stringify(p.source ?? 'unversioned'));
    dependencies.push(dep);
  });
  return { format: 'uv.lock', dependencies };
}

export const uvLock: LockfileParser = { format: 'uv.lock', matches: (base) => base === 'uv.lock', parse: (text, file) => parseUvLock(text, file) };
