// What every match of a regular expression holds in ASCII digits, read from its source: the proofs of
// Detector.digitRun (the fewest digits in a row) and Detector.digitGroup (the fewest digits, when no
// match holds two other characters side by side). Lower bounds, for the constructs the detectors'
// patterns use (classes, escapes, groups, alternation, quantifiers, lookarounds, back references);
// anything the reader does not know counts as a character other than a digit.

type Node =
  | { kind: 'digit' | 'other' | 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'rep'; node: Node; min: number; max: number }
  | { kind: 'group'; index: number; node: Node }
  | { kind: 'ref'; index: number };

const DIGIT: Node = { kind: 'digit' };
const OTHER: Node = { kind: 'other' };
const EMPTY: Node = { kind: 'empty' };

/** The pattern's source as a tree (throws on what it cannot read). */
function parse(src: string): Node {
  let i = 0;
  let groups = 0;
  const alternation = (): Node => {
    const options = [sequence()];
    while (src[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  };
  const quantified = (node: Node): Node => {
    const c = src[i];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') [min, max, i] = [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity, i + 1];
    else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i))!;
      [min, max] = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      i += m[0].length;
    } else return node; // no quantifier (a `{` of its own is a character)
    if (src[i] === '?') i++;
    return { kind: 'rep', node, min, max };
  };
  const atom = (): Node => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let look = false;
      let index = 0;
      if (src.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(src.slice(i))) [look, i] = [true, i + (src[i + 1] === '<' ? 3 : 2)];
      else {
        index = ++groups;
        if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      }
      const inner = alternation();
      if (src[i++] !== ')') throw new Error(`unbalanced group in ${src}`);
      if (look) return EMPTY; // a lookaround reads, takes no character
      return index > 0 ? { kind: 'group', index, node: inner } : inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      if (e === 'd') return DIGIT;
      if (e === 'b' || e === 'B') return EMPTY;
      if (/[1-9]/.test(e)) return { kind: 'ref', index: Number(e) };
      if (e === 'u' || e === 'x') i += e === 'u' ? (src[i] === '{' ? src.indexOf('}', i) + 1 - i : 4) : 2;
      if (e === 'p' || e === 'P') i = src.indexOf('}', i) + 1;
      return OTHER;
    }
    i++;
    if (c === '^' || c === '$') return EMPTY;
    return c >= '0' && c <= '9' ? DIGIT : OTHER;
  };
  /** A class of ASCII digits only (`[1-8]`, `[0-9]`, `[\d]`) is a digit; any other class may not be. */
  const charClass = (): Node => {
    let end = i + 1;
    while (src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
    const body = src.slice(i + 1, end);
    i = end + 1;
    return /^(?:\\d|[0-9](?:-[0-9])?)+$/.test(body) ? DIGIT : OTHER;
  };
  const tree = alternation();
  if (i !== src.length) throw new Error(`unread pattern source at ${i}: ${src}`);
  return tree;
}

/**
 * What a reading of the tree makes of each kind of node (RUNS, GROUP): the walk over the tree (read) is
 * shared, a reading says what a digit, a sequence, an alternation and a repetition give.
 */
interface Reading<T> {
  digit: T;
  empty: T;
  other: T;
  /** A back reference to a group not read before it. */
  unknown: T;
  concat(a: T, b: T): T;
  either(a: T, b: T): T;
  repeat(one: T, min: number, max: number): T;
}

function read<T>(n: Node, r: Reading<T>, groups: Map<number, T>): T {
  switch (n.kind) {
    case 'digit':
      return r.digit;
    case 'empty':
      return r.empty;
    case 'other':
      return r.other;
    case 'seq':
      return n.items.reduce((acc, item) => r.concat(acc, read(item, r, groups)), r.empty);
    case 'alt':
      return n.options.map((o) => read(o, r, groups)).reduce((a, b) => r.either(a, b));
    case 'group': {
      const v = read(n.node, r, groups);
      groups.set(n.index, v);
      return v;
    }
    case 'ref':
      return groups.get(n.index) ?? r.unknown;
    case 'rep':
      return r.repeat(read(n.node, r, groups), n.min, n.max);
  }
}

/** Runs of digits every string a node matches holds: leading, inner (longest), trailing; `all`: digits only. */
interface Runs {
  pre: number;
  mid: number;
  suf: number;
  all: boolean;
}

const RUNS: Reading<Runs> = {
  digit: { pre: 1, mid: 1, suf: 1, all: true },
  empty: { pre: 0, mid: 0, suf: 0, all: true },
  other: { pre: 0, mid: 0, suf: 0, all: false },
  unknown: { pre: 0, mid: 0, suf: 0, all: false },
  concat: (a, b) => ({ pre: a.all ? a.pre + b.pre : a.pre, mid: Math.max(a.mid, b.mid, a.suf + b.pre), suf: b.all ? a.suf + b.suf : b.suf, all: a.all && b.all }),
  either: (a, b) => ({ pre: Math.min(a.pre, b.pre), mid: Math.min(a.mid, b.mid), suf: Math.min(a.suf, b.suf), all: a.all && b.all }),
  repeat(one, min) {
    let r = min === 0 ? RUNS.empty : one;
    for (let k = 1; k < min; k++) r = RUNS.concat(r, one);
    return min === 0 ? RUNS.either(r, one) : r;
  },
};

/** The fewest digits every string a node matches holds; `ok`: never two non-digits side by side; whether it may start or end with a non-digit, or be empty. */
interface Group {
  digits: number;
  ok: boolean;
  start: boolean;
  end: boolean;
  empty: boolean;
}

const GROUP: Reading<Group> = {
  digit: { digits: 1, ok: true, start: false, end: false, empty: false },
  empty: { digits: 0, ok: true, start: false, end: false, empty: true },
  other: { digits: 0, ok: true, start: true, end: true, empty: false },
  unknown: { digits: 0, ok: false, start: true, end: true, empty: true },
  concat: (a, b) => ({
    digits: a.digits + b.digits,
    ok: a.ok && b.ok && !(a.end && b.start),
    start: a.start || (a.empty && b.start),
    end: b.end || (b.empty && a.end),
    empty: a.empty && b.empty,
  }),
  either: (a, b) => ({ digits: Math.min(a.digits, b.digits), ok: a.ok && b.ok, start: a.start || b.start, end: a.end || b.end, empty: a.empty || b.empty }),
  repeat(one, min, max) {
    // Two copies side by side, then as many as the most allowed: one more changes nothing.
    const copies = Math.min(Math.max(max, 1), 2);
    let most = one;
    for (let k = 1; k < copies; k++) most = GROUP.concat(most, one);
    const g = { ...most, digits: one.digits * min };
    return min === 0 ? GROUP.either(GROUP.empty, g) : g;
  },
};

/** The longest run of ASCII digits every match of `re` holds (0: none guaranteed). */
export function patternDigitRun(re: RegExp): number {
  return read(parse(re.source), RUNS, new Map()).mid;
}

/** The fewest ASCII digits every match of `re` holds when none holds two other characters side by side; else 0. */
export function patternDigitGroup(re: RegExp): number {
  const g = read(parse(re.source), GROUP, new Map());
  return g.ok ? g.digits : 0;
}
