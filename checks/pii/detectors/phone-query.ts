// A phone number in a URL's query string (`/users/lookup?phone=+254712345678 200 PASS`): the query
// key names it and the "+" (or its `%2B`) is a phone's shape. The phone pattern reads the number with
// the log's next field (` 200`), which no plan accepts; this reader stops at the value's end. Only
// texts holding `=+` or `=%2B` run it.
import { validPhone } from './phone.js';
import { NEED, type PiiDetector } from './types.js';

/** A query key naming a phone (`phone`, `mobile_number`, `msisdn`, `tel`), then `=`, then the "+" number (group 2). */
const QUERY_PHONE = /[?&;]([A-Za-z_.-]{0,24})=((?:\+|%2[Bb])\d{7,15})(?![\w%.])/g;
const PHONE_KEY = /phone|mobil|msisdn|whatsapp|(?:^|[^a-z])(?:tel|cell|sms|fax)(?:$|[^a-z])/i;

export const queryPhone: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit,
  minDigits: 7,
  pattern: QUERY_PHONE,
  group: 2,
  prefilter: ['=+', '=%2B', '=%2b'],
  score: 0.85,
  validate(v, text, start) {
    const key = /([A-Za-z_.-]{0,24})=$/.exec(text.slice(Math.max(0, start - 26), start))?.[1] ?? '';
    if (!PHONE_KEY.test(key)) return false;
    return validPhone(v.charCodeAt(0) === 37 ? '+' + v.slice(3) : v) === 'valid';
  },
};
