// Payment card numbers: 12–19 digits (optionally grouped by spaces — no-break and thin ones too — or dashes), Luhn checksum, and a
// known issuer range (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay, Mir, RuPay).
import { countDigits } from './digits.js';
import { OTHER_NUMBER_COLUMN_WORDS } from './measure-words.js';
import { cuedAadhaar, verhoeffValid } from './national-ids.js';
import { continuesCode, labelledOther } from './surroundings.js';
import { DIGIT_UNITS, NEED, recordFeatures, unitBits, type PiiDetector } from './types.js';

export function luhn(digits: string): boolean {
  let sum = 0;
  let alt = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (alt) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    alt = !alt;
  }
  return sum % 10 === 0;
}

/** Issuer of a card number by its IIN prefix and length, or undefined. */
export function cardIssuer(d: string): string | undefined {
  const n = d.length;
  // Leading digits as numbers (`d` holds 12 or more digits; shorter or other text: Number's answer).
  if (n >= 6 && /^\d{6}/.test(d)) {
    let p6 = 0;
    for (let i = 0; i < 6; i++) p6 = p6 * 10 + (d.charCodeAt(i) - 48);
    return issuerOf(p6, n);
  }
  return issuerByPrefix(Number(d.slice(0, 2)), Number(d.slice(0, 3)), Number(d.slice(0, 4)), Number(d.slice(0, 6)), d[0] === '4', n);
}

/** cardIssuer of `n` digits whose first six are `p6`. */
function issuerOf(p6: number, n: number): string | undefined {
  const p4 = Math.floor(p6 / 100);
  const p3 = Math.floor(p6 / 1000);
  const p2 = Math.floor(p6 / 10000);
  return issuerByPrefix(p2, p3, p4, p6, p2 >= 40 && p2 <= 49, n);
}

function issuerByPrefix(p2: number, p3: number, p4: number, p6: number, four: boolean, n: number): string | undefined {
  if (four && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  // JCB's assigned range is 3528–3589; test generators (Faker) use all of 35xx, and Luhn still applies.
  if (p2 === 35 && n >= 16 && n <= 19) return 'jcb';
  if ((p4 === 2131 || p4 === 1800) && n === 15) return 'jcb';
  if (((p3 >= 300 && p3 <= 305) || p3 === 309 || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if (p4 >= 2200 && p4 <= 2204 && n === 16) return 'mir';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69) || p4 === 604) && n >= 12 && n <= 19) return 'maestro'; // 0604: legacy Maestro IIN
  if ((p2 === 60 || p2 === 65 || p2 === 81 || p2 === 82 || p3 === 508 || p3 === 353 || p3 === 356) && n === 16) return 'rupay';
  return undefined;
}

/**
 * The card validator in one pass over `v`, without building the digit string: no doubled
 * separator, not one digit repeated, Luhn, a known issuer. Luhn doubles every second digit from the
 * right; the count is known only at the end, so both parities are summed.
 */
export function cardValid(v: string): boolean {
  return cardCheck(v, false);
}

/**
 * cardValid; with `whole`, also false unless `v` is 12–19 digits with single spaces or dashes
 * between them (the form whose pattern match from 0 is all of it: see recognise).
 */
function cardCheck(v: string, whole: boolean): boolean {
  if (whole && (v.length < 12 || v.length > 36)) return false;
  let n = 0;
  let p6 = 0;
  let same = true;
  let even = 0; // Luhn sum doubling the digits at even positions from the left
  let odd = 0; // … at odd positions
  let prevSep = false;
  let separated = false;
  let first = -1;
  let units = 0; // UNIT bits of the code units other than digits (recordFeatures)
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const x = c - 48;
    if (x < 0 || x > 9) {
      units |= unitBits(c);
      const sep = isCardSeparator(c);
      if (sep && prevSep) return false; // "  ", "--", "- ", " -"
      if (whole && (!sep || n === 0)) return false;
      prevSep = sep;
      separated ||= sep;
      continue;
    }
    prevSep = false;
    if (n < 6) p6 = p6 * 10 + x;
    if (n === 0) first = x;
    else same = same && x === first;
    const twice = DOUBLED[x]!;
    if ((n & 1) === 0) {
      even += twice;
      odd += x;
    } else {
      even += x;
      odd += twice;
    }
    n++;
  }
  // Every issuer range has 12 digits or more.
  if (n < 12 || same || (whole && (prevSep || n > 19))) return false;
  // From the right, the last digit is not doubled: the doubled ones share the parity of n - 2.
  if ((n % 2 === 0 ? even : odd) % 10 !== 0) return false;
  checkedDigits = n;
  checkedSeparated = separated;
  checkedUnits = units | DIGIT_UNITS;
  return issuerOf(p6, n) !== undefined;
}

/** Of the value cardCheck read last (when it got to the issuer): its digits, and whether it holds a CARD_SEPARATOR. */
let checkedDigits = 0;
let checkedSeparated = false;
/** … and the UNIT bits of all its code units (it read every one). */
let checkedUnits = 0;

/**
 * The recogniser's score of a value cardCheck(v, true) accepted: groupedAsCard and cardScore with the
 * digits and separators cardCheck counted, not two more passes over the value.
 */
function recognisedCard(v: string): number | undefined {
  if (checkedSeparated && !groupedAsCard(v)) return undefined;
  recordFeatures(v, checkedUnits, checkedDigits);
  return scoreOfDigits(v, true, checkedDigits);
}

/**
 * A bare run of 12 or 13 digits whose last digit is a GS1 check digit: a UPC-A or EAN-13 barcode
 * as likely as a card (one Luhn-valid number in ten passes both); it needs a card word.
 */
function gs1Barcode(v: string): boolean {
  const n = v.length;
  if (n !== 12 && n !== 13) return false;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const x = v.charCodeAt(n - 2 - i) - 48;
    if (x < 0 || x > 9) return false;
    s += i % 2 === 0 ? 3 * x : x;
  }
  return (10 - (s % 10)) % 10 === v.charCodeAt(n - 1) - 48;
}

/**
 * A GS1 element string's data after its application identifier in brackets: an SSCC's eighteen digits
 * after `(00)` (a pallet's label, GS1 General Specifications §3.2), a GTIN-14 after `(01)`, whose last
 * digit is the GS1 check digit (weights 3 and 1 from the right). A shipping label's code, not a card.
 */
const GS1_AI_BEFORE = /\((?:00|01)\)[ \u00a0]?$/;
function gs1ElementString(v: string, text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 41 && text.charCodeAt(start - 2) !== 41) return false;
  const ai = GS1_AI_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (ai === null || !/^\d+$/.test(v) || v.length !== (ai[0].startsWith('(00)') ? 18 : 14)) return false;
  let s = 0;
  for (let i = 0; i < v.length - 1; i++) s += (v.charCodeAt(v.length - 2 - i) - 48) * (i % 2 === 0 ? 3 : 1);
  return (10 - (s % 10)) % 10 === v.charCodeAt(v.length - 1) - 48;
}

/**
 * The score of a card number that cardCheck accepts: a barcode-like one needs a card word; twelve
 * digits (only Maestro issues them) score below a grouped Aadhaar number with its Verhoeff check.
 * Thirteen digits need a card word too: Visa stopped issuing 13-digit numbers long ago, while GS1
 * numbers of thirteen digits (GLN, EAN-13; German prefixes 400–440 read as Visa's 4) are everywhere,
 * and one in ten passes Luhn whatever its own check digit says.
 */
function cardScore(v: string, whole: boolean): number {
  return scoreOfDigits(v, whole, countDigits(v));
}

/** cardScore of `v`, which holds `digits` ASCII digits. */
function scoreOfDigits(v: string, whole: boolean, digits: number): number {
  if (gs1Barcode(v)) return 0.45;
  if (digits === 13) return 0.45;
  if (digits !== 12) return 0.8;
  // Twelve bare digits as a whole value that pass the Aadhaar check (first digit 2–9, Verhoeff): a cell
  // of a column of Aadhaar numbers, not a 12-digit Maestro card, unless a card word says so.
  return whole && v.length === 12 && v.charCodeAt(0) >= 50 && verhoeffValid(v) ? 0.45 : 0.6;
}

/**
 * Whether the groups of a card number written with spaces or dashes are those printed on cards
 * (ISO/IEC 7812 practice): fours, the last one shorter ("4111 1111 1111 1111", 19 digits as 4-4-4-4-3, no
 * other fifth group), or four, six, then the rest (Amex 4-6-5, Diners 4-6-4), or UnionPay's 19 digits as 6-13.
 * Space-separated numeric fields of a log
 * record ("502 302 691 573599", "5726 404 390069") or an order number ("561-5370779-9701435") are not.
 */
export function groupedAsCard(v: string): boolean {
  // Digits alone (as most tables store a card): one group, known without splitting.
  if (!hasCardSeparator(v)) return true;
  const groups = v.split(CARD_SEPARATOR);
  if (groups.length === 1) return true;
  // UnionPay's 19 digits are also written as the six-digit IIN and the rest ("621234 5678901234567").
  if (groups.length === 2 && groups[0]!.length === 6 && groups[1]!.length === 13) return v.startsWith('62');
  if (groups[0]!.length !== 4) return false;
  if (groups.length === 3 && groups[1]!.length === 6) return groups[2]!.length >= 4 && groups[2]!.length <= 5;
  // Visa's thirteen digits as printed on its old cards: four, then threes (`4111 111 111 111`).
  if (groups.length === 4 && v.charCodeAt(0) === 52 && groups[1]!.length === 3 && groups[2]!.length === 3 && groups[3]!.length === 3) return true;
  for (let i = 1; i < groups.length - 1; i++) if (groups[i]!.length !== 4) return false;
  // A fifth group is the three last digits of a 19-digit card (4-4-4-4-3); two or one after sixteen
  // that are a card themselves, after a space, are a date or an amount that follows the card
  // (`4111 1111 1111 1111 06 12`), else the end of a 17- or 18-digit card (UnionPay issues 16 to 19 digits).
  if (groups.length === 5) return groups[4]!.length === 3 || (groups[4]!.length < 3 && (v.includes('-') || !cardValid(groups.slice(0, 4).join(''))));
  return groups[groups.length - 1]!.length <= 4;
}

/** Separators between a card's groups: a space (also no-break, thin and narrow no-break, as typeset pages write them) or a dash. */
const CARD_SEPARATOR = /[ \u00a0\u2009\u202f-]/;

/** A CARD_SEPARATOR character, by its code. */
function isCardSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Whether `v` holds a CARD_SEPARATOR character. */
function hasCardSeparator(v: string): boolean {
  for (let i = 0; i < v.length; i++) if (isCardSeparator(v.charCodeAt(i))) return true;
  return false;
}

/** A number between two colons is a field of a colon-separated name (an ARN's account id `…:us-east-2:123456789012:…`). */
function betweenColons(text: string, start: number, end: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 58 && text.charCodeAt(end) === 58;
}

/** A UTC time's `Z` and a space before `start` (`2026-12-06T10:00:00Z 2221 …`): a time, not a code the number continues. */
function afterUtcTime(text: string, start: number): boolean {
  return start >= 5 && /:\d\d(?:[.,]\d+)?Z $/.test(text.slice(Math.max(0, start - 16), start));
}

/** A digit doubled, its two digits summed (Luhn). */
const DOUBLED = new Int32Array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]);

/**
 * 12–19 digits, single spaces (also no-break and thin) or dashes between them; not inside a longer number, code or decimal
 * (`.` or a decimal comma and a digit after it: `4111 1111 1111 1111 999,99` holds an amount).
 */
const CARD_RUN = /(?<![\dA-Za-z\-.+])\d(?:[ \u00a0\u2009\u202f-]?\d){11,18}(?!\d|-\d|\.[\dA-Za-z]|,\d)/g;

/** A card's first group: four digits, then a separator or a fifth digit. */
const FOUR_DIGITS = /^\d{4}[\d \u00a0\u2009\u202f-]/;

/**
 * The runs of CARD_RUN, and when a run is no card, each shorter run of it that ends before a space (the
 * validator wants 12 digits or more): a bank statement's booking text puts a date or an amount right after the
 * card, one space between (`KARTENZAHLUNG 4111 1111 1111 1111 06 12`, `CB 5555555555554444 06/12`), and
 * the run swallowed it. The validator decides each (a valid card, grouped as cards are printed).
 */
function cardRuns(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (text.includes('FP')) amadeusCards(text, out);
  CARD_RUN.lastIndex = 0;
  // Where the search went on after a number that stood before a card (see below), or -1.
  let resumed = -1;
  for (let m = CARD_RUN.exec(text); m !== null; m = CARD_RUN.exec(text)) {
    const start = m.index;
    const run = m[0];
    // A run found after such a number is a card only whole, of 14 to 16 digits (not the tail of a
    // longer one, `5… 6…` of a 16-digit number whose check failed, nor of a tracking number in groups
    // of four, `9400 1234 5678 9012 3456 78`), where the digits end.
    if (start === resumed) {
      const n = countDigits(run);
      if (n >= 14 && n <= 16 && !/^[ -]?\d/.test(text.slice(start + run.length, start + run.length + 2))) out.push({ start, end: start + run.length });
      continue;
    }
    out.push({ start, end: start + run.length });
    // A number one space before the card (a year, a day and month, a time, an amount: `12/06 2221 0012
    // 3456 7890`) starts the run, which then ends too late or too soon: when the run is no card, the
    // search goes on from after its first space, where a card's first four digits stand (each
    // position is searched again at most four times more: the scan stays linear).
    const first = run.indexOf(' ');
    if (first > 0 && first <= 10 && FOUR_DIGITS.test(text.slice(start + first + 1, start + first + 6)) && !(cardValid(run) && groupedAsCard(run))) {
      CARD_RUN.lastIndex = resumed = start + first + 1;
    }
    // Only a run whose last group after a space is shorter than four digits can have swallowed a
    // number (a longer one would have made the run too long): a card printed in fours is not checked twice.
    const space = run.lastIndexOf(' ');
    if (space < 12 || run.length - space > 4 || (cardValid(run) && groupedAsCard(run))) continue;
    for (let i = space; i >= 12; i = run.lastIndexOf(' ', i - 1)) out.push({ start, end: start + i });
  }
  return out;
}

/**
 * An Amadeus form-of-payment element's card (`FP CCVI4111111111111111/0828`, `FP PAX CCCA…/1229*CV`):
 * `CC`, the scheme's two-letter code (VI Visa, CA Mastercard, AX Amex, DC Diners, JC JCB, DS Discover,
 * UP UnionPay, TP UATP, MA Maestro, MI Mir, RU RuPay) glued to the number, then `/` and the expiry
 * month and year. The code is no part of the number; `FP CASH`, `FP CHECK` hold none.
 */
const AMADEUS_FP = /(?<![A-Za-z\d])FP[ \t]+(?:(?:PAX|INF|O\/)[ \t]*)?CC(?:VI|CA|AX|DC|JC|DS|UP|TP|MA|MI|RU)(\d{12,19})(?=\/\d{4}(?!\d))/g;
function amadeusCards(text: string, out: Array<{ start: number; end: number }>): void {
  AMADEUS_FP.lastIndex = 0;
  for (let m = AMADEUS_FP.exec(text); m !== null; m = AMADEUS_FP.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length, end });
  }
}

/**
 * The candidate is some groups of a longer number printed in groups of four with the card's own
 * separator (an NF-e access key's 44 digits, `3524 0112 … 2345`; a tracking number): the separator and a
 * four-digit group right after it, or two such groups right before it.
 */
function inLongerGroups(v: string, text: string, start: number, end: number): boolean {
  const sep = /\D/.exec(v)?.[0];
  if (sep === undefined) return false;
  const after = text.slice(end, end + 6);
  if (after.startsWith(sep) && /^\d{4}(?:\D|$)/.test(after.slice(1))) return true;
  // Two groups before (one may be a year or an amount printed before the card: `15.03.2024 2221 …`).
  const before = text.slice(Math.max(0, start - 10), start);
  return before.length === 10 && before === `${before.slice(0, 4)}${sep}${before.slice(5, 9)}${sep}` && /^\d{4}$/.test(before.slice(0, 4)) && /^\d{4}$/.test(before.slice(5, 9));
}

export const creditCard: PiiDetector = {
  type: 'credit-card',
  category: 'financial',
  sensitivity: 'high',
  label: '[CREDIT_CARD]',
  needs: NEED.digit,
  minDigits: 12,
  scan: cardRuns,
  // Every span lies in a run of CARD_RUN or AMADEUS_FP: 12 digits or more, single separators between them.
  digitGroup: 12,
  score: 0.8,
  maxScore: 0.8,
  // Not the groups of a longer code (a bad-checksum IBAN), nor a bare run (or thirteen digits, grouped or not: a
  // card word elsewhere is what lifts them) labelled as another number.
  // notContext: `account` names an account number (an AWS account id `accountId`, 12 digits, may pass Luhn).
  validate: (v, text, start, end) =>
    cardValid(v) && groupedAsCard(v) && !betweenColons(text, start, end) && !(continuesCode(text, start) && !afterUtcTime(text, start)) && !((/^\d+$/.test(v) || countDigits(v) === 13) && labelledOther(text, start)) && !cuedAadhaar(v, text, start, end) && !inLongerGroups(v, text, start, end) && !gs1ElementString(v, text, start) && cardScore(v, start === 0 && end === text.length),
  // 12–19 digits with single spaces or dashes between them: the pattern's match from 0 is all of it.
  recognise: (text) => (cardCheck(text, true) ? recognisedCard(text) : undefined),
  // Also the word for a card in the languages of the receipts and tickets met (German `Karte`,
  // `Kartenzahlung`, `EC-Karte`; French `carte`; Spanish `tarjeta`; Portuguese `cartão`; Dutch `kaart`; Polish `karta`).
  context: ['card', 'credit', 'visa', 'mastercard', 'amex', 'cc', 'payment', 'debit', 'karte', 'kredit', 'carte', 'tarjeta', 'cartão', 'cartao', 'kaart', 'karta', 'カード', '信用卡'],
  contextScore: 1,
  contextAtWordStart: true,
  notContext: OTHER_NUMBER_COLUMN_WORDS,
};
