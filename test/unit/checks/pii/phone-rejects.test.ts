// The phone detector's `rejects` (asked before the context words are searched for) only answers
// sooner: the matches are those of the validator alone, on the free-text corpus of the pii-text bench
// and on numbers with and without a phone word before them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrSumShaped, phone, PHONE_CANDIDATES, rejectedByTests } from '../../../../checks/pii/detectors/phone.js';
import { labelledNotAPhone, notAPhone } from '../../../../checks/pii/detectors/phone-evidence.js';
import { runDetectors } from '../../../../src/detect/engine.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

const WITHOUT = { ...phone, rejects: undefined };
const THRESHOLDS = [0.4, 0.5];

function same(text: string, context?: string): void {
  for (const threshold of THRESHOLDS) {
    expect(runDetectors(text, [phone], { threshold, context }), `${threshold}: ${text}`).toEqual(runDetectors(text, [WITHOUT], { threshold, context }));
  }
}

describe('phone rejects', () => {
  it('gives the matches of the validator alone on the free-text corpus', () => {
    for (let id = 0; id < 5_000; id++) same(freeTextRecord(17, id).text);
  });

  it('gives the same matches for numbers of many shapes, with and without a phone word or column', () => {
    const digits = fc.stringMatching(/^[0-9]{1,5}$/);
    const sep = fc.constantFrom(' ', '-', '.', '/', '', ' / ', '. ');
    const number = fc.tuple(fc.constantFrom('', '+', '(', '00', '0'), digits, sep, digits, sep, digits, fc.constantFrom('', ')', ' x12', '.5')).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.constantFrom('', 'call me on ', 'Tel. ', 'version ', 'order ', 'price $', '{"msisdn":"'), number, fc.constantFrom('', ' today', ' EUR', '"}', '.'), fc.constantFrom(undefined, 'phone', 'notes'), (before, n, after, column) => same(before + n + after, column)),
      { numRuns: 3_000 },
    );
  });

  it('gives the same matches for bare runs, dates, decimals and short dotted numbers (read by their form alone)', () => {
    const group = fc.stringMatching(/^[0-9]{1,6}$/);
    const cueShaped = fc.oneof(
      fc.stringMatching(/^[0-9]{7,13}$/),
      fc.tuple(group, fc.constantFrom('.', '/', '-', ' - '), group, fc.constantFrom('', '.', '/', '-'), group).map((p) => p.join('')),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`),
    );
    fc.assert(
      fc.property(fc.constantFrom('', 'call me on ', 'Tel. ', 'mobile: ', 'version ', 'on '), cueShaped, fc.constantFrom('', ' today', ' EUR', '.'), fc.constantFrom(undefined, 'phone', 'notes'), (before, n, after, column) => same(before + n + after, column)),
      { numRuns: 3_000, seed: 17 },
    );
  });

  // dateOrSumShaped answers before rejectedByTests (a speed change, issue 17): every text it settles, those
  // tests reject too, wherever it stands (so the answer is the one rejectedByTests alone gave).
  it('settles by its form only what its tests reject, wherever the number stands', () => {
    const short = fc.stringMatching(/^[0-9]{1,2}$/);
    const four = fc.stringMatching(/^[0-9]{4}$/);
    const sep = fc.constantFrom('.', '/', '-');
    const shaped = fc.oneof(
      fc.tuple(short, sep, short, four).map(([a, s, b, y]) => `${a}${s}${b}${s}${y}`),
      fc.tuple(four, sep, short, short).map(([y, s, a, b]) => `${y}${s}${a}${s}${b}`),
      fc.tuple(fc.stringMatching(/^[0-9]{1,6}$/), fc.stringMatching(/^[0-9]{1,6}$/)).map(([a, b]) => `${a} - ${b}`),
      fc.stringMatching(/^[0-9./ -]{6,12}$/),
      fc.stringMatching(/^[0-9]{1,5}[./-][0-9]{1,5}[./-][0-9]{1,5}$/),
    );
    const around = fc.constantFrom('', 'call me on ', 'Tel. ', '+', ':', 'BGM+220+', 'price $', '{"msisdn":"', '|', 'version ', 'ISBN ');
    const after = fc.constantFrom('', ' today', ':', ':Admin', ' EUR', '"}', '.', ' ms', ' = 5');
    fc.assert(
      fc.property(around, shaped, after, (b, n, a) => {
        if (dateOrSumShaped(n)) expect(rejectedByTests(n, b + n + a, b.length, b.length + n.length), b + n + a).toBe(true);
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  it('settles by its form only what its tests reject, over the free-text corpus', () => {
    const re = new RegExp(PHONE_CANDIDATES.source, 'g');
    let settled = 0;
    for (let id = 0; id < 5_000; id++) {
      const text = freeTextRecord(17, id).text;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (!dateOrSumShaped(m[0])) continue;
        settled++;
        expect(rejectedByTests(m[0], text, m.index, m.index + m[0].length)).toBe(true);
      }
    }
    expect(settled).toBeGreaterThan(1000); // most candidates in prose are dates: the comparison is not vacuous
  });

  // More than 12 digits in groups without a "+", "00" or trunk "0" (a card's sixteen) are rejected before
  // notAPhone's tests (nationalTooLong, a speed change, issue 17): the validator rejects them at every floor.
  // The numbers around the edge: trunk "0" and Indonesian-grouped (the cued regions' parse), bare runs that
  // are valid with a "+" (an MSISDN with a cue), extensions that bring the count back to 12, slashes, "(+49)".
  it('rejects by the count of digits only what the validator rejects at every floor', () => {
    const group = fc.stringMatching(/^[0-9]{1,6}$/);
    const sep = fc.constantFrom(' ', '-', '.', '/', ' / ', '\u00a0', '');
    const head = fc.constantFrom('', '0', '00', '011', '+', '(+49) ', '1', '9', '49', '62');
    const ext = fc.constantFrom('', ' x12', ' ext. 123456', 'x1', ';ext=99', ' Durchwahl 12');
    const long = fc.tuple(head, group, sep, group, sep, group, sep, group, ext).map((p) => p.join(''));
    const edge = fc.constantFrom('4915123456789', '491512345678901', '081234567890', '0812-3456-78901', '0812 3456 7890', '4242 4242 4242 4242', '4242-4242-4242-4242', '1234 5678 9012 3456 x12', '12345 6789012 x99', '4915 1234 56789', '1-800-555-0199-12');
    const number = fc.oneof(long, edge);
    const before = fc.constantFrom('', 'call me on ', 'Tel. ', 'order ', '{"msisdn":"', 'card ', '|', 'x ');
    const after = fc.constantFrom('', ' today', '"}', '|', '.');
    fc.assert(
      fc.property(before, number, after, fc.constantFrom(undefined, 'phone', 'notes'), (b, n, a, column) => {
        const text = b + n + a;
        if (rejectedByTests(n, text, b.length, b.length + n.length)) {
          for (const floor of [undefined, Number.NEGATIVE_INFINITY, 0.4, 0.5, 0.6]) expect(phone.validate!(n, text, b.length, b.length + n.length, floor), `${floor}: ${text}`).toBe(false);
        }
        same(text, column);
      }),
      { numRuns: 6_000, seed: 17 },
    );
  });

  it('rejects by a label before it only numbers notAPhone calls no phone whatever the cue', () => {
    const number = fc.oneof(fc.stringMatching(/^[0-9]{7,13}$/), fc.stringMatching(/^[0-9]{1,4}(?:[. ][0-9]{1,4}){1,3}$/));
    const label = fc.constantFrom('', 'order ', 'Order #', 'invoice no. ', 'tracking: ', 'Rechnung ', 'call me on ', 'IBAN ', 'ref ');
    fc.assert(
      fc.property(label, number, fc.constantFrom('', ' today', '.', ' EUR'), (b, n, a) => {
        if (!labelledNotAPhone(n, b + n + a, b.length)) return;
        expect(['shape', 'token', 'label']).toContain(notAPhone(n, b + n + a, b.length, b.length + n.length));
      }),
      { numRuns: 5_000, seed: 17 },
    );
  });
});

// The pattern skips a date that rejects would settle (DATE_AHEAD, a speed change, issue 17): the matches
// are those of the pattern without that skip, rejects or none, whatever stands after the date.
describe('phone pattern without dates', () => {
  const ALL = { ...phone, pattern: PHONE_CANDIDATES };
  const ALL_WITHOUT_REJECTS = { ...ALL, rejects: undefined };
  function sameAsAll(text: string, context?: string): void {
    for (const threshold of THRESHOLDS) {
      const found = runDetectors(text, [phone], { threshold, context });
      expect(found, `${threshold}: ${text}`).toEqual(runDetectors(text, [ALL], { threshold, context }));
      expect(found, `${threshold}: ${text}`).toEqual(runDetectors(text, [ALL_WITHOUT_REJECTS], { threshold, context }));
    }
  }

  it('finds what the whole pattern finds on the free-text corpus', () => {
    for (let id = 0; id < 5_000; id++) sameAsAll(freeTextRecord(17, id).text);
  });

  it('finds what the whole pattern finds around dates, whatever follows them', () => {
    const short = fc.stringMatching(/^[0-9]{1,3}$/);
    const four = fc.stringMatching(/^[0-9]{3,5}$/);
    const sep = fc.constantFrom('.', '/', '-', ' ');
    const date = fc.oneof(
      fc.tuple(short, sep, short, sep, four).map((p) => p.join('')),
      fc.tuple(four, sep, short, sep, short).map((p) => p.join('')),
    );
    // Every printable ASCII character, the spaces and letters the pattern reads, then what may follow them.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const next = fc.constantFrom(...ascii, '\u00a0', '\u2007', '\u2009', '\u202f', '\n', 'д', 'é', '&nbsp;', '&#160;');
    const tail = fc.constantFrom('', '12', ' 12', '5 678', 'x12', 'ext. 12', 'oste 3', 'nterno 4', 'Durchwahl 5', ' today', '.', ' 0', ')', '(0)', '-12', '2');
    const before = fc.constantFrom('', 'on ', 'Tel. ', 'call me on ', '(', '+', '+49 ', 'order ', ': ');
    fc.assert(
      fc.property(before, date, next, tail, fc.constantFrom(undefined, 'phone', 'notes'), (b, d, c, t, column) => sameAsAll(b + d + c + t, column)),
      { numRuns: 20_000, seed: 17 },
    );
  });
});
