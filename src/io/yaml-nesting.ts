// A bound on YAML nesting, checked before the `yaml` library parses a text. Its parser recurses once per
// level and overflows the stack near 800 levels; at the stack limit V8 may abort the whole process
// ("RegExpCompiler Allocation failed", exit 134) instead of throwing a RangeError, so a deep file is
// refused before it gets there. Real manifests, policies, lockfiles and records nest a few levels.
import { ConfigError } from '../errors.js';

export const MAX_YAML_NESTING = 256;

/**
 * Throws ConfigError at the first line whose nesting exceeds MAX_YAML_NESTING. The count is an upper
 * bound that a scan can take in one pass: block levels (a stack of increasing indentations, plus compact
 * indicators such as `- - -` on the line) and flow levels (`[` `{` outside quoted strings).
 */
export function assertYamlNesting(text: string, file: string): void {
  const indents: number[] = [];
  let flow = 0;
  let quote = '';
  let line = 0;
  const refuse = (column: number): never => {
    throw new ConfigError(`YAML nesting is deeper than ${MAX_YAML_NESTING} levels`, { file, line, column });
  };
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    line++;
    let i = start;
    if (quote === '' && flow === 0) {
      while (i < end && text[i] === ' ') i++;
      if (i < end && text[i] !== '#' && text[i] !== '\r') {
        const indent = i - start;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        let compact = 0;
        while (i + 1 < end && '-?:'.includes(text[i]!) && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
          compact++;
          i += 2;
          while (i < end && text[i] === ' ') i++;
        }
        if (indents.length + compact > MAX_YAML_NESTING) refuse(i - start + 1);
      }
    }
    for (; i < end; i++) {
      const c = text[i]!;
      if (quote !== '') {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || (c === "'" && flow > 0)) quote = c; // an apostrophe in block text is text
      else if (c === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      else if (c === '[' || c === '{') {
        if (++flow + indents.length > MAX_YAML_NESTING) refuse(i - start + 1);
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    start = end + 1;
  }
}
