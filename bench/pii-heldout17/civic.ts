// Government documents of set 17: a Universal Credit claim, a council-tax bill, a P45, a W-4, an
// ELSTER notice and a Dutch/Belgian organ-donor registration.
import * as N from './negatives.js';
import { Doc, ph, who, isoDay, type Rng, type Unit } from './kit.js';
import * as V from './values.js';

function benefitClaim(r: Rng): Unit {
  const c = who(r, ['en', 'pl', 'ro', 'ar', 'yo']);
  const p = who(r, ['en', 'pl']);
  return new Doc().add('Universal Credit — new claim summary\nSubmitted ', N.timestamp(r, 'rfc2822'), '\n\nClaimant: ', c.name, '\nNational Insurance number: ', V.nationalId(r, 'uk-nino'), '\nContact: ', c.email, ' / ', ph(r), '\n',
    'Partner: ', p.name, ' (NINO ', V.nationalId(r, 'uk-nino'), ')\nPayments to: ', V.iban(r, 'GB'), '\nHousing costs: ', N.price(r, 'en'), ' per month; assessment period ', N.quarter(r), '\nClaim reference recorded in journal ', N.uuid(r), '\n').unit();
}

function councilTax(r: Rng): Unit {
  const c = who(r, ['en', 'hi', 'it']);
  return new Doc().add('COUNCIL TAX BILL 2026/27\nBill date ', isoDay(r), '\n\n', c.name, '\n', String(r.int(1, 220)), ' Mill Lane\n\nBand ', r.pick(['A', 'B', 'C', 'D', 'E']), ' — annual charge ', N.price(r, 'en'), ', adult social care precept ', N.percentage(r), '\n',
    'Instalments: ', N.range(r), '. Pay by Direct Debit or call ', ph(r), '. E-billing sent to ', c.email, '.\nPayment slip barcode ', N.gtin13(r), '\n').unit();
}

function p45(r: Rng): Unit {
  const e = who(r, ['en', 'pl', 'pt']);
  return new Doc().add('P45 Part 1A — Details of employee leaving work\n1 Employer PAYE reference ', `${r.int(100, 999)}/ZX${r.int(10000, 99999)}`, '\n2 Employee\'s National Insurance number ', V.nationalId(r, 'uk-nino'), '\n',
    '3 Surname and first name(s) ', e.name, '\n4 Leaving date ', isoDay(r), '\n5 Tax code at leaving date 1257L\n6 Total pay to date ', N.price(r, 'en'), ', total tax to date ', N.price(r, 'en'), '\nPayroll software ', N.version4(r), '\n').unit();
}

function w4(r: Rng): Unit {
  const e = who(r, ['en', 'es', 'vi', 'ko']);
  return new Doc().add('Form W-4 (2026) Employee\'s Withholding Certificate\nStep 1(a) ', e.name, '\n(b) Social security number ', V.ssn(r, r.pick(['dashed', 'spaced'])), '\n',
    'Filing status: ', r.pick(['Single', 'Married filing jointly', 'Head of household']), '\nStep 3 Claim dependents: ', N.price(r, 'en'), '\nStep 4(c) Extra withholding: ', N.amount(r), '\nHR contact for questions: ', e.email, ', ', ph(r), '\nOMB No. 1545-0074 · Cat. No. 10220Q\n').unit();
}

function elster(r: Rng): Unit {
  const s = who(r, ['de', 'tr']);
  return new Doc().add('ELSTER — Bescheiddaten\nFinanzamt Hamburg-Nord, Bescheid vom ', N.timestamp(r, 'de'), '\n\nSteuerpflichtige Person: ', s.name, '\nIdentifikationsnummer: ', V.nationalId(r, 'de-tax-id'), '\n',
    'Festgesetzte Einkommensteuer ', N.price(r, 'de'), ', Solidaritätszuschlag ', N.amount(r, true), ' €\nErstattung auf Konto ', V.iban(r, 'DE'), '\nRückfragen: ', ph(r), '\nÜbertragungsprotokoll ', N.uuid(r), ', ERiC ', N.semver(r), '\n').unit();
}

function organDonor(r: Rng): Unit {
  const d = who(r, ['nl', 'nl', 'fr', 'ar']);
  const nl = r.chance(0.6);
  return new Doc().add(nl ? 'Donorregister — bevestiging registratie\n\nNaam: ' : 'Registre national — déclaration de don d\'organes\n\nNom: ', d.name, nl ? '\nBSN: ' : '\nNuméro de registre national: ', V.nationalId(r, nl ? 'nl-national-id' : 'be-national-id'), '\n',
    nl ? 'Keuze: Ja, ik geef toestemming\nE-mail: ' : 'Choix: consentement explicite\nCourriel: ', d.email, nl ? '\nTelefoon: ' : '\nTéléphone: ', ph(r), '\n', nl ? 'Geregistreerd op ' : 'Enregistré le ', N.timestamp(r, nl ? 'de' : 'fr'), ', formulier ', N.semver(r), '\n').unit();
}

export const CIVIC17: Record<string, (r: Rng) => Unit> = { 'benefit-claim': benefitClaim, 'council-tax-bill': councilTax, p45, 'w4-form': w4, 'elster-notice': elster, 'organ-donor-registration': organDonor };
