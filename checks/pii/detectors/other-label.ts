// The label of another kind of number as the last words before a number (`ISBN:`, `order no.`,
// `Case number:`, `"order_id": "`): surroundings.ts, labelledOther (issue 17). Its hundreds of words were
// one case-insensitive Unicode pattern, which V8 compiled on its first run in a thread (some 20 ms in a
// warm process, up to 100 ms in a fresh one) and again to machine code on the second; the same test is
// now a walk of a tree of the words' letters from each start of a word (word-tree.ts), with two small
// sticky patterns: the number words and separators after a word (SUFFIX), and the labels of several
// words around blanks (PHRASES), tried only where their first two letters stand. Equal to the one pattern
// on every input (test/unit/checks/pii/other-label-exact.test.ts).
import { BAG_TAG_PHRASES, BAG_TAG_WORDS, referenceTextWords } from './reference-words.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { asciiLetter, fold, lazyWordTree, wordEndAt, wordStart } from './word-tree.js';

/**
 * What may follow a label: German compounds' linking letters and `nummer`/`nr`; an optional
 * "no."/"n°"/"number"/"_id", then ":", "#" or "=", quoted or not (`order no. 123…`, `"order_id": "123…"`;
 * a BibTeX field's value opens with `{`: `issn = {…}`).
 */
const SUFFIX =
  '(?:(?:s|n|en|ns|es)?(?:nummer|nr))?\\.?(?:[\\s_-]*(?:no|nr|n\\.[°º]|n[°º]?|num|núm|number|numero|número|numéro|nummer|code|codice|código|codigo|id)\\.?)?["\']?\\s*[:#=]?\\s*["\'{]?\\s*$';

/**
 * Frequent-flyer programmes by name (their member numbers are bare digit runs): Miles & More,
 * Flying Blue, SkyMiles, KrisFlyer, Executive Club, AAdvantage, MileagePlus, Skywards, Asia Miles,
 * LifeMiles, or the words themselves (`frequent flyer number`, `FFN`).
 */
const FREQUENT_FLYER_WORDS = ['skymiles', 'krisflyer', 'aadvantage', 'skywards', 'lifemiles', 'ffn'];
const FREQUENT_FLYER_PHRASES = 'miles\\s*(?:&|and|\\+)\\s*more|flying\\s*blue|executive\\s*club|mileage\\s*plus|asia\\s*miles|frequent[\\s-]*fl[yi]er';

/** `a(?:b|c)?`'s strings: `a`, `ab`, `ac`. */
const forms = (heads: readonly string[], tails: readonly string[]): string[] => heads.flatMap((h) => tails.map((t) => h + t));

/**
 * Labels of numbers that are neither phones nor cards, written as words (ISSN-L is the linking ISSN),
 * an SSN's too (an unissuable `SSN: 666 12 3456` is no phone; also German and French ones:
 * `Artikelnummer`, `Réf.`, `Strichcode`), the reference numbers of reference-words.ts (`Case number:`,
 * `Aktenzeichen`, `numéro de dossier`, `Kundennummer`), a baggage tag's, a frequent flyer's.
 */
export const OTHER_LABEL_WORDS: readonly string[] = [
  ...forms(['isbn'], ['', '10', '13', '-10', '-13']),
  ...forms(['', 'e', 'p', '-', 'e-', 'p-'], ['issn', 'issn-l']),
  'ndc', ...FREQUENT_FLYER_WORDS,
  ...forms(['ean'], ['', '13', '-13']),
  'upc', 'gtin', 'gln', 'sscc', 'barcode', 'ssn',
  ...forms(['ref'], ['*', '|', '^']).flatMap((r) => forms([r + 'sy'], ['*', '|', '^'])),
  'sku', 'art', 'article', 'artikel', 'artikelnummer', 'artikelnr', 'réf', 'référence', 'strichcode', 'p/n', 'item', 'part', 'serial', 's/n', 'sn', 'imei',
  'order', 'invoice', 'receipt', 'transaction', 'tracking', 'parcel', 'shipment', 'waybill', 'fedex', 'ups', 'dhl', 'usps',
  ...BAG_TAG_WORDS, ...referenceTextWords(),
  'iban', 'pid', 'tid', 'ppid', 'uid', 'gid', 'po', 'lot', 'batch', 'page', 'pages', 'pp', 'version', 'ver', 'build', 'release', 'firmware', 'fw', 'sw', 'revision', 'rev', 'epoch', 'timestamp', 'ts',
];

/**
 * The labels of several words (blanks, `_` or `-` between: `social security`, `soc. sec.`, a frequent
 * flyer programme, a baggage tag), and `id` but in RADIUS `Calling-Station-Id`/`Called-Station-Id`: the
 * caller's and the dialled telephone number (RFC 2865 §5.30/5.31), a client's address for a VPN. Tried
 * (sticky) at the start of a word only, where its first two letters (folded) may start one.
 */
const PHRASES = lazyRegExp(`(?:${FREQUENT_FLYER_PHRASES}|social[\\s-]*security|soc\\.?\\s*sec\\.?|${BAG_TAG_PHRASES}|(?<!station[\\s_-]?)id)${SUFFIX}`, 'iuy');
/** The first two letters (folded) of PHRASES' labels, as `first << 16 | second`. */
const PHRASE_HEADS = new Set(['mi', 'fl', 'fr', 'ex', 'as', 'so', 'ba', 'lu', '\u00e9t', 'et', 'id'].map((h) => (h.charCodeAt(0) << 16) | h.charCodeAt(1)));

/** SUFFIX from a position to the end (sticky). */
const SUFFIX_AT = lazyRegExp(SUFFIX, 'iuy');

/** The tree of the words (word-tree.ts). */
const WORDS = lazyWordTree(() => OTHER_LABEL_WORDS);

/** `re` (sticky) matches at `at` in `b`. */
function stickyAt(re: RegExp, b: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(b);
}

const suffixFrom = (b: string, end: number): boolean => stickyAt(SUFFIX_AT(), b, end);

/** Whether `b` (the text before a number) ends with the label of another kind of number. */
export function endsWithOtherLabel(b: string): boolean {
  const root = WORDS();
  for (let p = 0; p < b.length; p++) {
    // Most characters follow an ASCII letter: no label starts there.
    const before = p === 0 ? 32 : b.charCodeAt(p - 1);
    if (asciiLetter(before)) continue;
    const c = fold(b.charCodeAt(p));
    const word = root.next.has(c);
    const phrase = p + 1 < b.length && PHRASE_HEADS.has((c << 16) | fold(b.charCodeAt(p + 1)));
    if (!(word || phrase) || (before >= 128 && !wordStart(b, p))) continue;
    if ((word && wordEndAt(b, p, root, suffixFrom) >= 0) || (phrase && stickyAt(PHRASES(), b, p))) return true;
  }
  return false;
}
