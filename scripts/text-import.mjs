// Vite plugin for the test configurations: `import text from './file.txt' with { type: 'text' }` gives
// the file's text, as esbuild gives it to the bundle (Vite would give the file's URL).
import { readFileSync } from 'node:fs';

export function textImport() {
  return {
    name: 'modelgate-text-import',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0];
      return path.endsWith('.txt') ? `export default ${JSON.stringify(readFileSync(path, 'utf8'))};` : undefined;
    },
  };
}
