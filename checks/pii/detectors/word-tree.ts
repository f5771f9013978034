// Words found by a walk of a tree of their characters, as a case-insensitive Unicode pattern's alternation
// of them finds them (issue 17). V8 compiles such a pattern of hundreds of words on its first run in a
// thread (tens of ms in a fresh process: each letter becomes the class of its case forms) and again
// to machine code on its second; the tree costs a few hundred map entries, built on first use.
import { lazyRegExp } from '../lazy-regexp.js';

/** A node of the tree: the next characters (folded), and whether a word ends here. */
export interface WordTree {
  next: Map<number, WordTree>;
  word: boolean;
}

/** The tree of `words` (lower-cased), made when the returned function is first called. */
export function lazyWordTree(words: () => readonly string[]): () => WordTree {
  let root: WordTree | undefined;
  return () => (root ??= treeOf(words()));
}

function treeOf(words: readonly string[]): WordTree {
  const root: WordTree = { next: new Map(), word: false };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) node.next.set(c, (child = { next: new Map(), word: false }));
      node = child;
    }
    node.word = true;
  }
  return root;
}

/** Folded characters of the Basic Multilingual Plane beyond ASCII, kept as they are first asked (0: not yet). */
let folded: Uint16Array | undefined;

/**
 * A character as the case-insensitive Unicode pattern compares it (simple case folding), written as the
 * lower case of lower-cased words: the lower case of its upper case (`ſ` is an `s`, the Kelvin sign a
 * `k`, Cyrillic's wide `ᲃ` a `с`, `ς` a `σ`) but for the dotless `ı`, which folds to no `i`, and for
 * characters whose upper case is two (`ß`: its lower case).
 */
export function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  folded ??= new Uint16Array(0x10000);
  return (folded[c] ||= foldOf(c));
}

function foldOf(c: number): number {
  const ch = String.fromCharCode(c);
  const upper = ch.toUpperCase();
  const lower = c === 0x131 || upper.length !== 1 ? ch.toLowerCase() : upper.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/**
 * The end of the first word of the tree from `p` (the shortest first) after which `found(text, end)`
 * is true, or -1.
 */
export function wordEndAt(text: string, p: number, root: WordTree, found: (text: string, end: number) => boolean): number {
  let node: WordTree | undefined = root;
  for (let i = p; i < text.length; ) {
    node = node.next.get(fold(text.charCodeAt(i)));
    if (node === undefined) return -1;
    i++;
    if (node.word && found(text, i)) return i;
  }
  return -1;
}

/** One code point, not a letter, as the case-insensitive pattern's `[^\p{L}]` reads it (U+0345 is one: it folds to ι). */
const NOT_LETTER = lazyRegExp('^[^\\p{L}]$', 'iu');

/** The length of the code point at `i` (2 for a surrogate pair, else 1). */
export function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
}

/** An ASCII letter's code unit. */
export function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the code point at `i` (before the end) is no letter, as the case-insensitive pattern's `[^\p{L}]` reads it. */
export function notLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return !asciiLetter(c);
  return NOT_LETTER().test(text.slice(i, i + unitsAt(text, i)));
}

/** Whether a word may start at `p`: the start, or after a code point that is no letter (`(?:^|[^\p{L}])`). */
export function wordStart(text: string, p: number): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  if (c < 128) return !asciiLetter(c);
  const pair = c >= 0xdc00 && c <= 0xdfff && p >= 2 && unitsAt(text, p - 2) === 2;
  return notLetterAt(text, pair ? p - 2 : p - 1);
}
