// Custom policy rules: CEL expressions over what the checks measured. A rule holds when its
// expression is true; false, a non-boolean or an evaluation error is a finding (fail closed).
// Cost is bounded three ways (README "Limits"): comprehensions nest at most MAX_NESTING deep (refused
// at compile time, at the rule's line); one evaluation takes at most MAX_STEPS comprehension steps
// (counted by a call the compiler puts in every loop condition); and the evaluation runs under the
// time budget's watchdog, which stops even a regular expression. Past either, the rule's evaluation
// is an error: the gate cannot decide, so it says so (exit 2).
import { celEnv, celFunc, CelScalar, isCelError, parse, plan } from '@bufbuild/cel';
import { ConfigError, errorMessage, RuleBudgetError } from '../errors.js';
import { checkBudget, withinBudget } from '../io/budget.js';
import type { SourceDoc } from '../io/yaml.js';
import { compileFastRule } from './cel-fast.js';
import { celView } from './cel-view.js';
import type { Finding, Location } from '../report/model.js';
import type { CustomRule } from './schema.js';

/** Comprehensions (all, exists, exists_one, map, filter) inside one another: each level multiplies the cost by a list's size. */
export const MAX_NESTING = 3;
/** Loop iterations of all comprehensions in one evaluation of one rule. */
export const MAX_STEPS = 1_000_000;

export interface CompiledRule {
  rule: CustomRule;
  location: Location;
  /** The rule's value over the bindings; throws RuleBudgetError past its cost limit or the signal's budget. */
  evaluate: (bindings: Record<string, unknown>, signal?: AbortSignal) => unknown;
}

/** What a rule expression can read. Plain JSON: facts never hold raw personal values. */
export interface RuleBindings {
  facts: Record<string, unknown>;
  checks: Record<string, { status: string; findings: number; violations: number }>;
  release: { name?: string; version?: string; owner?: string };
  manifest: unknown;
}

// The step counter of the evaluation under way (evaluations are synchronous: one at a time).
const STEP = 'modelgate_step';
const meter = { left: 0 };
const stepFunc = celFunc(STEP, [CelScalar.DYN], CelScalar.DYN, (condition) => {
  if (--meter.left < 0) throw new Error('cost limit'); // a CEL error: every loop ends at its next condition
  return condition;
});

export function compileRules(rules: readonly CustomRule[], source: SourceDoc): CompiledRule[] {
  const env = celEnv({ funcs: [stepFunc] });
  const seen = new Set<string>();
  return rules.map((rule, i) => {
    const location = source.locate(['rules', i, 'expression']);
    if (seen.has(rule.id)) throw new ConfigError(`duplicate custom rule id "${rule.id}"`, source.locate(['rules', i, 'id']));
    seen.add(rule.id);
    const refuse = (why: string) => new ConfigError(`custom rule "${rule.id}" does not compile: ${why}`, location);
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(rule.expression);
    } catch (e) {
      throw refuse(errorMessage(e).replace(/^<input>:(\d+):(\d+): /, 'at $1:$2 of the expression: '));
    }
    // The engine resolves functions only when it evaluates; a misspelt one must fail here, at its line.
    const unknown = calledFunctions(parsed.expr).find((name) => name === STEP || !env.funcs.find(name));
    if (unknown) throw refuse(`unknown function "${unknown}"`);
    const depth = nesting(parsed.expr);
    if (depth > MAX_NESTING) throw refuse(`comprehensions (all, exists, exists_one, map, filter) nest ${depth} deep; at most ${MAX_NESTING} are allowed, as each level multiplies the cost`);
    const steps = literalSteps(parsed.expr);
    if (steps > MAX_STEPS) throw refuse(`its comprehensions over literal lists alone can take ${steps.toLocaleString('en-US')} steps; the limit is ${MAX_STEPS.toLocaleString('en-US')}`);
    meterLoops(parsed.expr);
    const planned = plan(env, parsed);
    const fast = compileFastRule(parsed.expr, STEP);
    const engine = (b: Record<string, unknown>): unknown => {
      meter.left = MAX_STEPS;
      // Each binding as a lazy view: the engine would copy an object's entries at every reference.
      const bindings: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(b)) bindings[k] = celView(v);
      return planned(bindings as never);
    };
    const evaluate = (b: Record<string, unknown>, signal?: AbortSignal): unknown => {
      meter.left = MAX_STEPS;
      let result: unknown;
      try {
        // The fast path's answer where it has one (cel-fast.ts), else the engine's.
        result = withinBudget(signal, () => fast?.(b, meter) ?? engine(b));
      } catch (e) {
        if ((e as Error).name === 'TimeoutError' || signal?.aborted) throw new RuleBudgetError(rule.id, errorMessage(e), location);
        throw e;
      }
      if (meter.left < 0) throw new RuleBudgetError(rule.id, `exceeded its cost limit of ${MAX_STEPS.toLocaleString('en-US')} comprehension steps`, location);
      return result;
    };
    return { rule, location, evaluate };
  });
}

/**
 * Findings of the rules that do not hold. `signal` bounds the time of all of them together; a rule past
 * its cost limit or that budget throws RuleBudgetError (the later rules are not evaluated).
 */
export function evaluateRules(compiled: readonly CompiledRule[], bindings: RuleBindings, signal?: AbortSignal): Finding[] {
  // Round-trip through JSON so CEL only sees plain maps, lists, strings, numbers and booleans.
  const input = JSON.parse(JSON.stringify(bindings)) as Record<string, unknown>;
  const findings: Finding[] = [];
  for (const { rule, location, evaluate } of compiled) {
    let result: unknown;
    try {
      checkBudget(signal);
      result = evaluate(input, signal);
    } catch (e) {
      if (e instanceof RuleBudgetError) throw e;
      if (signal?.aborted) throw new RuleBudgetError(rule.id, `was not evaluated: ${errorMessage(e)}`, location);
      result = e;
    }
    if (result === true) continue;
    const why =
      result === false
        ? rule.message
        : isCelError(result) || result instanceof Error
          ? `${rule.message} (the rule could not be evaluated: ${errorMessage(result)})`
          : `${rule.message} (the rule evaluated to ${celTypeName(result)}, expected a boolean)`;
    findings.push({
      ruleId: `custom/${rule.id}`,
      severity: rule.severity,
      message: why,
      location,
      target: rule.id,
      remediation: `Policy rule: ${rule.expression}`,
    });
  }
  return findings;
}

type ExprNode = { exprKind?: { case?: string; value?: Record<string, unknown> } };

function nesting(expr: unknown): number {
  if (!expr || typeof expr !== 'object') return 0;
  const inner = Math.max(0, ...Object.values(expr).flatMap((v) => (Array.isArray(v) ? v.map(nesting) : [nesting(v)])));
  return inner + ((expr as ExprNode).exprKind?.case === 'comprehensionExpr' ? 1 : 0);
}

/**
 * The most loop steps an expression can take, counting a comprehension over a list or map literal by its
 * size and any other (data known only when it runs) as one: a lower bound that already refuses what no
 * data could make cheap.
 */
function literalSteps(expr: unknown): number {
  if (!expr || typeof expr !== 'object') return 0;
  const kind = (expr as ExprNode).exprKind;
  if (kind?.case === 'comprehensionExpr') {
    const { iterRange, accuInit, loopCondition, loopStep, result } = kind.value as Record<string, ExprNode>;
    const range = iterRange?.exprKind;
    const n = range?.case === 'listExpr' ? (range.value!.elements as unknown[]).length : range?.case === 'structExpr' ? (range.value!.entries as unknown[]).length : 1;
    return literalSteps(iterRange) + literalSteps(accuInit) + n * (1 + literalSteps(loopCondition) + literalSteps(loopStep)) + literalSteps(result);
  }
  return Object.values(expr).reduce<number>((sum, v) => sum + (Array.isArray(v) ? v.reduce<number>((s, x) => s + literalSteps(x), 0) : literalSteps(v)), 0);
}

/** Wraps every comprehension's loop condition in the step counter: one count per iteration. */
function meterLoops(expr: unknown): void {
  if (!expr || typeof expr !== 'object') return;
  const kind = (expr as ExprNode).exprKind;
  for (const v of Object.values(expr)) {
    if (Array.isArray(v)) v.forEach(meterLoops);
    else meterLoops(v);
  }
  if (kind?.case === 'comprehensionExpr' && kind.value?.loopCondition) {
    const condition = kind.value.loopCondition as { id: bigint };
    // The planner reads only these fields of a call; the id is the condition's, for error positions.
    kind.value.loopCondition = { id: condition.id, exprKind: { case: 'callExpr', value: { function: STEP, args: [condition] } } };
  }
}

/** Names of the functions an expression calls (operators like `_&&_` are not names and are left out). */
function calledFunctions(expr: unknown, out: string[] = []): string[] {
  if (!expr || typeof expr !== 'object') return out;
  const kind = (expr as { exprKind?: { case?: string; value?: { function?: string } } }).exprKind;
  if (kind?.case === 'callExpr' && kind.value?.function && /^[A-Za-z][\w.]*$/.test(kind.value.function)) out.push(kind.value.function);
  for (const v of Object.values(expr)) {
    if (Array.isArray(v)) v.forEach((x) => calledFunctions(x, out));
    else if (v && typeof v === 'object') calledFunctions(v, out);
  }
  return out;
}

function celTypeName(v: unknown): string {
  if (typeof v === 'bigint') return 'an int';
  if (typeof v === 'number') return 'a double';
  if (typeof v === 'string') return 'a string';
  if (v === null || v === undefined) return 'null';
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map' : typeof v;
}
