// Held-out set 7 of the pii check (bench/pii-heldout7, issue 17) measures what it claims: the
// generator is deterministic; every gold phone is valid in its region per libphonenumber-js, over at
// least 30 regions; check digits are right on the gold (and on the VIN and IMEI negatives, which must
// look real) and wrong on the bad-checksum negatives; digit-run negatives are no valid phone of any
// region of the set; no hard negative overlaps a gold value; the files read back unchanged (gzip too);
// set 5's scorer gives a perfect masker 1.0 and a masker that masks nothing recall 0; and the printed
// tables hold no value. Counts and kinds only are asserted and printed: never a value.
import { describe, expect, it } from 'vitest';
import { cpfDigits, codiceFiscaleChar, dniLetter, ibanValid, luhnValid, verhoeffValid } from '../../bench/pii-heldout/checksums.js';
import { GROUPS } from '../../bench/pii-heldout/score.js';
import { perfectMask } from '../../bench/pii-heldout4/tally.js';
import { maskSet5With, scoreMaskedSet5 } from '../../bench/pii-heldout5/tally.js';
import { DIGIT_RUN_CONTEXT } from '../../bench/pii-heldout7/negatives.js';
import { describeScorerContract, heldoutSpans, itIsDeterministic, itTypesJudgedColumns, itWritesValidPhones } from '../helpers/pii-heldout-scorer-contract.js';
import { generateHeldout7, SOURCES7 } from '../../bench/pii-heldout7/generate.js';
import { notAPhone, PHONE_REGIONS7, phoneValid7 } from '../../bench/pii-heldout7/phones.js';

const options = { seed: 77, documents: 18 * 25, records: 120, rows: 40 };
const set = generateHeldout7(options);
const { all, golds, negs } = heldoutSpans(set);
const digits = (s: string) => s.replace(/\D/g, '');
const kind = (k: string) => negs.filter((n) => n.kind === k);

const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
// ISO 3779 transliteration: I, O, Q never occur; letters map to 1–9 in three runs.
const vinValue = (c: string): number => (/\d/.test(c) ? Number(c) : 'ABCDEFGH'.includes(c) ? 'ABCDEFGH'.indexOf(c) + 1 : 'JKLMNPR'.includes(c) ? [1, 2, 3, 4, 5, 7, 9]['JKLMNPR'.indexOf(c)]! : 'STUVWXYZ'.indexOf(c) + 2);
const vinCheck = (v: string): string => {
  const r = [...v].reduce((a, c, i) => a + vinValue(c) * VIN_W[i]!, 0) % 11;
  return r === 10 ? 'X' : String(r);
};

describe('held-out set 7: the generator', () => {
  itIsDeterministic(generateHeldout7, options, set, 78);
  itWritesValidPhones(golds, PHONE_REGIONS7, phoneValid7, 7, 'several forms');

  it('gives the gold right check digits, VINs and IMEIs too, and the bad-checksum negatives wrong ones', () => {
    const dniBody = (s: string) => s.slice(0, -1).replace(/^[XYZ]/, (x) => String('XYZ'.indexOf(x)));
    // Each type's own check: the gold must pass it.
    const checks: Record<string, (t: string) => boolean> = {
      'credit-card': (t) => luhnValid(digits(t)),
      iban: ibanValid,
      'in-aadhaar': (t) => verhoeffValid(digits(t)),
      'br-cpf': (t) => cpfDigits(digits(t).slice(0, 9)) === digits(t).slice(9),
      'it-fiscal-code': (t) => codiceFiscaleChar(t.slice(0, 15)) === t[15],
      'es-dni': (t) => dniLetter(dniBody(t.replace(/[.-]/g, ''))) === t.slice(-1),
    };
    for (const [type, check] of Object.entries(checks)) {
      const values = golds.filter((g) => g.type === type);
      expect(values.length, type).toBeGreaterThan(5);
      expect(values.filter((v) => !check(v.text)).map((v) => v.form), type).toEqual([]);
    }
    expect(kind('vin').filter((v) => vinCheck(v.text) !== v.text[8]).length).toBe(0);
    expect(kind('imei').filter((i) => !luhnValid(i.text)).length).toBe(0);
    const bad = { 'bad-card': (t: string) => luhnValid(digits(t)), 'bad-iban': ibanValid };
    for (const [k, passes] of Object.entries(bad)) {
      expect(kind(k).length, k).toBeGreaterThan(5);
      expect(kind(k).filter((n) => passes(n.text)).length, k).toBe(0);
    }
  });

  it('draws digit-run negatives that no region of their context takes as a valid phone', () => {
    const runs = Object.keys(DIGIT_RUN_CONTEXT).flatMap(kind);
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs) expect(notAPhone(digits(r.text), DIGIT_RUN_CONTEXT[r.kind]!), r.kind).toBe(true);
  });

  it('covers every judged group, every source, many negative kinds, and places no negative over a gold value', () => {
    const groups = scoreMaskedSet5(set, maskSet5With(set, perfectMask)).all.groups;
    for (const g of GROUPS) expect(groups.get(g)?.gold ?? 0, g).toBeGreaterThan(10);
    expect(new Set(set.documents.map((d) => d.source)).size).toBe(Object.keys(SOURCES7).length);
    for (const u of all) for (const n of u.negatives) expect(u.gold.some((g) => g.start < n.end && n.start < g.end)).toBe(false);
    expect(new Set(negs.map((n) => n.kind)).size).toBeGreaterThanOrEqual(45);
    expect(set.tables.length).toBeGreaterThanOrEqual(8);
    expect(set.tables.filter((t) => t.delimiter === ';').length).toBeGreaterThanOrEqual(2);
    expect([...set.tables.map((t) => t.file), ...set.recordFiles.map((f) => f.file)].filter((f) => f.endsWith('.gz')).length).toBeGreaterThanOrEqual(2);
  });

  itTypesJudgedColumns(set);
});

describeScorerContract(7, set);
