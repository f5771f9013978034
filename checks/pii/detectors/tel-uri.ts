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

/** What both detectors here find: a phone number, as the phone detector reports it. */
const PHONE_KIND = { type: 'phone', category: 'personal', sensitivity: 'moderate', label: '[PHONE]', score: 0.85 } as const;

export const telUri: PiiDetector = {
  ...PHONE_KIND,
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
};

/**
 * SIP and SIPS URIs whose user part is a telephone number (RFC 3261 §19.1.1 and §19.1.6:
 * `sip:+1-212-555-1212:1234@gateway.com;user=phone`, `<sips:0049301234567@pbx.example.com>`): the user
 * part is the number (a PHONE); the host names a server. Seven or more digits with an optional "+" and
 * RFC 3966's visual separators, then the password (`:…`) or user parameters (`;isub=…`) if any, then "@".
 * A name user part (`sip:alice@atlanta.example.com`) is left to the address detector.
 */
const SIP_NUMBER = /(?<![\p{L}\p{N}+.-])sips?:(\+?[\d().-]{6,31}\d)(?=(?:[:;][^@\s<>"]{0,64})?@)/giu;

/** The text before `start` ends with a SIP URI's scheme (`sip:`, `sips:`), or with its number user part and ":" (a password follows). */
const SIP_HEAD = /(?<![\p{L}\p{N}])sips?:(?:\+?[\d().-]{6,31}\d:)?$/iu;
export function afterSipScheme(text: string, start: number): boolean {
  return SIP_HEAD.test(text.slice(Math.max(0, start - 40), start));
}

export const sipNumber: PiiDetector = {
  ...PHONE_KIND,
  needs: NEED.digit | NEED.sep | NEED.at,
  minDigits: 7,
  prefilter: ['sip', 'SIP'],
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    for (const m of text.matchAll(SIP_NUMBER)) {
      if (m[1]!.replace(/\D/g, '').length < 7) continue;
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length });
    }
    return out;
  },
};
