// Labels of business, tax and bank identifiers (issue 17): VAT numbers (`Partita IVA`, `USt-IdNr.`,
// `TVA`, `BTW`, `NIF`), company registers (`Registro Imprese`, `Handelsregister`, `KvK`, `company
// number`), tax ids (`ABN`, `EIN`, `TIN`, `RUT`, `CUIT`, `GST/HST`), bank routing codes (`ABA`,
// `routing number`, `BIC`). Invoices, supplier master data and e-invoices (FatturaPA, NF-e, Peppol UBL)
// write them before bare or grouped digit runs a region's phone plan may accept. One vocabulary for its
// readers: a number right after such a label in text or as a record's key is that identifier, not a
// phone (surroundings.ts, labelledOther), and a column so named holds identifiers (vocab.ts, shapeHint;
// phone.ts, notContext). No personal type is given to them: an EIN, TIN or NIF may be a sole trader's,
// but it is the identifier its label says, and an SSN written after `TIN` is still found by us-ssn.ts.
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * Words that name such an identifier alone (lower-cased), optionally followed by a number word
 * (`VAT`, `VAT no.`, `ABN`, `KvK-nummer`, `ИНН`): the tax, register and bank words of English,
 * Italian, German, French, Spanish, Portuguese, Dutch, Polish and Russian.
 */
const OWN_WORDS: readonly string[] = [
  // English-speaking countries: VAT, Australian ABN/ACN, US EIN/FEIN/TIN, D-U-N-S, ABA routing, SWIFT/BIC, NZBN, Canadian GST/HST/QST, UK UTR, LEI
  'vat', 'abn', 'acn', 'arbn', 'ein', 'fein', 'tin', 'duns', 'aba', 'routing', 'rtn', 'bic', 'swift', 'nzbn', 'gst', 'hst', 'qst', 'utr', 'lei', 'tax',
  // Italian: partita IVA (P.IVA, PIVA), REA, codice fiscale of a company
  'iva', 'piva', 'rea',
  // German, Austrian, Swiss: Umsatzsteuer-Identifikationsnummer (USt-IdNr.), MwSt, Handelsregister (HRB/HRA), Bankleitzahl
  'ust', 'ustid', 'umsatzsteuer', 'mwst', 'handelsregister', 'hrb', 'hra', 'blz', 'bankleitzahl',
  // French: TVA, SIREN, SIRET, RCS
  'tva', 'siren', 'siret', 'rcs',
  // Spanish and Latin American: NIF/CIF, RUT/RUN (Chile), CUIT/CUIL (Argentina), NIT (Colombia), RFC (Mexico)
  'nif', 'cif', 'rut', 'run', 'cuit', 'cuil', 'nit', 'rfc',
  // Portuguese and Brazilian: NIPC, CNPJ
  'nipc', 'cnpj',
  // Dutch and Belgian: BTW, KvK (Kamer van Koophandel), RSIN, ondernemingsnummer
  'btw', 'kvk', 'koophandel', 'rsin', 'ondernemings',
  // Polish: NIP, REGON, KRS; Russian: ИНН, ОГРН, КПП, БИК; Indian GSTIN
  'nip', 'regon', 'krs', 'инн', 'огрн', 'огрнип', 'кпп', 'бик', 'gstin',
];
const OWN: ReadonlySet<string> = new Set(OWN_WORDS);

/**
 * Abbreviations that are also words of prose (`run`, `tin`, German `ein`, a name `Iva`): in text they
 * label a number only written in capitals, or as a record's key (`"ein": "…"`).
 */
const CAPITALS_IN_TEXT: ReadonlySet<string> = new Set(['run', 'tin', 'ein', 'rea', 'aba', 'rut', 'nip', 'iva', 'nit', 'cif', 'rfc', 'hra', 'lei', 'krs']);

/** Words before which `iva` counts in any case: `Partita IVA`, `P.iva`, `cod. iva`. */
const IVA_BEFORE: ReadonlySet<string> = new Set(['partita', 'p', 'cod', 'codice']);

/**
 * Words that name such an identifier only before a number word (`company no.`, `Steuer-Nr.`,
 * `registration number`, `employer identification number`, `numero registro imprese`).
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['company', 'business', 'employer', 'taxpayer', 'trade', 'commercial', 'steuer', 'registro', 'registration', 'reg', 'entreprise', 'empresa', 'impresa']);

/** Words between a number word and the generic word after it in Romance languages: `numéro d'entreprise`, `numero di registro`. */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'di', 'd', 'del', 'della', 'do', 'da']);

/** Number words (also as the end of a German or Dutch compound: `btwnummer`, `Steuernr`). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['no', 'nr', 'n', 'nº', 'num', 'núm', 'number', 'nummer', 'numero', 'número', 'numéro', 'code', 'id', 'idnr', 'ident', 'identifikationsnummer']);

/** Words between a label and its number word: `VAT reg. no.`, `TVA intracommunautaire`, `employer identification number`. */
const QUALIFIERS: ReadonlySet<string> = new Set(['reg', 'registration', 'registered', 'identification', 'identifikations', 'intracommunautaire', 'intracom', 'intra']);

/**
 * Labels of several words: spelled letter by letter (`D-U-N-S`, `A.B.N.`), split at a camelCase hump
 * (`USt`, `MwSt`), `Registro Imprese`, `codice fiscale` (a company's: 11 digits).
 */
const PHRASES: ReadonlyArray<readonly string[]> = [['d', 'u', 'n', 's'], ['a', 'b', 'n'], ['a', 'c', 'n'], ['u', 'st'], ['mw', 'st'], ['registro', 'imprese'], ['codice', 'fiscale']];

/** A word of a label as written, and lower-cased. */
interface Word {
  written: string;
  lower: string;
}

/** The words of a label or a name, split at non-alphanumerics and camelCase humps (`supplierVatNumber`, `VATNumber`, `USt-IdNr.`). */
function wordsOf(s: string): Word[] {
  return s
    .replace(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => ({ written: w, lower: w.toLowerCase() }));
}

/** Whether `word` is a compound of a label and a number word (`btwnummer`, `Steuernr`, `ondernemingsnummer`, `Handelsregisternummer`). */
function labelCompound(word: string): boolean {
  const m = /^(\p{L}{3,})(?:nummer|nr)$/u.exec(word);
  if (m === null) return false;
  const head = m[1]!;
  const unlinked = /[sn]$/.test(head) ? head.slice(0, -1) : head;
  return [head, unlinked].some((h) => OWN.has(h) || GENERIC_WORDS.has(h));
}

/** A number word before the word at `i`, perhaps through `de`/`di` (`numéro d'entreprise`, `N. registro`). */
function numberWordBefore(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && OF_WORDS.has(words[k]!.lower)) k--;
  return k >= 0 && NUMBER_WORDS.has(words[k]!.lower);
}

/** The words of `phrase` end at `i`. */
function phraseAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  const from = i - phrase.length + 1;
  return from >= 0 && phrase.every((p, k) => words[from + k]!.lower === p);
}

/**
 * Whether `words` end with the label of a business, tax or bank identifier: number words last (`no.`,
 * `Nr.`, `number`), before them qualifiers (`reg.`, `intracommunautaire`, `identification`), before
 * them an own word, a phrase or a compound, or a generic word when a number word or qualifier follows.
 * `capitalsOnly`: the words of prose, where CAPITALS_IN_TEXT count only in capitals.
 */
function endsWithLabel(words: readonly Word[], capitalsOnly: boolean): boolean {
  let i = words.length - 1;
  let numbered = false;
  // A phrase first: the `n` of `A.C.N.` is no number word.
  if (PHRASES.some((p) => phraseAt(words, i, p))) return true;
  for (; i >= 0 && NUMBER_WORDS.has(words[i]!.lower); i--) numbered = true;
  if (i < 0) return false;
  if (labelCompound(words[i]!.lower) || PHRASES.some((p) => phraseAt(words, i, p))) return true;
  for (; i >= 0 && QUALIFIERS.has(words[i]!.lower); i--) {
    if (numbered && GENERIC_WORDS.has(words[i]!.lower)) return true;
    numbered = true;
  }
  if (i < 0) return false;
  const w = words[i]!;
  if (GENERIC_WORDS.has(w.lower)) return numbered || numberWordBefore(words, i);
  if (!OWN.has(w.lower)) return false;
  if (!capitalsOnly || !CAPITALS_IN_TEXT.has(w.lower) || w.written === w.written.toUpperCase()) return true;
  return w.lower === 'iva' && i > 0 && IVA_BEFORE.has(words[i - 1]!.lower);
}

/** A column name or a record's key naming a business, tax or bank identifier (`vat_number`, `PartitaIVA`, `supplierAbn`, `Steuernummer`). */
export function namesBusinessId(name: string): boolean {
  return endsWithLabel(wordsOf(name), false);
}

/**
 * What may stand between a label and its number: blanks, quotes, `:`, `#`, `=`, a dot and `°` (`Nr.`,
 * `n°`), and a country code of two capitals (`VAT number GB 123…`, `USt-IdNr.: DE 123…`).
 */
const BETWEEN = lazyRegExp(String.raw`[\s"'.:#=°]*(?:(?<=[\s"'.:#=])\p{Lu}{2}[\s:#=]*)?$`, 'u');

/**
 * Whether `before` (the text before a number) ends with the label of a business, tax or bank
 * identifier. Abbreviations that are also words of prose count in capitals, or before `:`/`=` (a key).
 */
export function endsWithBusinessIdLabel(before: string): boolean {
  const between = BETWEEN().exec(before)!;
  let label = before.slice(0, between.index);
  // A form's label with its abbreviation after it: `Employer identification number (EIN)`.
  const abbreviation = /\(([\p{L}.-]{2,12})\)$/u.exec(label);
  if (abbreviation !== null) {
    if (endsWithLabel(wordsOf(abbreviation[1]!), false)) return true;
    label = label.slice(0, abbreviation.index).trimEnd();
  }
  if (label === '' || !/[\p{L}\p{N}]$/u.test(label)) return false;
  return endsWithLabel(wordsOf(label), !/[:=]/.test(between[0]));
}

/**
 * Words of a column name that say it holds such identifiers (Detector.notContext of the phone
 * detector): the own words but `run` (a run's), and `fiscale` (`codice_fiscale`: a person's is letters
 * and digits, a company's its partita IVA).
 */
export const BUSINESS_ID_COLUMN_WORDS: readonly string[] = [...OWN_WORDS.filter((w) => w !== 'run'), 'fiscale'];

/** Those that also name a person's tax number: a US TIN is an SSN, an EIN or an ITIN (`tax_id`, `tin`). */
const MAY_BE_AN_SSN: ReadonlySet<string> = new Set(['tin', 'tax']);

/**
 * Words of a column name that say it holds a business's identifier and no person's national number
 * (Detector.notContext of the SSN and CPF detectors: eleven-digit partite IVA and ABNs pass the CPF's
 * check one time in a hundred).
 */
export const BUSINESS_ONLY_COLUMN_WORDS: readonly string[] = BUSINESS_ID_COLUMN_WORDS.filter((w) => !MAY_BE_AN_SSN.has(w));

/** Generic words of such a column's name, which hold no SSN word inside them (`business` holds `sin`). */
export const BUSINESS_ID_GENERIC_WORDS: readonly string[] = [...GENERIC_WORDS];
