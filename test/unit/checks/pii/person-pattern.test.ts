// The person detector's pattern starts with a look-ahead for a capital (a speed change, issue 17: the
// engine then skips the characters no match can start at before it tries the look-behind). It must
// find exactly the matches of the pattern it replaced (kept here as the reference), at the same
// places, over strings rich in capitals of every kind (ASCII, Latin-1, Greek, astral), titles,
// initials, apostrophes, hyphens and blanks, and over the free-text corpus of the pii-text bench.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSON_PATTERN } from '../../../../checks/pii/detectors/person.js';
import { freeTextRecord } from '../../../helpers/free-text.js';
import { personSentences } from '../../../helpers/person-sentences.js';

const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta)';
const WORD = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]{1,30}(?:\\p{Lu}\\p{Ll}{1,30})?(?:-\\p{L}\\p{Ll}{1,30})?";
/** The pattern before the change. */
const REFERENCE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${TITLE})\\.?[ \\t]{1,3})?(${WORD}(?:[ \\t](?:${WORD}|\\p{Lu}\\.?(?=[ \\t]\\p{Lu}))){0,3})(?![\\p{L}\\p{N}])`, 'gu');

/** Every match as "start:title:run", in order, as the detector's exec loop finds them. */
function matches(re: RegExp, text: string): string[] {
  const copy = new RegExp(re.source, re.flags);
  const out: string[] = [];
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) out.push(`${m.index}:${m[1] ?? ''}:${m[2]}`);
  return out;
}

const PIECES = [
  ...['Anna', 'McCray', "O'Brien", 'O’Neil', 'Jean-Luc', 'Hauta-aho', 'Émile', 'Ørsted', 'Ïa', 'Þór', 'Σοφία', 'Łukasz', '\u{1D400}bc', 'Ab\u{1D400}'],
  ...['Mr', 'Mr.', 'Mrs', 'Dr', 'Prof', 'Herr', 'Sra', 'J.', 'K', 'X.', 'The', 'I', "I'm", 'A', 'AB', 'ABC'],
  ...['and', 'de', 'van', 'x', 'é', 'ß', 'ÿ', '×', '÷', '7', '42', 'a1', '\uD835', '\uDC00'],
  ...[' ', ' ', ' ', '  ', '   ', '\t', '\n', ', ', '.', '-', "'", '’', ':', '(', '"'],
];
const texts = fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 80 }).map((p) => p.join(''));

describe('person pattern', () => {
  it('finds the same matches as the pattern it replaced, over strings rich in capitals and name shapes', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(matches(PERSON_PATTERN(), text)).toEqual(matches(REFERENCE, text));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it('finds the same matches over every capital letter of Unicode, after a blank and after a letter', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!/\p{Lu}/u.test(c)) continue;
      for (const text of [`${c}ab Cd`, `x ${c}ab`, `x${c}ab`, `Mr. ${c}ab`]) expect(matches(PERSON_PATTERN(), text), text).toEqual(matches(REFERENCE, text));
    }
  });

  it('finds the same matches over the free-text corpus and seeded sentences with names', () => {
    let found = 0;
    const corpus = [...Array.from({ length: 5000 }, (_, id) => freeTextRecord(17, id).text), ...personSentences(2000, 7).map((s) => s.full_text)];
    for (const text of corpus) {
      const expected = matches(REFERENCE, text);
      found += expected.length;
      expect(matches(PERSON_PATTERN(), text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(5000); // not vacuous
  });
});
