// The features a whole-value recogniser records in its own pass (types.ts recordFeatures) are exactly
// those of a separate pass (cellFeaturesUnhashed): a table scan uses the record for a value the
// recogniser validated instead of reading it again. Inputs: seeded values of each recognised type,
// near misses made by random edits over an alphabet with non-ASCII, full-width characters, other
// scripts' digits, NUL and U+FFFD, so every recogniser meets the characters it rejects.
import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../../checks/pii/detectors/index.js';
import { IBAN_LENGTHS } from '../../../../checks/pii/detectors/iban.js';
import { cellFeaturesUnhashed, recognisedFeatures, recordedFeaturesOf } from '../../../../checks/pii/detectors/types.js';
import { card, chars, editOnce, int, pad, pick, rng, ssn } from '../../../helpers/personal-data.js';

const DIG = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
/** Separators a card number may hold beyond the space and dash: no-break, thin and narrow no-break spaces. */
const WIDE = ['\u00a0', '\u2009', '\u202f'];
/** Characters an edit may bring in: ASCII the recognisers read, and what they must reject or record exactly. */
const EDITS = [
  ...`${DIG}${DIG}aZx.-@ ()+_%/:#`,
  ...WIDE,
  'ü', 'é', '\u0000', '\ufffd', '\uff10', '\uff15', '\uff20', '\uff0e', '\u0660', '\u0966', '\u3000', '\ud83d', 'ß', 'İ',
];

type Gen = (r: () => number) => string;

/** A valid IBAN whose BBAN holds letters and digits, in upper or lower case. */
function alnumIban(r: () => number): string {
  const [country, length] = pick(r, Object.entries(IBAN_LENGTHS));
  const bban = chars(r, `${DIG}${DIG}${UPPER}`, length - 4);
  const num = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  const v = country + pad(98 - rem) + bban;
  return r() < 0.2 ? v.toLowerCase() : v;
}

const GENERATORS: Record<string, Gen[]> = {
  'credit-card': [
    (r) => card(r, pick(r, ['4', '51', '2221', '34', '6011', '35', '36', '62', '50']), int(r, 12, 19)),
    (r) => card(r, pick(r, ['4', '51']), 16).replace(/(\d{4})(?=\d)/g, `$1${pick(r, [' ', '-', ...WIDE])}`),
  ],
  'us-ssn': [(r) => ssn(r), (r) => ssn(r).replace(/-/g, pick(r, ['', ' ', '.']))],
  iban: [alnumIban],
  'ip-address': [(r) => Array.from({ length: 4 }, () => int(r, 0, 255)).join('.')],
  'date-of-birth': [(r) => `${int(r, 1900, 2020)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`],
  email: [
    (r) => `${chars(r, LOWER + DIG, int(r, 1, 8))}${pick(r, ['', '.', '_', '+', '-', '%'])}${chars(r, LOWER + UPPER + DIG, int(r, 1, 8))}@${chars(r, LOWER + DIG, int(r, 1, 10))}.${pick(r, ['com', 'co.uk', 'Example.ORG', 'io', 'a-b.de', '9x.net'])}`,
  ],
  phone: [
    (r) => {
      const g = `${int(r, 2, 9)}${pad(int(r, 0, 99))}`;
      const x = `${int(r, 2, 9)}${pad(int(r, 0, 99))}`;
      const s = pick(r, ['-', ' ', '.']);
      const line = pad(int(r, 0, 9999), 4);
      return pick(r, [`+1${s}${g}${s}${x}${s}${line}`, `${g}${s}${x}${s}${line}`, `(${g}) ${x}-${line}`, `+1 (${g}) ${x}-${line}`]);
    },
  ],
};


const RECOGNISING = PII_DETECTORS.filter((d) => d.recognise !== undefined);

describe('features recorded by the whole-value recognisers', () => {
  it('cover every recogniser', () => {
    expect(RECOGNISING.map((d) => d.type).sort()).toEqual(Object.keys(GENERATORS).sort());
  });

  for (const d of RECOGNISING) {
    it(`${d.type}: whenever it validates a value, its record is that value's cellFeaturesUnhashed`, () => {
      const r = rng(0xfea7 ^ d.type.length);
      let validated = 0;
      let edited = 0;
      let previous = '';
      for (let i = 0; i < 3000; i++) {
        let text = pick(r, GENERATORS[d.type]!)(r);
        for (let k = 0; k < 4; k++) {
          const answer = d.recognise!(text);
          if (answer !== undefined) {
            validated++;
            if (k > 0) edited++;
            // Compared as numbers: a failure shows features, never the value.
            expect({ type: d.type, i, k, f: recordedFeaturesOf(text) }).toEqual({ type: d.type, i, k, f: cellFeaturesUnhashed(text) });
            expect(recognisedFeatures(text)).toBe(cellFeaturesUnhashed(text));
            // A copy of the text (another string of the same characters) has the same features.
            expect(recordedFeaturesOf(`${text} `.slice(0, -1))).toBe(cellFeaturesUnhashed(text));
            previous = text;
          } else if (text !== previous) {
            // The record of an earlier value is never used for this one.
            expect(recordedFeaturesOf(text)).toBe(-1);
            expect(recognisedFeatures(text)).toBe(cellFeaturesUnhashed(text));
          }
          text = editOnce(r, text, EDITS);
        }
      }
      expect(validated).toBeGreaterThan(2500);
      // Some edited values are validated too (a digit for a digit, a letter's case).
      expect(edited).toBeGreaterThan(50);
    });
  }

  it('a record answers for its own text only, whatever was asked in between', () => {
    const r = rng(0xfea8);
    const texts = RECOGNISING.flatMap((d) => Array.from({ length: 50 }, () => ({ d, text: pick(r, GENERATORS[d.type]!)(r) })));
    for (let i = 0; i < 2000; i++) {
      const a = pick(r, texts);
      const b = pick(r, texts);
      if (a.d.recognise!(a.text) === undefined) continue;
      // Another recogniser asked in between, validating or not: the record is of its text or unchanged.
      const bAnswer = b.d.recognise!(b.text);
      const last = bAnswer !== undefined ? b.text : a.text;
      const other = last === a.text ? b.text : a.text;
      expect(recordedFeaturesOf(last)).toBe(cellFeaturesUnhashed(last));
      if (other !== last) expect(recordedFeaturesOf(other)).toBe(-1);
      expect(recognisedFeatures(other)).toBe(cellFeaturesUnhashed(other));
    }
  });

  it('features of NUL, U+FFFD, full-width and non-ASCII separators are recorded as a pass reads them', () => {
    // A card with no-break and thin spaces is validated and recorded; values with NUL, U+FFFD or
    // full-width characters are not validated, and their features come from a pass of their own.
    const r = rng(0xfea9);
    const spaced = card(r, '4', 16).replace(/(\d{4})(?=\d)/g, '$1\u202f');
    const cardDetector = RECOGNISING.find((d) => d.type === 'credit-card')!;
    expect(cardDetector.recognise!(spaced)).toBeDefined();
    expect(recordedFeaturesOf(spaced)).toBe(cellFeaturesUnhashed(spaced));
    for (const d of RECOGNISING) {
      const good = pick(r, GENERATORS[d.type]!)(r);
      for (const odd of ['\u0000', '\ufffd', '\uff11', '\u3000']) {
        const text = good.slice(0, 2) + odd + good.slice(3);
        if (d.recognise!(text) === undefined) expect(recognisedFeatures(text)).toBe(cellFeaturesUnhashed(text));
        else expect(recordedFeaturesOf(text)).toBe(cellFeaturesUnhashed(text));
      }
    }
  });
});
