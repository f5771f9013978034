// Community, leisure and care families of set 16: childcare sign-in sheets, school-bus rosters,
// sports-club memberships, marathon results, ski-pass sales, cinema bookings, concert guest lists,
// museum memberships, charity donation receipts, crowdfunding updates, research consent forms,
// physiotherapy notes, home-care visit logs, hearing-aid fittings, contact-lens orders.
import type { Rng } from '../pii-heldout/prng.js';
import { card, Doc, email, hm, iban, n, nid, ph, ssn, who, type Unit } from './kit.js';

function childcareSignin(r: Rng): Unit {
  const d = new Doc().add('Sign-in sheet — ', n(r, 'date'), '\nChild | In | Collected by | Phone\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const lang = r.pick(['en', 'ar', 'hi', 'pl', 'vi', 'es']);
    d.add(who(r, lang).name, ' | ', hm(r), ' | ', who(r, lang).name, ' | ', ph(r), '\n');
  }
  return d.unit();
}

function schoolBus(r: Rng): Unit {
  const d = new Doc().add('Route ', String(r.int(1, 40)), ' AM — bus VIN ', n(r, 'fleet-vin'), '\nStop | Pupil | Guardian contact\n');
  for (let i = 0; i < r.int(3, 5); i++) d.add(hm(r), ' ', n(r, 'coordinates'), ' | ', who(r, r.pick(['en', 'es', 'ko', 'ar'])).name, ' | ', r.chance(0.5) ? ph(r) : email(r), '\n');
  return d.unit();
}

function sportsClub(r: Rng): Unit {
  const u = who(r, r.pick(['de', 'nl', 'pl', 'cs', 'hu']));
  return new Doc().add('Beitrittserklärung Turnverein\nName: ', u.name, '\nE-Mail: ', u.email, '\nMobil: ', ph(r), '\n',
    'SEPA-Lastschriftmandat: IBAN ', iban(r, r.pick(['NL', 'AT', 'LU', 'BE', 'PL'])), ', Beitrag ', n(r, 'price'), ' jährlich ab ', n(r, 'date'), '\nGläubiger-BIC ', n(r, 'bic'), '\n').unit();
}

function marathonResults(r: Rng): Unit {
  const d = new Doc().add('Pos | Bib | Name | Nat | Chip time | Pace\n');
  for (let i = 1; i <= r.int(4, 7); i++) d.add(String(i), ' | ', String(r.int(1, 30000)), ' | ', who(r).name, ' | ', r.pick(['KEN', 'ETH', 'JPN', 'GER', 'NOR', 'BRA']), ' | ', n(r, 'duration'), ' | ', `${r.int(2, 5)}:${String(r.int(0, 59)).padStart(2, '0')}/km`, '\n');
  return d.add('Weather ', n(r, 'measurement'), '; course record ', n(r, 'duration'), '\n').unit();
}

function skiPass(r: Rng): Unit {
  const u = who(r, r.pick(['de', 'it', 'fr', 'en']));
  return new Doc().add('Skipass-Kauf ', n(r, 'order-id'), '\nKunde: ', u.name, ', ', u.email, '\n6-Tage-Pass ', n(r, 'price'), ', gültig ', n(r, 'date'), '\nZahlung: ', card(r), '\n',
    'Liftzugänge: ', n(r, 'timestamp'), ' Talstation (', n(r, 'coordinates'), '), ', n(r, 'timestamp'), ' Gipfel (', n(r, 'measurement'), ')\n').unit();
}

function cinemaBooking(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('Your tickets — Screen ', String(r.int(1, 12)), ', seats ', n(r, 'range'), '\n', u.name, ' · ', u.email, ' · ', ph(r), '\nShowtime ', n(r, 'timestamp'), ' (runtime ', n(r, 'duration'), ')\n',
    'Total ', n(r, 'price'), ' incl. booking fee ', n(r, 'percentage'), '\n').unit();
}

function concertGuests(r: Rng): Unit {
  const d = new Doc().add('GUEST LIST — doors ', hm(r), '\n');
  for (let i = 0; i < r.int(4, 7); i++) {
    const u = who(r);
    d.add(u.name, ' +', String(r.int(0, 2)), ' — ', r.chance(0.6) ? u.email : ph(r), '\n');
  }
  return d.add('Capacity ', n(r, 'range'), '; wristband batch ', n(r, 'serial-lot'), '\n').unit();
}

function museumMembership(r: Rng): Unit {
  const u = who(r, r.pick(['en', 'fr', 'nl', 'sv', 'fi', 'ja']));
  return new Doc().add('Membership renewal — Family plan\nPrimary: ', u.name, '\nEmail ', u.email, ', phone ', ph(r), '\nAmount ', n(r, 'price'), ' charged to ', card(r), '\n',
    'Valid until ', n(r, 'date'), '. Exhibition catalogue ISBN ', n(r, 'isbn'), '\n').unit();
}

function donationReceipt(r: Rng): Unit {
  const u = who(r, r.pick(['en', 'de', 'fr', 'nl', 'sv']));
  return new Doc().add('Donation receipt ', n(r, 'invoice-id'), '\nDonor: ', u.name, ', ', u.email, '\n', ...(r.chance(0.4) ? ['Donor SSN ', ssn(r)] : nid(r, r.pick(['fr-national-id', 'nl-national-id', 'se-national-id', 'be-national-id']))), '\n',
    ...(r.chance(0.5) ? ['Gift ', n(r, 'price'), ' received ', n(r, 'date'), ' from account ', iban(r)] : ['Gift of ', String(r.int(5, 500)), ' shares, CUSIP ', n(r, 'cusip'), ' / SEDOL ', n(r, 'sedol'), ' / ISIN ', n(r, 'isin'), ', via ABA ', n(r, 'aba-routing')]), '\nCharity registration: ', n(r, 'lei'), '\n').unit();
}

function crowdfunding(r: Rng): Unit {
  const c = who(r);
  return new Doc().add('Update #', String(r.int(2, 30)), ': we hit ', n(r, 'percentage'), ' of our goal!\nBackers pledged ', n(r, 'price'), '. Firmware ', n(r, 'version'), ' ships ', n(r, 'date'), '.\n',
    'Thanks ', c.name, ' for the stretch goal. Questions: ', email(r), ' or call ', ph(r), '.\n').unit();
}

function consentForm(r: Rng): Unit {
  const p = who(r, r.pick(['en', 'es', 'pt', 'it', 'pl']));
  return new Doc().add('INFORMED CONSENT — Protocol ', n(r, 'ticket-key'), ' v', n(r, 'version'), '\nParticipant: ', p.name, '\nDate of consent: ', n(r, 'date'), '\nContact: ', p.email, ', ', ph(r), '\n',
    ...nid(r, r.pick(['br-cpf', 'es-dni', 'it-fiscal-code', 'pl-national-id'])), '\nWitness: ', who(r).name, '\nEthics approval ', n(r, 'serial-lot'), '\n').unit();
}

function physioNote(r: Rng): Unit {
  const p = who(r, r.pick(['en', 'nl', 'sv', 'fi']));
  return new Doc().add('Physiotherapy progress note — ', n(r, 'date'), '\nPatient: ', p.name, ' (', ph(r), ')\nS: knee pain ', String(r.int(1, 9)), '/10 after ', n(r, 'duration'), ' walking\n',
    'O: ROM flexion ', n(r, 'measurement'), ', quad strength ', n(r, 'percentage'), ' of contralateral\nP: ', String(r.int(2, 4)), 'x/week; referral by ', who(r).name, '\n').unit();
}

function homeCare(r: Rng): Unit {
  const c = who(r, r.pick(['en', 'fi', 'sv', 'de']));
  return new Doc().add('Visit log ', n(r, 'date'), '\nClient: ', c.name, ' — ', ...nid(r, r.pick(['fi-national-id', 'se-national-id', 'no-national-id', 'uk-nino', 'be-national-id', 'fr-national-id', 'au-tax-id', 'ca-national-id'])), '\n',
    'Arrival ', hm(r), ', departure ', hm(r), ' (', n(r, 'duration'), ')\nBP ', n(r, 'measurement'), '; meds given; daughter informed ', ph(r), '\nCarer: ', who(r).name, '\n').unit();
}

function hearingAid(r: Rng): Unit {
  const p = who(r, r.pick(['en', 'de', 'it', 'he']));
  return new Doc().add('Hearing aid fitting report\nPatient: ', p.name, ', ', p.email, '\nDevice: RIC 312, firmware ', n(r, 'version-4part'), ', Bluetooth ', n(r, 'version'), '\n',
    'Gain at 2 kHz ', n(r, 'measurement'), '; feedback test ', n(r, 'percentage'), '\nFollow-up call ', ph(r), '\n').unit();
}

function contactLens(r: Rng): Unit {
  const p = who(r);
  return new Doc().add('Order ', n(r, 'order-id'), ': daily lenses BC 8.6 DIA 14.2, R -2.25 L -2.50\nFor ', p.name, ' <', p.email, '>\nPrescriber phone ', ph(r), '\n',
    'Charged ', n(r, 'price'), ' to ', card(r), '; ships ', n(r, 'tracking-number'), '\n').unit();
}

export const COMMUNITY_SOURCES16: Record<string, (rng: Rng) => Unit> = {
  'childcare-signin': childcareSignin, 'school-bus-roster': schoolBus, 'sports-club-membership': sportsClub, 'marathon-results': marathonResults, 'ski-pass-sale': skiPass,
  'cinema-booking': cinemaBooking, 'concert-guest-list': concertGuests, 'museum-membership': museumMembership, 'donation-receipt': donationReceipt, 'crowdfunding-update': crowdfunding,
  'consent-form': consentForm, 'physio-note': physioNote, 'home-care-visit': homeCare, 'hearing-aid-fitting': hearingAid, 'contact-lens-order': contactLens,
};
