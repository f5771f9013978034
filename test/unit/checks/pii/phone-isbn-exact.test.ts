// isbnAround (phone-evidence.ts) settles twelve or thirteen digits that do not start 978/979 before it
// copies the digits and reads the check character after them, and reads each digit from its code (a speed
// change, issue 17): its answers are those of the former form, kept here, on ISBNs valid and not, grouped,
// with check characters after them and `ISBN` words before them, and on the free-text corpus's candidates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHONE_CANDIDATES } from '../../../../checks/pii/detectors/phone.js';
import { isbnAround } from '../../../../checks/pii/detectors/phone-evidence.js';
import { freeTextRecord } from '../../../helpers/free-text.js';

const CHECK_CHAR_AFTER = /^[- ]?([0-9X])(?![\p{L}\p{N}])/u;
const ISBN_WORD_BEFORE = /(?:^|[^\p{L}])isbn(?:-?1[03])?(?![\p{L}])[^\n\d.;!?]{0,48}$/iu;
function formerIsbnValid(d: string): boolean {
  if (d.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (10 - i) * (d[i] === 'X' || d[i] === 'x' ? (i === 9 ? 10 : NaN) : Number(d[i]));
    return sum % 11 === 0;
  }
  if (d.length !== 13 || !/^97[89]\d{10}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
function formerIsbnAround(v: string, text: string, start: number, end: number): boolean {
  const digits = v.replace(/\D/g, '');
  if (digits.length !== 9 && digits.length !== 10 && digits.length !== 12 && digits.length !== 13) return false;
  const check = digits.length === 9 || digits.length === 12 ? CHECK_CHAR_AFTER.exec(text.slice(end, end + 3)) : null;
  const whole = check !== null ? digits + check[1]! : digits;
  if (!formerIsbnValid(whole)) return false;
  if (check !== null && check[1] === 'X') return true;
  return ISBN_WORD_BEFORE.test(text.slice(Math.max(0, start - 64), start));
}

/** An ISBN-13's check digit, an ISBN-10's check character. */
const check13 = (d: string): string => String((10 - ([...d].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0) % 10)) % 10);
const check10 = (d: string): string => {
  const r = (11 - ([...d].reduce((s, c, i) => s + (10 - i) * Number(c), 0) % 11)) % 11;
  return r === 10 ? 'X' : String(r);
};

/** Digits split into groups at the given cuts, with one separator. */
function grouped(d: string, cuts: number[], sep: string): string {
  const at = [...new Set(cuts.map((c) => 1 + (c % Math.max(1, d.length - 1))))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const c of at) {
    parts.push(d.slice(from, c));
    from = c;
  }
  parts.push(d.slice(from));
  return parts.filter((p) => p !== '').join(sep);
}

function same(before: string, v: string, after: string): void {
  const text = before + v + after;
  const s = before.length;
  expect(isbnAround(v, text, s, s + v.length), text).toBe(formerIsbnAround(v, text, s, s + v.length));
}

describe('isbnAround', () => {
  it('answers as its former form on ISBNs and near-ISBNs, grouped, with check characters and ISBN words around', () => {
    const body = fc.oneof(
      fc.tuple(fc.constantFrom('978', '979', '977', '97', '098', '879'), fc.stringMatching(/^[0-9]{6,10}$/)).map(([h, r]) => h + r),
      fc.stringMatching(/^[0-9]{8,14}$/),
    );
    // A valid check digit or character appended half the time, inside the number or after it.
    const number = fc.tuple(body, fc.constantFrom('none', 'ten', 'thirteen'), fc.array(fc.nat(20), { maxLength: 3 }), fc.constantFrom('', '-', ' ', '.')).map(([d, c, cuts, sep]) => {
      const full = c === 'ten' && d.length >= 9 ? d.slice(0, 9) + check10(d.slice(0, 9)) : c === 'thirteen' && d.length >= 12 ? d.slice(0, 12) + check13(d.slice(0, 12)) : d;
      return grouped(full, cuts, sep);
    });
    const before = fc.constantFrom('', 'ISBN ', 'isbn-13: ', 'ISBN of the book I follow ', 'call ', 'order ', 'ISBN. ');
    const after = fc.constantFrom('', '-X', ' X', 'X', '-x', '-5', ' 7', '5', ' today', '-Xa', '.');
    fc.assert(fc.property(before, number, after, (b, n, a) => same(b, n, a)), { numRuns: 30_000, seed: 17 });
  });

  it('answers as its former form on the candidates of the free-text corpus', () => {
    const re = new RegExp(PHONE_CANDIDATES.source, 'g');
    let asked = 0;
    for (let id = 0; id < 3_000; id++) {
      const text = freeTextRecord(17, id).text;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        asked++;
        expect(isbnAround(m[0], text, m.index, m.index + m[0].length)).toBe(formerIsbnAround(m[0], text, m.index, m.index + m[0].length));
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });
});
