// The fast path of src/io/yaml.ts: a JSON document is YAML, and JSON.parse reads it about a hundred
// times faster than the YAML parser. Positions come from a scan of the text, made only when a message
// asks for one, and are the offsets the YAML parser gives for the same text (test/unit/io/yaml-json.test.ts).

/** Offsets of a node: its start and the end of its value (yaml's range[0] and range[1]). */
export interface Span {
  start: number;
  end: number;
}

/** The node at a path or its nearest existing ancestor; `key` when the last segment is a map key that exists. */
export interface JsonFound {
  node: Span;
  key?: Span;
  /** The node is a mapping or a list. */
  collection: boolean;
}

/**
 * The data of a JSON mapping or list, or undefined when the text is not one or when the YAML parser
 * would read it differently (a repeated key, which YAML refuses): the caller then parses it as YAML.
 */
export function parseJsonDocument(text: string): { data: unknown } | undefined {
  const first = text.charCodeAt(skipSpace(text, 0));
  if (first !== 0x7b && first !== 0x5b) return undefined; // `{` or `[`
  try {
    const data: unknown = JSON.parse(text);
    // JSON.parse keeps the last of repeated keys; the key count tells whether any repeated.
    return keysInText(text) === keysInData(data) ? { data } : undefined;
  } catch {
    return undefined; // not JSON, or nested too deep to count: the YAML parser says which
  }
}

/** Finds `path` in a text that parseJsonDocument accepted. */
export function findJsonNode(text: string, path: ReadonlyArray<string | number>): JsonFound {
  let start = skipSpace(text, 0);
  for (const [i, seg] of path.entries()) {
    const c = text.charCodeAt(start);
    if (c === 0x7b) {
      const entry = findEntry(text, start, String(seg));
      if (!entry) break;
      if (i === path.length - 1) return { node: span(text, entry.value), key: { start: entry.key, end: stringEnd(text, entry.key) }, collection: isCollection(text, entry.value) };
      start = entry.value;
    } else if (c === 0x5b && typeof seg === 'number') {
      const item = findItem(text, start, seg);
      if (item === undefined) break;
      start = item;
    } else {
      break;
    }
  }
  return { node: span(text, start), collection: isCollection(text, start) };
}

function span(text: string, start: number): Span {
  return { start, end: valueEnd(text, start) };
}

function isCollection(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x7b || c === 0x5b;
}

/** Offsets of the key and the value of the entry named `name` in the mapping at `open`. */
function findEntry(text: string, open: number, name: string): { key: number; value: number } | undefined {
  let i = skipSpace(text, open + 1);
  while (text.charCodeAt(i) === 0x22) {
    const keyEnd = stringEnd(text, i);
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the `:`
    if (keyName(text, i, keyEnd) === name) return { key: i, value };
    i = skipSpace(text, valueEnd(text, value));
    if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
  }
  return undefined;
}

/** The key whose quotes are at `open` and `end - 1`: its text as is when it has no escape (most keys). */
function keyName(text: string, open: number, end: number): string {
  const raw = text.slice(open + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(open, end)) as string) : raw;
}

/** Offset of item `n` of the list at `open`. */
function findItem(text: string, open: number, n: number): number | undefined {
  let i = skipSpace(text, open + 1);
  for (let k = 0; text.charCodeAt(i) !== 0x5d && i < text.length; k++) {
    if (k === n) return i;
    i = skipSpace(text, valueEnd(text, i));
    if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
  }
  return undefined;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/** End (exclusive) of the string whose opening quote is at `open`. */
function stringEnd(text: string, open: number): number {
  for (let from = open + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** End (exclusive) of the value starting at `at`. */
function valueEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x22) return stringEnd(text, at);
  if (c !== 0x7b && c !== 0x5b) {
    let i = at;
    while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x22) i = stringEnd(text, i) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Strings followed by `:`, i.e. keys, in a valid JSON text. */
function keysInText(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; ) {
    const end = stringEnd(text, i);
    if (text.charCodeAt(skipSpace(text, end)) === 0x3a) n++;
    i = text.indexOf('"', end);
  }
  return n;
}

function keysInData(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((n: number, v) => n + keysInData(v), 0);
  if (data === null || typeof data !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(data)) n += 1 + keysInData(v);
  return n;
}
