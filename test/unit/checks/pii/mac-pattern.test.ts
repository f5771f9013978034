// The MAC detector's pattern reads the first two hexadecimal digits once, outside the alternation of
// its three forms (a speed change, issue 17): it must find exactly the matches of the pattern it
// replaced (kept here as the reference), at the same places, over strings made of the characters
// the pattern reads (hex digits of both cases, the separators, other letters, spaces) and over the
// free-text corpus of the pii-text bench.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAC_PATTERN } from '../../../../checks/pii/detectors/network.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

/**
 * The pattern before the change (with the end the detector has since: a ":" may follow a MAC that is not
 * written with ":", as RFC 3580's `Called-Station-Id` writes `00-10-A4-23-19-C0:SSID`).
 */
const REFERENCE = /(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{12})(?![0-9A-Fa-f-]|(?<=:[0-9A-Fa-f]{2}):)/g;

/** Every match as "start:text", in order, as the engine's exec loop finds them. */
function matches(re: RegExp, text: string): string[] {
  const copy = new RegExp(re.source, re.flags);
  const out: string[] = [];
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** Strings from the characters the pattern reads, hex digits most often, and runs of them. */
const ALPHABET = '0123456789abcdefABCDEF0123456789aF::--..  xzG_é\n';
const texts = fc.array(fc.oneof(fc.constantFrom(...ALPHABET), fc.stringMatching(/^[0-9A-Fa-f]{2}(?:[:.-][0-9A-Fa-f]{2,4}){0,6}$/)), { maxLength: 60 }).map((parts) => parts.join(''));

describe('MAC pattern', () => {
  it('finds the same matches as the pattern it replaced, over hex-rich strings', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(matches(MAC_PATTERN, text)).toEqual(matches(REFERENCE, text));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it('finds the same matches as the pattern it replaced, over the free-text corpus', () => {
    let found = 0;
    for (let id = 0; id < 5000; id++) {
      const text = freeTextRecord(17, id).text;
      const expected = matches(REFERENCE, text);
      found += expected.length;
      expect(matches(MAC_PATTERN, text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(0); // the corpus holds MACs: the comparison is not vacuous
  });
});
