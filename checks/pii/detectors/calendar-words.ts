// Month and weekday names as dates write them, in the languages whose dates the detectors meet most
// (CLDR's, through Intl: "Dezember", "déc", "diciembre", "grudnia", "Sonntag", "dimanche"), with the
// English abbreviations of RFC 5322 and RFC 9110 dates. Intl's words are asked once, by
// scripts/intl-words.mjs on Node 20, not by each thread (its formatters cost a thread some 20–40 ms):
// ../intl-words.ts holds them, and every Node gives Node 20's verdicts.
import { ANY_LOCALE_MONTHS, MONTH_WORDS, WEEKDAY_WORDS } from '../intl-words.js';

/** Bits of calendarWord. */
export const MONTH = 1;
export const WEEKDAY = 2;

/**
 * English month and weekday abbreviations, with the longer ones people write ("Sept", "Tues", "Thurs"):
 * among the words (whatever CLDR's short forms are), and names too ("Jan", "Sat") unless a date stands
 * around them (the person detector).
 */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const ABBREVIATIONS: ReadonlySet<string> = new Set([...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS]);

/** Whether a word (any case, no dot) is an English month or weekday abbreviation (see ABBREVIATIONS). */
export function isEnglishDateAbbreviation(word: string): boolean {
  return word.length <= 5 && ABBREVIATIONS.has(word.toLowerCase());
}

let words: Map<string, number> | undefined;

/** calendarWord's table, made on first use from intl-words.ts's texts (CALENDAR_LOCALES of scripts/intl-words.mjs) and the abbreviations. */
function build(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, bit: number) => out.set(w, (out.get(w) ?? 0) | bit);
  for (const w of MONTH_WORDS.split(/\s/)) add(w, MONTH);
  for (const w of WEEKDAY_WORDS.split(/\s/)) add(w, WEEKDAY);
  for (const w of MONTH_ABBREVIATIONS) add(w, MONTH);
  for (const w of WEEKDAY_ABBREVIATIONS) add(w, WEEKDAY);
  return out;
}

/**
 * Month names of every locale Intl knows (each two-letter language code it supports): the name alone,
 * its abbreviation, and the form a long or medium date writes (Greek, Russian, Ukrainian genitives:
 * "9 Μαΐου 2024", "9 мая 2024"), lower-cased, without a final dot. Not among calendarWord's words: those
 * tell names from dates (person.ts), where a month of a language far from the text ("Mei", "Juni") would
 * cost names; this set only tells a date from a street line. Made on first use from intl-words.ts's text.
 */
let anyLocaleMonths: Set<string> | undefined;

/** Whether a word (any case, a final dot ignored) is a month's name in any locale Intl knows. */
export function monthInAnyLocale(word: string): boolean {
  if ((calendarWord(word) & MONTH) !== 0) return true;
  anyLocaleMonths ??= new Set(ANY_LOCALE_MONTHS.split(/\s/));
  const w = word.toLowerCase();
  return anyLocaleMonths.has(w.endsWith('.') ? w.slice(0, -1) : w);
}

/** MONTH and/or WEEKDAY for a word (any case, a final dot ignored), else 0. */
export function calendarWord(word: string): number {
  words ??= build();
  const w = word.toLowerCase();
  return words.get(w.endsWith('.') ? w.slice(0, -1) : w) ?? 0;
}
