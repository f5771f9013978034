// The custom rules' fast path (src/policy/cel-fast.ts) against the CEL engine on random expressions over
// random data: wherever the fast path answers, it answers what the engine answers; where it does not,
// compileRules' evaluation is the engine's (errors with their messages included).
import { celEnv, isCelError, parse, plan } from '@bufbuild/cel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFastRule } from '../../../src/policy/cel-fast.js';
import { parseSubset } from '../../../src/policy/cel-parse.js';
import { celView } from '../../../src/policy/cel-view.js';
import { compileRules } from '../../../src/policy/rules.js';

const env = celEnv();
const engine = (src: string, data: Record<string, unknown>): unknown => plan(env, parse(src))({ x: celView(data) } as never);

/** Values as endpoint facts hold them, with numbers the engine compares across int and double. */
const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom('', 'a', 'b', 'sagemaker', 'é'),
  fc.constantFrom(0, 1, 2, -1, 1.5, 2 ** 53, 2 ** 53 + 2, 1e300, -0),
);
const KEYS = ['a', 'b', 'n', 's', 'l', 'o'] as const;
const data: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ obj: Record<string, unknown>; value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, scalar, tie('obj'), fc.array(fc.oneof(scalar, tie('obj')), { maxLength: 3 })),
  // Spread: plain objects as JSON.parse and the readers make them (fast-check's have no prototype).
  obj: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }).map((o) => ({ ...o })),
})).obj;

/** Expressions of the subset and around it: field reads, has, literals, comparisons, logic, ?:, all/exists, and some the fast path leaves to the engine. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string; path: string }>((tie) => ({
  path: fc.oneof(
    fc.constantFrom(...KEYS).map((k) => `x.${k}`),
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...KEYS)).map(([a, b]) => `x.${a}.${b}`),
    fc.constantFrom('v', 'v.a', 'v.n', 'w.s'),
  ),
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('path'),
    fc.constantFrom('null', 'true', 'false', '1', '2', '-1', '1.5', '2.0', '"a"', '""', '9007199254740993', '1u', 'b"a"', '[1]', '{}'),
    tie('path').map((p) => `has(${p})`),
    fc.tuple(tie('e'), fc.constantFrom('==', '!=', '<', '<=', '>', '>=', '&&', '||', '+', 'in'), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    tie('e').map((e) => `!(${e})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc.tuple(tie('path'), fc.constantFrom('all', 'exists', 'exists_one'), tie('e')).map(([l, m, e]) => `${l}.${m}(v, ${e})`),
    fc.tuple(tie('path'), tie('e')).map(([l, e]) => `${l}.all(v, ${l}.exists(w, ${e}))`),
    tie('path').map((p) => `size(${p}) > 0`),
  ),
})).e;

/** A tree as the engine's parser gives it, without node ids and message type names (the fast path reads neither). */
const shape = (e: unknown): unknown => JSON.parse(JSON.stringify(e, (k, v: unknown) => (k === 'id' || k === '$typeName' ? undefined : typeof v === 'bigint' ? `${v}n` : v)));

/** Token soup near the subset's edges: literals of other forms, reserved words, escapes, comments. */
const TOKENS = ['x', '.', 'a', 'all', 'exists', 'has', '(', ')', ',', 'v', '!', '&&', '||', '==', '<', '?', ':', '1', '01', '1u', '1e3', '.5', '1.', '1.5', '-1', '"a"', "'b'", '"\\n"', 'r"x"', '"""t"""', '// c', 'in', 'if', 'namespace', 'as', 'for', 'null', 'nullable', 'true', 'truex', 'falsey', '_x', '9223372036854775808', '[', ']', '+', '\f', '\v', '\u00a0', 'é'];
const soup = fc
  .array(fc.tuple(fc.constantFrom('', ' ', '\n'), fc.constantFrom(...TOKENS)), { maxLength: 12 })
  .map((parts) => parts.map(([space, token]) => space + token).join(''));

describe('custom rules fast path', () => {
  it('reads the subset into the tree the engine\'s parser gives, and leaves every other text to the engine', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(expr, soup), (src) => {
        const ours = parseSubset(src);
        if (!ours) return;
        read++;
        let theirs;
        try {
          theirs = parse(src).expr;
        } catch (e) {
          throw new Error(`read ${JSON.stringify(src)}, which the engine refuses: ${(e as Error).message}`);
        }
        expect({ src, tree: shape(ours) }).toEqual({ src, tree: shape(theirs) });
      }),
      { numRuns: 20_000 },
    );
    expect(read).toBeGreaterThan(1000);
  });

  it('leaves to the engine the texts fast-check once found it read and the engine refuses', () => {
    // Found by the property above (seed 1424972108): the engine reads `!!x` and refuses `! !x`.
    for (const src of ['! !x', '!\n!x', '!!  ! x']) {
      expect(() => parse(src)).toThrow();
      expect(parseSubset(src)).toBeUndefined();
    }
    expect(shape(parseSubset('!!x')!)).toEqual(shape(parse('!!x').expr));
  });

  it('answers as the engine does wherever it answers', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(expr, data, (src, d) => {
        let parsed;
        try {
          parsed = parse(src);
        } catch {
          return; // not CEL
        }
        runs++;
        const fast = compileFastRule(parsed.expr, 'no_meter')?.({ x: d }, { left: 1_000_000 });
        if (fast === undefined) return;
        answered++;
        expect({ src, d, value: fast }).toEqual({ src, d, value: engine(src, d) });
      }),
      { numRuns: 20_000 },
    );
    // Random data misses fields and random expressions leave the subset: most go to the engine.
    expect(answered / runs).toBeGreaterThan(0.05);
  });

  it('leaves to the engine what it does not read, so compileRules gives the engine\'s value and error messages', () => {
    const source = { file: 'policy.yaml', data: null, locate: () => ({ file: 'policy.yaml' }), locateKey: () => ({ file: 'policy.yaml' }) };
    fc.assert(
      fc.property(expr, data, (src, d) => {
        let compiled;
        try {
          [compiled] = compileRules([{ id: 'r', expression: src, message: 'm', severity: 'high' }], source);
        } catch {
          return; // does not compile (the engine's parser and the rule checks decide)
        }
        const got = compiled!.evaluate({ x: d });
        const want = engine(src, d);
        // Errors by message; lists and maps (the engine's own wrappers, the same either way) by type.
        const seen = (v: unknown) => (isCelError(v) ? `error: ${(v as Error).message}` : v !== null && typeof v === 'object' ? `a ${v.constructor?.name}` : v);
        expect({ src, d, value: seen(got) }).toEqual({ src, d, value: seen(want) });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the bench\'s and the README\'s rules without the engine', () => {
    const endpoint = { replicas: { min: 2 }, models: [{ uri: 's3://m', verdict: null }, { uri: null, verdict: { signed: true } }], platform: 'kserve', networkIsolation: { enabled: false } };
    for (const [src, want] of [
      ['endpoint.replicas.min != null && endpoint.models.all(m, m.uri != null)', false],
      ['endpoint.models.all(m, m.verdict == null || m.verdict.signed)', true],
      ['endpoint.platform != "sagemaker" || endpoint.networkIsolation.enabled', true],
      ['endpoint.replicas.min >= 2', true],
    ] as const) {
      expect(compileFastRule(parse(src).expr, 'no_meter')?.({ endpoint }, { left: 100 })).toBe(want);
    }
  });
});
