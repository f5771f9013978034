// Custom rules compiled without the CEL engine, when every rule is in the fast path's subset
// (cel-parse.ts reads it, cel-fast.ts evaluates it): loading the engine costs more than evaluating a rule
// over a fleet. An evaluation the fast path does not answer (an error, a missing field, another type)
// throws EngineNeeded: the caller compiles the rules with the engine (rules.ts) and evaluates again, so
// every result is the one the engine gives.
import { compileFastRule } from './cel-fast.js';
import { parseSubset } from './cel-parse.js';
import { literalSteps, locatedRules, MAX_NESTING, MAX_STEPS, meterLoops, nesting, STEP, withinRuleBudget, type CompiledRule } from './rule-ast.js';
import type { SourceDoc } from '../io/yaml.js';
import type { CustomRule } from './schema.js';

/** An evaluation only the engine can answer. */
export class EngineNeeded extends Error {
  constructor(id: string) {
    super(`custom rule "${id}" needs the CEL engine`);
    this.name = 'EngineNeeded';
  }
}

/**
 * The rules compiled by the fast path, or undefined when one is outside its subset or would be refused
 * (the engine's compile then gives the message). A repeated id is refused here as there.
 */
export function compileRulesWithoutEngine(rules: readonly CustomRule[], source: SourceDoc): CompiledRule[] | undefined {
  const out: CompiledRule[] = [];
  for (const { rule, location } of locatedRules(rules, source)) {
    const expr = parseSubset(rule.expression);
    if (!expr || nesting(expr) > MAX_NESTING || literalSteps(expr) > MAX_STEPS) return undefined;
    meterLoops(expr);
    const fast = compileFastRule(expr, STEP);
    if (!fast) return undefined;
    const evaluate = (b: Record<string, unknown>, signal?: AbortSignal): unknown => {
      const result = withinRuleBudget(rule.id, location, signal, () => fast(b, { left: MAX_STEPS }));
      if (result === undefined) throw new EngineNeeded(rule.id);
      return result;
    };
    out.push({ rule, location, evaluate });
  }
  return out;
}
