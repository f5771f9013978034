import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, type GlobDialect } from '../../../src/io/glob-match.js';

// The regular expressions the globs used to compile to: the reference semantics the matcher keeps.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function pathRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '(?:.*/)?';
      i++;
      if (glob[i + 1] === '/') i++;
      else re += '[^/]*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}
const plainRegExp = (p: string) => new RegExp(`^${p.split('*').map(escape).join('.*')}$`);
const questionRegExp = (p: string, flags = '') => new RegExp(`^${p.split('*').map((s) => s.split('?').map(escape).join('.')).join('.*')}$`, flags);

// Short strings over an alphabet dense in wildcards, separators and case pairs, so that runs collide.
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '/', '.', 'é', 'É', '\n', '\u2028'), maxLength: 12 });
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '/', '.', '*', '?', '[', 'é'), maxLength: 8 });

function agrees(dialect: GlobDialect, reference: (p: string) => RegExp) {
  fc.assert(
    fc.property(pattern, text, (p, t) => {
      expect(compileGlob(p, dialect).test(t)).toBe(reference(p).test(t));
    }),
    { numRuns: 3000 },
  );
}

describe('compileGlob', () => {
  it('matches path globs exactly as the regular expressions did (`*`, `**`, `?` stop or cross "/")', () => {
    agrees({ paths: true }, pathRegExp);
  });

  it('matches `**/*<suffix>` (read without the automaton) exactly as the regular expression did', () => {
    const suffix = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '.', 'é', '\n', '['), maxLength: 4 });
    const named = fc.string({ unit: fc.constantFrom('a', '.', 'y', '/', '\n', '\r', '\u2028', '\u2029'), maxLength: 8 });
    fc.assert(
      fc.property(suffix, text, named, (tail, t, head) => {
        const p = `**/*${tail}`;
        const g = compileGlob(p, { paths: true });
        // Texts that end in the suffix are the interesting ones; random ones mostly do not.
        for (const candidate of [t, head + tail, `${head}/${tail}`]) expect(g.test(candidate)).toBe(pathRegExp(p).test(candidate));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches plain globs ("*" crosses "/", "?" literal) as the waiver regular expression did', () => {
    agrees({}, plainRegExp);
  });

  it('matches "?" globs with and without case as the image-path regular expression did', () => {
    agrees({ question: true }, (p) => questionRegExp(p));
    agrees({ question: true, ignoreCase: true }, (p) => questionRegExp(p, 'i'));
  });

  it('keeps the documented path semantics', () => {
    const g = compileGlob('data/**/*.csv', { paths: true });
    expect(['data/a.csv', 'data/x/y/a.csv'].map((t) => g.test(t))).toEqual([true, true]);
    expect(['data/a.json', 'other/a.csv', 'data/xa.csv/b'].map((t) => g.test(t))).toEqual([false, false, false]);
    expect(compileGlob('*.csv', { paths: true }).test('x/a.csv')).toBe(false);
    expect(compileGlob('a?c', { paths: true }).test('a/c')).toBe(false);
  });

  it('matches a 200 KB text against a pattern of 50 stars in linear steps, where a backtracking regular expression takes polynomial time', () => {
    const target = 'a'.repeat(200_000);
    const stars = `${'a*'.repeat(50)}b`; // never matches: a backtracking engine tries every split
    for (const dialect of [{}, { paths: true }, { question: true, ignoreCase: true }] as GlobDialect[]) {
      const g = compileGlob(stars, dialect);
      const t0 = performance.now();
      expect(g.test(target)).toBe(false);
      const ms = performance.now() - t0;
      // At most one step per (character, pattern node): 200,001 × 101.
      expect(g.lastSteps).toBeLessThanOrEqual(200_001 * 101);
      expect(ms).toBeLessThan(2000);
    }
  });
});
