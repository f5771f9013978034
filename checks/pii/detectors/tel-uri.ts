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

/** The number user parts of the SIP URIs in the text (see SIP_NUMBER). */
function sipNumbers(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(SIP_NUMBER)) {
    if (m[1]!.replace(/\D/g, '').length < 7) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
}

/** The local numbers of the `tel:` URIs in the text (see LOCAL_TEL). */
function localTels(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(LOCAL_TEL)) {
    // At least one digit: `tel:*#;phone-context=…` is a service code's shape, no number.
    if (!/\d/.test(m[1]!)) continue;
    const start = m.index + 4;
    out.push({ start, end: m[3] === undefined ? start + m[1]!.length : m.index + m[0].length });
  }
}

/** Telephone numbers in URIs the phone detector cannot read: `tel:` local numbers and SIP number user parts (one detector: one pass over each text's prefilter). */
export const telUri: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit | NEED.sep | NEED.alpha,
  prefilter: ['phone-context=', 'sip:', 'sips:', 'SIP:', 'SIPS:'],
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    if (text.includes('phone-context=')) localTels(text, out);
    if (text.includes('@')) sipNumbers(text, out);
    return out;
  },
  score: 0.85,
};
