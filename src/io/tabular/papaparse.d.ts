// The part of papaparse used by csv.ts: its low-level `Parser` (the engine behind `Papa.parse`),
// fed decoded text chunk by chunk. The package ships no types of its own.
declare module 'papaparse' {
  export interface PapaError {
    type: string;
    code: string;
    message: string;
    /** Index into `data` of the row being parsed when the error was found. */
    row: number;
    index: number;
  }
  export interface PapaResult {
    data: string[][];
    errors: PapaError[];
    /** Character index just past the last complete row returned. */
    meta: { cursor: number };
  }
  export class Parser {
    constructor(config: { delimiter: string; newline: '\n' | '\r' | '\r\n'; quoteChar: string; escapeChar?: string });
    /** With `ignoreLastRow`, a row not ended by a newline is left for the next call (resume at `meta.cursor`). */
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaResult;
  }
  const Papa: { Parser: typeof Parser };
  export default Papa;
}
