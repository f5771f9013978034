// Text files imported `with { type: 'text' }` (esbuild bundles them; scripts/text-import.mjs in tests).
declare module '*.txt' {
  const text: string;
  export default text;
}
// Any file imported as its text with `?raw` (Vite's suffix; scripts/node-bundle.mjs gives it to esbuild).
declare module '*?raw' {
  const text: string;
  export default text;
}
