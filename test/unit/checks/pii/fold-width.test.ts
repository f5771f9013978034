// Full-width forms and other scripts' digits (issue 17): a text written with them is read as the same
// text in ASCII, span for span (fold-width.ts). Before, a Japanese phone written in full-width digits, an
// Arabic one in Arabic-Indic digits and a full-width e-mail address were not found at all.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { foldWidth } from '../../../../checks/pii/detectors/fold-width.js';
import { chars, int, pick, rng } from '../../../helpers/personal-data.js';

const FULL = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const digitsIn = (zero: number) => (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
const SCRIPTS = { 'full-width': FULL, 'full-width digits': digitsIn(0xff10), 'arabic-indic': digitsIn(0x0660), persian: digitsIn(0x06f0), devanagari: digitsIn(0x0966), thai: digitsIn(0x0e50) };
const spans = (text: string) => detectPii(text).map((m) => `${m.type}@${m.start}-${m.end}`);

/** Sentences with personal values and numbers that are none, written in ASCII (values built at run time). */
function sentences(seed: number): string[] {
  const r = rng(seed);
  const d = (n: number) => chars(r, '0123456789', n);
  return [
    `電話：090-${d(4)}-${d(4)}、注文番号 ${d(10)}`,
    `TEL 03-${d(4)}-${d(4)} 受付 ${int(r, 2000, 2030)}年${int(r, 1, 12)}月${int(r, 1, 28)}日`,
    `رقم الهاتف: 05${d(8)} المبلغ ${d(3)},${d(3)} ريال`,
    `هاتف +966 5${d(1)} ${d(3)} ${d(4)} بتاريخ ${int(r, 1, 28)}/${int(r, 1, 12)}/${int(r, 2000, 2030)}`,
    `फ़ोन: 9${d(4)} ${d(5)}, आदेश ${d(8)}`,
    `mail ${pick(r, ['taro', 'hanako', 'yuki'])}${d(2)}@example.jp, 価格 ${d(1)},${d(3)}円`,
    `version ${int(r, 1, 20)}.${int(r, 0, 9)}.${int(r, 0, 99)}.${int(r, 0, 999)} on 10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
  ];
}

describe('full-width forms and other scripts’ digits', () => {
  it('are read as the same text in ASCII, span for span', () => {
    let found = 0;
    for (let seed = 1; seed <= 20; seed++)
      for (const ascii of sentences(seed)) {
        const want = spans(ascii);
        found += want.length;
        for (const [script, write] of Object.entries(SCRIPTS)) expect(spans(write(ascii)), `${script}`).toEqual(want);
      }
    expect(found).toBeGreaterThan(100);
  });

  it('fold one code unit into one: the same length, the rest untouched', () => {
    const text = `電話：${FULL('090-1234')} ${digitsIn(0x0660)('0501')} abc`;
    const folded = foldWidth(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('電話:090-1234 0501 abc');
    expect(foldWidth('plain ascii')).toBe('plain ascii');
  });
});
