// Hostile text bound for a step's log: no line may start a workflow command, no `##[` survives, and
// control characters are shown, not obeyed.
import { describe, expect, it } from 'vitest';
import { runnerText } from '../../../src/report/runner-text.js';
import { HOSTILE } from '../../helpers/hostile.js';

/** What the runner would take as a command: `::name` at a line's start (after blanks), or `##[` anywhere. */
const commandLike = (out: string): string[] => out.split('\n').filter((l) => /^\s*::[A-Za-z-]+/.test(l) || l.includes('##['));

describe('runnerText', () => {
  it('leaves no line that the runner would execute, for every hostile string', () => {
    for (const s of HOSTILE) expect(commandLike(runnerText(s)), JSON.stringify(s)).toEqual([]);
  });

  it('shows control characters instead of passing them, and keeps ordinary text as it is', () => {
    expect(runnerText('\u001b[31mred\u001b[0m')).toBe('\u241b[31mred\u241b[0m');
    expect(runnerText('a\r::error::x')).toBe('a\u240d::error::x');
    expect(runnerText('dependency: 3 package(s), 1 vulnerable\n  pii: passed')).toBe('dependency: 3 package(s), 1 vulnerable\n  pii: passed');
    expect(runnerText('time 12:30::45')).toBe('time 12:30::45'); // not at a line's start: no command
  });
});
