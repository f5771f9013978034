// YAML loading that keeps source positions, so every error and finding can point at file:line:column.
// One library (`yaml`), with two fast paths that give the same data and positions: a JSON mapping or
// list, which is YAML too, goes to JSON.parse (json-source.ts, test/unit/io/yaml-json.test.ts); block
// YAML as Kubernetes manifests and OSV records are written goes to a subset reader (yaml-block.ts,
// test/unit/io/yaml-block.test.ts) in a multi-document stream and in parseYamlData. Anything else, and
// every error, is yaml's.
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, visit, type Document, type Node } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';
import type { Location } from '../report/model.js';
import { findJsonEntryStart, findJsonNode, newJsonIndex, parseJsonDocument, type JsonFound, type Span } from './json-source.js';
import { CLOUDFORMATION_TAGS } from './cloudformation-tags.js';
import { assertYamlNesting } from './yaml-nesting.js';
import { blockPositions, parseBlockDocument, parseBlockStream, type BlockDoc, type BlockNode, type BlockSpan } from './yaml-block.js';

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

/** One document of a multi-document file. */
export interface StreamDoc extends SourceDoc {
  /** 0-based index of the document in its file (empty documents counted). */
  index: number;
  /**
   * Start of the entry at `path` (for findings): the key when its value is a mapping or a list (a block
   * value starts on the line below), otherwise the value; the nearest existing ancestor when missing.
   */
  locateEntry(path: YamlPath): Location;
}

type Located = Omit<StreamDoc, 'index'>;

/** Aliases beyond this count are treated as a resource-exhaustion attack ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
const MAX_BYTES = 16 * 1024 * 1024;

/** Reads a file of one YAML document. */
export function readYamlFile(absPath: string, displayPath: string): SourceDoc {
  return parseYaml(readText(absPath, displayPath, 'a YAML file'), displayPath);
}

/**
 * How a stream is read. `merge`: `<<` merge keys as YAML 1.1 defines them (and Kubernetes tools, which
 * read YAML 1.1, apply them); off, `<<` is a plain key as YAML 1.2 has it. JSON never merges.
 */
export interface StreamOptions {
  merge?: boolean;
}

/** Reads a file of YAML documents (or JSON); empty documents (a trailing `---`) are left out; `expected` names the file in the message for a directory. */
export function readYamlStream(absPath: string, displayPath: string, expected: string, options: StreamOptions = {}): StreamDoc[] {
  return parseYamlStream(readText(absPath, displayPath, expected), displayPath, options);
}

function readText(absPath: string, displayPath: string, expected: string): string {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? `is a directory, expected ${expected}` : errorMessage(e);
    throw new ConfigError(why, { file: displayPath });
  }
  if (text.length > MAX_BYTES) throw new ConfigError(`file is larger than ${MAX_BYTES} bytes`, { file: displayPath });
  return text;
}

/**
 * One document. The block fast path is for streams of many documents (a fleet): a single manifest or
 * policy is small, and its findings ask for positions that the block reader would leave to a second
 * parse by yaml, so yaml reads it once, positions and all.
 */
export function parseYaml(text: string, file: string): SourceDoc {
  const fast = parseJsonDocument(text);
  if (fast) return jsonDoc(text, file, fast.data);
  return yamlSingle(text, file);
}

/**
 * One document whose data is wanted and whose positions rarely are (an advisory database's records: a
 * position only for an invalid one). The block reader reads it when it can; locate and locateKey then
 * come from yaml, parsed when first asked.
 */
export function parseYamlData(text: string, file: string): SourceDoc {
  const json = parseJsonDocument(text);
  if (json) return jsonDoc(text, file, json.data);
  const block = parseBlockDocument(text);
  if (!block) return yamlSingle(text, file);
  let full: SourceDoc | undefined;
  const slow = (): SourceDoc => (full ??= yamlSingle(text, file));
  return { file, data: block.data, locate: (path) => slow().locate(path), locateKey: (path) => slow().locateKey(path) };
}

function yamlSingle(text: string, file: string): StreamDoc {
  const lineCounter = new LineCounter();
  const doc = withinStack(text, file, () => parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }));
  return { ...yamlDoc(doc, file, positions(lineCounter)), index: 0 };
}

/** yaml's parser recurses once per nesting level: deep text is refused first (yaml-nesting.ts), and an overflow still left is a ConfigError. */
function withinStack<T>(text: string, file: string, parse: () => T): T {
  assertYamlNesting(text, file);
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError && /Maximum call stack/i.test(e.message)) throw new ConfigError(`YAML syntax error: ${yamlMessage(e.message)}`, { file });
    throw e;
  }
}

export function parseYamlStream(text: string, file: string, options: StreamOptions = {}): StreamDoc[] {
  const fast = parseJsonDocument(text);
  if (fast) return [{ ...jsonDoc(text, file, fast.data), index: 0 }];
  // The block reader knows no merge keys: a text that may hold one goes to yaml.
  const merge = options.merge === true && text.includes('<<');
  const block = merge ? undefined : parseBlockStream(text);
  if (block) return blockDocs(text, file, block, () => yamlStream(text, file, false));
  return yamlStream(text, file, merge);
}

function yamlStream(text: string, file: string, merge: boolean): StreamDoc[] {
  const lineCounter = new LineCounter();
  // CloudFormation's short forms (!Ref, !Sub …) read as their JSON long forms; other unknown tags are
  // warnings and keep the plain value. Merge keys only for the callers that ask (endpoint definitions).
  const docs = withinStack(text, file, () => parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge, customTags: CLOUDFORMATION_TAGS }));
  if (!Array.isArray(docs)) return []; // an empty stream
  const pos = positions(lineCounter);
  const out: StreamDoc[] = [];
  docs.forEach((doc, index) => {
    const source = yamlDoc(doc, file, pos);
    if (source.data !== null && source.data !== undefined) out.push({ ...source, index });
  });
  return out;
}

let recent: { span: BlockSpan; root: BlockNode } | undefined;

/** Documents the block reader read: locateEntry from its offsets; locate and locateKey (ends too) from yaml, parsed when first asked. */
function blockDocs(text: string, file: string, parsed: BlockDoc[], parse: () => StreamDoc[]): StreamDoc[] {
  let full: StreamDoc[] | undefined;
  const slow = (index: number): StreamDoc => (full ??= parse()).find((d) => d.index === index)!;
  return parsed.map(({ data, index, from, to, start, line, positions }) => {
    const span = { index, from, to, start, line };
    if (positions) recent = { span, root: positions }; // read with its data (parseBlockStream)
    return blockDoc(text, file, data, span, slow);
  });
}

/** One of them; its locators hold its span, not its data (a finding asks for a location long after the data was read). */
function blockDoc(text: string, file: string, data: unknown, span: BlockSpan, slow: (index: number) => StreamDoc): StreamDoc {
  return {
    file,
    index: span.index,
    data,
    locate: (path) => slow(span.index).locate(path),
    locateKey: (path) => slow(span.index).locateKey(path),
    // The document's own start (every reader's line) is in its span; a path inside it reads its positions
    // and counts its lines from the span's (a finding's document is a few dozen lines).
    locateEntry: (path) =>
      path.length === 0
        ? { file, line: span.line, column: span.start - span.from + 1 }
        : { file, ...lineCursor(text, span.from, span.line)(blockEntry(positionsOf(text, span), path)) },
  };
}

/**
 * Positions of the document asked last (findings come document after document), read again from its
 * text: kept for every document they would take about three times the memory of the data, and building
 * them in the first read cost a third of it for the few documents a finding points into.
 */
function positionsOf(text: string, span: BlockSpan): BlockNode {
  if (recent?.span !== span) recent = { span, root: blockPositions(text, span) };
  return recent.root;
}

/** Offset of the entry at `path`, by the rule of locateEntry (see nearestNode). */
function blockEntry(root: BlockNode, path: YamlPath): number {
  let node = root;
  for (const [i, seg] of path.entries()) {
    if (typeof node === 'number') break;
    if (node.map) {
      const at = node.map.indexOf(String(seg)); // entries are triples: key, key offset, value
      if (at < 0 || at % 3 !== 0) break;
      const value = node.map[at + 2] as BlockNode;
      if (i === path.length - 1) return typeof value === 'number' ? value : (node.map[at + 1] as number);
      node = value;
    } else if (node.seq && typeof seg === 'number' && node.seq[seg] !== undefined) {
      node = node.seq[seg];
    } else {
      break;
    }
  }
  return typeof node === 'number' ? node : node.start;
}

type Position = (offset: number) => { line: number; column: number };

function positions(lineCounter: LineCounter): Position {
  return (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
}

function spanLocation(file: string, pos: Position, range: readonly number[] | undefined): Location {
  if (!range) return { file, line: 1, column: 1 };
  const start = pos(range[0]!);
  const end = pos(range[1]!);
  return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A location without its end, as findings carry. */
function startOf(l: Location): Location {
  return { file: l.file, ...(l.line !== undefined ? { line: l.line } : {}), ...(l.column !== undefined ? { column: l.column } : {}) };
}

function yamlDoc(doc: Document, file: string, pos: Position): Located {
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new ConfigError(`YAML syntax error: ${yamlMessage(err.message)}`, { file, ...pos(err.pos[0]) });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = errorMessage(e);
    // yaml's words for a count past maxAliasCount; an alias to no anchor (anchors do not cross `---`) is a plain error.
    const bomb = /excessive alias count/i.test(msg);
    throw new ConfigError(
      bomb ? `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT}); refusing a possible alias bomb` : `cannot read YAML: ${yamlMessage(msg)}`,
      { file, ...aliasPosition(doc, pos) },
    );
  }
  const at = (node: Node | undefined): Location => spanLocation(file, pos, node?.range ?? undefined);
  return {
    file,
    data,
    locate: (path) => at(nearestNode(doc, path).node),
    locateKey: (path) => {
      const found = nearestNode(doc, path);
      return at(found.key ?? found.node);
    },
    locateEntry: (path) => {
      const found = nearestNode(doc, path);
      return startOf(at(found.key && !isScalar(found.node) ? found.key : found.node));
    },
  };
}

/**
 * Line and column of an offset as yaml's LineCounter gives them, the lines counted from the offset asked
 * last when this one is not before it (a reader and its findings ask in file order), else from `from`
 * (the start of line `firstLine`): no table of the file's lines.
 */
function lineCursor(text: string, from = 0, firstLine = 1): Position {
  let at = from;
  let line = firstLine;
  let lineStart = from;
  return (offset) => {
    if (offset < at) {
      at = from;
      line = firstLine;
      lineStart = from;
    }
    for (let nl = text.indexOf('\n', at); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    at = offset;
    return { line, column: offset - lineStart + 1 };
  };
}

function jsonDoc(text: string, file: string, data: unknown): Located {
  const pos = lineCursor(text);
  const at = (s: Span): Location => spanLocation(file, pos, [s.start, s.end]);
  const index = newJsonIndex();
  const find = (path: YamlPath): JsonFound => findJsonNode(text, path, index);
  return {
    file,
    data,
    locate: (path) => at(find(path).node),
    locateKey: (path) => {
      const found = find(path);
      return at(found.key ?? found.node);
    },
    // A finding's start only: the end of a whole document's value would be a scan of all of it.
    locateEntry: (path) => {
      const p = pos(findJsonEntryStart(text, path, index));
      return { file, line: p.line, column: p.column };
    },
  };
}

/** Parts of the yaml library's messages that quote the text (a token, a tag, a key): its position says where instead. */
const QUOTED_TEXT: ReadonlyArray<[RegExp, string]> = [
  [/: ".*$/, ''],
  [/^(Not a YAML token|Block scalar header includes extra characters|Ordered maps must not include duplicate keys|Could not resolve tag|Not a valid tag|Unresolved tag): .*$/, '$1'],
  [/^(Unresolved plain scalar|Invalid escape sequence) .*$/, '$1'],
  [/^Unresolved alias .*$/, 'Unresolved alias: no anchor of that name earlier in the same document'],
  [/^The .* tag has no suffix$/, 'A tag has no suffix'],
  [/^Verbatim tags aren't resolved, so .* is invalid\.?$/, 'Verbatim tags are not resolved'],
];

/** The first line of a yaml library message, without any text of the document it quotes (a data value, a secret). */
function yamlMessage(message: string): string {
  // The stack overflow of very deep nesting comes as yaml's own error: say what it means.
  if (/Maximum call stack/i.test(message)) return 'the nesting is too deep to read';
  return QUOTED_TEXT.reduce((m, [re, by]) => m.replace(re, by), message.split('\n')[0]!.trim());
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
function aliasPosition(doc: Document, pos: Position): { line?: number; column?: number } {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found?.range ? pos(found.range[0]) : {};
}
