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
