// Person names in free text: "Mr./Mrs./Ms./Dr. Name Surname" forms, runs of capitalised words
// starting with a known given name (name list from @stdlib), "Name X. Surname" (a middle initial),
// capitalised words after a cue ("my name is", "Dear", "by") or before one ("… said", "… lives at"),
// and, once a name is found, its words used alone elsewhere in the same text ("Kaczmarek … Bonifacy
// Kaczmarek"). The span excludes the title and a possessive "'s".
import { calendarWord, isEnglishDateAbbreviation } from './calendar-words.js';
import { ENGLISH, GIVEN, isCommonWord, isGivenName, NOT_ALONE, NOT_LAST, PERSON, PLACE, wordClass } from '../names.js';
import { afterCallNumberClass, inMacVendorParens } from './surroundings.js';
import { NEED, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta)';
/** A capitalised word: "Anna", "McCray", "O'Brien", "Hauta-aho", "Jean-Luc". */
const WORD = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]{1,30}(?:\\p{Lu}\\p{Ll}{1,30})?(?:-\\p{L}\\p{Ll}{1,30})?";
const INITIAL = '\\p{Lu}\\.?';

/**
 * Every match starts with a capital (a title's or a word's): an ASCII one or a character from U+00C0
 * on (every \p{Lu} is one). The look-ahead for one first lets the regular-expression engine skip the
 * other characters, most of a text, before it tries the look-behind (measured: some 40 % less time).
 */
const CAPITAL_AHEAD = '(?=[A-Z\\u00C0-\\u{10FFFF}])';

const PERSON_SOURCE = `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}])(?:(${TITLE})\\.?[ \\t]{1,3})?(${WORD}(?:[ \\t](?:${WORD}|${INITIAL}(?=[ \\t]\\p{Lu}))){0,3})(?![\\p{L}\\p{N}])`;

/** The names' pattern searched globally: the reference forEachPersonRun reads as (made on first use: the scan reads PERSON_AT). */
export const PERSON_PATTERN = lazyRegExp(PERSON_SOURCE, 'gu');

/** PERSON_PATTERN read in place (sticky) at a capital forEachPersonRun found. */
const PERSON_AT = new RegExp(PERSON_SOURCE, 'uy');

/**
 * The UTF-16 units that may start a capital letter (\p{Lu}, where every match of PERSON_PATTERN
 * starts) from U+00C0 on: the blocks that hold one (gaps of up to 16 lower-case characters within
 * them kept), and the leading surrogates (a capital of the astral planes). Lower-case Latin-1, Greek
 * and Cyrillic letters, and the scripts without case (CJK, Arabic, Hebrew, Devanagari…) are left out:
 * no match starts there (test/unit/checks/pii/person-scan-exact.test.ts checks every code point).
 */
export const CAPITAL_UNITS =
  '\\u00C0-\\u00DE\\u0100-\\u024E\\u0370-\\u03AB\\u03CF-\\u042F\\u0460-\\u0556\\u10A0-\\u10CD\\u13A0-\\u13F5\\u1C89-\\u1CBF\\u1E00-\\u1F6F\\u1FB8-\\u1FFB\\u2102-\\u2145\\u2183\\u2C00-\\u2C2F\\u2C60-\\u2CF2\\uA640-\\uA66C\\uA680-\\uA69A\\uA722-\\uA7DC\\uA7F5\\uFF21-\\uFF3A\\uD800-\\uDBFF';

/**
 * CAPITAL_UNITS as a table by UTF-16 unit (1: may start a capital), read per character by
 * forEachPersonRun: a loop over the text's units costs a third less than a pattern's search.
 */
const CAPITAL_TABLE = capitalTable(CAPITAL_UNITS);
function capitalTable(units: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [, from, to] of units.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/g)) table.fill(1, parseInt(from!, 16), parseInt(to ?? from!, 16) + 1);
  return table;
}

const TITLE_BEFORE = lazyRegExp(`(?:^|[^\\p{L}])${TITLE}\\.?[ \\t]{1,3}$`, 'u');

/** The last letters of TITLE's words (r s x f e m u a), as bits of (code - 97): what titleBefore reads before its pattern. */
const TITLE_LAST = [114, 115, 120, 102, 101, 109, 117, 97].reduce((bits, c) => bits | (1 << (c - 97)), 0);

/**
 * Whether a title ends right before `start` (TITLE_BEFORE over the six characters before it). Its
 * pattern runs only after what it ends with: one to three blanks, a dot or none, a title's last
 * letter (most capitalised words follow a blank and another letter).
 */
export function titleBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= start - 3 && isBlank(text.charCodeAt(i))) i--;
  if (i === start - 1) return false;
  if (text.charCodeAt(i) === 46) i--;
  const last = text.charCodeAt(i);
  return last >= 97 && last <= 122 && ((TITLE_LAST >> (last - 97)) & 1) === 1 && TITLE_BEFORE().test(text.slice(Math.max(0, start - 6), start));
}

const CUE = /(?:\bname is|\bname's|\bi'm|\bi am|\bdear|\bhi|\bhello|\bnamed|\bcalled|\bname:|\bby:|\buser:|\bsigned|\bregards,|\bsincerely,|\bthanks,|\bask for|\bspoke (?:to|with)|\bmeet|\bmarried|\bwife|\bhusband|\bson|\bdaughter|\bfriend|\bcolleague|\bsays|\bsaid|\bdirected by|\bwritten by|\bsung by|\bnot by|\bproduced by|\bproducer|\bstarring|\bfollow up with|\bassistant to|\bremember me,|\bfounders:|\bsurname|\blast name\??|\bfirst name\??|\byour name\?|\bname\b[^.\n]{0,20}\b(?:to|is)|\bunder(?: my \w+'s name)?|\badd|\bshouted at|\bto speak to|\bemployee|\bcustomer|\bpatient|\bbeneficiary|\bcontact|\bcall|\bmr\.?|\bmrs\.?|\bms\.?)[ \t]*[:,]?[ \t\n]*$/i;

/** Words after a name that make capitalised words a person: "X lives at", "X said", "X's killers". */
const AFTER = lazyRegExp(String.raw`(?:['’]s\b|,? (?:lives|lived|will|had|has|said|says|explained|shouted|spent|spoke|began|is (?:a|an|the|very|from|so)|was (?:a|an|the|born)|from \p{Lu}|who|and (?:his|her) )|,? the [\p{L} ]{2,30}, said)`, 'uy');

/**
 * After a single word that no list knows: a verb of people (not "is a", which companies and films
 * share: "Persint is a German multinational"), a speaker's line ("Nicole: Remember me"), a vocative
 * ("Leif, can I…").
 */
const AFTER_ONE_WORD = /(?:,? (?:lives|lived|had|has|said|says|explained|shouted|spent|spoke|began|is (?:very|from|so)|was born|who )|, (?:can|could|would|will|please|I|you|we)\b)/uy;
/** The first letters of AFTER_ONE_WORD's words (l h s e b i w c p I y). */
const AFTER_ONE_WORD_FIRST = new Set([108, 104, 115, 101, 98, 105, 119, 99, 112, 73, 121]);

/**
 * Whether AFTER_ONE_WORD reads at `end`, where the text holds `next` (a space or a comma): its
 * pattern only after a space (and the comma) and one of its words' first letters.
 */
export function afterOneWord(text: string, end: number, next: number): boolean {
  const at = next === 44 ? end + 2 : end + 1;
  return (next === 32 || text.charCodeAt(end + 1) === 32) && AFTER_ONE_WORD_FIRST.has(text.charCodeAt(at)) && readsAt(AFTER_ONE_WORD, text, end);
}
const SPEAKER = lazyRegExp(String.raw`:[ \t]*["“]?\p{Lu}`, 'uy');
/** The end of a line after a name: blanks, then a line break. */
const LINE_END = /[ \t]*\n/y;

/** Whether a sticky pattern matches the text at `at`. */
function readsAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Three capitalised words "A, B and C", as company names are written ("Jones, Mitchell and Williams",
 * "The Davis, Reynolds and Williamson Orchestra"): surnames, but persons only after a cue ("our 3
 * founders: Monjeau, Graves and Reed") or with two given names among them.
 */
const TRIPLE = lazyRegExp(String.raw`(?=[A-Z\u00C0-\u{10FFFF}])(?<![\p{L}\p{N}])(?<!, ?)(\p{Lu}[\p{Ll}'’-]+), (\p{Lu}[\p{Ll}'’-]+),? and (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}]| ?, ?\p{Lu})`, 'gu');

/** The ranges of the company-like triples of a text (see TRIPLE). */
const NO_TRIPLES: ReadonlyArray<[number, number]> = [];
function firmTriples(text: string): ReadonlyArray<[number, number]> {
  // A triple's ", " comes before its " and ": both searched for, the rarer first.
  const comma = text.indexOf(', ');
  if (comma === -1 || !text.includes(' and ', comma)) return NO_TRIPLES;
  let out: Array<[number, number]> | undefined;
  const triple = TRIPLE();
  triple.lastIndex = 0;
  for (let m = triple.exec(text); m !== null; m = triple.exec(text)) {
    if ([m[1]!, m[2]!, m[3]!].filter(isGivenName).length >= 2 || CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    (out ??= []).push([m.index, m.index + m[0].length]);
  }
  return out ?? NO_TRIPLES;
}

/**
 * Month and weekday abbreviations written in a date: `[10/Oct/2000:13:55:36 -0700]` (common log
 * format), `Oct 11 22:14:15` (RFC 3164), `Thu, Nov 27, 2023`, `Fri Jun 7 02:25:08 UTC 2023`: a digit,
 * or another such word, next to them.
 */
function dateWords(words: readonly string[], text: string, start: number, end: number): boolean {
  // A digit, then a space, "/", "." or "-", right before (read by index: this runs per candidate).
  const sep = text.charCodeAt(start - 1);
  if (!(digitAt(text, start - 2) && (sep === 32 || sep === 47 || sep === 46 || sep === 45)) && !linkedDigitBefore(text, start)) {
    const after = /^,? {1,2}(?:(?:de|di|del|of) )?(\d|\p{Lu}\p{Ll}{2})|^[/.-]\d/u.exec(text.slice(end, end + 10));
    if (after === null || !(after[1] === undefined || /\d/.test(after[1]) || isEnglishDateAbbreviation(after[1]))) return false;
  }
  return words.every(isDateWord);
}

/** A day, then a linking word of a date, before `start`: "15 de Marzo", "3 di marzo", "17th of March" (a digit then "th"). */
const LINKED_DIGIT_BEFORE = /\d(?:st|nd|rd|th)? (?:de|di|del|of) $/;
function linkedDigitBefore(text: string, start: number): boolean {
  // The word before ends in "e", "i", "l" or "f" and a space (read by index first: this runs per candidate).
  const c = text.charCodeAt(start - 2);
  return start > 4 && text.charCodeAt(start - 1) === 32 && (c === 101 || c === 105 || c === 108 || c === 102) && LINKED_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
/** A linking word, then a year, after `end`: "Marzo de 2022". */
const LINKED_DIGIT_AFTER = /,? (?:de|di|del|of) \d/y;
function linkedDigitAfter(text: string, end: number): boolean {
  // The word after starts with "d" or "o" (read by index first: this runs per candidate).
  const c = text.charCodeAt(end + (text.charCodeAt(end) === 44 ? 2 : 1));
  return (c === 100 || c === 111) && readsAt(LINKED_DIGIT_AFTER, text, end);
}

/** A digit in the two characters before `start` or the three after `end` (a date's day or year). */
function digitNear(text: string, start: number, end: number): boolean {
  return digitAt(text, start - 2) || digitAt(text, start - 1) || digitAt(text, end) || digitAt(text, end + 1) || digitAt(text, end + 2) || digitAt(text, end + 3);
}

/** An ASCII digit at `i` (NaN, out of the text, is none). */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * An English month or weekday abbreviation, or a month or weekday name of the languages of
 * calendar-words.ts ("Sonntag, 6. Dezember 2026", "dimanche 6 décembre"): its words hold both.
 */
function isDateWord(word: string): boolean {
  return calendarWord(word) !== 0;
}

/**
 * Inside the comment of a product token (RFC 9110 user agents: `Mozilla/5.0 (Macintosh; Intel Mac OS X
 * 10_15_7)`, `AppleWebKit/537.36 (KHTML, like Gecko)`; W3C logs write "+" for the spaces): platform
 * and engine names, not people.
 */
function inProductComment(text: string, start: number): boolean {
  // Within the 64 characters before the word only (a bounded look, without a copy).
  for (let i = start - 1; i >= 0 && i >= start - 64; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) return false; // ")"
    if (c === 40) return i > 0 && PRODUCT_VERSION_END.test(text.slice(Math.max(0, i - 24), i)); // "("
  }
  return false;
}
const PRODUCT_VERSION_END = /[A-Za-z][\w.-]*\/\d[\w.]*[ +]?$/;

/** Strips a trailing possessive. */
function trimPossessive(name: string): string {
  if (!name.includes("'") && !name.includes('’')) return name;
  const i = name.search(/['’]s(?:[ \t]|$)/u);
  return i === -1 ? name : name.slice(0, i);
}

/** Whether the text before `start` ends a sentence (or the text starts there). */
function sentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '>' || text[i] === '(')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === ':';
}

/** The last word of each CUE alternative (lower case, without its ":" "," or "?"). */
const CUE_LAST_WORDS = new Set(
  "is name's i'm am dear hi hello named called name by user signed regards sincerely thanks for to with meet married wife husband son daughter friend colleague says said producer starring me founders surname under add at employee customer patient beneficiary contact call mr mrs ms".split(' '),
);

/** What may stand between a cue's last word and the name: blanks, a line break, `:` `,` `.` `?` (compared, not a set: read per candidate). */
function isCueTrail(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 58 || c === 44 || c === 46 || c === 63;
}

const CUE_WORD_MAX = Math.max(...[...CUE_LAST_WORDS].map((w) => w.length));

/**
 * Whether a CUE may end right before `start`: the word before (blanks, ":", ",", "." and "?" aside)
 * ends one of its alternatives. Cheaper than the pattern, which most capitalised words would run.
 */
function cueMayEnd(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isCueTrail(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && isWordUnit(text.charCodeAt(begin - 1))) begin--;
  if (end - begin < 2 || end - begin > CUE_WORD_MAX) return false;
  const word = text.slice(begin, end);
  if (CUE_LAST_WORDS.has(word)) return true;
  // Folded only when that changes the word (most words are lower-case ASCII already).
  const lower = word.toLowerCase();
  const folded = lower.includes('’') ? lower.replace('’', "'") : lower;
  return folded !== word && CUE_LAST_WORDS.has(folded);
}

/** A letter or an apostrophe (ASCII without a pattern). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return c === 0x2019 || /\p{L}/u.test(String.fromCharCode(c));
}

/** Abbreviations of "number" that end a label (`No.`, `Nr`, `Nº`, `Núm`, `Nro`). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nr', 'nº', 'núm', 'num', 'nro']);
/** What follows such a label: its dot, colon or hash, or a number. */
const NUMBER_AFTER = /[.:#]|[ \t]?\d/y;
/** Such a label's abbreviation after a word (`Reg. No. 123`, `VAT Reg Nr: 123`): the word begins the label. */
const NUMBER_LABEL_AFTER = /\.?[ \t](?:no|nr|nº|núm|num|nro)(?:[.:#]|[ \t]?\d)/iy;

/** Score of a candidate name, or false. */
function scoreName(v: string, text: string, start: number, oneWordClass?: number): number | false {
  // PERSON_PATTERN separates words by one space or tab.
  const words = v.includes(' ') || v.includes('\t') ? v.split(/[ \t]/) : [v];
  const lastClass = oneWordClass !== undefined && words.length === 1 ? oneWordClass : wordClass(words[words.length - 1]!);
  if ((lastClass & NOT_LAST) !== 0 || (words.length === 1 && (lastClass & NOT_ALONE) !== 0)) return false;
  // One word no list knows (most capitalised words of other languages' prose: "Bestellung", "Depuis")
  // scores only after a title or a cue, or before a verb or a speaker's colon: those asked first, the
  // date and number-label tests below only for a word that may score.
  if (words.length === 1 && (lastClass & PERSON) === 0 && !unknownWordMayScore(v, text, start, lastClass)) return false;
  // Month and weekday names next to a digit: a date. The abbreviations have three to five letters
  // (the others are not lower-cased for the lookup); other names need a digit within three characters.
  const last = words[words.length - 1]!;
  const dated = isEnglishDateAbbreviation(last) || digitNear(text, start, start + v.length) || linkedDigitAfter(text, start + v.length) || linkedDigitBefore(text, start);
  if (dated && dateWords(words, text, start, start + v.length)) return false;
  // A label ending in a number's abbreviation before its number ("Case No. 0412…", "Ticket Nr 123"): no name.
  if (last.length <= 3 && NUMBER_ABBREVIATIONS.has(last.toLowerCase()) && readsAt(NUMBER_AFTER, text, start + v.length)) return false;
  if (words.length === 1 && readsAt(NUMBER_LABEL_AFTER, text, start + v.length)) return false;
  // A title ends in a blank right before the name: the pattern only then.
  if (titleBefore(text, start)) return 0.85;
  // Common English words alone ("The", "Budget", "Customer Service", "Harbour Project") name no
  // person, one word even after a cue; so does a place (a region, a language, a time zone's city).
  let common = 0;
  let known = 0;
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const c = oneWordClass !== undefined && words.length === 1 ? oneWordClass : wordClass(words[i]!);
    if (i === 0) first = c;
    if ((c & (ENGLISH | GIVEN)) === ENGLISH) common++;
    if (c & PERSON) known++;
  }
  if (words.length === 1 && (common === 1 || (first & PLACE) !== 0)) return false;
  // A cue right before capitalised words ("my name is", "Dear", "Name:") makes any name a name.
  if (cueMayEnd(text, start) && CUE.test(text.slice(Math.max(0, start - 24), start))) return words.length >= 2 ? 0.75 : 0.6;
  if (common === words.length) return false;
  // The patterns after the name are sticky: read in place, from its end (no copy of the text).
  const end = start + v.length;
  // Two or three capitalised words alone on a line of a multi-line text (a letter head, a signature,
  // a résumé); a one-line value such as a product name does not count.
  if (words.length >= 2 && (start === 0 || text[start - 1] === '\n' || /\n[> \t]{0,3}$/.test(text.slice(Math.max(0, start - 4), start))) && readsAt(LINE_END, text, end)) return 0.65;
  // "Name X. Surname": a middle initial.
  if (words.length === 3 && /^\p{Lu}\.?$/u.test(words[1]!)) return 0.7;
  const given = (first & GIVEN) !== 0;
  // The patterns after a name start with one of a few characters: read only after one of them.
  const next = text.charCodeAt(end);
  const verb = (next === 32 || next === 44 || next === 39 || next === 0x2019) && readsAt(AFTER(), text, end);
  if (words.length >= 2) {
    if (given || verb) return 0.7;
    // Names of the lists alone: a person inside a sentence; at its start, as often a firm ("Goldman Sachs").
    if (known === words.length) return sentenceStart(text, start) ? false : 0.6;
    return known >= 1 && !sentenceStart(text, start) && !PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? 0.55 : false;
  }
  // One word: before a verb, as a speaker or a vocative (any word but a common English one), or one of
  // the name lists inside a sentence, not as its first word (where any word is capitalised) nor after
  // a word that places it ("in Nicosia", "from Hawkins").
  if (((next === 32 || next === 44) && afterOneWord(text, end, next)) || (next === 58 && readsAt(SPEAKER(), text, end) && sentenceStart(text, start))) return 0.6;
  if (known === 0) return false;
  if (verb) return 0.6;
  if (first & ENGLISH) return false;
  if (sentenceStart(text, start)) return given ? 0.45 : false;
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? false : 0.55;
}

/**
 * Whether scoreName may give a single word of class `c` without PERSON a score: its only non-false
 * answers (a title before it, or, for a word that is neither common nor a place, a cue before it, a
 * verb or a speaker's colon after it), tested as scoreName tests them. False: scoreName says false.
 */
function unknownWordMayScore(v: string, text: string, start: number, c: number): boolean {
  if (titleBefore(text, start)) return true;
  if ((c & (ENGLISH | GIVEN)) === ENGLISH || (c & PLACE) !== 0) return false;
  if (cueMayEnd(text, start) && CUE.test(text.slice(Math.max(0, start - 24), start))) return true;
  const end = start + v.length;
  const next = text.charCodeAt(end);
  return ((next === 32 || next === 44) && afterOneWord(text, end, next)) || (next === 58 && readsAt(SPEAKER(), text, end) && sentenceStart(text, start));
}

/** A space or a tab (NaN, out of the text, is neither). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** A preposition of place right before a word: "in", "from", "of", "at", "near". */
const PLACE_BEFORE = /\b(?:in|from|of|at|near)[ \t]+$/i;

/**
 * A run of capitalised words less the leading common English words when a word that is none follows
 * ("Producer James Sparks", "I'm Amanda", "ex-Zombie Kastner"), and less trailing unit words.
 */
function trimRun(name: string, start: number): { name: string; start: number } {
  const space = name.search(/[ \t]/);
  // One word, or a first word that stays, without a trailing unit word: the run as it is (most runs).
  if (space === -1 || (!isCommonWord(name.slice(0, space)) && !TRAILING_UNIT.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()))) return { name, start };
  const words = name.split(/([ \t]+)/);
  let i = 0;
  while (i + 2 < words.length && isCommonWord(words[i]!) && words.slice(i + 2).some((w, k) => k % 2 === 0 && !isCommonWord(w))) {
    start += words[i]!.length + words[i + 1]!.length;
    i += 2;
  }
  let end = words.length;
  while (end - 2 > i && TRAILING_UNIT.has(words[end - 1]!.toLowerCase())) end -= 2;
  return { name: i === 0 && end === words.length ? name : words.slice(i, end).join(''), start };
}

const TRAILING_UNIT = new Set(['suite', 'unit', 'apt', 'apartment', 'box', 'po', 'dds', 'md', 'phd', 'jr', 'sr']);

/** The spans of the last text scanned, with their scores (the validator reads them; one text at a time). */
let lastText: string | undefined;
let lastSpans: ReadonlyArray<{ start: number; end: number; score: number }> = [];
let cursor = 0;

/** What scanPersons keeps while it reads a text's runs. */
interface PersonScan {
  text: string;
  out: Array<{ start: number; end: number; score: number }>;
  /** Characters of the text the names found cover. */
  covered: number;
  /** The company-like triples, looked for when a run that scores first needs them. */
  firms: ReadonlyArray<[number, number]> | undefined;
}

/** A space or a tab in text[from, to). */
function hasBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBlank(text.charCodeAt(i))) return true;
  return false;
}

/** One match of PERSON_PATTERN: its title (group 1), its run of words (group 2) starting at `runStart`. */
function considerRun(st: PersonScan, runStart: number, title: string | undefined, runText: string): void {
  const text = st.text;
  // Most runs are one common word starting a sentence ("The", "Please"): no name without a title.
  const one = runText.includes(' ') || runText.includes('\t') ? undefined : wordClass(runText);
  if (!title && one !== undefined && (one & (ENGLISH | GIVEN)) === ENGLISH) return;
  // One word (no blank): trimRun leaves it as it is.
  const word = trimPossessive(runText);
  const run = one === undefined ? trimRun(word, runStart) : undefined;
  const name = run === undefined ? word : run.name;
  const start = run === undefined ? runStart : run.start;
  if (name.length < 2) return;
  const score = scoreName(name, text, start, name === runText ? one : undefined);
  if (score === false) return;
  // A run inside a company-like triple is none; the triples looked for only once a run scores (most
  // texts' runs do not), as the look back below (few per text; both cost more than the score).
  if (!title) {
    st.firms ??= firmTriples(text);
    if (st.firms.length > 0 && st.firms.some(([a, b]) => start >= a && start < b)) return;
  }
  if (inProductComment(text, start)) return;
  st.out.push({ start, end: start + name.length, score });
  st.covered += name.length;
}

/**
 * Calls `visit` with each match of PERSON_PATTERN in `text`, in order, as its global search finds
 * them (start of the run of words, title, run): the pattern is tried only at the capitals (A–Z and
 * CAPITAL_UNITS) after no ASCII letter or digit (its look-behind rejects those), found by a loop over
 * the text's units; after a match, the search goes on from its end (no letter there).
 */
export function forEachPersonRun<S>(text: string, st: S, visit: RunVisitor<S>): void {
  const length = text.length;
  let before = 32; // none before the text
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 128 ? c >= 65 && c <= 90 : CAPITAL_TABLE[c] === 1) && !isAsciiLetterOrDigit(before)) {
      const end = readRun(text, i, st, visit);
      if (end !== -1) i = end - 1; // text[end] is no capital: `before` is not read for it
    }
    before = c;
  }
}

/** An ASCII letter or digit. */
function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** What forEachPersonRun calls per match: the start of its run of words, its title, the run. */
type RunVisitor<S> = (st: S, runStart: number, title: string | undefined, run: string) => void;

/** The titles of TITLE, as words. */
const TITLES: ReadonlySet<string> = new Set(TITLE.slice(3, -1).split('|'));
/** Their first letters as bits of (code - 64): D F H M P S. */
const TITLE_FIRST = [...TITLES].reduce((bits, t) => bits | (1 << (t.charCodeAt(0) - 64)), 0);

/** The match of PERSON_PATTERN at `at` given to `visit`: its end, or -1 (none there). */
function readRun<S>(text: string, at: number, st: S, visit: RunVisitor<S>): number {
  const word = asciiWordEnd(text, at);
  if (word === NO_MATCH) return -1;
  if (word !== UNSURE) {
    const run = text.slice(at, word);
    const next = text.charCodeAt(word);
    // A title before a dot or a blank may begin a longer match: the pattern decides (the titles' set
    // asked only for a word of a title's first letter, D F H M P S).
    if (!((next === 46 || next === 32 || next === 9) && ((TITLE_FIRST >> (text.charCodeAt(at) - 64)) & 1) === 1 && TITLES.has(run))) {
      visit(st, at, undefined, run);
      return word;
    }
  }
  PERSON_AT.lastIndex = at;
  if (!PERSON_AT.test(text)) return -1;
  const end = PERSON_AT.lastIndex;
  if (!hasBlank(text, at, end)) {
    visit(st, at, undefined, text.slice(at, end));
    return end;
  }
  PERSON_AT.lastIndex = at;
  const m = PERSON_AT.exec(text)!;
  visit(st, end - m[2]!.length, m[1], m[2]!);
  return end;
}

const NO_MATCH = -1;
const UNSURE = 0;

/**
 * PERSON_PATTERN at `at` (a capital after no ASCII letter or digit) read without it where ASCII
 * decides (most capitals): an ASCII capital, then no lower-case ASCII letter nor apostrophe before
 * an ASCII character (NO_MATCH: the pattern's word needs one); or 1–30 of them, then the text's end
 * or an ASCII character that ends the match (the end of that word: no capital, digit, hyphen or
 * second word can follow). UNSURE otherwise (the pattern reads it). A title before a dot or a blank
 * is the caller's to rule out.
 */
function asciiWordEnd(text: string, at: number): number {
  if (text.charCodeAt(at) > 90 || text.charCodeAt(at - 1) >= 128) return UNSURE;
  let i = at + 1;
  let c = text.charCodeAt(i);
  while ((c >= 97 && c <= 122) || c === 39) c = text.charCodeAt(++i);
  const letters = i - at - 1;
  if (letters === 0) return c < 128 || Number.isNaN(c) ? NO_MATCH : UNSURE;
  if (letters > 30 || c >= 128 || isAsciiLetterOrDigit(c) || c === 45) return UNSURE;
  // A blank ends the run unless a capital (ASCII or not) follows it: the pattern's next word.
  if (c === 32 || c === 9) {
    const d = text.charCodeAt(i + 1);
    if ((d >= 65 && d <= 90) || d >= 128) return UNSURE;
  }
  return i;
}

/** Person names in a text, with their scores (below the threshold included). */
export function scanPersons(text: string): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = [];
  const st: PersonScan = { text, out, covered: 0, firms: undefined };
  forEachPersonRun(text, st, considerRun);
  const covered = st.covered;
  // The words of a name found above, alone elsewhere in the text: "Kaczmarek", "Alvir" (a few names
  // per text; skipped when the names fill the text, as in a name column).
  if (out.length > 0 && text.length - covered > 3) {
    const found = new Set<string>();
    for (const o of out) if (o.score >= 0.6) for (const w of text.slice(o.start, o.end).split(/[ \t]+/)) if (w.length >= 3 && !w.endsWith('.')) found.add(w);
    const base = out.length; // out[0..base) is sorted by start and does not overlap
    const isCovered = (s: number, e: number) => {
      let lo = 0;
      let hi = base;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (out[mid]!.end <= s) lo = mid + 1;
        else hi = mid;
      }
      return lo < base && out[lo]!.start < e;
    };
    let n = 0;
    for (const w of found) {
      if (++n > 16) break;
      for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + w.length)) {
        const e = i + w.length;
        if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[e] ?? '')) continue;
        if (!isCovered(i, e)) out.push({ start: i, end: e, score: 0.6 });
      }
    }
  }
  return out;
}

export const person: PiiDetector = {
  type: 'person',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PERSON]',
  needs: NEED.upper,
  scan(text) {
    const spans = scanPersons(text);
    lastText = text;
    lastSpans = spans;
    cursor = 0;
    return spans;
  },
  score: 0.4,
  maxScore: 0.85,
  validate(v, text, start) {
    if (inMacVendorParens(text, start) || afterCallNumberClass(text, start)) return false;
    // The engine validates the spans in the order scan returned them.
    if (text === lastText) {
      const s = lastSpans[cursor]?.start === start ? lastSpans[cursor++] : lastSpans.find((x) => x.start === start);
      if (s !== undefined) return s.score;
    }
    return inProductComment(text, start) ? false : scoreName(v, text, start);
  },
  context: ['name', 'mr', 'mrs', 'ms', 'dr', 'by', 'dear', 'hi', 'hello', 'from', 'contact', 'signed', 'customer', 'patient', 'employee'],
  contextScore: 0.6,
};
