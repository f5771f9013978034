// Expands `data.scan[].path` (file or glob) inside the workspace, outputs excluded.
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../../src/errors.js';
import type { Location } from '../../src/report/model.js';
import { resolveInWorkspace } from '../../src/io/workspace.js';
import { globToRegExp } from './config.js';

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_FILES = 10_000;

/** Absolute paths matching `pattern` (relative to `baseDir`), sorted; a plain path is returned as is. */
export function expandPath(workspace: string, baseDir: string, pattern: string, where: Location, excludeDir: string): string[] {
  if (!/[*?]/.test(pattern)) return [resolveInWorkspace(workspace, baseDir, pattern, where)];
  const portable = pattern.replace(/\\/g, '/');
  const parts = portable.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?]/.test(parts[0]!)) fixed.push(parts.shift()!);
  const root = resolveInWorkspace(workspace, baseDir, fixed.length ? fixed.join('/') : '.', where);
  const re = globToRegExp(parts.join('/'));
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (resolve(abs) === resolve(excludeDir) || SKIP_DIRS.has(e.name)) continue;
      if (e.isDirectory()) walk(abs);
      else if (e.isFile() || e.isSymbolicLink()) {
        const rel = relative(root, abs).split(sep).join('/');
        if (re.test(rel)) {
          // Every hit is re-resolved: a link that leaves the workspace is an error, not a silent read.
          out.push(resolveInWorkspace(workspace, baseDir, relative(baseDir, abs).split(sep).join('/'), where));
          if (out.length > MAX_FILES) throw new ConfigError(`glob ${JSON.stringify(pattern)} matches more than ${MAX_FILES} files`, where);
        }
      }
    }
  };
  walk(root);
  if (out.length === 0) throw new ConfigError(`glob ${JSON.stringify(pattern)} matches no file`, where);
  return out.sort();
}
