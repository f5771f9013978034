// Masking strategies (Presidio anonymizer operators): redact, partial, keyed hash (HMAC-SHA256, the
// same value gives the same pseudonym across files and runs), drop (the column leaves the output).
import { createHmac } from 'node:crypto';
import type { Strategy } from './config.js';

export interface Masker {
  mask(value: string, type: string, label: string, strategy: Strategy): string;
}

/** `****1234`: the last four letters or digits kept (none when the value has eight or fewer). */
export function partialMask(value: string): string {
  const at = value.indexOf('@');
  // The first character whole (an astral letter is two code units: half of one is not text).
  if (at > 0 && value.indexOf('.', at) > at) return `${String.fromCodePoint(value.codePointAt(0)!)}***@${value.slice(at + 1)}`;
  const alnum = value.replace(/[^\p{L}\p{N}]/gu, '');
  return alnum.length <= 8 ? '*'.repeat(Math.max(4, alnum.length)) : `****${alnum.slice(-4)}`;
}

export function makeMasker(hmacKey: Buffer | undefined): Masker {
  return {
    mask(value, type, label, strategy) {
      switch (strategy) {
        case 'partial':
          return partialMask(value);
        case 'hash': {
          if (!hmacKey) throw new Error('the hash strategy needs a key'); // checked before the scan starts
          const h = createHmac('sha256', hmacKey).update(type).update('\0').update(value).digest();
          return `${label.slice(0, -1)}:${letterHex(h.subarray(0, 10))}]`;
        }
        default:
          return label;
      }
    },
  };
}

/**
 * Hexadecimal written with the letters a–p instead of 0–9a–f. Masked files are scanned again (the
 * gate reads the clean training file): a pseudonym made only of letters can never hold a digit run
 * that a card, phone or identifier detector would take for a value.
 */
export function letterHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(97 + (b >> 4), 97 + (b & 15));
  return out;
}

/** Evidence for findings: the type's placeholder and the length, nothing derived from the value. */
export function evidenceOf(label: string, length: number): string {
  return `${label} (${length} chars)`;
}

/** Replaces spans (sorted, non-overlapping) of `text` by `replace(i)`. */
export function spliceSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, replace: (i: number) => string): string {
  let out = '';
  let at = 0;
  spans.forEach((s, i) => {
    out += text.slice(at, s.start) + replace(i);
    at = s.end;
  });
  return out + text.slice(at);
}
