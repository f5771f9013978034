// The fast path of src/io/yaml.ts for block YAML as Kubernetes manifests and OSV records are written:
// block mappings and lists; plain, quoted and block (`|`, `>`) scalars, also over several lines
// (yaml-block-scalars.ts); one-line flow collections. Plain scalars resolve through the `yaml` package's
// own core-schema tags. Anything else (anchors, aliases, tags, multi-line flow, tabs, carriage returns,
// directives, `...`, repeated keys) returns undefined and the text goes to the `yaml` parser, which also
// gives every error message. Data and start offsets equal yaml's (test/unit/io/yaml-block.test.ts).
import { blockScalar, doubleQuoted, endsOnItsLine, foldPlain, foldQuoted, OUTSIDE, outside, plain } from './yaml-block-scalars.js';

/** A scalar's start offset (yaml's range[0]), or a mapping's or list's with its entries or items (numbers keep the tree small). */
export type BlockNode = number | BlockCollection;
export interface BlockCollection {
  start: number;
  /** A mapping's entries as flat triples: key, key offset, value node (arrays: far smaller than Maps). */
  map?: Array<string | BlockNode>;
  seq?: BlockNode[];
}

/** Where a document of a stream is: enough to read its positions again (blockPositions). */
export interface BlockSpan {
  /** 0-based index of the document in the stream, empty documents counted as yaml counts them. */
  index: number;
  /** Offsets of the document's text. */
  from: number;
  to: number;
  /** Offset of its root node (where its first line's content starts), and that line's number (1-based). */
  start: number;
  line: number;
}

/** A document as parseBlockStream reads it: its data; its positions for the first document only (others are read again, by blockPositions, when asked). */
export interface BlockDoc extends BlockSpan {
  data: unknown;
  positions?: BlockNode;
}

/** Directives and document end markers, which this subset leaves to yaml. */
const DIRECTIVE_OR_END = /^(?:%|\.\.\.)/m;
const DOC_MARKER = /^---(?: +(?:#.*)?)?$/;
/** First characters of a plain scalar that mean something else in YAML. */
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const FLOW_STOP = new Set([...',[]{}:#']);

interface Line {
  /** Offset of the first non-space character, and of the end of the line. */
  off: number;
  end: number;
  indent: number;
}

export function parseBlockStream(text: string): BlockDoc[] | undefined {
  return guarded(text, () => {
    let read = 0;
    return splitDocuments(text, 0, text.length).flatMap((doc) => {
      if (doc.lines.length === 0) return []; // an empty document: counted, not returned
      const first = doc.lines[0]!;
      // Data only (building every node's positions costs a sixth of the parse, and findings ask for few
      // documents), but for a stream's first document: the positions code then runs from the start and
      // the parser's optimised code is not thrown away when the first finding asks for positions.
      const [data, positions] = parseLines(text, doc, read++ === 0);
      const parsed: BlockDoc = { index: doc.index, data, from: first.off - first.indent, to: doc.end, start: first.off, line: doc.line };
      if (typeof positions !== 'number') parsed.positions = positions;
      return [parsed];
    });
  });
}

/** A text of exactly one document, as yaml's parseDocument reads it (a second document is its error). */
export function parseBlockDocument(text: string): { data: unknown } | undefined {
  return guarded(text, () => {
    const docs = splitDocuments(text, 0, text.length);
    return docs.length === 1 && docs[0]!.lines.length > 0 ? { data: parseLines(text, docs[0]!, false)[0] } : undefined;
  });
}

/** What `read` returns, or undefined when the text leaves the subset. */
function guarded<T>(text: string, read: () => T): T | undefined {
  if (DIRECTIVE_OR_END.test(text) || hasUnsupportedCharacter(text)) return undefined;
  try {
    return read();
  } catch (e) {
    if (e === OUTSIDE || e instanceof RangeError) return undefined; // RangeError: nested too deep for the stack
    throw e;
  }
}

/**
 * The positions of a document parseBlockStream read, read again: kept for every document, they would
 * take about three times the memory of the data; findings ask for few documents, one after another.
 */
export function blockPositions(text: string, span: BlockSpan): BlockNode {
  return parseLines(text, splitDocuments(text, span.from, span.to, span.line)[0]!, true)[1];
}

/** The document's data and, when `positions`, its positions (else only the root's start). */
function parseLines(text: string, { lines, end }: SplitDoc, positions: boolean): [unknown, BlockNode] {
  const parser = new BlockParser(text, lines, end, positions);
  const data = parser.node(lines[0]!.indent);
  if (parser.i < lines.length) outside();
  return [data, parser.at];
}

/** Tabs, carriage returns, other control characters and a byte order mark: yaml reads them by rules this subset does not copy. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff]/;
function hasUnsupportedCharacter(text: string): boolean {
  return UNSUPPORTED_CHARACTER.test(text); // one compiled scan: faster than a loop over the characters
}

interface SplitDoc {
  index: number;
  /** Line number (1-based) of its first line of content. */
  line: number;
  /** Its lines of content (neither empty nor comments). */
  lines: Line[];
  /** Where its text ends (before the next `---` line): a scalar over several lines may take comment-like lines up to there. */
  end: number;
}

/** Documents at `---` lines: text before the first marker is a document only when it has content. `line`: the line number at `from`. */
function splitDocuments(text: string, from: number, to: number, line = 1): SplitDoc[] {
  const docs: SplitDoc[] = [{ index: 0, line: 0, lines: [], end: to }];
  let marked = false;
  for (let start = from; start < to; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > to ? to : nl;
    let off = start;
    while (off < end && text.charCodeAt(off) === 0x20) off++;
    if (off === start && text.startsWith('---', start)) {
      if (!DOC_MARKER.test(text.slice(start, end))) outside();
      if (marked || docs[0]!.lines.length > 0) {
        docs[docs.length - 1]!.end = start - 1;
        docs.push({ index: docs.length, line: 0, lines: [], end: to });
      }
      marked = true;
    } else if (off < end && text.charCodeAt(off) !== 0x23) {
      const doc = docs[docs.length - 1]!;
      if (doc.lines.length === 0) doc.line = line;
      doc.lines.push({ off, end, indent: off - start });
    }
    start = end + 1;
  }
  return docs;
}

class BlockParser {
  i = 0;
  /**
   * The node (start offset, or positions) of the value read last. Values are returned alone and their
   * node left here: a [value, node] pair per value was most of what the parser allocated.
   */
  at: BlockNode = 0;
  /** Where the flow collection or flow item read last ends, and the offset after the quote of the quoted scalar read last. */
  private flowEnd = 0;
  private quoteEnd = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
    /** The end of the document's text. */
    private readonly limit: number,
    /** Whether collections record their entries' positions (else a collection's node is its start offset). */
    private readonly positions: boolean,
  ) {}

  /** The block node whose first line is lines[i], at `indent`. */
  node(indent: number): unknown {
    const line = this.lines[this.i]!;
    if (this.isDash(line.off, line.end)) return this.seq(indent);
    if (this.key(line.off, line.end)) return this.map(indent);
    return outside();
  }

  private map(indent: number): unknown {
    const data: Record<string, unknown> = {};
    const entries: Array<string | BlockNode> | undefined = this.positions ? [] : undefined;
    const start = this.lines[this.i]!.off;
    while (this.i < this.lines.length && this.lines[this.i]!.indent === indent) {
      const line = this.lines[this.i]!;
      const name = this.key(line.off, line.end) ?? outside();
      if (name === '__proto__' || Object.hasOwn(data, name)) outside();
      data[name] = this.valueAfter(this.keyColon + 1, line, indent, true);
      entries?.push(name, line.off, this.at);
    }
    if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) outside();
    this.at = entries ? { start, map: entries } : start;
    return data;
  }

  private seq(indent: number): unknown {
    const data: unknown[] = [];
    const items: BlockNode[] | undefined = this.positions ? [] : undefined;
    const start = this.lines[this.i]!.off;
    while (this.i < this.lines.length && this.lines[this.i]!.indent === indent && this.isDash(this.lines[this.i]!.off, this.lines[this.i]!.end)) {
      const line = this.lines[this.i]!;
      const rest = this.skipSpaces(line.off + 1, line.end);
      if (rest < line.end && (this.isDash(rest, line.end) || this.key(rest, line.end))) {
        // `- key: value` or `- - item`: the rest of the line opens a node at its own column.
        const column = line.indent + (rest - line.off);
        this.lines[this.i] = { off: rest, end: line.end, indent: column };
        data.push(this.node(column));
      } else {
        data.push(this.valueAfter(line.off + 1, line, indent, false));
      }
      items?.push(this.at);
    }
    if (this.i < this.lines.length && this.lines[this.i]!.indent > indent) outside();
    this.at = items ? { start, seq: items } : start;
    return data;
  }

  /**
   * The value after a `:` or `-` at `from`: on the same line, or a block below (for a mapping entry also
   * a list at the same indent), or null (which yaml places after the indicator and its spaces).
   */
  private valueAfter(from: number, line: Line, indent: number, inMap: boolean): unknown {
    const at = this.skipSpaces(from, line.end);
    if (at < line.end && this.text.charCodeAt(at) !== 0x23) return this.scalarAt(at, line, indent);
    this.i++;
    const next = this.lines[this.i];
    if (next && (next.indent > indent || (inMap && next.indent === indent && this.isDash(next.off, next.end)))) return this.node(next.indent);
    this.at = at;
    return null;
  }

  /**
   * A value that starts on its key's or dash's line at `at`: a block scalar, a quoted or plain scalar
   * (these two may go on over deeper lines) or a one-line flow collection. `indent` is its parent's.
   */
  private scalarAt(at: number, line: Line, indent: number): unknown {
    const c = this.text.charCodeAt(at);
    if (c === 0x7c /* | */ || c === 0x3e /* > */) {
      const { value, end } = blockScalar(this.text, at, indent, this.limit);
      return this.after(end, value, at);
    }
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      let value = this.quoted(at, line.end);
      let close = this.quoteEnd;
      if (value === undefined) [value, close] = foldQuoted(this.text, at, indent, this.limit);
      const nl = this.text.indexOf('\n', close);
      const end = nl < 0 || nl > this.limit ? this.limit : nl; // of the line of the closing quote
      this.trailing(close, end);
      return this.after(end, value, at);
    }
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      const value = this.flow(at, line.end);
      this.trailing(this.flowEnd, line.end);
      return this.after(line.end, value, this.at);
    }
    return this.plainAt(at, line, indent);
  }

  /** A plain scalar: on its line, or folded with the deeper lines below when nothing but spaces ends its line. */
  private plainAt(at: number, line: Line, indent: number): unknown {
    if (!this.plainStart(at, line.end)) outside();
    const hash = this.commentOnLine(at, line.end);
    const raw = this.text.slice(at, hash >= 0 ? hash : line.end).trimEnd();
    if (raw.includes(': ') || raw.endsWith(':')) outside();
    this.trailing(at + raw.length, line.end);
    // A comment ends the scalar (deeper lines below are yaml's error); so does a next line that is not deeper.
    if (hash >= 0 || endsOnItsLine(this.text, line.end, indent, this.limit)) return this.after(line.end, plain(raw), at);
    const folded = foldPlain(this.text, raw, line.end, indent, this.limit);
    return this.after(folded.end, plain(folded.raw), at);
  }

  /** Offset of the first ` #` within [at, end), -1 when none: searching the line only (the next comment may be far below). */
  private commentOnLine(at: number, end: number): number {
    for (let p = at; p + 1 < end; p++) if (this.text.charCodeAt(p) === 0x20 && this.text.charCodeAt(p + 1) === 0x23) return p;
    return -1;
  }

  /** Moves past the lines up to `end`, where a value ended, and returns the value (its node in `at`). */
  private after(end: number, value: unknown, node: BlockNode): unknown {
    while (this.i < this.lines.length && this.lines[this.i]!.off <= end) this.i++;
    this.at = node;
    return value;
  }

  /** A one-line flow collection starting at `at`; its node in `at`, its end in `flowEnd`. */
  private flow(at: number, end: number): unknown {
    const isMap = this.text[at] === '{';
    const close = isMap ? '}' : ']';
    const data: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const node: BlockCollection | undefined = !this.positions ? undefined : isMap ? { start: at, map: [] } : { start: at, seq: [] };
    let p = this.skipSpaces(at + 1, end);
    if (this.text[p] === close) return this.flowDone(data, node ?? at, p + 1);
    for (;;) {
      if (isMap) {
        const keyAt = p;
        const name = this.flowKey(p, end);
        const keyEnd = this.flowEnd;
        if (name === '__proto__' || Object.hasOwn(data, name) || this.text[keyEnd] !== ':' || this.text[keyEnd + 1] !== ' ') outside();
        (data as Record<string, unknown>)[name] = this.flowItem(this.skipSpaces(keyEnd + 1, end), end);
        node?.map!.push(name, keyAt, this.at);
      } else {
        (data as unknown[]).push(this.flowItem(p, end));
        node?.seq!.push(this.at);
      }
      p = this.skipSpaces(this.flowEnd, end);
      if (this.text[p] === close) return this.flowDone(data, node ?? at, p + 1);
      if (this.text[p] !== ',') outside();
      p = this.skipSpaces(p + 1, end);
      if (this.text[p] === close) outside(); // a trailing comma
    }
  }

  private flowDone(data: unknown, node: BlockNode, end: number): unknown {
    this.at = node;
    this.flowEnd = end;
    return data;
  }

  /** A value inside a flow collection; its node in `at`, its end in `flowEnd`. */
  private flowItem(at: number, end: number): unknown {
    const c = this.text[at];
    if (c === '[' || c === '{') return this.flow(at, end);
    if (c === '"' || c === "'") return this.flowDone(this.quoted(at, end) ?? outside(), at, this.quoteEnd);
    const stop = this.plainFlowEnd(at, end);
    return this.flowDone(plain(this.text.slice(at, stop).trimEnd()), at, stop);
  }

  /** A key inside a flow mapping; where it ends in `flowEnd`. */
  private flowKey(at: number, end: number): string {
    const c = this.text[at];
    if (c === '"' || c === "'") {
      const name = this.quoted(at, end) ?? outside();
      this.flowEnd = this.quoteEnd;
      return name;
    }
    const stop = this.plainFlowEnd(at, end);
    const raw = this.text.slice(at, stop);
    if (raw !== raw.trimEnd()) outside();
    this.flowEnd = stop;
    return keyName(raw);
  }

  /** End of a plain scalar in a flow collection; a `:` or `#` inside it is left to yaml. */
  private plainFlowEnd(at: number, end: number): number {
    if (!this.plainStart(at, end)) outside();
    let p = at;
    while (p < end && !FLOW_STOP.has(this.text[p]!)) p++;
    if (p === end || this.text[p] === '#' || (this.text[p] === ':' && this.text[p + 1] !== ' ') || this.text[p] === '[' || this.text[p] === '{') outside();
    return p;
  }

  // The key read last and where (a line is asked whether it opens a mapping before its entry is read),
  // in fields rather than an object per key: a fleet has hundreds of thousands of keys.
  private lastKeyAt = -1;
  private lastKeyEnd = -1;
  private lastKeyName: string | undefined;
  /** Offset of the `:` of the key read last. */
  private keyColon = -1;

  /** The name of a mapping key at `at` (plain or quoted) followed by `:` and a space or the end of the line; its colon in keyColon. */
  private key(at: number, end: number): string | undefined {
    if (this.lastKeyAt !== at || this.lastKeyEnd !== end) {
      this.lastKeyName = this.readKey(at, end);
      this.lastKeyAt = at;
      this.lastKeyEnd = end;
    }
    return this.lastKeyName;
  }

  private readKey(at: number, end: number): string | undefined {
    const c = this.text[at]!;
    if (c === '"' || c === "'") {
      const name = this.quoted(at, end); // a key is on one line
      const close = name === undefined ? -1 : this.quoteEnd;
      this.keyColon = close;
      return this.text[close] === ':' && (close + 1 === end || this.text[close + 1] === ' ') ? (name ?? '') : undefined;
    }
    if (INDICATOR.has(c)) return undefined;
    let colon = this.text.indexOf(':', at);
    while (colon >= 0 && colon < end && colon + 1 < end && this.text[colon + 1] !== ' ') colon = this.text.indexOf(':', colon + 1);
    if (colon < 0 || colon >= end) return undefined;
    const raw = this.text.slice(at, colon).trimEnd();
    if (raw.includes(' #') || raw.length > 1000) outside();
    this.keyColon = colon;
    return keyName(raw);
  }

  /** A quoted scalar on one line: its value (the offset after the closing quote in `quoteEnd`); undefined when it goes on below. */
  private quoted(at: number, end: number): string | undefined {
    const q = this.text[at]!;
    for (let p = at + 1; p < end; p++) {
      const c = this.text[p];
      if (q === '"' && c === '\\') p++;
      else if (c === q && q === "'" && this.text[p + 1] === "'") p++;
      else if (c === q) {
        this.quoteEnd = p + 1;
        return q === '"' ? doubleQuoted(this.text.slice(at, p + 1)) : this.text.slice(at + 1, p).replaceAll("''", "'");
      }
    }
    return undefined;
  }

  /** Only spaces, or a comment after a space, may follow a value. */
  private trailing(from: number, end: number): void {
    const p = this.skipSpaces(from, end);
    if (p < end && !(this.text[p] === '#' && p > from)) outside();
  }

  /** A plain scalar may start here: not an indicator, except `-` before a character that is not a space or flow indicator (`-1`). */
  private plainStart(at: number, end: number): boolean {
    const c = this.text[at];
    if (c === undefined || at >= end) return false;
    if (!INDICATOR.has(c)) return true;
    const d = this.text[at + 1];
    return c === '-' && at + 1 < end && d !== ' ' && !FLOW_STOP.has(d!);
  }

  private isDash(at: number, end: number): boolean {
    // Every comparison made on every call: an operation first reached late (a list after many mappings)
    // would throw away the parser's optimised code for want of type feedback.
    const dash = this.text.charCodeAt(at) === 0x2d;
    const then = at + 1;
    const endsHere = then === end;
    const space = this.text.charCodeAt(then) === 0x20;
    return dash && (endsHere || space);
  }

  private skipSpaces(p: number, end: number): number {
    while (p < end && this.text.charCodeAt(p) === 0x20) p++;
    return p;
  }
}

/**
 * Names of plain keys read before, by their text: a fleet repeats the same few hundred keys (`metadata`,
 * `name`) hundreds of thousands of times, and each key kept in the data is then one shared string rather
 * than one copy per occurrence (less for the garbage collector to move). Bounded: keys are untrusted.
 */
const KEY_NAMES = new Map<string, string>();
const KEY_NAMES_MAX = 4096;

/** A plain key: a string key only (yaml would turn `1:` or `true:` into a number or a boolean key). */
function keyName(raw: string): string {
  const known = KEY_NAMES.get(raw);
  if (known !== undefined) return known;
  const value = plain(raw);
  if (typeof value !== 'string') return outside();
  if (KEY_NAMES.size < KEY_NAMES_MAX) KEY_NAMES.set(raw, value);
  return value;
}
