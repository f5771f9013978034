// The text before a value as the readers of a key or a label see it. Where the value's column is
// named somewhere other than right before it — by a database error (`Key (phone)=(…)`:
// database-messages.ts) or by the element the value is the first content of (`<Telefono>…`:
// markup.ts) or by a sibling field of its object (`{"key": "userPhone", "value": "…"}`: record-key.ts
// siblingKey) — that name is given written as a record's key; else the characters themselves.
import { siblingKeyBefore } from '../../../src/detect/record-key.js';
import { databaseKeyOf } from './database-messages.js';
import { elementKey } from './markup.js';

export function keyedTextBefore(text: string, start: number, n: number): string {
  const column = databaseKeyOf(text, start);
  if (column !== undefined) return `${column}=`;
  const sibling = siblingKeyBefore(text, start);
  if (sibling !== undefined) return `${sibling}: `;
  const element = start > 0 ? elementKey(text, start) : undefined;
  return element === undefined ? text.slice(Math.max(0, start - n), start) : `${element}: `;
}
