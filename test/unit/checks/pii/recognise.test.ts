// Differential test of the detectors' whole-value recognisers (Detector.recognise): wherever one
// answers, the pattern (or scan) and the validator must give exactly one match spanning the text,
// with that score. Inputs: seeded values of each type in their common forms, then random edits of
// them (a character replaced, inserted, deleted, swapped) over an alphabet of the characters the
// patterns care about, so the recognisers meet every near miss: wrong lengths, stray separators,
// leading zeros, checksums off by one digit.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE, PII_DETECTORS, detectPii, type PiiDetector } from '../../../../checks/pii/detectors/index.js';
import { IBAN_LENGTHS } from '../../../../checks/pii/detectors/iban.js';
import { runDetectors } from '../../../../src/detect/index.js';
import { card, chars, editOnce, iban, rng, ssn } from '../../../helpers/personal-data.js';

const DIG = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** Characters an edit may bring in: digits, letters, the separators and marks the patterns read. */
const EDITS = `${DIG}${DIG}aZx.-@ ()+_%/:#ü`;
const EDIT_CHARS = [...EDITS];

type Gen = (r: () => number) => string;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const num = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Values of each type: first the common form its recogniser knows, then some it may leave to the pattern. */
const GENERATORS: Record<string, Gen[]> = {
  'credit-card': [
    (r) => card(r, pick(r, ['4', '51', '2221', '34', '6011', '35', '36', '62', '50']), pick(r, [12, 13, 14, 15, 16, 17, 18, 19])),
    (r) => card(r, '4', 16).replace(/(\d{4})(?=\d)/g, `$1${pick(r, [' ', '-'])}`),
    (r) => chars(r, DIG, num(r, 11, 20)),
  ],
  'us-ssn': [(r) => ssn(r), (r) => ssn(r).replace(/-/g, pick(r, ['', ' ', '.', '-'])), (r) => chars(r, DIG, 9)],
  iban: [
    (r) => {
      const [country, length] = pick(r, Object.entries(IBAN_LENGTHS));
      return iban(r, country, length);
    },
    (r) => iban(r, 'DE', 22).replace(/(.{4})(?=.)/g, '$1 '),
    (r) => iban(r, 'GB', 22).toLowerCase(),
  ],
  'ip-address': [
    (r) => Array.from({ length: 4 }, () => num(r, 0, 255)).join('.'),
    (r) => Array.from({ length: 4 }, () => pick(r, ['0', '00', '01', '255', '256', '199', '25', '9', '300'])).join('.'),
  ],
  'date-of-birth': [
    (r) => `${num(r, 1890, 2035)}-${pad(num(r, 0, 13), 2)}-${pad(num(r, 0, 32), 2)}`,
    (r) => `${num(r, 1900, 2020)}-${num(r, 1, 12)}-${num(r, 1, 28)}`,
    (r) => `${pad(num(r, 1, 28), 2)}/${pad(num(r, 1, 12), 2)}/${num(r, 1900, 2020)}`,
  ],
  email: [
    (r) => `${chars(r, LOWER, num(r, 1, 8))}${pick(r, ['', '.', '_', '+', '-', '%'])}${chars(r, LOWER + DIG, num(r, 1, 8))}@${chars(r, LOWER, num(r, 1, 10))}.${pick(r, ['com', 'co.uk', 'example.org', 'x', 'io', 'a-b.de', 'png', 'JPEG', 'html', 'Json', 'js', 'CSV', 'htm', 'pdfs', 'jsx', 'Txt', 'webP'])}`,
    (r) => `${chars(r, LOWER + DIG + '.', num(r, 1, 70))}@${Array.from({ length: num(r, 1, 10) }, () => chars(r, LOWER + DIG + '-', num(r, 1, 5))).join('.')}.${chars(r, LOWER + DIG, num(r, 1, 4))}`,
    (r) => `${chars(r, 'Aa0._%+-', num(r, 1, 66))}@${chars(r, 'a0-', num(r, 1, 64))}.${chars(r, 'aZ', num(r, 1, 26))}`,
  ],
  phone: [
    (r) => {
      const g = `${num(r, 2, 9)}${pad(num(r, 0, 99), 2)}`;
      const x = `${num(r, 2, 9)}${pad(num(r, 0, 99), 2)}`;
      const s = pick(r, ['-', ' ', '.']);
      const line = pad(num(r, 0, 9999), 4);
      return pick(r, [`+1${s}${g}${s}${x}${s}${line}`, `${g}${s}${x}${s}${line}`, `(${g}) ${x}-${line}`, `+1 (${g}) ${x}-${line}`]);
    },
    (r) => `${pick(r, ['+1-', '1-', '', '+44 ', '(', '+1 ('])}${pad(num(r, 0, 999), 3)}${pick(r, ['-', ') ', ' '])}${pad(num(r, 0, 999), 3)}-${pad(num(r, 0, 9999), 4)}`,
    (r) => `+1-${pick(r, ['211', '311', '370', '965', '555', '800', '684'])}-${pick(r, ['555', '411', '911', '234'])}-${pad(num(r, 0, 9999), 4)}`,
  ],
};


/** The pattern-and-validator answer for the whole text: the score of one match spanning it, else undefined. */
function reference(d: PiiDetector, text: string): number | undefined {
  const found = runDetectors(text, [{ ...d, recognise: undefined }], { threshold: 0 });
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]!.score : undefined;
}

const RECOGNISING = PII_DETECTORS.filter((d) => d.recognise !== undefined);

describe('whole-value recognisers', () => {
  it('cover the bench types', () => {
    expect(RECOGNISING.map((d) => d.type).sort()).toEqual(['credit-card', 'date-of-birth', 'email', 'iban', 'ip-address', 'phone', 'us-ssn']);
  });

  for (const d of RECOGNISING) {
    it(`${d.type}: every answer is the pattern's and validator's, and the common forms are answered`, () => {
      const r = rng(0x5eed ^ d.type.length);
      let answered = 0;
      let matchedWhole = 0;
      let matchedAnswered = 0;
      let checked = 0;
      for (let i = 0; i < 4000; i++) {
        const gens = GENERATORS[d.type]!;
        const g = Math.floor(r() * gens.length);
        let text = gens[g]!(r);
        for (let k = 0; k < 4; k++) {
          const got = d.recognise!(text);
          const want = reference(d, text);
          checked++;
          if (got !== undefined) {
            answered++;
            // An answer only where the pattern and validator give exactly that whole match.
            if (got !== want) expect({ text, got }).toEqual({ text, got: want });
          }
          if (want !== undefined && k === 0 && g === 0) {
            matchedWhole++;
            if (got !== undefined) matchedAnswered++;
          }
          text = editOnce(r, text, EDIT_CHARS);
        }
      }
      expect(checked).toBe(16000);
      expect(answered).toBeGreaterThan(1000);
      // The unedited values of the first (common) form that the pattern matches whole: the
      // recogniser answers for nearly all of them.
      expect(matchedWhole).toBeGreaterThan(400);
      expect(matchedAnswered / matchedWhole).toBeGreaterThan(0.9);
    });
  }

  it('detectPii gives the same matches with and without the recognisers', () => {
    const r = rng(77);
    const plain = PII_DETECTORS.map((d) => ({ ...d, recognise: undefined }));
    for (const d of RECOGNISING) {
      // A column of this type (its name gives context), so the expected type's whole-value path runs.
      const column = { types: undefined, threshold: 0.5, context: d.type.replace(/-/g, '_'), expect: d.type, plans: undefined, lastPlans: undefined };
      for (let i = 0; i < 1500; i++) {
        let text = pick(r, GENERATORS[d.type]!)(r);
        if (r() < 0.3) text = editOnce(r, text, EDIT_CHARS);
        const withRecognise = detectPii(text, column);
        const without = runDetectors(text, plain, { threshold: 0.5, context: column.context });
        expect({ text, m: withRecognise }).toEqual({ text, m: without });
        // The answer handed in by a caller that asked the recogniser first (as a table scan does).
        const score = d.recognise!(text);
        if (score !== undefined) expect(detectPii(text, column, undefined, score)).toEqual(without);
      }
    }
  });

  it('detectPii with an expected type gives the matches it gives without one, whatever the column name and threshold', () => {
    // The short cuts of a column's usual type: a rival whose higher scores need a label (the phone's
    // Detector.unlabelled: neutral, phone and address names; thresholds above, at and below its cue
    // score), the e-mail recogniser alone where no encoded form's prefilter is (`%40`, `&#64;`).
    const r = rng(78);
    const encoded: Gen = (r) => `${chars(r, LOWER, num(r, 1, 8))}${pick(r, ['%40', '&#64;', '&commat;', '@'])}${chars(r, LOWER + DIG, num(r, 1, 8))}.${pick(r, ['com', 'org'])}${pick(r, ['', '@example.org'])}`;
    for (const d of RECOGNISING) {
      const gens = d.type === 'email' ? [...GENERATORS.email!, encoded] : GENERATORS[d.type]!;
      for (const name of ['value', 'mobil', 'ip']) {
        for (const threshold of [0.5, 0.4, 0.3]) {
          const column = { types: undefined, threshold, context: name, expect: d.type, plans: undefined, lastPlans: undefined };
          const free = { types: undefined, threshold, context: name, expect: undefined, plans: undefined, lastPlans: undefined };
          for (let i = 0; i < 250; i++) {
            let text = pick(r, gens)(r);
            if (r() < 0.3) text = editOnce(r, text, EDIT_CHARS);
            const want = detectPii(text, free);
            expect({ text, name, threshold, m: detectPii(text, column) }).toEqual({ text, name, threshold, m: want });
            const score = d.recognise!(text);
            if (score !== undefined) expect({ text, name, threshold, m: detectPii(text, column, undefined, score) }).toEqual({ text, name, threshold, m: want });
          }
        }
      }
    }
  });
});

describe('the e-mail anchor (Detector.anchor)', () => {
  it('finds the matches the pattern finds from the start of the text', () => {
    const email = DETECTOR_BY_TYPE.get('email')!;
    expect(email.anchor).toEqual({ literal: '@', within: 64 });
    const plain = { ...email, anchor: undefined };
    const r = rng(64);
    const pieces = [' ', '  ', '\n', '.', '@', '@@', 'a@b.co', 'x.y@ex-ample.org', 'ü', '-', '_', '+', '%', ',', 'contact', 'mail', 'z'.repeat(63), 'q'.repeat(64), 'w'.repeat(65)];
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 1 + Math.floor(r() * 12);
      for (let k = 0; k < n; k++) text += r() < 0.5 ? pick(r, pieces) : chars(r, `${LOWER}${DIG}.-_`, Math.floor(r() * 12));
      const want = runDetectors(text, [plain], { threshold: 0 });
      found += want.length;
      expect({ text, m: runDetectors(text, [email], { threshold: 0 }) }).toEqual({ text, m: want });
    }
    expect(found).toBeGreaterThan(300);
  });
});
