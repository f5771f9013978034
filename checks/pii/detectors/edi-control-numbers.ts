// The control numbers of EDI envelopes (issue 17): the interchange, group and transaction set control
// numbers of ANSI X12 (ISA13 `000004711`, GS06, ST02 and their trailers IEA02, GE02, SE02; TA1 and 997/999
// acknowledgements quoting them) and UN/EDIFACT's interchange, group and message references (UNB, UNG,
// UNH and UNZ, UNE, UNT) are sequence numbers, zero-padded or not: a nine- or ten-digit one is shaped as
// a national phone number would be, and is none, in the segment or after its label in text.

/**
 * The control-number elements of the envelopes, by segment tag: the position (1 = the first element
 * after the tag) of X12's interchange (ISA13, IEA02, TA101), group (GS06, GE02, AK102) and transaction
 * set (ST02, SE02, AK202) control numbers, and EDIFACT's interchange (UNB 0020, UNZ), group (UNG, UNE)
 * and message (UNH 0062, UNT) references.
 */
const CONTROL_POSITION: ReadonlyMap<string, number> = new Map([
  ['ISA', 13], ['IEA', 2], ['TA1', 1], ['GS', 6], ['GE', 2], ['AK1', 2], ['ST', 2], ['SE', 2], ['AK2', 2],
  ['UNB', 5], ['UNZ', 2], ['UNG', 5], ['UNE', 2], ['UNH', 1], ['UNT', 2],
]);

/** The start of the segment holding `start`: after the nearest terminator (`~`, `'`, a line break) before it, blanks skipped. */
function segmentStart(text: string, start: number): number {
  let i = start - 1;
  const stop = Math.max(0, start - 160);
  while (i >= stop && text[i] !== '~' && text[i] !== "'" && text[i] !== '\n' && text[i] !== '\r') i--;
  if (i < stop && stop > 0) return -1;
  let s = i + 1;
  while (s < start && (text[s] === ' ' || text[s] === '\t')) s++;
  return s;
}

/** The number at [start, end) is a whole element in a control number's place of an envelope segment. */
function controlElement(text: string, start: number, end: number): boolean {
  // The cheap test first: most numbers follow a blank or a word, no element separator.
  const before = text.charCodeAt(start - 1);
  if (before !== 42 && before !== 43 && before !== 124 && before !== 94 && before !== 33) return false;
  const seg = segmentStart(text, start);
  if (seg === -1) return false;
  const tag = /^[A-Z][A-Z\d]{1,2}/.exec(text.slice(seg, seg + 3))?.[0];
  const position = tag === undefined ? undefined : CONTROL_POSITION.get(tag);
  if (position === undefined) return false;
  const sep = text[seg + tag!.length]!;
  if (text[start - 1] !== sep || !/[*|^!+]/.test(sep)) return false;
  const after = text[end];
  if (after !== undefined && after !== sep && after !== '~' && after !== "'" && after !== ':' && after !== '\n' && after !== '\r') return false;
  let count = 0;
  for (let i = seg + tag!.length; i < start; i++) if (text[i] === sep) count++;
  return count === position;
}

/**
 * The label of a control number in text or a key (`interchange control 000004711`, `ISA13: …`,
 * `"groupControlNumber": "…"`, `Interchange 301234567 rejected`).
 */
const CONTROL_LABEL =
  /(?:^|[^\p{L}\p{N}])(?:interchange(?:[\s_-]*control)?|(?:functional[\s_-]*)?group[\s_-]*control|transaction[\s_-]*set[\s_-]*control|control[\s_-]*(?:number|no|nr|num|ref(?:erence)?)|icn|isa[\s_-]?13|iea[\s_-]?0?2|gs[\s_-]?0?6|ge[\s_-]?0?2|st[\s_-]?0?2|se[\s_-]?0?2|ta1[\s_-]?0?1)(?:[\s_-]*(?:number|no|nr|num|ref(?:erence)?|id))?\.?["']?\s*[:#=]?\s*["']?\s*$/iu;

/** The number at [start, end) is an EDI control number: in its envelope element, or after its label. */
export function ediControlNumber(text: string, start: number, end: number): boolean {
  if (start === 0) return false;
  return controlElement(text, start, end) || CONTROL_LABEL.test(text.slice(Math.max(0, start - 48), start));
}
