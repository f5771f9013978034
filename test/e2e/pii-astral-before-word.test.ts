// Through the bundle: a character outside the BMP (an emoji: a surrogate pair) right before a version
// word. The version words' search of 08f5571 restarted inside the pair and found the same word again, for
// ever: `pii scan` never ended. It ends now, and the emoji reads as any other non-letter before the word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/action-runner.js';
import { tempWorkspace } from '../helpers/workspace.js';

const EMOJI = String.fromCodePoint(0x1f600);
const texts = (before: string) => [`Deploy ${before}build on 10.20.30.40 today`, `Deploy ${before}version 10.20.30.40 host 10.20.30.41`];

describe('an astral character before a version word', () => {
  it('pii scan ends, and masks as with an ASCII mark in its place', () => {
    const records = [...texts(EMOJI), ...texts('-')].map((text, id) => JSON.stringify({ id, text }));
    const ws = tempWorkspace({ 'in.jsonl': records.join('\n') + '\n' });
    const res = runCli(['pii', 'scan', 'in.jsonl', '--format', 'jsonl', '--mask', 'out.jsonl'], ws);
    expect(res.error, 'killed at the 60 s timeout').toBeUndefined();
    expect(res.status, res.stderr).toBe(0);
    const out = readFileSync(join(ws, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    expect(out).toHaveLength(4);
    expect(out.slice(0, 2).map((t) => t.replace(EMOJI, '-'))).toEqual(out.slice(2));
    expect(out.join('\n')).toContain('[IP_ADDRESS]');
  });
});
