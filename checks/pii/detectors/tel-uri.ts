// Telephone numbers in URIs (issue 17): a `tel:` URI (RFC 3966) is one phone, masked whole — scheme,
// number and parameters (`tel:+1-201-555-0123;ext=1234`), so that no part of it is left beside the mask.
// Local numbers (§5.1.5) are written with a `phone-context` parameter, `tel:863-1234;phone-context=+1-914-555`
// or `tel:7042;phone-context=example.com`: their digits are a phone number (or a private extension)
// whatever their count, which no national plan would accept alone. A global number (`+…`), or a local one
// without a context, is one with 7 to 15 digits (E.164's most), whether or not a plan the validator knows
// holds it: the scheme says it is a telephone number (`tel:112`, three digits, is a service number).
import { NEED, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * `tel:` (lower case: `TEL:` starts a vCard property, `Tel:` labels a number in a signature), the number
 * (an optional `+`, also written `%2B`; digits, `*`, `#`, hex digits and the visual separators `-.()`, spaces written `%20`,
 * RFC 3966's phone digits; spaces between groups as vCard writers put them, `tel:+43 664 1234567`), then
 * the parameters (`;ext=…`, `;isub=…`, `;phone-context=…`, any other `;name=value`). Bounded
 * repetitions keep it linear.
 */
const TEL_URI = lazyRegExp(String.raw`(?<![\p{L}\p{N}])tel:((?:\+|%2[Bb])?(?:[0-9A-Fa-f*#().-]|%20){1,32}(?:[ \u00a0][0-9().-]{1,12}){0,6})((?:;[\w.%!~*'-]{1,32}(?:=[\w.%!~*'+()-]{0,64})?){0,6})`, 'gu');

/** A parameter list holding `phone-context`. */
const CONTEXT_PARAM = /;phone-context=/i;
/**
 * SIP and SIPS URIs whose user part is a telephone number (RFC 3261 §19.1.1 and §19.1.6:
 * `sip:+1-212-555-1212:1234@gateway.com;user=phone`, `<sips:0049301234567@pbx.example.com>`): the user
 * part is the number (a PHONE); the host names a server. Seven or more digits with an optional "+" and
 * RFC 3966's visual separators, then the password (`:…`) or user parameters (`;isub=…`) if any, then "@".
 * A name user part (`sip:alice@atlanta.example.com`) is left to the address detector.
 */
const SIP_NUMBER = lazyRegExp(String.raw`(?<![\p{L}\p{N}+.-])sips?:(\+?[\d().-]{6,31}\d)(?=(?:[:;][^@\s<>"]{0,64})?@)`, 'giu');

/** The text before `start` ends with a SIP URI's scheme (`sip:`, `sips:`), or with its number user part and ":" (a password follows). */
const SIP_HEAD = lazyRegExp(String.raw`(?<![\p{L}\p{N}])sips?:(?:\+?[\d().-]{6,31}\d:)?$`, 'iu');
export function afterSipScheme(text: string, start: number): boolean {
  return SIP_HEAD().test(text.slice(Math.max(0, start - 40), start));
}

/** The number user parts of the SIP URIs in the text (see SIP_NUMBER). */
function sipNumbers(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(SIP_NUMBER())) {
    if (m[1]!.replace(/\D/g, '').length < 7) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
}

/**
 * The `tel:` URIs in the text (see TEL_URI) that are telephone numbers, each from its scheme to its last
 * parameter: a local number with a `phone-context` (at least one digit: `tel:*#;phone-context=…` is a
 * service code's shape), else a number of 7 to 15 digits. Spaces are RFC 3966's only when the number
 * before the first one is no phone: `tel:+4930123456 2 times` ends before " 2".
 */
function telUris(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(TEL_URI())) {
    const number = m[1]!;
    const params = m[2]!;
    const start = m.index;
    if (CONTEXT_PARAM.test(params)) {
      if (/\d/.test(number)) out.push({ start, end: start + uriLength(m[0]) });
      continue;
    }
    const space = number.search(/[ \u00a0]/);
    if (space !== -1 && telNumber(number.slice(0, space))) {
      // The number ends at its first space; parameters can only follow the number.
      out.push({ start, end: start + uriLength(m[0].slice(0, 4 + space)) });
    } else if (telNumber(number)) out.push({ start, end: start + uriLength(m[0]) });
  }
}

/** A telephone number's count of digits, 7 to 15 (a percent-encoded "+" or space, `%2B` `%20`, not counted). */
function telNumber(number: string): boolean {
  const digits = (number.includes('%') ? number.replace(/%2[Bb]|%20/g, '') : number).replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** The length of a matched URI without the sentence's punctuation after it (`tel:+31205550123.`, `(tel:+31205550123)`). */
function uriLength(uri: string): number {
  let n = uri.length;
  for (;;) {
    const c = uri[n - 1];
    if (c === '.' || c === '-' || c === "'" || c === '!' || c === '~' || c === '*') n--;
    else if (c === ')' && uri.slice(0, n).split('(').length < uri.slice(0, n).split(')').length) n--;
    else return n;
  }
}

/** Telephone numbers in URIs: `tel:` URIs whole and SIP number user parts (one detector: one pass over each text's prefilter). */
export const telUri: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit | NEED.sep | NEED.alpha,
  prefilter: ['tel:', 'sip:', 'sips:', 'SIP:', 'SIPS:'],
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    if (text.includes('tel:')) telUris(text, out);
    if (text.includes('@')) sipNumbers(text, out);
    return out;
  },
  score: 0.85,
};
