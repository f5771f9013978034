// TOML lockfiles (poetry.lock, uv.lock) with smol-toml; a syntax error names its line and column.
import { parse, TomlError } from 'smol-toml';
import { ConfigError, errorMessage } from '../../../src/errors.js';

export function parseToml(text: string, file: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) throw new ConfigError(`TOML syntax error: ${e.message.split('\n')[0]}`, { file, line: e.line, column: e.column });
    throw new ConfigError(`cannot read TOML: ${errorMessage(e)}`, { file });
  }
}

/** Line of the n-th `[[package]]` header: TOML values carry no positions. */
export function packageHeaderLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^\s*\[\[\s*package\s*\]\]/.test(l)) out.push(i + 1);
  });
  return out;
}
