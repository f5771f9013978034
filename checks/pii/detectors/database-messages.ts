// Database errors that name a value's column away from the value (issue 17): PostgreSQL's
// unique-violation detail `Key (phone)=(+49 …) already exists.` (several columns: `Key (country,
// phone)=(DE, +49 …)`) and MySQL's `Duplicate entry '…' for key 'users.phone'`. The readers of a
// record's key before a value (`"phone": "`, `order_id=`) read that column as the value's key.

/** PostgreSQL's `Key (<columns>)=(<values>` up to the value: the columns, and the values before it. */
const PG_KEY = /\bKey \(([^()\n]{1,160})\)=\(([^()\n]{0,400})$/;
/** MySQL's `Duplicate entry '` right before the value. */
const MYSQL_ENTRY = /\bDuplicate entry '$/i;
/** What follows the value in MySQL's message: `' for key '<table>.<index>'` (the table since 8.0). */
const MYSQL_KEY = /^[^'\n]{0,400}' for key '(?:[^'.\n]*\.)?([^'\n]{1,64})'/i;

/**
 * The column a database error names for the value at `start`, or undefined. Cheap for every other
 * value: only a value right after `(`, `, ` or `'` is looked at further.
 */
export function databaseKeyOf(text: string, start: number): string | undefined {
  const c = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (c === 39) return MYSQL_ENTRY.test(text.slice(Math.max(0, start - 17), start)) ? MYSQL_KEY.exec(text.slice(start, start + 480))?.[1] : undefined;
  if (c !== 40 && !(c === 32 && text.charCodeAt(start - 2) === 44)) return undefined;
  const before = text.slice(Math.max(0, start - 600), start);
  if (!before.includes('Key (')) return undefined;
  const m = PG_KEY.exec(before);
  if (m === null) return undefined;
  // The value's place in the tuple picks its column (values holding ", " themselves are not told apart).
  const place = m[2]!.split(', ').length - 1;
  return m[1]!.split(/, ?/)[place]?.replace(/"/g, '');
}
