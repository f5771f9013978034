// Local numbers in `tel:` URIs (RFC 3966 §5.1.5): a number without its country code is written with a
// `phone-context` parameter, `tel:863-1234;phone-context=+1-914-555` or `tel:7042;phone-context=example.com`.
// Its digits are a phone number (or a private extension) whatever their count, which no national plan
// would accept alone; the phone detector finds global numbers (`tel:+1-201-555-0123;ext=1234`).
import { NEED, type PiiDetector } from './types.js';

/**
 * `tel:`, the local number (digits, `*`, `#`, hex digits and visual separators `-.()`, RFC 3966's
 * local-number-digits), optional `;ext=` / `;isub=` and other parameters, then `;phone-context=` and its
 * descriptor: a global number prefix (`+1-914-555`, masked with the number: it is the number's head) or
 * a domain (left as it is). Bounded repetitions keep it linear.
 */
const LOCAL_TEL = /(?<![\p{L}\p{N}])tel:([0-9A-Fa-f*#().-]{1,32})((?:;(?!phone-context=)[\w.%!~*'-]{1,32}(?:=[\w.%!~*'+-]{0,64})?){0,4};phone-context=)(\+[\d().-]{1,24}\d)?/giu;

export const telUri: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit | NEED.sep | NEED.alpha,
  prefilter: ['phone-context='],
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    for (const m of text.matchAll(LOCAL_TEL)) {
      // At least one digit: `tel:*#;phone-context=…` is a service code's shape, no number.
      if (!/\d/.test(m[1]!)) continue;
      const start = m.index + 4;
      out.push({ start, end: m[3] === undefined ? start + m[1]!.length : m.index + m[0].length });
    }
    return out;
  },
  score: 0.85,
};
