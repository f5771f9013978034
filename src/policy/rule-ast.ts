// What the policy engine checks and changes in a custom rule's parsed tree, and how one evaluation is
// bounded, shared by the engine's compile (rules.ts) and the one that needs no engine (fast-rules.ts).
// Engine-free: the trees are plain objects of the engine's shape (exprKind.case / value).
import { ConfigError, errorMessage, RuleBudgetError } from '../errors.js';
import { withinBudget } from '../io/budget.js';
import type { SourceDoc } from '../io/yaml.js';
import type { Location } from '../report/model.js';
import type { CustomRule } from './schema.js';

/** Comprehensions (all, exists, exists_one, map, filter) inside one another: each level multiplies the cost by a list's size. */
export const MAX_NESTING = 3;
/** Loop iterations of all comprehensions in one evaluation of one rule. */
export const MAX_STEPS = 1_000_000;
/** The function the compiler puts in every loop condition: one step each. */
export const STEP = 'modelgate_step';

export interface CompiledRule {
  rule: CustomRule;
  location: Location;
  /** The rule's value over the bindings; throws RuleBudgetError past its cost limit or the signal's budget. */
  evaluate: (bindings: Record<string, unknown>, signal?: AbortSignal) => unknown;
}

/** Each rule with the location of its expression; a repeated id is an error at the repeat. */
export function locatedRules(rules: readonly CustomRule[], source: SourceDoc): Array<{ rule: CustomRule; location: Location }> {
  const seen = new Set<string>();
  return rules.map((rule, i) => {
    const location = source.locate(['rules', i, 'expression']);
    if (seen.has(rule.id)) throw new ConfigError(`duplicate custom rule id "${rule.id}"`, source.locate(['rules', i, 'id']));
    seen.add(rule.id);
    return { rule, location };
  });
}

/** One evaluation under the signal's budget: running out of it is the rule's RuleBudgetError. */
export function withinRuleBudget<T>(id: string, location: Location, signal: AbortSignal | undefined, evaluate: () => T): T {
  try {
    return withinBudget(signal, evaluate);
  } catch (e) {
    if ((e as Error).name === 'TimeoutError' || signal?.aborted) throw new RuleBudgetError(id, errorMessage(e), location);
    throw e;
  }
}

/** A node of the engine's parsed tree, as these walks read it. */
export type ExprNode = { exprKind?: { case?: string; value?: Record<string, unknown> } };

export function nesting(expr: unknown): number {
  if (!expr || typeof expr !== 'object') return 0;
  const inner = Math.max(0, ...Object.values(expr).flatMap((v) => (Array.isArray(v) ? v.map(nesting) : [nesting(v)])));
  return inner + ((expr as ExprNode).exprKind?.case === 'comprehensionExpr' ? 1 : 0);
}

/**
 * The most loop steps an expression can take, counting a comprehension over a list or map literal by its
 * size and any other (data known only when it runs) as one: a lower bound that already refuses what no
 * data could make cheap.
 */
export function literalSteps(expr: unknown): number {
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
export function meterLoops(expr: unknown): void {
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
export function calledFunctions(expr: unknown, out: string[] = []): string[] {
  if (!expr || typeof expr !== 'object') return out;
  const kind = (expr as { exprKind?: { case?: string; value?: { function?: string } } }).exprKind;
  if (kind?.case === 'callExpr' && kind.value?.function && /^[A-Za-z][\w.]*$/.test(kind.value.function)) out.push(kind.value.function);
  for (const v of Object.values(expr)) {
    if (Array.isArray(v)) v.forEach((x) => calledFunctions(x, out));
    else if (v && typeof v === 'object') calledFunctions(v, out);
  }
  return out;
}

