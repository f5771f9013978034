// Command-line flags for every command: Node's strict parser, its errors as one-line configuration errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, errorMessage } from './errors.js';

export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>, P extends boolean = false>(args: string[], options: O, allowPositionals?: P) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: (allowPositionals ?? false) as P });
  } catch (e) {
    // Node's messages name the flag; drop its "To specify a positional…" advice.
    throw new ConfigError(errorMessage(e).split('. ')[0]!.replace(/^TypeError \[\w+\]: /, ''));
  }
}
