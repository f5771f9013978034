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

/** Runs of digits every string a node matches holds: leading, inner (longest), trailing; `all`: digits only. */
interface Runs {
  pre: number;
  mid: number;
  suf: number;
  all: boolean;
}

function runConcat(a: Runs, b: Runs): Runs {
  return { pre: a.all ? a.pre + b.pre : a.pre, mid: Math.max(a.mid, b.mid, a.suf + b.pre), suf: b.all ? a.suf + b.suf : b.suf, all: a.all && b.all };
}

function runEither(a: Runs, b: Runs): Runs {
  return { pre: Math.min(a.pre, b.pre), mid: Math.min(a.mid, b.mid), suf: Math.min(a.suf, b.suf), all: a.all && b.all };
}

function runs(n: Node, groups: Map<number, Runs>): Runs {
  switch (n.kind) {
    case 'digit':
      return { pre: 1, mid: 1, suf: 1, all: true };
    case 'empty':
      return { pre: 0, mid: 0, suf: 0, all: true };
    case 'other':
      return { pre: 0, mid: 0, suf: 0, all: false };
    case 'seq':
      return n.items.reduce((r, item) => runConcat(r, runs(item, groups)), runs(EMPTY, groups));
    case 'alt':
      return n.options.map((o) => runs(o, groups)).reduce(runEither);
    case 'group': {
      const r = runs(n.node, groups);
      groups.set(n.index, r);
      return r;
    }
    case 'ref':
      return groups.get(n.index) ?? runs(OTHER, groups);
    case 'rep': {
      const one = runs(n.node, groups);
      let r = n.min === 0 ? runs(EMPTY, groups) : one;
      for (let k = 1; k < n.min; k++) r = runConcat(r, one);
      return n.min === 0 ? runEither(r, one) : r;
    }
  }
}

/** The fewest digits every string a node matches holds; `ok`: never two non-digits side by side; whether it may start or end with a non-digit, or be empty. */
interface Group {
  digits: number;
  ok: boolean;
  start: boolean;
  end: boolean;
  empty: boolean;
}

function groupConcat(a: Group, b: Group): Group {
  return {
    digits: a.digits + b.digits,
    ok: a.ok && b.ok && !(a.end && b.start),
    start: a.start || (a.empty && b.start),
    end: b.end || (b.empty && a.end),
    empty: a.empty && b.empty,
  };
}

function groupEither(a: Group, b: Group): Group {
  return { digits: Math.min(a.digits, b.digits), ok: a.ok && b.ok, start: a.start || b.start, end: a.end || b.end, empty: a.empty || b.empty };
}

const G_EMPTY: Group = { digits: 0, ok: true, start: false, end: false, empty: true };

function group(n: Node, groups: Map<number, Group>): Group {
  switch (n.kind) {
    case 'digit':
      return { digits: 1, ok: true, start: false, end: false, empty: false };
    case 'empty':
      return G_EMPTY;
    case 'other':
      return { digits: 0, ok: true, start: true, end: true, empty: false };
    case 'seq':
      return n.items.reduce((g, item) => groupConcat(g, group(item, groups)), G_EMPTY);
    case 'alt':
      return n.options.map((o) => group(o, groups)).reduce(groupEither);
    case 'group': {
      const g = group(n.node, groups);
      groups.set(n.index, g);
      return g;
    }
    case 'ref':
      return groups.get(n.index) ?? { digits: 0, ok: false, start: true, end: true, empty: true };
    case 'rep': {
      const one = group(n.node, groups);
      // Two copies side by side, then as many as the most allowed: one more changes nothing.
      const copies = Math.min(Math.max(n.max, 1), 2);
      let most = one;
      for (let k = 1; k < copies; k++) most = groupConcat(most, one);
      const g = { ...most, digits: one.digits * n.min };
      return n.min === 0 ? groupEither(G_EMPTY, g) : g;
    }
  }
}

/** The longest run of ASCII digits every match of `re` holds (0: none guaranteed). */
export function patternDigitRun(re: RegExp): number {
  return runs(parse(re.source), new Map()).mid;
}

/** The fewest ASCII digits every match of `re` holds when none holds two other characters side by side; else 0. */
export function patternDigitGroup(re: RegExp): number {
  const g = group(parse(re.source), new Map());
  return g.ok ? g.digits : 0;
}
