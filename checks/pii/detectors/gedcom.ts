// GEDCOM, the genealogy exchange format (GEDCOM 5.5.1 / 7.0): one record per line, `level [@xref@] TAG
// [value]`, a line belongs to the nearest line above it one level up. `2 DATE 12 JAN 1950` under
// `1 BIRT` (or `1 DEAT`) is a person's date of birth (of death): personal data, typed date-of-birth
// as the check has no other date type. A DATE line is never a street line (street-address.ts asks
// onGedcomDateLine), whatever its parent: `2 DATE 12 JAN 1950` read as a number, a capitalised name
// and a number was masked as an address.
import { NEED, type PiiDetector } from './types.js';

/** A GEDCOM DATE line: its level (group 1) and its value (group 2), to the line's end. */
const DATE_LINE = /^[ \t]*(\d{1,2})[ \t]+DATE[ \t]+([^\r\n]*[^\s])/gm;
/** A GEDCOM line's level (group 1) and tag (group 2), after an optional cross-reference id. */
const LINE_HEAD = /^[ \t]*(\d{1,2})[ \t]+(?:@[^@\r\n]{1,40}@[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,30})(?![^ \t\r\n])/;
/** A date value holds a year (GEDCOM years have three or four digits; `ABT 1850`, `BET 1850 AND 1860`). */
const HAS_YEAR = /(?<!\d)\d{3,4}(?!\d)/;
/** The events whose date is a person's date of birth or death. */
const LIFE_EVENTS = new Set(['BIRT', 'DEAT']);
/** How many lines up the parent line is looked for (an event's sub-records are short). */
const MAX_LINES_UP = 40;

/** How far into a GEDCOM DATE line a street line can start (`2 DATE FROM 1 JAN 1900 TO 5 FEB 1910`). */
const GEDCOM_DATE_REACH = 64;

/**
 * Whether `at` is on a GEDCOM DATE line (`2 DATE ABT 3 MAR 1901`): a date, never a street line
 * (street-address.ts leaves the whole line alone). Looks back at most GEDCOM_DATE_REACH characters for
 * the line's start (a long line costs no more).
 */
export function onGedcomDateLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < GEDCOM_DATE_REACH && text.charCodeAt(i - 1) !== 10) i--;
  return (i === 0 || text.charCodeAt(i - 1) === 10) && DATE_LINE_START.test(text.slice(i, i + 16));
}
const DATE_LINE_START = /^[ \t]*\d{1,2}[ \t]+DATE[ \t]+/;

/** The tag of the nearest line above `lineStart` whose level is below `level`, if it is exactly one below. */
function parentTag(text: string, lineStart: number, level: number): string | undefined {
  let end = lineStart;
  for (let n = 0; n < MAX_LINES_UP && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const head = LINE_HEAD.exec(text.slice(start, Math.min(end, start + 80)));
    end = start;
    if (head === null) return undefined; // not a GEDCOM line: the record ends here
    const l = Number(head[1]);
    if (l < level) return l === level - 1 ? head[2]!.toUpperCase() : undefined;
  }
  return undefined;
}

/** Spans of the values of DATE lines under a BIRT or DEAT line. */
function lifeEventDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  DATE_LINE.lastIndex = 0;
  for (let m = DATE_LINE.exec(text); m !== null; m = DATE_LINE.exec(text)) {
    const value = m[2]!;
    if (!HAS_YEAR.test(value)) continue;
    const tag = parentTag(text, m.index, Number(m[1]));
    if (tag === undefined || !LIFE_EVENTS.has(tag)) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - value.length, end });
  }
  return out;
}

export const gedcomLifeDate: PiiDetector = {
  type: 'date-of-birth',
  category: 'personal',
  sensitivity: 'high',
  label: '[DATE_OF_BIRTH]',
  needs: NEED.digit | NEED.upper,
  minDigits: 4,
  prefilter: ['DATE'],
  score: 0.85,
  scan: lifeEventDates,
};
