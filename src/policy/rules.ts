// Custom policy rules: CEL expressions over what the checks measured. A rule holds when its
// expression is true; false, a non-boolean or an evaluation error is a finding (fail closed).
import { celEnv, isCelError, parse, plan } from '@bufbuild/cel';
import { ConfigError, errorMessage } from '../errors.js';
import type { SourceDoc } from '../io/yaml.js';
import type { Finding, Location } from '../report/model.js';
import type { CustomRule } from './schema.js';

export interface CompiledRule {
  rule: CustomRule;
  location: Location;
  evaluate: (bindings: Record<string, unknown>) => unknown;
}

/** What a rule expression can read. Plain JSON: facts never hold raw personal values. */
export interface RuleBindings {
  facts: Record<string, unknown>;
  checks: Record<string, { status: string; findings: number; violations: number }>;
  release: { name?: string; version?: string; owner?: string };
  manifest: unknown;
}

export function compileRules(rules: readonly CustomRule[], source: SourceDoc): CompiledRule[] {
  const env = celEnv();
  const seen = new Set<string>();
  return rules.map((rule, i) => {
    const location = source.locate(['rules', i, 'expression']);
    if (seen.has(rule.id)) throw new ConfigError(`duplicate custom rule id "${rule.id}"`, source.locate(['rules', i, 'id']));
    seen.add(rule.id);
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(rule.expression);
    } catch (e) {
      const msg = errorMessage(e).replace(/^<input>:(\d+):(\d+): /, 'at $1:$2 of the expression: ');
      throw new ConfigError(`custom rule "${rule.id}" does not compile: ${msg}`, location);
    }
    // The engine resolves functions only when it evaluates; a misspelt one must fail here, at its line.
    const unknown = calledFunctions(parsed.expr).find((name) => !env.funcs.find(name));
    if (unknown) throw new ConfigError(`custom rule "${rule.id}" does not compile: unknown function "${unknown}"`, location);
    const planned = plan(env, parsed);
    return { rule, location, evaluate: (b) => planned(b as never) };
  });
}

export function evaluateRules(compiled: readonly CompiledRule[], bindings: RuleBindings): Finding[] {
  // Round-trip through JSON so CEL only sees plain maps, lists, strings, numbers and booleans.
  const input = JSON.parse(JSON.stringify(bindings)) as Record<string, unknown>;
  const findings: Finding[] = [];
  for (const { rule, location, evaluate } of compiled) {
    let result: unknown;
    try {
      result = evaluate(input);
    } catch (e) {
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
