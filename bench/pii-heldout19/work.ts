// Set 19's finance and HR families: payroll bank-detail changes, option grant letters, credit-union
// committee minutes, tax-adviser engagement letters, invoice factoring schedules, IT onboarding
// tickets, parental-leave requests and interview schedules.
import type { Rng } from '../pii-heldout/prng.js';
import { day, dmy, Doc, iban, login, n, nid, ph, pw, ref, ssn, ts, who, type Unit } from './kit.js';

function bankChange(r: Rng): Unit {
  const e = who(r, r.pick(['en', 'de', 'pl']));
  return new Doc().add('Payroll — change of bank details (form HR-17)\nEmployee: ', e.name, '  Staff e-mail: ', e.email, '\nOld account: ', iban(r, r.pick(['GB', 'IE', 'DE'])), '\nNew account: ', iban(r, r.pick(['GB', 'IE', 'DE', 'PL', 'LT'])), '\nEffective from payroll run ', n(r, 'iso-week'), '. Verified by call-back to ', ...ph(r), ' on ', day(r), '.\n').unit();
}

function optionGrant(r: Rng): Unit {
  const e = who(r, r.pick(['en', 'he']));
  return new Doc().add('NOTICE OF STOCK OPTION GRANT\nOptionee: ', e.name, '\nSSN: ', ssn(r), '\nGrant no. ', ref(r), ', shares 12,000, exercise price ', n(r, 'price'), '\nVesting: 25 % after 1 year, then monthly; plan ISIN ', n(r, 'isin'), '\nQuestions: equity@ — or the optionee at ', e.email, '\n').unit();
}

function creditMinutes(r: Rng): Unit {
  const a = who(r, r.pick(['pl', 'ro', 'el']));
  const d = new Doc().add('Protokół komitetu kredytowego ', dmy(r), '\nWniosek ', ref(r), ' — wnioskodawca ', a.name, ', PESEL ', nid(r, 'pl-national-id'), '\n');
  return d.add('Kwota ', n(r, 'price'), ', okres ', n(r, 'range'), ' mies., oprocentowanie ', n(r, 'percentage'), '\nRachunek do wypłaty: ', iban(r, r.pick(['PL', 'RO', 'GR'])), '\nDecyzja: przyjęto 3:1. Kontakt: ', ...ph(r), '\n').unit();
}

function engagementLetter(r: Rng): Unit {
  const c = who(r, r.pick(['hi', 'en']));
  return new Doc().add('Engagement letter — tax compliance FY 2026-27\nClient: ', c.name, '\nAadhaar: ', nid(r, 'in-aadhaar'), '   US SSN (for FBAR/1040-NR): ', ssn(r), '\nFee ', n(r, 'price'), ' + 18 % GST. Portal login will be sent to ', c.email, '.\nPlease call ', ...ph(r), ' to confirm.\n').unit();
}

function factoring(r: Rng): Unit {
  const d = new Doc().add('Relación de facturas cedidas — remesa ', n(r, 'order-id'), '\n');
  for (let i = 0; i < r.int(3, 5); i++) d.add(n(r, 'invoice-no'), ' ; deudor CIF B', r.digits(8), ' ; vto. ', dmy(r, '/'), ' ; ', n(r, 'price'), '\n');
  const c = who(r, r.pick(['es', 'it']));
  return d.add('Cuenta de abono: ', iban(r, r.pick(['ES', 'IT'])), '\nGestor: ', c.name, ' (', c.email, ')\n').unit();
}

function onboarding(r: Rng): Unit {
  const e = who(r, r.pick(['en', 'de', 'hi', 'ja']));
  return new Doc().add('[ONB-', String(r.int(1000, 9999)), '] New starter setup\nName: ', e.name, '\nWork e-mail: ', e.email, '\nTemp AD password: ', pw(r, 'config'), ' (must change at first login)\nLaptop asset tag ', ref(r), ', image ', n(r, 'four-part-version'), '\nVPN user ', login(r), ', mobile for MFA ', ...ph(r), '\n').unit();
}

function parentalLeave(r: Rng): Unit {
  const e = who(r, r.pick(['sv', 'no']));
  return new Doc().add('Ansökan om föräldraledighet\nAnställd: ', e.name, '\nPersonnummer: ', nid(r, 'se-national-id'), '\nPeriod: ', day(r), ' – ', day(r), ' (', n(r, 'percentage'), ' av heltid)\nKontakt under ledigheten: ', ...ph(r), ', ', e.email, '\n').unit();
}

function interviews(r: Rng): Unit {
  const d = new Doc().add('Interview schedule — Senior Data Engineer (req ', n(r, 'order-id'), ')\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const c = who(r);
    d.add(ts(r, ' '), ' · ', c.name, ' · ', c.email, ' · ', ...ph(r), ' · panel room ', String(r.int(1, 9)), '\n');
  }
  return d.add('Zoom passcode sent separately. Slot length ', n(r, 'duration'), '.\n').unit();
}

export const WORK_SOURCES19: Record<string, (rng: Rng) => Unit> = {
  'bank-details-change': bankChange, 'option-grant-letter': optionGrant, 'credit-committee-minutes': creditMinutes, 'tax-engagement-letter': engagementLetter, 'factoring-schedule': factoring,
  'it-onboarding-ticket': onboarding, 'parental-leave-request': parentalLeave, 'interview-schedule': interviews,
};

