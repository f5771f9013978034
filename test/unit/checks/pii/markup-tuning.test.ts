// Issue 17's values in markup on the tuning lines of test/helpers/pii-markup-tuning.ts: values inside
// HTML and XML elements, attributes, CDATA sections and character references are found whole, and
// the numbers of the same markup that are no personal data (ids, amounts, coordinates, access keys,
// CNPJ, partita IVA, EAN) are not masked. Prints counts per format and kind only, never a value.
import { describe, expect, it } from 'vitest';
import { MARKUP_FORMATS, markupTuningSet } from '../../../helpers/pii-markup-tuning.js';
import { tallyLogLines, type LogLine } from '../../../helpers/pii-log-tuning.js';
import { maskJsonl } from '../../../helpers/pii-mask-jsonl.js';

/**
 * Misses allowed (README "Values in markup"): a value that also passes another type's check, with that
 * type's word in a neighbouring element's name within the context window, is read as that type: an
 * NF-e `<fone>` whose eleven digits pass the CPF check digits (one number in a hundred) beside `<CPF>`,
 * a MAC of twelve decimal digits that passes the Verhoeff check beside `<aadhaar>`.
 */
const COSTS: Record<string, number> = { 'nfe phone': 4, 'xml-ids mac-address': 2 };

const LINES: LogLine[] = [17, 18, 19].flatMap((seed) => markupTuningSet(seed));

/** Per format and type: personal values seen and not found whole; per format and kind: hard negatives overlapped by a match. */
describe('values in markup (issue 17)', () => {
  const s = tallyLogLines(LINES);
  const negatives = Object.values(s.negatives).reduce((a, n) => a + n, 0);

  it('prints recall per format and type and the hard negatives masked', () => {
    const rows = Object.entries(s.seen).map(([k, n]) => `  ${k}: found ${n - (s.missed[k] ?? 0)} of ${n}`);
    console.log([`${LINES.length} lines, ${negatives} hard negatives`, ...rows, ...Object.entries(s.masked).map(([k, n]) => `  masked ${k}: ${n}`)].join('\n'));
    expect(LINES.length).toBeGreaterThan(1000);
  });

  const only = (o: Record<string, number>, format: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith(`${format} `)));
  it.each(MARKUP_FORMATS)('%s: finds every personal value whole (but for its known cost) and masks no hard negative', (format) => {
    const missed = only(s.missed, format);
    expect(Object.fromEntries(Object.entries(missed).filter(([k, n]) => n > (COSTS[k] ?? 0)))).toEqual({});
    expect(only(s.masked, format)).toEqual({});
  });

  it('pii scan --mask leaves no personal value of one line per format, and every hard negative', async () => {
    const lines = [23].flatMap((seed) => markupTuningSet(seed, 2));
    const masked = await maskJsonl(lines.map((l) => l.text));
    const left = lines.flatMap((l, i) => l.personal.filter((p) => masked[i]!.includes(p.value)).map((p) => `${l.format} ${p.type}`));
    const lost = lines.flatMap((l, i) => l.negatives.filter((n) => !masked[i]!.includes(n.value)).map((n) => `${l.format} ${n.kind}`));
    expect({ left, lost }).toEqual({ left: [], lost: [] });
  });
});
