// A PII detector is a src/detect Detector with the category its findings belong to.
import type { Detector } from '../../../src/detect/index.js';

export type Category = 'credentials' | 'financial' | 'personal' | 'special-category';
export type Sensitivity = 'low' | 'moderate' | 'high';

export interface PiiDetector extends Detector {
  category: Category;
  sensitivity: Sensitivity;
  /** Placeholder used by the redact strategy, e.g. "[EMAIL]". */
  label: string;
  /** Character classes (NEED bits, all required) without which this type cannot occur: the cell is skipped. */
  needs?: number;
}

/** Character classes of a text, computed in one pass; a detector lists those it needs. */
export const NEED = { digit: 1, at: 2, upper: 4, sep: 8, dot: 16 } as const;

export function charClasses(text: string): number {
  let f = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) f |= NEED.digit;
    else if (c >= 65 && c <= 90) f |= NEED.upper;
    else if (c === 64) f |= NEED.at;
    else if (c === 58 || c === 61) f |= NEED.sep;
    else if (c === 46) f |= NEED.dot;
    else if (c > 127) f |= NEED.upper; // any non-ASCII letter may be upper case
    if (f === 31) break;
  }
  return f;
}
