// A tuning corpus for the pii check on legal text (issue 17, class C 8), written from the citation
// forms' own rules: German statute citations (paragraph/article, `Abs.`, `Satz`/`S.`, `Nr.`, `lit.`, the
// law's abbreviation: `§ 823 Abs. 1 BGB`, `Art. 6 Abs. 1 lit. f DSGVO`), German court file numbers
// (Aktenzeichen: chamber, register sign, number, two-digit year: `VI ZR 123/23`, `1 BvR 2835/17`,
// `7 U 3480/19`), margin numbers (`Rn. 15`, `Tz. 3`), ECLI (Council conclusions 2011/C 127/01), US
// citations (The Bluebook: `42 U.S.C. § 1983`, `410 U.S. 113`, `123 F. Supp. 2d 456`, `21 C.F.R. 820.30`,
// PACER case numbers `2:24-cv-01234`, docket numbers), EU and UK case numbers (`C-311/18`, `[2024] UKSC 12`).
// Every value is drawn at run time from a seeded PRNG. A tuning set: the detectors are tuned on it, never
// judged by it alone.
import { int, pick, rng } from './personal-data.js';

export { rng };
type R = () => number;

const GERMAN_LAWS = ['BGB', 'StGB', 'ZPO', 'HGB', 'GG', 'UWG', 'UrhG', 'KSchG', 'BDSG', 'StPO', 'AO', 'VwVfG', 'GmbHG', 'AktG', 'TKG'];
const EU_ACTS = ['DSGVO', 'GDPR', 'AEUV', 'EUV', 'Rom I-VO', 'Brüssel Ia-VO'];
/** Register signs of German courts (Aktenzeichen): civil, criminal, constitutional, labour, finance. */
const REGISTERS = ['U', 'O', 'S', 'T', 'W', 'C', 'ZR', 'ZB', 'StR', 'BvR', 'BvL', 'AZR', 'Sa', 'K', 'R', 'Ss', 'Ws', 'Qs'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const REPORTERS = ['U.S.', 'S. Ct.', 'L. Ed.', 'F.', 'F. Supp.', 'F. Supp. 2d', 'F. App.', 'N.E.', 'N.W.', 'S.E.', 'S.W.', 'So.', 'P.', 'A.', 'Cal. Rptr.'];
const TITLES_USC = [15, 17, 18, 21, 26, 28, 29, 35, 42, 47];
const COURTS_ECLI = ['BGH', 'BVerfG', 'BAG', 'BFH', 'BVerwG', 'OLGMUEN', 'LGK'];

const para = (r: R) => `${int(r, 1, 2400)}${pick(r, ['', '', '', 'a', 'b'])}`;
const abs = (r: R) => `Abs. ${int(r, 1, 6)}`;
const year2 = (r: R) => String(int(r, 0, 25)).padStart(2, '0');

/** One citation of each form, drawn from `r`. */
export const LEGAL_CITATIONS: Record<string, (r: R) => string> = {
  paragraph: (r) => `§ ${para(r)} ${abs(r)} ${pick(r, GERMAN_LAWS)}`,
  paragraphSatz: (r) => `§ ${para(r)} ${abs(r)} ${pick(r, ['Satz', 'S.'])} ${int(r, 1, 4)} ${pick(r, GERMAN_LAWS)}`,
  paragraphNr: (r) => `§ ${para(r)} ${abs(r)} Nr. ${int(r, 1, 12)} ${pick(r, GERMAN_LAWS)}`,
  paragraphs: (r) => `§§ ${para(r)} ${abs(r)}, ${para(r)} ${pick(r, GERMAN_LAWS)}`,
  article: (r) => `Art. ${int(r, 1, 99)} ${abs(r)} lit. ${pick(r, ['a', 'b', 'c', 'd', 'e', 'f'])} ${pick(r, EU_ACTS)}`,
  abbreviatedSentence: (r) => `${abs(r)} S. ${int(r, 1, 4)} ${pick(r, GERMAN_LAWS)}`,
  fileNumber: (r) => `Az. ${int(r, 1, 40)} ${pick(r, REGISTERS)} ${int(r, 1, 4999)}/${year2(r)}`,
  federalFileNumber: (r) => `${pick(r, ROMAN)} ${pick(r, ['ZR', 'ZB', 'StR', 'AZR'])} ${int(r, 1, 999)}/${year2(r)}`,
  courtDecision: (r) => `${pick(r, ['OLG München', 'LG Berlin', 'BAG', 'BVerfG', 'OLG Köln', 'AG Hamburg'])}, ${int(r, 1, 40)} ${pick(r, REGISTERS)} ${int(r, 1, 4999)}/${year2(r)}`,
  marginNumber: (r) => `${pick(r, ['NJW', 'BGHZ', 'NZA', 'GRUR'])} ${int(r, 1990, 2025)}, ${int(r, 1, 4999)} ${pick(r, ['Rn.', 'Tz.'])} ${int(r, 1, 120)}`,
  ecli: (r) => `ECLI:DE:${pick(r, COURTS_ECLI)}:${int(r, 2000, 2025)}:${String(int(r, 10000, 311299)).padStart(6, '0')}U${pick(r, ROMAN)}ZR${int(r, 1, 999)}.${year2(r)}.0`,
  usCode: (r) => `${pick(r, TITLES_USC)} U.S.C. § ${int(r, 1, 9999)}${pick(r, ['', '(a)', '(b)(1)'])}`,
  reporter: (r) => `${int(r, 1, 999)} ${pick(r, REPORTERS)} ${int(r, 1, 1999)} (${int(r, 1950, 2024)})`,
  cfr: (r) => `${int(r, 1, 50)} ${pick(r, ['CFR', 'C.F.R.'])} ${int(r, 1, 999)}.${int(r, 1, 99)}`,
  pacerCase: (r) => `Case No. ${int(r, 1, 9)}:${year2(r)}-${pick(r, ['cv', 'cr', 'mj'])}-${String(int(r, 1, 99999)).padStart(5, '0')}`,
  docket: (r) => `Docket ${pick(r, ['', 'No. '])}${year2(r)}-${int(r, 1, 9999)}`,
  euCase: (r) => `Case C-${int(r, 1, 999)}/${year2(r)}`,
  ukNeutral: (r) => `[${int(r, 2001, 2025)}] ${pick(r, ['UKSC', 'EWCA Civ', 'EWHC', 'UKHL'])} ${int(r, 1, 999)}`,
};

/** Sentences a citation stands in (German and English briefs). */
const AROUND: ReadonlyArray<readonly [string, string]> = [
  ['', ''],
  ['Der Anspruch folgt aus ', '.'],
  ['Die Klägerin stützt sich auf ', ' und beantragt Abweisung.'],
  ['vgl. ', ', dort m.w.N.'],
  ['Plaintiff relies on ', ' (see above).'],
  ['See ', '; cf. the dissent.'],
];

/** A citation of `form` in one of the sentences. */
export function legalSentence(r: R, form: string): string {
  const [before, after] = pick(r, AROUND);
  return `${before}${LEGAL_CITATIONS[form]!(r)}${after}`;
}
