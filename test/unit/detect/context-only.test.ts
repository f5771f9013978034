// The engine's text-level skip of context-only detectors (engine.ts canReach): a detector that
// cannot reach its minimum score without a context word is not run on a text holding none of its
// words. The skip must never lose a match: runDetectors with it must give exactly what the same
// detectors give without it (copies whose maxScore says they could always reach the minimum: the
// engine reads maxScore for nothing else), on generated strings full of the characters case
// folding treats specially, on the free-text bench corpus, and at several thresholds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../checks/pii/detectors/index.js';
import { BIRTH_CONTEXT } from '../../../checks/pii/detectors/date-of-birth.js';
import { anyOf, holdsAnyWord, includesAny, runDetectors } from '../../../src/detect/engine.js';
import type { Detector } from '../../../src/detect/types.js';
import { freeTextRecord } from '../../helpers/free-text.js';

/** The same detectors with the skip ruled out. */
const UNSKIPPED: readonly Detector[] = PII_DETECTORS.map((d) => ({ ...d, maxScore: 1 }));
const THRESHOLDS = [0.3, 0.5, 0.7, 0.9];
const CONTEXTS = [undefined, 'notes', 'dob', 'Date of Birth'];

function agree(text: string, threshold: number, context: string | undefined): void {
  const opts = context === undefined ? { threshold } : { threshold, context };
  expect(runDetectors(text, PII_DETECTORS, opts), `${JSON.stringify(text)} at ${threshold}, context ${context}`).toEqual(runDetectors(text, UNSKIPPED, opts));
}

/** Pieces of text where the skip could go wrong: dates in every form, context words in every case, letters whose lower case differs. */
const PIECES = [
  '12.03.1980', '1980-03-12', '3/12/1980', '12 March 1980', 'March 12, 1980', '12-3-80', '2024', '0', '9',
  ...BIRTH_CONTEXT, ...BIRTH_CONTEXT.map((w) => w.toUpperCase()), 'Born', 'GEBOREN', 'Né le', 'NÉE LE', 'D.O.B', 'DoB',
  'İ', 'ı', 'Σ', 'ς', 'ſ', 'K', 'ẞ', 'ß', '€', '😀', '\u0301', 'Ǆ', 'ǅ',
  ' ', ' ', '\n', ':', ',', '.', '-', '/', 'on', 'Mary Smith', '12 Main Street', 'call 020 7946 0958', 'x',
];

describe('context-only detectors skipped where no context word is', () => {
  it('rules out a detector only when its best score without context is below the minimum', () => {
    // The calendar-date rule (a GEDCOM life date, gedcom.ts, has its event line for a context).
    const dob = PII_DETECTORS.find((d) => d.type === 'date-of-birth' && d.context === BIRTH_CONTEXT)!;
    // The premise of the skip for the one detector it concerns at the default threshold.
    expect(Math.max(dob.score, dob.maxScore ?? 0)).toBeLessThan(0.5);
    expect(dob.contextScore).toBeGreaterThanOrEqual(0.5);
  });

  it('does not run a context-only detector on a text without its words, and runs it where one is', () => {
    let scans = 0;
    const detector: Detector = {
      type: 'probe',
      scan: (text) => {
        scans++;
        return text.includes('7') ? [{ start: text.indexOf('7'), end: text.indexOf('7') + 1 }] : [];
      },
      score: 0.3,
      context: ['born'],
      contextScore: 0.9,
    };
    expect(runDetectors('shipped 7 boxes on Monday', [detector])).toEqual([]);
    expect(scans).toBe(0); // the old engine scanned, then dropped the candidate
    expect(runDetectors('BORN on the 7th', [detector])).toEqual([{ type: 'probe', start: 12, end: 13, score: 0.9 }]);
    expect(runDetectors('shipped 7 boxes', [detector], { context: 'born_on' })).toEqual([{ type: 'probe', start: 8, end: 9, score: 0.9 }]);
    expect(scans).toBe(2);
  });

  it('finds a word wherever the lower case of the text holds it (every code point but U+0130 folds to its lower case)', () => {
    // The case-insensitive search stands for a search of the text's lower case: it must match
    // every character whose lower case differs with that lower case. U+0130 is searched the slow way.
    const misses: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower === ch) continue;
      if (!new RegExp(`^${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(ch)) misses.push(cp);
    }
    expect(misses).toEqual([0x130]);
  });

  it('holdsAnyWord finds every word the lower case of the text holds (it may find more, never less)', () => {
    const words = [...BIRTH_CONTEXT, 'dni', 'phone', 'straße', 'σοφία'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...words, 'DNİ', 'PHONE', 'STRASSE', 'Straße', 'ΣΟΦΊΑ', 'σοφίας'), { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        const lower = includesAny(text.toLowerCase(), words);
        const found = holdsAnyWord(text, words);
        if (lower) expect(found, JSON.stringify(text)).toBe(true);
        // On ASCII text the search is exactly the lower-case search.
        if (/^[\0-\x7f]*$/.test(text)) expect(found, JSON.stringify(text)).toBe(lower);
        expect(holdsAnyWord(text, words, text.toLowerCase())).toBe(lower);
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('holdsAnyWord answers as the plain alternation of the words does (its prefix tree changes no answer)', () => {
    // Shared beginnings, a word that begins others, pattern characters, a character beyond the BMP, the detectors' lists.
    const lists: string[][] = [
      ['tel', 'telefon', 'telephone', 'text me', 'tél', 'a-number', 'a_number', 'a+b', 'd.o.b', 'x|y', '(c)', '😀x', '😁'],
      ['ring me', 'ring mig', 'ring', 'rin'],
      ...new Set(PII_DETECTORS.flatMap((d) => (d.context === undefined ? [] : [[...d.context]]))),
    ];
    for (const words of lists) {
      const plain = new RegExp(anyOf(words), 'iu');
      const parts = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w.slice(0, -1)), ...PIECES.filter((p) => p !== 'İ')];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 6 }), (pieces) => {
          const text = pieces.join('');
          expect(holdsAnyWord(text, words), JSON.stringify(text)).toBe(plain.test(text));
        }),
        { numRuns: 300, seed: 29 },
      );
    }
  });

  it('gives the same matches as running every detector, on generated strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }), fc.constantFrom(...THRESHOLDS), fc.constantFrom(...CONTEXTS), (pieces, threshold, context) => {
        agree(pieces.join(''), threshold, context);
        agree(pieces.join(' '), threshold, context);
      }),
      { numRuns: 1500, seed: 17 },
    );
  });

  it('gives the same matches as running every detector, on the free-text bench corpus', () => {
    let dates = 0;
    for (let id = 0; id < 1500; id++) {
      const { text } = freeTextRecord(17, id);
      if (/\d{4}/.test(text)) dates++;
      for (const threshold of [0.3, 0.5]) agree(text, threshold, 'text');
    }
    expect(dates).toBeGreaterThan(500); // the corpus is full of dates that are not birth dates
  });
});
