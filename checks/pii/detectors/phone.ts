// Phone numbers: a permissive candidate pattern, then libphonenumber-js (full metadata) decides:
// international (+…) numbers must be valid; national ones valid in one of the regions tried.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { DEFAULT_WINDOW, hasContext } from '../../../src/detect/engine.js';
import { keyNameBefore, keyWords } from '../../../src/detect/record-key.js';
import { countDigits, digitsAt } from './digits.js';
import { hl7PhoneField } from './hl7-fields.js';
import { MEASURE_LAST_WORDS, MEASURE_WORDS, PRICE_WORDS } from './measure-words.js';
import { BUSINESS_ID_COLUMN_WORDS } from './business-id-words.js';
import { labelledNotAPhone, notAPhone, phoneShape, shapeNotAPhone, slashShapeOk, WIDE_SPACES } from './phone-evidence.js';
import { inEdifactSegment } from './edi-syntax.js';
import { keyedTextBefore } from './key-before.js';
import { pnrPhoneField } from './phone-pnr.js';
import { pipeHeaderNames } from './pipe-header.js';
import { referencesAsSpaces } from './markup.js';
import { DIGIT_UNITS, NEED, recordFeatures, unitBits, unitsOf, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * Regions tried for numbers written without a country code, most common first (Presidio uses US, UK,
 * DE, FR, IL, IN, CA, BR); then regions whose national forms data holds written with dots or hyphens
 * (Russia's `8-912-…`, Turkey's `0532-…`, Mexico, Luxembourg, Argentina's `011 15-…`, Singapore, Colombia).
 */
export const PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'SE', 'DK', 'NO', 'FI', 'PL', 'CZ', 'HU', 'IE', 'PT', 'AU', 'NZ', 'CA', 'IN', 'BR', 'IL', 'IS', 'SI', 'HR', 'JP', 'CN', 'RU', 'TR', 'MX', 'LU', 'AR', 'SG', 'CO'];

/**
 * The words of an extension written after a number, in the languages of PHONE_REGIONS: German
 * `Durchwahl`/`DW`/`Nebenstelle`, Italian `interno`/`int.`, Polish `wewn.`/`wew.`, Swedish
 * `anknytning`/`ankn.`, Portuguese `ramal`, Spanish `anexo`, Czech `linka`/`klapka`, Dutch
 * `toestel`/`tst.`, French `poste` (the phone pattern's own, capitalised or not; the English and
 * Russian ones before them).
 */
const EXTENSION_WORDS = 'durchwahl|dw|nebenstelle|interno|int\\.|wewn?\\.|ankn\\.|anknytning|ramal|anexo|linka|klapka|toestel|tst\\.|poste';
/** An extension at the end ("x12", "ext. 12", "extn 12", "#12", Russian "доб. 12", EXTENSION_WORDS); only tried when a letter or # is present. */
const EXTENSION = new RegExp(`(?:\\s?(?:x|ext\\.?|extn\\.?|extension|#|доб\\.?|${EXTENSION_WORDS})\\s?|;ext=)\\d{1,6}$`, 'i');
/** A character an extension's marker holds (a candidate holds no other letter: see the pattern). */
const EXTENSION_MARK = /[A-Za-z#д]/;
const NANP = /^(?:\+?1[ .-]?)?\(?([2-9]\d\d)\)?[ .-]?([2-9]\d\d)[ .-]?\d{4}$/;

/**
 * 'valid' (a real number plan in some region), 'possible' (international form of a possible length,
 * e.g. the UK's reserved drama numbers), or false.
 */
export function validPhone(written: string, regions: readonly CountryCode[] = PHONE_REGIONS): 'valid' | 'possible' | false {
  const text = numberToRead(written);
  if (text === undefined) return false;
  // North American numbers (the most common in data) by the NANP rules, without the costly parse:
  // area and exchange codes start with 2–9 and are not N11; 555-01xx is reserved for fiction but valid.
  const nanp = NANP.test(text) ? nanpAnswer(text) : undefined;
  if (nanp !== undefined) return nanp;
  if (text.startsWith('+')) {
    const n = parsePhoneNumberFromString(text);
    return n?.isValid() ? 'valid' : n?.isPossible() ? 'possible' : false;
  }
  // "00" and "011" are exit codes, but also national numbers' trunk prefix and area code
  // (Sheffield 0114, Delhi 011): the international reading first, then the national one.
  if (text.startsWith('00') || text.startsWith('011')) {
    const n = parsePhoneNumberFromString(text.replace(/^(?:00|011)/, '+'));
    if (n?.isValid()) return 'valid';
    if (text.startsWith('011') && validIn(text, regions)) return 'valid';
    return n?.isPossible() ? 'possible' : false;
  }
  return validIn(text, regions) && 'valid';
}

/**
 * The number validPhone reads from a written one (a "+" form of a bracketed country code, no extension,
 * no "(0)" after a country code), or undefined where its count of digits answers false.
 */
function numberToRead(written: string): string | undefined {
  // A country code in brackets (`(+49) 1512 3456789`, `(+54) 9 11 …`) is the "+" form's.
  const candidate = written.charCodeAt(0) === 40 && written.charCodeAt(1) === 43 ? written.replace(/^\(\+(\d{1,3})\) ?/, '+$1 ') : written;
  const digits = countDigits(candidate);
  if (digits < 7 || digits > 18) return undefined;
  // Drop an extension (the replace only runs where one can be: an x, X, # or д).
  const bare = EXTENSION_MARK.test(candidate) ? candidate.replace(EXTENSION, '') : candidate;
  // E.164 allows 15 digits with the country code; national forms stay within 12 (extension aside).
  const intl = candidate.startsWith('+') || candidate.startsWith('00') || candidate.startsWith('011');
  if (!intl && (bare === candidate ? digits : countDigits(bare)) > 12) return undefined;
  // Drop the "(0)" trunk prefix written after a country code: +41 (0)96 …
  return bare.startsWith('+') && bare.includes('(') ? bare.replace(/^(\+\d{1,3})[ ]?\(0\)[ ]?/, '$1 ') : bare;
}

/**
 * More than 12 digits (an extension aside) in groups, no "+", "00" or trunk "0" first (a card's sixteen,
 * `4242 4242 4242 4242`): validate's every reading ends in validPhone's false (numberToRead), since a
 * trunk "0" (the cued regions' parse) and a bare run (an MSISDN's "+" reading) are left out; NANP holds
 * at most 11 digits. Asked by rejects before notAPhone's tests and the context words, which cost more.
 */
function nationalTooLong(v: string, digits: number): boolean {
  const c0 = v.charCodeAt(0);
  return digits > 12 && c0 >= 49 && c0 <= 57 && digits < v.length && numberToRead(v.includes('/') ? v.replace(/ ?\/ ?/, ' ') : v) === undefined;
}

/** Whether a number without a country code is valid in one of the regions. */
function validIn(text: string, regions: readonly CountryCode[]): boolean {
  return regions === PHONE_REGIONS ? validNational(text) === 'valid' : regions.some((r) => parsePhoneNumberFromString(text, r)?.isValid());
}

/** validPhone's answer by the NANP rules for a text NANP matched, when they settle it. */
function nanpAnswer(text: string): 'valid' | 'possible' | undefined {
  const codes = nanpCodes(text);
  return nanpAnswerOf(Math.floor(codes / 1000), codes % 1000, text.charCodeAt(0) === 43);
}

/** nanpAnswer of a number with these area and exchange codes, written with a leading "+" or not. */
function nanpAnswerOf(area: number, exchange: number, plus: boolean): 'valid' | 'possible' | undefined {
  const reserved = isN11(area) || Math.floor(area / 10) === 37 || Math.floor(area / 10) === 96;
  if (!reserved && !isN11(exchange)) return 'valid';
  // With the +1 country code (the pattern only admits a leading '+' as "+1"), an N11, 37x or 96x
  // area code is in no +1 region's number plan (libphonenumber's metadata: no type pattern of US,
  // CA, PR or the other NANP regions starts so), while ten digits are a possible length: the
  // library's answer is 'possible' (tested against it), without its parse (~40 µs).
  if (reserved && plus) return 'possible';
  return undefined;
}

/**
 * Whether a number written without a country code is valid in one of PHONE_REGIONS. Each region
 * costs a parse (~30 µs), so: the answer is memoised per text (bounded), and regions are tried
 * most recently successful first — data holds runs of numbers from the same country. The answer
 * ("valid in some region") does not depend on the order.
 */
function validNational(text: string): 'valid' | false {
  const known = NATIONAL_MEMO.get(text);
  if (known !== undefined) return known;
  let answer: 'valid' | false = false;
  for (let i = 0; i < REGION_ORDER.length; i++) {
    const r = REGION_ORDER[i]!;
    if (parsePhoneNumberFromString(text, r)?.isValid()) {
      if (i > 0) REGION_ORDER.unshift(...REGION_ORDER.splice(i, 1));
      answer = 'valid';
      break;
    }
  }
  if (NATIONAL_MEMO.size >= 4096) NATIONAL_MEMO.clear();
  NATIONAL_MEMO.set(text, answer);
  return answer;
}

const REGION_ORDER: CountryCode[] = [...PHONE_REGIONS];
const NATIONAL_MEMO = new Map<string, 'valid' | false>();

/** A three-digit code of the form N11 (211, 311 … 911). */
function isN11(code: number): boolean {
  return code % 100 === 11;
}

/**
 * Area code × 1000 + exchange code of a number NANP matched: it holds 10 digits, or 11 with the
 * country code 1 first; the codes are the six digits after that (read without building strings).
 */
function nanpCodes(text: string): number {
  let skip = countDigits(text) - 10;
  let codes = 0;
  let taken = 0;
  for (let i = 0; i < text.length && taken < 6; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (skip > 0) skip--;
    else {
      codes = codes * 10 + (c - 48);
      taken++;
    }
  }
  return codes;
}

/** Digit groups of a written number: how many (bits 8 and up) and how many hold a single digit (low 8 bits). */
function digitGroups(v: string): number {
  // Country code, "(0)" and an extension do not count (the replace runs only where one can be).
  const s = /[+(A-Za-z]/.test(v) ? v.replace(/^\+\d{1,3}[ ]|\(0\)/g, ' ').replace(EXTENSION, ' ') : v;
  let groups = 0;
  let lone = 0;
  let run = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) run++;
    else if (run > 0) {
      groups++;
      if (run === 1) lone++;
      run = 0;
    }
  }
  return (groups << 8) | Math.min(lone, 255);
}

/**
 * The score of a number validPhone (or nanpAnswer) accepts; `needsCue`: without a phone's written
 * shape (a bare run of digits, a short dotted number), it is as likely an order, account or part
 * number, and only a context word lifts it over the threshold.
 */
function phoneScore(answer: 'valid' | 'possible', needsCue: boolean): number {
  if (needsCue) return CUE_ONLY;
  return answer === 'possible' ? 0.55 : 0.6;
}

/** The score of a number that needs a context word (below every threshold that makes sense). */
const CUE_ONLY = 0.4;

/** The score of a dotted quad a phone word labels: above the ipv4 detector's with its context word (0.9). */
const LABELLED_QUAD = 0.95;

/**
 * The score of a North American number in a common written form, else undefined: "684-555-8805"
 * or with spaces or dots, "+1" and a separator first ("+1-684-555-8805"), or "(684) 555-8805"
 * with or without "+1 " first; area and exchange codes start with 2–9. The pattern's match from 0
 * then covers the text, the validator's shape tests all pass, and NANP matches: its answer is
 * nanpAnswer's (undefined where that leaves it to the library).
 */
function wholeNanp(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  let sep = -1; // separator between the groups (-1: any of the forms' own)
  if (text.charCodeAt(0) === 43) {
    // "+1" and a separator
    if (text.charCodeAt(1) !== 49) return undefined;
    sep = text.charCodeAt(2);
    if (sep !== 45 && sep !== 32 && sep !== 46) return undefined;
    i = 3;
  }
  // Where the area code, the exchange code and the line number start.
  let area = i;
  let exchange = i + 4;
  let line = i + 8;
  if (text.charCodeAt(i) === 40) {
    // "(684) 555-8805", after "+1 " or alone
    if ((sep !== -1 && sep !== 32) || n !== i + 14) return undefined;
    if (text.charCodeAt(i + 4) !== 41 || text.charCodeAt(i + 5) !== 32 || text.charCodeAt(i + 9) !== 45) return undefined;
    area = i + 1;
    exchange = i + 6;
    line = i + 10;
  } else {
    if (n !== i + 12) return undefined;
    const s = text.charCodeAt(i + 3);
    if ((s !== 45 && s !== 32 && s !== 46) || (sep !== -1 && s !== sep) || text.charCodeAt(i + 7) !== s) return undefined;
  }
  const a = digitsAt(text, area, 3);
  const x = digitsAt(text, exchange, 3);
  if (a < 200 || x < 200 || digitsAt(text, line, 4) < 0) return undefined;
  const answer = nanpAnswerOf(a, x, sep !== -1);
  if (!answer) return undefined;
  // Every code unit was read at its place: digits, the separators, "+1" (recordFeatures).
  const marks = area === i ? unitBits(text.charCodeAt(i + 3)) : PARENTHESISED_UNITS;
  recordFeatures(text, sep === -1 ? DIGIT_UNITS | marks : PLUS_ONE_UNITS | unitBits(sep) | marks, sep === -1 ? 10 : 11);
  return phoneScore(answer, false);
}

/** The UNIT bits of "+1", and of "(", ")", " " and "-" (wholeNanp's forms). */
const PLUS_ONE_UNITS = unitsOf('+1');
const PARENTHESISED_UNITS = unitsOf('() -');

/**
 * A chat message's words before a number it gives, in the languages of support chats: a new number or
 * one's own (`new number`, `my number is`, `neue Nummer`, `мой новый номер`, `我的新号码`, `เบอร์ใหม่`, `nomor baru`, `নতুন নম্বর`),
 * a callback (`Rückruf`), a contact (`联系电话`, `連絡先`), the word for a phone or a mobile in Chinese,
 * Japanese, Thai, Arabic, Hindi, Indonesian and Bengali. Not the bare word for a number (`nomor`,
 * `नंबर`, `номер`), which labels an order's as often.
 */
const CHAT_CUES = [
  'new number', 'my number is', 'my number:', 'text me', 'rückruf', 'neue nummer', 'nouveau numéro', 'nuevo número', 'novo número', 'nuovo numero', 'nieuwe nummer', 'nieuw nummer', 'новый номер', 'позвони', 'звоните',
  '新号码', '新號碼', '联系电话', '聯絡電話', '联系方式', '电话', '手机', '連絡先', '新しい番号', '携帯', 'เบอร์ใหม่', 'เบอร์โทร', 'โทร', 'هاتف', 'جوال', 'رقمي الجديد', 'رقم جديد',
  'फोन', 'फ़ोन', 'मोबाइल', 'नया नंबर', 'nomor baru', 'nomor hp', 'no hp', 'no. hp', 'no_hp', 'nomor_hp', 'nomor wa', 'hubungi', 'ফোন', 'মোবাইল', 'নতুন নম্বর',
  // Norwegian and Danish "send a message" (`melding` alone is a Dutch report number's word: reference-words.ts).
  'send melding', 'send en melding', 'send meg en melding', 'send besked', 'send en besked', 'send mig en besked',
];

/**
 * Regions whose national numbers (a trunk "0" first) count only after a cue: Bangladesh's
 * `01712-345678`, Indonesia's `0812-3456-7890`, Malaysia's `012-345 6789`, the Philippines', Thailand's,
 * Vietnam's … are valid in none of PHONE_REGIONS (or there in another grouping), and unlabelled such
 * runs are order or account numbers as often; a context word says they are dialled, and so does the
 * region's own national format written exactly (writtenAsCuedRegion).
 */
const CUED_REGIONS: readonly CountryCode[] = ['BD', 'ID', 'MY', 'PH', 'TH', 'VN', 'PK', 'NG', 'KE', 'TZ', 'UG', 'ZA', 'EG', 'UA', 'RO', 'SK'];

/**
 * A trunk-prefixed number in groups, written in the groups of the national format of a CUED_REGIONS
 * region where it is valid (Indonesia's `0812-345-678`, Malaysia's `012-345 6789` or `012-345-6789`):
 * the same digits, the same groups, a space, dash or dot between; a bare run has no grouping to show it.
 */
function writtenAsCuedRegion(v: string): boolean {
  if (v.charCodeAt(0) !== 48 || !/^\d+(?:[ .-]\d+)+$/.test(v)) return false;
  const groups = v.split(/[ .-]/).join(' ');
  for (const r of CUED_REGIONS) {
    const n = parsePhoneNumberFromString(v, r);
    if (n?.isValid() && (n.formatNational().match(/\d+/g) ?? []).join(' ') === groups) return true;
  }
  return false;
}

/**
 * The phone validator's rejections that hold whatever its floor (a cue or none): a digit count no
 * phone has, separators of another format, or (without a cue's shape) a date, a version, a price, a
 * part number… that notAPhone names, other than a decimal, a dotted quad or a slash (those a cue admits).
 * Asked before the context words are searched for (Detector.rejects); validate makes the same tests.
 */
function rejectedWhateverCue(written: string, text: string, start: number, end: number): boolean {
  return dateOrSumShaped(written) || rejectedByTests(written, text, start, end);
}

/**
 * A date in numbers (`12.03.2024`, `1/12/2024`, `2024-03-12`: one or two digits, a dot, slash or dash,
 * one or two digits, the same separator, four digits; or four digits first) or a difference (`1200 - 1350`):
 * rejectedByTests rejects every such candidate whatever stands around it (too few digits; two slashes;
 * NOT_A_PHONE's dates; ARITHMETIC_INSIDE: phone-rejects.test.ts). Most of the pattern's candidates in
 * prose are dates: this settles them by their characters, before those tests' copies and expressions.
 */
export function dateOrSumShaped(w: string): boolean {
  const n = w.length;
  if (n >= 8 && n <= 10) {
    const first = digitRun(w, 0);
    if (first === 4) {
      const p = middleGroup(w, 4);
      const last = p > 0 ? digitRun(w, p) : 0;
      if (last >= 1 && last <= 2 && p + last === n) return true;
    } else if (first >= 1 && first <= 2) {
      const p = middleGroup(w, first);
      if (p > 0 && n - p === 4 && digitRun(w, p) === 4) return true;
    }
  }
  return w.includes(' - ');
}

/** How many ASCII digits in a row `w` holds from `at`, at most 4 counted. */
function digitRun(w: string, at: number): number {
  let k = 0;
  while (k < 4 && at + k < w.length && w.charCodeAt(at + k) >= 48 && w.charCodeAt(at + k) <= 57) k++;
  return k;
}

/** At `at`: a dot, slash or dash, one or two digits, the same separator; where that ends, else -1. */
function middleGroup(w: string, at: number): number {
  const sep = w.charCodeAt(at);
  if (sep !== 46 && sep !== 47 && sep !== 45) return -1;
  const mid = digitRun(w, at + 1);
  return mid >= 1 && mid <= 2 && w.charCodeAt(at + 1 + mid) === sep ? at + 2 + mid : -1;
}

/** rejectedWhateverCue's tests (see dateOrSumShaped). */
export function rejectedByTests(written: string, text: string, start: number, end: number): boolean {
  const raw = referencesAsSpaces(written.charCodeAt(0) === 37 ? '+' + written.slice(3) : written);
  const digits = countDigits(raw);
  if (digits < 7 || digits > 18 || !separatorsFit(digits === raw.length, text, start, end)) return true;
  const v = ASCII.test(raw) ? raw : raw.replace(WIDE_SPACES, ' ');
  if (nationalTooLong(v, digits)) return true;
  // A bare run or a short dotted number: its written form alone may settle it; else the label of another
  // kind of number before it (`order 4711…`, most bare runs in prose), which validate rejects whatever the
  // cue: the text's context words need not be searched for (a fifth less of the detector's work; notAPhone's
  // other tests stay validate's: with them all here the detector cost more).
  if (phoneShape(v, digits) === 'cue') return !slashShapeOk(v) || shapeNotAPhone(v) || labelledNotAPhone(v, text, start);
  const why = slashWhyOnce(v, text, start, end);
  return why !== undefined && why !== 'decimal' && why !== 'quad' && why !== 'slash';
}

/**
 * slashWhy of a candidate, asked by rejects and then by validate of the same candidate (the engine asks
 * one right after the other): the first answer is kept for the second (a fifth of the detector's work
 * was that repeat). Keyed by the text and the span; `v` is read from them alike in both.
 */
function slashWhyOnce(v: string, text: string, start: number, end: number): ReturnType<typeof slashWhy> {
  if (start === lastWhy.start && end === lastWhy.end && text === lastWhy.text) return lastWhy.why;
  const why = slashWhy(v, text, start, end);
  lastWhy.text = text;
  lastWhy.start = start;
  lastWhy.end = end;
  lastWhy.why = why;
  return why;
}
const lastWhy: { text: string; start: number; end: number; why: ReturnType<typeof slashWhy> } = { text: '', start: -1, end: -1, why: undefined };

/** No candidate starts inside a longer token (phone.pattern's comment). */
const CANDIDATE_START = String.raw`(?<![\w.\-/]|[\d:]:|\+(?=[+%]))`;
/** phone.pattern's candidate from its first character (its comment says what it admits). */
const CANDIDATE = String.raw`(?:\+|%2[Bb]|\(\+?)?\d(?:[\d()/\u00a0\u2007\u2009\u202f-]|\.(?! )| (?! )|&(?:nbsp|#160|#[xX]0*[aA]0);){5,24}\d(?:(?:[ \u00a0]?(?:x|ext\.?|extn\.?|extension|доб\.?|[Dd]urchwahl|DW|[Nn]ebenstelle|[Ii]nterno|[Ii]nt\.|[Ww]ewn?\.|[Aa]nkn\.|[Aa]nknytning|[Rr]amal|[Aa]nexo|[Ll]inka|[Kk]lapka|[Tt]oestel|[Tt]st\.|[Pp]oste)[ \u00a0]?|;ext=)\d{1,6})?(?![\w/@%]|:(?=[^A-Za-z'\s])|[.,]\d|-[A-Za-z]*\d)`;

/**
 * Not at a date in numbers that the candidate would be exactly (`12.03.2024`, `2024-03-12`, `4/23/2023`:
 * dateOrSumShaped's, which rejects settles): followed by what no candidate continues with (not a digit,
 * bracket, slash, dash, dot, `&` or `;`, no-break or thin space, nor a space or letter that may start an
 * extension). From its start the pattern would take the date whole or nothing (a shorter candidate ends
 * before a digit or a separator and a digit, which its end refuses), and none starts inside it (after a
 * digit or separator): skipping it finds the same candidates. Most of the pattern's matches in prose are
 * such dates (47,000 of 60,000 in the pii-text corpus); skipped, none costs the engine a candidate.
 */
const DATE_AHEAD = String.raw`(?!(?:\d{4}(?:\.\d\d?\.|-\d\d?-|\/\d\d?\/)\d\d?|\d\d?(?:\.\d\d?\.|-\d\d?-|\/\d\d?\/)\d{4})(?=$|[^\d()/\u00a0\u2007\u2009\u202f.&;\- A-Za-zд]|\.$|\.[^\d()/\u00a0\u2007\u2009\u202f.&;\-A-Za-zд]| $| [^\d()/\u00a0\u2007\u2009\u202f.&;\-A-Za-zд]| [b-cf-hjmoqsuvyzB-CE-HJMOQSUVX-Z]))`;

/** phone.pattern without DATE_AHEAD: the candidates it skips are the ones rejects settles as dates (phone-rejects.test.ts). */
export const PHONE_CANDIDATES = new RegExp(CANDIDATE_START + CANDIDATE, 'g');

export const phone: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit,
  minDigits: 7, // validPhone rejects fewer
  // Digits with spaces (also no-break and thin ones; never two ASCII spaces in a row: groups that far
  // apart are a printed form's columns, `12 01 2026  11  99213`), dots (not a dot and a space: a box's
  // number before a date, `24. 5. 3. 2026`), dashes, brackets and a slash; an
  // optional extension (also RFC 3966's `;ext=` of a tel: URI, Russian `доб.`, EXTENSION_WORDS); a "+" may be written "%2B" in a URL. No newlines inside; never inside a longer token (a word, a path, a decimal,
  // a time: a colon only after a word, as in "tel:+1…", or before a blank or the end, closing a clause; a no-break space may be a character reference, markup.ts; a dash and a part with a digit after it, as in
  // a trace id "Root=1-73287691-e713…"; "…-Fax" after a number is a label). A "+" before or a ":" and a
  // letter after are an EDIFACT segment's separators, and nothing else (validate: separatorsFit). Not at a
  // date that rejects would settle (DATE_AHEAD).
  pattern: new RegExp(CANDIDATE_START + DATE_AHEAD + CANDIDATE, 'g'),
  score: 0.6,
  // A labelled dotted quad (LABELLED_QUAD); a reservation's phone element scores as a context word would.
  maxScore: 0.95,
  // Those two, and a cue's, need a letter before the number (a key, a label, an element code) or a
  // context word in the column name (or a threshold at CUE_ONLY, which reads as a cue).
  unlabelled: { maxScore: 0.6, threshold: CUE_ONLY },
  usesFloor: true,
  rejects: rejectedWhateverCue,
  validate(written, text, start, end, floor) {
    // A "+" written "%2B" (a URL's query string: "?From=%2B14155550123") is read as the "+".
    // A no-break space written `&nbsp;` (markup.ts) is read as the space.
    const raw = referencesAsSpaces(written.charCodeAt(0) === 37 ? '+' + written.slice(3) : written);
    // Every test below only rejects; the cheapest come first.
    const digits = countDigits(raw);
    if (digits < 7 || digits > 18) return false; // as validPhone
    if (!separatorsFit(digits === raw.length, text, start, end)) return false;
    const v = ASCII.test(raw) ? raw : raw.replace(WIDE_SPACES, ' ');
    // Without a phone's written shape, a number scores CUE_ONLY at best: without a context word
    // lifting it, it cannot pass, and the region-by-region parse it would take is skipped.
    const cue = floor === undefined || floor <= CUE_ONLY;
    const shapeCue = phoneShape(v, digits) === 'cue';
    // A record's key naming a phone right before the value (`"servedMSISDN":"4915…"`) is its cue.
    let keyed = shapeCue && !cue && (phoneKeyBefore(text, start) || hl7PhoneField(text, start, end) || pnrPhoneField(text, start));
    if (shapeCue && !cue && !keyed) return false;
    // A bare run's or a short dotted number's slash (`10/0.0000`) is no phone's, cue or none (as rejects says).
    const why = shapeCue && !slashShapeOk(v) ? 'shape' : slashWhyOnce(v, text, start, end);
    // A decimal of a national number's shape ("8123.4567"), a dotted quad ("34.41.78.54") or a slash where
    // the region does not write one ("612/345 678") needs a cue, as a bare run does.
    const cued = why === 'decimal' || why === 'quad' || why === 'slash';
    if (cued && !cue) keyed = phoneKeyBefore(text, start);
    if (why !== undefined && (!cued || !(cue || keyed))) return false;
    // An IPv4 address's shape only with the phone's own label: its key, its column (the whole value), or a
    // phone word right before it (`Tlf. 34.41.78.54`, `Mobil: …`; not `mobile app 12.40.11.23`). That label
    // outranks an address word elsewhere in the window (`Router IP …` on the next line), which labels another number.
    const labelledQuad = why === 'quad' && (keyed || phoneLabelRightBefore(text, start) || (start === 0 && end === text.length));
    if (why === 'quad' && !labelledQuad) return false;
    const needsCue = shapeCue || cued;
    let open = 0;
    for (let i = v.indexOf('('); i !== -1; i = v.indexOf('(', i + 1)) open++;
    for (let i = v.indexOf(')'); i !== -1; i = v.indexOf(')', i + 1)) open--;
    if (open !== 0) return false; // unbalanced brackets
    // "17151 2450 Crown St": a house number and a street number, not a phone; a trunk prefix
    // ("07700 900123 twice") or a context word ("call 555 1234 today") says it is one.
    if (!cue && v.charCodeAt(0) !== 48 && /^\d+ \d+$/.test(v) && streetAfter(text.slice(end, end + 32))) return false;
    // Written numbers group digits in twos to fours; several lone digits are a list, not a number
    // (and this keeps long runs like "1 1 1 1 …" from reaching the costly region-by-region parse).
    // A NANP-shaped number (at most a lone country code, four groups, no extension nor "(0)") passes
    // this test, and validPhone would settle it by nanpAnswer first: both are skipped.
    const nanp = NANP.test(v);
    if (!nanp) {
      const g = digitGroups(v);
      if ((g & 255) > 1 || g >> 8 > 6) return false;
    }
    let ok = (nanp ? nanpAnswer(v) : undefined) ?? validPhone(v.includes('/') ? v.replace(/ ?\/ ?/, ' ') : v);
    // A trunk-prefixed number of a region tried only so: with a cue, or written exactly as that region's national format.
    if (!ok && v.charCodeAt(0) === 48 && (cue ? validPhone(v, CUED_REGIONS) : digits < v.length && aloneInField(text, start, end, true) && writtenAsCuedRegion(v))) ok = 'valid';
    // A bare run with a cue may be an international number written without its "+" (an MSISDN).
    if (!ok && needsCue && digits >= 10 && digits === v.length && validPhone('+' + v) === 'valid') ok = 'valid';
    if (!ok) return false;
    // Digits in dashed groups only (no "+", bracket, space or dot) that split one of the plan's own are a part or
    // article number's ("3011-2860-20", "48510-55"); three or more dotted groups without a trunk "0" first are a
    // software version's ("14.203.7.9921", "7.22.190.31.4406") unless written as a region writes its numbers
    // (versionLike). A cue is needed then.
    const versionShaped = !DASHED.test(v) && VERSION_LIKE.test(v) && versionLike(v);
    const loose = !needsCue && !nanp && ok === 'valid' && (DASHED.test(v) ? !groupedAsPlanned(v) && !(aloneInField(text, start, end, true) && writtenAsCuedRegion(v)) : versionShaped);
    // A version's cue is a phone word that labels it (before it) or its column (the whole value): in
    // "rebooted after OTA 3.14.26.1074, contact the desk" the phone word is about what follows.
    if (loose && versionShaped && plainVersion(v) && !keyed && (start > 0 || end < text.length) && !phoneWordBefore(text, start)) return false;
    // A reservation's phone element (`3 AP …`, `1.CPH*…`) labels the number as a phone word would.
    if (pnrPhoneField(text, start)) return phone.contextScore!;
    if (labelledQuad) return LABELLED_QUAD;
    return phoneScore(ok, !keyed && (needsCue || loose));
  },
  recognise: wholeNanp,
  context: ['phone', 'tel', 'mobile', 'cell', 'call', 'fax', 'contact', 'whatsapp', 'sms', 'dial', 'handy', 'mobil', 'fone', 'movil', 'móvil', 'celular', 'portable', 'gsm', 'landline', 'hotline', 'msisdn', 'tél', '電話', 'voicemail', 'tlf', 'puh', 'тел', 'a_number', 'b_number', 'a-number', 'b-number', 'ring me', 'ring mig', 'ring meg', 'rufen sie', 'anrufen', 'appelez', 'appelle', 'chiamami', 'chiamato', 'llámame', 'llamó', 'ligue para', 'ligou', 'bel me', 'mobiele', 'zadzwoń', 'komórk', ...CHAT_CUES],
  contextScore: 0.85,
  contextAtWordStart: true,
  contextNearest: true,
  notContext: [
    'isbn', 'issn', 'ean', 'upc', 'gtin', 'ndc', 'barcode', 'sku', 'item', 'order', 'invoice', 'tracking', 'parcel', 'shipment', 'serial', 'article', 'part', 'version', 'build', 'firmware', 'fw', 'sw', 'ver', 'release', 'revision', 'bios', 'timestamp', 'epoch', ...PRICE_WORDS, 'quantity', 'qty', 'zip', 'postcode', 'postal',
    // EDI envelopes' control numbers (ISA13, GS06, ST02; edi-control-numbers.ts).
    'interchange', 'control', 'isa', 'icn',
    ...MEASURE_WORDS,
    // A business, tax or bank identifier's column (`vat_number`, `abn`, `PartitaIVA`: business-id-words.ts).
    ...BUSINESS_ID_COLUMN_WORDS,
  ],
  // `call_duration_ms`, `sms_count`, `phone_verified_at`: the measure or time of a call, not its number.
  notContextLast: MEASURE_LAST_WORDS,
  // Names of the number itself whose last word is also a measure or an identifier's (notContextLast);
  // RADIUS `Calling-Station-Id`/`Called-Station-Id` hold the caller's and the dialled number (RFC 2865
  // §5.30/5.31; a MAC for 802.1X, which the mac detector reads).
  columnContext: ['caller id', 'callerid', 'calling number', 'called number', 'callback number', 'station id', 'stationid'],
};

/**
 * Whether a number written without a country code or trunk prefix is grouped as the national format
 * of a region where it is valid writes it (libphonenumber's STRICT_GROUPING leniency): every break
 * between its digit groups is a break of that format ("612 34 56 78" or "612345678" in Spain, not
 * "6123-456-78"). A single group (a bare run) has no break to check. Counted from the end, so that
 * a prefix the format adds does not shift the breaks.
 */
function groupedAsPlanned(v: string, exactly = false): boolean {
  const groups = v.match(/\d+/g) ?? [];
  if (groups.length < 2) return true;
  const written = breaksFromEnd(groups);
  for (const r of PHONE_REGIONS) {
    const n = parsePhoneNumberFromString(v, r);
    if (!n?.isValid()) continue;
    const format = n.formatNational().match(/\d+/g) ?? [];
    // `exactly`: the format's own groups, no prefix added to the digits written and none merged.
    if (exactly && (format.length !== groups.length || format.join('') !== groups.join(''))) continue;
    const planned = new Set(breaksFromEnd(format));
    if (written.every((b) => planned.has(b))) return true;
  }
  return false;
}

/**
 * Whether dotted groups without a trunk prefix (VERSION_LIKE) read as a software version: a group of
 * one digit ("14.203.7.9921"), a major number of one or two digits and a build number last, longer than every other group
 * ("11.449.5796", "21.931.1163"), or groups that are not exactly a region's national format — the
 * same digits (no trunk prefix the format would add: Switzerland writes "021 931 11 63", not
 * "21.931.1163") in the same groups (Luxembourg's "20 46 60 39 55" is not "20.46.6039.55").
 */
function versionLike(v: string): boolean {
  const groups = v.split('.');
  const last = groups[groups.length - 1]!.length;
  // A group of one digit: no national format writes one without a trunk or country code before it
  // (the North American "1.555.123.4567" never gets here); settled without a parse per region.
  if (groups.some((g) => g.length === 1)) return true;
  if (groups[0]!.length <= 2 && last >= 4 && groups.every((g, i) => i === groups.length - 1 || g.length < last)) return true;
  return !groupedAsPlanned(v, true);
}

/** Digits after each break between groups, counted from the end. */
function breaksFromEnd(groups: readonly string[]): number[] {
  const out: number[] = [];
  let after = 0;
  for (let i = groups.length - 1; i > 0; i--) {
    after += groups[i]!.length;
    out.push(after);
  }
  return out;
}

/** A capitalised word, or a street word within the next few words ("fourth avenue", "rue de …"). */
function streetAfter(after: string): boolean {
  return /^[ \t]+\p{Lu}/u.test(after) || STREET_WORD.test(after);
}
const STREET_WORD = /^[ \t]+[^\n]{0,20}\b(?:st|street|ave|avenue|road|rd|rue|lane|ln|way|blvd|boulevard|drive|dr|court|ct|place|pl|square|sq|apt|suite|unit|strasse|straße|str|via|calle|weg|gasse|plein|laan|vej|gade|katu|utca|ulica)\b/i;

/**
 * A key right before the value (`"servedMSISDN":"`, `a_number=`, `callingPartyNumber: `) with a
 * phone's word among its words (split at `_`, `-`, `.` and lower-to-upper humps): `phone`, `tel`,
 * `mobile`, `msisdn`, `fax`, `caller` … or an A/B number of a call record. Not `cell` or `contact`
 * (a `cell_id`, a `contact_id`). A time's key (`call_started_at`) is the label of an epoch
 * (notAPhone).
 */
/**
 * Dotted groups a release numbers and no dialled number writes: four or more groups, a group of one digit,
 * or a major number of one or two digits (`3.14.26.1074`, `12.4.1877`; not `212.555.0147`, whose phone
 * word may follow it in a list: "212.555.0147 work").
 */
function plainVersion(v: string): boolean {
  const groups = v.split('.');
  return groups.length >= 4 || groups[0]!.length <= 2 || groups.some((g) => g.length === 1);
}

/**
 * notAPhone's answer, for a number written with one slash: a slash after a trunk prefix's area code
 * (`030/1234567`) or NANP's (`555/555-1234`) is a phone's shape; one elsewhere (`612/345 678`, `11/91234-5678`)
 * is 'slash', which a cue makes a phone, when the number has three groups or more; two slashes are no phone's.
 */
function slashWhy(v: string, text: string, start: number, end: number): ReturnType<typeof notAPhone> | 'slash' {
  const at = v.indexOf('/');
  if (at === -1 || slashShapeOk(v)) return notAPhone(v, text, start, end);
  // Two numbers about a slash are a pair of ids (a cell's `LAC/CI`, `12345/45678`), a ratio or a fraction.
  if (v.indexOf('/', at + 1) !== -1 || v.split(/[ /.-]+/).length < 3) return 'shape';
  return notAPhone(v, text, start, end) ?? 'slash';
}

/**
 * A phone word (one of the detector's context words starting the word) right before `start`: only a dot,
 * blanks and a `:`, `#` or `=` between (`Tlf. `, `Mobil: `, `Telefon `).
 */
const LAST_WORD = lazyRegExp(String.raw`(\p{L}+)\.?[ \t\u00a0]*[:#=]?[ \t\u00a0]*$`, 'u');
function phoneLabelRightBefore(text: string, start: number): boolean {
  const m = LAST_WORD().exec(text.slice(Math.max(0, start - 24), start));
  if (m === null) return false;
  const word = m[1]!.toLowerCase();
  return !NETWORK_ELEMENTS.has(word) && phone.context!.some((w) => word.startsWith(w));
}

/**
 * Words that start with a phone word but name a network element, addressed by IP in gateways' logs
 * (`smsc:10.20.130.40`: a short-message service centre in an SMS gateway's delivery report).
 */
const NETWORK_ELEMENTS = new Set(['smsc', 'smsgw', 'smpp']);

/**
 * The number fills a field by itself: a whole value, or between a line's start or end, `|`, a tab or `;`
 * (blanks aside) — a table's or manifest's column, where no label word stands before it. `commas`: a
 * comma too (a CSV line's field: a region's national format written exactly, writtenAsCuedRegion).
 */
function aloneInField(text: string, start: number, end: number, commas = false): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  const edge = (c: number) => FIELD_EDGE.has(c) || (commas && c === 44);
  return (i < 0 || edge(text.charCodeAt(i))) && (j >= text.length || edge(text.charCodeAt(j)));
}
/** `\n`, `\r`, `|`, tab, `;`. */
const FIELD_EDGE = new Set([10, 13, 124, 9, 59]);

/** A phone word (the detector's context words) in the window before `start`, no other number between. */
function phoneWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - DEFAULT_WINDOW), start).toLowerCase();
  return hasContext(before, before.length, before.length, phone.context!, DEFAULT_WINDOW, true, true);
}

function phoneKeyBefore(text: string, start: number): boolean {
  const b = keyedTextBefore(text, start, 48);
  const key = keyNameBefore(b, b.length);
  // A `|` table's header naming a phone above the value is its key (pipe-header.ts).
  if (key === undefined) return afterBar(text, start) && pipeHeaderNames(text, start, PHONE_HEADER);
  const words = keyWords(key);
  return words.some((w, i) => PHONE_KEY_WORDS.has(w) || ((w === 'a' || w === 'b') && /^(?:number|nummer|num|no|nr)$/.test(words[i + 1] ?? '')));
}
/** The value starts a `|` table's field (only blanks after the bar). */
function afterBar(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return text.charCodeAt(i) === 124;
}
const PHONE_HEADER = /(?:^|[^a-z])(?:phone|telephone|tel|telefon|mobile|mobil|cell|msisdn|fax)(?:$|[^a-z])/;
const PHONE_KEY_WORDS = new Set(['phone', 'telephone', 'tel', 'telefon', 'telefono', 'mobile', 'mobil', 'msisdn', 'fax', 'caller', 'callee', 'calling', 'called', 'handy', 'landline', 'whatsapp', 'sms', 'fone', 'telefone', 'celular', 'cellulare']);

/**
 * A "+" before the number or a ":" after it is an EDIFACT segment's separator (`FTX+DEL+++0043 1 5550123:ANNA BERG'`)
 * or makes it part of a longer token (a sum `1+2345678`, `host 0301234567:Admin`). In a segment, a bare run
 * that is a whole element or component (after `+` or `:`) is a code or a reference (`BGM+220+0612345678+9'`,
 * `RFF+ON:0612345678'`); a phone only in a COM segment, by its qualifier (phone-edi.ts).
 */
function separatorsFit(bare: boolean, text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  // A colon before a blank or the end closes a clause (`SMS to +44 7700 900123: Dear …`), no token.
  const colonAfter = text.charCodeAt(end) === 58 && end + 1 < text.length && !/\s/.test(text[end + 1]!);
  const sepBefore = before === 43 || before === 58; // "+" ":"
  if (!sepBefore && !colonAfter) return true;
  if (!inEdifactSegment(text, start)) return before !== 43 && !colonAfter;
  return !(sepBefore && bare);
}

/** Digits in dashed groups. */
const DASHED = /^\d+(?:-\d+)+$/;
/** Three or more dotted groups, the first without a trunk "0" (a version's major number; `030.1234.567`, `01.23.45.67.89` are dialled). */
const VERSION_LIKE = /^[1-9]\d*(?:\.\d+){2,}$/;

/** Printable ASCII only (no wide spaces to normalise). */
const ASCII = /^[\x20-\x7e]*$/;
