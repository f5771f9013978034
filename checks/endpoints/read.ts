// Reading endpoint definition files: globs inside the workspace, multi-document YAML (JSON is read by
// the same parser) with source positions kept for every node, so findings point at file:line.
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { expandGlob, isGlob } from '../../src/io/glob.js';
import { toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Location } from '../../src/report/model.js';
import type { DocRef } from './model.js';

const MAX_BYTES = 16 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
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
  patterns.forEach((pattern, i) => {
    const hits = expandGlob(workspace, baseDir, pattern, where(i)).filter((abs) => (isGlob(pattern) ? DEFINITION_FILE.test(abs) : true));
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
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, expected a YAML or JSON file' : errorMessage(e), { file });
  }
  if (text.length > MAX_BYTES) throw new ConfigError(`file is larger than ${MAX_BYTES} bytes`, { file });
  return fastDocuments(text, file) ?? parseDocuments(text, file);
}

/** CloudFormation short-form intrinsics: read as their plain value, as the position-keeping parser does. */
const CFN_TAGS = ['Ref', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'And', 'Or', 'Not', 'FindInMap', 'GetAZs', 'ImportValue', 'Base64', 'Cidr', 'Condition', 'Transform', 'Length', 'ToJsonString'];
const FAST_SCHEMA = jsyaml.CORE_SCHEMA.extend(
  CFN_TAGS.flatMap((t) => (['scalar', 'sequence', 'mapping'] as const).map((kind) => new jsyaml.Type(`!${t}`, { kind, construct: (data: unknown) => data ?? (kind === 'scalar' ? '' : null) }))),
);
/** Anchors and aliases go to the parser that bounds alias expansion. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/m;
const DOC_MARKER = /^(?:---|\.\.\.)(?:\s|$)/;

/**
 * The fast path (about ten times faster than the position-keeping parser): JSON.parse for .json,
 * js-yaml (YAML 1.2 core schema) for YAML split at its `---` lines, with positions found from the text
 * only when a finding asks for one. Anything unusual (a syntax error, anchors, a document marker with
 * content) returns undefined and the file is read by the position-keeping parser instead.
 */
function fastDocuments(text: string, file: string): Doc[] | undefined {
  if (ANCHOR_OR_ALIAS.test(text)) return undefined;
  if (/\.json$/i.test(file)) {
    try {
      const data: unknown = JSON.parse(text);
      return data === null ? [] : [{ file, index: 0, data, locate: textLocator(text, 0, text.length, 0, file) }];
    } catch {
      return undefined;
    }
  }
  // Documents: split at lines that are `---` or `...` (with nothing but a comment after them).
  const chunks: Array<[number, number, number]> = []; // start offset, end offset, first line (0-based)
  let start = 0;
  let startLine = 0;
  let line = 0;
  for (let pos = 0; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(pos);
    if ((c === 45 || c === 46) && DOC_MARKER.test(text.slice(pos, Math.min(end, pos + 4)))) {
      const rest = text.slice(pos + 3, end).trim();
      if (rest !== '' && !rest.startsWith('#')) return undefined; // "--- value": leave it to the full parser
      chunks.push([start, pos, startLine]);
      start = end + 1;
      startLine = line + 1;
    } else if (pos === start && c === 37) {
      return undefined; // a %directive
    }
    pos = end + 1;
  }
  chunks.push([start, text.length, startLine]);
  const out: Doc[] = [];
  try {
    for (const [from, to, first] of chunks) {
      if (from >= to) continue;
      const data: unknown = jsyaml.load(text.slice(from, to), { schema: FAST_SCHEMA, filename: file });
      if (data === null || data === undefined) continue;
      out.push({ file, index: out.length, data, locate: textLocator(text, from, to, first, file) });
    }
  } catch {
    return undefined;
  }
  return out;
}

/** Leading spaces and tabs (no allocation: the locator scans many lines). */
function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}
/** Blank, a comment, or only a carriage return. */
function blank(line: string): boolean {
  const i = indentOf(line);
  return i === line.length || line.charCodeAt(i) === 35 || (i === line.length - 1 && line.charCodeAt(i) === 13);
}

/**
 * Line of a node found from the text of a block-style YAML or pretty-printed JSON document: each key
 * is searched below its parent, deeper-indented; sequence items are counted at the child indent. A node
 * the text search cannot find (flow style, one-line JSON) resolves to its nearest found ancestor.
 */
function textLocator(text: string, fromOffset: number, toOffset: number, firstLine: number, file: string): (path: ReadonlyArray<string | number>) => Location {
  let lines: string[] | undefined;
  let indents: Int32Array | undefined;
  return (path) => {
    if (path.length === 0) {
      // The document's first line with content, found without splitting the text.
      let pos = fromOffset;
      let n = firstLine;
      while (pos < toOffset) {
        const nl = text.indexOf('\n', pos);
        const end = nl < 0 || nl > toOffset ? toOffset : nl;
        const t = text.slice(pos, end).trim();
        if (t !== '' && !t.startsWith('#')) return { file, line: n + 1, column: text.slice(pos, end).length - text.slice(pos, end).trimStart().length + 1 };
        pos = end + 1;
        n++;
      }
      return { file, line: firstLine + 1, column: 1 };
    }
    if (!lines) {
      lines = text.slice(fromOffset, toOffset).split('\n');
      indents = new Int32Array(lines.length);
      // -1 marks a blank or comment line: it neither opens nor closes a block.
      lines.forEach((l, i) => (indents![i] = blank(l) ? -1 : indentOf(l)));
    }
    const ls: string[] = lines;
    const ind: Int32Array = indents!;
    const to = ls.length;
    let first = 0;
    while (first < to && ind[first]! < 0) first++;
    if (first >= to) return { file, line: firstLine + 1, column: 1 };
    let line = first;
    let indent = -1;
    let includeCurrent = true;
    for (const seg of path) {
      let found = -1;
      let foundIndent = -1;
      if (typeof seg === 'number') {
        let childIndent = -1;
        let n = -1;
        for (let i: number = includeCurrent ? line : line + 1; i < to; i++) {
          const li = ind[i]!;
          if (li < 0) continue;
          if (i > line && li <= indent) break;
          if (childIndent < 0 && i > line) childIndent = li;
          if (li !== childIndent) continue;
          const t = ls[i]!.slice(li);
          const item = t.startsWith('- ') || t === '-' || t === '-\r' || /^["\d{[tfn]/.test(t) || /^-\d/.test(t);
          if (!item) continue;
          if (++n === seg) {
            found = i;
            foundIndent = li;
            break;
          }
        }
      } else {
        let re: RegExp | undefined;
        for (let i: number = includeCurrent ? line : line + 1; i < to; i++) {
          const li = ind[i]!;
          if (li < 0) continue;
          if (i > line && li <= indent) break;
          const l: string = ls[i]!;
          if (!l.includes(seg)) continue;
          re ??= new RegExp(`^(\\s*(?:-\\s+)*)(?:"${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"|'${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'|${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*:`);
          const m = re.exec(l);
          if (m && m[1]!.length > indent) {
            found = i;
            foundIndent = m[1]!.length;
            break;
          }
        }
      }
      if (found < 0) break;
      line = found;
      indent = foundIndent;
      includeCurrent = typeof seg === 'number';
    }
    return { file, line: firstLine + line + 1, column: (indent < 0 ? ind[line]! : indent) + 1 };
  };
}

/** Position-keeping parse (the `yaml` package): every syntax error has its line and column. */
export function parseDocuments(text: string, file: string): Doc[] {
  const lineCounter = new LineCounter();
  // CloudFormation short forms (!Ref, !GetAtt, !Sub …) are unknown tags: the parser warns and keeps
  // the plain value (`!Ref Model` reads "Model"), which is what reference resolution needs.
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (!Array.isArray(docs)) return []; // an empty stream
  const out: Doc[] = [];
  docs.forEach((doc, index) => {
    const err = doc.errors[0];
    if (err) throw new ConfigError(`YAML syntax error: ${err.message.split('\n')[0]!.trim()}`, { file, ...pos(err.pos[0]) });
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const msg = errorMessage(e);
      throw new ConfigError(/alias/i.test(msg) ? `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT})` : `cannot read YAML: ${msg.split('\n')[0]}`, {
        file,
        ...(doc.contents?.range ? pos(doc.contents.range[0]) : {}),
      });
    }
    if (data === null || data === undefined) return;
    out.push({ file, index, data, locate: (path) => locateIn(doc, path, file, pos) });
  });
  return out;
}

function locateIn(doc: Document, path: ReadonlyArray<string | number>, file: string, pos: (o: number) => { line: number; column: number }): Location {
  let node: unknown = doc.contents;
  for (const [i, seg] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      next = pair ? (pair.value ?? pair.key) : undefined;
      // A key whose value is a collection: point at the key line (the value may start on the next line).
      if (pair && !isScalar(pair.value) && isScalar(pair.key)) {
        if (i === path.length - 1) next = pair.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined || next === null) break;
    node = next;
  }
  const range = (node as Node | null)?.range;
  return range ? { file, ...pos(range[0]) } : { file, line: 1, column: 1 };
}
