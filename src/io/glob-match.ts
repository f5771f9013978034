// Glob matching in linear time. Globs meet untrusted text (column names, finding targets, file and
// image paths), so they are never compiled to a backtracking regular expression: a pattern becomes a
// small automaton, simulated one character at a time over every state at once (Thompson's
// construction). A match costs at most (text length + 1) × (pattern nodes) steps, whatever the input.

/** How a pattern's wildcards read. */
export interface GlobDialect {
  /** Paths: `*` and `?` stop at "/", `**` crosses folders. Otherwise `*` matches any run, "/" included. */
  paths?: boolean;
  /** `?` is one character; otherwise a literal "?". */
  question?: boolean;
  /** Letters match either case (as a regular expression's `i` flag). */
  ignoreCase?: boolean;
}

/** A compiled glob. `test` reads like RegExp's, so a matcher replaces a regular expression in place. */
export interface GlobMatcher {
  readonly pattern: string;
  test(text: string): boolean;
  /** Automaton steps the last `test` took (for tests that bound the cost). */
  readonly lastSteps: number;
}

// One node per pattern element; `next` of node i is i + 1, and the last node's next is "matched".
type Node =
  | { kind: 'char'; code: number } // one given character
  | { kind: 'one'; slash: boolean } // any one character: "/" only when slash, which (as a regular expression's "." did) excludes line breaks
  | { kind: 'star'; slash: boolean } // any run of such characters, looping on itself
  | { kind: 'skip'; to: number }; // may jump forward to node `to` without reading (an optional part)

const SLASH = 0x2f;
/** What a regular expression's "." does not match: the old globs' wildcards did not either. */
const LINE_BREAKS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

export function compileGlob(pattern: string, dialect: GlobDialect = {}): GlobMatcher {
  const suffix = dialect.paths && !dialect.ignoreCase ? fileSuffix(pattern) : undefined;
  if (suffix !== undefined) return suffixMatcher(pattern, suffix);
  const nodes = dialect.paths ? pathNodes(pattern, dialect) : plainNodes(pattern, dialect);
  const fold = dialect.ignoreCase ? foldCase : (c: number) => c;
  const m = nodes.length;
  const tail = literalTail(nodes);
  let current = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  const bits = m < 31 ? bitAutomaton(nodes, fold) : undefined;
  const matcher = {
    pattern,
    lastSteps: 0,
    test(text: string): boolean {
      // A pattern ending in literal characters (`**/*.yaml`) cannot match a text that does not end in them.
      if (!endsWith(text, tail, fold)) {
        matcher.lastSteps = 0;
        return false;
      }
      if (bits) {
        const steps = bits(text);
        matcher.lastSteps = Math.abs(steps) - 1;
        return steps > 0;
      }
      let steps = 0;
      current.fill(0);
      current[0] = 1;
      close(nodes, current);
      for (let i = 0; i < text.length; i++) {
        const c = fold(text.charCodeAt(i));
        next.fill(0);
        let any = false;
        for (let s = 0; s < m; s++) {
          if (!current[s]) continue;
          steps++;
          const n = nodes[s]!;
          if (n.kind === 'char' ? n.code === c : n.kind !== 'skip' && (n.slash ? !LINE_BREAKS.has(c) : c !== SLASH)) {
            next[n.kind === 'star' ? s : s + 1] = 1;
            any = true;
          }
        }
        // Swapped through a variable: a destructuring swap builds an array per character until optimised.
        const was = current;
        current = next;
        next = was;
        if (!any) {
          matcher.lastSteps = steps;
          return false; // no state left: nothing later can match
        }
        close(nodes, current);
      }
      matcher.lastSteps = steps;
      return current[m] === 1;
    },
  };
  return matcher;
}

/** `**\/*<suffix>` with a literal suffix (`**\/*.yaml`, a definition glob's usual tail): the suffix, else undefined. */
function fileSuffix(pattern: string): string | undefined {
  return /^\*\*\/\*[^*?/]*$/.test(pattern) ? pattern.slice(4) : undefined;
}

/**
 * The automaton's answer for `**\/*<suffix>` without running it (a glob walk tests every file name, and
 * the automaton's loop per character is most of a cold walk): the text ends in the suffix, and the
 * folders before its last "/" hold no line break (what `**`'s run does not cross). One step per test.
 */
function suffixMatcher(pattern: string, suffix: string): GlobMatcher {
  const matcher = {
    pattern,
    lastSteps: 0,
    test(text: string): boolean {
      matcher.lastSteps = 1;
      if (!text.endsWith(suffix)) return false;
      const head = text.length - suffix.length;
      const slash = head > 0 ? text.lastIndexOf('/', head - 1) : -1;
      const lineBreak = text.search(LINE_BREAK);
      return slash < 0 || lineBreak < 0 || lineBreak > slash;
    },
  };
  return matcher;
}
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The same automaton over a pattern of at most 30 nodes, its states as the bits of one number (a glob
 * walk tests every file name: no array to clear per character, no node object read per state).
 * Returns the steps taken plus one, negated when the text does not match.
 */
function bitAutomaton(nodes: readonly Node[], fold: (c: number) => number): (text: string) => number {
  const m = nodes.length;
  // Per node: what it reads (a character code, ANY_BUT_SLASH, ANY_BUT_LINE_BREAK or NOTHING), where it
  // goes on reading (itself for a run), and what it reaches without reading.
  const reads = new Int32Array(m);
  const onRead = new Int32Array(m);
  const free = new Int32Array(m);
  nodes.forEach((n, s) => {
    reads[s] = n.kind === 'char' ? n.code : n.kind === 'skip' ? NOTHING : n.slash ? ANY_BUT_LINE_BREAK : ANY_BUT_SLASH;
    onRead[s] = n.kind === 'star' ? 1 << s : 1 << (s + 1);
    free[s] = n.kind === 'star' ? 1 << (s + 1) : n.kind === 'skip' ? (1 << (s + 1)) | (1 << n.to) : 0;
  });
  const closeBits = (states: number): number => {
    // Edges only point forward: one pass in node order.
    for (let s = 0; s < m; s++) if ((states >>> s) & 1) states |= free[s]!;
    return states;
  };
  const below = (1 << m) - 1; // the states that read (state m is "matched")
  return (text) => {
    let current = closeBits(1);
    let steps = 0;
    for (let i = 0; i < text.length; i++) {
      const c = fold(text.charCodeAt(i));
      let next = 0;
      for (let live = current & below; live !== 0; live &= live - 1) {
        const s = 31 - Math.clz32(live & -live);
        steps++;
        const r = reads[s]!;
        if (r >= 0 ? r === c : r === ANY_BUT_SLASH ? c !== SLASH : r === ANY_BUT_LINE_BREAK && !LINE_BREAKS.has(c)) next |= onRead[s]!;
      }
      if (next === 0) return -(steps + 1); // no state left: nothing later can match
      current = closeBits(next);
    }
    return (current >>> m) & 1 ? steps + 1 : -(steps + 1);
  };
}
const NOTHING = -1;
const ANY_BUT_SLASH = -2;
const ANY_BUT_LINE_BREAK = -3;

/** Whether `text` ends in the characters `tail` (as `fold` reads them); a loop, not a callback per test. */
function endsWith(text: string, tail: readonly number[], fold: (c: number) => number): boolean {
  const from = text.length - tail.length;
  if (from < 0) return false;
  for (let k = 0; k < tail.length; k++) if (fold(text.charCodeAt(from + k)) !== tail[k]) return false;
  return true;
}

/** The characters of the pattern's last nodes when each is one given character and no optional part jumps past the first of them: every match ends in them. */
function literalTail(nodes: readonly Node[]): number[] {
  let start = nodes.length;
  while (start > 0 && nodes[start - 1]!.kind === 'char') start--;
  if (nodes.some((n) => n.kind === 'skip' && n.to > start)) return [];
  return nodes.slice(start).map((n) => (n as { code: number }).code);
}

/** Adds every state reachable without reading a character; edges only point forward, so one pass. */
function close(nodes: readonly Node[], states: Uint8Array): void {
  for (let s = 0; s < nodes.length; s++) {
    if (!states[s]) continue;
    const n = nodes[s]!;
    if (n.kind === 'star') states[s + 1] = 1;
    else if (n.kind === 'skip') {
      states[s + 1] = 1;
      states[n.to] = 1;
    }
  }
}

/** `*` any run, `?` (when enabled) any one character, all else literal. */
function plainNodes(pattern: string, dialect: GlobDialect): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (nodes.at(-1)?.kind !== 'star') nodes.push({ kind: 'star', slash: true }); // `**` = `*` here
    } else if (ch === '?' && dialect.question) nodes.push({ kind: 'one', slash: true });
    else nodes.push(literal(pattern.charCodeAt(i), dialect));
  }
  return nodes;
}

/**
 * Path globs: `*` a run within one folder name, `?` one character other than "/", `**` then "/" any number
 * of folders (none included), `**` elsewhere any run of folders then a run within a name.
 */
function pathNodes(pattern: string, dialect: GlobDialect): Node[] {
  const nodes: Node[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      // (any run ending in "/") or nothing
      const at = nodes.length;
      nodes.push({ kind: 'skip', to: at + 3 }, { kind: 'star', slash: true }, { kind: 'char', code: SLASH });
      i++;
      if (pattern[i + 1] === '/') i++;
      else nodes.push({ kind: 'star', slash: false });
    } else if (ch === '*') nodes.push({ kind: 'star', slash: false });
    else if (ch === '?') nodes.push({ kind: 'one', slash: false });
    else nodes.push(literal(pattern.charCodeAt(i), dialect));
  }
  return nodes;
}

function literal(code: number, dialect: GlobDialect): Node {
  return { kind: 'char', code: dialect.ignoreCase ? foldCase(code) : code };
}

/** A regular expression's case folding without the `u` flag: upper case, unless that leaves one code unit or maps non-ASCII to ASCII. */
function foldCase(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const u = upper.charCodeAt(0);
  return code >= 128 && u < 128 ? code : u;
}
