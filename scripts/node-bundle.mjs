// esbuild options shared by every bundle of the project's code (the action, the benchmarks, the pii
// worker of the tests): ES modules for Node 20. The @actions/* packages are ESM and many of their
// dependencies CommonJS, so bundled CJS gets a `require`.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);" },
};
