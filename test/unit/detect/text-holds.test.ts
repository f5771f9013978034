// Detector.textHolds: the words a text holds, in some case, wherever the detector finds a candidate. The
// engine passes by a text whose summary shows none of them (text-summary.test.ts: the summary rules a word
// out only where a case-insensitive search finds none); here, every candidate of such a detector (its scan's
// spans, its pattern's matches) on the credential tuning texts and on texts made of its words stands in a
// text that holds one of them. Prints counts only.
import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../checks/pii/detectors/index.js';
import { anyOf } from '../../../src/detect/engine.js';
import type { Detector } from '../../../src/detect/types.js';
import { credentialTexts } from '../../helpers/credential-texts.js';

/** Whether the detector's scan or pattern finds a candidate in the text (before its validator). */
function hasCandidate(d: Detector, text: string): boolean {
  if (d.scan !== undefined) return d.scan(text).length > 0;
  const re = new RegExp(d.pattern!.source, d.pattern!.flags.replace('g', ''));
  return re.test(text);
}

describe('Detector.textHolds', () => {
  const gated = PII_DETECTORS.filter((d) => d.textHolds !== undefined);

  it('is given to the password readers and the secret scans that search for their words', () => {
    expect(gated.map((d) => d.type).sort()).toEqual(['api-token', 'api-token', 'api-token', 'aws-secret-access-key', 'generic-secret', 'generic-secret', 'password']);
  });

  it('names a word of every text in which the detector finds a candidate', () => {
    const texts = credentialTexts();
    // Each word with a token's worth of characters after it, in the cases it is written in.
    for (const d of gated) for (const w of d.textHolds!) for (const v of [w, w.toUpperCase(), w.toLowerCase()]) texts.push(`${v}AbCdEfGh1234567890AbCdEfGh1234567890AbCdEfGh1234567890AbCdEfGh1234567890`, `key: ${v}=AbCdEfGh12345678AbCdEfGh12345678`);
    let candidates = 0;
    for (const d of gated) {
      const words = new RegExp(anyOf(d.textHolds!), 'i');
      for (const text of texts) {
        if (!hasCandidate(d, text)) continue;
        candidates++;
        expect(words.test(text), `${d.type}: ${JSON.stringify(text.slice(0, 40))}…`).toBe(true);
      }
    }
    console.log(`textHolds: ${gated.length} detectors, ${texts.length} texts, ${candidates} texts with a candidate`);
    expect(candidates).toBeGreaterThan(1000);
  });
});
