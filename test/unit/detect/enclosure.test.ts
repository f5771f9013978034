// A bracket or quote around a whole value is the text's, not the value's (src/detect/enclosure.ts).
import { describe, expect, it } from 'vitest';
import { withoutCloser, withoutOpener } from '../../../src/detect/enclosure.js';

/** What the engine considers of a match `[start, end)` of `text`. */
function considered(text: string, start: number, end: number): string {
  const s = withoutOpener(text, start, end);
  return text.slice(s, withoutCloser(text, s, end));
}

describe('enclosure', () => {
  it('drops an opening bracket or quote whose closer follows the span', () => {
    for (const [open, close] of ['()', '[]', '{}', '\uff08\uff09', '\u3010\u3011', '\u300c\u300d', '""', "''", '\u00ab\u00bb', '\u201e\u201c', '\u2018\u2019']) {
      const text = `a ${open}+00 000 0000${close} b`;
      expect(considered(text, 2, text.length - 3)).toBe('+00 000 0000');
    }
  });

  it('drops a closing bracket whose opener precedes the span', () => {
    const text = 'a (000-000) b';
    expect(considered(text, 3, 11)).toBe('000-000');
  });

  it('keeps a bracket the span closes or opens itself: an area code, "(0)" after a country code', () => {
    expect(considered('((000) 000-0000)', 1, 15)).toBe('(000) 000-0000');
    const gb = '(+00 (0)00 0000 0000)';
    expect(considered(gb, 0, gb.length - 1)).toBe('+00 (0)00 0000 0000');
    expect(considered('"a"@b', 0, 5)).toBe('"a"@b');
  });

  it('keeps a bracket that encloses no whole value (a secret may start with one)', () => {
    expect(considered('key=(abc0 rest', 4, 9)).toBe('(abc0');
    expect(considered('key=abc0) rest', 4, 9)).toBe('abc0)');
  });
});
