// The engine's literal gates (text-summary.ts): a text's summary of case-folded character pairs may
// only rule out a literal or a context word the exact search would not find. Checked over every code
// point (the classes) and on seeded random texts against plain includes and the engine's word search,
// for the detectors' own lists.
import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../checks/pii/detectors/index.js';
import { anyOf, holdsAnyWord, includesAny } from '../../../src/detect/engine.js';
import { classOf, gateOf, holdsLiteral, mayHoldWord, summarise, summaryLimit, summaryWidth } from '../../../src/detect/text-summary.js';

const PREFILTERS = [...new Set(PII_DETECTORS.flatMap((d) => (d.prefilter === undefined ? [] : [d.prefilter])))];
const WORD_LISTS = [...new Set(PII_DETECTORS.flatMap((d) => (d.context === undefined ? [] : [d.context])))];
/** The words a text must hold, in some case, for a detector to find anything (Detector.textHolds). */
const HOLDS = [...new Set(PII_DETECTORS.flatMap((d) => (d.textHolds === undefined ? [] : [d.textHolds])))];
const OWN: string[][] = [['ab', 'a', ''], ['straße', 'σοφία', 'ſk', 'K', '😀x', 'x😀'], ['İx', 'i̇x', 'dni']];

/** A seeded generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD = ['İ', 'ı', 'Σ', 'ς', 'ſ', 'K', 'ẞ', 'ß', 'É', 'é', '€', '😀', '\u0301', '\u0307', 'Ǆ', ' ', '\n', ':', '.', '@', '%', '"', "'"];

/** Texts of pieces of the words (whole, cut, in upper case), odd characters and random ASCII. */
function texts(words: readonly string[], seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const parts = Math.floor(next() * 8);
    for (let p = 0; p < parts; p++) {
      const r = next();
      const w = words.length > 0 ? pick(words) : 'x';
      if (r < 0.2) text += w;
      else if (r < 0.3) text += w.toUpperCase();
      else if (r < 0.5) text += w.slice(Math.floor(next() * w.length), 1 + Math.floor(next() * w.length));
      else if (r < 0.7) text += pick(ODD);
      else text += String.fromCharCode(32 + Math.floor(next() * 95));
    }
    out.push(text);
  }
  return out;
}

function summaryOf(text: string): { bits: Int32Array; limit: number } {
  const limit = summaryLimit();
  const bits = new Int32Array(summaryWidth(limit) + 2);
  summarise(text, bits, 1, limit);
  return { bits, limit };
}

describe('text summary gates', () => {
  it('gives characters a case-insensitive Unicode pattern takes for one another one class', () => {
    const odd: number[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/^[\0-\x7f]$/iu.test(ch)) {
        odd.push(cp);
        for (let a = 0; a < 128; a++) if (new RegExp(`^\\u{${a.toString(16)}}$`, 'iu').test(ch)) expect(classOf(cp)).toBe(classOf(a));
      }
      // A character beyond the BMP (two units of class 0) is never taken for one within it, nor the other way.
      if (cp > 0xffff ? /^[\0-\uffff]$/iu.test(ch) : /^[\u{10000}-\u{10ffff}]$/iu.test(ch)) odd.push(-cp);
    }
    expect(odd).toEqual([0x17f, 0x212a]);
    for (let a = 0; a < 128; a++) expect(classOf(a)).toBe(a >= 65 && a <= 90 ? a + 32 : a);
  });

  it('gives a character and its lower case one class, one unit for one (but U+0130)', () => {
    const odd: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower.length !== ch.length) odd.push(cp);
      else for (let i = 0; i < ch.length; i++) if (classOf(lower.charCodeAt(i)) !== classOf(ch.charCodeAt(i))) odd.push(cp);
    }
    expect(odd).toEqual([0x130]);
  });

  it('answers as includesAny for the prefilters (and others), on seeded random texts', () => {
    const lists = [...PREFILTERS, ...OWN];
    for (const words of lists) gateOf(words);
    for (const [i, words] of lists.entries()) {
      const gate = gateOf(words);
      for (const text of texts(words, 100 + i, 400)) {
        const { bits, limit } = summaryOf(text);
        expect(holdsLiteral(text, words, gate, bits, 1, limit), JSON.stringify(text)).toBe(includesAny(text, words));
      }
    }
  });

  it('rules out a context word list (or a textHolds list) only where the engine (or a case-insensitive search) finds none of its words', () => {
    expect(HOLDS.length).toBeGreaterThan(0);
    const lists = [...WORD_LISTS, ...HOLDS, ...OWN];
    for (const words of lists) gateOf(words);
    let ruledOut = 0;
    for (const [i, words] of lists.entries()) {
      const gate = gateOf(words);
      for (const text of texts(words, 500 + i, 400)) {
        const { bits, limit } = summaryOf(text);
        if (mayHoldWord(gate, bits, 1, limit)) continue;
        ruledOut++;
        expect(holdsAnyWord(text, words), JSON.stringify(text)).toBe(false);
        expect(includesAny(text.toLowerCase(), words), JSON.stringify(text)).toBe(false);
        expect(new RegExp(anyOf(words), 'i').test(text), JSON.stringify(text)).toBe(false);
      }
    }
    expect(ruledOut).toBeGreaterThan(1000);
  });

  it('never rules out a word by a summary made before its gate', () => {
    // Pairs of control characters: made by no other gate.
    const word = '\x01\x02\x03';
    const { bits, limit } = summaryOf(`one ${word} two`);
    expect(mayHoldWord(gateOf([word]), bits, 1, limit)).toBe(true);
    expect(holdsLiteral(`one ${word} two`, [word], gateOf([word]), bits, 1, limit)).toBe(true);
  });
});
