// A text table whose fields are separated by `|` (an HR export pasted in a ticket, a `psql` result) or
// by `,` (a CSV log written as text: Windows DHCP's audit log): the header row names each field as a
// column's name does, so a value a type's words would cue there (`…|SSN|…` above a bare nine-digit run,
// `…|Mobile Phone|…` above ten digits, `…,MAC Address,…` above twelve hex digits) is cued by its header cell.
// The header is the first line of the run of lines with the same number of separators as the value's
// line, and holds no digit (a record has some). Asked only for a value that lacks another cue.

/** How many lines above the value the header may be. */
const MAX_ROWS = 50;
/** A table's rule line: dashes, `+`, `=`, `:` and spaces. */
const RULE = /^[ \t]*[-=+:][-=+: \t]*$/;

/** The separators `sep` (a character code) in text[from, to): read within the line only (an indexOf would search on past `to`). */
function separators(text: string, from: number, to: number, sep: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === sep) n++;
  return n;
}

/** The fewest separators a table's line holds: two bars; three commas (a sentence may hold two). */
const MIN_SEPARATORS: Readonly<Record<string, number>> = { '|': 2, ',': 3 };

/** The header cell (lower case, trimmed) above the field holding `start` in a table of `|` (or `sep`), else undefined. */
export function pipeHeaderOf(text: string, start: number, sep: '|' | ',' = '|'): string | undefined {
  const code = sep.charCodeAt(0);
  const pipes = (from: number, to: number) => separators(text, from, to, code);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const count = pipes(lineStart, lineEnd);
  if (count < MIN_SEPARATORS[sep]!) return undefined;
  const field = pipes(lineStart, start);
  let header = -1;
  let headerEnd = -1;
  for (let ls = lineStart, k = 0; ls > 0 && k < MAX_ROWS; k++) {
    const ps = text.lastIndexOf('\n', ls - 2) + 1;
    const pe = text.charCodeAt(ls - 2) === 13 ? ls - 2 : ls - 1;
    // A rule under the header (`----+----`, psql's; `|---|---|` has the header's bars) is passed over.
    if (pipes(ps, pe) !== count) {
      if (ps === 0 || !RULE.test(text.slice(ps, pe))) break;
      // The header is the line right above the rule.
      const hs = text.lastIndexOf('\n', ps - 2) + 1;
      const he = text.charCodeAt(ps - 2) === 13 ? ps - 2 : ps - 1;
      if (pipes(hs, he) === count) {
        header = hs;
        headerEnd = he;
      }
      break;
    }
    header = ps;
    headerEnd = pe;
    ls = ps;
  }
  if (header < 0) return undefined;
  const line = text.slice(header, headerEnd);
  if (/\d/.test(line)) return undefined;
  return line.split(sep)[field]?.trim().toLowerCase();
}

/** Whether the header cell above `start` (pipeHeaderOf) holds one of `words` where a word starts. */
export function pipeHeaderNames(text: string, start: number, words: RegExp, sep: '|' | ',' = '|'): boolean {
  const cell = pipeHeaderOf(text, start, sep);
  return cell !== undefined && words.test(cell);
}
