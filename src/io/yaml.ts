// YAML loading that keeps source positions, so every error and finding can point at file:line:column.
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';
import type { Location } from '../report/model.js';

export type YamlPath = ReadonlyArray<string | number>;

export interface SourceDoc {
  /** Path for messages (workspace-relative where possible). */
  file: string;
  data: unknown;
  /** Location of the node at `path`, or of its nearest existing ancestor. */
  locate(path: YamlPath): Location;
  /** Location of the key of a map entry (for "unknown key" errors); falls back to locate(). */
  locateKey(path: YamlPath): Location;
}

/** Aliases beyond this count are treated as a resource-exhaustion attack ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
const MAX_BYTES = 16 * 1024 * 1024;

export function readYamlFile(absPath: string, displayPath: string): SourceDoc {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, expected a YAML file' : errorMessage(e);
    throw new ConfigError(why, { file: displayPath });
  }
  if (text.length > MAX_BYTES) throw new ConfigError(`file is larger than ${MAX_BYTES} bytes`, { file: displayPath });
  return parseYaml(text, displayPath);
}

export function parseYaml(text: string, file: string): SourceDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const p = pos(err.pos[0]);
    throw new ConfigError(`YAML syntax error: ${firstLine(err.message)}`, { file, ...p });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = errorMessage(e);
    const bomb = /alias/i.test(msg);
    throw new ConfigError(
      bomb ? `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT}); refusing a possible alias bomb` : `cannot read YAML: ${firstLine(msg)}`,
      { file, ...aliasPosition(doc, pos) },
    );
  }
  const at = (node: Node | undefined): Location => {
    const range = node?.range;
    if (!range) return { file, line: 1, column: 1 };
    const start = pos(range[0]);
    const end = pos(range[1]);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return {
    file,
    data,
    locate: (path) => at(nearestNode(doc, path).node),
    locateKey: (path) => {
      const found = nearestNode(doc, path);
      return at(found.key ?? found.node);
    },
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** The node at `path`, or the closest ancestor when it is missing; `key` is the map key of the last segment when it exists. */
function nearestNode(doc: Document, path: YamlPath): { node: Node | undefined; key?: Node } {
  let node: unknown = doc.contents;
  for (const [i, seg] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      if (!pair) return { node: node as Node };
      if (i === path.length - 1) return { node: (pair.value ?? pair.key) as Node, key: pair.key as Node };
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      node = node.items[seg];
    } else {
      break;
    }
  }
  return { node: node as Node | undefined };
}

/** Position of the first alias, for an alias-bomb message. */
function aliasPosition(doc: Document, pos: (o: number) => { line: number; column: number }): { line?: number; column?: number } {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found?.range ? pos(found.range[0]) : {};
}
