// Set 13's finance families: NACHA ACH batches, MT940 statements, cheque images with MICR lines,
// Metro 2 credit-bureau records, 1099-NEC forms, Lohnsteuerbescheinigungen, French tax notices,
// I-9 onboarding packets and SWIFT gpi recall requests.
import type { Rng } from '../pii-heldout/prng.js';
import { nationalId13 } from './ids.js';
import { Doc, day, gold, n, ph, uid, who, z2, type Unit } from './kit.js';
import { phoneDigits } from './phones.js';
import { iban13, ssn13 } from './values.js';

const pad = (s: string, w: number) => s.slice(0, w).padEnd(w, ' ');
const upper = (rng: Rng, lang: string) => { const w = who(rng, lang); return { ...w, up: gold('person', 'upper', `${w.p.family} ${w.p.given}`.toUpperCase()) }; };

function nachaAch(rng: Rng): Unit {
  const d = new Doc().add('101 ', n(rng, 'aba-routing'), ` ${rng.digits(10)}261207${z2(rng.int(0, 23))}${z2(rng.int(0, 59))}A094101`, pad('FEDERAL RESERVE BANK', 23), pad('NORTHWIND PAYROLL LLC', 23), '\n');
  d.add(`5200NORTHWIND PAYRO${' '.repeat(20)}1${rng.digits(9)}PPDPAYROLL   261207261207   1`, n(rng, 'aba-routing'), '0000001\n');
  for (let i = rng.int(2, 5); i > 0; i--) {
    const w = upper(rng, rng.pick(['en', 'es', 'vi', 'pl']));
    const text = w.up.text;
    d.add(`622`, n(rng, 'aba-routing'), pad(rng.digits(rng.int(8, 12)), 17), `000${rng.digits(7)}`, pad(`EMP${rng.digits(5)}`, 15), { ...w.up, text: text.slice(0, 22) }, ' '.repeat(Math.max(0, 22 - Math.min(22, text.length))), '  0', rng.digits(15), '\n');
  }
  return d.add('820000000', rng.digits(16), '\n9000001000001000000', rng.digits(14), '\n').unit();
}

function mt940(rng: Rng): Unit {
  const own = iban13(rng, rng.pick(['DE', 'NL', 'AT', 'CH']), 'compact');
  const d = new Doc().add(`:20:STMT${rng.digits(10)}\n:25:`, own, `\n:28C:${rng.int(1, 250)}/1\n:60F:C261206EUR`, n(rng, 'price'), '\n');
  for (let i = rng.int(2, 4); i > 0; i--) {
    const w = who(rng, rng.pick(['de', 'nl', 'fr', 'it', 'tr']));
    d.add(`:61:2612${z2(rng.int(1, 28))}${rng.pick(['C', 'D'])}${rng.int(10, 9000)},${z2(rng.int(0, 99))}NTRFNONREF\n:86:166?00SEPA-UEBERWEISUNG?20EREF+`, n(rng, 'invoice-number'), '?21SVWZ+Rechnung ', n(rng, 'invoice-number'), '?30', n(rng, 'bic'), '?31', iban13(rng, rng.pick(['DE', 'NL', 'FR', 'IT', 'BE', 'LU']), 'compact'), '?32', w.name, '\n');
  }
  return d.add(':62F:C261207EUR', n(rng, 'price'), '\n-').unit();
}

function chequeMicr(rng: Rng): Unit {
  const payer = who(rng, rng.pick(['en', 'fr', 'es']));
  const payee = who(rng, 'en');
  return new Doc().add('CHEQUE IMAGE - front (OCR)\n', payer.name, '\n', `${rng.int(10, 9999)} Maple Crescent\nTel. `, ph(rng), `\n\nDATE ${day(rng)}                No. ${rng.int(100, 9999)}\nPAY TO THE ORDER OF `, payee.name, '   $', n(rng, 'price'), '\nMEMO  invoice ', n(rng, 'invoice-number'), `\n\n\u2446`, n(rng, 'aba-routing'), `\u2446 ${rng.digits(rng.int(8, 11))}\u2448 ${rng.digits(4)}\n`).unit();
}

function metro2(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'es', 'ko', 'vi']));
  const dob = `${z2(rng.int(1, 12))}${z2(rng.int(1, 28))}${rng.int(1950, 2004)}`;
  return new Doc().add(`0426BASE${pad('', 4)}${rng.digits(2)}${day(rng).replace(/-/g, '')}`, pad(`ACCT${rng.digits(10)}`, 30), `1800${rng.digits(9)} 11`, gold('person', 'upper-fixed', w.p.familyAscii.toUpperCase()), ' '.repeat(25 - Math.min(24, w.p.familyAscii.length)), gold('person', 'upper-fixed', w.p.givenAscii.toUpperCase()), ' '.repeat(20 - Math.min(19, w.p.givenAscii.length)), ssn13(rng, 'bare'), dob, phoneDigits(rng, 'US'), ' 1\nJ1 ', w.name, ' co-applicant; e-mail on file ', w.email, '\n').unit();
}

function form1099(rng: Rng): Unit {
  const w = who(rng, rng.pick(['en', 'es', 'hi', 'zh']));
  return new Doc().add(`Form 1099-NEC (Rev. January 2026)  Nonemployee Compensation\nPAYER'S name: Riverside Makerspace Inc., 88 Foundry St, Dayton OH\nPAYER'S TIN (EIN) `, n(rng, 'employer-ein'), `\nRECIPIENT'S TIN `, ssn13(rng, 'dashed'), "\nRECIPIENT'S name ", w.name, '\nStreet address 1140 Elm Ave Apt ', String(rng.int(1, 40)), `\nAccount number (see instructions) ${rng.digits(8)}\n1 Nonemployee compensation `, n(rng, 'price'), '\n4 Federal income tax withheld ', n(rng, 'price'), "\nRecipient's e-mail for electronic delivery: ", w.email, '\n').unit();
}

function lohnsteuer(rng: Rng): Unit {
  const w = who(rng, rng.pick(['de', 'tr', 'pl', 'it']));
  return new Doc().add('Ausdruck der elektronischen Lohnsteuerbescheinigung für 2026\nNachstehende Daten wurden maschinell an die Finanzverwaltung übertragen.\n\n', w.name, '\nGeburtsdatum ', `${z2(rng.int(1, 28))}.${z2(rng.int(1, 12))}.${rng.int(1955, 2004)}`, '\nIdentifikationsnummer: ', nationalId13(rng, 'steuerId'), `\nPersonalnummer: ${rng.int(1000, 99999)}\nSteuerklasse/Faktor ${rng.int(1, 5)}\n3. Bruttoarbeitslohn einschl. Sachbezüge `, n(rng, 'price'), '\n4. Einbehaltene Lohnsteuer ', n(rng, 'price'), '\n5. Solidaritätszuschlag ', n(rng, 'price'), `\nFinanzamt ${rng.int(1000, 9999)}  Transferticket ${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14)}\nRückfragen: `, ph(rng), '\n').unit();
}

function avisImposition(rng: Rng): Unit {
  const a = who(rng, 'fr');
  const b = who(rng, rng.pick(['fr', 'pt', 'ar']));
  return new Doc().add("DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nAVIS D'IMPÔT 2026 SUR LES REVENUS DE 2025\n\nDéclarant 1 : ", a.name, '\nDéclarant 2 : ', b.name, '\nRevenu fiscal de référence : ', n(rng, 'price'), '\nNombre de parts : 2,5\nMontant de votre impôt : ', n(rng, 'price'), '\nTaux de prélèvement : ', n(rng, 'percentage'), "\nCompte de prélèvement : ", iban13(rng, 'FR', 'print'), '\nVotre espace : ', a.email, ' — centre des finances publiques ', ph(rng), '\nDate de mise en recouvrement : ', n(rng, 'timestamp'), '\n').unit();
}

function i9(rng: Rng): Unit {
  const w = who(rng, rng.pick(['es', 'en', 'vi', 'ar']));
  return new Doc().add('Form I-9 Section 1. Employee Information and Attestation\nLast Name (Family Name) / First Name (Given Name): ', w.name, `\nAddress: ${rng.int(100, 9999)} Calle Ocho, Miami FL\nDate of Birth: ${z2(rng.int(1, 12))}/${z2(rng.int(1, 28))}/${rng.int(1960, 2005)}\nU.S. Social Security Number: `, ssn13(rng, rng.pick(['dashed', 'spaced'])), "\nEmployee's E-mail Address: ", w.email, "\nEmployee's Telephone Number: ", ph(rng), '\nSection 2: List B driver licence, List C social security card; first day of employment ', day(rng), `\nOnboarding portal session ${uid(rng)}\n`).unit();
}

function wireRecall(rng: Rng): Unit {
  const ops = who(rng, rng.pick(['en', 'ar', 'zh', 'hi']));
  const debtor = who(rng, rng.pick(['en', 'de', 'ar']));
  return new Doc().add(`gpi Stop and Recall request\nUETR: ${uid(rng)}\nInstructing agent: `, n(rng, 'bic'), '  Instructed agent: ', n(rng, 'bic'), '\nInterbank settled amount: ', n(rng, 'price'), '\nDebtor: ', debtor.name, ', account ', iban13(rng, rng.pick(['GB', 'IE', 'AE', 'SA']), 'compact'), '\nRelated DVP settlement: CUSIP ', n(rng, 'cusip'), ' / SEDOL ', n(rng, 'sedol'), '\nBeneficiary account as first keyed (invalid check digits): ', n(rng, 'bad-iban'), '\nReason: FRAD (fraudulent origin) — customer reported invoice fraud, see ', n(rng, 'invoice-number'), '\nContact: ', ops.name, ' <', ops.email, '> desk ', ph(rng), '\n').unit();
}

export const FINANCE13: Record<string, (rng: Rng) => Unit> = {
  'nacha-ach': nachaAch, 'mt940-statement': mt940, 'cheque-micr': chequeMicr, 'metro2-credit': metro2, 'form-1099': form1099, lohnsteuerbescheinigung: lohnsteuer, 'avis-imposition': avisImposition, 'i9-onboarding': i9, 'wire-recall': wireRecall,
};
