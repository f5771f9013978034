// Writes checks/pii/intl-words.ts: the words the pii check takes from Intl (CLDR through ICU), asked
// once here rather than by every thread at first use (some 20–40 ms of a thread: a formatter per locale
// and style, two DisplayNames objects). Run by hand, on the Node the tests run on (20), when this
// script changes or to take a newer CLDR: `node scripts/intl-words.mjs` (`--check`: exit 1 if the
// module differs from what this Node would write). Not run by the build: the words, and so the
// verdicts, are then those of Node 20 on every Node (Node 24.22's ICU 78.3 gives the same words today;
// another CLDR would name some months and places otherwise).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The languages of calendar-words.ts's calendarWord (the dates the detectors meet most). */
export const CALENDAR_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr', 'ro', 'hu'];

const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 6)));
const DAYS = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 11, 6 + i)));

/**
 * A locale's twelve month names in the `styles` asked, then the form a long or medium date writes them
 * in (a genitive in Polish, Czech, Greek: "6 grudnia 2026"). One formatter per style: a formatter costs
 * far more to make than to use.
 */
function monthForms(locale, styles) {
  const out = [];
  for (const month of styles) {
    const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (const d of MONTHS) out.push(f.format(d));
  }
  for (const dateStyle of ['long', 'medium']) {
    const f = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
    for (const d of MONTHS) for (const p of f.formatToParts(d)) if (p.type === 'month') out.push(p.value);
  }
  return out;
}

/** A word as the tables keep it: lower case, without a final dot. */
const key = (w) => w.toLowerCase().replace(/\.$/, '');

const sorted = (words) => [...new Set(words)].sort();

/**
 * calendarWord's month and weekday names: of CALENDAR_LOCALES, long and short, and the forms long and
 * medium dates write months in; words of two letters or more, hyphenated at most once.
 */
export function calendarWords() {
  const word = /^\p{L}+(?:-\p{L}+)?$/u;
  const keep = (w) => w.length >= 2 && word.test(w);
  const months = [];
  const weekdays = [];
  for (const locale of CALENDAR_LOCALES) {
    months.push(...monthForms(locale, ['long', 'short']).map(key).filter(keep));
    for (const weekday of ['long', 'short']) {
      const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      weekdays.push(...DAYS.map((d) => key(f.format(d))).filter(keep));
    }
  }
  return { months: sorted(months), weekdays: sorted(weekdays) };
}

/**
 * monthInAnyLocale's month names: of every locale Intl knows by a two-letter language code, the long
 * name and the forms long and medium dates write; words of letters only, three or more.
 */
export function anyLocaleMonths() {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  const out = [];
  for (const locale of Intl.DateTimeFormat.supportedLocalesOf(codes)) {
    for (const w of monthForms(locale, ['long']).map(key)) if (w.length >= 3 && /^\p{L}+$/u.test(w)) out.push(w);
  }
  return sorted(out);
}

/**
 * names.ts's place words: the words (letters only, three or more, lower case) of the English names of
 * every region and language Intl knows by a two-letter code and of the cities its time zones name.
 */
export function placeWords() {
  const out = [];
  const add = (name) => {
    for (const w of name?.toLowerCase().split(/[^\p{L}]+/u) ?? []) if (w.length >= 3) out.push(w);
  };
  for (const zone of Intl.supportedValuesOf('timeZone')) add(zone.slice(zone.lastIndexOf('/') + 1));
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const A = 65;
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      add(regions.of(code));
      add(languages.of(code.toLowerCase()));
    }
  }
  return sorted(out);
}

/** The Node and ICU data this Node's Intl answers from. */
export function intlSource() {
  const v = process.versions;
  return `Node ${v.node}, ICU ${v.icu}, CLDR ${v.cldr}, Unicode ${v.unicode}`;
}

/** Words joined by spaces, in lines of at most `width` characters (a template literal's text: no word holds a space, "`", "\\" or "${"). */
function wrapped(words, width = 116) {
  const lines = [];
  let line = '';
  for (const w of words) {
    if (/[\s`\\$]/.test(w)) throw new Error(`intl-words: a word the module cannot hold as written: ${JSON.stringify(w)}`);
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? w : `${line} ${w}`;
  }
  return `\`${[...lines, line].join('\n')}\``;
}

/** The text of checks/pii/intl-words.ts as this Node writes it (`source`: the Node named in it; the test gives the module's own). */
export function intlWordsModule(source = intlSource()) {
  const { months, weekdays } = calendarWords();
  const constants = [
    ['MONTH_WORDS', "calendarWord's month names (calendar-words.ts: CALENDAR_LOCALES of scripts/intl-words.mjs)", months],
    ['WEEKDAY_WORDS', "calendarWord's weekday names (the same locales)", weekdays],
    ['ANY_LOCALE_MONTHS', "monthInAnyLocale's month names (every locale Intl knows by a two-letter code)", anyLocaleMonths()],
    ['PLACE_WORDS', "names.ts's place words (Intl's English names of regions, languages, time zones' cities)", placeWords()],
  ];
  return [
    '// Generated by `node scripts/intl-words.mjs` (by hand, not by the build): do not edit. The words the pii',
    "// check takes from Intl, asked once there instead of by every thread (calendar-words.ts, names.ts): each a",
    '// text of lower-case words, sorted, one space or line break apart. Written on the Node the tests run on (20):',
    "// every Node gives that Node's verdicts (Node 24's words are the same today; another CLDR's would not be).",
    `export const INTL_WORDS_SOURCE = '${source}';`,
    ...constants.flatMap(([name, doc, words]) => ['', `/** ${doc}: ${words.length} words. */`, `export const ${name} = ${wrapped(words)};`]),
    '',
  ].join('\n');
}

/** The module's path in this checkout. */
export const INTL_WORDS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'checks', 'pii', 'intl-words.ts');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = intlWordsModule();
  if (process.argv.includes('--check')) {
    const same = readFileSync(INTL_WORDS_PATH, 'utf8') === text;
    console.log(same ? 'intl-words: up to date' : `intl-words: differs from what ${intlSource()} writes`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(INTL_WORDS_PATH, text);
    console.log(`intl-words: wrote ${INTL_WORDS_PATH} (${intlSource()})`);
  }
}
