// The street-address detector decides a "day, word, year" line that only a month of another locale
// would make a date ("9 Μαΐου 2024", "Martie 2022") when a context word could lift it, not when it
// is scanned (the month names of every locale Intl knows cost some 0.1 CPU-s to build): the same
// matches as deciding it at once, as scanAddresses does when it is given no `deferred` map.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanAddresses, streetAddress } from '../../../../checks/pii/detectors/street-address.js';
import { afterCallNumberClass, inMacVendorParens } from '../../../../checks/pii/detectors/surroundings.js';
import type { PiiDetector } from '../../../../checks/pii/detectors/types.js';
import { runDetectors } from '../../../../src/detect/engine.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

/** The detector as it was: every date decided in the scan (no `deferred`), no floor read. */
function eagerDetector(): PiiDetector {
  let lastText: string | undefined;
  let scores = new Map<number, number>();
  return {
    ...streetAddress,
    usesFloor: undefined,
    scan(text) {
      const spans = scanAddresses(text);
      lastText = text;
      scores = new Map(spans.map((s) => [s.start, s.score]));
      return spans;
    },
    validate(_v, text, start) {
      if (inMacVendorParens(text, start) || afterCallNumberClass(text, start)) return false;
      return text === lastText ? (scores.get(start) ?? streetAddress.score) : streetAddress.score;
    },
  };
}

const EAGER = eagerDetector();
const THRESHOLDS = [0.3, 0.5, 0.9];

function same(text: string): void {
  for (const threshold of THRESHOLDS) {
    expect(runDetectors(text, [streetAddress], { threshold }), `${threshold}: ${text}`).toEqual(runDetectors(text, [EAGER], { threshold }));
  }
}

// Months of languages beyond calendarWord's (Greek genitive, Romanian, Turkish, Russian, Czech), words
// that are no month, and street words.
const WORDS = ['Μαΐου', 'Martie', 'Ocak', 'Мая', 'Ledna', 'Vorgang', 'Firmware', 'Référence', 'Reference', 'Mei', 'Juni', 'Main Street', 'Hauptstraße', 'Via Roma'];
const BEFORE = ['', 'She lives at ', 'Address: ', 'the corner of ', 'Shipping to ', 'Ticket ', '§ ', 'Seit '];
const AFTER = ['', '.', ', Springfield', ' and Elm Street 4', '\nLondon'];

describe('street address: dates decided when a context word could lift them', () => {
  it('gives the matches of deciding every date in the scan, over day-word-year lines with and without context', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BEFORE),
        fc.constantFrom('', '9 ', '12. ', '3  '),
        fc.constantFrom(...WORDS),
        fc.constantFrom(' 1999', ' 2024', '  2022', ' 12', ' 2024a'),
        fc.constantFrom(...AFTER),
        (before, day, word, year, after) => same(before + day + word + year + after),
      ),
      { numRuns: 2_000 },
    );
  });

  it('gives the same matches on the free-text corpus of the pii-text bench', () => {
    for (let id = 0; id < 5_000; id++) same(freeTextRecord(17, id).text);
  });
});
