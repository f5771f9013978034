// Long runs of one set of ASCII characters, found by reading about one character in `min` where the
// text holds none: a pattern whose every match is such a run (a MAC address, a codice fiscale) is then
// tried only inside them, not at every letter of prose (issue 17: the global searches cost about four
// times as many instructions on free text).

/** A table of the ASCII characters of a set: 1 for each of `chars`. */
export function asciiSet(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

function inSet(set: Uint8Array, c: number): boolean {
  return c < 128 && set[c] === 1;
}

/**
 * Calls `each(a, b)` for every maximal run [a, b) of characters of `set` at least `min` long, in order.
 * Such a run holds one of the positions read (min − 1, then `min` after each one outside the set or
 * after each run's end): a run is found from any of its characters, extended both ways.
 */
export function forEachRun(text: string, set: Uint8Array, min: number, each: (a: number, b: number) => void): void {
  const n = text.length;
  for (let k = min - 1; k < n; ) {
    if (!inSet(set, text.charCodeAt(k))) {
      k += min;
      continue;
    }
    let a = k;
    while (a > 0 && inSet(set, text.charCodeAt(a - 1))) a--;
    let b = k + 1;
    while (b < n && inSet(set, text.charCodeAt(b))) b++;
    if (b - a >= min) each(a, b);
    k = b + min; // the next run starts after b (text[b] is outside the set)
  }
}
