// Passwords of any shape where a credential file or a record says a password stands: netrc(5) entries
// (`machine host login user password P`, over one line or several, `default` entries), a key whose last
// word is a password's or a secret's (`.pypirc`/ini `password = P`, git's credential helper protocol
// `password=P`, `DB_PASSWORD=P`, YAML `password: P`, JSON `"sftp_password": "P"`, `"userPassword"`,
// `"as2Password"`, `"clientSecret"`). The generic secret rule (src/detect) wants 16 characters of high
// entropy after such a key; people's passwords are shorter. A value needs a password's look (a digit,
// a symbol or a capital after its first letter) and is no placeholder (`${TOKEN}`, `****`, `changeme` …).
import { isPlaceholder } from '../../../src/detect/secrets/placeholder.js';
import { NEED, type PiiDetector } from './types.js';

const base = { type: 'password', category: 'credentials', sensitivity: 'high', label: '[SECRET]', score: 0.8 } as const;

/** Values that are flags or empty words, not passwords. */
const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|null|none|required|optional|set|unset)$/i;

/** Whether `v` (no blank in it) looks like a password: 6–128 characters, a digit, a symbol or a capital after the first; no placeholder, URL or path. */
export function passwordLike(v: string): boolean {
  if (v.length < 6 || v.length > 128 || NOT_A_VALUE.test(v) || isPlaceholder(v)) return false;
  if (v.includes('://') || v.charCodeAt(0) === 47 /* / */) return false;
  if (/^(.)\1*$/.test(v)) return false;
  return /[\d\W_]/.test(v) || /[A-Z]/.test(v.slice(1));
}

/** The words of a password's key: lower case, capitalised (camelCase's last word) and upper case. */
const WORDS = ['password', 'passwd', 'pwd', 'passphrase', 'secret'];
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const ANY_CASE = [...WORDS, ...WORDS.map(cap), ...WORDS.map((w) => w.toUpperCase())].join('|');

/**
 * A key whose last word names a password or secret: the word alone (`password`, `_password` of .npmrc),
 * after a separator (`sftp_password`, `DB_PASSWORD`, `spring.datasource.password`), or after a camelCase
 * hump (`userPassword`, `clientSecret`, `PGPASSWORD`); then its quote, the assignment, the value's quote.
 * Group 1: the value, up to a blank, a quote or a backslash (an escaped quote).
 */
const KEYED = new RegExp(
  `(?:(?<![A-Za-z0-9])_?(?:${ANY_CASE})|(?<=[A-Za-z0-9][_.-])(?:${ANY_CASE})|(?<=[a-z0-9])(?:${WORDS.map(cap).join('|')})|(?<=[A-Z])(?:${WORDS.map((w) => w.toUpperCase()).join('|')}))` +
    `(?:\\\\?["'])?[ \\t]*(?::=|=>|:|=)[ \\t]*(\\\\?["'])?([^\\s"'\\\\]{1,200})`,
  'g',
);

/** Punctuation that ends an unquoted value in a record (`password=P,`, `{password: P}`). */
const TRAILING = /[,;)\]}]+$/;

/** Spans of the values after a password's key (see KEYED). */
function keyedValues(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(KEYED)) {
    let v = m[2]!;
    if (m[1] === undefined) v = v.replace(TRAILING, '');
    const start = m.index + m[0].length - m[2]!.length;
    if (passwordLike(v)) out.push({ start, end: start + v.length });
  }
  return out;
}

export const keyedPassword: PiiDetector = {
  ...base,
  needs: NEED.sep | NEED.alpha,
  prefilter: ['assw', 'ASSW', 'wd', 'WD', 'ecret', 'ECRET', 'assphrase', 'ASSPHRASE'],
  scan: keyedValues,
};

/** netrc's `password` token and its value (tokens are separated by blanks or line breaks). */
const NETRC_PASSWORD = /(?<!\S)password[ \t\r\n]+(\S{1,200})/g;
/** An entry's head before its password: `machine NAME` or `default`, then `login NAME` (any order of tokens). */
const NETRC_ENTRY = /(?<!\S)(?:machine[ \t\r\n]+\S+|default)(?!\S)/;
const NETRC_LOGIN = /(?<!\S)login[ \t\r\n]+\S+/;

/** Spans of netrc passwords: the `password` token of an entry that names a machine (or is `default`) and a login. */
function netrcValues(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(NETRC_PASSWORD)) {
    const head = text.slice(Math.max(0, m.index - 300), m.index);
    // The entry this token belongs to: from its last `machine`/`default` on.
    const entry = head.slice(Math.max(head.lastIndexOf('machine'), head.lastIndexOf('default')));
    if (!NETRC_ENTRY.test(entry) || !NETRC_LOGIN.test(entry) || !passwordLike(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
  return out;
}

/**
 * A text without a digit runs none of the detectors (words alone are no personal data a pattern finds):
 * so a netrc entry whose text holds no digit (hosts and a password without one) is not read.
 */
export const netrcPassword: PiiDetector = {
  ...base,
  needs: NEED.alpha | NEED.digit,
  prefilter: ['password'],
  scan: netrcValues,
};
