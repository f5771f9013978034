// Held-out set 8 of the pii check (bench/pii-heldout8, issue 17) measures what it claims: the
// generator is deterministic; every gold phone is valid in its region per libphonenumber-js, over at
// least 30 regions; check digits are right on the gold and wrong on the bad-checksum negatives; digit-run
// negatives are no valid phone of the regions they are checked against; no hard negative overlaps a
// gold value; the files read back unchanged (gzip too); set 5's scorer gives a perfect masker 1.0 and a
// masker that masks nothing recall 0; and the printed tables hold no value. Counts and kinds only are
// asserted and printed: never a value.
import { describe, expect, it } from 'vitest';
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { GROUPS } from '../../bench/pii-heldout/score.js';
import { perfectMask } from '../../bench/pii-heldout4/tally.js';
import { maskSet5With, scoreMaskedSet5 } from '../../bench/pii-heldout5/tally.js';
import { describeScorerContract, heldoutSpans, itIsDeterministic, itTypesJudgedColumns, itWritesValidPhones } from '../helpers/pii-heldout-scorer-contract.js';
import { generateHeldout8, SOURCES8 } from '../../bench/pii-heldout8/generate.js';
import { DIGIT_RUN_KINDS8 } from '../../bench/pii-heldout8/negatives.js';
import { notAPhone8, PHONE_REGIONS8, phoneValid8 } from '../../bench/pii-heldout8/phones.js';

const options = { seed: 88, documents: 19 * 20, records: 100, rows: 40 };
const set = generateHeldout8(options);
const { all, golds, negs } = heldoutSpans(set);
const digits = (s: string) => s.replace(/\D/g, '');
const kind = (k: string) => negs.filter((n) => n.kind === k);

describe('held-out set 8: the generator', () => {
  itIsDeterministic(generateHeldout8, options, set, 89);
  itWritesValidPhones(golds, PHONE_REGIONS8, phoneValid8, 4, 'four forms');

  it('gives the gold right check digits and the bad-checksum negatives wrong ones', () => {
    const dniBody = (s: string) => s.slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
    const checks: Record<string, (t: string) => boolean> = {
      'credit-card': (t) => luhnValid(digits(t)),
      iban: ibanValid,
      'in-aadhaar': (t) => verhoeffValid(digits(t)),
      'br-cpf': (t) => cpfDigits(digits(t).slice(0, 9)) === digits(t).slice(9),
      'it-fiscal-code': (t) => codiceFiscaleChar(t.slice(0, 15)) === t[15],
      'es-dni': (t) => dniLetter(dniBody(t)) === t.slice(-1),
      'us-ssn': (t) => !/^(000|666|9)/.test(digits(t)) && digits(t).length === 9,
    };
    for (const [type, check] of Object.entries(checks)) {
      const values = golds.filter((g) => g.type === type);
      expect(values.length, type).toBeGreaterThan(5);
      expect(values.filter((v) => !check(v.text)).map((v) => v.form), type).toEqual([]);
    }
    expect(kind('imei').filter((i) => !luhnValid(i.text)).length).toBe(0);
    const bad = { 'bad-card': (t: string) => luhnValid(digits(t)), 'bad-iban': ibanValid };
    for (const [k, passes] of Object.entries(bad)) {
      expect(kind(k).length, k).toBeGreaterThan(5);
      expect(kind(k).filter((n) => passes(n.text)).length, k).toBe(0);
    }
  });

  it('draws digit-run negatives that no checked region takes as a valid phone', () => {
    const runs = negs.filter((n) => DIGIT_RUN_KINDS8.has(n.kind));
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs) expect(notAPhone8(digits(r.text), DIGIT_RUN_KINDS8.get(r.kind)), r.kind).toBe(true);
  });

  it('covers every judged group, every source, many negative kinds, and places no negative over a gold value', () => {
    const groups = scoreMaskedSet5(set, maskSet5With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source)).size).toBe(Object.keys(SOURCES8).length);
    for (const u of all) for (const n of u.negatives) expect(u.gold.some((g) => g.start < n.end && n.start < g.end)).toBe(false);
    expect(new Set(negs.map((n) => n.kind)).size).toBeGreaterThanOrEqual(35);
    expect(set.tables.length).toBeGreaterThanOrEqual(6);
    expect(set.tables.filter((t) => t.delimiter === ';').length).toBeGreaterThanOrEqual(1);
    expect(set.tables.filter((t) => t.file.endsWith('.gz')).length).toBeGreaterThanOrEqual(1);
  });

  itTypesJudgedColumns(set);
});

describeScorerContract(8, set);
