// detectPiiEach runs the detectors one after another over many values (detector by detector) where
// detectPii runs all of them over one value after another (a speed change, issue 17: a free-text
// column's run of values is detected so). It must give every value exactly detectPii's matches:
// over the free-text corpus of the pii-text bench, seeded sentences with names, the tuning set (every
// type and hard negative of issue 17, with and without a column name), the hostile strings, and
// random mixes of them, in runs that mix values of every feature key (short, digits only, empty).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPii, detectPiiEach, type ScanTextOptions } from '../../../../checks/pii/detectors/index.js';
import { cellFeatures } from '../../../../checks/pii/detectors/types.js';
import { runDetectors, runDetectorsOverTexts } from '../../../../src/detect/engine.js';
import type { Detector } from '../../../../src/detect/types.js';
import { freeTextRecord } from '../../../helpers/free-text.js';
import { HOSTILE } from '../../../helpers/hostile.js';
import { personSentences } from '../../../helpers/person-sentences.js';
import { tuningSet } from '../../../helpers/pii-tuning-set.js';

/**
 * detectPiiEach over the texts equals detectPii value by value where it answers (each side with
 * options of its own: they hold scratch space); returns the matches compared.
 */
function expectSame(texts: readonly string[], make: () => ScanTextOptions): number {
  const one = make();
  const want = texts.map((t) => detectPii(t, one, cellFeatures(t)));
  const got = detectPiiEach(texts, make(), texts.map((t) => cellFeatures(t)));
  expect(got.map((m, i) => m ?? want[i])).toEqual(want);
  return got.reduce((a, m) => a + (m?.length ?? 0), 0);
}

const tuning = tuningSet(17);
const freeText = Array.from({ length: 3000 }, (_, id) => freeTextRecord(5, id).text);
const persons = personSentences(1500, 3).map((s) => s.full_text);

describe('detectPiiEach', () => {
  it('gives detectPii’s matches over the free-text corpus, sentences with names and the hostile strings', () => {
    const found = expectSame([...freeText, ...persons, ...HOSTILE, '', 'ab', '123456', '12345678'], () => ({}));
    expect(found).toBeGreaterThan(400); // not vacuous
  });

  it('answers for free text, leaves values few detectors can match to detectPii', () => {
    const got = detectPiiEach([freeText[0]!, 'the order was late', '123.45', 'x'], {}, [freeText[0]!, 'the order was late', '123.45', 'x'].map((t) => cellFeatures(t)));
    expect(got.map((m) => m !== undefined)).toEqual([true, false, false, false]);
    expect(detectPiiEach(freeText, {}, freeText.map((t) => cellFeatures(t))).filter((m) => m !== undefined).length).toBeGreaterThan(freeText.length * 0.9);
  });

  it('gives detectPii’s matches over the tuning set, with each case’s column name and with other options', () => {
    const byContext = new Map<string, string[]>();
    for (const c of tuning) byContext.set(c.context ?? '', [...(byContext.get(c.context ?? '') ?? []), c.text]);
    let found = 0;
    for (const [context, texts] of byContext) found += expectSame(texts, () => (context ? { context } : {}));
    const texts = tuning.map((c) => c.text);
    found += expectSame(texts, () => ({ threshold: 0.3, context: 'notes' }));
    found += expectSame(texts, () => ({ types: new Set(['phone', 'person', 'street-address', 'iban', 'aws-secret-access-key']) }));
    expect(found).toBeGreaterThan(200);
  });

  it('gives detectPii’s matches over random runs of mixed values', () => {
    const pool = [...tuning.slice(0, 400).map((c) => c.text), ...freeText.slice(0, 200), ...persons.slice(0, 200), ...HOSTILE];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 12 }), fc.array(fc.constantFrom(...pool), { maxLength: 3 }).map((p) => p.join(' '))), { maxLength: 40 }), (texts) => {
        expectSame(texts, () => ({}));
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('refuses options with an expected type', () => {
    expect(() => detectPiiEach(['x'], { expect: 'email' }, [0])).toThrow(/expected type/);
  });

  it('runs each text’s detectors in its list’s order, as runDetectors does', () => {
    // Two detectors with the same spans and score: of overlapping matches, the one found first is kept.
    const a: Detector = { type: 'a', pattern: /\d+/g, score: 0.9 };
    const b: Detector = { type: 'b', pattern: /\d+/g, score: 0.9 };
    const texts = ['one 12345 two', 'x 678 y', 'one 12345 two', '9'];
    const lists = [[a, b], [b, a], [b], [a, b]];
    const got = runDetectorsOverTexts(texts, lists);
    expect(got).toEqual(texts.map((t, i) => runDetectors(t, lists[i]!)));
    expect(got.map((m) => m.map((x) => x.type).join())).toEqual(['a', 'b', 'b', 'a']);
  });
});
