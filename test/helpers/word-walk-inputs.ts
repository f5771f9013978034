// Inputs of the exact tests of the word walks that replaced patterns of words (other-label.ts,
// network.ts someVersionWord): every character in place of each letter, words in drawn cases, and the
// texts before the numbers of the free-text corpus and of held-out sets 11, 13 and 19.
import { generateHeldout11 } from '../../bench/pii-heldout11/generate.js';
import { generateHeldout13 } from '../../bench/pii-heldout13/generate.js';
import { generateHeldout19 } from '../../bench/pii-heldout19/generate.js';
import { allUnits5 } from '../../bench/pii-heldout5/tally.js';
import { freeTextRecord } from './free-text.js';

/**
 * Calls `visit` with the (at most) 32 characters before every digit of those texts, before every
 * character of `also` (e.g. "+" and "("), and before every fifth position besides.
 */
export function forEachTextBeforeNumber(also: readonly number[], visit: (before: string) => void): void {
  const texts = Array.from({ length: 4_000 }, (_, id) => freeTextRecord(17, id).text);
  const small = { documents: 300, records: 80, rows: 40 };
  for (const set of [generateHeldout11({ ...small, seed: 20261213 }), generateHeldout13({ ...small, seed: 20261215 }), generateHeldout19({ ...small, seed: 20261221 })]) {
    for (const u of allUnits5(set)) texts.push(u.text);
  }
  for (const t of texts) {
    for (let i = 1; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if ((c >= 48 && c <= 57) || also.includes(c) || i % 5 === 0) visit(t.slice(Math.max(0, i - 32), i));
    }
  }
}

/** Every code unit of the Basic Multilingual Plane (surrogates alone too) and some code points beyond it. */
export const UNITS: readonly string[] = [...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)), '\u{1D400}', '\u{10400}', '\u{10428}', '\u{1F600}', '\u{20000}'];

/** Calls `visit` with each word that holds a letter (the shortest for each), that letter replaced by every one of UNITS, then `after`. */
export function forEachLetterReplaced(words: readonly string[], after: string, visit: (text: string) => void): void {
  const letters = new Map<string, string>();
  for (const w of words) for (const c of w) if (!letters.has(c) || letters.get(c)!.length > w.length) letters.set(c, w);
  for (const [c, w] of letters) {
    const at = w.indexOf(c);
    for (const u of UNITS) visit(`${w.slice(0, at)}${u}${w.slice(at + 1)}${after}`);
  }
}

/** A word with each letter's case drawn, and `s`, `k`, `å` now and then as `ſ`, the Kelvin and the Ångström sign. */
export function cased(word: string, draws: readonly number[]): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const d = draws[i % draws.length]!;
    const c = word[i]!;
    if (d % 7 === 0 && (c === 's' || c === 'k' || c === 'å')) out += c === 's' ? '\u017f' : c === 'k' ? '\u212a' : '\u212b';
    else out += d % 2 === 0 ? c.toUpperCase() : c;
  }
  return out;
}
