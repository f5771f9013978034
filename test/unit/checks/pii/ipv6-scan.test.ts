// The ipv6 detector finds its candidates by trying its pattern only near a ":" (scanIpv6, a speed change,
// issue 17): it must find exactly the matches of the pattern's global search it replaced (kept here as the
// reference), at the same places, over strings made of the characters the pattern reads (hex digits,
// colons, dots, "%", zone names, other letters, blanks) and over the free-text corpus of the pii-text bench.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipv6, IPV6_PATTERN } from '../../../../checks/pii/detectors/network.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

/** The detector's pattern before the change, as it was written there. */
const REFERENCE =
  /[0-9A-Fa-f:](?<=(?:^|[^0-9A-Za-z:]|(?:[G-Zg-z_][0-9A-Za-z_]{0,3}|[0-9A-Za-z_]{5}):).)(?:(?<=[0-9A-Fa-f])[0-9A-Fa-f]{0,3})?(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[0-9A-Za-z_-]+(?:\.[0-9A-Za-z_-]+)*)?(?![0-9A-Za-z]|\.\d|:(?!\d{1,5}(?![\w:.])))/g;

/** Every match of the reference as "start-end", in order, as the engine's exec loop found them. */
function reference(text: string): string[] {
  const re = new RegExp(REFERENCE.source, 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}-${m.index + m[0].length}`);
  return out;
}

function scanned(text: string): string[] {
  return ipv6.scan!(text).map((s) => `${s.start}-${s.end}`);
}

const ALPHABET = '0123456789abcdefABCDEF:::..%  xzGg_é-\n';
const texts = fc
  .array(fc.oneof(fc.constantFrom(...ALPHABET), fc.stringMatching(/^[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){1,8}(?:\.\d{1,3}){0,3}(?:%[a-z0-9]{1,4})?$/)), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('ipv6 scan', () => {
  it('keeps the pattern it tries', () => {
    expect(IPV6_PATTERN.source).toBe(REFERENCE.source);
  });

  it('finds the same matches as the global search it replaced, over colon-rich strings', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it('finds the same matches as the global search it replaced, over the free-text corpus', () => {
    let found = 0;
    for (let id = 0; id < 5000; id++) {
      const text = freeTextRecord(17, id).text;
      const expected = reference(text);
      found += expected.length;
      expect(scanned(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(0); // the corpus holds addresses: the comparison is not vacuous
  });
});
