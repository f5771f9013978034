// EDI segment syntax shared by the phone rules (issue 17): where the segment holding a position starts,
// for ANSI X12 (`~` or a line break ends a segment) and UN/EDIFACT (`'` not released by `?`).

/** Whether the character at `i` ends a segment: a line break, EDIFACT's unreleased `'`, and (not `edifact` only) X12's `~` or any `'`. */
function terminator(text: string, i: number, edifact: boolean): boolean {
  const c = text[i];
  if (c === '\n' || c === '\r') return true;
  if (c === "'") return !edifact || text[i - 1] !== '?';
  return !edifact && c === '~';
}

/**
 * The start of the segment holding `start`: after the nearest terminator before it (within 160
 * characters, an ISA segment's length and more; 400 in EDIFACT), blanks skipped; -1 when none is that near.
 */
export function segmentStart(text: string, start: number, edifact = false): number {
  let i = start - 1;
  const stop = Math.max(0, start - (edifact ? 400 : 160));
  while (i >= stop && !terminator(text, i, edifact)) i--;
  if (i < stop && stop > 0) return -1;
  let s = i + 1;
  while (s < start && (text[s] === ' ' || text[s] === '\t')) s++;
  return s;
}

/** An EDIFACT segment's start: its tag and the data element separator (`FTX+`, `NAD+`). */
const EDIFACT_TAG = /[A-Z]{3}\+/y;

/** Whether `start` is inside an EDIFACT segment: its segment starts with a tag and the data element separator. */
export function inEdifactSegment(text: string, start: number): boolean {
  const s = segmentStart(text, start, true);
  if (s === -1) return false;
  EDIFACT_TAG.lastIndex = s;
  return EDIFACT_TAG.test(text);
}
