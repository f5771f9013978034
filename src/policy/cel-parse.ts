// A reader for the rules of the fast path's subset (cel-fast.ts) that needs no CEL engine: loading the
// engine costs 30-50 ms of CPU, more than evaluating a custom rule over 5,000 endpoints. It reads field
// reads, has(), null/true/false, decimal ints and doubles, strings without escapes, comparisons, ! && ||,
// ?:, parentheses and all()/exists(), and gives the tree the engine's parser gives (its shape: logical
// chains balanced, a double negation dropped, macros expanded). Anything else, including every text
// that may be an error, is undefined: the engine reads it and says what is wrong.
// test/unit/policy/cel-fast.test.ts compares the trees with the engine's on random expressions.

export interface Expr {
  id: bigint;
  exprKind: { case: string; value: Record<string, unknown> };
}

/** Texts longer or deeper than this are the engine's (whatever limits it has, these stay below them). */
const MAX_LENGTH = 2000;
const MAX_DEPTH = 40;
/** CEL's reserved words and literals, which are no identifier; the literals and `in` are no field name either. */
const RESERVED = new Set(['as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while', 'in', 'true', 'false', 'null']);
const NO_FIELD = new Set(['in', 'true', 'false', 'null']);
/** The engine's parser reads `true…` and `false…` as the literal and refuses the rest: no such name here. */
const LITERAL_PREFIX = /^(?:true|false)/;
const MAX_INT = 2n ** 63n - 1n;
/** One token: an identifier, a number, a quoted string (no backslash, one line), or an operator. */
const TOKEN = /[ \t\n\r\f]*(?:([A-Za-z_][A-Za-z0-9_]*)|([0-9]+(?:\.[0-9]+)?)(?![A-Za-z0-9_.])|"([^"\\\n\r]*)"|'([^'\\\n\r]*)'|(==|!=|<=|>=|&&|\|\||[<>!?:().,]))/y;
const TRAILING_SPACE = /[ \t\n\r\f]*$/y;

type Token = { kind: 'ident' | 'int' | 'double' | 'string' | 'op'; text: string };

/** The engine's tree for `text`, or undefined when it is not in the subset. */
export function parseSubset(text: string): Expr | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  const p = new Parser(tokens);
  try {
    const e = p.conditional(0);
    return p.at === tokens.length ? e : undefined;
  } catch (e) {
    if (e === OUT) return undefined;
    throw e;
  }
}

function tokenize(text: string): Token[] | undefined {
  const out: Token[] = [];
  let at = 0;
  for (;;) {
    TRAILING_SPACE.lastIndex = at;
    if (TRAILING_SPACE.test(text) && TRAILING_SPACE.lastIndex === text.length) return out;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'ident', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: m[2].includes('.') ? 'double' : 'int', text: m[2] });
    else if (m[3] !== undefined || m[4] !== undefined) out.push({ kind: 'string', text: (m[3] ?? m[4])! });
    else {
      // The engine reads `!!x` but refuses `! !x`: a "!" after blanks right after another is left to it.
      const prev = out[out.length - 1];
      if (m[5] === '!' && m[0].length > 1 && prev?.kind === 'op' && prev.text === '!') return undefined;
      out.push({ kind: 'op', text: m[5]! });
    }
  }
}

const OUT = { out: true };
const out = (): never => {
  throw OUT;
};

const node = (kind: string, value: Record<string, unknown>): Expr => ({ id: 0n, exprKind: { case: kind, value } });
const call = (fn: string, args: Expr[]): Expr => node('callExpr', { function: fn, args });
const ident = (name: string): Expr => node('identExpr', { name });
const constant = (kind: string, value: unknown): Expr => node('constExpr', { constantKind: { case: kind, value } });

/** `!e`, where the engine drops a double negation (also across parentheses: `!(!a)` is `a`). */
const not = (e: Expr): Expr => (e.exprKind.case === 'callExpr' && e.exprKind.value.function === '!_' ? (e.exprKind.value.args as Expr[])[0]! : call('!_', [e]));

/** Logical chains as the engine builds them: a balanced tree, its left half the larger. */
function balanced(fn: string, terms: Expr[], lo = 0, hi = terms.length - 1): Expr {
  if (lo === hi) return terms[lo]!;
  const mid = Math.floor((lo + hi + 2) / 2);
  return call(fn, [balanced(fn, terms, lo, mid - 1), balanced(fn, terms, mid, hi)]);
}

const RELATIONS: Record<string, string> = { '==': '_==_', '!=': '_!=_', '<': '_<_', '<=': '_<=_', '>': '_>_', '>=': '_>=_' };

class Parser {
  at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(text: string): boolean {
    const t = this.tokens[this.at];
    return t !== undefined && t.kind === 'op' && t.text === text;
  }

  private take(text: string): void {
    if (!this.peek(text)) out();
    this.at++;
  }

  conditional(depth: number): Expr {
    if (depth > MAX_DEPTH) out();
    const test = this.chain('||', '_||_', depth);
    if (!this.peek('?')) return test;
    this.at++;
    const then = this.chain('||', '_||_', depth);
    this.take(':');
    return call('_?_:_', [test, then, this.conditional(depth + 1)]);
  }

  private chain(op: string, fn: string, depth: number): Expr {
    const next = (): Expr => (op === '||' ? this.chain('&&', '_&&_', depth) : this.relation(depth));
    const terms = [next()];
    while (this.peek(op)) {
      this.at++;
      terms.push(next());
    }
    return balanced(fn, terms);
  }

  private relation(depth: number): Expr {
    let left = this.unary(depth);
    for (let t = this.tokens[this.at]; t?.kind === 'op' && RELATIONS[t.text]; t = this.tokens[this.at]) {
      this.at++;
      left = call(RELATIONS[t.text]!, [left, this.unary(depth)]);
    }
    return left;
  }

  private unary(depth: number): Expr {
    let nots = 0;
    while (this.peek('!')) {
      this.at++;
      nots++;
    }
    let e = this.member(depth);
    for (let i = 0; i < nots; i++) e = not(e);
    return e;
  }

  private member(depth: number): Expr {
    let e = this.primary(depth);
    while (this.peek('.')) {
      this.at++;
      const name = this.name();
      if (!this.peek('(')) {
        e = node('selectExpr', { operand: e, field: name, testOnly: false });
        continue;
      }
      if (name !== 'all' && name !== 'exists') return out();
      this.at++;
      const variable = this.name(RESERVED);
      this.take(',');
      const predicate = this.conditional(depth + 1);
      this.take(')');
      e = macro(name, e, variable, predicate);
    }
    return e;
  }

  /** A field name (`reserved`: a comprehension variable, which no reserved word may be). */
  private name(reserved = NO_FIELD): string {
    const t = this.tokens[this.at];
    if (t?.kind !== 'ident' || reserved.has(t.text) || LITERAL_PREFIX.test(t.text)) return out();
    this.at++;
    return t.text;
  }

  private primary(depth: number): Expr {
    const t = this.tokens[this.at] ?? out();
    this.at++;
    if (t.kind === 'op') {
      if (t.text !== '(') return out();
      const e = this.conditional(depth + 1);
      this.take(')');
      return e;
    }
    if (t.kind === 'string') return constant('stringValue', t.text);
    if (t.kind === 'double') return constant('doubleValue', Number(t.text));
    if (t.kind === 'int') {
      if (t.text.length > 1 && t.text.startsWith('0')) out(); // octal-looking: the engine's to judge
      const v = BigInt(t.text);
      return v > MAX_INT ? out() : constant('int64Value', v);
    }
    if (t.text === 'null') return constant('nullValue', 0);
    if (t.text === 'true' || t.text === 'false') return constant('boolValue', t.text === 'true');
    if (RESERVED.has(t.text) || LITERAL_PREFIX.test(t.text)) return out();
    if (!this.peek('(')) return ident(t.text);
    if (t.text !== 'has') return out();
    this.at++;
    const arg = this.member(depth + 1);
    this.take(')');
    if (arg.exprKind.case !== 'selectExpr') out();
    return node('selectExpr', { ...arg.exprKind.value, testOnly: true });
  }
}

/** all() and exists() as the engine expands them: a fold over the range with an accumulator `@result`. */
function macro(name: 'all' | 'exists', range: Expr, variable: string, predicate: Expr): Expr {
  const result = ident('@result');
  const all = name === 'all';
  return node('comprehensionExpr', {
    iterVar: variable,
    iterVar2: '',
    iterRange: range,
    accuVar: '@result',
    accuInit: constant('boolValue', all),
    loopCondition: call('@not_strictly_false', [all ? result : call('!_', [result])]),
    loopStep: call(all ? '_&&_' : '_||_', [result, predicate]),
    result,
  });
}
