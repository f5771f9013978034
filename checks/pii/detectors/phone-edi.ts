// Phones and control numbers in EDI segment syntax (issue 17). ANSI X12 writes a contact's numbers in a
// PER segment, each after a communication number qualifier (`PER*IC*ANNA BERG*TE*2015550123*FX*…~`);
// UN/EDIFACT in a COM segment, the number first and its qualifier after a component separator
// (`COM+0031205550123:TE'`, `COM+?+33 1 55 55 01 23:TE'` with `?` releasing the `+`). The qualifier says
// the element is a telephone number, as a phone word would, and the separators around it (`+`, `:`) are
// no part of it. (The envelopes' control numbers, never phones: edi-control-numbers.ts.)
import { inEdifactSegment } from './edi-syntax.js';
import { validPhone } from './phone.js';
import { NEED, type PiiDetector } from './types.js';

/**
 * X12 element 365 (Communication Number Qualifier) codes of telephone and fax numbers: telephone,
 * facsimile, cellular, home, work, night, alternate and personal phones, beepers, voice mail, international
 * telephone, answering service … Not EX (an extension alone), EM, UR, ED, TL (telex) or AA/AE (an
 * access or area code alone).
 */
const X12_PHONE = new Set(['TE', 'FX', 'CP', 'HP', 'WP', 'AP', 'AB', 'AC', 'AD', 'AS', 'BN', 'HF', 'IT', 'NP', 'OF', 'OT', 'PA', 'PC', 'PP', 'SP', 'VM', 'WC', 'WF']);

/** UN/EDIFACT 3155 (Communication address code qualifier) codes of telephone numbers: telephone, telefax, alternate telephone, cellular phone, international direct line. */
const EDIFACT_PHONE = new Set(['TE', 'FX', 'AJ', 'AL', 'AM']);

/** What an element must look like to be read as a number: phone digits, separators, an extension. */
const NUMBER_ELEMENT = /^\+?[\d ()./-]{6,30}\d(?:[ ]?(?:x|ext\.?)[ ]?\d{1,6})?$/i;

/**
 * A communication number of a telephone's shape and length: 7 to 15 digits (E.164's most), two more after
 * an international prefix "00" (`0031205550123`), an extension aside. The qualifier says it is a telephone
 * number, so no region's plan is asked: numbers of plans the validator does not know count too.
 */
function phoneElement(value: string): boolean {
  if (!NUMBER_ELEMENT.test(value)) return false;
  const bare = value.replace(/\s?(?:x|ext\.?)\s?\d{1,6}$/i, '');
  const digits = bare.replace(/\D/g, '').length;
  return digits >= 7 && digits <= (bare.startsWith('00') ? 17 : 15);
}

/** X12 PER segments: the tag, then the element separator the interchange uses. */
const PER = /(?<![A-Za-z\d])PER([*|^!])/g;

/** The end of the X12 segment starting at `from`: its terminator (`~` or a line break) or the text's end. */
function segmentEnd(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + 400; i++) {
    const c = text.charCodeAt(i);
    if (c === 126 || c === 10 || c === 13) return i;
  }
  return Math.min(text.length, from + 400);
}

/** The numbers of the PER segments in the text whose qualifier (PER03, 05, 07) names a phone. */
function x12Numbers(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(PER)) {
    const sep = m[1]!;
    const from = m.index + 4;
    const end = segmentEnd(text, from);
    let at = from;
    const elements: Array<[number, number]> = [];
    while (at <= end && elements.length < 9) {
      let next = text.indexOf(sep, at);
      if (next === -1 || next > end) next = end;
      elements.push([at, next]);
      at = next + 1;
    }
    for (let q = 2; q + 1 < elements.length; q += 2) {
      const [qs, qe] = elements[q]!;
      const [ns, ne] = elements[q + 1]!;
      if (X12_PHONE.has(text.slice(qs, qe)) && phoneElement(text.slice(ns, ne))) out.push({ start: ns, end: ne });
    }
  }
}

/** EDIFACT COM segments with the default separators (`+` between elements, `:` between components, `?` releasing, `'` ending). */
const COM = /(?<![A-Za-z\d?])COM\+/g;

/** The numbers of the COM segments in the text whose qualifier (3155) names a phone: each element's first component. */
function edifactNumbers(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(COM)) {
    let start = m.index + 4;
    let value = '';
    let qualifierAt = -1;
    let numberEnd = -1;
    for (let i = start; i <= text.length && i < m.index + 600; i++) {
      const c = i < text.length ? text[i]! : "'";
      if (c === '?' && i + 1 < text.length) {
        value += text[++i];
        continue;
      }
      if (c === ':' && qualifierAt === -1) {
        numberEnd = i;
        qualifierAt = i + 1;
      } else if (c === '+' || c === "'" || c === '\n') {
        if (qualifierAt !== -1 && EDIFACT_PHONE.has(text.slice(qualifierAt, i)) && phoneElement(value)) out.push({ start, end: numberEnd });
        if (c !== '+') break;
        start = i + 1;
        value = '';
        qualifierAt = -1;
      } else if (qualifierAt === -1) value += c;
    }
  }
}

/** A "+" released by "?" (not itself released: `??+` is a "?" and a separator), then digits as a number is written. */
const RELEASED_PLUS = /(?<!\?)\?\+(\d[\d ()./-]{5,24}\d)/g;

/**
 * International numbers written with a released "+" in EDIFACT segments other than COM (free text, names:
 * `FTX+AAI+++PLEASE CALL ?+43 1 5550123 BEFORE DELIVERY'`), masked with their release character as COM's
 * are: valid or possible in international form (validPhone), a lone digit group after them left to the text.
 */
function releasedNumbers(text: string, out: Array<{ start: number; end: number }>): void {
  for (const m of text.matchAll(RELEASED_PLUS)) {
    let number = m[1]!;
    while (/ \d$/.test(number)) number = number.slice(0, -2);
    if (validPhone('+' + number) && inEdifactSegment(text, m.index)) out.push({ start: m.index, end: m.index + 2 + number.length });
  }
}

/** Telephone numbers in X12 PER and EDIFACT COM segments, by their qualifiers, and released international numbers in EDIFACT text. */
export const ediPhone: PiiDetector = {
  type: 'phone',
  category: 'personal',
  sensitivity: 'moderate',
  label: '[PHONE]',
  needs: NEED.digit | NEED.upper,
  prefilter: ['PER', 'COM+', '?+'],
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    if (text.includes('PER')) x12Numbers(text, out);
    if (text.includes('COM+')) edifactNumbers(text, out);
    if (text.includes('?+')) releasedNumbers(text, out);
    return out;
  },
  score: 0.85,
};
