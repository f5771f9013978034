// Custom policy rules: CEL expressions over what the checks measured. A rule holds when its
// expression is true; false, a non-boolean or an evaluation error is a finding (fail closed).
// Cost is bounded three ways (README "Limits"): comprehensions nest at most MAX_NESTING deep (refused
// at compile time, at the rule's line); one evaluation takes at most MAX_STEPS comprehension steps
// (counted by a call the compiler puts in every loop condition); and the evaluation runs under the
// time budget's watchdog, which stops even a regular expression. Past either, the rule's evaluation
// is an error: the gate cannot decide, so it says so (exit 2).
import { celEnv, celFunc, CelScalar, isCelError, parse, plan } from '@bufbuild/cel';
import { ConfigError, errorMessage, RuleBudgetError } from '../errors.js';
import { checkBudget } from '../io/budget.js';
import type { SourceDoc } from '../io/yaml.js';
import { compileFastRule } from './cel-fast.js';
import { celView } from './cel-view.js';
import type { Finding } from '../report/model.js';
import { calledFunctions, literalSteps, locatedRules, MAX_NESTING, MAX_STEPS, meterLoops, nesting, STEP, withinRuleBudget, type CompiledRule } from './rule-ast.js';
import type { CustomRule } from './schema.js';

export { MAX_NESTING, MAX_STEPS, type CompiledRule } from './rule-ast.js';

/** What a rule expression can read. Plain JSON: facts never hold raw personal values. */
export interface RuleBindings {
  facts: Record<string, unknown>;
  checks: Record<string, { status: string; findings: number; violations: number }>;
  release: { name?: string; version?: string; owner?: string };
  manifest: unknown;
}

// The step counter of the evaluation under way (evaluations are synchronous: one at a time).
const meter = { left: 0 };
const stepFunc = celFunc(STEP, [CelScalar.DYN], CelScalar.DYN, (condition) => {
  if (--meter.left < 0) throw new Error('cost limit'); // a CEL error: every loop ends at its next condition
  return condition;
});

export function compileRules(rules: readonly CustomRule[], source: SourceDoc): CompiledRule[] {
  const env = celEnv({ funcs: [stepFunc] });
  return locatedRules(rules, source).map(({ rule, location }) => {
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
      // The fast path's answer where it has one (cel-fast.ts), else the engine's.
      const result = withinRuleBudget(rule.id, location, signal, () => fast?.(b, meter) ?? engine(b));
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

function celTypeName(v: unknown): string {
  if (typeof v === 'bigint') return 'an int';
  if (typeof v === 'number') return 'a double';
  if (typeof v === 'string') return 'a string';
  if (v === null || v === undefined) return 'null';
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map' : typeof v;
}
