// The hash masking strategy's pseudonym, computed independently of checks/pii/mask.ts (as the docs
// state it): the first 20 hex digits of HMAC-SHA256(key, type ‖ NUL ‖ value), 0–f written as a–p.
import { createHmac } from 'node:crypto';

export function keyedPseudonym(key: string, type: string, label: string, value: string): string {
  const hex = createHmac('sha256', key).update(type).update('\0').update(value).digest('hex').slice(0, 20);
  return `[${label}:${hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)))}]`;
}
