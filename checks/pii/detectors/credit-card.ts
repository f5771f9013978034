// Payment card numbers: 12–19 digits (optionally grouped by spaces or dashes), Luhn checksum, and a
// known issuer range (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay, Mir, RuPay).
import { NEED, type PiiDetector } from './types.js';

export function luhn(digits: string): boolean {
  let sum = 0;
  let alt = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (alt) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    alt = !alt;
  }
  return sum % 10 === 0;
}

/** Issuer of a card number by its IIN prefix and length, or undefined. */
export function cardIssuer(d: string): string | undefined {
  const n = d.length;
  // Leading digits as numbers (`d` holds 12 or more digits; shorter or other text: Number's answer).
  let p2: number, p3: number, p4: number, p6: number;
  if (n >= 6 && /^\d{6}/.test(d)) {
    const c = (i: number): number => d.charCodeAt(i) - 48;
    p2 = c(0) * 10 + c(1);
    p3 = p2 * 10 + c(2);
    p4 = p3 * 10 + c(3);
    p6 = (p4 * 10 + c(4)) * 10 + c(5);
  } else {
    p2 = Number(d.slice(0, 2));
    p3 = Number(d.slice(0, 3));
    p4 = Number(d.slice(0, 4));
    p6 = Number(d.slice(0, 6));
  }
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  // JCB's assigned range is 3528–3589; test generators (Faker) use all of 35xx, and Luhn still applies.
  if (p2 === 35 && n >= 16 && n <= 19) return 'jcb';
  if ((p4 === 2131 || p4 === 1800) && n === 15) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p3 === 309 || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if (p4 >= 2200 && p4 <= 2204 && n === 16) return 'mir';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69) || p4 === 604) && n >= 12 && n <= 19) return 'maestro'; // 0604: legacy Maestro IIN
  if ((p2 === 60 || p2 === 65 || p2 === 81 || p2 === 82 || p3 === 508 || p3 === 353 || p3 === 356) && n === 16) return 'rupay';
  return undefined;
}

const ALL_DIGITS = /^\d+$/;

export const creditCard: PiiDetector = {
  type: 'credit-card',
  category: 'financial',
  sensitivity: 'high',
  label: '[CREDIT_CARD]',
  needs: NEED.digit,
  minDigits: 12,
  pattern: /(?<![\dA-Za-z\-.])\d(?:[ -]?\d){11,18}(?!\d|-\d|\.\d)/g,
  score: 0.8,
  validate(v) {
    // The pattern admits digits and single spaces or dashes: without separators `v` is the digits.
    let d = v;
    if (!ALL_DIGITS.test(v)) {
      if (/ {2}|-{2}|- | -/.test(v)) return false;
      d = v.replace(/\D/g, '');
    }
    if (/^(\d)\1+$/.test(d)) return false;
    return luhn(d) && cardIssuer(d) !== undefined;
  },
  context: ['card', 'credit', 'visa', 'mastercard', 'amex', 'cc', 'payment', 'debit'],
  contextScore: 1,
};
