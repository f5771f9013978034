// Masking inside a nested JSON value (a JSON Lines field holding an object or an array). Detectors
// read such a value as its detector text (detectorText: its JSON text with the strings written as they
// are, no escape sequences) and report spans over that text; maskJsonSpans maps the spans back onto the
// value's leaves and keys, so the masked copy keeps the value's structure instead of becoming a string
// of masked JSON. Where a span does not sit inside one string, the mapping fails closed: every leaf or
// key the span touches is replaced whole, so no fragment of a detected value is ever kept. A
// whole-value mask (a column protected by its name) masks the leaves and keeps the keys: keys are
// field names, not values of the column's type.

/** A span of a value's detector text (UTF-16 offsets, end exclusive) and the text that replaces it. */
export interface MaskSpan {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Separator of a masked key made unique (`[EMAIL]`, `[EMAIL]~2`, ...): a fixed counter, nothing from the value. */
export const KEY_SUFFIX = '~';

/** `name`, or the first of `name~2`, `name~3`, ... that is not `taken`: a key made unique (KEY_SUFFIX). */
export function freeName(name: string, taken: (k: string) => boolean): string {
  if (!taken(name)) return name;
  let n = 2;
  while (taken(`${name}${KEY_SUFFIX}${n}`)) n++;
  return `${name}${KEY_SUFFIX}${n}`;
}

/** The JSON text of a value (a bigint as a string, as the writers write it). */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, bigintAsString) ?? '';
}

/**
 * A nested value as the detectors read it: its JSON text with every escape sequence of its strings
 * written as the character it stands for (a line break, a tab, a quote, a backslash, a control
 * character), NUL as a space. Written escaped, a line break put a letter before the next line (`\n`
 * then `John`, read `nJohn`), and detectors that want no letter or digit before a value missed it;
 * decoded, a value after a line break reads as it does at the start of a line of a plain text cell,
 * and each character of a string is one character of the text, so a span never starts or ends inside
 * an escape. NUL is a space: a nested string's NUL is no binary content (the text-table check reads
 * a NUL as such), and still separates what is on either side of it. Not JSON: a string's quote is
 * written bare, so the text is only read, never parsed; the layout (maskJsonSpans, memberAt) knows
 * where each string starts and ends.
 */
export function detectorText(value: unknown): string {
  const json = jsonText(value);
  let at = json.indexOf('\\');
  if (at < 0) return json;
  // In JSON.stringify's output every backslash starts an escape sequence (a backslash is written `\\`).
  let out = '';
  let from = 0;
  for (; at >= 0; at = json.indexOf('\\', from)) {
    out += json.slice(from, at);
    const c = json[at + 1]!;
    if (c === 'u') {
      const code = parseInt(json.slice(at + 2, at + 6), 16);
      out += code === 0 ? ' ' : String.fromCharCode(code);
      from = at + 6;
    } else {
      out += STANDS_FOR[c]!;
      from = at + 2;
    }
  }
  return out + json.slice(from);
}

/** The character a one-letter escape sequence stands for (`\u` sequences give their code unit). */
const STANDS_FOR: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A string as detectorText writes it between its quotes. */
function readable(s: string): string {
  return s.indexOf('\0') < 0 ? s : s.replaceAll('\0', ' ');
}

function bigintAsString(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

/** A string, number, boolean or null in the text (a leaf value or an object key). */
interface Segment {
  start: number;
  end: number;
  /** The decoded string when the segment is a JSON string, else undefined (a number, boolean, null). */
  str: string | undefined;
  /** A value (a string, number, boolean or null), not an object key. */
  leaf: boolean;
  /** Set by maskJsonSpans: the replacement of the whole segment (the first span that takes it whole). */
  whole?: string;
  /** Set by maskJsonSpans: spans inside the string, in decoded offsets. */
  parts?: Array<{ from: number; to: number; replacement: string }>;
}

type Node =
  | { kind: 'leaf'; seg: Segment; value: unknown }
  | { kind: 'array'; items: Node[]; value: unknown[] }
  | { kind: 'object'; entries: Array<{ key: string; seg: Segment; node: Node }>; value: Record<string, unknown> };

/**
 * The value's layout: its detector text, built the way JSON.stringify(value, bigintAsString) builds
 * its JSON text (toJSON, the replacer, non-finite numbers as null, undefined members left out) with
 * strings written as detectorText writes them, and the offsets of every leaf and key; `segments` in
 * text order. A string's character at decoded offset d is the text's character at its start + 1 + d.
 */
function layout(value: unknown): { text: string; root: Node | undefined; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  const segment = (json: string, str: string | undefined, leaf = true): Segment => {
    const seg: Segment = { start: text.length, end: text.length + json.length, str, leaf };
    text += json;
    segments.push(seg);
    return seg;
  };
  const walk = (holder: unknown, key: string, original: unknown): Node | undefined => {
    let v = original;
    if (v !== null && (typeof v === 'object' || typeof v === 'bigint')) {
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') v = (toJSON as (k: string) => unknown).call(v, key);
    }
    v = bigintAsString.call(holder, key, v);
    if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();
    if (v === null || typeof v === 'boolean') return { kind: 'leaf', seg: segment(String(v), undefined), value: original };
    if (typeof v === 'number') return { kind: 'leaf', seg: segment(Number.isFinite(v) ? String(v) : 'null', undefined), value: original };
    if (typeof v === 'string') return { kind: 'leaf', seg: segment(`"${readable(v)}"`, v), value: original };
    if (typeof v !== 'object') return undefined; // undefined, a function, a symbol: left out
    if (Array.isArray(v)) {
      const items: Node[] = [];
      text += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) text += ',';
        // An item JSON.stringify cannot write (undefined, a hole, a function) is written null.
        items.push(walk(v, String(i), v[i]) ?? { kind: 'leaf', seg: segment('null', undefined), value: v[i] });
      }
      text += ']';
      return { kind: 'array', items, value: v };
    }
    const obj = v as Record<string, unknown>;
    const entries: Array<{ key: string; seg: Segment; node: Node }> = [];
    text += '{';
    for (const k of Object.keys(obj)) {
      const mark = text.length;
      const marks = segments.length;
      const seg = segment(`"${readable(k)}"`, k, false);
      text += ':';
      const node = walk(obj, k, obj[k]);
      if (node === undefined) {
        // A member JSON.stringify leaves out: its key is not in the text either.
        text = text.slice(0, mark);
        segments.length = marks;
        continue;
      }
      entries.push({ key: k, seg, node });
      text += ',';
    }
    if (entries.length > 0) text = text.slice(0, -1);
    text += '}';
    return { kind: 'object', entries, value: obj };
  };
  const root = walk({ '': value }, '', value);
  return { text, root, segments };
}

/** Notes span `s` on segment `seg`: inside its string when it is inside the quotes, else whole. */
function take(seg: Segment, s: MaskSpan): void {
  if (seg.whole !== undefined) return;
  if (seg.str !== undefined && s.start > seg.start && s.end < seg.end) {
    (seg.parts ??= []).push({ from: s.start - seg.start - 1, to: s.end - seg.start - 1, replacement: s.replacement });
    return;
  }
  seg.whole = s.replacement;
}

/** The masked form of a segment's value, or undefined when no span touched it. */
function maskedSegment(seg: Segment): string | undefined {
  if (seg.whole !== undefined) return seg.whole;
  const parts = seg.parts;
  if (!parts) return undefined;
  parts.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const p of parts) {
    // Two spans over the same characters: the string is replaced whole (never half of a value kept).
    if (p.from < at) return parts[0]!.replacement;
    out += seg.str!.slice(at, p.from) + p.replacement;
    at = p.to;
  }
  return out + seg.str!.slice(at);
}

/**
 * With `leaves` (a whole-value mask): every leaf that holds something (not null, not a blank string)
 * and that no span covers whole becomes `leaves(its text)` — a leaf a span covers only in part too,
 * so nothing of it is kept; a leaf a span covers whole keeps that span's replacement (a finding of
 * another type keeps its type). Keys are masked only by the spans that touch them.
 */
function maskLeaves(text: string, segments: readonly Segment[], leaves: (leaf: string) => string): void {
  for (const seg of segments) {
    if (!seg.leaf || seg.whole !== undefined) continue;
    const parts = seg.parts;
    if (parts) {
      const only = parts.length === 1 ? parts[0]! : undefined;
      seg.parts = undefined;
      seg.whole = only && only.from === 0 && only.to === seg.str!.length ? only.replacement : leaves(seg.str!);
      continue;
    }
    const leafText = seg.str ?? text.slice(seg.start, seg.end);
    if (seg.str === undefined ? leafText !== 'null' : leafText.trim() !== '') seg.whole = leaves(leafText);
  }
}

/**
 * A copy of `value` (an object or array as JSON.parse gives it, or any value jsonText serialises)
 * with the spans of `text` — detectorText(value), as the detectors read it — masked, and the value's
 * structure kept: untouched members are kept as they are (same objects), a span inside a string
 * replaces that part of it (one character of the text is one of the string); a span over a number,
 * boolean or null makes it the replacement string; a span that crosses a boundary (two members,
 * quotes or punctuation) replaces every leaf and key it touches whole; a masked key that equals
 * another key of its object gets a suffix `~2`, `~3`, ... (the object's unmasked keys keep their names).
 * When `text` is not the value's detector text, every leaf and key is replaced (fails closed).
 * `leaves`: a whole-value mask as well (maskLeaves): every other leaf that holds something is
 * replaced by `leaves(its text)`, and the keys stay unless a span touches them.
 */
export function maskJsonSpans(value: unknown, text: string, spans: readonly MaskSpan[], leaves?: (leaf: string) => string): unknown {
  const live = spans.filter((s) => s.end > s.start);
  if (live.length === 0 && leaves === undefined) return value;
  const { text: built, root, segments } = layout(value);
  if (root === undefined) return value;
  if (built !== text) {
    const replacement = live[0]?.replacement ?? leaves!(text);
    for (const seg of segments) seg.whole = replacement;
  } else {
    for (const s of live) {
      // The first segment that ends after the span starts (segments are in text order, disjoint).
      let lo = 0;
      let hi = segments.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segments[mid]!.end <= s.start) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < segments.length && segments[k]!.start < s.end; k++) take(segments[k]!, s);
    }
    if (leaves) maskLeaves(text, segments, leaves);
  }
  return rebuilt(root);
}

/** The node's value with its masked segments replaced; the original value where nothing changed. */
function rebuilt(node: Node): unknown {
  if (node.kind === 'leaf') return maskedSegment(node.seg) ?? node.value;
  if (node.kind === 'array') {
    let out: unknown[] | undefined;
    node.items.forEach((item, i) => {
      const v = rebuilt(item);
      if (v !== node.value[i]) (out ??= [...node.value])[i] = v;
    });
    return out ?? node.value;
  }
  const keys = node.entries.map((e) => maskedSegment(e.seg));
  const values = node.entries.map((e) => rebuilt(e.node));
  if (keys.every((k) => k === undefined) && values.every((v, i) => v === node.value[node.entries[i]!.key])) return node.value;
  const masked = new Map(node.entries.map((e, i) => [e.key, i]));
  // Names taken first by the keys that stay (members left out of the text included).
  const taken = new Set(Object.keys(node.value).filter((k) => keys[masked.get(k) ?? -1] === undefined));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(node.value)) {
    const i = masked.get(k);
    let name = k;
    if (i !== undefined && keys[i] !== undefined) {
      name = freeName(keys[i], (x) => taken.has(x));
      taken.add(name);
    }
    // defineProperty: a key `__proto__` is a member, as JSON.parse makes it, never the prototype.
    Object.defineProperty(out, name, { value: i === undefined ? node.value[k] : values[i], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The member of an object (its key) whose value holds the span `start`–`end` of the object's detector
 * text `text` — so a finding can say which field of a record it is in — or undefined when the span is not
 * inside one member's value, or when that member's key overlaps one of `keep` (detected spans: a key
 * that is itself personal data is never named).
 */
export function memberAt(value: unknown, text: string, start: number, end: number, keep: ReadonlyArray<{ start: number; end: number }>): string | undefined {
  const { text: built, root } = layout(value);
  if (root?.kind !== 'object' || built !== text) return undefined;
  const { entries } = root;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const from = e.seg.end + 1; // after the colon
    const to = i + 1 < entries.length ? entries[i + 1]!.seg.start - 1 : text.length - 1; // before the comma or brace
    if (start < from || end > to) continue;
    return keep.some((s) => s.start < e.seg.end && s.end > e.seg.start) ? undefined : e.key;
  }
  return undefined;
}
