// Scalars of the block-YAML fast path (yaml-block.ts) that run over several lines: plain and quoted
// scalars folded as YAML 1.2 folds them, and literal (`|`) and folded (`>`) block scalars. Each reads
// the text itself (comment and empty lines are content here, while the block reader's line list drops
// them) and returns where it ended. Whatever yaml might read differently (or refuse) is `outside()`.
import { isScalar, Schema, type CollectionTag, type ScalarTag } from 'yaml';

/** Thrown (and caught in yaml-block.ts) when the text leaves the block subset. */
export const OUTSIDE = new Error('outside the block subset');
export const outside = (): never => {
  throw OUTSIDE;
};

const isScalarTag = (t: ScalarTag | CollectionTag): t is ScalarTag & { test: RegExp } => t.default === true && t.test instanceof RegExp && !('collection' in t && t.collection);
const CORE_TAGS = new Schema({}).tags.filter(isScalarTag);

/**
 * First characters of a core-schema null, boolean, integer or float (see CORE_TAGS' tests: `~`, null,
 * true, false, digits, a sign, `.inf`/`.nan`): a plain scalar starting with any other is a string, and
 * most are (names, URIs), so the tags' expressions are not tried on it.
 */
const MAY_BE_NON_STRING = new Set([...'~NnTtFf0123456789-+.']);

/** A plain scalar's value by the core schema, as yaml resolves it. */
export function plain(raw: string): unknown {
  if (raw === '') return outside();
  if (!MAY_BE_NON_STRING.has(raw[0]!)) return raw;
  // The core schema's common non-strings resolved here, as its tags resolve them: the tags' code then
  // runs only for rare scalars (floats, hex, signs), and the parser's optimised code is not thrown
  // away the first time a boolean shows up after it was compiled.
  if (isDigits(raw)) return parseInt(raw, 10); // int (the tags tried before it need a letter)
  switch (raw) {
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
  }
  // Past those words, the core schema's non-strings start with a digit, a sign or a dot (ints, floats,
  // `.inf`, `.nan`): one starting with a letter or `~` (`name`, `team-3`, `~x`) is a string.
  if (raw.charCodeAt(0) >= 0x41) return raw;
  const tag = CORE_TAGS.find((t) => t.test.test(raw));
  const value = tag ? tag.resolve(raw, outside, { intAsBigInt: false }) : raw;
  return isScalar(value) ? value.value : value; // booleans come wrapped
}

function isDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The escapes JSON and YAML share. */
const JSON_ESCAPES = new Set([...'"\\/bfnrtu']);

/** Double-quoted with JSON's escapes only; YAML's others (\x, \e, \N, an escaped line break …) go to yaml. */
export function doubleQuoted(quoted: string): string {
  for (let p = quoted.indexOf('\\'); p >= 0; p = quoted.indexOf('\\', p + 2)) if (!JSON_ESCAPES.has(quoted[p + 1]!)) outside();
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return outside();
  }
}

/** One line of the text: where it starts, its first non-space character, and its end (line break or `limit`). */
interface RawLine {
  start: number;
  off: number;
  end: number;
}

function lineAt(text: string, start: number, limit: number): RawLine {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 || nl > limit ? limit : nl;
  let off = start;
  while (off < end && text.charCodeAt(off) === 0x20) off++;
  return { start, off, end };
}

/** The lines after the one ending at `end`, up to `limit` (the end of the document). */
function* linesAfter(text: string, end: number, limit: number): Generator<RawLine> {
  for (let start = end + 1; start < limit; ) {
    const line = lineAt(text, start, limit);
    yield line;
    start = line.end + 1;
  }
}

/** The separator line folding puts between two lines of a flow scalar: a space, or a line feed per empty line. */
const fold = (empty: number): string => (empty === 0 ? ' ' : '\n'.repeat(empty));

/**
 * Whether a plain scalar whose first line ends at `firstEnd` ends there: the next line has content and
 * is not deeper than the parent (or is a comment), or the document ends. Tested before foldPlain, without
 * its line objects: most plain scalars end on their line.
 */
export function endsOnItsLine(text: string, firstEnd: number, parentIndent: number, limit: number): boolean {
  const start = firstEnd + 1;
  if (start >= limit) return true;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 || nl > limit ? limit : nl;
  let off = start;
  while (off < end && text.charCodeAt(off) === 0x20) off++;
  return off < end && (off - start <= parentIndent || text.charCodeAt(off) === 0x23);
}

/**
 * A plain scalar going on over the lines below that are indented deeper than its parent (`first` is
 * its text on its own line, which ends at `firstEnd`). Spaces around each line are dropped. A comment
 * line or a shallower line ends it: what follows is the block reader's again. Returns the folded text
 * and the end of its last line. The block reader calls it only when endsOnItsLine says the scalar goes on
 * (for one that ends on its line, the loop below returns `first` as it is).
 */
export function foldPlain(text: string, first: string, firstEnd: number, parentIndent: number, limit: number): { raw: string; end: number } {
  let raw = first;
  let end = firstEnd;
  let empty = 0;
  for (const line of linesAfter(text, firstEnd, limit)) {
    if (line.off === line.end) {
      empty++;
      continue;
    }
    if (line.off - line.start <= parentIndent || text[line.off] === '#') break;
    const part = text.slice(line.off, line.end).trimEnd();
    // An implicit key or a comment inside: yaml reads a mapping, an error, or the end of the scalar.
    if (part.includes(': ') || part.endsWith(':') || part.includes(' #')) outside();
    raw += fold(empty) + part;
    empty = 0;
    end = line.end;
  }
  return { raw, end };
}

/** Offset after the closing quote of the quoted scalar at `at`, searched up to `limit`. */
function closingQuote(text: string, at: number, limit: number): number | undefined {
  const q = text[at]!;
  for (let p = text.indexOf(q, at + 1); p >= 0 && p < limit; p = text.indexOf(q, p + 1)) {
    if (q === "'" && text[p + 1] === "'") p++; // '' is an escaped quote
    else if (q === "'" || !escaped(text, p)) return p + 1;
  }
  return undefined;
}

/** An odd number of backslashes before `p`. */
function escaped(text: string, p: number): boolean {
  let n = 0;
  while (text[p - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/**
 * A quoted scalar whose closing quote is on a later line. Its lines fold as a plain scalar's do; lines
 * after the first must be deeper than the parent (yaml refuses others). An escaped line break (a `\` at
 * the end of a line) joins lines without a space: left to yaml. Returns the value and the offset after
 * the closing quote.
 */
export function foldQuoted(text: string, at: number, parentIndent: number, limit: number): [string, number] {
  const q = text[at]!;
  const close = closingQuote(text, at, limit) ?? outside();
  const lines = text.slice(at + 1, close - 1).split('\n');
  let raw = lines[0]!.trimEnd();
  let empty = 0;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    const last = k === lines.length - 1;
    const part = last ? line.trimStart() : line.trim(); // spaces before the closing quote are content
    if (part === '' && !last) {
      empty++;
      continue;
    }
    if (line.length - line.trimStart().length <= parentIndent) outside(); // for the last line: the quote's column
    raw += fold(empty) + part;
    empty = 0;
  }
  if (q === "'") return [raw.replaceAll("''", "'"), close];
  if (lines.some((line, k) => k < lines.length - 1 && line.trimEnd().endsWith('\\'))) outside();
  return [doubleQuoted(`"${raw.replaceAll('\n', '\\n')}"`), close];
}

/** `|` or `>`, an indentation digit and a chomping sign in either order, then spaces or a comment. */
const BLOCK_HEADER = /^([|>])(?:([1-9])([+-])?|([+-])([1-9])?)?(?: +#.*| *)$/;

/**
 * A literal (`|`) or folded (`>`) block scalar whose header is at `at`. Its content is indented by the
 * indentation indicator beyond the parent, or as deep as its first non-empty line. Returns the value and
 * the end of its last content line. Left to yaml: an empty scalar, a line of spaces deeper than the
 * content (content by YAML's rules, but easily misread), and kept (`+`) line breaks at the end of a
 * document or before a comment (which empty lines they keep there depends on what follows the document).
 */
export function blockScalar(text: string, at: number, parentIndent: number, limit: number): { value: string; end: number } {
  const headerEnd = lineAt(text, at, limit).end;
  const m = BLOCK_HEADER.exec(text.slice(at, headerEnd)) ?? outside();
  const digit = m[2] ?? m[5];
  const chomp = m[3] ?? m[4] ?? '';
  const { rows, end, trailing, stop } = blockRows(text, headerEnd, parentIndent, digit ? parentIndent + Number(digit) : undefined, limit);
  if (rows.length === 0) outside();
  if (chomp === '+' && (!stop || text[stop.off] === '#')) outside(); // kept breaks not ended by content: see above
  const content = m[1] === '|' ? rows.join('\n') : foldBlock(rows);
  const value = chomp === '-' ? content : chomp === '+' ? content + '\n'.repeat(trailing + 1) : `${content}\n`;
  return { value, end };
}

/**
 * The lines of a block scalar after its header, without their indentation; '' for an empty line. Stops
 * at the first non-empty line shallower than the content. `trailing` counts the empty lines after the
 * last content line, `stop` is the line that ended the scalar (none at the end of the document).
 */
function blockRows(
  text: string,
  headerEnd: number,
  parentIndent: number,
  explicit: number | undefined,
  limit: number,
): { rows: string[]; end: number; trailing: number; stop?: RawLine } {
  let indent = explicit;
  let widestEmpty = 0; // of the empty lines before the indentation is known
  const rows: string[] = [];
  let end = headerEnd;
  let empty = 0;
  for (const line of linesAfter(text, headerEnd, limit)) {
    const width = line.off - line.start;
    if (line.off === line.end) {
      if (indent !== undefined && width > indent) outside();
      widestEmpty = Math.max(widestEmpty, width);
      empty++;
      continue;
    }
    if (indent === undefined) {
      if (width <= parentIndent) return { rows, end, trailing: empty, stop: line };
      indent = width;
      if (widestEmpty > indent) outside(); // yaml refuses leading empty lines deeper than the content
    }
    if (width < indent) return { rows, end, trailing: empty, stop: line };
    for (; empty > 0; empty--) rows.push('');
    rows.push(text.slice(line.start + indent, line.end));
    end = line.end;
  }
  return { rows, end, trailing: empty };
}

/**
 * Folding of a `>` scalar: a line break between two lines that start with text becomes a space, or
 * goes when empty lines follow it (each empty line is a line feed); around a more-indented line (one
 * starting with a space) every line break is kept.
 */
function foldBlock(rows: string[]): string {
  let out = '';
  let empty = 0;
  let previous: string | undefined;
  for (const row of rows) {
    if (row === '') {
      empty++;
      continue;
    }
    if (previous === undefined) out += '\n'.repeat(empty);
    else if (previous[0] !== ' ' && row[0] !== ' ') out += fold(empty);
    else out += '\n'.repeat(empty + 1);
    out += row;
    previous = row;
    empty = 0;
  }
  return out;
}
