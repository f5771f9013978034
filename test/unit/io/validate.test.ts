import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../../../src/errors.js';
import { dotted, knownKeys, validateDoc } from '../../../src/io/validate.js';
import { parseYaml } from '../../../src/io/yaml.js';

const schema = z.strictObject({
  name: z.string(),
  mode: z.enum(['fast', 'slow']).optional(),
  server: z.strictObject({ host: z.string(), port: z.number().default(8080) }).optional(),
  items: z.array(z.strictObject({ id: z.string(), tags: z.array(z.string()).optional() })).default([]),
  labels: z.record(z.string(), z.strictObject({ color: z.string() })).optional(),
  limits: z.strictObject({ cpu: z.number(), memory: z.number() }).default({ cpu: 1, memory: 2 }),
});

/** The ConfigError validating `yaml` against `schema` throws (fails the test when it does not throw). */
function errorFor(yaml: string, s: z.ZodType = schema): ConfigError {
  const doc = parseYaml(yaml, 'conf.yaml');
  try {
    validateDoc(s, doc);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`expected a ConfigError for:\n${yaml}`);
}

describe('validateDoc', () => {
  it('names a complex key without quoting it, and shows other keys on one line, cut short (found by the fuzz suite)', () => {
    const token = ['ghp', 'Q7w2Lx9Zr4Tb8Nc1Vd6Hf3Jk5Mp0Sa2Ye4Ui'].join('_');
    for (const key of [`[{ rule: "${token}" }]`, `{ a: ${token} }`]) {
      expect(errorFor(`name: x\n${key}: 1\n`).message).toMatch(/^conf\.yaml:\d+:\d+: unknown key \(a list or a map used as a key\); expected one of: /);
    }
    const block = errorFor(`name: x\n? |\n  one\n  ::error::pwned\n: 1\n`);
    expect(block.message).toMatch(/^conf\.yaml:\d+:\d+: unknown key "one\\n::error::pwned\\n"; expected one of: /);
    const long = errorFor(`name: x\n${'k'.repeat(500)}: 1\n`);
    expect(long.message).toContain(`unknown key "${'k'.repeat(77)}…"`);
    const record = errorFor(`name: x\nlabels:\n  "a\\nb": { colour: red }\n`);
    expect(record.message).not.toContain('\n');
    expect(record.message).toContain(String.raw`in labels."a\nb"`);
  });

  it('returns the parsed data with defaults applied', () => {
    const doc = parseYaml('name: demo\nserver:\n  host: localhost\n', 'conf.yaml');
    expect(validateDoc(schema, doc)).toEqual({ name: 'demo', server: { host: 'localhost', port: 8080 }, items: [], limits: { cpu: 1, memory: 2 } });
  });

  it('validates the data it is given instead of the whole document when asked', () => {
    const doc = parseYaml('outer:\n  host: h\n  port: 1\n', 'conf.yaml');
    const inner = z.strictObject({ host: z.string(), port: z.number() });
    expect(validateDoc(inner, doc, (doc.data as { outer: unknown }).outer)).toEqual({ host: 'h', port: 1 });
  });

  it('reports a misspelt top-level key with a suggestion, at the key', () => {
    const err = errorFor('name: demo\nmdoe: fast\n');
    expect(err.detail).toBe('unknown key "mdoe"; did you mean "mode"?');
    expect(err.location).toMatchObject({ file: 'conf.yaml', line: 2, column: 1 });
    expect(err.message).toBe('conf.yaml:2:1: unknown key "mdoe"; did you mean "mode"?');
  });

  it('lists the valid keys when nothing is close', () => {
    const err = errorFor('name: demo\nserver:\n  host: h\n  zzzzzz: 1\n');
    expect(err.detail).toBe('unknown key "zzzzzz" in server; expected one of: host, port');
    expect(err.location).toMatchObject({ line: 4, column: 3 });
  });

  it('names the path of a nested unknown key inside an array, at the key itself', () => {
    const err = errorFor('name: demo\nitems:\n  - id: a\n  - id: b\n    tgas: [x]\n');
    expect(err.detail).toBe('unknown key "tgas" in items[1]; did you mean "tags"?');
    expect(err.location).toMatchObject({ line: 5, column: 5 });
  });

  it('finds keys through optional, default and record wrappers', () => {
    expect(errorFor('name: demo\nlimits:\n  cpu: 1\n  memroy: 2\n').detail).toMatch(/^unknown key "memroy" in limits; did you mean "memory"\?/);
    const err = errorFor('name: demo\nlabels:\n  red:\n    colour: "#f00"\n');
    expect(err.detail).toMatch(/^unknown key "colour" in labels\.red; did you mean "color"\?/);
    expect(err.location).toMatchObject({ line: 4, column: 5 });
  });

  it('reports the misspelling before the required key it makes missing', () => {
    const err = errorFor('nmae: demo\n');
    expect(err.detail).toBe('unknown key "nmae"; did you mean "name"? (and 1 more problem)');
    expect(err.location).toMatchObject({ line: 1, column: 1 });
  });

  it('says a missing key is required, at its parent', () => {
    const err = errorFor('name: demo\nserver:\n  port: 1\n');
    expect(err.detail).toBe('server.host: required, expected string');
    expect(err.location).toMatchObject({ line: 3, column: 3 });
    const top = errorFor('mode: fast\n');
    expect(top.detail).toBe('name: required, expected string');
    expect(top.location).toMatchObject({ line: 1, column: 1 });
  });

  it('says what type was expected and what was received, at the value', () => {
    const num = errorFor('name: 42\n');
    expect(num.detail).toBe('name: expected string, received number');
    expect(num.location).toMatchObject({ line: 1, column: 7 });
    expect(errorFor('name: demo\nserver: [a, b]\n').detail).toBe('server: expected map, received array');
    expect(errorFor('name: demo\nserver: ~\n').detail).toBe('server: expected map, received null');
    expect(errorFor('name: demo\nitems:\n  key: value\n').detail).toBe('items: expected array, received map');
    expect(errorFor('name: demo\nitems:\n  - id: true\n').detail).toBe('items[0].id: expected string, received boolean');
    expect(errorFor('- a\n- b\n').detail).toBe('expected map, received array');
  });

  it('lists the allowed values of an enum', () => {
    const err = errorFor('name: demo\nmode: medium\n');
    expect(err.detail).toBe('mode: expected "fast" | "slow"');
    expect(err.location).toMatchObject({ line: 2, column: 7 });
  });

  it('keeps other messages, without zod\'s "Invalid input" prefix', () => {
    const s = z.strictObject({ port: z.number().int().min(1, 'must be at least 1') });
    expect(errorFor('port: 0\n', s).detail).toBe('port: must be at least 1');
  });

  // BUG (src/io/validate.ts:13, `more` counts zod issues, not problems): zod reports all unknown keys of one
  // object as a single issue with `keys: [...]`, and only keys[0] is named. Two misspelt keys read as one
  // problem: "unknown key "foo"; expected one of: name", with no "(and 1 more problem)" and no word of "bar".
  it('counts every unknown key of an object as a problem', () => {
    const s = z.strictObject({ name: z.string() });
    expect(errorFor('name: demo\nfoo: 1\nbar: 2\n', s).detail).toMatch(/\(and 1 more problem\)$/);
  });

  it('counts the other problems', () => {
    const err = errorFor('name: 1\nmode: x\nserver: 3\n');
    expect(err.detail).toMatch(/^name: expected string, received number \(and 2 more problems\)$/);
    expect(err.detail).not.toContain('\n');
  });
});

describe('knownKeys', () => {
  it('lists the keys of the object at a path', () => {
    expect(knownKeys(schema, [])).toEqual(['name', 'mode', 'server', 'items', 'labels', 'limits']);
    expect(knownKeys(schema, ['server'])).toEqual(['host', 'port']);
  });

  it('walks through optional, default, array and record', () => {
    expect(knownKeys(schema, ['limits'])).toEqual(['cpu', 'memory']);
    expect(knownKeys(schema, ['items', 3])).toEqual(['id', 'tags']);
    expect(knownKeys(schema, ['labels', 'anything'])).toEqual(['color']);
    const wrapped = z.strictObject({ a: z.array(z.strictObject({ b: z.strictObject({ c: z.string() }).optional() }).default({})).nullable() }).optional();
    expect(knownKeys(wrapped, ['a', 0, 'b'])).toEqual(['c']);
  });

  it('follows the input side of a pipe', () => {
    const piped = z.strictObject({ x: z.strictObject({ y: z.string() }).transform((v) => v.y) });
    expect(knownKeys(piped, ['x'])).toEqual(['y']);
  });

  it('gives no keys for non-objects and unknown paths', () => {
    expect(knownKeys(schema, ['name'])).toEqual([]);
    expect(knownKeys(schema, ['items'])).toEqual([]);
    expect(knownKeys(schema, ['nope'])).toEqual([]);
    expect(knownKeys(schema, ['name', 'deeper'])).toEqual([]);
  });
});

describe('dotted', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(dotted(['a', 'b', 0, 'c'])).toBe('a.b[0].c');
    expect(dotted(['items', 1, 2])).toBe('items[1][2]');
    expect(dotted([0, 'x'])).toBe('[0].x');
    expect(dotted(['only'])).toBe('only');
    expect(dotted([])).toBe('');
  });
});
