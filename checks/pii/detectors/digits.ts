// Numbers read from fixed places of a text, for the recognisers of fixed written forms.

/** The number written by exactly `count` ASCII digits of `text` from `at`, else -1. */
export function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const x = text.charCodeAt(i) - 48;
    if (x < 0 || x > 9) return -1;
    value = value * 10 + x;
  }
  return value;
}

/** How many ASCII digits `s` holds (a loop: no array or string per value on the scan's hot path). */
export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
