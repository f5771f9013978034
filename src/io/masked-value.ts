// How a message names a value read from a data file (a cell, a record field): by its type and size
// and at most its first character, never the value itself. A bad label cell may hold an e-mail
// address or a token; the message's location (file, record, field, line) tells where to look.

/**
 * `a text of 17 characters starting with "a"`, `a number`, `true`, `an empty cell`. Booleans are
 * shown (they carry nothing personal); a text's first character only when it has at least four.
 */
export function maskedValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'an empty cell';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number' || typeof v === 'bigint') return 'a number';
  if (typeof v === 'string') {
    let n = 0;
    for (const _ of v) n++;
    const first = String.fromCodePoint(v.codePointAt(0)!);
    const start = n >= 4 && /^[\p{L}\p{N}]$/u.test(first) ? ` starting with "${first}"` : '';
    return `a text of ${n} character${n === 1 ? '' : 's'}${start}`;
  }
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (v instanceof Date) return 'a date';
  if (v instanceof Uint8Array) return `${v.length} bytes`;
  return typeof v === 'object' ? 'an object' : `a value of type ${typeof v}`;
}
