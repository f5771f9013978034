import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { parseYaml, parseYamlStream } from '../../../src/io/yaml.js';

describe('parseYaml', () => {
  it('locates nodes by path, 1-based line and column', () => {
    const doc = parseYaml('a:\n  b:\n    - x: 1\n    - x: 22\n', 'f.yaml');
    expect(doc.data).toEqual({ a: { b: [{ x: 1 }, { x: 22 }] } });
    expect(doc.locate(['a', 'b', 1, 'x'])).toMatchObject({ file: 'f.yaml', line: 4, column: 10 });
    // A missing key falls back to its nearest ancestor.
    expect(doc.locate(['a', 'b', 0, 'nope']).line).toBe(3);
  });

  it('reports a syntax error at its line and column', () => {
    const err = catchError(() => parseYaml('a: 1\nb: [1, 2\nc: 3\n', 'bad.yaml'));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/^bad\.yaml:\d+:\d+: YAML syntax error: /);
    expect(err.message).not.toContain('\n');
  });

  it('rejects duplicate keys', () => {
    expect(() => parseYaml('a: 1\na: 2\n', 'dup.yaml')).toThrow(/dup\.yaml:2:1: YAML syntax error: .*unique/i);
  });

  it('refuses an alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const t0 = performance.now();
    const err = catchError(() => parseYaml(lines.join('\n'), 'bomb.yaml'));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(err.message).toMatch(/^bomb\.yaml:\d+:\d+: too many YAML alias expansions/);
  });
});

describe('parseYamlStream merge keys', () => {
  const text = ['base: &base { owner: risk, tier: gold }', 'labels:', '  <<: *base', '  tier: silver', '---', 'plain:', '  <<:', '    team: ops', ''].join('\n');

  it('merges << as YAML 1.1 (and kubectl) when asked: own keys win, the block form too', () => {
    const docs = parseYamlStream(text, 'm.yaml', { merge: true });
    expect(docs.map((d) => d.data)).toEqual([{ base: { owner: 'risk', tier: 'gold' }, labels: { owner: 'risk', tier: 'silver' } }, { plain: { team: 'ops' } }]);
    // Positions still point at the entries written in the document.
    expect(docs[0]!.locateEntry(['labels', 'tier']).line).toBe(4);
  });

  it('keeps << a plain key (YAML 1.2) by default', () => {
    const docs = parseYamlStream(text, 'm.yaml');
    expect(docs[1]!.data).toEqual({ plain: { '<<': { team: 'ops' } } });
  });

  it('names an alias to an anchor of another document as what it is, not an alias bomb, without the anchor name', () => {
    const err = catchError(() => parseYamlStream('a: &secret-anchor 1\n---\nb: *secret-anchor\n', 'x.yaml', { merge: true }));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/^x\.yaml:\d+:\d+: cannot read YAML: Unresolved alias: no anchor of that name earlier in the same document$/);
    expect(err.message).not.toContain('secret-anchor');
  });
});

function catchError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('expected an error');
}
