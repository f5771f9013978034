// The engine's exact gates declared by scan detectors, whose declarations no pattern source proves:
// Detector.letterDigit (the IBAN: every span starts at a head, two letters then two digits) and the
// card's Detector.digitGroup (every span lies in a run of 12 digits or more with single separators).
// runDetectorsOverTexts and runDetectors pass by a text that lacks the pair or the stretch, so every
// text the scan finds a span in must hold it. Proved on the free-text corpus, held-out sets 11, 13 and
// 19 and seeded values of each type in their written forms (grouped, dashed, lower case, glued, inside
// a booking text or a form-of-payment element); the summary's pass finds the pair as a plain search
// does; the engine's answers with the gates are those without them, with and without a JSON key naming
// the detector; a wrong declaration is caught. Asserts on counts and booleans only: no generated value
// is printed.
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS } from '../../../../checks/pii/detectors/iban.js';
import { PII_DETECTORS } from '../../../../checks/pii/detectors/index.js';
import { runDetectors, runDetectorsOverTexts } from '../../../../src/detect/engine.js';
import { digitGroupOf, digitMeasures, letterDigitOf, summarise, summaryLimit, summaryWidth } from '../../../../src/detect/text-summary.js';
import type { Detector } from '../../../../src/detect/types.js';
import { digitGroupIn, gateCorpusTexts } from '../../../helpers/gate-texts.js';
import { card, iban, int, pick, rng } from '../../../helpers/personal-data.js';

const byType = (type: string) => PII_DETECTORS.find((d) => d.type === type)!;
const IBAN = byType('iban');
const CARD = byType('credit-card');
const LOW = { threshold: 0.05 };

/** A letter right before a digit, as a plain search (summarise also counts "ſ" and the Kelvin sign as letters: a superset). */
const letterDigit = (t: string): boolean => /[A-Za-z][0-9]/.test(t);

/** IBANs of every registry country, written as people write them, in sentences and alone. */
function seededIbans(seed: number, count: number): string[] {
  const r = rng(seed);
  const countries = Object.entries(IBAN_LENGTHS);
  return Array.from({ length: count }, () => {
    const [country, length] = pick(r, countries);
    const compact = iban(r, country, length);
    const grouped = (sep: string) => compact.match(/.{1,4}/g)!.join(sep);
    const written = pick(r, [compact, grouped(' '), grouped('-'), compact.toLowerCase(), `?20Miete?31${compact}?32`, `x${compact}`]);
    return pick(r, [written, `IBAN: ${written}`, `Please transfer to ${written} today.`, `{"iban":"${written}"}`, `${written}, 12.03.2024 10:15`]);
  });
}

/** Card numbers of several schemes and lengths, grouped as printed, around dates and amounts, in Amadeus FP elements. */
function seededCards(seed: number, count: number): string[] {
  const r = rng(seed);
  const schemes: Array<[string, number]> = [['4', 16], ['4', 13], ['4', 19], ['51', 16], ['2221', 16], ['34', 15], ['36', 14], ['6011', 16], ['62', 17], ['35', 16]];
  return Array.from({ length: count }, () => {
    const [prefix, length] = pick(r, schemes);
    const n = card(r, prefix, length);
    const sep = pick(r, [' ', '-', '\u00a0', '\u2009', '']);
    const written = sep === '' ? n : n.match(/.{1,4}/g)!.join(sep);
    const dd = String(int(r, 1, 28)).padStart(2, '0');
    return pick(r, [written, `card ${written}`, `KARTENZAHLUNG ${written} ${dd} 12`, `12/06 ${written}`, `CB ${written} 06/12`, `FP CCVI${n}/0828`, `FP PAX CCCA${n}/1229*CV`, `paid ${written} 999,99`, `{"cc":"${written}"}`]);
  });
}


const CORPUS = gateCorpusTexts();
const IBANS = seededIbans(20261207, 5_000);
const CARDS = seededCards(20261208, 5_000);
const TEXTS = [...CORPUS, ...IBANS, ...CARDS];

/** The gates, each with what a text must hold for its detector to find a span there. */
const GATES: Array<{ d: Detector; ungated: Detector; holds: (t: string) => boolean; seeded: string[]; key: string }> = [
  { d: IBAN, ungated: { ...IBAN, letterDigit: undefined }, holds: letterDigit, seeded: IBANS, key: 'iban' },
  { d: CARD, ungated: { ...CARD, digitGroup: undefined }, holds: (t) => digitGroupIn(t) >= CARD.digitGroup!, seeded: CARDS, key: 'card_number' },
];

describe('gates declared by scan detectors', () => {
  it('are declared: the IBAN’s letter before a digit, the card’s twelve digits in a stretch', () => {
    expect(IBAN.letterDigit).toBe(true);
    expect(CARD.digitGroup).toBe(12);
    expect(IBAN.scan && CARD.scan).toBeDefined();
  });

  it('hold for every text the scan finds a span in: the corpus, held-out sets 11, 13 and 19, seeded values', () => {
    for (const g of GATES) {
      let found = 0;
      for (const t of TEXTS) {
        if (g.d.scan!(t).length === 0) continue;
        found++;
        expect(g.holds(t), g.d.type).toBe(true);
      }
      expect(found, g.d.type).toBeGreaterThan(2_500); // not vacuous
    }
  });

  it('are measured by the summary’s pass', () => {
    const limit = summaryLimit();
    const odd = ['', 'a', '1', 'a1', '1a', 'A 1', 'Z9', 'z0', '@1', '[1', '`1', '{1', 'é1', 'ſ1', '\u212a1', 'x١', 'x０', '4111 1111 1111 1111', '4111  1111'];
    for (const t of [...TEXTS.slice(0, 8_000), ...odd]) {
      const measures = summarise(t, new Int32Array(summaryWidth(limit) + 1), 0, limit);
      expect(letterDigitOf(measures) === 1, t.length > 40 ? 'text' : JSON.stringify(t)).toBe(/[A-Za-z\u017f\u212a][0-9]/.test(t));
      expect(digitGroupOf(measures)).toBe(digitGroupIn(t));
      expect(digitMeasures(t)).toBe(measures);
    }
  });

  it('leave the matches of runDetectorsOverTexts and runDetectors as the detectors’ without the gates, with and without a JSON key naming the detector', () => {
    for (const g of GATES) {
      const keyed = g.seeded.slice(0, 2_000).map((s) => `{"${g.key}":"${s.replace(/"/g, '')}"}`);
      const texts = [...CORPUS.slice(0, 3_000), ...g.seeded, ...keyed, 'DE 89 3704', 'bank 3704 0044 0532 0130 00', '4111 1111 1111 111'];
      const want = texts.map((t) => runDetectors(t, [g.ungated], LOW));
      expect(runDetectorsOverTexts(texts, texts.map(() => [g.d]), LOW), g.d.type).toEqual(want);
      expect(texts.map((t) => runDetectors(t, [g.d], LOW)), g.d.type).toEqual(want);
      expect(want.reduce((n, m) => n + m.length, 0), g.d.type).toBeGreaterThan(2_500);
    }
  });

  it('would change the matches, declared wrongly (the tests above catch a wrong declaration)', () => {
    const texts = [...CORPUS.slice(0, 4_000), ...CARDS.slice(0, 2_000), ...IBANS.slice(0, 2_000)];
    const cases: Array<[Detector, Detector]> = [
      [CARD, { ...CARD, letterDigit: true }],
      [CARD, { ...CARD, digitGroup: 17 }],
      [IBAN, { ...IBAN, digitGroup: 20 }],
    ];
    for (const [right, broken] of cases) {
      const want = texts.map((t) => runDetectors(t, [right], LOW));
      expect(runDetectorsOverTexts(texts, texts.map(() => [broken]), LOW)).not.toEqual(want);
      expect(texts.map((t) => runDetectors(t, [broken], LOW))).not.toEqual(want);
    }
  });
});
