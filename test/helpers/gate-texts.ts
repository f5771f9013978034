// What the engine's exact gates are proved on and by (digit-run.test.ts, scan-gates.test.ts): 4,000 records
// of the pii-text corpus and the texts of small held-out sets 11, 13 and 19 (documents, record leaves, cells),
// and the reference count of a text's digits in a stretch.
import { generateHeldout11 } from '../../bench/pii-heldout11/generate.js';
import { generateHeldout13 } from '../../bench/pii-heldout13/generate.js';
import { generateHeldout19 } from '../../bench/pii-heldout19/generate.js';
import { allUnits5 } from '../../bench/pii-heldout5/tally.js';
import { freeTextRecord } from './free-text.js';

export function gateCorpusTexts(): string[] {
  const texts = Array.from({ length: 4_000 }, (_, id) => freeTextRecord(17, id).text);
  const small = { documents: 300, records: 80, rows: 40 };
  for (const set of [generateHeldout11({ ...small, seed: 20261213 }), generateHeldout13({ ...small, seed: 20261215 }), generateHeldout19({ ...small, seed: 20261221 })]) {
    for (const u of allUnits5(set)) texts.push(u.text);
  }
  return texts;
}

/** The most digits of `s` in a stretch without two other characters side by side (`whole`: 0 for a string holding such two). */
export function digitGroupIn(s: string, whole = false): number {
  let group = 0;
  let most = 0;
  for (let i = 0; i < s.length; i++) {
    const digit = s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
    const other = i > 0 && !(s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57);
    if (!digit && other) {
      if (whole) return 0;
      group = 0;
    }
    if (digit) most = Math.max(most, ++group);
  }
  return most;
}
