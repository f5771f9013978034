// What stands just before a number says what it is: a piece of a longer code ("NL40 5626 0778 …",
// the groups of an IBAN whose checksum failed) or the label of another kind of number ("ISBN:",
// "order no.", "tracking number", "NDC", a frequent-flyer programme). Shared by the digit-run detectors (issue 17).
import { MEASURE_LAST_WORDS, MEASURE_WORDS } from './measure-words.js';
import { keyedTextBefore } from './key-before.js';
import { endsWithBusinessIdLabel } from './business-id-words.js';
import { endsWithOtherLabel } from './other-label.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * A word mixing letters and digits (an IBAN's head "BE12", an id "A7"), then groups of four capitals
 * or digits (an IBAN's bank code "NL08 ABNA 0417 …"), then one space or dash.
 */
const CODE_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]+(?: [\p{Lu}\p{N}]{4})*[ -]$`, 'u');

/** The characters before `start` that these tests read (an element's name as a key: markup.ts). */
function before(text: string, start: number): string {
  return keyedTextBefore(text, start, 32);
}

/** The number at `start` continues a code: the word just before it mixes letters and digits. */
export function continuesCode(text: string, start: number): boolean {
  return start > 0 && CODE_BEFORE().test(before(text, start));
}

/**
 * Labels written by position rather than by a word: the fields after an HTTP request line
 * (`"GET /path HTTP/1.1" 200 1336107`: nginx/Apache combined logs write the status code and the
 * response size there), and a quantity (`2 x 81-2399-7168 Desk lamp`: an article number).
 */
const POSITIONAL_LABEL = lazyRegExp(String.raw`\bHTTP\/\d(?:\.\d)?"?[ \t]+$|(?:^|[^\p{L}\p{N}.,])\d{1,4}[ \t]?[x×][ \t]+$`, 'u');

/**
 * Also by position: the PID and TID columns after the time of an Android logcat `threadtime` line
 * (`12-06 10:15:32.123  1234  5678 I Tag: …`): its date and time (`MM-DD HH:MM:SS.mmm`, from the 14th
 * character before its dot), then the PID column if any.
 */
const LOGCAT_HEAD = /^\d\d-\d\d[ \t]\d\d:\d\d:\d\d\.\d{3}[ \t]+(?:\d{1,7}[ \t]+)?$/;

/** `b` ends with a logcat line's time and perhaps its PID (read from the last dot: one anchored test). */
function logcatIdsBefore(b: string): boolean {
  const dot = b.lastIndexOf('.');
  if (dot < 14 || b.length - dot > 20) return false;
  const c = dot > 14 ? b.charCodeAt(dot - 15) : 32;
  return !(c >= 48 && c <= 57) && LOGCAT_HEAD.test(b.slice(dot - 14));
}

/**
 * The key of a time in a record (`"call_started_at": `, `callEndedAt=`, `dial_time:`, `sent_ts=`), or of
 * a measure (`"call_duration_ms": `, `smsCount=`, `"response_size":`, `bytes=`: measure-words.ts): the
 * number after it is a time (an epoch) or that measure, whatever phone word the key also holds.
 */
const MEASURE_KEY = lazyRegExp(measureKey(), 'u');
function measureKey(): string {
  const last = MEASURE_LAST_WORDS.filter((w) => w.length > 1);
  const camel = last.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const key = `[a-z\\d](?:_(?:${last.join('|')})|${camel.join('|')})|(?:^|[^\\p{L}\\p{N}_])(?:${MEASURE_WORDS.join('|')})`;
  return `(?:${key})["']?[ \\t]*[:=][ \\t]*["']?$`;
}

/**
 * A message's verb before `melding` (Norwegian, Danish: "send (me) a message"): the word names the
 * message the number receives, not a report (Dutch `melding`, a reference word).
 */
const SEND_MESSAGE = lazyRegExp(String.raw`(?:^|[^\p{L}])send(?:[ \t]+(?:meg|mig))?(?:[ \t]+(?:en|ei))?[ \t]+melding\W*$`, 'iu');

/**
 * The number at `start` follows the label of another kind of number. A number written with its "+"
 * (`Send melding: +47 …`, `Order: +44 …` in a signature) is no reference number, ISBN or id: no such
 * number is written with one; a word before it labels the next thing, or names a message.
 */
export function labelledOther(text: string, start: number): boolean {
  if (start === 0) return false;
  const b = before(text, start);
  const plus = text.charCodeAt(start) === 43 || (text.charCodeAt(start) === 40 && text.charCodeAt(start + 1) === 43);
  return (!plus && endsWithOtherLabel(b) && !SEND_MESSAGE().test(b)) || POSITIONAL_LABEL().test(b) || logcatIdsBefore(b) || (keyBefore(b) && MEASURE_KEY().test(b)) || businessIdBefore(text, start);
}

/**
 * The label of a business, tax or bank identifier before the number (business-id-words.ts: `Partita
 * IVA`, `USt-IdNr. DE`, `ABN`, `"supplierVatNumber": `). Not before a "+": no such identifier is
 * written with one, a phone is (`VAT … Tel/P.IVA: +39 …` in a header of several labels).
 */
function businessIdBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 43 || (c === 40 && text.charCodeAt(start + 1) === 43) || c === 37) return false;
  return endsWithBusinessIdLabel(keyedTextBefore(text, start, 48));
}

/** A key's ":" or "=" ends `b`, but for blanks and quotes (the one character MEASURE_KEY cannot do without). */
function keyBefore(b: string): boolean {
  let i = b.length - 1;
  while (i >= 0 && (b.charCodeAt(i) === 32 || b.charCodeAt(i) === 9 || b.charCodeAt(i) === 34 || b.charCodeAt(i) === 39)) i--;
  return i >= 0 && (b.charCodeAt(i) === 58 || b.charCodeAt(i) === 61);
}

/**
 * Another number one space before or after the candidate: the candidate is one of a run of numeric
 * fields (a log record's "0.362 502 302 691 573599", W3C's "201 7 64 12840"), not a number written
 * in groups.
 */
export function besideAnotherNumber(text: string, start: number, end: number): boolean {
  const digit = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  return (start >= 2 && text.charCodeAt(start - 1) === 32 && digit(start - 2)) || (text.charCodeAt(end) === 32 && digit(end + 1));
}

/**
 * Inside the parentheses right after a MAC address: nmap's `MAC Address: 00:1A:2B:3C:4D:5E (Vendor)`
 * names the IEEE OUI registrant there, a company (`Hewlett Packard
 * Enterprise`, `Palo Alto Networks`, `Park Avenue Systems`), not a person or a street.
 */
const MAC_VENDOR_OPEN = /[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5} \([^()\n]*$/;
export function inMacVendorParens(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // An opening parenthesis close before: the cheap test most names and streets of prose fail.
  return before.includes('(') && MAC_VENDOR_OPEN.test(before);
}

/**
 * Right after a library call number's class: a Dewey class with its decimals (`823.914 `) or a
 * Library of Congress class and Cutter (`QA76.73.J38 S59 `): what follows is a Cutter (`Smi`,
 * `Kin`: an author's initial letters) or the edition's year, not a person or a street's number.
 */
const CALL_NUMBER_CLASS_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\p{N}.])(?:\d{3}\.\d{1,6}|[A-Z]{1,3}\d{1,4}(?:\.\d+)?\.[A-Z]\d+(?: [A-Z]\d+)?) $`, 'u');
export function afterCallNumberClass(text: string, start: number): boolean {
  return start > 4 && text.charCodeAt(start - 1) === 32 && CALL_NUMBER_CLASS_BEFORE().test(text.slice(Math.max(0, start - 24), start));
}
