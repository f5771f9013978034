// esbuild options shared by every bundle of the project's code (the action, the benchmarks, the pii
// worker of the tests): ES modules for Node 20. The @actions/* packages are ESM and many of their
// dependencies CommonJS, so bundled CJS gets a `require`.
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
  banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);" },
};
