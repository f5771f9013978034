// Text files imported `with { type: 'text' }` (esbuild bundles them; scripts/text-import.mjs in tests).
declare module '*.txt' {
  const text: string;
  export default text;
}
