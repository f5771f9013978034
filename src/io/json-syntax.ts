// Where and why a JSON text is malformed, in fixed words: the parser's own message quotes the text
// (a record's personal data), so a reader that reports a syntax error finds it again with this scanner.
// Iterative (an explicit stack): a deeply nested line cannot overflow the call stack.
import { ConfigError } from '../errors.js';

export interface JsonSyntaxError {
  /** What is wrong, in words that never include the text. */
  kind: string;
  /** 0-based index into the text (UTF-16 code units). */
  offset: number;
}

const END = 'unexpected end of the line';
/** The kind of a text that JSON.parse reads. */
const PARSES = 'cannot be read';
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = '"\\/bfnrt';
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The first syntax error of `text` as JSON.parse reads it; a text it parses gets kind "cannot be read" at 0. */
export function jsonSyntaxError(text: string): JsonSyntaxError {
  const n = text.length;
  let i = 0;
  const open: Array<'{' | '['> = [];
  const fail = (kind: string): JsonSyntaxError => ({ kind: i >= n ? END : kind, offset: Math.min(i, n) });
  const space = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const string = (): JsonSyntaxError | undefined => {
    for (i++; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail('control character in a string');
      if (c !== 92) i++;
      else if (ESCAPES.includes(text[i + 1] ?? '')) i += 2;
      else if (text[i + 1] === 'u' && ((HEX4.lastIndex = i + 2), HEX4.test(text))) i += 6;
      else if (i + 1 < n) return fail('bad escape sequence in a string');
      else i++;
    }
    return { kind: 'unterminated string', offset: n };
  };
  /** A property name and its colon; i is after "{" or ",". */
  const key = (): JsonSyntaxError | undefined => {
    space();
    if (text[i] !== '"') return fail('expected a double-quoted property name');
    const bad = string();
    if (bad) return bad;
    space();
    if (text[i] !== ':') return fail("expected ':' after a property name");
    i++;
    return undefined;
  };
  /** A scalar at i, or the opening of an object or array (pushed on `open`); true: a value ended. */
  const value = (): JsonSyntaxError | boolean => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      space();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        return true;
      }
      open.push(c);
      if (c === '{') return key() ?? false;
      return false;
    }
    if (c === '"') return string() ?? true;
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return /[0-9.eE+-]/.test(text[i] ?? '') ? fail('malformed number') : true;
    }
    return fail(c === '-' || (c !== undefined && c >= '0' && c <= '9') ? 'malformed number' : `unexpected ${characterName(text.codePointAt(i) ?? 0)}`);
  };
  for (;;) {
    const r = value();
    if (r === false) continue; // an object or array opened: its first value next
    if (r !== true) return r;
    // A value ended: close what it ends, up to the next value.
    for (;;) {
      space();
      const top = open[open.length - 1];
      if (top === undefined) return i < n ? fail('text after the JSON value') : { kind: PARSES, offset: 0 };
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        open.pop();
        continue;
      }
      if (text[i] !== ',') return fail(top === '{' ? "expected ',' or '}' after a property value" : "expected ',' or ']' after an array element");
      i++;
      if (top === '{') {
        const bad = key();
        if (bad) return bad;
      }
      break;
    }
  }
}

/** A character as a message may show it: JSON punctuation as itself, anything else by its kind and code. */
function characterName(cp: number): string {
  const c = String.fromCodePoint(cp);
  if ('{}[]:,"'.includes(c)) return `"${c}"`;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || cp === 0x7f) return `control character ${code}`;
  if (cp === 0xfffd) return 'byte that is not UTF-8';
  return /[\p{L}\p{N}]/u.test(c) ? 'letter or digit (a value without quotes?)' : `character ${code}`;
}

/**
 * Why a whole file is not JSON, in the tool's words, and where (line and column, 1-based; none when it
 * parses): one scan. The engine's message is never used: it quotes the text around the error.
 */
export function jsonFileProblem(text: string): { detail: string; line?: number; column?: number } {
  const body = text.replace(/^\uFEFF/, '');
  const { kind, offset } = jsonSyntaxError(body);
  const detail = body.trim() === '' ? 'the file is empty' : kind === END ? 'the text ends inside a value (a truncated file?)' : kind === PARSES ? 'the document breaks a rule of JSON' : kind;
  if (kind === PARSES) return { detail };
  const before = body.slice(0, offset);
  return { detail, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The configuration error of a file that is not JSON: `<what>: <why>` at its line and column. */
export function invalidJson(what: string, text: string, file: string): ConfigError {
  const { detail, ...at } = jsonFileProblem(text);
  return new ConfigError(`${what}: ${detail}`, { file, ...at });
}

/** `JSON.parse(text)`, or the configuration error `<what>: <why>` at the line and column of the fault. */
export function parseJsonText(text: string, what: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalidJson(what, text, file);
  }
}

/** Line and column (1-based) of the first syntax error of a whole file; {} when it parses. */
export function jsonErrorPosition(text: string): { line?: number; column?: number } {
  const { detail: _detail, ...at } = jsonFileProblem(text);
  return at;
}

/** Why a whole file is not JSON, in the tool's words (jsonFileProblem without the position). */
export function jsonSyntaxDetail(text: string): string {
  return jsonFileProblem(text).detail;
}
