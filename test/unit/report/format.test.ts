import { describe, expect, it } from 'vitest';
import { byteLength, clip, codeCell, escapeCell, escapeHtml, fenced, fitBlocks, formatDuration, mermaidLabel } from '../../../src/report/format.js';

describe('Markdown escaping', () => {
  it('keeps a table cell in one cell and free of HTML', () => {
    expect(escapeCell('a | b\nc `d` <script>&')).toBe('a \\| b<br>c \\`d\\` &lt;script&gt;&amp;');
    expect(escapeCell('**bold** [link](x) _i_ ~s~')).toBe('\\*\\*bold\\*\\* \\[link\\](x) \\_i\\_ \\~s\\~');
    expect(escapeCell('C:\\path|x')).toBe('C:\\\\path\\|x');
    // GitHub renders $…$ as math (sizes, colours, layout): escaped dollars are plain text.
    expect(escapeCell('$\\Huge x$')).toBe('\\$\\\\Huge x\\$');
  });

  it('defuses @mentions, e-mail addresses, issue references and bare URLs with a zero-width space', () => {
    expect(escapeCell('ping @octocat and @org/team')).toBe('ping @\u200boctocat and @\u200borg/team');
    expect(escapeCell('a@b.com')).toBe('a@\u200bb.com');
    expect(escapeHtml('hi @octocat')).toBe('hi @\u200boctocat');
    expect(escapeCell('fixes #12 and acme/x#3')).toBe('fixes #\u200b12 and acme/x#\u200b3');
    expect(escapeCell('https://evil.example and WWW.evil.example')).toBe('https:\u200b//evil.example and WWW\u200b.evil.example');
    expect(escapeHtml('see http://x.example')).toBe('see http:\u200b//x.example');
  });

  it('escapes what would start a block only where it would, and keeps snake_case and versions as written', () => {
    expect(['# h', '## h', '- x', '+ x', '---', '===', '1. x', '2) x'].map((s) => escapeCell(s))).toEqual(['\\# h', '\\## h', '\\- x', '\\+ x', '\\---', '\\===', '1\\. x', '2\\) x']);
    expect(['#1', '-x', '8.0.0', 'a - b', 'demographic_parity', 'pytorch_model.bin'].map((s) => escapeCell(s))).toEqual(['#\u200b1', '-x', '8.0.0', 'a - b', 'demographic_parity', 'pytorch_model.bin']);
    expect(escapeCell('__init__ _x snake_')).toBe('\\_\\_init\\_\\_ \\_x snake\\_');
  });

  it('builds code spans that survive backticks and pipes', () => {
    expect(codeCell('a|b')).toBe('`a\\|b`');
    expect(codeCell('x `y` z')).toBe('``x `y` z``');
    expect(codeCell('`edge`')).toBe('`` `edge` ``');
    expect(codeCell('')).toBe('');
    // `\\|` would end the table cell (the backslash escapes the escape): a zero-width space keeps them apart.
    expect(codeCell('a\\|<b>')).toBe('`a\\\u200b\\|<b>`');
  });

  it('makes Mermaid labels plain: no quote, directive, entity or line break', () => {
    expect(mermaidLabel('"]);\n%%{init: {"theme": "dark"}}%%', 60)).toBe("'_)_ ___init: _'theme': 'dark'____");
    expect(mermaidLabel('<30 #quot; age`s')).toBe("‹30 _quot_ age's");
    expect(mermaidLabel('a'.repeat(50))).toBe(`${'a'.repeat(39)}…`);
  });

  it('fences content whose own fences cannot close the block', () => {
    expect(fenced('{"a": 1}', 'json')).toBe('```json\n{"a": 1}\n```\n');
    expect(fenced('x\n````\ny', '')).toBe('`````\nx\n````\ny\n`````\n');
  });

  it('clips by code point, never inside a surrogate pair', () => {
    expect(clip('😀😀😀😀', 3)).toBe('😀😀…');
    expect(clip('short', 10)).toBe('short');
  });

  it('formats durations', () => {
    expect(formatDuration(12.4)).toBe('12 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});

describe('fitBlocks', () => {
  const section = { open: '<details>\n\n| h |\n| - |\n', rows: Array.from({ length: 100 }, (_, i) => `| ${i} é |\n`), close: '\n</details>\n' };

  it('returns everything when it fits', () => {
    expect(fitBlocks(['a', section], 10_000, '[cut]')).not.toContain('[cut]');
  });

  it('cuts between rows, closes the section and appends the note within the byte budget', () => {
    for (const max of [60, 100, 333, 700]) {
      const out = fitBlocks(['# head\n', section, 'END-BLOCK'], max, '\n[cut]\n');
      expect(byteLength(out)).toBeLessThanOrEqual(max);
      expect(out.endsWith('\n[cut]\n')).toBe(true);
      expect(out.split('<details>').length).toBe(out.split('</details>').length);
      expect(out).not.toContain('END-BLOCK');
    }
  });
});
