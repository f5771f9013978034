// Issue 17, class C 8 (test/helpers/pii-legal-tuning.ts): legal citations and court file numbers are no
// street addresses — a paragraph or article sign before the number, a name made only of abbreviations
// (`Abs. 1`, `410 U.S. 113`), a register sign before a number and a year (`7 U 3480/19`), a decimal
// section after the number (`21 CFR 820.30`). Street addresses of the same shapes stay found. Prints counts only.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { LEGAL_CITATIONS, legalSentence, rng } from '../../../helpers/pii-legal-tuning.js';

const SEEDS = [17, 18, 19];
const PER_FORM = 60;

describe('pii on legal citations (issue 17, class C 8)', () => {
  it('masks no citation, file number or margin number as a street address', () => {
    const masked: Record<string, number> = {};
    const other: Record<string, number> = {};
    for (const seed of SEEDS) {
      const r = rng(seed);
      for (const form of Object.keys(LEGAL_CITATIONS)) {
        for (let i = 0; i < PER_FORM; i++) {
          const text = legalSentence(r, form);
          for (const m of detectPii(text)) {
            if (m.type === 'street-address') masked[form] = (masked[form] ?? 0) + 1;
            else if (m.type !== 'person') other[`${form} ${m.type}`] = (other[`${form} ${m.type}`] ?? 0) + 1;
          }
        }
      }
    }
    console.log(`street addresses in citations ${JSON.stringify(masked)}; other types (counted, not asserted) ${JSON.stringify(other)}`);
    expect(masked).toEqual({});
  });

  it('keeps street addresses of the same shapes', () => {
    const n = (k: number) => String(k);
    const addresses = [
      `Mariahilfer Straße ${n(12)}/${n(3)}, ${n(1060)} Wien`,
      `Sie wohnt in der Hauptstraße ${n(7)}, ${n(10115)} Berlin.`,
      `${n(410)} Main Street, Springfield`,
      `Please ship to ${n(123)} St. Marks Pl.`,
      `ul. Miła ${n(53)}/${n(2)}, Warszawa`,
      `Piroska u. ${n(12)}, Budapest`,
      `Søndergade ${n(52)}, ${n(8000)} Aarhus`,
    ];
    const found = addresses.filter((t) => detectPii(t).some((m) => m.type === 'street-address')).length;
    expect(found).toBe(addresses.length);
  });
});
