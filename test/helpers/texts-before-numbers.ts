// The texts before the numbers of the free-text corpus and of held-out sets 11, 13 and 19: where the
// detectors ask what labels a number (a walk that replaced a pattern must answer as it did there).
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
