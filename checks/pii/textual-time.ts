// Timestamps written in words and other standard textual forms, read as a whole value (issue 17):
// RFC 5322 §3.3 ("Mon, 6 Dec 2026 10:02:11 +0100 (CET)"), RFC 9110 §5.6.7 IMF-fixdate, rfc850-date
// and asctime-date, RFC 3164 syslog ("Dec  6 10:02:11"), the default toString of Java's Date, Go's
// layouts and JavaScript's Date ("Sun Dec 06 2026 10:02:11 GMT+0000 (Coordinated Universal Time)"), the
// locale forms of CLDR ("6. Dezember 2026 um 10:02", "6 de dic. de 2026", "12/6/26, 10:02 AM",
// "2026年12月6日", "2026. 12. 6. AM 10:02"), and ISO 8601 week, ordinal and basic forms
// ("2026-W49-7", "2026-340", "20261206T100211Z"). shapes.ts counts them as timestamps.
import { calendarWord, MONTH } from './detectors/calendar-words.js';
import { lazyRegExp } from './lazy-regexp.js';

/** ISO 8601 week dates, ordinal dates (day 001–366, with a dash or a time) and basic date-times. */
const ISO_FORMS =
  /^\d{4}-?W(?:0[1-9]|[1-4]\d|5[0-3])(?:-?[1-7])?(?:T[\d:.,]{2,18}(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$|^\d{4}(?:-(?:[0-2]\d\d|3[0-5]\d|36[0-6])|(?:[0-2]\d\d|3[0-5]\d|36[0-6])(?=T))(?:T\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$|^\d{8}T\d{4}(?:\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
/** A CJK date ("2026年12月6日", "2026년 12월 6일"), then at most a weekday, a morning/afternoon mark and a time. */
const CJK_DATE = lazyRegExp(String.raw`^\d{2,4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일](?:[\s\d:.()（）\p{Script=Han}\p{Script=Hangul}]|AM|PM){0,24}$`, 'u');
/** A time of day: hours and minutes, seconds and a fraction, with ":" (or "." in Danish and Finnish). */
const TIME = /^\d{1,2}([:.])\d{2}(?:\1\d{2}(?:[.,]\d{1,9})?)?$/;
/** A numeric date: day, month and year in some order ("06.12.2026", "12/6/26", "2026/12/06", Korean "2026. 12. 6."). */
const NUMERIC_DATE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}\.?$/;
/** A day or a year: up to four digits (and an ordinal's mark: "6.", "1er", "6th"). */
const NUMBER = /^\d{1,4}(?:\.|er|st|nd|rd|th)?$/;
/** A zone, in capitals as written: a name (UTC, GMT, CET, PDT …), an offset (+0100, -07:00, GMT+0000). */
const ZONE = /^(?:Z|UTC?|GMT|[A-Z]{2,4}T|MSK|(?:GMT|UTC)?[+\-−]\d{1,2}(?::?\d{2})?)$/;
/**
 * The words a locale writes between the date and the time, and the halves of the day (in Korean,
 * Japanese and Chinese too: newer CLDR writes "2026. 12. 6. 오후 3:41" where older wrote "PM").
 */
const CJK_HALF_DAYS = ['오전', '오후', '午前', '午後', '上午', '下午'];
const FILLERS = new Set(['at', 'um', 'à', 'a', 'las', 'de', 'del', 'di', 'alle', 'ore', 'às', 'om', 'o', 'le', 'el', 'the', 'of', 'y', 'den', 'kl', 'klo', 'v', 'uhr', 'am', 'pm', 'a.m', 'p.m', ...CJK_HALF_DAYS]);

const HALF_DAY_GLUED = new RegExp(`(${CJK_HALF_DAYS.join('|')})(?=\\d)`, 'gu');

/** Whether a trimmed value (40–80 characters at most: see valueShape) is one timestamp in a textual form. */
export function isTextualTimestamp(v: string): boolean {
  if (!firstWordFits(v)) return false;
  if (ISO_FORMS.test(v) || CJK_DATE().test(v)) return true;
  // After the patterns: the time of an ISO week form may hold a word the loop refuses ("…T17,.Z").
  return !wordMisfits(v) && tokensFormTimestamp(v);
}

/**
 * isTextualTimestamp without its second quick test (wordMisfits), which must not change an answer: the
 * reference of its property test (textual-time-quick.test.ts).
 */
export function textualTimestampUnhurried(v: string): boolean {
  return firstWordFits(v) && (ISO_FORMS.test(v) || CJK_DATE().test(v) || tokensFormTimestamp(v));
}

/** The tokens of a value are a timestamp's: numbers, a month or weekday name, zones, fillers. */
function tokensFormTimestamp(v: string): boolean {
  // A comment after the zone: "(CET)", "(Coordinated Universal Time)".
  // A half of the day glued to the time ("下午03:41", "午後3:41") stands apart from it.
  const text = v.replace(/\s*\([\p{L} ]{1,40}\)$/u, '').replace(HALF_DAY_GLUED, '$1 ');
  const tokens = text.split(/[\s,]+|(?<=\p{L})-(?=\d)|(?<=\d)-(?=\p{L})/u);
  // One token: a year-first numeric date ("2026/12/06"; day-first ones are dates to classify.ts already).
  if (tokens.length === 1) return NUMERIC_DATE.test(text) && /^\d{4}/.test(text);
  if (tokens.length > 12) return false;
  let month = false;
  let numbers = 0;
  let dotted = 0;
  let date = false;
  for (const t of tokens) {
    if (t === '') continue;
    if (NUMBER.test(t)) {
      numbers++;
      if (t.endsWith('.')) dotted++;
    } else if (NUMERIC_DATE.test(t)) date = true;
    else if (!TIME.test(t)) {
      // A month's or a weekday's name, a zone, or a word between the date and the time; nothing else.
      const lower = t.toLowerCase();
      const c = calendarWord(lower);
      if ((c & MONTH) !== 0) month = true;
      else if (c === 0 && !zoneOrFiller(t, lower)) return false;
    }
  }
  // Three numbers with dots after them: a day, a month and a year ("6. 12. 2026", Korean "2026. 12. 6.").
  if (numbers === 3 && dotted >= 2 && !month) date = true;
  // A month name and a day or year; or a numeric date (with a time, a weekday, a zone) and no other number.
  return (month && numbers > 0) || (date && numbers === (dotted >= 2 ? 3 : 0));
}

/**
 * A quick test run before the patterns (the value may be any cell with letters and digits: a street
 * line, an IBAN): its first run of ASCII letters (and hyphens: `segunda-feira`), if any, is ISO's W, T or Z, a month or weekday name,
 * a zone or a word between date and time. A value whose letters are not ASCII is left to the patterns.
 */
function firstWordFits(v: string): boolean {
  let start = -1;
  let end = v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i) | 32;
    const letter = c >= 97 && c <= 122;
    if (v.charCodeAt(i) >= 128) return true;
    if (letter && start === -1) start = i;
    else if (!letter && start !== -1 && !(v.charCodeAt(i) === 45 && ((v.charCodeAt(i + 1) | 32) - 97) >>> 0 < 26)) {
      end = i;
      break;
    }
  }
  if (start === -1 || end - start === 1) return true;
  const w = v.slice(start, end);
  return calendarWord(w) !== 0 || ZONE.test(w) || FILLERS.has(w.toLowerCase());
}

/**
 * A second quick test, for sentences that start with a filler word ("The …", "El …", "Am …"): a word
 * without digits, between blanks or commas, that is no month or weekday name, zone or filler, on which
 * the loop of isTextualTimestamp returns false (a word without digits is no number, date or time, and
 * the tokeniser's splits at a hyphen need a digit beside it). Read only up to a "(", a non-breaking space or a
 * character past Cyrillic (the replacements before the tokeniser change what follows a comment's "(" or a
 * CJK half of the day; \s holds other blanks), so the words read here are the tokeniser's words.
 */
function wordMisfits(v: string): boolean {
  let start = 0;
  let digit = false;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 32;
    if (c === 32 || c === 44 || (c >= 9 && c <= 13)) {
      if (!digit && i > start && !wordFits(v.slice(start, i))) return true;
      start = i + 1;
      digit = false;
    } else if (c === 40 || c === 0xa0 || c >= 0x500) return false;
    else if (c >= 48 && c <= 57) digit = true;
  }
  return false;
}

/** A word without digits the loop of isTextualTimestamp lets through (a month or weekday name, a zone, a filler). */
function wordFits(t: string): boolean {
  const lower = t.toLowerCase();
  return calendarWord(lower) !== 0 || zoneOrFiller(t, lower);
}

/** A token (and its lower case) that is a zone or a word between date and time (a final dot ignored). */
function zoneOrFiller(t: string, lower: string): boolean {
  return ZONE.test(t) || FILLERS.has(lower.replace(/\.$/, ''));
}
