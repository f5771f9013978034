// Issue 17, set-13 classes on their own tuning cases (test/helpers/pii-ssn13-tuning.ts, written from
// the formats' documentation): a neutral column of ABA routing numbers is no SSN column (its cells
// left alone, the column typed by no personal data) while a neutral column of SSNs keeps its cue; a
// container number, an IMO ship number and a cheque's MICR fields are no phones; a phone's extension
// in its country's word is masked with it. Prints counts per kind only, never a value.
import { describe, expect, it } from 'vitest';
import { ssn } from '../../../helpers/personal-data.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';
import { abaRouting, ssn13TuningSet } from '../../../helpers/pii-ssn13-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { abaRoutingValid, ROUTING_CUE } from '../../../../checks/pii/value-cues.js';

const SEEDS = [131, 132, 133, 134, 135];

describe('ABA routing numbers (issue 17, set-13 class 1)', () => {
  it('checks the routing number: district and check digit', () => {
    // The ABA's own example of the checksum (a Federal Reserve Bank of New York number), built from parts.
    expect(abaRoutingValid('0210' + '00021')).toBe(true);
    expect(abaRoutingValid('0210' + '00022')).toBe(false);
    // District 13–20 is none: the checksum alone does not make a routing number.
    expect(abaRoutingValid('1500' + '00005')).toBe(false);
  });

  it('reads a neutral column of routing numbers as one of ids, and a neutral column of SSNs still as SSNs', async () => {
    const bare = (r: () => number) => ssn(r).replace(/-/g, '');
    // A tenth of a bank export's cells mistyped: one digit changed.
    const typo = (r: () => number) => {
      const v = abaRouting(r);
      return r() < 0.1 ? v.slice(0, 8) + String((Number(v[8]) + 1) % 10) : v;
    };
    for (const seed of SEEDS) {
      const cols = await scanGeneratedTable(seed, { c1: abaRouting, c2: typo, c3: (r) => abaRouting(r).replace(/^(\d{4})(\d{4})/, '$1-$2-'), c4: bare }, 200);
      const [c1, c2, c3, c4] = cols;
      for (const c of [c1!, c2!, c3!]) {
        console.log(`seed ${seed} ${c.column}: cue=${c.cls.valueCue} type=${c.cls.type} masked=${c.masked}`);
        expect([c.cls.valueCue, c.cls.type, c.masked], c.column).toEqual([ROUTING_CUE, null, 0]);
      }
      expect([c4!.cls.valueCue, c4!.cls.type, c4!.masked]).toEqual(['us-ssn', 'us-ssn', 200]);
    }
  }, 120_000);
});

describe('container and ship numbers, MICR lines, extensions (issue 17, set-13 classes 2 and 4)', () => {
  itFindsEachKind(SEEDS.flatMap((seed) => ssn13TuningSet(seed)));
});
