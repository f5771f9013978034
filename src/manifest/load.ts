// Loads model-release.yaml: resolve inside the workspace, parse keeping positions, validate.
import { dirname, isAbsolute, relative } from 'node:path';
import type { LoadedManifest } from '../check.js';
import { readYamlFile } from '../io/yaml.js';
import { validateDoc } from '../io/validate.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../io/workspace.js';
import { manifestSchemaFor, type Manifest, type ManifestShape } from './schema.js';

export const DEFAULT_MANIFEST = 'model-release.yaml';

/** `manifestPath` is relative to the workspace (or absolute inside it, as given on a command line). */
export function loadManifest(workspace: string, manifestPath: string, checks: ReadonlyArray<{ id: string; manifest?: ManifestShape }>): LoadedManifest {
  const absPath = resolveInWorkspace(workspace, workspace, fromCommandLine(workspace, manifestPath));
  const path = toWorkspaceRelative(workspace, absPath);
  const source = readYamlFile(absPath, path);
  const data = validateDoc(manifestSchemaFor(checks), source) as Manifest;
  return { path, absPath, dir: dirname(absPath), data, source, locate: source.locate };
}

/** A path typed on a command line or in an input may be absolute; it must still lie inside the workspace. */
export function fromCommandLine(workspace: string, p: string): string {
  return isAbsolute(p) ? relative(workspace, p) || '.' : p;
}
