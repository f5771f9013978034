// Reads every lockfile and SBOM the manifest lists (paths jailed in the workspace) into dependencies.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadedManifest } from '../../src/check.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Location } from '../../src/report/model.js';
import type { ParsedFile, Scope } from './package.js';
import { detectFormat, parseLockfile, type LockfileFormat } from './parsers/index.js';

export interface FileEntry {
  path: string;
  format?: LockfileFormat;
  scope?: Scope;
  /** Manifest position of the entry, for errors. */
  where: Location;
}

export function readInventory(workspace: string, manifest: LoadedManifest, entries: readonly FileEntry[]): ParsedFile[] {
  return entries.map((entry) => {
    const abs = resolveInWorkspace(workspace, manifest.dir, entry.path, entry.where);
    const file = toWorkspaceRelative(workspace, abs);
    const format = entry.format ?? detectFormat(entry.path);
    if (!format) throw new ConfigError(`cannot tell the format of ${JSON.stringify(entry.path)} from its name; set \`format\``, entry.where);
    const text = readText(abs, file, entry.where);
    const include = (rel: string, from: { file: string; line: number }): { text: string; file: string } => {
      const at = { file: from.file, line: from.line };
      const incAbs = resolveInWorkspace(workspace, dirname(resolveInWorkspace(workspace, workspace, from.file)), rel, at);
      return { text: readText(incAbs, toWorkspaceRelative(workspace, incAbs), at), file: toWorkspaceRelative(workspace, incAbs) };
    };
    return { ...parseLockfile(format, text, file, entry.scope ?? 'runtime', include), file };
  });
}

function readText(abs: string, file: string, where: Location): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `${file}: file not found` : code === 'EISDIR' ? `${file} is a directory` : `${file}: ${errorMessage(e)}`;
    throw new ConfigError(why, where);
  }
}
