// Brackets and quotes around a value (issue 17): "Ana Silva (+49 …) called", `Key (phone)=(…)`,
// 「…」, «…». A pattern may start a candidate at an opening bracket (a phone's area code "(415) …") and
// so take in the bracket that encloses the whole value; that bracket belongs to the text around the
// value, and the value is read without it.

/** Opening brackets and quotes, each with its closing character (a quote may close with itself). */
const PAIRS: ReadonlyMap<number, number> = new Map(
  [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
    ['\uff08', '\uff09'], // （ ）
    ['\u3010', '\u3011'], // 【 】
    ['\u300c', '\u300d'], // 「 」
    ['\u300e', '\u300f'], // 『 』
    ['"', '"'],
    ["'", "'"],
    ['\u00ab', '\u00bb'], // « »
    ['\u201e', '\u201c'], // „ “
    ['\u201c', '\u201d'], // “ ”
    ['\u2018', '\u2019'], // ‘ ’
  ].map(([open, close]) => [open!.charCodeAt(0), close!.charCodeAt(0)]),
);

/** Closing brackets and quotes, each with its opening character (the first pair that names it). */
const OPENERS: ReadonlyMap<number, number> = new Map([...PAIRS].reverse().map(([open, close]) => [close, open]));

/**
 * `start`, or `start + 1` when the span opens with a bracket or quote that it does not close and that
 * closes right after it: the enclosure around the value (`(+49 151 …` before its `)`), not a part of
 * it. Only a whole enclosure: a secret that starts with a bracket keeps it (and stays masked whole).
 */
export function withoutOpener(text: string, start: number, end: number): number {
  const open = text.charCodeAt(start);
  const close = PAIRS.get(open);
  return close !== undefined && text.charCodeAt(end) === close && !closedWithin(text, start + 1, end, open, close, 1) ? start + 1 : start;
}

/** `end`, or `end - 1` when the span closes with a bracket or quote that it did not open and that opens right before it. */
export function withoutCloser(text: string, start: number, end: number): number {
  if (end <= start || start === 0) return end;
  const close = text.charCodeAt(end - 1);
  const open = OPENERS.get(close);
  return open !== undefined && text.charCodeAt(start - 1) === open && !closedWithin(text, start, end - 1, close, open, -1) ? end - 1 : end;
}

/**
 * Whether the bracket at the span's edge is matched inside text[from, to): walking away from it
 * (`step` 1: forwards from an opener, -1: backwards from a closer), `mate` brings the depth to 0
 * before the end; a quote (`self === mate`) is matched by its next occurrence.
 */
function closedWithin(text: string, from: number, to: number, self: number, mate: number, step: 1 | -1): boolean {
  let depth = 1;
  for (let i = step === 1 ? from : to - 1; i >= from && i < to; i += step) {
    const c = text.charCodeAt(i);
    if (c === mate) {
      if (--depth === 0) return true;
    } else if (c === self) depth++;
  }
  return false;
}
