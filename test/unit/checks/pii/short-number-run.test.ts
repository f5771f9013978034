// detectPii passes by the IP, MAC and Google OAuth detectors for a plain decimal number shorter than
// twelve characters (SHORT_NUMBER_FREE in detectors/index.ts): none of them finds anything there, with
// any column name (context) or threshold, so the matches are those of the full run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainDecimal, PII_DETECTORS } from '../../../../checks/pii/detectors/index.js';
import { runDetectors } from '../../../../src/detect/engine.js';

const FREE = PII_DETECTORS.filter((d) => ['ip-address', 'mac-address', 'google-oauth-access-token'].includes(d.type));
const CONTEXTS = [undefined, 'amount', 'ip', 'mac_address', 'access_token', 'device mac', 'ip address'];
const THRESHOLDS = [0.3, 0.5];

/** Plain decimals of up to eleven characters: an optional sign, digits, an optional dot and digits. */
const plainDecimal = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{1,11}$/), fc.option(fc.stringMatching(/^[0-9]{1,10}$/), { nil: undefined }))
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`)
  .filter((v) => v.length < 12);

describe('short plain numbers', () => {
  it('match no IP, MAC or Google OAuth detector', () => {
    expect(FREE.length).toBeGreaterThanOrEqual(4);
    fc.assert(
      fc.property(plainDecimal, (v) => {
        expect(isPlainDecimal(v)).toBe(true);
        for (const context of CONTEXTS) for (const threshold of THRESHOLDS) expect(runDetectors(v, FREE, { threshold, context }), `${context}: ${v}`).toEqual([]);
      }),
      { numRuns: 3000, seed: 20261217 },
    );
  });

  it('edge cases: eleven digits, the longest decimals, signs', () => {
    for (const v of ['12345678901', '1234567890.', '1.234567890', '-1234567890', '+123456.789', '255.255', '192.168', '00.00', '0']) {
      const plain = isPlainDecimal(v);
      expect(plain).toBe(!v.endsWith('.'));
      for (const context of CONTEXTS) expect(runDetectors(v, FREE, { threshold: 0.3, context })).toEqual([]);
    }
  });

  it('isPlainDecimal says no to anything else', () => {
    for (const v of ['', '-', '+', '.5', '5.', '1.2.3', '1,5', '1e5', ' 12', '12 ', '1-2', '０１', 'ab', '12a']) expect(isPlainDecimal(v), v).toBe(false);
  });
});
