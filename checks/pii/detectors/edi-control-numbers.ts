// The control numbers of EDI envelopes (issue 17): the interchange, group and transaction set control
// numbers of ANSI X12 (ISA13 `000004711`, GS06, ST02 and their trailers IEA02, GE02, SE02; TA1 and 997/999
// acknowledgements quoting them) and UN/EDIFACT's interchange, group and message references (UNB, UNG,
// UNH and UNZ, UNE, UNT) are sequence numbers, zero-padded or not: a nine- or ten-digit one is shaped as
// a national phone number would be, and is none, in the segment or after its label in text. So are the
// envelope's party ids (ISA06/ISA08 interchange sender and receiver, GS02/GS03 application codes: a DUNS
// number `061234567`, a UCC communications id), unless their qualifier says a telephone number (`12`).

import { segmentStart } from './edi-syntax.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * The elements of the envelopes that hold no phone, by segment tag: their positions (1 = the first
 * element after the tag). X12's interchange (ISA13, IEA02, TA101), group (GS06, GE02, AK102) and
 * transaction set (ST02, SE02, AK202) control numbers and the party ids (ISA06, ISA08, GS02, GS03);
 * EDIFACT's interchange (UNB 0020, UNZ), group (UNG, UNE) and message (UNH 0062, UNT) references.
 */
const CONTROL_POSITIONS: ReadonlyMap<string, readonly number[]> = new Map([
  ['ISA', [6, 8, 13]], ['IEA', [2]], ['TA1', [1]], ['GS', [2, 3, 6]], ['GE', [2]], ['AK1', [2]], ['ST', [2]], ['SE', [2]], ['AK2', [2]],
  ['UNB', [5]], ['UNZ', [2]], ['UNG', [5]], ['UNE', [2]], ['UNH', [1]], ['UNT', [2]],
]);

/** ISA05/ISA07 qualifier of a telephone number as the interchange id (X12 element I05, code 12). */
const PHONE_ID_QUALIFIER = '12';

/** The number at [start, end) is a whole element (padding blanks after it aside) in a place of an envelope segment that holds no phone. */
function controlElement(text: string, start: number, end: number): boolean {
  // The cheap test first: most numbers follow a blank or a word, no element separator.
  const before = text.charCodeAt(start - 1);
  if (before !== 42 && before !== 43 && before !== 124 && before !== 94 && before !== 33) return false;
  const seg = segmentStart(text, start);
  if (seg === -1) return false;
  const tag = /^[A-Z][A-Z\d]{1,2}/.exec(text.slice(seg, seg + 3))?.[0];
  const positions = tag === undefined ? undefined : CONTROL_POSITIONS.get(tag);
  if (positions === undefined) return false;
  const sep = text[seg + tag!.length]!;
  if (text[start - 1] !== sep || !/[*|^!+]/.test(sep)) return false;
  let after = end;
  while (text[after] === ' ') after++;
  const c = text[after];
  if (c !== undefined && c !== sep && c !== '~' && c !== "'" && c !== ':' && c !== '\n' && c !== '\r') return false;
  // Element boundaries up to the number: its position, and the one before it (an id's qualifier).
  let count = 0;
  let previous = -1;
  let last = seg + tag!.length;
  for (let i = last + 1; i < start; i++) {
    if (text[i] !== sep) continue;
    count++;
    previous = last;
    last = i;
  }
  count++;
  if (!positions.includes(count)) return false;
  const id = tag === 'ISA' && (count === 6 || count === 8);
  return !id || text.slice(previous + 1, last).trim() !== PHONE_ID_QUALIFIER;
}

/**
 * The label of a control number in text or a key (`interchange control 000004711`, `ISA13: …`,
 * `"groupControlNumber": "…"`, `Interchange 301234567 rejected`). An element's name is written whole
 * (`GS06`, `st_02`): `st 2`, `se 2` are words of addresses and prose.
 */
const CONTROL_LABEL = lazyRegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:' +
    [
      'interchange(?:[\\s_-]*control)?',
      '(?:isa|gs|st|(?:functional[\\s_-]*)?group|transaction[\\s_-]*set)[\\s_-]*control',
      'control[\\s_-]*(?:number|no|nr|num|ref(?:erence)?)',
      'message[\\s_-]*ref(?:erence)?',
      'icn',
      'isa[_-]?13|iea[_-]?02|gs[_-]?06|ge[_-]?02|st[_-]?02|se[_-]?02|ta1[_-]?01',
    ].join('|') +
    ')(?:[\\s_-]*(?:number|no|nr|num|ref(?:erence)?|id))?\\.?["\']?\\s*[:#=]?\\s*["\']?\\s*$',
  'iu',
);

/** The number at [start, end) is an EDI control number: in its envelope element, or after its label. */
export function ediControlNumber(text: string, start: number, end: number): boolean {
  if (start === 0) return false;
  return controlElement(text, start, end) || CONTROL_LABEL().test(text.slice(Math.max(0, start - 48), start));
}
