// IBAN: country code, two check digits, BBAN; per-country length (ISO 13616 registry) and mod-97 = 1.
import { NEED, type PiiDetector } from './types.js';

export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** mod-97 of the rearranged IBAN, computed piecewise (no BigInt). */
export function ibanValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  const country = s.slice(0, 2);
  if (IBAN_LENGTHS[country] !== s.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const code = moved.charCodeAt(i);
    const v = code >= 65 ? code - 55 : code - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

const HEAD = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[A-Za-z0-9 -])/g;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const iban: PiiDetector = {
  type: 'iban',
  category: 'financial',
  sensitivity: 'high',
  label: '[IBAN]',
  needs: NEED.digit | NEED.alpha,
  // A linear scan: at each "CCdd" start, take exactly the country's IBAN length in characters,
  // compact or printed in groups (single spaces or dashes), and require a word boundary after it.
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    HEAD.lastIndex = 0;
    for (let m = HEAD.exec(text); m !== null; m = HEAD.exec(text)) {
      const want = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
      if (!want) continue;
      let i = m.index + 4;
      let n = 4;
      while (n < want && i < text.length) {
        const c = text.charCodeAt(i);
        if (isAlnum(c)) {
          n++;
          i++;
        } else if ((c === 32 || c === 45) && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1)) && isAlnum(text.charCodeAt(i - 1))) i++;
        else break;
      }
      if (n === want && (i >= text.length || !isAlnum(text.charCodeAt(i)))) {
        out.push({ start: m.index, end: i });
        HEAD.lastIndex = i;
      }
    }
    return out;
  },
  score: 0.9,
  validate: (v) => ibanValid(v),
  context: ['iban', 'bank', 'account', 'transfer', 'swift'],
  contextScore: 1,
};
