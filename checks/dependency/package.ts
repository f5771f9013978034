// A dependency as every parser reports it: what it is, how it is pinned, and where it is written.
export type Scope = 'runtime' | 'development';

export interface Dependency {
  /** OSV ecosystem: `PyPI`, `npm`; `conda` for conda channel packages. */
  ecosystem: string;
  name: string;
  /** The exact version installed or pinned; undefined when the file does not fix one. */
  version?: string;
  /** The requirement as written when it is not an exact pin (`>=1.2`, a URL, a path). */
  specifier?: string;
  /** Locked to one version (`==` for Python, a lockfile entry for npm). */
  pinned: boolean;
  /** Artifact digests the file pins (`sha256:…`). */
  hashes: string[];
  scope: Scope;
  /** SPDX expression or free-text license, when the file records one. */
  license?: string;
  /** Workspace-relative file and 1-based line. */
  file: string;
  line: number;
  /** PEP 508 environment marker as written (`sys_platform == "win32"`): installed only where it holds. */
  marker?: string;
  /** Direct dependency of the project (false: transitive); undefined when the format does not say. */
  direct?: boolean;
  /** What it requires, as `name@version` installed in the same file, when the lockfile records the graph (package-lock). */
  dependsOn?: string[];
}

export interface ParsedFile {
  format: string;
  /** The file itself, workspace-relative (set by the inventory; its dependencies may come from included files). */
  file?: string;
  dependencies: Dependency[];
  /** Files pulled in (`-r other.txt`), workspace-relative. */
  includes?: string[];
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Line of the first occurrence of `needle` at or after line `from` (1 when absent). */
export function findLine(lines: readonly string[], needle: string | RegExp, from = 1): number {
  for (let i = Math.max(0, from - 1); i < lines.length; i++) {
    if (typeof needle === 'string' ? lines[i]!.includes(needle) : needle.test(lines[i]!)) return i + 1;
  }
  return from;
}
