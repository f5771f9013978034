// esbuild options shared by every bundle of the project's code (the action, the benchmarks, the pii
// worker of the tests): ES modules for Node 20. The @actions/* packages are ESM and many of their
// dependencies CommonJS, so bundled CJS gets a `require`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { SORTED_WORD_LISTS, sortedWordListText } from './sorted-word-list.mjs';

const requireHere = createRequire(import.meta.url);

/**
 * `import text from 'pkg/file.json?raw'` (JSON files only): the file's text, as Vite gives it to the tests (a word list
 * as a string costs far less to load than as a bundled array literal; see checks/pii/names.ts).
 */
const rawText = {
  name: 'modelgate-raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => {
      const spec = args.path.slice(0, -'?raw'.length);
      const path = spec.startsWith('.') ? resolve(args.resolveDir, spec) : requireHere.resolve(spec, { paths: [args.resolveDir] });
      return { path, namespace: 'file', suffix: '?raw' };
    });
    build.onLoad({ filter: /\.json$/, namespace: 'file' }, (args) => (args.suffix === '?raw' ? { contents: readFileSync(args.path, 'utf8'), loader: 'text', resolveDir: dirname(args.path) } : undefined));
  },
};

/** The word lists of scripts/sorted-word-list.mjs, sorted in lower case once here rather than made a set in every thread. */
const sortedWordLists = {
  name: 'modelgate-sorted-word-lists',
  setup(build) {
    build.onLoad({ filter: SORTED_WORD_LISTS, namespace: 'file' }, (args) => ({ contents: sortedWordListText(args.path), loader: 'text' }));
  },
};

export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // The CycloneDX library's optional plug-ins (XML output, schema validation) stay out: ModelGate writes
  // JSON BOMs only and validates them in its tests. The library requires them in a try/catch at load
  // time and falls back to "not available", so leaving them unresolved is safe.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'],
  plugins: [rawText, sortedWordLists],
  banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);" },
};
