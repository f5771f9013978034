// US Social Security numbers: AAA-GG-SSSS. Never issued: area 000, 666 or 900–999; group 00;
// serial 0000; and the advertising numbers 078-05-1120 and 219-09-9999.
import { digitsAt } from './digits.js';
import { pidFieldOf } from './hl7-fields.js';
import { pipeHeaderNames } from './pipe-header.js';
import { afterKey, siblingKind } from '../../../src/detect/record-key.js';
import { BUSINESS_ID_GENERIC_WORDS, BUSINESS_ONLY_COLUMN_WORDS } from './business-id-words.js';
import { ID_DOCUMENT_COLUMNS } from './national-ids.js';
import { bsnValid, caSinValid, ptNifValid } from './national-ids-more.js';
import { REFERENCE_WORDS } from './reference-words.js';
import { besideAnotherNumber, continuesCode } from './surroundings.js';
import { DIGIT_UNITS, NEED, recordFeatures, unitBits, type PiiDetector } from './types.js';
import { lazyRegExp } from '../lazy-regexp.js';

export function ssnValid(v: string): boolean {
  // The digits of v as area (3), group (2) and serial (4), in one pass without building strings.
  let count = 0;
  let area = 0;
  let group = 0;
  let serial = 0;
  let first = -1;
  let same = true;
  for (let i = 0; i < v.length; i++) {
    const x = v.charCodeAt(i) - 48;
    if (x < 0 || x > 9) continue;
    if (count < 3) area = area * 10 + x;
    else if (count < 5) group = group * 10 + x;
    else serial = serial * 10 + x;
    if (first < 0) first = x;
    else if (x !== first) same = false;
    if (++count > 9) return false;
  }
  return count === 9 && issuable(area, group, serial, same);
}

/** The score of a valid number of `length` characters: nine digits only (a bare run) score low, separators more. */
function ssnScore(length: number): number {
  return length > 9 ? 0.6 : 0.3;
}

/** Area, group and serial of an issuable number (`same`: one digit repeated nine times). */
function issuable(area: number, group: number, serial: number, same: boolean): boolean {
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  // Advertising numbers 078-05-1120 and 219-09-9999, the sequence 123-45-6789, one digit repeated.
  const all = area * 1e6 + group * 1e4 + serial;
  if (all === 78051120 || all === 219099999 || all === 123456789 || same) return false;
  return true;
}

/**
 * Words that name a US Social Security number, in English and in the words tickets of other languages
 * use for it (`numéro de sécurité sociale`, `Sozialversicherungsnummer`, `número de seguro social`,
 * `numero di previdenza sociale`, `número da segurança social`, `sociale zekerheid`, `社会保障番号`).
 */
const SSN_WORDS: readonly string[] = [
  'ssn', 'social security', 'social-security', 'social_security', 'socialsecurity', 'soc_sec', 'social sec', 'soc sec', 'soc. sec', 'ss#', 'ss #', 'taxpayer', 'sin', 'tin',
  'sécurité sociale', 'securite sociale', 'sozialversicherung', 'seguro social', 'seguridad social', 'previdenza sociale', 'sicurezza sociale',
  'previdência social', 'previdencia social', 'segurança social', 'seguranca social', 'sociale zekerheid', 'ubezpieczenia społecznego',
  '社会保障', '社會安全', '社会安全', 'ソーシャルセキュリティ', 'ソーシャル・セキュリティ', '사회보장',
];

/**
 * An ANSI X12 element whose qualifier says it holds an SSN: `REF*SY*123456789~` (reference
 * identification qualifier SY, Social Security Number) or an NM1 segment's id code qualifier 34
 * (`NM1*IL*1*DOE*JOHN****34*123456789~`). Element separators `*`, `|` or `^` (ISA's choice).
 */
const X12_SSN = /(?:(?:^|[^A-Za-z0-9])REF([*|^])SY\1|(?:^|[~\r\n])[ \t]*NM1([*|^])[^~\r\n]{0,80}\2(?:34)\2)$/;

/** The nine digits at `start` are an X12 element qualified as an SSN (X12_SSN). */
function x12SsnElement(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 42 || c === 124 || c === 94) && X12_SSN.test(text.slice(Math.max(0, start - 120), start));
}

/**
 * The label right before a value (only separators between) when it names another nine-digit id: the
 * Dutch BSN, the Portuguese NIF, the Canadian SIN (`(BSN 123456782, US SSN …)`). Group 1: the word.
 */
const OTHER_ID_LABEL = lazyRegExp(String.raw`(?:^|[^\p{L}\d])(bsn|burgerservicenummer|sofinummer|nif|contribuinte|sin|nas|social insurance(?: number| no\.?)?|assurance sociale)[\s:#()"'=.,-]{0,6}$`, 'iu');
const OTHER_ID_CHECK: Record<string, (v: string) => boolean> = { bsn: bsnValid, burgerservicenummer: bsnValid, sofinummer: bsnValid, nif: ptNifValid, contribuinte: ptNifValid };

/** A record's kind field naming another nine-digit id (`{"kind": "BSN", "value": "…"}`). Group 1: the word. */
const OTHER_ID_KIND = /^(bsn|burgerservicenummer|sofinummer|nif|contribuinte|sin|nas|social insurance(?: number)?)$/i;

/**
 * The nine digits at `start` are labelled as another id whose check they pass — by the word right
 * before them or by their record's kind field: that id's, not an SSN.
 */
function otherIdLabelled(v: string, text: string, start: number): boolean {
  let label = OTHER_ID_LABEL().exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (label === undefined && afterKey(text, start)) label = OTHER_ID_KIND.exec(siblingKind(text, start) ?? '')?.[1];
  // `SIN` and `NAS` in upper case only: `sin` is Spanish for "without", `nas` Portuguese for "in the".
  if (label === undefined || (label.length === 3 && /^(?:sin|nas)$/i.test(label) && label !== label.toUpperCase())) return false;
  return (OTHER_ID_CHECK[label.toLowerCase()] ?? caSinValid)(v);
}

/** A table header naming an SSN (its own words, not the SIN's nor a tax id's). */
const SSN_HEADER = /(?:^|[^a-z])(?:ssn|social security)(?:$|[^a-z])/;

export const usSsn: PiiDetector = {
  type: 'us-ssn',
  category: 'personal',
  sensitivity: 'high',
  label: '[US_SSN]',
  needs: NEED.digit,
  minDigits: 9,
  // Same separator in both places (dash, space, dot) or none; bare 9-digit runs only with context.
  pattern: /(?<![\d\-.+])\d{3}([- .]?)\d{2}\1\d{4}(?![\d]|[.-]\d)/g,
  digitRun: 4,
  digitGroup: 9,
  score: 0.6,
  maxScore: 0.6,
  validate(v, text, start, end) {
    if (!ssnValid(v)) return false;
    // An X12 element qualified as an SSN scores as a separated number does (the qualifier is its cue).
    if (x12SsnElement(text, start)) return 0.6;
    // So does HL7 v2 PID-19, "SSN Number - Patient" (its field number is its cue; hl7-fields.ts).
    if (pidFieldOf(text, start, end) === 19) return 0.6;
    if (continuesCode(text, start) || otherIdLabelled(v, text, start)) return false;
    // Three numbers separated by spaces next to a fourth: fields of a log record ("200 34 3665").
    if (v.charCodeAt(3) === 32 && besideAnotherNumber(text, start, end)) return false;
    // A bare run under a `|` table's SSN header (`…|SSN|…`) scores as a separated number does.
    if (v.length === 9 && pipeHeaderNames(text, start, SSN_HEADER)) return 0.6;
    return ssnScore(v.length);
  },
  // Nine digits, or 3-2-4 digits with the same separator twice: the pattern's match from 0 is all of it.
  recognise(text) {
    const n = text.length;
    if (n === 11) {
      const sep = text.charCodeAt(3);
      if ((sep !== 45 && sep !== 32 && sep !== 46) || text.charCodeAt(6) !== sep) return undefined;
    } else if (n !== 9) return undefined;
    // Where the group and the serial start: after the area (and a separator in the 11-character form).
    const g = n === 11 ? 4 : 3;
    const s = n === 11 ? 7 : 5;
    const area = digitsAt(text, 0, 3);
    const group = digitsAt(text, g, 2);
    const serial = digitsAt(text, s, 4);
    if (area < 0 || group < 0 || serial < 0) return undefined;
    // One digit repeated nine times.
    const d = Math.floor(area / 100);
    const same = area === 111 * d && group === 11 * d && serial === 1111 * d;
    if (!issuable(area, group, serial, same)) return undefined;
    // Every code unit was read at its place: nine digits and the separators (recordFeatures).
    recordFeatures(text, n === 11 ? DIGIT_UNITS | unitBits(text.charCodeAt(3)) : DIGIT_UNITS, 9);
    return ssnScore(n);
  },
  context: SSN_WORDS,
  contextScore: 0.95,
  contextAtWordStart: true,
  columnContext: ID_DOCUMENT_COLUMNS,
  // "sin" inside `sinistre`/`siniestro`/`sinistro` (a claim number's column) is no cue, nor inside
  // `business`, nor "tin" inside `routing`.
  notCue: [...REFERENCE_WORDS, ...BUSINESS_ID_GENERIC_WORDS],
  // A business, tax or bank identifier's column (`ust_idnr`, `routing_number`, `ein`) holds no SSN, but
  // a `tin` or `tax_id` column may (business-id-words.ts).
  notContext: BUSINESS_ONLY_COLUMN_WORDS,
};
