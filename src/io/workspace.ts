// Workspace jail: every path read from a manifest or policy must resolve inside the workspace.
// `..` that climbs out, absolute paths and symbolic links whose target lies outside are errors.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import type { Location } from '../report/model.js';

/** Symbolic links followed while resolving a path that does not fully exist (the kernel's own limit is 40). */
const MAX_LINK_HOPS = 40;

/**
 * Absolute path of `relPath` (relative to `baseDir`, itself inside `workspace`).
 * Throws ConfigError at `where` when the path is absolute, climbs out with `..`, or reaches outside
 * through a symbolic link. The path itself need not exist (a missing file is the caller's finding).
 */
export function resolveInWorkspace(workspace: string, baseDir: string, relPath: string, where?: Location): string {
  const fail = (detail: string): never => {
    throw new ConfigError(detail, where);
  };
  if (relPath.length === 0) fail('empty path; use a path relative to the manifest folder');
  if (relPath.includes('\0')) fail(`path ${JSON.stringify(relPath)} contains a NUL character`);
  if (looksAbsolute(relPath)) {
    fail(`absolute paths are not allowed (${JSON.stringify(relPath)}); use a path relative to the manifest folder`);
  }
  // Manifests travel between Windows and POSIX runners: a backslash is a separator on both,
  // so that `..\x` cannot escape on one platform and be a harmless file name on the other.
  const portable = relPath.replace(/\\/g, '/');
  const root = resolve(workspace);
  const abs = resolve(baseDir, portable);
  if (!isInside(root, abs)) fail(`path ${JSON.stringify(relPath)} leaves the workspace`);

  // The workspace itself may sit under a symlinked folder (/tmp on macOS, a runner's mount):
  // compare real paths on both sides.
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch (e) {
    return fail(`workspace ${JSON.stringify(workspace)} cannot be read: ${errorMessage(e)}`);
  }
  let real: string;
  try {
    real = realpathLoose(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      code === 'ELOOP'
        ? `path ${JSON.stringify(relPath)} cannot be resolved: symbolic link loop`
        : `path ${JSON.stringify(relPath)} cannot be resolved: ${errorMessage(e)}`,
    );
  }
  if (!isInside(realRoot, real)) fail(`path ${JSON.stringify(relPath)} resolves outside the workspace through a symbolic link`);
  return abs;
}

/** Workspace-relative form of an absolute path, with forward slashes ("." for the workspace itself). */
export function toWorkspaceRelative(workspace: string, abs: string): string {
  const under = normalisedUnder(workspace, abs);
  if (under !== undefined) return under;
  const rel = relative(resolve(workspace), resolve(abs));
  return rel === '' ? '.' : rel.split(sep).join('/');
}

/** A segment `.` or `..`, an empty segment (a leading, repeated or trailing slash): path.relative would normalise the path. */
const NOT_NORMALISED = /^\/|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;
let lastWorkspace: { given: string; root: string } | undefined;

/**
 * The fast path of toWorkspaceRelative (a glob's thousands of hits): on POSIX, an absolute workspace and
 * a path written under it in normal form are relative by their text, which is what path.relative gives.
 * Undefined when that does not hold.
 */
function normalisedUnder(workspace: string, abs: string): string | undefined {
  if (sep !== '/' || !isAbsolute(workspace) || !isAbsolute(abs)) return undefined;
  if (lastWorkspace?.given !== workspace) lastWorkspace = { given: workspace, root: resolve(workspace) };
  const root = lastWorkspace.root;
  const prefix = root === '/' ? 1 : root.length + 1;
  if (abs.length <= prefix || !abs.startsWith(root) || (root !== '/' && abs[root.length] !== '/')) return undefined;
  const rest = abs.slice(prefix);
  return NOT_NORMALISED.test(rest) ? undefined : rest;
}

/** POSIX `/x`, Windows `C:\x`, `C:x` (drive-relative), `\x` (root of the current drive), UNC `\\server\share` and `//server/share`. */
function looksAbsolute(p: string): boolean {
  return isAbsolute(p) || /^[\\/]/.test(p) || /^[A-Za-z]:/.test(p);
}

/** Whether `p` is `root` or lies under it (both absolute, compared as written). */
export function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Real path of `p` where the tail may not exist yet: the deepest existing ancestor is resolved by
 * the OS and the rest is appended. A dangling link is followed by hand, so a link pointing at a
 * not-yet-existing file outside the workspace is still caught (writing through it would escape).
 */
export function realpathLoose(p: string, hops = 0): string {
  try {
    return realpathSync.native(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
  }
  const parent = dirname(p);
  if (parent === p) return p;
  const realParent = realpathLoose(parent, hops);
  let isLink = false;
  try {
    isLink = lstatSync(p).isSymbolicLink();
  } catch {
    // Does not exist: the remaining components are plain names under the real parent.
  }
  if (!isLink) return join(realParent, basename(p));
  if (hops >= MAX_LINK_HOPS) throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
  return realpathLoose(resolve(realParent, readlinkSync(p)), hops + 1);
}
