// The MAC and codice fiscale detectors search for their pattern only inside long runs of the
// characters its matches are made of (class-runs.ts, a speed change, issue 17): they must find exactly
// the matches of the pattern's global search, at the same places, over strings made of those
// characters and others (runs of every length around the minimum) and over the free-text corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CF_PATTERN, itFiscalCode } from '../../../../checks/pii/detectors/national-ids.js';
import { MAC_PATTERN, mac } from '../../../../checks/pii/detectors/network.js';
import { forEachRun, asciiSet } from '../../../../checks/pii/detectors/class-runs.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

/** Every match of the global pattern as [start, end], in order, as the engine's exec loop found them. */
function globalMatches(re: RegExp, text: string): Array<[number, number]> {
  const copy = new RegExp(re.source, re.flags);
  const out: Array<[number, number]> = [];
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function scanned(scan: (t: string) => Array<{ start: number; end: number }>, text: string): Array<[number, number]> {
  return scan(text).map((s) => [s.start, s.end]);
}

const MAC_ALPHABET = '0123456789abcdefABCDEF0123456789aF::--..  xzG_é\n';
const macTexts = fc
  .array(fc.oneof(fc.constantFrom(...MAC_ALPHABET), fc.stringMatching(/^[0-9A-Fa-f]{2}(?:[:.-][0-9A-Fa-f]{2,4}){0,6}$/), fc.stringMatching(/^[0-9A-Fa-f]{10,14}$/)), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Shapes of a codice fiscale (letters, digits and omocodia letters where digits stand), cut or lengthened by a character or two. */
const cfLike = fc.stringMatching(/^[A-Za-z]{5,7}[0-9LMNPQRSTUVlmv]{1,3}[A-Za-z][0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUVx]{2,4}[A-Za-z]{0,2}$/);
const CF_ALPHABET = 'abcXYZ0129 ._-é\n';
const cfTexts = fc.array(fc.oneof(fc.constantFrom(...CF_ALPHABET), cfLike, fc.stringMatching(/^[A-Za-z0-9]{14,18}$/)), { maxLength: 30 }).map((parts) => parts.join(''));

describe('pattern searches inside runs of their characters', () => {
  it('forEachRun finds every maximal run at least `min` long, in order', () => {
    const set = asciiSet('ab');
    fc.assert(
      fc.property(fc.stringMatching(/^[abc]{0,80}$/), fc.integer({ min: 1, max: 9 }), (text, min) => {
        const got: Array<[number, number]> = [];
        forEachRun(text, set, min, (a, b) => got.push([a, b]));
        const want = [...text.matchAll(/[ab]+/g)].filter((m) => m[0].length >= min).map((m): [number, number] => [m.index, m.index + m[0].length]);
        expect(got).toEqual(want);
      }),
      { numRuns: 5000, seed: 17 },
    );
  });

  it('the MAC scan finds the global search’s matches, over hex-rich strings', () => {
    fc.assert(
      fc.property(macTexts, (text) => {
        expect(scanned(mac.scan!, text)).toEqual(globalMatches(MAC_PATTERN, text));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it('the codice fiscale scan finds the global search’s matches, over code-like strings', () => {
    let found = 0;
    fc.assert(
      fc.property(cfTexts, (text) => {
        const want = globalMatches(CF_PATTERN, text);
        found += want.length;
        expect(scanned(itFiscalCode.scan!, text)).toEqual(want);
      }),
      { numRuns: 20_000, seed: 17 },
    );
    expect(found).toBeGreaterThan(100); // codes were found: the comparison is not vacuous
  });

  it('both find the global search’s matches over the free-text corpus', () => {
    let macs = 0;
    for (let id = 0; id < 5000; id++) {
      const text = freeTextRecord(17, id).text;
      const want = globalMatches(MAC_PATTERN, text);
      macs += want.length;
      expect(scanned(mac.scan!, text)).toEqual(want);
      expect(scanned(itFiscalCode.scan!, text)).toEqual(globalMatches(CF_PATTERN, text));
    }
    expect(macs).toBeGreaterThan(0);
  });
});
