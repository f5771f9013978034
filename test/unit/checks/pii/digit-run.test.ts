// Detector.digitRun and digitGroup are exact gates (runDetectorsOverTexts passes by a text whose longest
// run of ASCII digits, or best stretch without two non-digits side by side, holds fewer): every match
// of a declaring detector's pattern must hold that many digits in a row (in such a stretch). Proved two
// ways: the bound read from the pattern's source (test/helpers/pattern-digit-run.ts), and every match
// on the free-text corpus, held-out sets 11, 13 and 19 and seeded strings of digit runs, separators,
// letters and the detectors' own words. The engine's answers with the gates (runDetectorsOverTexts and
// runDetectors) are those of the detectors without them, with and without a JSON key naming the
// detector, and a declaration one digit too long is caught. Asserts on counts and booleans only: no
// generated value is printed.
import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../../checks/pii/detectors/index.js';
import { runDetectors, runDetectorsOverTexts } from '../../../../src/detect/engine.js';
import { digitGroupOf, digitMeasures, digitRunOf, summarise, summaryLimit, summaryWidth } from '../../../../src/detect/text-summary.js';
import type { Detector } from '../../../../src/detect/types.js';
import { digitGroupIn, gateCorpusTexts } from '../../../helpers/gate-texts.js';
import { rng } from '../../../helpers/personal-data.js';
import { patternDigitGroup, patternDigitRun } from '../../../helpers/pattern-digit-run.js';

const DECLARING = PII_DETECTORS.filter((d) => d.digitRun !== undefined);
// Pattern detectors (a scan's declaration is proved by test/unit/checks/pii/scan-gates.test.ts).
const GROUPED = PII_DETECTORS.filter((d) => d.digitGroup !== undefined && d.pattern !== undefined);

/** The longest run of ASCII digits in `s`. */
function longestRun(s: string): number {
  let run = 0;
  let longest = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

const GLUE = [' ', '-', '.', '+', '/', ' - ', ': ', '"', 'X', 'x', 'A', 'B', 'K', 'k', 'W', 'Z', ' A', ' X', 'W ', 'x ', '-k ', '\n', '١', '٣', '０', ',', '#', ''];
const WORDS = [...new Set(DECLARING.flatMap((d) => [...(d.context ?? []), ...(d.prefilter ?? [])]))];

/** Strings of digit runs (1-20 long, digits drawn, with 18/19/20 and 1-8 starts now and then), glue and the detectors' words. */
function seeded(seed: number, count: number): string[] {
  const next = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = next() < 0.3 ? `${pick(WORDS)}${pick([': ', ' ', '":"', ' no. '])}` : '';
    const parts = 1 + Math.floor(next() * 7);
    for (let p = 0; p < parts; p++) {
      const len = 1 + Math.floor(next() * (next() < 0.5 ? 20 : 6));
      for (let i = 0; i < len; i++) s += String(Math.floor(next() * 10));
      if (p < parts - 1 || next() < 0.5) s += pick(GLUE);
    }
    out.push(s);
  }
  return out;
}


/** The declaring detectors without their gates: the reference. */
const UNGATED: readonly Detector[] = DECLARING.map((d) => ({ ...d, digitRun: undefined, digitGroup: undefined }));

/** A low threshold: more candidates kept, more answers compared. */
const LOW = { threshold: 0.05 };

const SEEDED = seeded(20261207, 40_000);
/** The separated forms the seeded strings seldom make (the dotted DNI, BSN and RUT, the dashed CUIT, a spaced tax id). */
const HAND = ['12.345.678-Z', 'n 1234.56.789 ', 'rut 12.345.678-k', 'cuit 20-12345678-9', '12 345 678 901'];
const TEXTS = [...gateCorpusTexts(), ...SEEDED, ...HAND];

/** The least `measure` over the matches of `re` in the texts (Infinity: no match), and how many matches. */
function shortestRun(re: RegExp, texts: readonly string[], measure: (match: string) => number = longestRun): { shortest: number; matches: number } {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let shortest = Number.POSITIVE_INFINITY;
  let matches = 0;
  for (const t of texts) {
    for (const m of t.matchAll(g)) {
      matches++;
      shortest = Math.min(shortest, measure(m[0]));
    }
  }
  return { shortest, matches };
}

/** The digits of a match when it holds no two other characters side by side, else 0. */
const wholeGroup = (m: string): number => digitGroupIn(m, true);

describe('Detector.digitRun', () => {
  it('is declared by the national identity numbers and the SSN, pattern detectors only', () => {
    expect(DECLARING.length).toBeGreaterThanOrEqual(30);
    for (const d of DECLARING) {
      expect(d.pattern, d.type).toBeDefined();
      expect(d.scan, d.type).toBeUndefined();
      expect(d.digitRun, d.type).toBeGreaterThan(0);
    }
  });

  it('is at most the run (group) every match holds by the pattern’s source', () => {
    for (const d of DECLARING) expect(d.digitRun, d.type).toBeLessThanOrEqual(patternDigitRun(d.pattern!));
    expect(GROUPED.length).toBeGreaterThanOrEqual(14);
    for (const d of GROUPED) {
      expect(d.digitRun, d.type).toBeDefined();
      expect(d.digitGroup, d.type).toBeLessThanOrEqual(patternDigitGroup(d.pattern!));
      expect(d.digitGroup, d.type).toBeGreaterThan(d.digitRun!); // else digitRun gates as well
    }
  });

  it('reads a pattern’s source as its matches show (the reader itself)', () => {
    const cases: Array<[RegExp, number]> = [
      [/\d{6} ?\d{5}/, 6],
      [/(?:18|19|20)?\d{6}[-+]?\d{4}/, 6],
      [/\d{3}([- .]?)\d{2}\1\d{4}/, 4],
      [/(?<![\d\-.+])[1-9]\d(?: ?\d{3}){3}(?![\d]|[.-]\d)/, 3],
      [/[1-8]\d{16}[\dXx]/, 17],
      [/\d{2}(?=\d)\d/, 3],
      [/a\d{1,3}b|\d{5}/, 1],
      [/\d\d*x/, 1],
      [/x\d+/, 1],
      [/\w{9}/, 0],
      [/[0-9a]{4}/, 0],
      [/\{\d{2}\}/, 2],
    ];
    const texts = [...SEEDED, ...HAND, 'a1b 1x 12 {12} aaaa'];
    for (const [re, run] of cases) {
      expect(patternDigitRun(re), re.source).toBe(run);
      // A bound the matches show: at least one reaches it exactly, none holds less.
      const { shortest, matches } = shortestRun(re, texts);
      expect(matches, re.source).toBeGreaterThan(0);
      expect(shortest, re.source).toBe(run);
    }
    const groups: Array<[RegExp, number]> = [
      [/\d{3}([- .]?)\d{2}\1\d{4}/, 9],
      [/\d{6} ?\d{5}/, 11],
      [/[A-Z]\d{9}/, 9],
      [/\d{6}[-+A-FU-Y]\d{3}[0-9A-F]/, 9],
      [/(?:18|19|20)?\d{6}[-+]?\d{4}/, 10],
      [/[1-9]\d(?: ?\d{3}){3}/, 11],
      [/\d{2}\.\d{3}|x\d{7}/, 5],
      [/\d{2}(?: -)?\d{2}/, 0], // two others side by side
      [/\d(?:x\d)*x/, 1], // copies side by side hold no two others together
      [/\d[ab]?[cd]\d/, 0],
      [/\d{3}[ab]+\d/, 0],
      [/[\dXx]\d{4}/, 4],
    ];
    for (const [re, digits] of groups) {
      expect(patternDigitGroup(re), re.source).toBe(digits);
      if (digits === 0) continue;
      const { shortest, matches } = shortestRun(re, texts, wholeGroup);
      expect(matches, re.source).toBeGreaterThan(0);
      expect(shortest, re.source).toBe(digits);
    }
  });

  it('holds for every match on the corpus, held-out sets 11, 13 and 19 and seeded strings, and is reached there', () => {
    const tight: string[] = [];
    for (const d of DECLARING) {
      const { shortest, matches } = shortestRun(d.pattern!, TEXTS);
      expect(matches, d.type).toBeGreaterThan(20);
      expect(shortest, d.type).toBeGreaterThanOrEqual(d.digitRun!);
      // Reached: a declaration one digit longer would be caught here.
      if (shortest === d.digitRun) tight.push(d.type);
    }
    expect(tight).toEqual(DECLARING.map((d) => d.type));
    // No match holds two other characters side by side (wholeGroup 0), and each its digits.
    for (const d of GROUPED) expect(shortestRun(d.pattern!, TEXTS, wholeGroup).shortest, d.type).toBe(d.digitGroup);
  });

  it('is measured by the summary’s pass', () => {
    const limit = summaryLimit();
    for (const t of [...SEEDED.slice(0, 5_000), ...HAND, '', '7', 'a', '12a345', 'a 12-3', '1é2', '١٢٣٤', '０１２３', '1'.repeat(40_000)]) {
      const bits = new Int32Array(summaryWidth(limit) + 1);
      const measures = summarise(t, bits, 0, limit);
      expect(digitRunOf(measures)).toBe(Math.min(longestRun(t), 0x7fff));
      expect(digitGroupOf(measures)).toBe(Math.min(digitGroupIn(t), 0x7fff));
      expect(digitMeasures(t)).toBe(measures);
    }
  });

  it('leaves the matches of runDetectorsOverTexts and runDetectors as the detectors’ without the gates, with and without a JSON key naming the detector', () => {
    const keyed = SEEDED.slice(0, 6_000).map((s, i) => `{"${DECLARING[i % DECLARING.length]!.columnContext?.[0] ?? 'id'}":"${s}"}`);
    const texts = [...TEXTS.slice(0, 2_000), ...SEEDED.slice(0, 12_000), ...keyed];
    const want = texts.map((t) => runDetectors(t, UNGATED, LOW));
    expect(runDetectorsOverTexts(texts, texts.map(() => DECLARING), LOW)).toEqual(want);
    expect(texts.map((t) => runDetectors(t, DECLARING, LOW))).toEqual(want);
    expect(want.reduce((n, m) => n + m.length, 0)).toBeGreaterThan(500); // not vacuous
  });

  it('would change the matches, declared one digit too long (the test above catches a wrong declaration)', () => {
    const texts = SEEDED.slice(0, 12_000);
    for (const broken of [DECLARING.map((d) => ({ ...d, digitRun: d.digitRun! + 1 })), DECLARING.map((d) => ({ ...d, digitGroup: d.digitGroup === undefined ? undefined : d.digitGroup + 1 }))]) {
      const want = texts.map((t) => runDetectors(t, UNGATED, LOW));
      expect(runDetectorsOverTexts(texts, texts.map(() => broken), LOW)).not.toEqual(want);
      expect(texts.map((t) => runDetectors(t, broken, LOW))).not.toEqual(want);
    }
  });
});
