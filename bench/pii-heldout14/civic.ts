// Civic and community families of set 14: visa application forms (MRZ lines left unlabelled: the
// document number is personal), census household forms, FOIA requests, building-permit applications,
// exam registrations, tenant-screening reports, HOA rosters, donor CRM notes and wedding guest lists.
// Applicants' names, contacts and ids are gold; form numbers, fees, parcel and statute references are
// hard negatives; birth dates stay unlabelled.
import type { Rng } from '../pii-heldout/prng.js';
import { day, Doc, n, ph, rosterNameOf, who, type Unit } from './kit.js';
import { anyNationalId, nino } from './ids.js';
import { card, iban, ssn } from './values.js';

function visaApplication(rng: Rng): Unit {
  const u = who(rng);
  const [cue, id] = anyNationalId(rng);
  const mrzName = `${u.p.family}<<${u.p.given}`.normalize('NFD').replace(/[^A-Za-z<]/g, '').toUpperCase();
  return new Doc().add('SCHENGEN VISA APPLICATION — section 1–10\nSurname / Given names: ', rosterNameOf(u.p), `\nDate of birth: ${day(rng).replace('2026', String(rng.int(1950, 2004)))}\nNational identity number (${cue}): `, id, '\nApplicant e-mail: ', u.email, '\nApplicant phone: ', ...ph(rng), '\nPassport data page (scanned):\nP<', rng.pick(['IND', 'BRA', 'TUR', 'UKR', 'VNM']), `${mrzName}`.padEnd(39, '<').slice(0, 39), `\n${rng.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${rng.digits(7)}<${rng.digits(1)}XXX${rng.digits(7)}F${rng.digits(7)}<<<<<<<<<<<<<<0${rng.digits(1)}\nFee paid: `, n(rng, 'price'), ' · Application form ', n(rng, 'invoice-number'), ' · Appointment ', day(rng), '\n').unit();
}

function censusForm(rng: Rng): Unit {
  const d = new Doc().add('HOUSEHOLD QUESTIONNAIRE — Form C-', String(rng.int(10, 99)), '\nQ1 Telephone number where we can reach you: ', ...ph(rng), '\nQ2 Persons living here on census day:\n');
  for (let i = 1; i <= rng.int(2, 4); i++) { const u = who(rng); d.add(`  ${i}. `, u.name, `  relationship: ${rng.pick(['self', 'spouse', 'child', 'lodger'])}\n`); }
  return d.add('Q3 Rooms: ', String(rng.int(1, 8)), '  Q4 Floor area: ', n(rng, 'measurement'), '\nQ5 E-mail for the online form: ', who(rng).email, '\n').unit();
}

function foiaRequest(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('Freedom of Information request ', n(rng, 'invoice-number'), '\n\nDear FOI officer,\nunder the Act I request the number of hospital admissions by ICD-10 code ', n(rng, 'icd-10'), ' and ', n(rng, 'icd-10'), ' for ', n(rng, 'range'), ', the contract values above ', n(rng, 'price'), ', and the vessel ', n(rng, 'imo-number'), "'s port fees.\nPlease reply to ", u.email, ' or call ', ...ph(rng), '.\nYours sincerely,\n', u.name, '\n').unit();
}

function permitApplication(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('BUILDING PERMIT APPLICATION ', n(rng, 'invoice-number'), '\nApplicant: ', u.name, '   Phone: ', ...ph(rng), '   E-mail: ', u.email, '\nSite: parcel ', `${rng.int(100, 999)}/${rng.int(1, 99)}`, '\nWork: extension of ', n(rng, 'measurement'), ', estimated cost ', n(rng, 'price'), '\nFee: ', n(rng, 'price'), ' paid by card ', card(rng), '\nContractor licence checked on ', n(rng, 'timestamp'), '\n').unit();
}

function examRegistration(rng: Rng): Unit {
  const u = who(rng, rng.pick(['en', 'hi', 'es', 'ar', 'zh', 'tr', 'pt']));
  const [cue, id] = anyNationalId(rng);
  return new Doc().add('Registration confirmation — ', rng.pick(['IELTS Academic', 'TOEFL iBT', 'DELF B2', 'Goethe-Zertifikat C1']), '\nCandidate: ', u.name, `\nID presented (${cue}): `, id, '\nE-mail: ', u.email, '\nMobile: ', ...ph(rng), '\nTest date: ', day(rng), ' · Centre ', n(rng, 'ticket-key'), ' · Fee ', n(rng, 'price'), '\n').unit();
}

function tenantScreening(rng: Rng): Unit {
  const u = who(rng, 'en');
  return new Doc().add('TENANT SCREENING REPORT\nApplicant: ', u.name, '   SSN: ', ssn(rng), '\nPhone: ', ...ph(rng), '   E-mail: ', u.email, '\nCredit score band: 700–749   Debt-to-income: ', `${rng.int(12, 48)} %`, '\nEvictions: none   Criminal: none\nMonthly rent requested: ', n(rng, 'price'), '\nPrevious landlord: ', who(rng, 'en').name, ', ', ...ph(rng), '\nDeposit to be refunded to ', iban(rng), '\n').unit();
}

function hoaRoster(rng: Rng): Unit {
  const d = new Doc().add('MAPLE RIDGE HOA — RESIDENT ROSTER (board use only)\nLot  Name                     Phone               E-mail\n');
  for (let i = rng.int(3, 5); i > 0; i--) { const u = who(rng, rng.pick(['en', 'es', 'ko', 'vi', 'hi'])); d.add(`${rng.int(1, 240)}`.padEnd(5), rosterNameOf(u.p), '  ', ...ph(rng), '  ', u.email, '\n'); }
  return d.add('Dues: ', n(rng, 'price'), ' per quarter; pool key code changes on ', n(rng, 'timestamp'), '.\n').unit();
}

function donorCrm(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('Donor: ', u.name, '\nEmail: ', u.email, '\nPhone: ', ...ph(rng), '\nGift history: ', n(rng, 'price'), ' (', n(rng, 'timestamp'), '), ', n(rng, 'price'), ' (', n(rng, 'timestamp'), ')\nRecurring gift via SEPA from ', iban(rng), '\nGift Aid declaration: NI number ', nino(rng), '\nNote: prefers letters to calls; ask about the legacy brochure.\n').unit();
}

function weddingGuests(rng: Rng): Unit {
  const d = new Doc().add('Guest list v', n(rng, 'version'), ' — table plan\n');
  for (let i = rng.int(3, 6); i > 0; i--) { const u = who(rng); d.add(`Table ${rng.int(1, 12)}: `, u.name, rng.chance(0.5) ? ' + 1' : '', ' — ', ...(rng.chance(0.5) ? [u.email] : ph(rng)), rng.chance(0.3) ? ' (vegetarian)' : '', '\n'); }
  return d.unit();
}

export const CIVIC_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'visa-application': visaApplication, 'census-form': censusForm, 'foia-request': foiaRequest, 'permit-application': permitApplication, 'exam-registration': examRegistration, 'tenant-screening': tenantScreening, 'hoa-roster': hoaRoster, 'donor-crm': donorCrm, 'wedding-guest-list': weddingGuests,
};
