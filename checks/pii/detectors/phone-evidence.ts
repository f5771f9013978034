// What makes a digit run a phone number beyond being valid for some region (issue 17): its written
// shape, and what stands around it. A number a region's plan accepts may be a date, a sum, an epoch
// second, an order id or a part number; these tests say which candidates are something else, and
// which need a cue (a context word or the column name) before they count.
import { afterKey } from '../../../src/detect/record-key.js';
import { otherPidField } from './hl7-fields.js';
import { isDottedQuad } from './network.js';
import { ediControlNumber } from './edi-control-numbers.js';
import { keyedTextBefore } from './key-before.js';
import { tagStarts } from './markup.js';
import { besideAnotherNumber, continuesCode, labelledOther } from './surroundings.js';
import { countDigits } from './digits.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** Spaces written inside numbers: no-break, figure, thin and narrow no-break spaces. */
export const WIDE_SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/**
 * Shapes a regional plan may accept that are something else: a date (day, month and a four-digit
 * year in either order, with dots, slashes or dashes, and the hour of a timestamp; or with blanks, as a
 * printed form's date boxes write it: `12 01 2026`), a Brazilian or
 * Portuguese postcode, licence-style 4-2-4 groups, a US SSN shape, a
 * year- or date-prefixed document number ("2024-00123", "20240314-0001"), a count written in
 * thousands ("8 336 817"), a Brazilian CPF's written form ("123.456.789-09": its check digits may fail,
 * a rejected or mistyped CPF is still no phone; no region writes a phone 3.3.3-2).
 */
const NOT_A_PHONE = new RegExp(
  '^(?:' +
    [
      '\\d{4}([-./])\\d{1,2}\\1\\d{1,2}(?: \\d{1,2})?',
      '\\d{1,2}([-./])\\d{1,2}\\2\\d{4}(?: \\d{1,2})?',
      '(?:0?[1-9]|[12]\\d|3[01]) (?:0?[1-9]|[12]\\d|3[01]) (?:19|20)\\d{2}',
      '\\d{4,5}-\\d{3}',
      '\\d{4}-\\d{2}-\\d{4}',
      '\\d{3}-\\d{2}-\\d{4}',
      '(?:19|20)\\d{2}-\\d{3,6}',
      '(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])-\\d{1,6}',
      '\\d(?: \\d{3})+',
      '\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}',
    ].join('|') +
    ')$',
);

/**
 * A decimal number: digits, one dot, digits (phone numbers written with dots have two or more, or a
 * trunk "0" and the area code before the one dot: `030.1234567`, `0664.123456`; a decimal's whole part
 * never starts with a 0 and another digit).
 */
const DECIMAL = /^(?:0|[1-9]\d*)\.\d+$/;
/**
 * A decimal of a national number's two groups, eight digits or more: Singapore's `8123.4567`, India's
 * `98765.43210`, Colombia's `321.1234567` — with a phone word beside it, a phone.
 */
const PHONE_DECIMAL = /^\d{3,5}\.\d{4,7}$/;

/**
 * A version or build number: dotted groups, one after the first of a single digit (`120.0.6099.109`,
 * `10.0.19045.3693`, `14.0.7050.1000`). Phones written with dots group their digits in twos to fours
 * (a lone digit, if any, is the first: `1.800.555.0199`).
 */
const DOTTED_VERSION = /^\d+(?:\.\d+)*\.\d(?:\.\d+)+$|^\d+(?:\.\d+)+\.\d$/;

/**
 * A sum or a difference: "2024 - 1988", or a number followed by "=" ("… = 36") or a comparison on
 * its line (not a tag's `<`: markup.ts; a `>` or `<` starting the next line is a quoted or menu line:
 * a chat, a USSD session).
 */
const ARITHMETIC_INSIDE = / [-–] /;
const ARITHMETIC_AFTER = /^[ \t\u00a0]*[=<>≈]/;
function arithmeticAfter(after: string): boolean {
  return ARITHMETIC_AFTER.test(after) && !tagStarts(after.trimStart());
}

/** A quantity: a number followed by its unit ("674129 bytes", "1234 ms", "20 480 KiB"). */
const UNIT_AFTER = /^ ?(?:bytes?|[KMGT]i?B|ms|µs|us|ns|s|secs?|seconds|min|mins|minutes|hrs|hours|items|keys|rows|records|requests|reqs|times)\b/;

/**
 * A price: a currency right before or after the number, one blank between at most (`€ 1.234.567`,
 * `12 345 678 ₽`, `1.234.567 kr`, `R$ 1.234.567`, `EUR 296.619.177`): a currency sign (Unicode `Sc`:
 * € $ ₹ ₽ ¥ £ ₺ ₩ ₴ …), an ISO 4217 code in capitals, or a currency's local abbreviation (`руб.`, `р.`,
 * `грн`, `zł`, `Kč`, `kr`, `Ft`, `lei`, `лв`, `Rs.`, `円`, `元`, `원`; before it `Rp`, `Rs.`, `kr`, `zł`, `Kč`, `Ft`). Amounts grouped in thousands with
 * blanks or dots are numbers a region's plan may accept (`12 345 678`, `123.456.789`).
 */
const CURRENCY_CODES = 'EUR|USD|GBP|CHF|JPY|CNY|RMB|RUB|RUR|INR|BRL|HUF|SEK|NOK|DKK|ISK|PLN|CZK|TRY|UAH|KRW|MXN|CAD|AUD|NZD|ZAR|ILS|AED|SAR|SGD|HKD|TWD|THB|IDR|MYR|PHP|VND|RON|BGN|RSD|ARS|CLP|COP|PEN|KZT|BYN|EGP|NGN|KES|PKR|BDT';
const LOCAL_CURRENCY = 'руб(?:лей|ля|ль)?\\.?|р\\.|грн\\.?|zł|Kč|kr\\.?|Ft|lei|лв\\.?|TL|Rs\\.?|円|元|원';
/** Local abbreviations written before the amount too (`Rp 150.000.000`, `kr 1.234`, `Ft 12.000`). */
const LOCAL_CURRENCY_BEFORE = 'Rs\\.?|Rp\\.?|kr\\.?|zł|Kč|Ft';
const CURRENCY_BEFORE = new RegExp(`(?:\\p{Sc}|(?<!\\p{L})(?:${CURRENCY_CODES}|${LOCAL_CURRENCY_BEFORE}))[ \\u00a0\\u202f]?$`, 'u');
const CURRENCY_AFTER = new RegExp(`^[ \\u00a0\\u202f]?(?:\\p{Sc}|(?:${CURRENCY_CODES}|${LOCAL_CURRENCY})(?!\\p{L}))`, 'u');
function priced(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || CURRENCY_AFTER.test(text.slice(end, end + 9));
}

/**
 * An ISBN (ISO 2108) the candidate is the most of: its digits and the check character after it (`-X`,
 * ` X`, a digit: `12-345-6789-X`, which a phone pattern stops before) make a valid ISBN-10, or its
 * digits (with that character) a valid ISBN-10 or ISBN-13 after an `ISBN` word a few words before in
 * the same clause (`ISBN of the book I follow 0-…`). A phone after such a word that happens to pass
 * the check (one in eleven ten-digit numbers) is the cost.
 */
const CHECK_CHAR_AFTER = lazyRegExp(String.raw`^[- ]?([0-9X])(?![\p{L}\p{N}])`, 'u');
const ISBN_WORD_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])isbn(?:-?1[03])?(?![\p{L}])[^\n\d.;!?]{0,48}$`, 'iu');
/** `d`: ASCII digits, an `X` (or `x`) at most (isbnAround's); each digit's value read from its code. */
function isbnValid(d: string): boolean {
  if (d.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      const c = d.charCodeAt(i);
      sum += (10 - i) * (c === 88 || c === 120 ? (i === 9 ? 10 : NaN) : c - 48);
    }
    return sum % 11 === 0;
  }
  if (d.length !== 13 || !/^97[89]\d{10}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}
export function isbnAround(v: string, text: string, start: number, end: number): boolean {
  const n = countDigits(v);
  if (n !== 9 && n !== 10 && n !== 12 && n !== 13) return false;
  // Twelve or thirteen digits make an ISBN-13 only from 978 or 979 (isbnValid): most are settled here.
  if (n >= 12 && !isbn13Head(v)) return false;
  const digits = v.replace(/\D/g, '');
  const check = digits.length === 9 || digits.length === 12 ? CHECK_CHAR_AFTER().exec(text.slice(end, end + 3)) : null;
  const whole = check !== null ? digits + check[1]! : digits;
  if (!isbnValid(whole)) return false;
  if (check !== null && check[1] === 'X') return true;
  return ISBN_WORD_BEFORE().test(text.slice(Math.max(0, start - 64), start));
}

/** The first three ASCII digits of `v` are 978 or 979. */
function isbn13Head(v: string): boolean {
  let head = 0;
  for (let i = 0, k = 0; i < v.length && k < 3; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      head = head * 10 + (c - 48);
      k++;
    }
  }
  return head === 978 || head === 979;
}

/** Digits and single spaces only: a bare run or numbers side by side. */
const SPACED_DIGITS = /^\d+(?: \d+)*$/;
/**
 * A single digit between two groups: no national format writes one there (a lone digit is a
 * trunk prefix or a country's leading digit, first); numeric fields side by side do ("201 7 64 12840":
 * W3C's status, substatus, win32 status and time taken).
 */
const LONE_INSIDE = /\d \d \d/;

/** A range "1234-1250" (pages, years, ids): two dashed numbers of one length, the second a little larger. */
function isRange(v: string): boolean {
  const m = /^(\d{3,5})-(\d{3,5})$/.exec(v);
  if (m === null || m[1]!.length !== m[2]!.length) return false;
  const d = Number(m[2]) - Number(m[1]);
  return d > 0 && d < 10 ** (m[1]!.length - 1);
}

/**
 * A row id of a database dump: an integer literal (no leading zero) that is the first field of a
 * PostgreSQL COPY text row (a line's start, then a tab) or the first value of a MySQL INSERT tuple
 * (`VALUES (`, `),(` or `),` and a line break before it, `,` after it). A phone stored bare in that
 * place (a table keyed by its phone numbers) is the cost.
 */
const TUPLE_OPEN = /(?:\bVALUES|\),)\s*\($/i;
function rowId(v: string, text: string, start: number, end: number): boolean {
  if (v.charCodeAt(0) === 48 || !/^\d+$/.test(v)) return false;
  const before = start === 0 ? 10 : text.charCodeAt(start - 1);
  if (before === 10 && text.charCodeAt(end) === 9) return true;
  return before === 40 && text.charCodeAt(end) === 44 && TUPLE_OPEN.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A library call number (Dewey class with its decimals, then a Cutter number: `823.914 ABC`, `005.133
 * J38`, `641.5 SMI 2019`): as a whole cell (a `call_number`, `Signatur`, `cote`, `signatura`,
 * `collocazione` column), after a call number's label, or after the item's barcode or ISBN on a
 * circulation slip (`31234005678912 813.54 KIN`). Without the Cutter, `Call number: 555.1234` stays a phone.
 */
const DEWEY = /^\d{3}\.\d{1,6}$/;
const CUTTER_AFTER = lazyRegExp(String.raw`^ [A-Z]{1,3}\d{0,4}[a-z]{0,2}(?: \d{4})?(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`, 'u');
const CALL_NUMBER_BEFORE = /(?:call[ _-]?(?:number|no\.?|#)|signatura?|cote|shelfmark|collocazione)[ \t]*[:#=]?[ \t]*["']?$/i;
/** An item barcode (ten to fourteen digits) or an ISBN (`…X`, hyphenated) right before, a blank, a tab, `|` or a line break between. */
const ITEM_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\p{N}-])(?:\d{10,14}|\d{9}X|97[89](?:-\d+){4})[ \t]*(?:\|[ \t]*|\r?\n)?$`, 'u');
function libraryCallNumber(v: string, text: string, start: number, end: number): boolean {
  if (!DEWEY.test(v) || !CUTTER_AFTER().test(text.slice(end, end + 16))) return false;
  if (start === 0) return true;
  const before = text.slice(Math.max(0, start - 24), start);
  return CALL_NUMBER_BEFORE.test(before) || ITEM_BEFORE().test(before);
}

/**
 * A field of an NMEA 0183 sentence (a GPS or AIS receiver's output: `$GPRMC,…,4807.0381,N,01131.0002,E,…*6A`,
 * `!AIVDM,…*5C`): `$` or `!`, a talker and a sentence type (`GPRMC`, `GNGGA`, `AIVDM`) or a proprietary
 * `P` and a maker's code, comma fields without blanks, a `*hh` checksum; at most 82 characters. Its fields
 * are times, coordinates, speeds and codes, never a phone.
 */
const NMEA_HEAD = /(?:^|\s)[$!](?:[A-Z]{5}|P[A-Z]{3,5}),[^\s*]*$/;
const NMEA_TAIL = /^[^\s*]{0,82}\*[0-9A-Fa-f]{2}(?!\S)/;
function inNmeaSentence(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 44) return false; // a field starts after a comma
  return NMEA_TAIL.test(text.slice(end, end + 84)) && NMEA_HEAD.test(text.slice(Math.max(0, start - 84), start));
}

/**
 * A hex dump (a Modbus or CAN frame in a poller's log: `01 03 00 00 00 0A C5 CD`): four or more tokens of two
 * hexadecimal digits, one blank between, one of them mixing a digit and a letter A–F (`0A`, `C5`), or of
 * letters only (`CD`, `FF`) between two tokens, beside another, or in a run of seven tokens or more — one
 * letter pair at the end of a shorter run may be a word or a country code after a phone (`06 12 34 56 78 DE`).
 * Digit-only pairs inside such a run are bytes, not a phone's groups.
 */
const HEX_RUN = lazyRegExp(String.raw`(?<![\p{L}\p{N}])[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){3,}(?![\p{L}\p{N}])`, 'gu');
const HEX_MIXED = /(?:^| )(?:\d[A-Fa-f]|[A-Fa-f]\d)(?= |$)| [A-Fa-f]{2} |[A-Fa-f]{2} [A-Fa-f]{2}/;
function inHexDump(v: string, text: string, start: number, end: number): boolean {
  if (!/\d\d \d\d/.test(v)) return false;
  const lo = Math.max(0, start - 60);
  const window = text.slice(lo, end + 60);
  const hexRun = HEX_RUN();
  hexRun.lastIndex = 0;
  for (let m = hexRun.exec(window); m !== null; m = hexRun.exec(window)) {
    const s = lo + m.index;
    const e = s + m[0].length;
    // The run holds at least two of the candidate's digit pairs ("12 34": five characters).
    if (Math.min(e, end) - Math.max(s, start) < 5) continue;
    // Seven tokens or more: longer than a phone written in pairs, a letter pair at its end is a byte too.
    if (HEX_MIXED.test(m[0]) || (m[0].length >= 20 && /[A-Fa-f]/.test(m[0]))) return true;
  }
  return false;
}

/**
 * A code element with its code system's qualifier after it (NCPDP SCRIPT's drug code:
 * `<ProductCode><Code>…</Code><Qualifier>ND</Qualifier>`, ND for an NDC): a product code, not a phone.
 */
const CODE_QUALIFIED_AFTER = /^<\/(?:[\w-]+:)?Code>\s*<(?:[\w-]+:)?Qualifier>/;
function qualifiedCode(text: string, end: number): boolean {
  return text.charCodeAt(end) === 60 && CODE_QUALIFIED_AFTER.test(text.slice(end, end + 48));
}

/**
 * A field of a cheque's MICR line (E-13B: `⑆routing⑆ account⑈ serial`): the transit (⑆), amount (⑇),
 * on-us (⑈) and dash (⑉) symbols, U+2446–2449, bound its fields; a number beside one is a bank's code,
 * an account or a cheque number.
 */
function micrField(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : 0;
  const a = text.charCodeAt(end);
  return (b >= 0x2446 && b <= 0x2449) || (a >= 0x2446 && a <= 0x2449);
}

/** ISO 6346 letter values: A=10, then up by one skipping the multiples of eleven (B=12 … Z=38). */
const CONTAINER_LETTER = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38];
/** An owner code and an equipment category (U freight, J detachable equipment, Z trailer), a blank or none. */
const CONTAINER_OWNER_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}\p{N}])([A-Z]{3}[UJZ])[ \u00a0]?$`, 'u');
/** An IMO ship number's label (`IMO 9321483`, `IMO no. 9321483`, `IMO-Nr.`, `IMO number: …`, French `n° OMI`). */
const IMO_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])(?:IMO|OMI)(?:[ \t-]*(?:no\.?|nr\.?|number|n°|#))?[ \t]*[:#]?[ \t]*$`, 'iu');

/**
 * A shipping code whose check digit holds, the candidate its digits: an ISO 6346 container number
 * (owner code and category before it, six serial digits and the check digit: `MSCU 123456 7`), each
 * of the ten characters weighted 2^i, the sum mod 11 (then mod 10) the check digit; or an IMO ship
 * number (`IMO` before seven digits, the first six weighted 7…2, the sum mod 10 the last). One random
 * number in ten passes either check: the label and the check together say what it is.
 */
function shippingCode(v: string, text: string, start: number): boolean {
  const d = v.replace(/[ \u00a0-]/g, '');
  if (d.length !== 7 || !/^\d+$/.test(d)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const owner = CONTAINER_OWNER_BEFORE().exec(before);
  if (owner) {
    let sum = 0;
    const code = owner[1]! + d.slice(0, 6);
    for (let i = 0; i < 10; i++) {
      const c = code.charCodeAt(i);
      sum += (c >= 65 ? CONTAINER_LETTER[c - 65]! : c - 48) * 2 ** i;
    }
    if ((sum % 11) % 10 === d.charCodeAt(6) - 48) return true;
  }
  if (!IMO_BEFORE().test(before)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (d.charCodeAt(i) - 48) * (7 - i);
  return sum % 10 === d.charCodeAt(6) - 48;
}

/**
 * Why a validated candidate is not a phone number whatever its context: 'shape' (a date, a
 * decimal, a sum, a price), 'decimal' (a decimal of a national number's shape, which only a phone
 * word beside it makes one), 'quad' (an IPv4 address's shape, the same), 'label' (it follows the label of another kind of number, or stands in an EDI envelope's control number place), 'token'
 * (it continues a longer code: the groups of an IBAN, an order id), else undefined.
 */
export function notAPhone(v: string, text: string, start: number, end: number): 'shape' | 'decimal' | 'quad' | 'label' | 'token' | undefined {
  // A library call number's class (`005.13312 YJM`) is no phone whatever its column's "call" says.
  if (DECIMAL.test(v)) return v.length >= 9 && PHONE_DECIMAL.test(v) && !libraryCallNumber(v, text, start, end) ? 'decimal' : 'shape';
  if (notAPhoneShape(v)) return 'shape';
  // An international number (`+212…`) is no operand: "+5 > 3" compares short numbers.
  if ((v.charCodeAt(0) !== 43 && arithmeticAfter(text.slice(end, end + 12))) || UNIT_AFTER.test(text.slice(end, end + 10)) || priced(text, start, end)) return 'shape';
  if (SPACED_DIGITS.test(v) && (besideAnotherNumber(text, start, end) || (LONE_INSIDE.test(v) && !v.startsWith('00')))) return 'shape';
  if (libraryCallNumber(v, text, start, end) || inNmeaSentence(text, start, end) || inHexDump(v, text, start, end)) return 'shape';
  if (continuesCode(text, start) || rowId(v, text, start, end) || qualifiedCode(text, end) || micrField(text, start, end)) return 'token';
  if (labelledOther(text, start) || idKeyBefore(text, start) || ediControlNumber(text, start, end) || otherPidField(text, start, end) || isbnAround(v, text, start, end) || shippingCode(v, text, start)) return 'label';
  // Four dotted parts of at most 255 (isDottedQuad) read as an IPv4 address first; a Danish or
  // Norwegian number written so (`Tlf. 34.41.78.54`, a `mobil` column) only under its own label (phone.ts).
  // Belgian and Spanish numbers written with dots ("02.764.43.95", "91.605.82.00") have a trunk "0"
  // or a group above 255, which an address's parts never have.
  return isDottedQuad(v) ? 'quad' : undefined;
}

/** A date, a sum, a version or a range by its written form alone, not a decimal (notAPhone's 'shape' without the text around). */
function notAPhoneShape(v: string): boolean {
  return NOT_A_PHONE.test(v) || (v.includes('.') && DOTTED_VERSION.test(v)) || ARITHMETIC_INSIDE.test(v) || isRange(v);
}

/**
 * notAPhone's answer is one that makes the validator reject the number whatever its cue ('shape', 'token' or
 * 'label', never 'decimal', 'quad' or none): not a decimal (notAPhone's first answer), and the label of
 * another kind of number before it (labelledOther: notAPhone answers 'label' or an earlier reason). A cheap
 * part of notAPhone, asked before the context words are searched for.
 */
export function labelledNotAPhone(v: string, text: string, start: number): boolean {
  return !DECIMAL.test(v) && labelledOther(text, start);
}

/**
 * Whether notAPhone says 'shape' of `v` whatever the text around it: a decimal other than a national
 * number's two groups, or notAPhoneShape. Read from the value alone (a few short patterns), so that
 * a candidate that only a cue could admit (phoneShape 'cue') is rejected before its context words are
 * searched for.
 */
export function shapeNotAPhone(v: string): boolean {
  if (DECIMAL.test(v)) return !(v.length >= 9 && PHONE_DECIMAL.test(v));
  return notAPhoneShape(v);
}

/**
 * The key of an id right before the value (`"contactId":"`, `callId=`, `sessionID: `): the number is
 * that id, whatever phone word the key also holds — but a caller id (`callerId`, `caller_id`) is a
 * phone number, and so is a RADIUS station id (`calling_station_id`, RFC 2865 §5.31) unless it holds a MAC.
 */
const ID_KEY = /([A-Za-z][A-Za-z\d]*)(?:_id|Id|ID)["']?[ \t]*[:=][ \t]*["']?$/;
function idKeyBefore(text: string, start: number): boolean {
  const b = keyedTextBefore(text, start, 40);
  if (!afterKey(b, b.length)) return false;
  const m = ID_KEY.exec(b);
  return m !== null && !/caller_?$|station_?$/i.test(m[1]!);
}

/**
 * A slash inside a candidate: only the German/Austrian/Swiss form "030/1234567" (a trunk-prefixed
 * area code, one slash, optional spaces around it) and the North American "212/555-0199";
 * otherwise a date, a fraction or a path.
 */
export function slashShapeOk(v: string): boolean {
  const at = v.indexOf('/');
  return at === -1 || (v.indexOf('/', at + 1) === -1 && (/^\(?0\d{1,4}\)? ?\/ ?\d/.test(v) || /^[2-9]\d\d ?\/ ?[2-9]\d\d[-. ]?\d{4}$/.test(v)));
}

/**
 * An HTTP status code (RFC 9110 §15 and the IANA registry) and a number after one space, and nothing
 * else: an access log's `$status $body_bytes_sent` pair (`200 5123`), written as a local number of
 * three and four digits would be. Only a cue (a phone word, the column's name) makes it a phone.
 */
const STATUS_AND_COUNT = /^(?:10[0-3]|20[0-8]|226|30[0-8]|4(?:0\d|1[0-8]|2[1-689]|31|51)|50[0-8]|51[01]) \d{1,12}$/;

/**
 * Twelve digits in three groups of four, no trunk "0" first: an account, card-like or Aadhaar-shaped
 * identifier (`2345 6789 0124` that fails the Aadhaar check), which no region's national format writes so
 * (libphonenumber's national formats of the 12-digit numbers DE, AT, IT, CZ … accept group them 5-8, 4-9,
 * 3-4-5, 3-3-3-3). Only a cue (a phone word, the column's name) makes it a phone.
 */
const FOUR_FOUR_FOUR = /^[1-9]\d{3} \d{4} \d{4}$/;

/**
 * Written evidence of a phone number, for a candidate the validator accepts: 'shape' (an
 * international prefix, brackets, groups separated as numbers are written, or a national trunk
 * prefix "0" in its place), 'cue' (a bare run of digits, a short dotted number such as a part
 * number "596.991.30", or twelve digits grouped 4-4-4: only a context word or the column name makes it a phone).
 */
export function phoneShape(v: string, digits: number): 'shape' | 'cue' {
  if (STATUS_AND_COUNT.test(v) || FOUR_FOUR_FOUR.test(v)) return 'cue';
  const c0 = v.charCodeAt(0);
  if (c0 === 43 || c0 === 40) return 'shape'; // "+…", "(…"
  if (digits === v.length) {
    // A bare run: only a trunk prefix (one "0", then the area code) shows it is dialled.
    return c0 === 48 && v.charCodeAt(1) !== 48 && digits >= 9 ? 'shape' : 'cue';
  }
  if (digits <= 8 && v.includes('.')) return 'cue';
  return 'shape';
}
