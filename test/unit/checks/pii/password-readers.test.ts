// The password readers run as one detector (password-readers.ts) find what they found as eighteen: the
// same spans in the same order, and the same matches, on the tuning sets' texts (secrets, credentials,
// key-value records, logs, markup, held-out look-alikes), their upper- and lower-case forms, seeded free
// text and seeded splices of the two. Prints counts only.
import { describe, expect, it } from 'vitest';
import { CUE, CUE_WORDS, PASSWORD_READERS, passwordReaders } from '../../../../checks/pii/detectors/password-readers.js';
import { canMatch, cellFeaturesUnhashed, FEATURE_KEY } from '../../../../checks/pii/detectors/types.js';
import { anyOf, includesAny, runDetectors } from '../../../../src/detect/engine.js';
import { credentialTexts } from '../../../helpers/credential-texts.js';

/** The spans of the readers run as the engine ran each alone: where its classes and prefilter allow. */
function eachAlone(text: string, features: number): Array<{ start: number; end: number }> {
  return PASSWORD_READERS.filter((d) => canMatch(d, features) && (d.prefilter === undefined || includesAny(text, d.prefilter))).flatMap((d) => d.scan!(text));
}

describe('password readers as one detector', () => {
  it('find the spans and matches the readers found one by one', () => {
    let found = 0;
    let checked = 0;
    for (const text of credentialTexts()) {
      const f = cellFeaturesUnhashed(text) & FEATURE_KEY;
      // Active where one of the readers is, and only there.
      expect(canMatch(passwordReaders, f)).toBe(PASSWORD_READERS.some((d) => canMatch(d, f)));
      const one = canMatch(passwordReaders, f) ? passwordReaders.scan!(text) : [];
      expect(one).toEqual(eachAlone(text, f));
      const readers = PASSWORD_READERS.filter((d) => canMatch(d, f));
      const matches = canMatch(passwordReaders, f) ? runDetectors(text, [passwordReaders]) : [];
      expect(matches).toEqual(runDetectors(text, readers));
      found += matches.length;
      checked++;
    }
    console.log(`password readers: ${checked} texts, ${found} matches, the same as one by one`);
    expect(found).toBeGreaterThan(500);
  });

  it('gate on the words of their cue (Detector.textHolds): a text holds one of them exactly where the cue finds one', () => {
    expect(passwordReaders.textHolds).toBe(CUE_WORDS);
    const words = new RegExp(anyOf(CUE_WORDS), 'i');
    const texts = [...credentialTexts()];
    // Each word in its cases and cut at either end, alone and inside the tuning texts.
    for (const w of CUE_WORDS) for (const v of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.slice(1), w.slice(0, -1)]) texts.push(v, `x${v}y`, `${texts[v.length % 50]} ${v}`);
    let held = 0;
    for (const text of texts) {
      expect(words.test(text), JSON.stringify(text.slice(0, 60))).toBe(CUE.test(text));
      if (CUE.test(text)) held++;
    }
    expect(held).toBeGreaterThan(500);
  });
});
