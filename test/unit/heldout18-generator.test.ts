// Set 18's generator: same seed, same set; every gold span in bounds and valid by its checksum where it
// has one; every digit hard negative of a document reads as no phone of that document's regions.
// Asserts on counts and booleans only: no generated value is printed.
import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid } from '../../bench/pii-heldout/checksums.js';
import { noPhoneIn10 } from '../../bench/pii-heldout10/phones.js';
import { allUnits5 } from '../../bench/pii-heldout5/tally.js';
import { generateHeldout18, SOURCES18 } from '../../bench/pii-heldout18/generate.js';
import { regionsOf18 } from '../../bench/pii-heldout18/regions.js';

const SMALL = { seed: 99, documents: 106, records: 30, rows: 8 };

describe('held-out set 18 generator', () => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateHeldout18(SMALL))).toBe(JSON.stringify(generateHeldout18(SMALL)));
  });

  it('writes every family, each with regions', () => {
    const set = generateHeldout18(SMALL);
    expect(new Set(set.documents.map((d) => d.source)).size).toBe(Object.keys(SOURCES18).length);
    for (const s of Object.keys(SOURCES18)) expect(regionsOf18(s).length).toBeGreaterThan(0);
  });

  it('keeps spans in bounds, IBANs valid mod 97 and cards valid by Luhn', () => {
    let bad = 0;
    for (const u of allUnits5(generateHeldout18(SMALL))) {
      for (const g of u.gold) {
        const t = u.text.slice(g.start, g.end);
        if (g.end > u.text.length || t.trim() !== t || !t) bad++;
        if (g.type === 'iban' && !ibanValid(t)) bad++;
        if (g.type === 'credit-card' && !luhnValid(t.replace(/\D/g, ''))) bad++;
      }
      for (const n of u.negatives) if (n.end > u.text.length || n.start >= n.end) bad++;
    }
    expect(bad).toBe(0);
  });

  it('draws no document digit negative that reads as a phone of its regions', () => {
    let phoneLike = 0;
    for (const d of generateHeldout18(SMALL).documents) {
      for (const n of d.unit.negatives) {
        const t = d.unit.text.slice(n.start, n.end);
        if ((t.match(/\d/g) ?? []).length >= 7 && !noPhoneIn10(t, regionsOf18(d.source))) phoneLike++;
      }
    }
    expect(phoneLike).toBe(0);
  });
});
