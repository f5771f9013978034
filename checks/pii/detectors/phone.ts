// Phone numbers: a permissive candidate pattern, then libphonenumber-js (full metadata) decides:
// international (+…) numbers must be valid; national ones valid in one of the regions tried.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { NEED, type PiiDetector } from './types.js';

/** Regions tried for numbers written without a country code, most common first (Presidio uses US, UK, DE, FR, IL, IN, CA, BR). */
export const PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'SE', 'DK', 'NO', 'FI', 'PL', 'CZ', 'HU', 'IE', 'PT', 'AU', 'NZ', 'CA', 'IN', 'BR', 'IL', 'IS', 'SI', 'HR', 'JP', 'CN'];

/**
 * 'valid' (a real number plan in some region), 'possible' (international form of a possible length,
 * e.g. the UK's reserved drama numbers), or false.
 */
export function validPhone(candidate: string, regions: readonly CountryCode[] = PHONE_REGIONS): 'valid' | 'possible' | false {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 18) return false;
  // E.164 allows 15 digits with the country code; national forms stay within 12 (extension aside).
  if (!/^(?:\+|00|011)/.test(candidate) && candidate.replace(/\s?(?:x|ext\.?|#)\s?\d{1,6}$/i, '').replace(/\D/g, '').length > 12) return false;
  // Drop an extension and the "(0)" trunk prefix written after a country code: +41 (0)96 …
  const text = candidate.replace(/\s?(?:x|ext\.?|#)\s?\d{1,6}$/i, '').replace(/^(\+\d{1,3})[ ]?\(0\)[ ]?/, '$1 ');
  // North American numbers (the most common in data) by the NANP rules, without the costly parse:
  // area and exchange codes start with 2–9 and are not N11; 555-01xx is reserved for fiction but valid.
  const nanp = /^(?:\+?1[ .-]?)?\(?([2-9]\d\d)\)?[ .-]?([2-9]\d\d)[ .-]?\d{4}$/.exec(text);
  if (nanp && !/^\d11$/.test(nanp[1]!) && !/^\d11$/.test(nanp[2]!) && !/^(?:37|96)\d$/.test(nanp[1]!)) return 'valid';
  if (text.startsWith('+') || text.startsWith('00') || text.startsWith('011')) {
    const intl = text.startsWith('+') ? text : text.replace(/^(?:00|011)/, '+');
    const n = parsePhoneNumberFromString(intl);
    return n?.isValid() ? 'valid' : n?.isPossible() ? 'possible' : false;
  }
  for (const r of regions) if (parsePhoneNumberFromString(text, r)?.isValid()) return 'valid';
  return false;
}

/** Shapes that a regional number plan may accept but that are something else in running text. */
const NOT_A_PHONE = [
  /^\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2})?$/, // a date (and the hour of a timestamp)
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // an IPv4 address
  /^\d{4,5}-\d{3}$/, // a Brazilian CEP or Portuguese postal code
  /^\d{4}-\d{2}-\d{4}$/, // licence-style 4-2-4 groups
  /^\d{3}-\d{2}-\d{4}$/, // a US SSN shape
];

export const phone: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit,
  // Digits with spaces, dots, dashes and brackets; an optional extension. No newlines inside.
  pattern: /(?<![\w+.\-/:])(?:\+|\(\+?)?\d[\d ().-]{5,24}\d(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w/:]|\.\d|-\d)/g,
  score: 0.6,
  validate(v, text, _start, end) {
    if (NOT_A_PHONE.some((r) => r.test(v))) return false;
    if ((v.match(/\(/g)?.length ?? 0) !== (v.match(/\)/g)?.length ?? 0)) return false; // unbalanced brackets
    // "17151 2450 Crown St": a house number and a street number, not a phone.
    if (/^\d+ \d+$/.test(v) && /^[ \t]+\p{L}/u.test(text.slice(end, end + 3))) return false;
    // Written numbers group digits in twos to fours; several lone digits are a list, not a number
    // (and this keeps long runs like "1 1 1 1 …" from reaching the costly region-by-region parse).
    const groups = v.replace(/^\+\d{1,3}[ ]|\(0\)|\s?(?:x|ext\.?)\s?\d{1,6}$/gi, ' ').split(/[^\d]+/).filter((g) => g.length > 0);
    if (groups.filter((g) => g.length === 1).length > 1 || groups.length > 6) return false;
    const ok = validPhone(v);
    if (!ok) return false;
    if (ok === 'possible') return 0.55;
    // A bare run of 7–8 digits is as likely an account or licence number: it needs a context word.
    return /^\d{7,8}$/.test(v) ? 0.4 : 0.6;
  },
  context: ['phone', 'tel', 'mobile', 'cell', 'call', 'fax', 'contact', 'whatsapp', 'sms', 'dial'],
  contextScore: 0.85,
};
