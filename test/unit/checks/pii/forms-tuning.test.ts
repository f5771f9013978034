// Issue 17's phones and cards in national and travel forms on the tuning lines of
// test/helpers/pii-forms-tuning.ts: a phone under a generic `<Number>` whose parent names it, Danish and
// Norwegian numbers in dotted pairs under a phone word or column, trunk-prefixed numbers written in their
// region's own groups, Sabre and Amadeus phone elements, Visa's 4-3-3-3 and Amadeus `FP CC…` cards, and
// `Send melding:` are found whole; the addresses, versions, ids and order numbers beside them are not
// masked as phones or cards. Prints counts per format and kind only, never a value.
import { describe, expect, it } from 'vitest';
import { FORMS_COLUMN_TYPES, FORMS_COLUMNS, FORMS_FORMATS, formsTuningSet } from '../../../helpers/pii-forms-tuning.js';
import { tallyLogLines, type LogLine } from '../../../helpers/pii-log-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const LINES: LogLine[] = [17, 18, 19].flatMap((seed) => formsTuningSet(seed));

describe('phones and cards in national and travel forms (issue 17)', () => {
  const s = tallyLogLines(LINES);

  it('prints recall per format and type and the hard negatives masked', () => {
    const rows = Object.entries(s.seen).map(([k, n]) => `  ${k}: found ${n - (s.missed[k] ?? 0)} of ${n}`);
    console.log([`${LINES.length} lines`, ...rows, ...Object.entries(s.masked).map(([k, n]) => `  masked ${k}: ${n}`)].join('\n'));
    expect(LINES.length).toBe(FORMS_FORMATS.length * 36);
  });

  // A flight segment (`SK 1234Y 12DEC`) read as a street address is the address detector's class, not these.
  const only = (o: Record<string, number>, format: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith(`${format} `) && !k.endsWith(' as street-address')));
  it.each(FORMS_FORMATS)('%s: finds every personal value whole and masks no hard negative', (format) => {
    expect(only(s.missed, format)).toEqual({});
    expect(only(s.masked, format)).toEqual({});
  });

  it('a national export: phone columns masked as phones, address columns as addresses, versions kept', async () => {
    const cols = await scanGeneratedTable(29, FORMS_COLUMNS, 80);
    const got = Object.fromEntries(cols.map((c) => [c.column, { type: c.cls.type, masked: c.masked }]));
    console.log(Object.entries(got).map(([k, v]) => `  ${k}: ${v.type} ${v.masked}/80`).join('\n'));
    const want = Object.fromEntries(Object.entries(FORMS_COLUMN_TYPES).map(([k, t]) => [k, { type: t, masked: t === null ? 0 : 80 }]));
    expect(got).toEqual(want);
    // Each masked cell holds its column's label.
    const label: Record<string, string> = { phone: '[PHONE]', 'ip-address': '[IP_ADDRESS]', 'credit-card': '[CREDIT_CARD]' };
    for (const c of cols) if (c.cls.type !== null) expect(c.written.every((w) => w === label[c.cls.type!])).toBe(true);
  });
});
