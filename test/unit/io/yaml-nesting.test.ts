// YAML nesting is bounded before yaml parses a text: its parser recurses per level, and near the stack
// limit V8 can abort the process instead of throwing. Found by the fuzz suite (test/unit/fuzz).
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { MAX_YAML_NESTING } from '../../../src/io/yaml-nesting.js';
import { parseYaml, parseYamlStream } from '../../../src/io/yaml.js';

const deep = {
  'flow sequences': (n: number) => '['.repeat(n),
  'flow mappings': (n: number) => 'a: ' + '{a: '.repeat(n),
  'compact block sequences': (n: number) => '- '.repeat(n) + 'x',
  'indented mappings': (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1',
};

describe('YAML nesting limit', () => {
  for (const [name, text] of Object.entries(deep)) {
    it(`refuses ${name} deeper than the limit with a one-line ConfigError`, () => {
      for (const n of [MAX_YAML_NESTING + 1, 2000, ...(name.startsWith('indented') ? [] : [100_000])]) {
        let err: unknown;
        try {
          parseYaml(text(n), 'm.yaml');
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as Error).message).toMatch(/^m\.yaml:\d+:\d+: YAML nesting is deeper than 256 levels$/);
      }
    });
  }

  it('reads nesting up to the limit, and quoted brackets and comments do not count', () => {
    expect(parseYaml(deep['compact block sequences'](MAX_YAML_NESTING - 1), 'm.yaml').data).toBeDefined();
    const text = `a: "${'['.repeat(1000)}"\nb: x # ${'{'.repeat(1000)}\nc: [1, [2]]\n`;
    expect(parseYaml(text, 'm.yaml').data).toEqual({ a: '['.repeat(1000), b: 'x', c: [1, [2]] });
  });

  it('applies to streams of documents that yaml parses', () => {
    expect(() => parseYamlStream(`a: 1\n---\nb: ${'['.repeat(2000)}\n`, 's.yaml')).toThrow(/^s\.yaml:3:\d+: YAML nesting is deeper than 256 levels$/);
  });
});
