// National identifiers that carry a checksum or strict structure: UK NINO, Spanish DNI/NIE, Italian
// codice fiscale, Indian Aadhaar (Verhoeff), Brazilian CPF.
import { hasContext } from '../../../src/detect/engine.js';
import { keyNameBefore } from '../../../src/detect/record-key.js';
import { BUSINESS_ONLY_COLUMN_WORDS } from './business-id-words.js';
import { OTHER_NUMBER_COLUMN_WORDS } from './measure-words.js';
import { asciiSet, forEachRun } from './class-runs.js';
import { besideAnotherNumber, continuesCode, labelledOther } from './surroundings.js';
import { NEED, type PiiDetector } from './types.js';

const base = { category: 'personal', sensitivity: 'high' } as const;

/**
 * Generic names of a KYC column that holds identity documents of several countries (`document_number`,
 * `id_number`, `documento`, `tax_id`, `NationalID`): a cue, in the column name only, for every national
 * id whose bare form needs one (an Aadhaar or CPF without separators, nine SSN digits), so that each
 * value is found by its own check even when no single type is a majority of the column. Whole words or
 * phrases of the name (engine nameHoldsPhrase); in a sentence these words label other numbers as often.
 */
export const ID_DOCUMENT_COLUMNS: readonly string[] = [
  'document', 'documento', 'documentnumber', 'doc no', 'doc nr', 'doc num', 'doc number', 'id number', 'id no', 'id nr', 'id num', 'idnumber', 'national id', 'nationalid',
  'id doc', 'iddoc', 'id document', 'tax id', 'taxid', 'identity', 'identification', 'identificación', 'identificacion', 'identidad', 'identidade', 'kyc', 'cedula', 'cédula', 'personal id',
];
const idDocument = { ...base, columnContext: ID_DOCUMENT_COLUMNS } as const;

// ---- UK National Insurance number: two prefix letters (not D F I Q U V; second not O; some pairs never issued), 6 digits, suffix A–D.
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
export const ukNino: PiiDetector = {
  ...idDocument,
  type: 'uk-nino',
  label: '[UK_NINO]',
  needs: NEED.digit | NEED.upper,
  minDigits: 6,
  pattern: /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g,
  digitRun: 2,
  score: 0.6,
  validate: (v) => !NINO_BAD_PREFIX.has(v.slice(0, 2)),
  context: ['national insurance', 'nino', 'ni number', 'ni no', 'nat ins'],
  contextScore: 0.95,
  contextAtWordStart: true,
};

// ---- Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23].
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniValid(v: string): boolean {
  const s = v.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const prefix = m[1] ? String('XYZ'.indexOf(m[1])) : '';
  const num = prefix + m[2]!;
  if (num.length !== 8) return false;
  return DNI_LETTERS[Number(num) % 23] === m[3];
}
export const esDni: PiiDetector = {
  ...idDocument,
  type: 'es-dni',
  label: '[ES_DNI]',
  needs: NEED.digit | NEED.alpha,
  minDigits: 7,
  // 8 digits (also written 12.345.678) or X/Y/Z and 7 digits, then the letter ("-" or a space between).
  pattern: /(?<![A-Za-z0-9.])(?:\d{8}|\d{2}\.\d{3}\.\d{3}|[XYZxyz][- ]?\d{7})[- ]?[A-Za-z](?![A-Za-z0-9])/g,
  digitRun: 3,
  score: 0.7,
  validate: dniValid,
  context: ['dni', 'nie', 'documento', 'nif', 'identidad', 'identificación', 'identificacion'],
  contextScore: 0.95,
  contextAtWordStart: true,
  // A Chilean RUT's column: one RUT in eleven ends in K (`12.345.678-K`), one of those in 23 has the DNI's letter.
  notContext: ['rut', 'run'],
};

// ---- Italian codice fiscale: 16 characters, check character from odd/even position tables (omocodia letters accepted).
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function codiceFiscaleValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const idx = c <= 57 ? c - 48 : c - 65; // digits map like A…J
    sum += i % 2 === 0 ? CF_ODD[idx]! : idx;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}
/** The codice fiscale as a pattern: the reference of scanFiscalCodes (run-scans.test.ts). */
export const CF_PATTERN = /(?<![A-Za-z0-9])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])/g;
/** CF_PATTERN without its borders, tried at the start of a run of exactly 16 letters and digits. */
const CF_AT = new RegExp(CF_PATTERN.source.slice('(?<![A-Za-z0-9])'.length, -'(?![A-Za-z0-9])'.length), 'y');
const ALNUM = asciiSet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
/**
 * CF_PATTERN's matches, in order: each is a whole run of 16 ASCII letters and digits (its borders), so
 * only such runs are tried (forEachRun reads about one character in 16 of prose; the same matches:
 * test/unit/checks/pii/run-scans.test.ts).
 */
function scanFiscalCodes(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  forEachRun(text, ALNUM, 16, (a, b) => {
    CF_AT.lastIndex = a;
    if (b - a === 16 && CF_AT.test(text)) out.push({ start: a, end: b });
  });
  return out;
}
export const itFiscalCode: PiiDetector = {
  ...idDocument,
  type: 'it-fiscal-code',
  label: '[IT_FISCAL_CODE]',
  needs: NEED.digit | NEED.alpha,
  // CF_PATTERN's matches, found only in runs of 16 letters and digits (scanFiscalCodes).
  scan: scanFiscalCodes,
  score: 0.85,
  validate: codiceFiscaleValid,
  context: ['codice fiscale', 'cod. fisc', 'fiscal', 'cf'],
  contextScore: 1,
  contextAtWordStart: true,
};

// ---- Indian Aadhaar: 12 digits, first 2–9, not a palindrome, Verhoeff check digit.
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
/** VD and VP flat, row after row: one typed-array read per step, not two arrays' (the check runs on column values too). */
const VD_FLAT = Uint8Array.from(VD.flat());
const VP_FLAT = Uint8Array.from(VP.flat());
/** The Verhoeff check over the ASCII digits of `v` (other characters are skipped: `2345 6789 0123`). */
export function verhoeffValid(v: string): boolean {
  let c = 0;
  for (let i = v.length - 1, k = 0; i >= 0; i--) {
    const d = v.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) c = VD_FLAT[c * 10 + VP_FLAT[(k++ & 7) * 10 + d]!]!;
  }
  return c === 0;
}
/**
 * Aadhaar's names: English (and the spellings `aadhar`, `adhaar`, `adhar` met in forms), UIDAI's `UID`,
 * and the word in the scripts of India's languages (Hindi and Marathi, Bengali, Gujarati, Punjabi,
 * Odia, Tamil, Telugu, Kannada, Malayalam, Urdu).
 */
const AADHAAR_WORDS: readonly string[] = ['aadhaar', 'aadhar', 'adhaar', 'adhar', 'uidai', 'uid', 'आधार', 'আধার', 'આધાર', 'ਆਧਾਰ', 'ଆଧାର', 'ஆதார்', 'ఆధార్', 'ಆಧಾರ್', 'ആധാർ', 'ആധാര്', 'آدھار'];

export const inAadhaar: PiiDetector = {
  ...idDocument,
  type: 'in-aadhaar',
  label: '[IN_AADHAAR]',
  needs: NEED.digit,
  minDigits: 12,
  pattern: /(?<![\d\-.+])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d]|[ .-]\d)/g,
  digitRun: 4,
  digitGroup: 12,
  score: 0.5,
  maxScore: 0.65,
  validate(v, text, start, end) {
    const d = v.replace(/\D/g, '');
    if (d === [...d].reverse().join('') || !verhoeffValid(d) || continuesCode(text, start)) return false;
    // Grouped 4-4-4 with a Verhoeff check: above a phone number's 0.6 (a phone of that shape whose
    // last digit happens to check is rarer than an Aadhaar number; a phone word still wins).
    // After the label of another kind of number ("SN: 8819-3733-4506") only an Aadhaar word makes it one.
    // So is one of a longer run of groups (the last twelve digits of a card in fours, `4103 3860 3249 7754`).
    if (/\D/.test(v)) return labelledOther(text, start) || (v.charCodeAt(4) === 32 && besideAnotherNumber(text, start, end)) ? 0.4 : 0.65;
    // Twelve bare digits as a whole value: a cell of a column of Aadhaar numbers (`c17`) once the column
    // has a cue (its name, or its head's values: value-cues.ts), under the threshold without one as a bare
    // CPF is (WHOLE_BARE_ID). In running text an Aadhaar word in the sentence before it.
    if (start === 0 && end === text.length) return WHOLE_BARE_ID;
    return aadhaarWordBefore(text, start) ? 0.95 : 0.4;
  },
  context: AADHAAR_WORDS,
  contextScore: 0.95,
  contextAtWordStart: true,
  // A column of amounts, articles or accounts of twelve digits: one value in ten passes the check by chance.
  notContext: OTHER_NUMBER_COLUMN_WORDS,
};

/**
 * Characters before a bare Aadhaar number in which an Aadhaar word counts, beyond the engine's
 * context window: a ticket names the card once and gives its number later in the sentence
 * ("update my Aadhaar in the KYC records, the number is 234567890124").
 */
const AADHAAR_SENTENCE = 120;

/** The Aadhaar words that name the card itself (not `uid`, also a user id's key in records). */
const AADHAAR_NAMES: readonly string[] = AADHAAR_WORDS.filter((w) => w !== 'uid');

/** An Aadhaar name within AADHAAR_SENTENCE characters before `start`, where a word starts. */
function aadhaarWordBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - AADHAAR_SENTENCE);
  return hasContext(text.slice(from, start).toLowerCase(), start - from, start - from, AADHAAR_NAMES, AADHAAR_SENTENCE, true);
}

/**
 * Twelve digits (also grouped) that pass the Aadhaar check after an Aadhaar word: an "Aadhaar card
 * number" is no payment card, though a 12-digit Maestro number may pass Luhn too (card.ts asks).
 */
export function cuedAadhaar(v: string, text: string, start: number, end: number): boolean {
  let digits = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) digits++;
  return digits === 12 && verhoeffValid(v) && hasContext(text.slice(Math.max(0, start - 40), end + 40).toLowerCase(), Math.min(start, 40), Math.min(start, 40) + end - start, AADHAAR_WORDS, 40, true);
}

// ---- Brazilian CPF: 11 digits (###.###.###-##), two mod-11 check digits, not all the same digit.
/**
 * Eleven ASCII digits in `v` (other characters are skipped: `123.456.789-09`), not all the same, whose
 * last two are the CPF's mod-11 check digits. One pass, no copy: it runs on column values too (shapes.ts).
 */
export function cpfValid(v: string): boolean {
  let n = 0;
  let first = 0;
  let same = true;
  // The weighted sums of the first nine (weights 10…2) and ten (11…2) digits, and digits 10 and 11.
  let sum9 = 0;
  let sum10 = 0;
  let check9 = 0;
  let check10 = 0;
  for (let i = 0; i < v.length; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (n === 0) first = d;
    else if (d !== first) same = false;
    if (n < 9) sum9 += d * (10 - n);
    else if (n === 9) check9 = d;
    else check10 = d;
    if (n < 10) sum10 += d * (11 - n);
    if (++n > 11) return false;
  }
  return n === 11 && !same && ((sum9 * 10) % 11) % 10 === check9 && ((sum10 * 10) % 11) % 10 === check10;
}
/**
 * The score of a whole value of eleven bare digits passing the CPF check, or of twelve passing the
 * Aadhaar check: under the threshold, so that only a cue masks it (the column's name, a record key, or
 * the column's value cue, value-cues.ts: one random number in ten passes Verhoeff, so a column of
 * twelve-digit invoice numbers lost a tenth of its cells). Weak evidence, unlike the other checksum
 * matches: the value keeps its shape (classify.ts wholeStrongMatch, LEFT_ALONE_TYPES).
 */
export const WHOLE_BARE_ID = 0.45;
export const brCpf: PiiDetector = {
  ...idDocument,
  type: 'br-cpf',
  label: '[BR_CPF]',
  needs: NEED.digit,
  minDigits: 11,
  pattern: /(?<![\d\-.+])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d]|[.-]\d)/g,
  digitRun: 3,
  digitGroup: 11,
  score: 0.5,
  maxScore: 0.75,
  validate(v, text, start, end) {
    if (!cpfValid(v) || continuesCode(text, start)) return false;
    if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return 0.75;
    // A whole value of eleven bare digits that pass both check digits (one number in a hundred does
    // by chance): a cell of a column of CPFs (`c02`) once the column has a cue (WHOLE_BARE_ID). In
    // running text a bare run needs a cue too.
    if (start === 0 && end === text.length && v.length === 11) return WHOLE_BARE_ID;
    // A `doc=` key (a SIM registration's, a KYC log's): the document's number (one run in a hundred passes by chance).
    return v.length === 11 && /^doc$/i.test(keyNameBefore(text, start) ?? '') ? 0.95 : 0.35;
  },
  // `documento` (Portuguese, Spanish, Italian: "Documento do titular: …") names the identity document in a sentence too.
  context: ['cpf', 'c.p.f', 'cadastro', 'contribuinte', 'pessoa física', 'pessoa fisica', 'documento'],
  contextScore: 0.95,
  contextAtWordStart: true,
  // A business identifier's column (`partita_iva`, `abn`: business-id-words.ts).
  notContext: BUSINESS_ONLY_COLUMN_WORDS,
};

// ---- German tax identification number (Steuer-ID, IdNr): 11 digits, the first not 0; in the first
// ten one digit occurs twice or three times (not three in a row), the others at most once; an
// ISO 7064 MOD 11,10 check digit.
export function deTaxIdValid(v: string): boolean {
  const d = v.replace(/ /g, '');
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3 && /(\d)\1\1/.test(d.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === d.charCodeAt(10) - 48;
}
export const deTaxId: PiiDetector = {
  ...base,
  type: 'de-tax-id',
  label: '[DE_TAX_ID]',
  needs: NEED.digit,
  minDigits: 11,
  pattern: /(?<![\d\-.+])[1-9]\d(?: ?\d{3}){3}(?![\d]|[.-]\d)/g,
  digitRun: 3,
  digitGroup: 11,
  // One eleven-digit number in a few passes both tests: only a cue makes it a tax id.
  score: 0.4,
  validate: (v, text, start) => deTaxIdValid(v) && !continuesCode(text, start),
  context: ['steuer-id', 'steuer_id', 'steuer id', 'steuerid', 'steuer-identifikationsnummer', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'tax id', 'tax_id', 'taxid', 'tin'],
  contextScore: 0.95,
  contextAtWordStart: true,
};
