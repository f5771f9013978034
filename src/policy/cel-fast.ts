// A fast path for custom rules. The engine evaluates a rule over its own values, built from the data at
// every reference, through generic dispatch: over a 5,000-endpoint fleet that was most of the rule's
// cost. Expressions made of field reads, `has`, scalar comparisons, the logical operators, `?:` and
// comprehensions over lists (`all`, `exists`) are compiled here to closures over the plain JSON data
// itself. An evaluation that meets anything else (an error, a missing field, a value of another type)
// is not answered here: the engine evaluates the whole expression instead, so every result that could
// differ is the engine's. test/unit/policy/cel-fast.test.ts compares both on random expressions and data.
import type { ExprNode } from './rule-ast.js';

/** What the compiled rule answers: the expression's boolean value, or undefined for "ask the engine". */
export type FastRule = (bindings: Readonly<Record<string, unknown>>, meter: { left: number }) => boolean | undefined;

type Eval = (vars: unknown[], run: Run) => unknown;
/** The evaluation under way: its bindings and the comprehension step meter it shares with the engine's. */
interface Run {
  b: Readonly<Record<string, unknown>>;
  meter: { left: number };
}

/** Thrown where the evaluation leaves the subset (not an Error: no stack is captured). */
const DEFER = { defer: true };
const defer = (): never => {
  throw DEFER;
};

/** Names the engine resolves as types or functions before any binding: left to it. */
const RESERVED = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);

/**
 * The rule compiled to closures, or undefined when the expression uses anything outside the subset.
 * `step`: the name of the meter call the policy engine puts in every loop condition (one step each).
 */
export function compileFastRule(expr: unknown, step: string): FastRule | undefined {
  let body: Eval;
  try {
    body = compile(expr as ExprNode, [], step);
  } catch (e) {
    if (e === DEFER) return undefined;
    throw e;
  }
  return (b, meter) => {
    try {
      const value = body([], { b, meter });
      return typeof value === 'boolean' ? value : undefined;
    } catch (e) {
      if (e === DEFER) return undefined;
      throw e;
    }
  };
}

/** `names`: the comprehension variables in scope, by slot (the innermost last). */
function compile(node: ExprNode, names: readonly string[], step: string): Eval {
  const kind = node.exprKind;
  const v = kind?.value ?? {};
  switch (kind?.case) {
    case 'constExpr':
      return constant(v.constantKind as { case?: string; value?: unknown });
    case 'identExpr':
      return ident(String(v.name), names);
    case 'selectExpr': {
      const operand = compile(v.operand as ExprNode, names, step);
      const name = String(v.field);
      return v.testOnly ? (vars, run) => hasField(operand(vars, run), name) : (vars, run) => field(operand(vars, run), name);
    }
    case 'callExpr':
      if (v.target) return defer();
      return call(String(v.function), (v.args as ExprNode[]).map((a) => compile(a, names, step)), step);
    case 'comprehensionExpr':
      return comprehension(v as Record<string, ExprNode | string>, names, step);
    default:
      return defer();
  }
}

function constant(c: { case?: string; value?: unknown }): Eval {
  if (c.case === 'nullValue') return () => null;
  if (c.case === 'boolValue' || c.case === 'stringValue' || c.case === 'int64Value' || c.case === 'doubleValue') {
    const value = c.value;
    return () => value;
  }
  return defer();
}

function ident(name: string, names: readonly string[]): Eval {
  const slot = names.lastIndexOf(name);
  if (slot >= 0) return (vars) => vars[slot];
  if (RESERVED.has(name) || name.includes('.')) return defer();
  return (_vars, run) => {
    const value = enumerable(run.b, name) ? run.b[name] : undefined;
    return value === undefined ? defer() : value;
  };
}

/** What the engine reads as a map of its entries: an object literal (a `$typeName` marks a protobuf message, which it reads otherwise). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && (v as { constructor?: unknown }).constructor === Object && !('$typeName' in v);
}

export const enumerable = (o: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(o, key);

function field(o: unknown, name: string): unknown {
  if (!isPlainObject(o) || !enumerable(o, name)) return defer();
  const value = o[name];
  return value === undefined ? defer() : value;
}

/** `has()`: a field that is absent is not set; a field holding null is the engine's to judge (it reads it as not set). */
function hasField(o: unknown, name: string): boolean {
  if (!isPlainObject(o)) return defer();
  if (!enumerable(o, name)) return false;
  const value = o[name];
  return (isScalar(value) && value !== null) || isCollection(value) ? true : defer();
}

const bool = (v: unknown): boolean => (typeof v === 'boolean' ? v : defer());

function call(fn: string, args: Eval[], step: string): Eval {
  const [a, b, c] = args;
  if (fn === step && args.length === 1) {
    return (vars, run) => {
      const value = a!(vars, run);
      return --run.meter.left < 0 ? defer() : value;
    };
  }
  if (fn === '_&&_' || fn === '_||_') {
    const stop = fn === '_||_'; // the value that decides
    return (vars, run) => {
      for (let i = 0; i < args.length; i++) if (bool(args[i]!(vars, run)) === stop) return stop;
      return !stop;
    };
  }
  if (fn === '!_' && args.length === 1) return (vars, run) => !bool(a!(vars, run));
  if (fn === '@not_strictly_false' && args.length === 1) return (vars, run) => bool(a!(vars, run));
  if (fn === '_?_:_' && args.length === 3) return (vars, run) => (bool(a!(vars, run)) ? b!(vars, run) : c!(vars, run));
  if (args.length !== 2) return defer();
  switch (fn) {
    case '_==_':
      return (vars, run) => equal(a!(vars, run), b!(vars, run));
    case '_!=_':
      return (vars, run) => !equal(a!(vars, run), b!(vars, run));
    case '_<_':
      return (vars, run) => order(a!(vars, run), b!(vars, run)) < 0;
    case '_<=_':
      return (vars, run) => order(a!(vars, run), b!(vars, run)) <= 0;
    case '_>_':
      return (vars, run) => order(a!(vars, run), b!(vars, run)) > 0;
    case '_>=_':
      return (vars, run) => order(a!(vars, run), b!(vars, run)) >= 0;
    default:
      return defer();
  }
}

/** A number the engine compares exactly with a double: a double, or an int within 2^53. */
function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v >= -MAX_EXACT && v <= MAX_EXACT ? Number(v) : defer();
  return undefined;
}
const MAX_EXACT = 2n ** 53n;

/** CEL equality of scalars (numbers by value, values of different types unequal); lists and maps are the engine's. */
function equal(x: unknown, y: unknown): boolean {
  if (!isScalar(x) || !isScalar(y)) return (x === null && isCollection(y)) || (y === null && isCollection(x)) ? false : defer();
  const nx = numeric(x);
  const ny = numeric(y);
  if (nx !== undefined && ny !== undefined) return nx === ny;
  return x === y;
}

const isCollection = (v: unknown): boolean => Array.isArray(v) || isPlainObject(v);
const isScalar = (v: unknown): boolean => v === null || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint';

/** Order of two numbers; any other pair (strings, NaN) is the engine's. */
function order(x: unknown, y: unknown): number {
  const nx = numeric(x);
  const ny = numeric(y);
  if (nx === undefined || ny === undefined || Number.isNaN(nx) || Number.isNaN(ny)) return defer();
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

/** A comprehension over a list, as the engine folds it: the accumulator, then each item while the condition holds. */
function comprehension(v: Record<string, ExprNode | string>, names: readonly string[], step: string): Eval {
  if (v.iterVar2) return defer();
  const accuVar = String(v.accuVar);
  const iterVar = String(v.iterVar);
  const accuSlot = names.length;
  const inLoop = [...names, accuVar, iterVar];
  const init = compile(v.accuInit as ExprNode, names, step);
  const range = compile(v.iterRange as ExprNode, names, step);
  const condition = compile(v.loopCondition as ExprNode, inLoop, step);
  const next = compile(v.loopStep as ExprNode, inLoop, step);
  const result = compile(v.result as ExprNode, [...names, accuVar], step);
  return (vars, run) => {
    // Both before the slots are set: a comprehension inside either uses the same slots.
    const accu = init(vars, run);
    const items = range(vars, run);
    if (!Array.isArray(items)) return defer();
    vars[accuSlot] = accu;
    for (let i = 0; i < items.length; i++) {
      vars[accuSlot + 1] = items[i];
      if (!bool(condition(vars, run))) break;
      vars[accuSlot] = next(vars, run);
    }
    return result(vars, run);
  };
}
