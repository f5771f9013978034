// Street addresses in free text: a street line, then what follows it on the same line or the next
// lines (secondary unit, locality, region code, postcode, country), e.g. "1668 Glyn St, Springfield",
// "14 Crown Street\n Suite 321\n LONDON\n United Kingdom 75419", "Kiannonkatu 98", "Via Franscini 71",
// "P.O. Box 242", "PSC 0413, Box 8144\nAPO AA 42323", "the corner of X 12 and Y Lane".
//
// A hand-written scan: a sticky pattern tries street lines only where one can start (see
// streetLineFinder), then a sticky pattern extends the span one part at a time (at most MAX_PARTS):
// linear in the text, every quantifier bounded.
import { calendarWord, MONTH, monthInAnyLocale } from './calendar-words.js';
import { onGedcomDateLine } from './gedcom.js';
import { afterCallNumberClass, inMacVendorParens } from './surroundings.js';
import { NEED, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** Street words written after the name (English and a few others). */
const SUFFIX =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Cres|Close|Gardens|Grove|Row|Alley|Trail|Trl|Plaza|Path|Walk|Mews|Hill|Park|Parade|Esplanade|Quay|Wharf|Loop|Bypass|Causeway|Expressway|Freeway|Turnpike|Pike|Route|Rte|Creek|Cliffs|Coves|Courts|Crossing|Estates|Extensions|Gateway|Harbor|Heights|Junction|Meadows|Mill|Mills|Pass|Pines|Point|Ridge|Shores|Springs|Streets|Squares|Union|Valley|View|Village|Vista|Isle|Flat|Strasse|Straße|Str|Gasse|Weg|Platz|Allee|Ring|Straat|Laan|Plein|Gracht|Kade|Dreef|Vej|Gade|Gatan|Gata|Gate|Vei|Veien|Vegen|Katu|Tie|Kuja|Tér|Utca|Út|Útja|Sétány|Fasor|Köz|Sor|Krt|Rkp|Ulica|Cesta|Iela|Terrasse|Allé';

/** Street words written before the name: "Via Roma 12", "Rue de la Paix 3", "ul. Miła 53". */
const PREFIX_WORDS =
  'Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Strada|Rue|Avenue|Boulevard|Bd|Chemin|Impasse|Allée|Place|Route|Quai|Calle|Carrer|Avenida|Avda|Av|Paseo|Plaza|Camino|Carretera|Ronda|Travesía|Rua|Praça|Travessa|Estrada|Alameda|Ul|Ulica|Al|Aleja|Os|Osiedle|Pl|Plac|Odos|Leoforos|Λ|Οδός|Λεωφόρος|Πλατεία';
const PREFIX = anyCase(PREFIX_WORDS);

/** Endings of one-word street names (Nordic, German, Dutch, Finnish, Baltic, Icelandic…): "Søndergade", "Harjukuja". */
const ENDING = `(?:${anyCase(
  'gade|gaden|vej|vejen|vænget|stræde|gatan|vägen|väg|gränd|torget|gata|gaten|veien|vegen|vegur|stien|braut|stræti|straeti|strasse|straße|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|gracht|kade|singel|dreef|hove|katu|tie|kuja|polku|rinne|mäki|tanhua|kaari|tee|iela|gatvė|ulica|cesta|utca',
)})`;

/** Each word of an alternation also with its first letter in the other case: "Ul|ul", "gate|Gate". */
function anyCase(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
}

/** A word of a street or place name: a capital, then letters (and ' ’ . - inside). */
const WORD = "\\p{Lu}[\\p{L}'’.\\-]{0,30}";
/** Capitalised words that start sentences and titles rather than street names ("In 1990", "Chapter 5"), and a phone's extension words ("Durchwahl 4711"). */
const STOP =
  "(?:The|This|That|These|Those|It|It's|Its|I|I'm|I've|We|He|She|They|You|Your|You're|My|Our|His|Her|Their|In|On|At|For|From|To|Of|And|But|Or|If|When|Where|What|Who|How|Why|Is|Are|Was|Were|Be|Has|Have|Had|Please|Meet|During|After|Before|Since|Until|Between|About|Over|Under|With|Without|By|A|An|Top|Best|Chapter|Page|Section|Table|Figure|Version|Volume|Vol|Part|Step|Level|Grade|Class|Year|Day|Week|Month|Room|Floor|Apt|Suite|Unit|Flat|Box|Mobile|Mobil|Handy|Phone|Tel|Telefon|Telefono|Telefone|Téléphone|Fon|Fone|Fax|Durchwahl|Nebenstelle|Poste|Ext|Extension|Interno|Ramal|Anexo|Toestel|Klapka|Linka|Desk|Office|Total|Number|No|Nr|Item|Order|Invoice|Ticket|Case|Model|Windows|Covid|Iphone|Opus)";
const NAMEWORD = `(?!${STOP}(?![\\p{L}'’]))${WORD}`;
/** A small lower-case word inside a name: "Rua do Arenque", "Mora de Rubielos", "Turkovice u Prelouce". */
const PARTICLE = '\\p{Ll}{1,3}';
/**
 * A house number: "12", "12a", "12-14", "19."; not the hour of a clock time ("at 09:45"), nor the
 * head of a longer token: a number glued to letters and digits (`1Z…`, a UPS tracking number after
 * `Paczka`; a voucher code) is part of that token, a house number carries one letter at most; nor a
 * number with a leading zero (`KAMAU 0712 345678`: a phone's trunk prefix after a name in capitals).
 */
const HOUSE = '(?:0|[1-9]\\d{0,4})(?:[A-Za-rt-z](?![\\p{L}\\p{N}]))?(?:-\\d{1,5})?\\.?(?![\\p{L}\\p{N}]|:\\d)';
/**
 * What a street line does not start after: a letter, a digit, `.`, `,`, `-`, `/` (inside a longer
 * token), or a digit and `:` (the minutes of a clock time: `Boarding 09:45 Gate B12`, `Dep 09:45 Arr
 * 11:20`, timetables and itineraries).
 */
const NOT_AFTER = '[\\p{L}\\p{N}.,\\-/]|\\d:';

const NAME = `${WORD}(?:[ \\t]{1,2}(?:${PARTICLE}[ \\t]{1,2})?${WORD}){0,3}`;
/** A street name before its house number: capitalised words, the last may be a lower-case street word ("Erzsébet tér", "Piroska u."). */
const STREET_NAME = `(?:${NAMEWORD}[ \\t]{1,2}){1,3}\\p{Ll}{1,10}\\.?|(?:${NAMEWORD}[ \\t]{1,2}){0,3}${NAMEWORD}`;

/**
 * Street lines, every one with a digit. Groups: 1 PO boxes and military addresses, 2 number(s) and
 * a named street ending in a street word, 3 a prefix-word street, 4 a street name and a house number
 * (scored by SCORE_NAMED).
 */
export const STREET_LINE_SOURCE =
  `(?<!${NOT_AFTER})(?:` +
    [
      // P.O. Box 242 · PSC 0413, Box 8144 · Unit 0822 Box 8858 · USNV Vincent (then APO/FPO/DPO parts)
      `(P\\.?[ \\t]?O\\.?[ \\t]?Box[ \\t]{1,2}\\d{1,6}|(?:PSC|CMR|Unit)[ \\t]\\d{3,5},?[ \\t]Box[ \\t]\\d{3,5}|(?:USNS|USNV|USS|USCGC)[ \\t]${WORD}(?=[ \\t]*\\n[ \\t]*FPO))`,
      // 1668 Glyn St · 224 4966 Bond Street West · 760 Passauer Strasse 33
      `((?:\\d{1,6}[A-Za-z]?[ \\t]{1,2}){1,2})(?:${NAMEWORD}[ \\t]{1,2}){0,3}(?:${SUFFIX})\\.?(?![\\p{L}\\p{N}])(?:[ \\t](?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)(?![\\p{L}\\p{N}]))?(?:[ \\t]{1,2}${HOUSE})?`,
      // Via Franscini 71 · ul. Chrzanowska 61 · Rue de Piétrain 371 · 137 Avenue Teboulbi
      // (A name glued to digits is a code: `7 via JD0146…`, a parcel number after a container's.)
      `(?:\\d{1,6}[ \\t]{1,2}){0,2}((?:${PREFIX})\\.?)[ \\t]{1,2}(?:${PARTICLE}[ \\t]{1,2}){0,2}${NAME}(?![\\p{L}\\p{N}])(?:[ \\t]{1,2}${HOUSE})?`,
      // 6750 Koskikatu 25 · Søndergade 52 · Trenerys gate 232 · Erzsébet tér 19. · Joaquin Suarez 2906
      `(\\d{1,6}[ \\t]{1,2})?(${STREET_NAME})[ \\t]{1,2}${HOUSE}`,
    ].join('|') +
  ')';
const LINE = lazyRegExp(STREET_LINE_SOURCE, 'uy');

/**
 * What every street line that starts with a capital and no prefix word holds before its first digit:
 * one to four capitalised words (WORD), the last maybe followed by a lower-case street word ("Erzsébet
 * tér 19"). "P.O. Box 242", "PSC 0413" and the street names before a house number all read so; it is
 * STREET_NAME without the stop words, cheap enough to try at every capital.
 */
const CAPITAL_RUN = `${WORD}(?:[ \\t]{1,2}${WORD}){0,3}[ \\t]{1,2}(?:\\p{Ll}{1,10}\\.?[ \\t]{1,2})?\\d`;

/**
 * What every street line that starts with a digit holds: one or two numbers (a letter after them
 * allowed), then a capital (a street name or word) or a prefix word ("137 Avenue Teboulbi", "12 via
 * Roma"): not a price, a time, a date or "10 items".
 */
const NUMBERS_RUN = `\\d{1,6}[A-Za-z]?[ \\t]{1,2}(?:\\d{1,6}[A-Za-z]?[ \\t]{1,2})?(?:\\p{Lu}|${PREFIX})`;

/**
 * Where a street line can start: after the same look-behind as LINE, a digit (a house or building
 * number), a prefix word ("Via ", "ul. ": it needs no number), a ship's name ("USNS Vincent" before an
 * FPO line, the one other form without a digit), or a CAPITAL_RUN. Most capitals in prose start no
 * street line: LINE, the costly part (a stop-word test at every word, several forms), is not tried there.
 */
const START_AT = `(?<!${NOT_AFTER})(?=${NUMBERS_RUN}|(?:${PREFIX})\\.?[ \\t]|US|${CAPITAL_RUN})`;
const START = lazyRegExp(START_AT, 'gu');
/**
 * The ASCII part of NOT_AFTER, read inline by the engine (its letter and digit classes cost a call out
 * of the compiled pattern on a text beyond Latin-1): a start it rules out (a digit inside a number, a
 * capital inside a word) skips START's look-ahead.
 */
const NOT_AFTER_ASCII = '[A-Za-z0-9.,\\-/]';
/**
 * START_SCAN, the search the starts were found by before (kept in the unit tests as the reference), was
 * START over a whole text with its test at every digit, capital and character beyond ASCII not after an
 * ASCII letter, digit or NOT_AFTER sign (FIRST), or a lower-case prefix word wherever it stands (SECOND:
 * LINE checks the look-behind; a start too many only costs a try). Tried at every capital and digit it
 * was the detector's costliest part. Then FIRST and SECOND were tried only where WORD_START matches; now
 * not at all: LINE itself decides there (see lineStarts).
 */
export const FIRST_START = `[0-9A-Z\\u0080-\\u{10ffff}](?<!${NOT_AFTER_ASCII}.)(?<=${START_AT}.)`;
export const SECOND_START = `(?:${PREFIX.replace(/\[(.)\p{Lu}\]/gu, '$1')})\\.?[ \\t]`;

/** The prefix words grouped by their first letter, in either case: "[vV](?:ia|iale|icolo)|…" (PREFIX, tried faster). */
function prefixTrie(words: string): string {
  const rests = new Map<string, string[]>();
  for (const w of words.split('|')) rests.set(w[0]!.toLowerCase(), [...(rests.get(w[0]!.toLowerCase()) ?? []), w.slice(1)]);
  return [...rests].map(([c, r]) => `[${c}${c.toUpperCase()}](?:${r.join('|')})`).join('|');
}
const ANY_PREFIX = prefixTrie(PREFIX_WORDS);
/** WORD's characters, one code unit each: ASCII letters, ' . -, anything beyond ASCII (a superset: no letter class). */
const UNIT = "[A-Za-z'.\\-\\u0080-\\uffff]";
const CAPITAL_UNIT = '[A-Z\\u0080-\\uffff]';
/**
 * A character no street line starts after (none of NOT_AFTER's ASCII ones), then one of START's forms
 * read in code units without the Unicode flag and its letter classes (a superset: every form's
 * characters, astral ones two units each): a prefix word (SECOND too), `US`, NUMBERS_RUN, CAPITAL_RUN
 * (WORDs of 1 + 30 code points, at most 61 units; a lower-case word of 10 and a dot, at most 21 after
 * its first unit). Matched at the character before a word, it skips most of a text at one comparison
 * a character (lower-case letters and signs inside words); LINE then decides there.
 */
const START_FORMS = [
  `(?:${ANY_PREFIX})\\.?[ \\t]`,
  'US',
  `[0-9]{1,6}[A-Za-z]?[ \\t]{1,2}(?:[0-9]{1,6}[A-Za-z]?[ \\t]{1,2})?(?:${CAPITAL_UNIT}|${ANY_PREFIX})`,
  `${CAPITAL_UNIT}${UNIT}{0,61}(?:[ \\t]{1,2}${CAPITAL_UNIT}${UNIT}{0,61}){0,3}[ \\t]{1,2}(?:[a-z\\u0080-\\uffff]${UNIT}{0,21}[ \\t]{1,2})?[0-9]`,
].join('|');
const WORD_START = new RegExp(`[^A-Za-z0-9.,\\-/](?:${START_FORMS})`, 'g');
/** START_FORMS at a text's first character, which has nothing before it for WORD_START to read. */
const TEXT_START = new RegExp(`(?:${START_FORMS})`, 'y');

/**
 * Where LINE is tried in `text`, in order: every index where WORD_START's or TEXT_START's superset of
 * START's forms matches, but the second half of a surrogate pair (START_SCAN stepped over it). Every
 * index where LINE matches is one (each of LINE's forms reads as one of START's; see LINE's groups and
 * START_AT). FIRST and SECOND, START_SCAN's exact tests, are not asked: at 3,618 places per scan of the
 * pii-text corpus (2,754 of them starts) they cost more than LINE's own try at the 864 that are none
 * (test/unit/checks/pii/street-address-scan.test.ts holds every start of START_SCAN among these).
 */
export function lineStarts(text: string): number[] {
  const out: number[] = [];
  TEXT_START.lastIndex = 0;
  if (TEXT_START.test(text)) out.push(0);
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m !== null; m = WORD_START.exec(text)) {
    if (!isTrail(text.charCodeAt(m.index + 1))) out.push(m.index + 1);
    WORD_START.lastIndex = m.index + 1; // overlapping: the word after the next character may start one too
  }
  return out;
}

/** Finds the first street line in a window of the text at or after `from` (window indices), as LINE searched globally would. */
export type LineFinder = (window: string, from: number, lo: number) => RegExpExecArray | null;

/**
 * The line finder of one text: lineStarts runs once over the whole text (not once per window: windows
 * overlap), and LINE is tried in each window only at those places. Where LINE matches in a window START
 * matches, and so it does in the text (its look-ahead only gains characters; its look-behind reads the
 * same character): no start is missed; a start the window cuts short is tried and fails, as in the window.
 */
function streetLineFinder(text: string): LineFinder {
  let starts: number[] | undefined;
  return (window, from, lo) => {
    // A search from the middle of a surrogate pair steps back one code unit: search that window alone.
    if (from > 0 && isTrail(window.charCodeAt(from)) && isLead(window.charCodeAt(from - 1))) return searchFrom(window, from);
    starts ??= lineStarts(text);
    const end = lo + window.length;
    const line = LINE();
    for (let k = firstAtOrAfter(starts, lo + from); k < starts.length && starts[k]! < end; k++) {
      line.lastIndex = starts[k]! - lo;
      const m = line.exec(window);
      if (m !== null) return m;
    }
    return null;
  };
}

/** LINE searched from `from`, tried only where START matches. */
function searchFrom(text: string, from: number): RegExpExecArray | null {
  const start = START();
  const line = LINE();
  start.lastIndex = from;
  for (let s = start.exec(text); s !== null; s = start.exec(text)) {
    line.lastIndex = s.index;
    const m = line.exec(text);
    if (m !== null) return m;
    start.lastIndex = s.index + (text.codePointAt(s.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

function firstAtOrAfter(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The last word of a street name that makes it one: "Søndergade", "Strasse", "u.", "tér". */
const STREET_WORD = lazyRegExp(`(?:${ENDING}|^(?:${SUFFIX}|u|utca|út|útja|tér|krt|rkp|köz|sor|gate|gata|vei|vej|kapu|str|ulica))\\.?$`, 'u');

/**
 * One more part of the address after a separator (a comma, a line break with an optional comma or
 * "> " quote mark, or spaces): a secondary unit, a military post office line, a postcode, a place
 * name (capitalised words, an upper-case region code, "(Greek)"). A word followed by ":" starts a
 * labelled line ("Mobile:"), not a place.
 */
const PART = lazyRegExp(
  `(?:([ \\t]{0,3},[ \\t]{0,3}(?:\\n[ \\t>]{0,6})?|[ \\t]{0,6}\\n[ \\t>]{0,6}(?:,[ \\t]{0,3})?)|[ \\t]{1,3})` +
    '(?:' +
    [
      `(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Fl|Floor|Bldg|Building)\\.?[ \\t]{0,2}#?\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{N}])`,
      `(?:APO|FPO|DPO)[ \\t](?:AA|AE|AP)[ \\t]\\d{5}(?![\\p{L}\\p{N}])`,
      // postcodes: 62704, 62704-1234, 340 12, B0J 2H0, SW1A 1AA, 1234 AB
      `(?:\\d{3,6}(?:-\\d{4}|[ ]\\d{2}(?![ \\t]{0,3}\\d))?|\\p{Lu}\\d\\p{Lu}[ ]?\\d\\p{Lu}\\d|\\p{Lu}{1,2}\\d[\\p{Lu}\\d]?[ ]\\d\\p{Lu}{2})(?![\\p{L}\\p{N}\\-/:]|\\.\\d|[ \\t]{0,3}\\d|[ \\t]{1,3}(?:office|fax|mobile|home|work|cell)\\b)`,
      `(?:${PARTICLE}[ \\t]{1,2}(?:${PARTICLE}[ \\t]{1,2})?(?=\\p{Lu}))?(?:${WORD}|\\((?:${WORD})\\)|nan)(?:[ \\t]{1,2}(?:${PARTICLE}[ \\t]{1,2})?(?:${WORD}|\\((?:${WORD})\\))){0,3}(?![\\p{L}'’\\-]|[ \\t]?:)`,
    ].join('|') +
    ')',
  'uy',
);

const MAX_PARTS = 8;
/** Lines a span may run over (street, unit, locality, region, country). */
const MAX_LINES = 5;

/** Score of a street line by how it was recognised (see LINE's groups). */
/** Scores of the spans of the last text scanned (the validator reads them; one text at a time). */
let lastText: string | undefined;
const NO_SCORES: ReadonlyMap<number, number> = new Map<number, number>();
let lastScores: ReadonlyMap<number, number> = NO_SCORES;
/** The WEAK spans of the last text that are dates if their word is a month of some locale (scanAddresses' `deferred`). */
const lastDeferred = new Map<number, string>();

const CORNER = /(?:the[ \t])?corner[ \t]of[ \t]$/i;
const AND_STREET = lazyRegExp(`^[ \\t]and[ \\t](?:${PARTICLE}[ \\t]){0,2}(?:${NAME})(?:[ \\t]{1,2}${HOUSE})?`, 'u');

/** Score of a street line below the threshold: an address only with a context word. */
const WEAK = 0.35;

/** One of the street words, capitalised, and nothing else. */
const BARE_STREET_WORD = lazyRegExp(`^(?:${SUFFIX})\\.?$`, 'u');

/** A number, a month (or its abbreviation) or a time zone, a four-digit year: a date written as a street line would be. */
const DATE_LIKE =
  /^\d{1,2}[ \t]{1,2}(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|UTC|GMT|UT|CES?T|EES?T|WES?T|[ECMP][SD]T|AK[SD]T|H[SD]T|BST|IST|JST|KST|HKT|SGT|PHT|ICT|WIB|MSK|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|SAST|[CEW]AT|PKT|BRT|ART)[ \t]{1,2}(?:19|20)\d\d$/iu;

/**
 * A day, a word and a year ("26 Ocak 2004", "6 grudnia 2026", "9 Μαΐου 2024"), or a word and a year
 * ("Martie 2022"): a date when the word is a month of any locale (calendar-words.ts). Vietnamese names
 * months by number: "9 Tháng 5 2024" ("tháng": month).
 */
const DAY_WORD_YEAR = lazyRegExp(String.raw`^(?:\d{1,2}\.?[ \t]{1,2})?(\p{L}+)\.?[ \t]{1,2}(?:19|20)\d\d$`, 'u');
const VIETNAMESE_MONTH = /^(?:\d{1,2}[ \t]{1,2})?tháng[ \t]{1,2}\d{1,2}$/iu;
/**
 * Whether a street line is a date, where that needs no month names beyond calendarWord's languages;
 * else the word that makes it one if it is a month of some locale (monthInAnyLocale: the month names
 * of every locale Intl knows, some 0.1 CPU-s to build, asked only when the answer matters).
 */
function dateLikeKnown(street: string): boolean | string {
  // A sentence's full stop after the year (`ships 9 Jan 2027.`), which the house number's pattern takes.
  const line = street.endsWith('.') ? street.slice(0, -1) : street;
  if (DATE_LIKE.test(line) || VIETNAMESE_MONTH.test(line)) return true;
  const m = DAY_WORD_YEAR().exec(line);
  if (m === null) return false;
  return (calendarWord(m[1]!) & MONTH) !== 0 ? true : m[1]!;
}

/**
 * A legal citation read as a name and a number (group 4 without a street word): a paragraph or article
 * sign before it (`§ 823 Abs. 1 BGB`, `§§ 280, 281`, `Art. 6`), a name made only of abbreviations
 * (`Abs. 1`, `S. 1`, `Rn. 15`, a reporter's volume and page: `410 U.S. 113`, `123 F. Supp. 2d 456`),
 * a court's register sign before a number and a year (`7 U 3480/19`, `1 BvR 2835/17`, `2 AZR 235/21`),
 * or a number with a decimal section after it (`21 CFR 820.30`).
 */
const CITATION_BEFORE = /(?:§|\bArt\.|\bArtikel|\bArticle)[ \t\u00a0]{0,2}$/u;
const ABBREVIATIONS = lazyRegExp(String.raw`^(?:[\p{L}.]{1,5}\.(?:[ \t]{1,2}|$))+$`, 'u');
const REGISTER_SIGN = lazyRegExp(String.raw`(?:^|[ \t])[IVX]{1,5}[ \t]{1,2}\p{L}{1,4}$|^\p{L}{1,4}$`, 'u');
const YEAR_AFTER = /^\/\d{2}(?!\d)/;
const SECTION_AFTER = /^\.\d/;
const TRAILING_NUMBER = lazyRegExp(String.raw`[ \t]{1,2}\d[\p{L}\d.-]*$`, 'u');
function citation(text: string, start: number, end: number, name: string, streetWord: boolean): boolean {
  const after = text.slice(end, end + 4);
  // A register sign may read as a street word (`U`, Hungarian `u.` = utca) but is no street's whole name.
  if (REGISTER_SIGN().test(name) && YEAR_AFTER.test(after)) return true;
  // Abbreviations only, one of them a street word's (`S. Ct.`, the Supreme Court Reporter): a reporter.
  if (ABBREVIATIONS().test(name) && (!streetWord || /[ \t]/.test(name))) return true;
  if (streetWord) return false;
  return CITATION_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || SECTION_AFTER.test(after);
}

/**
 * A unit after the number (its thousands groups before it: `WEIGHT 12 345 kg`, `Länge 12 mm`, `VGM 24 000 KG`):
 * a name and a number that are a measure and its label, no street and its house number.
 */
const MEASURE_AFTER = lazyRegExp(String.raw`^(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]?(?:kg|KG|g|lbs?|LBS?|t|mm|cm|km|ml|°C|°F|TEU)(?![\p{L}\p{N}])`, 'u');

/** Whether a street line of a number and a street word, or of a prefix word, starts at `at` (LINE's groups 2 and 3). */
function streetLineAt(text: string, at: number): boolean {
  if (at >= text.length || text.charCodeAt(at) < 48 || text.charCodeAt(at) > 57) return false;
  const line = LINE();
  line.lastIndex = at;
  const m = line.exec(text);
  return m !== null && (m[2] !== undefined || m[3] !== undefined);
}

/** Words of capitals, at most three letters each (`LO`, `RX`, `AB CHF`), none naming a road (ROAD_WORDS). */
const CODE_WORDS = lazyRegExp(String.raw`^\p{Lu}{1,3}(?:[ \t]{1,2}\p{Lu}{1,3})*$`, 'u');
/**
 * Street words written in capitals (`ST`, `RD`, `AVE`) and US route designators before a road's number:
 * US highway, state, county, farm-to-market, ranch-to-market and state highway roads.
 */
const ROAD_WORDS = lazyRegExp(String.raw`(?:^|[ \t])(?:ST|RD|AVE|LN|DR|CT|PL|SQ|WAY|US|SR|CR|FM|RM|SH|RT|RTE)(?![\p{L}])`, 'u');
function codesOnly(name: string): boolean {
  return CODE_WORDS().test(name) && !ROAD_WORDS().test(name);
}

/** The end of the line holding `at` (its line break, or the text's end). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** Longest street line LINE can match, and farthest its first digit can be from its start (bounded by its quantifiers). */
const MAX_LINE = 230;
const BACK = 190;
const DIGIT = /\d/g;

/** The end of a street line and the parts after it (a second line, a postcode, a city), from `end`. */
function withParts(text: string, end: number): number {
  let lines = 0;
  const part = PART();
  for (let parts = 0; parts < MAX_PARTS; parts++) {
    part.lastIndex = end;
    const p = part.exec(text);
    if (p === null) break;
    if (p[1] !== undefined && p[1].includes('\n') && ++lines > MAX_LINES) break;
    end = part.lastIndex;
  }
  return end;
}

/**
 * Street addresses in a text, with their scores. Every street line holds a digit: LINE runs only on
 * windows around digits, so prose without digits costs one search for the next digit.
 */
export function scanAddresses(
  text: string,
  lineFinder: (text: string) => LineFinder = streetLineFinder,
  deferred?: Map<number, string>,
): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = [];
  const findLine = lineFinder(text);
  let pos = 0;
  while (pos < text.length) {
    DIGIT.lastIndex = pos;
    if (!DIGIT.test(text)) break;
    const digit = DIGIT.lastIndex - 1; // the next digit (test: no match array)
    const from = Math.max(pos, digit - BACK);
    let lo = Math.max(0, from - 2); // two characters for the look-behind (NOT_AFTER reads `\d:`)
    // A whole one: a window starting inside a surrogate pair would show the look-behind a lone half
    // (no letter, no digit) where the text has `𝟎` before `USNS`.
    if (lo > 0 && isTrail(text.charCodeAt(lo)) && isLead(text.charCodeAt(lo - 1))) lo--;
    const hi = Math.min(text.length, digit + 2 * MAX_LINE);
    const window = text.slice(lo, hi);
    const m = findLine(window, from - lo, lo);
    // A match starting past `limit` might be cut short by the window's end: search again from there.
    const limit = hi === text.length ? window.length : window.length - MAX_LINE - 2;
    if (m === null) {
      if (hi === text.length) break;
      pos = lo + limit + 1;
      continue;
    }
    if (m.index > limit) {
      pos = lo + m.index;
      continue;
    }
    let start = lo + m.index;
    let end = start + m[0].length;
    if (onGedcomDateLine(text, start)) {
      pos = lineEnd(text, start); // a genealogy record's date (`2 DATE 12 JAN 1950`): gedcom.ts
      continue;
    }
    // A day, a month or time zone, a year: a date ("18 May 2019", "08 UTC 2023"). With `deferred`, a
    // line that is one only if its word is a month of a language beyond calendarWord's is decided
    // when that matters: before it moves the search elsewhere or scores above WEAK; a WEAK span is
    // returned with its word in `deferred` (the validator asks when a context word could lift it).
    let monthWord: string | undefined;
    if (m[4] !== undefined || m[5] !== undefined) {
      const known = dateLikeKnown(m[0]);
      if (typeof known === 'string' && deferred !== undefined) monthWord = known;
      else if (typeof known === 'boolean' ? known : monthInAnyLocale(known)) {
        pos = end;
        continue;
      }
    }
    let score: number;
    if (m[1] !== undefined) score = 0.8;
    else if (m[2] !== undefined) {
      // A volume, a reporter of abbreviations only and a page: `15 S. Ct. 1934`, `12 F. App. 3`.
      const words = m[0].slice(m[2].length).replace(TRAILING_NUMBER(), '').trim();
      if (ABBREVIATIONS().test(words) && /[ \t]/.test(words)) {
        pos = end;
        continue;
      }
      score = 0.75;
    } else if (m[3] !== undefined) score = /\d/.test(m[0]) ? 0.75 : WEAK; // "Place Vendôme", "Via Rail": context needed
    else {
      // A name and a number: a street when the name ends like one, or after a building number.
      const name = m[5]!;
      const last = name.slice(name.search(/[^ \t]+$/u));
      // A label before a street line that starts at the number (`PATIENT'S ADDRESS 123 Main Street`,
      // `PNR 12 Main Street`): the street line is read from there, not the label and the number.
      const streetWord = STREET_WORD().test(last.toLowerCase()) || STREET_WORD().test(last);
      let number = start + (m[4]?.length ?? 0) + name.length;
      while (text.charCodeAt(number) === 32 || text.charCodeAt(number) === 9) number++;
      if (!streetWord && streetLineAt(text, number)) {
        pos = monthWord !== undefined && monthInAnyLocale(monthWord) ? end : number;
        continue;
      }
      // A name of codes only (capitals, at most three letters a word): an airline and its flight number
      // (`2  LO 3917 Y`), a register's bytes and a label (`C5 CD  RX 12`), an Amadeus element (`4 AP 601 …`),
      // a currency after a code (`AB  CHF 12`), no street unless it names a road (`12345 CR 42`, `US 101`).
      // The search goes on after it (from its number, `2019 Due 3` after a call number's Cutter `ABC`
      // would read as a building number and a street).
      if (codesOnly(name) || MEASURE_AFTER().test(text.slice(end, end + 16))) {
        pos = end;
        continue;
      }
      score = streetWord ? 0.75 : m[4] !== undefined ? 0.7 : WEAK;
      // A street word alone is no street's name ("Gate 12", "Gate B12" at an airport; Norwegian
      // streets are "Trenerys gate 232"): a context word is needed.
      if (m[4] === undefined && name.trim() === last && BARE_STREET_WORD().test(last)) score = WEAK;
      if (citation(text, start, end, name.trim(), score >= 0.75)) {
        pos = end; // a legal citation or a court's file number, no street
        continue;
      }
    }
    // "the corner of A and B": both streets and the words before them.
    const corner = CORNER.exec(text.slice(Math.max(0, start - 16), start));
    if (monthWord !== undefined && (corner !== null || score > WEAK)) {
      if (monthInAnyLocale(monthWord)) {
        pos = end;
        continue;
      }
      monthWord = undefined;
    }
    if (corner) {
      start -= corner[0].length;
      const and = AND_STREET().exec(text.slice(end, end + 120));
      if (and) end += and[0].length;
      score = Math.max(score, 0.7);
    }
    // A weak street line gets no parts: "Chapter 5, Verse 3" stays short.
    if (score > WEAK) end = withParts(text, end);
    // A full stop after a word longer than an abbreviation ends the sentence, not the address.
    if (text.charCodeAt(end - 1) === 46 && /[\p{L}]{4,}\.$/u.test(text.slice(Math.max(start, end - 6), end))) end--;
    if (monthWord !== undefined) deferred!.set(start, monthWord);
    out.push({ start, end, score });
    pos = end;
  }
  return out;
}

export const streetAddress: PiiDetector = {
  type: 'street-address',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[ADDRESS]',
  needs: NEED.digit | NEED.upper,
  scan(text) {
    // Most texts have no span: Map.clear and a new Map cost some 500 instructions each, so only when needed.
    if (lastDeferred.size !== 0) lastDeferred.clear();
    const spans = scanAddresses(text, streetLineFinder, lastDeferred);
    lastText = text;
    lastScores = spans.length === 0 ? NO_SCORES : new Map(spans.map((s) => [s.start, s.score]));
    return spans;
  },
  score: WEAK,
  maxScore: 0.8,
  // The floor tells whether a context word lifts a WEAK span: only then is a deferred date decided.
  usesFloor: true,
  validate(_v, text, start, _end, floor) {
    if (inMacVendorParens(text, start) || afterCallNumberClass(text, start)) return false;
    if (text !== lastText) return WEAK;
    const word = lastDeferred.get(start);
    // A WEAK span below its floor is dropped whatever it is; above it, not if it is a date.
    if (word !== undefined && ((floor ?? Number.NEGATIVE_INFINITY) > WEAK || monthInAnyLocale(word))) return false;
    return lastScores.get(start) ?? WEAK;
  },
  context: ['address', 'live at', 'lives at', 'living at', 'lives on', 'live on', 'located', 'ship to', 'shipping', 'deliver', 'street', 'residence', 'sent to', 'send it to', 'stop at', 'meet me at', 'station is on', 'postal', 'mailing', 'billing'],
  contextScore: 0.85,
};
