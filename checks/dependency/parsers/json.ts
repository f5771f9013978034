// JSON parsing for lockfiles and SBOMs: a syntax error names its line and column.
import { parseJsonText } from '../../../src/io/json-syntax.js';

export function parseJson(text: string, file: string): unknown {
  return parseJsonText(text.replace(/^\uFEFF/, ''), 'JSON syntax error', file);
}

/** Line of each `"key": {` at any depth, first occurrence: enough to point a finding at an entry. */
export function objectKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"((?:[^"\\]|\\.)*)"\s*:\s*[{[]/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

export { isObject } from '../../../src/guards.js';
