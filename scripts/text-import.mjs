// Vite plugin for the test configurations: `import text from './file.txt' with { type: 'text' }` gives
// the file's text, as esbuild gives it to the bundle (Vite would give the file's URL).
import { readFileSync } from 'node:fs';
import { SORTED_WORD_LISTS, sortedWordListText } from './sorted-word-list.mjs';

export function textImport() {
  return {
    name: 'modelgate-text-import',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0];
      if (!path.endsWith('.txt')) return undefined;
      // The word lists the bundle gives sorted, sorted here too (scripts/sorted-word-list.mjs).
      return `export default ${JSON.stringify(SORTED_WORD_LISTS.test(path) ? sortedWordListText(path) : readFileSync(path, 'utf8'))};`;
    },
  };
}
