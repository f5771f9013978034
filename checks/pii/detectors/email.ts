// Email addresses: RFC 5322 dot-atom and quoted local parts, with the Unicode letters and digits of
// RFC 6531 (internationalised local parts) and IDNA domains (Unicode or xn-- labels). A match covers
// the whole address: a local part is never cut at its first non-ASCII letter.
import { afterSipScheme } from './tel-uri.js';
import { NEED, recordFeatures, unitBits, unitsOf, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** Character classes of the pattern, by ASCII code: LOCAL may be in the local part, LABEL in a domain label, ALPHA in the top level. */
const LOCAL = 1;
const LABEL = 2;
const ALPHA = 4;
const CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASSES[c] = (/[A-Za-z0-9._%+-]/.test(ch) ? LOCAL : 0) | (/[A-Za-z0-9-]/.test(ch) ? LABEL : 0) | (/[A-Za-z]/.test(ch) ? ALPHA : 0);
}

/** The UNIT bits of "@" (wholeEmail finds it by indexOf). */
const AT_UNITS = unitsOf('@');

/**
 * The score of a text that is one address in the pattern's own terms, else undefined: a local part
 * of 1–64 characters neither starting nor ending with a dot (no ".."), "@", one to eight labels of
 * 1–63 characters not starting or ending with "-", each followed by a dot, and a top level of 2–24
 * letters. The pattern's greedy match from 0 then ends at the text's end.
 */
function wholeEmail(text: string): number | undefined {
  const n = text.length;
  const at = text.indexOf('@');
  if (at < 1 || at > 64) return undefined;
  let prev = 46; // as if after a dot: the first character may not be one
  // The value's features, gathered on the way (recordFeatures): every code unit is read here.
  let units = AT_UNITS;
  let digits = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (CLASSES[c]! & LOCAL) === 0 || (c === 46 && prev === 46)) return undefined;
    const u = unitBits(c);
    units |= u;
    digits += u & NEED.digit;
    prev = c;
  }
  if (prev === 46) return undefined;
  let labels = 0;
  let start = at + 1;
  for (let i = start; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 46;
    const u = unitBits(c); // the dot after the end: a valid address has one before it (labels ≥ 1)
    units |= u;
    if (c !== 46) {
      if (c >= 128 || (CLASSES[c]! & LABEL) === 0) return undefined;
      digits += u & NEED.digit;
      continue;
    }
    const len = i - start;
    if (len < 1 || len > 63 || text.charCodeAt(start) === 45 || text.charCodeAt(i - 1) === 45) return undefined;
    if (i === n) {
      // The top level: 2–24 letters, after one to eight labels.
      if (labels < 1 || labels > 8 || len < 2 || len > 24) return undefined;
      for (let k = start; k < n; k++) if ((CLASSES[text.charCodeAt(k)]! & ALPHA) === 0) return undefined;
      // A file name's extension: the validator rejects it (left to the pattern, which agrees).
      if (len <= 4 && FILE_EXTENSION_TOP.has(lowerKey(text, start))) return undefined;
      recordFeatures(text, units, digits);
      return 0.9;
    }
    labels++;
    start = i + 1;
  }
  return undefined;
}

/**
 * The top level's letters (two to four ASCII letters: wholeEmail checked them) in lower case, packed
 * into a number: the key of FILE_EXTENSION_TOP, made without a string per value (a column of addresses
 * asks it of each).
 */
function lowerKey(text: string, start: number): number {
  let key = 0;
  for (let k = start; k < text.length; k++) key = key * 128 + (text.charCodeAt(k) | 32);
  return key;
}

/** A number user part (digits, "+", visual separators) right after `sip:` / `sips:`: a phone at a SIP host. */
function sipNumberAddress(v: string, text: string, start: number): boolean {
  return start >= 4 && /^\+?[\d().-]+@/.test(v) && afterSipScheme(text, start);
}

/** Top levels that are file extensions in practice (an asset name "logo@2x.png" has the address shape). */
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|css|js|json|pdf|txt|csv|html?)$/i;
/** FILE_EXTENSION's extensions as wholeEmail reads a top level (lowerKey); all have two to four letters. */
const FILE_EXTENSION_TOP: ReadonlySet<number> = new Set(
  ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'css', 'js', 'json', 'pdf', 'txt', 'csv', 'htm', 'html'].map((x) => lowerKey(x, 0)),
);

/**
 * Ends a URL's userinfo when read backwards: white space, "@", quotes, brackets, "?"; a "#" only before
 * the user name's ":" (a password pasted unencoded holds one: `https://anna:pa#ss@github.com`).
 */
const NOT_USERINFO = /[\s@"'<>?]/;
/** A URL's scheme and the slashes after it, maybe JSON-escaped (`scheme://`, `scheme:\/\/`). */
const SCHEME_BEFORE = /[A-Za-z][A-Za-z0-9+.-]{1,20}:(?:\\?\/){2}$/;

/**
 * Whether the match at `start` is inside the userinfo of a URL (`postgres://app:pw@db.internal`,
 * `postgres://app@db.internal`): a user name or password and the host, not an address (url-credentials
 * finds the password). Reads back over the userinfo to the slashes after the scheme.
 */
function inUrlUserinfo(text: string, start: number): boolean {
  const lo = Math.max(0, start - 400);
  let i = start;
  let hash = -1;
  while (i > lo && text.charCodeAt(i - 1) !== 47 /* / */) {
    if (NOT_USERINFO.test(text[i - 1]!)) return false;
    if (text.charCodeAt(i - 1) === 35 /* # */) hash = i - 1;
    i--;
  }
  if (hash !== -1 && !text.slice(i, hash).includes(':')) return false;
  return i > lo && SCHEME_BEFORE.test(text.slice(Math.max(0, i - 26), i));
}

/** What every e-mail detector shares: its type and label, score and context words. */
const AN_ADDRESS = {
  type: 'email',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[EMAIL]',
  score: 0.9,
  context: ['email', 'e-mail', 'mail', 'contact'],
  contextScore: 1,
} as const satisfies Partial<PiiDetector>;

export const email: PiiDetector = {
  ...AN_ADDRESS,
  needs: NEED.at | NEED.dot | NEED.alpha,
  pattern:
    /(?<![\p{L}\p{M}\p{N}._%+-])(?:[\p{L}\p{M}\p{N}_%+-](?:[\p{L}\p{M}\p{N}._%+-]{0,62}[\p{L}\p{M}\p{N}_%+-])?|"(?:[^"\\\r\n]|\\[\x20-\x7e]){1,62}")@(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.){1,8}(?:\p{L}[\p{L}\p{M}]{1,23}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{M}\p{N}-])/gu,
  prefilter: ['@'],
  // The local part before "@" is 1–64 characters.
  anchor: { literal: '@', within: 64 },
  // No ".." in a dot-atom local part nor in the domain (a quoted local part may hold one); not a
  // file name ("icon@2x.png", "photo@large.jpg"). Nor a message id (`Message-ID: <…@…>`): see message-id.ts.
  // Nor a SIP URI's telephone number and host (`sip:+4930123456789@pbx.example.com`: tel-uri.ts), nor the
  // password and host of a URL's userinfo (`postgres://app:pw@db.internal`): url-credentials.
  validate: (v, text, start) =>
    !(v.charCodeAt(0) === 34 ? v.slice(v.lastIndexOf('"')) : v).includes('..') && !FILE_EXTENSION.test(v) && !sipNumberAddress(v, text, start) && !inUrlUserinfo(text, start),
  recognise: wholeEmail,
};

/** The address pattern over a whole text (a decoded candidate of the encoded forms below). */
const WHOLE_ADDRESS = lazyRegExp(`^(?:${email.pattern!.source})$`, 'u');

/** Whether a decoded candidate is one address, as the address detector reads one (not a file name). */
function isOneAddress(decoded: string): boolean {
  return (wholeEmail(decoded) !== undefined || WHOLE_ADDRESS().test(decoded)) && !FILE_EXTENSION.test(decoded);
}

/** The candidate decoded (RFC 3986 percent-encoding, `+` left as it is), else undefined when malformed. */
function percentDecoded(v: string): string | undefined {
  try {
    return decodeURIComponent(v);
  } catch {
    return undefined;
  }
}

/**
 * An address percent-encoded in a URL's query or a form body (`?email=ana%40example.org`,
 * `mailto:ana%40…`, `%2B` for a plus address): access logs, tracking links and analytics exports write
 * them so. The candidate is a local part of unreserved characters and `%XX` escapes, `%40`, and a domain;
 * it counts when it decodes to one address. Double encoding (`%2540`) is not read.
 */
export const percentEncodedEmail: PiiDetector = {
  ...AN_ADDRESS,
  needs: NEED.digit | NEED.dot | NEED.alpha,
  pattern: /(?<![A-Za-z0-9._~+-]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9._~+-]|%(?!40)[0-9A-Fa-f]{2}){1,64}%40(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
  prefilter: ['%40'],
  validate(v) {
    const decoded = percentDecoded(v);
    return decoded !== undefined && isOneAddress(decoded);
  },
};

/** An at sign written as an HTML character reference (`&#64;`, `&#x40;`, `&commat;`). */
const AT_REFERENCE = /&(?:#64|#[xX]0*40|commat);/;

/**
 * An address whose at sign is an HTML character reference (`ana&#64;example.org`, `&commat;`): web pages
 * write staff and press contacts so against harvesters. It counts when, the reference read, it is one
 * address (the local part and domain as the address pattern reads them).
 */
export const entityEncodedEmail: PiiDetector = {
  ...AN_ADDRESS,
  needs: NEED.alpha | NEED.dot,
  pattern: /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]{1,64}&(?:#64|#[xX]0*40|commat);(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.){1,8}\p{L}[\p{L}\p{M}]{1,23}(?![\p{L}\p{M}\p{N}-])/gu,
  prefilter: ['&#64;', '&#x40;', '&#X40;', '&commat;'],
  validate(v) {
    return isOneAddress(v.replace(AT_REFERENCE, '@'));
  },
};
