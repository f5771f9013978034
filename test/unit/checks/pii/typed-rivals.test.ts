// The rivals detectPii consults for a value its column's usual type matches whole (rivalsFor in
// detectors/index.ts), for the typed columns of the pii bench (bench/pii-data.ts, the same forms).
// Each rival costs a search (its prefilter) or the full detector run on every value of such a column:
// issue 17's typed-CSV scan lost a fifth of its speed to detectors that became rivals of a phone or a
// date as they were added (the fødselsnummer, the Canadian SIN, the Splunk and Mailgun tokens). A new
// rival here fails the test: make it none (Detector.unlabelled, a prefilter, needs) or list it, with
// what it costs (`npm run bench -- pii.bench`).
import { describe, expect, it } from 'vitest';
import { detectPii, possibleWords, rivalsFor, type ScanTextOptions } from '../../../../checks/pii/detectors/index.js';
import { textFeatures } from '../../../../checks/pii/detectors/types.js';
import { card, iban, int, pad, rng, ssn } from '../../../helpers/personal-data.js';

type Kind = 'always' | 'lettered' | 'context';

/** Column name, usual type, a value maker in the bench's form, the rivals expected (type: kind). */
const COLUMNS: Array<{ column: string; type: string; value: (r: () => number) => string; rivals: Record<string, Kind> }> = [
  { column: 'phone', type: 'phone', value: (r) => `+1-${int(r, 200, 899)}-555-${pad(int(r, 0, 9999), 4)}`, rivals: {} },
  { column: 'ssn', type: 'us-ssn', value: (r) => ssn(r), rivals: {} },
  { column: 'card_number', type: 'credit-card', value: (r) => card(r, '4', 16), rivals: {} },
  { column: 'ip', type: 'ip-address', value: (r) => `${int(r, 1, 222)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 0, 255)}`, rivals: {} },
  { column: 'dob', type: 'date-of-birth', value: (r) => `${int(r, 1940, 1999)}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`, rivals: {} },
  { column: 'iban', type: 'iban', value: (r) => iban(r, 'DE', 22), rivals: { 'credit-card': 'context', 'it-fiscal-code': 'context' } },
  { column: 'email', type: 'email', value: (r) => `user.${['a', 'b', 'c'][int(r, 0, 2)]}${int(r, 0, 99)}@${'example'}.com`, rivals: { iban: 'context', 'it-fiscal-code': 'context' } },
];

describe('rivals of a typed column', () => {
  for (const { column, type, value, rivals } of COLUMNS) {
    it(`${column} (${type}): only the expected rivals`, () => {
      const r = rng(20261218);
      const opts: ScanTextOptions = { threshold: 0.5, context: column, expect: type };
      for (let i = 0; i < 50; i++) {
        const v = value(r);
        const found = detectPii(v, opts);
        // The usual type matches the value whole (else the test's value is not of the bench's form).
        expect(found.map((m) => [m.type, m.start, m.end]), `${type} value ${i}`).toEqual([[type, 0, v.length]]);
        const consulted = rivalsFor(v, opts);
        expect(consulted, `${type} value ${i}: no memo`).toBeDefined();
        expect(Object.fromEntries(consulted!.map((x) => [x.type, x.kind])), `${type} value ${i}`).toEqual(rivals);
      }
    });
  }

  it('a prefilter word a text cannot hold (its character classes) is not searched', () => {
    // A date holds no letter (the Splunk HEC token's words) and no `=` (the phone in a URL query's).
    const date = textFeatures('1985-03-12');
    expect(possibleWords(['Splunk ', 'splunk '], date)).toEqual([]);
    expect(possibleWords(['=+', '=%2B', '=%2b'], date)).toEqual([]);
    // Words without a class bit (`?+`) are always searched; those whose classes the text has too.
    expect(possibleWords(['PER', 'COM+', '?+'], date)).toEqual(['?+']);
    expect(possibleWords(['PER', 'COM+', '?+'], textFeatures('TEL+1 PER'))).toEqual(['PER', 'COM+', '?+']);
    expect(possibleWords(['%40', '&#64;'], textFeatures('a%b@c.de'))).toEqual([]);
  });
});
