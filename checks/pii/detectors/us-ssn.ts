// US Social Security numbers: AAA-GG-SSSS. Never issued: area 000, 666 or 900–999; group 00;
// serial 0000; and the advertising numbers 078-05-1120 and 219-09-9999.
import { NEED, type PiiDetector } from './types.js';

export function ssnValid(v: string): boolean {
  const d = v.replace(/\D/g, '');
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  if (d === '078051120' || d === '219099999' || d === '123456789' || /^(\d)\1{8}$/.test(d)) return false;
  return true;
}

export const usSsn: PiiDetector = {
  type: 'us-ssn',
  category: 'personal',
  sensitivity: 'high',
  label: '[US_SSN]',
  needs: NEED.digit,
  minDigits: 9,
  // Same separator in both places (dash, space, dot) or none; bare 9-digit runs only with context.
  pattern: /(?<![\d\-.])\d{3}([- .]?)\d{2}\1\d{4}(?![\d]|[.-]\d)/g,
  score: 0.6,
  maxScore: 0.6,
  validate(v) {
    if (!ssnValid(v)) return false;
    return /\D/.test(v) ? 0.6 : 0.3;
  },
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'taxpayer', 'sin', 'tin'],
  contextScore: 0.95,
};
