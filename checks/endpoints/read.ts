// Reading endpoint definition files: globs inside the workspace, multi-document YAML (JSON is read by
// the same reader) with source positions kept for every node, so findings point at file:line.
import { ConfigError } from '../../src/errors.js';
import { expandGlob, isGlob, type FolderListings } from '../../src/io/glob.js';
import { toWorkspaceRelative } from '../../src/io/workspace.js';
import { readYamlStream } from '../../src/io/yaml.js';
import type { Location } from '../../src/report/model.js';
import type { DocRef } from './model.js';

const DEFINITION_FILE = /\.(ya?ml|json)$/i;

export interface Doc extends DocRef {
  /** 0-based index of the document in its file. */
  index: number;
  data: unknown;
}

/** Every file the manifest's globs name, once, in a stable order; a glob that matches nothing is an error. */
export function definitionFiles(workspace: string, baseDir: string, patterns: readonly string[], where: (i: number) => Location): Array<{ abs: string; file: string }> {
  const seen = new Set<string>();
  const out: Array<{ abs: string; file: string }> = [];
  const listings: FolderListings = new Map();
  patterns.forEach((pattern, i) => {
    const glob = isGlob(pattern);
    const hits = expandGlob(workspace, baseDir, pattern, where(i), undefined, listings).filter((abs) => !glob || DEFINITION_FILE.test(abs));
    if (hits.length === 0) throw new ConfigError(`${JSON.stringify(pattern)} matches no .yaml, .yml or .json file`, where(i));
    for (const abs of hits) {
      if (seen.has(abs)) continue;
      seen.add(abs);
      out.push({ abs, file: toWorkspaceRelative(workspace, abs) });
    }
  });
  return out;
}

/** The documents of one file; empty documents (a trailing `---`) are left out. */
export function readDocuments(abs: string, file: string): Doc[] {
  // Findings carry the start of a node: the key line for a mapping or a list. Merge keys (<<) as
  // kubectl reads manifests (YAML 1.1).
  return readYamlStream(abs, file, 'a YAML or JSON file', { merge: true }).map((d) => ({ file, index: d.index, data: d.data, locate: d.locateEntry }));
}
