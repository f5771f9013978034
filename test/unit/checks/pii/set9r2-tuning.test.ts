// Issue 17's set-9 round-2 classes on the tuning lines of test/helpers/pii-set9r2-tuning.ts: a dotted
// quad in RFC 5424 `origin` `software`/`swVersion` is a version and `meta` numbers are no phones, while
// the `ip` parameter stays an address; HL7 v2 PID-13/14, PID-19 and NK1-5 are found as the last field
// of a segment ended by a carriage return; library call numbers are no phones (text and columns); nmap
// and tshark vendor names are no person or street address, the MAC stays a MAC; git's abbreviated
// commit ids are no MAC. Prints counts per format and kind only, never a value.
import { describe, expect, it } from 'vitest';
import { CALL_NUMBER_COLUMNS, callNumber, set9r2TuningSet } from '../../../helpers/pii-set9r2-tuning.js';
import { countsBy, formatOfKey, tallyLogLines, type LogLine } from '../../../helpers/pii-log-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

/** The classes fixed so far (each format of the tuning set is one class). */
const FORMATS = ['rfc5424', 'git', 'nmap-tshark', 'library', 'hl7'];
const LINES: LogLine[] = [17, 18, 19].flatMap((seed) => set9r2TuningSet(seed));

describe('set 9 round 2 classes (issue 17)', () => {
  const s = tallyLogLines(LINES);
  const totals = Object.entries(countsBy(s.seen, formatOfKey)).map(([f, n]) => `${f} ${n}`);

  it('prints recall per format and the hard negatives masked', () => {
    console.log([`${LINES.length} lines; personal values ${totals.join(', ')}`, ...Object.entries(s.missed).map(([k, n]) => `  missed ${k}: ${n}`), ...Object.entries(s.masked).map(([k, n]) => `  masked ${k}: ${n}`)].join('\n'));
    expect(LINES.length).toBeGreaterThan(1000);
  });

  // Per class (format): no personal value missed, no hard negative masked.
  const only = (o: Record<string, number>, format: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith(`${format} `)));
  it.each(FORMATS)('%s: finds every personal value whole and masks no hard negative', (format) => {
    expect(only(s.missed, format)).toEqual({});
    expect(only(s.masked, format)).toEqual({});
  });

  it('a column of call numbers is no phone column and none of its cells is masked', async () => {
    const gens = Object.fromEntries(CALL_NUMBER_COLUMNS.map((c) => [c, callNumber]));
    const cols = await scanGeneratedTable(17, gens, 200);
    expect(cols.map((c) => `${c.column}: ${c.cls.type ?? '-'} ${c.masked}`)).toEqual(CALL_NUMBER_COLUMNS.map((c) => `${c}: - 0`));
  });
});
