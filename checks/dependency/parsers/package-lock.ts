// npm package-lock.json, lockfileVersion 2 and 3: the flat `packages` map keyed by install path.
// Version 1 (nested `dependencies` only) predates npm 7 and is refused with a clear message.
import { redactUrls } from '../../../src/detect/redact-url.js';
import { ConfigError } from '../../../src/errors.js';
import type { Dependency, ParsedFile } from '../package.js';
import type { LockfileParser } from './formats.js';
import { isObject, objectKeyLines, parseJson } from './json.js';

export function parsePackageLock(text: string, file: string): ParsedFile {
  const data = parseJson(text, file);
  if (!isObject(data)) throw new ConfigError('package-lock.json must be a JSON object', { file, line: 1 });
  const version = data.lockfileVersion;
  if (version !== 2 && version !== 3) {
    throw new ConfigError(
      `unsupported lockfileVersion ${JSON.stringify(version)}; expected 2 or 3 (regenerate with npm 7 or later: npm install --lockfile-version 3)`,
      { file, line: objectKeyLines(text).get('lockfileVersion') ?? lineOf(text, '"lockfileVersion"') },
    );
  }
  if (!isObject(data.packages)) throw new ConfigError('package-lock.json has no "packages" object', { file, line: 1 });
  const lines = objectKeyLines(text);
  const root = isObject(data.packages['']) ? data.packages[''] : {};
  const direct = new Set([...Object.keys(obj(root.dependencies)), ...Object.keys(obj(root.devDependencies)), ...Object.keys(obj(root.optionalDependencies))]);
  const dependencies: Dependency[] = [];
  const installs = new Map<string, Dependency>();
  for (const [path, entry] of Object.entries(data.packages)) {
    if (path === '') continue; // the project itself
    const line = lines.get(path) ?? 1;
    if (!isObject(entry)) throw new ConfigError(`packages["${path}"] must be an object`, { file, line });
    if (entry.link === true) continue; // a workspace symlink: the package is listed under its real path
    const at = path.lastIndexOf('node_modules/');
    // Workspace members are listed by folder (no node_modules/ segment) and are the project's own code.
    if (at === -1) continue;
    const name = typeof entry.name === 'string' ? entry.name : path.slice(at + 'node_modules/'.length);
    const dep: Dependency = {
      ecosystem: 'npm',
      name,
      pinned: typeof entry.version === 'string' && entry.version !== '',
      hashes: typeof entry.integrity === 'string' ? entry.integrity.split(/\s+/).filter(Boolean) : [],
      scope: entry.dev === true || entry.devOptional === true ? 'development' : 'runtime',
      file,
      line,
      direct: at === 0 && direct.has(name),
    };
    if (typeof entry.version === 'string' && entry.version !== '') {
      // Aliased or git/tarball installs keep the source in `resolved`; the version field is still the installed one.
      dep.version = entry.version;
    } else {
      dep.specifier = typeof entry.resolved === 'string' ? redactUrls(entry.resolved) : 'unversioned';
    }
    const license = licenseOf(entry.license ?? entry.licenses);
    if (license) dep.license = license;
    dependencies.push(dep);
    installs.set(path, dep);
  }
  linkGraph(data.packages, installs);
  return { format: 'package-lock', dependencies };
}

/** Each package's requirements, resolved as Node does: its own node_modules first, then each parent's. */
function linkGraph(packages: Record<string, unknown>, installs: ReadonlyMap<string, Dependency>): void {
  for (const [path, dep] of installs) {
    const entry = packages[path] as Record<string, unknown>;
    const wants = [...Object.keys(obj(entry.dependencies)), ...Object.keys(obj(entry.optionalDependencies)), ...Object.keys(obj(entry.peerDependencies))];
    const found = new Set<string>();
    for (const name of wants) {
      const target = installs.get(installPathOf(installs, path, name) ?? '');
      if (target?.version) found.add(`${target.name}@${target.version}`);
    }
    if (found.size) dep.dependsOn = [...found].sort();
  }
}

function installPathOf(installs: ReadonlyMap<string, Dependency>, from: string, name: string): string | undefined {
  for (let base = from; ; ) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (installs.has(candidate)) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

function obj(v: unknown): Record<string, unknown> {
  return isObject(v) ? v : {};
}

/** `"MIT"`, `{ type: "MIT" }` or a legacy array of those. */
export function licenseOf(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (isObject(v) && typeof v.type === 'string') return v.type;
  if (Array.isArray(v)) {
    const parts = v.map(licenseOf).filter((x): x is string => !!x);
    return parts.length ? (parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`) : undefined;
  }
  return undefined;
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i === -1 ? 1 : text.slice(0, i).split('\n').length;
}

export const packageLock: LockfileParser = {
  format: 'package-lock',
  matches: (base) => base === 'package-lock.json' || base === 'npm-shrinkwrap.json',
  parse: (text, file) => parsePackageLock(text, file),
};
