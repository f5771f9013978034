// Month and weekday names as dates write them, in the languages whose dates the detectors meet most
// (CLDR's, through Intl: "Dezember", "déc", "diciembre", "grudnia", "Sonntag", "dimanche"), with the
// English abbreviations of RFC 5322 and RFC 9110 dates. Built on first use (a few milliseconds).

const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr', 'ro', 'hu'];

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

function build(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, bit: number) => {
    const k = w.toLowerCase().replace(/\.$/, '');
    if (k.length >= 2 && /^\p{L}+(?:-\p{L}+)?$/u.test(k)) out.set(k, (out.get(k) ?? 0) | bit);
  };
  // One formatter per locale and style, each formatting the twelve months or seven days (a formatter
  // costs far more to make than to use: about 1.5 ms for all of them where one per date took 150).
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 11, 6 + i)));
  for (const locale of LOCALES) {
    for (const w of monthForms(locale, ['long', 'short'])) add(w, MONTH);
    for (const weekday of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (const d of days) add(f.format(d), WEEKDAY);
    }
  }
  for (const w of MONTH_ABBREVIATIONS) add(w, MONTH);
  for (const w of WEEKDAY_ABBREVIATIONS) add(w, WEEKDAY);
  return out;
}

let anyLocaleMonths: Set<string> | undefined;

/**
 * Month names of every locale Intl knows (each two-letter language code it supports): the name alone,
 * its abbreviation, and the form a long or medium date writes (Greek, Russian, Ukrainian genitives:
 * "9 Μαΐου 2024", "9 мая 2024"), lower-cased, without a final dot. Not among calendarWord's words: those
 * tell names from dates (person.ts), where a month of a language far from the text ("Mei", "Juni") would
 * cost names; this set only tells a date from a street line. Built on first use (about 0.1 s).
 */
function buildAnyLocaleMonths(): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  for (const locale of Intl.DateTimeFormat.supportedLocalesOf(codes)) {
    for (const w of monthForms(locale, ['long'])) {
      const k = w.toLowerCase().replace(/\.$/, '');
      if (k.length >= 3 && /^\p{L}+$/u.test(k)) out.add(k);
    }
  }
  return out;
}

const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 6)));

/**
 * A locale's twelve month names in the `styles` asked, then the form a long or medium date writes them
 * in (a genitive in Polish, Czech, Greek: "6 grudnia 2026"). One formatter per style: a formatter costs
 * far more to make than to use.
 */
function monthForms(locale: string, styles: ReadonlyArray<'long' | 'short'>): string[] {
  const out: string[] = [];
  for (const month of styles) {
    const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (const d of MONTHS) out.push(f.format(d));
  }
  for (const dateStyle of ['long', 'medium'] as const) {
    const f = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
    for (const d of MONTHS) for (const p of f.formatToParts(d)) if (p.type === 'month') out.push(p.value);
  }
  return out;
}

/** Whether a word (any case, a final dot ignored) is a month's name in any locale Intl knows. */
export function monthInAnyLocale(word: string): boolean {
  if ((calendarWord(word) & MONTH) !== 0) return true;
  anyLocaleMonths ??= buildAnyLocaleMonths();
  const w = word.toLowerCase();
  return anyLocaleMonths.has(w.endsWith('.') ? w.slice(0, -1) : w);
}

/** MONTH and/or WEEKDAY for a word (any case, a final dot ignored), else 0. */
export function calendarWord(word: string): number {
  words ??= build();
  const w = word.toLowerCase();
  return words.get(w.endsWith('.') ? w.slice(0, -1) : w) ?? 0;
}
