// Issue 17's set-9 round-3 classes on the tuning lines of test/helpers/pii-set9r3-tuning.ts: call
// numbers after an item barcode or an ISBN and in call-number columns of five languages are no phones;
// a record's own key before twelve hex digits (`build`, `commit`, `trace_id`) says they are no MAC
// whatever MAC word an earlier key holds; mobile numbers of the validator's regions, Bangladesh and
// Indonesia, written with hyphens after a chat message's cue in fifteen languages, are phones; a CPF,
// Aadhaar or SSN under a key naming a tax or identity document is found; a generated password of
// unreserved characters after a bare `pw` label is masked whole. Prints counts per format and kind
// only, never a value.
import { describe, expect, it } from 'vitest';
import { CALL_NUMBER_COLUMNS, callNumberCell, set9r3TuningSet, writtenPhone } from '../../../helpers/pii-set9r3-tuning.js';
import { countsBy, tallyLogLines, type LogLine } from '../../../helpers/pii-log-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const LINES: LogLine[] = [17, 18, 19].flatMap((seed) => set9r3TuningSet(seed));
/** The classes (a chat line's format names its region: the class is `chat`). */
const CLASSES = ['library-slip', 'json-key', 'kyc-key', 'pw-label', 'chat'];
const classOf = (format: string) => format.split(' ')[0]!;

describe('set 9 round 3 classes (issue 17)', () => {
  const s = tallyLogLines(LINES);
  const seen = { ...countsBy(s.seen, (k) => `${classOf(k)} ${k.slice(k.lastIndexOf(' ') + 1)}`), ...countsBy(s.negatives, (f) => `${classOf(f)} negative`) };

  it('prints recall per format and the hard negatives masked', () => {
    const sum = (o: Record<string, number>, c: string) => Object.entries(o).filter(([k]) => classOf(k) === c).reduce((a, [, n]) => a + n, 0);
    console.log(
      [
        `${LINES.length} lines; ${Object.entries(seen).map(([k, n]) => `${k} ${n}`).join(', ')}`,
        ...CLASSES.map((c) => `  ${c}: missed ${sum(s.missed, c)}, negatives masked ${sum(s.masked, c)}`),
        ...Object.entries(s.missed).map(([k, n]) => `  missed ${k}: ${n}`),
        ...Object.entries(s.masked).map(([k, n]) => `  masked ${k}: ${n}`),
      ].join('\n'),
    );
    expect(LINES.length).toBeGreaterThan(1000);
  });

  const only = (o: Record<string, number>, c: string) => Object.fromEntries(Object.entries(o).filter(([k]) => classOf(k) === c));
  it.each(CLASSES.filter((c) => c !== 'pw-label'))('%s: finds every personal value whole and masks no hard negative', (c) => {
    expect(only(s.missed, c)).toEqual({});
    expect(only(s.masked, c)).toEqual({});
  });

  // A password without a digit whose parts are all words or names (`Aa_BB.C_Dd`) reads as a phrase or a dotted name: left.
  it('pw-label: masks at least 97 % of the passwords whole and no word, command or placeholder', () => {
    expect(s.missed['pw-label password'] ?? 0).toBeLessThanOrEqual(0.03 * s.seen['pw-label password']!);
    expect(only(s.masked, 'pw-label')).toEqual({});
  });

  it('a call-number column of Dewey and LC call numbers is no phone column and none of its cells is masked', async () => {
    const gens = Object.fromEntries(CALL_NUMBER_COLUMNS.map((c) => [c, callNumberCell]));
    const cols = await scanGeneratedTable(17, gens, 150);
    console.log(cols.map((c) => `${c.column}: ${c.cls.type ?? '-'} masked ${c.masked}`).join('; '));
    expect(cols.map((c) => `${c.column}: ${c.cls.type ?? '-'} ${c.masked}`)).toEqual(CALL_NUMBER_COLUMNS.map((c) => `${c}: - 0`));
  });

  it('a phone written with "+", brackets or spaces in a call-number column stays a phone', async () => {
    const cols = await scanGeneratedTable(18, { call_number: writtenPhone, phones: writtenPhone }, 300);
    console.log(cols.map((c) => `${c.column}: ${c.cls.type ?? '-'} masked ${c.masked}`).join('; '));
    expect(cols[0]!.masked).toBe(cols[1]!.masked);
  });
});
