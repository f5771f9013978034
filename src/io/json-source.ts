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

/**
 * What the lookups in one text found so far: the entries of each mapping and the items of each list
 * read (by offset), and value ends. Findings ask for many paths in one document (a CloudFormation
 * template's resources): with it each mapping or list is scanned once, not once per lookup.
 */
export interface JsonIndex {
  entries: Map<number, Map<string, { key: number; value: number }>>;
  items: Map<number, number[]>;
  ends: Map<number, number>;
}

export const newJsonIndex = (): JsonIndex => ({ entries: new Map(), items: new Map(), ends: new Map() });

/** Finds `path` in a text that parseJsonDocument accepted. */
export function findJsonNode(text: string, path: ReadonlyArray<string | number>, index: JsonIndex = newJsonIndex()): JsonFound {
  const { at, keyAt } = walk(text, path, index);
  if (keyAt === undefined) return { node: span(text, at, index), collection: isCollection(text, at) };
  return { node: span(text, at, index), key: { start: keyAt, end: stringEnd(text, keyAt) }, collection: isCollection(text, at) };
}

/**
 * Where findJsonNode's entry at `path` starts: its key when the value is a mapping or a list, else the
 * value (the start of a finding). Without the ends: for a whole document its end is a scan of all of it.
 */
export function findJsonEntryStart(text: string, path: ReadonlyArray<string | number>, index: JsonIndex = newJsonIndex()): number {
  const { at, keyAt } = walk(text, path, index);
  return keyAt !== undefined && isCollection(text, at) ? keyAt : at;
}

/** The value at `path` (or at its nearest existing ancestor), and its key's offset when the last segment is a key that exists. */
function walk(text: string, path: ReadonlyArray<string | number>, index: JsonIndex): { at: number; keyAt?: number } {
  let start = skipSpace(text, 0);
  for (const [i, seg] of path.entries()) {
    const c = text.charCodeAt(start);
    if (c === 0x7b) {
      const entry = entriesOf(text, start, index).get(String(seg));
      if (!entry) break;
      if (i === path.length - 1) return { at: entry.value, keyAt: entry.key };
      start = entry.value;
    } else if (c === 0x5b && typeof seg === 'number') {
      const item = itemsOf(text, start, index)[seg];
      if (item === undefined) break;
      start = item;
    } else {
      break;
    }
  }
  return { at: start };
}

function span(text: string, start: number, index: JsonIndex): Span {
  return { start, end: endOf(text, start, index) };
}

function endOf(text: string, at: number, index: JsonIndex): number {
  let end = index.ends.get(at);
  if (end === undefined) index.ends.set(at, (end = valueEnd(text, at)));
  return end;
}

function isCollection(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x7b || c === 0x5b;
}

/** Offsets of the key and the value of each entry of the mapping at `open` (keys are unique: parseJsonDocument refuses repeated ones). */
function entriesOf(text: string, open: number, index: JsonIndex): Map<string, { key: number; value: number }> {
  const known = index.entries.get(open);
  if (known) return known;
  const entries = new Map<string, { key: number; value: number }>();
  let i = skipSpace(text, open + 1);
  while (text.charCodeAt(i) === 0x22) {
    const keyEnd = stringEnd(text, i);
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the `:`
    entries.set(keyName(text, i, keyEnd), { key: i, value });
    i = skipSpace(text, endOf(text, value, index));
    if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
  }
  index.entries.set(open, entries);
  return entries;
}

/** The key whose quotes are at `open` and `end - 1`: its text as is when it has no escape (most keys). */
function keyName(text: string, open: number, end: number): string {
  const raw = text.slice(open + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(open, end)) as string) : raw;
}

/** Offsets of the items of the list at `open`. */
function itemsOf(text: string, open: number, index: JsonIndex): number[] {
  const known = index.items.get(open);
  if (known) return known;
  const items: number[] = [];
  let i = skipSpace(text, open + 1);
  while (text.charCodeAt(i) !== 0x5d && i < text.length) {
    items.push(i);
    i = skipSpace(text, endOf(text, i, index));
    if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
  }
  index.items.set(open, items);
  return items;
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
  // From one quote or bracket to the next: the scan between them is the regular expression engine's.
  let depth = 0;
  for (let i = at; ; ) {
    STRUCTURE.lastIndex = i;
    if (!STRUCTURE.test(text)) return text.length;
    const j = STRUCTURE.lastIndex - 1;
    const d = text.charCodeAt(j);
    if (d === 0x22) i = stringEnd(text, j);
    else if (d === 0x7b || d === 0x5b) {
      depth++;
      i = j + 1;
    } else if (--depth === 0) return j + 1;
    else i = j + 1;
  }
}
/** A quote, or a bracket that opens or closes a collection. */
const STRUCTURE = /["[\]{}]/g;

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

/** Keys in parsed JSON data (loops, not Object.values and reduce: no list or callback per object of a large file). */
function keysInData(data: unknown): number {
  if (data === null || typeof data !== 'object') return 0;
  let n = 0;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) n += keysInData(data[i]);
    return n;
  }
  const o = data as Record<string, unknown>;
  for (const k in o) {
    // JSON.parse makes a `__proto__` key an own property, which `o[k]` would not read.
    n += 1 + keysInData(k === '__proto__' ? Object.getOwnPropertyDescriptor(o, k)?.value : o[k]);
  }
  return n;
}
