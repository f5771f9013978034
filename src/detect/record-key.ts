// The key of a record right before a value (`"servedMSISDN":"`, `"customer_tax_id": "`, `build=`,
// `clientMac: `): its name says what the value is, as a column's name says what its cells are.

/**
 * Whether `start` follows a key's `:` or `=` (spaces and a quote between): the cheap test before the
 * key's patterns, which most values (after a word or a space) never reach.
 */
export function afterKey(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61) return true; // ":" "="
    if (c !== 32 && c !== 9 && c !== 34 && c !== 39) return false; // space, tab, quotes
  }
  return false;
}

/** A key of letters, digits, `_`, `.` and `-` (quoted or not), then `:` or `=`, blanks and the value's quote. */
const KEY_BEFORE = /(?:^|[^A-Za-z\d_.-])([A-Za-z][A-Za-z\d_.-]{0,40})["']?[ \t]*[:=][ \t]*["']?$/;

/** The name of the key right before `start` (`customer_tax_id`), else undefined. */
export function keyNameBefore(text: string, start: number): string | undefined {
  if (!afterKey(text, start)) return undefined;
  return KEY_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
}

/** A key's words: split at `_`, `-`, `.` and lower-to-upper humps, lower-cased (`clientMac` → client, mac). */
export function keyWords(key: string): string[] {
  return key.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase().split(/[ _.-]+/);
}
