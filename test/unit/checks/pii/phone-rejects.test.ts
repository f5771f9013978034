// The phone detector's `rejects` (asked before the context words are searched for) only answers
// sooner: the matches are those of the validator alone, on the free-text corpus of the pii-text bench
// and on numbers with and without a phone word before them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phone } from '../../../../checks/pii/detectors/phone.js';
import { runDetectors } from '../../../../src/detect/engine.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

const WITHOUT = { ...phone, rejects: undefined };
const THRESHOLDS = [0.4, 0.5];

function same(text: string, context?: string): void {
  for (const threshold of THRESHOLDS) {
    expect(runDetectors(text, [phone], { threshold, context }), `${threshold}: ${text}`).toEqual(runDetectors(text, [WITHOUT], { threshold, context }));
  }
}

describe('phone rejects', () => {
  it('gives the matches of the validator alone on the free-text corpus', () => {
    for (let id = 0; id < 5_000; id++) same(freeTextRecord(17, id).text);
  });

  it('gives the same matches for numbers of many shapes, with and without a phone word or column', () => {
    const digits = fc.stringMatching(/^[0-9]{1,5}$/);
    const sep = fc.constantFrom(' ', '-', '.', '/', '', ' / ', '. ');
    const number = fc.tuple(fc.constantFrom('', '+', '(', '00', '0'), digits, sep, digits, sep, digits, fc.constantFrom('', ')', ' x12', '.5')).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom('', 'call me on ', 'Tel. ', 'version ', 'order ', 'price $', '{"msisdn":"'), number, fc.constantFrom('', ' today', ' EUR', '"}', '.'), fc.constantFrom(undefined, 'phone', 'notes'), (before, n, after, column) => same(before + n + after, column)),
      { numRuns: 3_000 },
    );
  });

  it('gives the same matches for bare runs, dates, decimals and short dotted numbers (read by their form alone)', () => {
    const group = fc.stringMatching(/^[0-9]{1,6}$/);
    const cueShaped = fc.oneof(
      fc.stringMatching(/^[0-9]{7,13}$/),
      fc.tuple(group, fc.constantFrom('.', '/', '-', ' - '), group, fc.constantFrom('', '.', '/', '-'), group).map((p) => p.join('')),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`),
    );
    fc.assert(
      fc.property(fc.constantFrom('', 'call me on ', 'Tel. ', 'mobile: ', 'version ', 'on '), cueShaped, fc.constantFrom('', ' today', ' EUR', '.'), fc.constantFrom(undefined, 'phone', 'notes'), (before, n, after, column) => same(before + n + after, column)),
      { numRuns: 3_000, seed: 17 },
    );
  });
});
