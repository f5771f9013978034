// Month and weekday names as dates write them, in the languages whose dates the detectors meet most
// (CLDR's, through Intl: "Dezember", "déc", "diciembre", "grudnia", "Sonntag", "dimanche"), with the
// English abbreviations of RFC 5322 and RFC 9110 dates. Built on first use (about a millisecond).

const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr', 'ro', 'hu'];

/** Bits of calendarWord. */
export const MONTH = 1;
export const WEEKDAY = 2;

let words: Map<string, number> | undefined;

function build(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, bit: number) => {
    const k = w.toLowerCase().replace(/\.$/, '');
    if (k.length >= 2 && /^\p{L}+(?:-\p{L}+)?$/u.test(k)) out.set(k, (out.get(k) ?? 0) | bit);
  };
  for (const locale of LOCALES) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2026, m, 6));
      for (const month of ['long', 'short'] as const) add(new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(d), MONTH);
      // The form a date writes (a genitive in Polish and Czech: "6 grudnia 2026").
      for (const dateStyle of ['long', 'medium'] as const) {
        for (const p of new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).formatToParts(d)) if (p.type === 'month') add(p.value, MONTH);
      }
    }
    for (let day = 0; day < 7; day++) {
      const d = new Date(Date.UTC(2026, 11, 6 + day));
      for (const weekday of ['long', 'short'] as const) add(new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(d), WEEKDAY);
    }
  }
  for (const w of ['sept', 'tues', 'thur', 'thurs']) add(w, w === 'sept' ? MONTH : WEEKDAY);
  return out;
}

/** MONTH and/or WEEKDAY for a word (any case, a final dot ignored), else 0. */
export function calendarWord(word: string): number {
  words ??= build();
  return words.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}
