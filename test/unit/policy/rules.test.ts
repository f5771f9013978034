import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/io/yaml.js';
import { startBudget } from '../../../src/io/budget.js';
import { RuleBudgetError } from '../../../src/errors.js';
import { compileRules, evaluateRules, MAX_NESTING, MAX_STEPS, type RuleBindings } from '../../../src/policy/rules.js';
import { customRuleSchema, type CustomRule } from '../../../src/policy/schema.js';
import { configError } from '../../helpers/config-error.js';

/** A policy with these rules, written as YAML so that locations are real; returns its compiled rules. */
function compile(rules: Array<{ id: string; expression: string; message?: string; severity?: string }>) {
  const yaml = `failOn: low\nrules:\n${rules
    .map((r) => `  - id: ${r.id}\n    expression: ${JSON.stringify(r.expression)}\n    message: ${r.message ?? `${r.id} must hold`}\n${r.severity ? `    severity: ${r.severity}\n` : ''}`)
    .join('')}`;
  const source = parseYaml(yaml, 'policy.yaml');
  const parsed: CustomRule[] = ((source.data as { rules: unknown[] | null }).rules ?? []).map((r) => customRuleSchema.parse(r));
  return compileRules(parsed, source);
}

function bindings(over: Partial<RuleBindings> = {}): RuleBindings {
  return {
    facts: {
      lineage: { artifactCount: 2, mismatched: 0, verified: 2, artifacts: [{ path: 'model.bin', ok: true }, { path: 'tok.json', ok: true }] },
      x: { list: [1, 2, 3], items: [{ ok: true }, { ok: true }], empty: [] },
    },
    checks: { lineage: { status: 'passed', findings: 0, violations: 0 } },
    release: { name: 'fraud-model', version: '1.4.0', owner: 'risk-ml@example.com' },
    manifest: { metadata: { name: 'fraud-model' } },
    ...over,
  };
}

/** Findings of one expression over the bindings. */
function evaluate(expression: string, b: RuleBindings = bindings()) {
  return evaluateRules(compile([{ id: 'r', expression }]), b);
}

describe('compileRules', () => {
  it('locates each rule at its expression', () => {
    const compiled = compile([
      { id: 'one', expression: 'true' },
      { id: 'two', expression: 'false' },
    ]);
    expect(compiled.map((c) => [c.rule.id, c.location.file, c.location.line, c.location.column])).toEqual([
      ['one', 'policy.yaml', 4, 17],
      ['two', 'policy.yaml', 7, 17],
    ]);
  });

  it('refuses duplicate rule ids, at the second id', () => {
    const err = configError(() =>
      compile([
        { id: 'same', expression: 'true' },
        { id: 'other', expression: 'true' },
        { id: 'same', expression: 'false' },
      ]),
    );
    expect(err.detail).toBe('duplicate custom rule id "same"');
    expect(err.location).toMatchObject({ file: 'policy.yaml', line: 9, column: 9 });
  });

  it('refuses a syntax error, naming the rule and the position inside the expression', () => {
    const err = configError(() => compile([{ id: 'fine', expression: 'true' }, { id: 'broken', expression: 'facts.x. == 1' }]));
    expect(err.detail).toMatch(/^custom rule "broken" does not compile: at 1:\d+ of the expression: \S/);
    expect(err.detail).not.toContain('<input>');
    expect(err.location).toMatchObject({ file: 'policy.yaml', line: 7, column: 17 });
    expect(err.message).toMatch(/^policy\.yaml:7:17: custom rule "broken" does not compile/);
  });

  it('refuses an unbalanced expression', () => {
    const err = configError(() => compile([{ id: 'paren', expression: '(facts.x.list.size() > 0' }]));
    expect(err.detail).toMatch(/^custom rule "paren" does not compile: at 1:\d+ of the expression: /);
  });

  it('compiles nothing for no rules', () => {
    expect(compile([])).toEqual([]);
  });
});

describe('evaluateRules', () => {
  it('gives no finding when the expression is true', () => {
    expect(evaluate('facts.lineage.mismatched == 0 && checks.lineage.status == "passed"')).toEqual([]);
  });

  it('gives a custom/<id> finding with the rule\'s message, severity and location when false', () => {
    const compiled = compile([{ id: 'no-mismatch', expression: 'facts.lineage.mismatched > 0', message: 'every artifact must match', severity: 'medium' }]);
    const findings = evaluateRules(compiled, bindings());
    expect(findings).toEqual([
      {
        ruleId: 'custom/no-mismatch',
        severity: 'medium',
        message: 'every artifact must match',
        location: compiled[0]!.location,
        target: 'no-mismatch',
        remediation: 'Policy rule: facts.lineage.mismatched > 0',
      },
    ]);
    expect(findings[0]!.location).toMatchObject({ file: 'policy.yaml', line: 4, column: 17 });
  });

  it('defaults the severity to high', () => {
    expect(evaluate('false')[0]?.severity).toBe('high');
  });

  it('says so when the result is not a boolean', () => {
    const [num] = evaluate('facts.x.list.size()');
    expect(num?.ruleId).toBe('custom/r');
    expect(num?.message).toBe('r must hold (the rule evaluated to an int, expected a boolean)');
    expect(evaluate('release.name')[0]?.message).toBe('r must hold (the rule evaluated to a string, expected a boolean)');
    expect(evaluate('facts.x.list')[0]?.message).toMatch(/expected a boolean\)$/);
  });

  it('fails closed when a field is missing: "could not be evaluated"', () => {
    const [f] = evaluate('facts.pii.columns == 0');
    expect(f?.ruleId).toBe('custom/r');
    expect(f?.message).toMatch(/^r must hold \(the rule could not be evaluated: .*pii.*\)$/);
    // The same for a check that was skipped and measured nothing.
    expect(evaluate('facts.lineage.verified == 2', bindings({ facts: {} }))[0]?.message).toContain('could not be evaluated');
  });

  it('fails closed on runtime errors such as division by zero', () => {
    expect(evaluate('1 / 0 == 1')[0]?.message).toContain('could not be evaluated');
  });

  it('rejects unknown functions when compiling, at the rule, while known functions and macros compile', () => {
    expect(() => compile([{ id: 'u', expression: 'facts.x.list.size() > 0 && nosuchfunction(1)' }])).toThrow('custom rule "u" does not compile: unknown function "nosuchfunction"');
    expect(() => compile([{ id: 'k', expression: 'facts.x.items.all(i, i.ok) && release.name.startsWith("t") && size(facts.x.list) > 0 && "a".matches("a")' }])).not.toThrow();
  });

  it('evaluates each rule on its own, in order', () => {
    const compiled = compile([
      { id: 'a', expression: 'false' },
      { id: 'b', expression: 'true' },
      { id: 'c', expression: 'facts.nope.x' },
      { id: 'd', expression: '1' },
    ]);
    const findings = evaluateRules(compiled, bindings());
    expect(findings.map((f) => f.ruleId)).toEqual(['custom/a', 'custom/c', 'custom/d']);
  });

  it('supports CEL list macros and size over the facts', () => {
    expect(evaluate('facts.x.list.size() > 0')).toEqual([]);
    expect(evaluate('facts.x.empty.size() > 0')).toHaveLength(1);
    expect(evaluate('facts.x.items.all(i, i.ok)')).toEqual([]);
    expect(evaluate('facts.x.items.all(i, i.ok)', bindings({ facts: { x: { items: [{ ok: true }, { ok: false }] } } }))).toHaveLength(1);
    expect(evaluate('facts.lineage.artifacts.exists(a, a.path == "model.bin")')).toEqual([]);
    expect(evaluate('facts.lineage.artifacts.filter(a, a.ok).size() == facts.lineage.artifactCount')).toEqual([]);
    expect(evaluate('3 in facts.x.list')).toEqual([]);
  });

  it('compares JSON numbers with integer literals', () => {
    expect(evaluate('facts.lineage.mismatched == 0')).toEqual([]);
    expect(evaluate('facts.lineage.verified >= 2 && facts.lineage.verified < 3')).toEqual([]);
    expect(evaluate('facts.lineage.verified == 3')).toHaveLength(1);
  });

  it('tests for keys with "in" and has()', () => {
    expect(evaluate("'lineage' in facts")).toEqual([]);
    expect(evaluate("'pii' in facts")).toHaveLength(1);
    expect(evaluate('has(facts.lineage)')).toEqual([]);
    expect(evaluate('has(facts.pii)')).toHaveLength(1);
    // An absent release field is absent, not null.
    expect(evaluate('!has(release.owner)', bindings({ release: { name: 'n' } }))).toEqual([]);
  });

  it('supports string functions on the release', () => {
    expect(evaluate("release.name.startsWith('fraud')")).toEqual([]);
    expect(evaluate("release.name.endsWith('-model') && release.name.contains('ud-mo')")).toEqual([]);
    expect(evaluate("release.name.matches('^[a-z]+(-[a-z]+)*$')")).toEqual([]);
    expect(evaluate("release.owner.endsWith('@example.com') && release.version.size() == 5")).toEqual([]);
    expect(evaluate("release.name.startsWith('churn')")).toHaveLength(1);
  });

  it('reads check summaries and the manifest', () => {
    expect(evaluate("checks.lineage.violations == 0 && manifest.metadata.name == release.name")).toEqual([]);
    const blocked = bindings({ checks: { lineage: { status: 'failed', findings: 2, violations: 1 } } });
    expect(evaluate('checks.lineage.violations == 0', blocked)).toHaveLength(1);
  });

  it('does not let one evaluation change the bindings seen by the next', () => {
    const b = bindings();
    const before = JSON.stringify(b);
    evaluateRules(compile([{ id: 'a', expression: 'facts.x.list.size() == 3' }, { id: 'b', expression: 'facts.x.list.size() == 3' }]), b);
    expect(JSON.stringify(b)).toBe(before);
  });
});

describe('the cost of a rule', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);
  const nested = 'facts.x.list.all(a, facts.x.list.all(b, facts.x.list.all(c, a + b + c >= 0)))';

  it('refuses comprehensions nested deeper than the limit when compiling, at the rule', () => {
    expect(() => compile([{ id: 'three', expression: nested }])).not.toThrow();
    const err = configError(() => compile([{ id: 'fine', expression: 'true' }, { id: 'deep', expression: `facts.x.list.exists(z, ${nested})` }]));
    expect(err.detail).toBe(
      `custom rule "deep" does not compile: comprehensions (all, exists, exists_one, map, filter) nest 4 deep; at most ${MAX_NESTING} are allowed, as each level multiplies the cost`,
    );
    expect(err.location).toMatchObject({ file: 'policy.yaml', line: 7, column: 17 });
  });

  it('keeps a rule to its cost limit: nested loops over a long list stop early with a RuleBudgetError', () => {
    const b = bindings({ facts: { x: { list: list(200) } } }); // 200³ = 8,000,000 steps
    const t0 = performance.now();
    const err = (() => {
      try {
        evaluateRules(compile([{ id: 'ok', expression: 'true' }, { id: 'slow', expression: nested }]), b);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RuleBudgetError);
    expect((err as RuleBudgetError).message).toBe(`custom rule "slow" exceeded its cost limit of ${MAX_STEPS.toLocaleString('en-US')} comprehension steps`);
    expect((err as RuleBudgetError).location).toMatchObject({ file: 'policy.yaml', line: 7 });
    expect(performance.now() - t0).toBeLessThan(20_000);
    // Under the limit the same rule is evaluated as usual.
    expect(evaluateRules(compile([{ id: 'slow', expression: nested }]), bindings({ facts: { x: { list: list(50) } } }))).toEqual([]);
  });

  it('counts steps of comprehensions whose errors would otherwise be absorbed by || and &&', () => {
    const b = bindings({ facts: { x: { list: list(200) } } });
    const absorbing = `true || ${nested.replace('a + b + c >= 0', 'false')}`;
    // Short-circuit: never evaluated, no cost.
    expect(evaluateRules(compile([{ id: 'r', expression: absorbing }]), b)).toEqual([]);
    const inside = 'facts.x.list.exists(a, facts.x.list.exists(b, facts.x.list.exists(c, false)) || a == 199)';
    expect(() => evaluateRules(compile([{ id: 'r', expression: inside }]), b)).toThrow(RuleBudgetError);
  });

  it('stops a rule at the time budget, before its cost limit, with a RuleBudgetError naming the budget', () => {
    const budget = startBudget(0.3);
    try {
      // 810,000 steps (under the 1,000,000-step cost limit), each matching a 100 KB string: seconds of
      // work even with warm code (200 x 200 steps took 0.14 s once optimised: too close to the budget).
      const b = bindings({ facts: { x: { list: list(900), s: 'a'.repeat(100_000) } } });
      const t0 = performance.now();
      const rule = "facts.x.list.all(a, facts.x.list.all(b, facts.x.s.matches('^a*b$') || true))";
      expect(() => evaluateRules(compile([{ id: 'slow', expression: rule }]), b, budget.signal)).toThrow('custom rule "slow" exceeded its time budget of 0.3 s');
      expect(performance.now() - t0).toBeLessThan(3000);
    } finally {
      budget.stop();
    }
  });

  it('refuses, when compiling, a rule whose loops over literal lists alone pass the cost limit', () => {
    const literal = `[${list(200).join(', ')}]`;
    const rule = `${literal}.all(a, ${literal}.all(b, ${literal}.all(c, a + b + c >= 0)))`;
    expect(() => compile([{ id: 'lit', expression: rule }])).toThrow(
      'custom rule "lit" does not compile: its comprehensions over literal lists alone can take 8,040,200 steps; the limit is 1,000,000',
    );
    expect(() => compile([{ id: 'small', expression: `${literal}.all(a, ${literal}.exists(b, a == b))` }])).not.toThrow();
  });

  it('does not let a user call the step counter', () => {
    expect(() => compile([{ id: 's', expression: 'modelgate_step(true)' }])).toThrow('unknown function "modelgate_step"');
  });
});
