// Globs in manifests and policies: `*` any run within a path segment, `**` any run of segments, `?` one
// character. Expansion walks the workspace only: every hit is resolved like a plain path, so a link that
// leaves the workspace is an error, never a silent read.
import { readdirSync, type Dirent } from 'node:fs';
import { relative, sep } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import type { Location } from '../report/model.js';
import { compileGlob, type GlobMatcher } from './glob-match.js';
import { resolveInWorkspace } from './workspace.js';

/** Folder listings shared by the globs of one list (`defs/**\/*.yaml`, `defs/**\/*.json`): each folder is read once. */
export type FolderListings = Map<string, Dirent[]>;

/** Folders a glob never enters: version control, dependencies, and the gate's own output folder. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.modelgate']);

export const isGlob = (pattern: string): boolean => /[*?]/.test(pattern);

/** A path glob's matcher (linear time: file and column names are untrusted). */
export const pathGlob = (glob: string): GlobMatcher => compileGlob(glob, { paths: true });

/**
 * Absolute paths matching `pattern` (relative to `baseDir`), sorted; a plain path is resolved and
 * returned as is. A glob matching nothing returns [] (the caller says whether that is an error).
 */
export function expandGlob(workspace: string, baseDir: string, pattern: string, where: Location, maxFiles = 100_000, listings?: FolderListings): string[] {
  if (!isGlob(pattern)) return [resolveInWorkspace(workspace, baseDir, pattern, where)];
  const parts = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) fixed.push(parts.shift()!);
  const root = resolveInWorkspace(workspace, baseDir, fixed.length ? fixed.join('/') : '.', where);
  const re = pathGlob(parts.join('/'));
  const out: string[] = [];
  // `rel`: the folder relative to the root, '/'-separated (kept along the walk: path.relative per file is slow).
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = listings?.get(dir) ?? readdirSync(dir, { withFileTypes: true });
      listings?.set(dir, entries);
    } catch (e) {
      // A folder that does not exist (or vanished during the walk) matches nothing; any other folder
      // that cannot be listed stops the glob: skipping it would pass a gate on files it never read.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new ConfigError(`cannot list the folder ${JSON.stringify(relative(workspace, dir).split(sep).join('/') || '.')} under glob ${JSON.stringify(pattern)}: ${listError(e)}; the gate cannot tell what it holds`, where);
    }
    for (const e of entries) {
      if (SKIP_DIRS.has(e.name)) continue;
      // `dir` is resolved (normal form) and an entry's name is one segment: join's normalising pass is not needed.
      const abs = dir.endsWith(sep) ? dir + e.name : dir + sep + e.name;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(abs, path);
      else if ((e.isFile() || e.isSymbolicLink()) && re.test(path)) {
        // The walk enters real folders only (a linked folder is not a directory entry), so a plain file
        // is inside the resolved root; a link is resolved again.
        out.push(e.isSymbolicLink() ? resolveInWorkspace(workspace, baseDir, relative(baseDir, abs).split(sep).join('/'), where) : abs);
        if (out.length > maxFiles) throw new ConfigError(`glob ${JSON.stringify(pattern)} matches more than ${maxFiles} files`, where);
      }
    }
  };
  walk(root, '');
  return out.sort();
}

/** Why a folder could not be listed, in words (the system's message would show this machine's paths). */
function listError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENAMETOOLONG') return 'its path is longer than the system allows';
  return code ?? errorMessage(e);
}
