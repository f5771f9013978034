// Text files imported `with { type: 'text' }` (esbuild bundles them; scripts/text-import.mjs in tests).
declare module '*.txt' {
  const text: string;
  export default text;
}
// A JSON file imported as its text with `?raw` (Vite's suffix; scripts/node-bundle.mjs gives it to
// esbuild): an esbuild bundle without that plug-in gives the parsed value (checks/pii/names.ts jsonText).
declare module '*.json?raw' {
  const text: string | readonly string[];
  export default text;
}
