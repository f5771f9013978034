// Speed changes of the person detector (issue 17, an eighth pass) that must give the same answers:
// its runs found by a capital's search and the pattern read in place (forEachPersonRun) are the
// matches of PERSON_PATTERN's global search; the title test read after a title's last letter
// (titleBefore) and the verb test read after its words' first letters (afterOneWord) answer as
// their patterns alone; so are the runs read without the pattern (ASCII words, a twelfth pass). Over strings rich in capitals of every kind, the free-text corpus of the
// pii-text bench and the seeded person sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterOneWord, CAPITAL_UNITS, forEachPersonRun, PERSON_PATTERN, titleBefore } from '../../../../checks/pii/detectors/person.js';
import { freeTextRecord } from '../../../helpers/free-text.js';
import { personSentences } from '../../../helpers/person-sentences.js';

/** Every match of the global pattern as "run start:title:run", in order. */
function reference(text: string): string[] {
  const re = new RegExp(PERSON_PATTERN().source, PERSON_PATTERN().flags);
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index + m[0].length - m[2]!.length}:${m[1] ?? ''}:${m[2]}`);
  return out;
}

function runs(text: string): string[] {
  const out: string[] = [];
  forEachPersonRun(text, out, (o, start, title, run) => o.push(`${start}:${title ?? ''}:${run}`));
  return out;
}

const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta)\.?[ \t]{1,3}$/u;
/** The title test as scoreName made it before. */
function titleReference(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 32 || c === 9) && TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

const AFTER_ONE_WORD = /(?:,? (?:lives|lived|had|has|said|says|explained|shouted|spent|spoke|began|is (?:very|from|so)|was born|who )|, (?:can|could|would|will|please|I|you|we)\b)/uy;
/** The verb-after test as scoreName made it before (after a space or a comma). */
function afterReference(text: string, end: number): boolean {
  AFTER_ONE_WORD.lastIndex = end;
  return AFTER_ONE_WORD.test(text);
}

function same(text: string): void {
  expect(runs(text), text).toEqual(reference(text));
  for (let i = 0; i <= text.length; i++) {
    if (titleBefore(text, i) !== titleReference(text, i)) expect(`title ${i}: ${titleBefore(text, i)}`, text).toBe(`title ${i}: ${titleReference(text, i)}`);
    const next = text.charCodeAt(i);
    if ((next === 32 || next === 44) && afterOneWord(text, i, next) !== afterReference(text, i)) expect(`after ${i}: ${afterOneWord(text, i, next)}`, text).toBe(`after ${i}: ${afterReference(text, i)}`);
  }
}

const PIECES = [
  ...['Anna', 'McCray', "O'Brien", 'O’Neil', 'Jean-Luc', 'Hauta-aho', 'Émile', 'Ørsted', 'Ïa', 'Þór', 'Σοφία', 'Łukasz', '\u{1D400}bc', 'Ab\u{1D400}'],
  ...['Mr', 'Mr.', 'Mrs', 'Dr', 'Prof', 'Herr', 'Sra', 'Srta', 'Madam', 'Dame', 'Mx', 'J.', 'K', 'X.', 'The', 'I', "I'm", 'A', 'AB', 'ABC'],
  ...['Q' + 'u'.repeat(29), 'Q' + 'u'.repeat(30), 'Qu' + "'".repeat(31), 'Sr', 'Sra', 'Mme', 'Frau', 'Madame'],
  ...['and', 'de', 'van', 'x', 'é', 'ß', 'ÿ', '×', '÷', '7', '42', 'a1', '\uD835', '\uDC00', '\uFFFD', '\uE000'],
  ...['Иван', 'иван', 'Петров', 'Ωμέγα', 'ωμέγα', 'Ǆemal', 'ǅ', 'Ⅷ', 'Ａｂｃ', '北京', 'محمد', 'Ꞵeta', 'ꞵ', '\u{10400}\u{10428}\u{10429}'],
  ...[' ', ' ', ' ', '  ', '   ', '    ', '\t', '\n', ', ', '.', '-', "'", '’', ':', '(', '"'],
  ...[' said', ' lives', ' is very', ' was born', ' who ', ', can', ', I', ', you', ', we', ' has', ', please', ' is a', ' will'],
];
const texts = fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 80 }).map((p) => p.join(''));

describe('person scan (exact speed changes)', () => {
  it('looks for every capital letter of the Basic Multilingual Plane (CAPITAL_UNITS holds each \\p{Lu} from U+00C0 on)', () => {
    const units = new RegExp(`^[${CAPITAL_UNITS}]$`);
    const missing: string[] = [];
    for (let c = 0xc0; c <= 0xffff; c++) if ((c < 0xd800 || c > 0xdfff) && /\p{Lu}/u.test(String.fromCharCode(c)) && !units.test(String.fromCharCode(c))) missing.push(c.toString(16));
    expect(missing).toEqual([]);
  });

  it('finds the runs of the global pattern over strings rich in capitals, titles and name shapes', () => {
    fc.assert(fc.property(texts, same), { numRuns: 20_000, seed: 17 });
  });

  it('finds the runs of the global pattern in the free-text corpus and the person sentences', () => {
    for (let id = 0; id < 5_000; id++) same(freeTextRecord(17, id).text);
    for (const s of personSentences(400, 17)) same(s.full_text);
  });
});
