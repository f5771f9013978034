// Word lists the bundlers hand over sorted (scripts/node-bundle.mjs, scripts/text-import.mjs): a text
// imported `with { type: 'text' }` whose path ends so is given in lower case, one trimmed word a line,
// in increasing order (as `<` compares strings), after a first line SORTED_WORDS_MARK. The code that
// reads it searches it by halves instead of making a set of its words in every thread (checks/pii/names.ts),
// and makes the set when the mark is missing (a bundle made without these plug-ins).
import { readFileSync } from 'node:fs';

/**
 * The files so handled: cspell's people names (39,000 lines, sorted with case as published) and the
 * @stdlib English given names (4,951 female and 3,898 male, capitalised as published).
 */
export const SORTED_WORD_LISTS = /[\\/](?:@cspell[\\/]dict-people-names[\\/]dict[\\/]people-names|@stdlib[\\/]datasets-(?:fe)?male-first-names-en[\\/]data[\\/]names)\.txt$/;

/** The first line of a list so sorted; keep in step with checks/pii/names.ts. */
export const SORTED_WORDS_MARK = '#modelgate: sorted lower-case lines\n';

/** The text of a sorted word list file, as the bundles give it. */
export function sortedWordListText(path) {
  const words = readFileSync(path, 'utf8')
    .toLowerCase()
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .sort();
  return `${SORTED_WORDS_MARK}${words.join('\n')}\n`;
}
