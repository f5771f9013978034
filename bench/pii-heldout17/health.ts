// Health documents of set 17: GP appointment SMS, NHS e-Referral letters, German e-Rezept tokens,
// maternity notes (Ireland/UK) and occupational-health assessments (NL/BE). No diagnosis is labelled;
// drug codes (PZN, ATC) are hard negatives.
import * as N from './negatives.js';
import { Doc, ph, who, hhmm, isoDay, type Rng, type Unit } from './kit.js';
import * as V from './values.js';

function gpSms(r: Rng): Unit {
  const p = who(r, ['en', 'pl', 'hi', 'ar']);
  const gp = who(r, ['en', 'hi']);
  return new Doc().add(N.timestamp(r, 'iso'), ' SMS to ', ph(r), ': Dear ', p.name, ', your appointment with Dr ', gp.name, ' is on ', isoDay(r), ' at ', hhmm(r), '. Reply C to cancel or call ', ph(r), '. NHS No. ', V.nationalId(r, 'uk-nhs-id'), '. Msg ', N.uuid(r), '\n').unit();
}

function eReferral(r: Rng): Unit {
  const p = who(r, ['en', 'ro', 'yo']);
  const c = who(r, ['en', 'he']);
  return new Doc().add('NHS e-Referral Service — Referral letter\nUBRN ', `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, '\nPatient: ', p.name, '   NHS number: ', V.nationalId(r, 'uk-nhs-id'), '\nContact: ', ph(r), ' / ', p.email, '\n',
    'Referrer: ', c.name, ' (', c.email, ')\nPriority: Routine. Service: ', r.pick(['Dermatology', 'Orthopaedics', 'ENT']), '. Current medication ', N.atc(r), ' ', N.range(r), '.\nDocument generated ', N.timestamp(r, 'rfc2822'), ', system ', N.version4(r), '\n').unit();
}

function eRezept(r: Rng): Unit {
  const p = who(r, ['de', 'tr', 'ru']);
  const a = who(r, 'de');
  return new Doc().add('E-Rezept — Ausdruck für Versicherte\nVersicherte/r: ', p.name, '\nKrankenversichertennummer: ', V.nationalId(r, 'de-health-insurance-id'), '\nAusgestellt von ', a.name, ', Praxis-Tel. ', ph(r), '\n',
    '1× ', r.pick(['Ibuprofen 600 mg', 'Ramipril 5 mg', 'Metformin 1000 mg']), ' ', N.pzn(r), ' (', N.atc(r), '), N2\nAusstellungsdatum ', N.timestamp(r, 'de'), '\nTask-ID 160.', `${r.digits(3)}.${r.digits(3)}.${r.digits(3)}.${r.digits(2)}`, '  Zuzahlung ', N.price(r, 'de'), '\n').unit();
}

function maternity(r: Rng): Unit {
  const m = who(r, ['en', 'pl', 'pt', 'ar', 'sw']);
  const mw = who(r, 'en');
  return new Doc().add('Maternity notes — booking visit\nDate ', isoDay(r), '\nName: ', m.name, '   PPSN: ', V.nationalId(r, 'ie-national-id'), '\nMobile: ', ph(r), '   e-mail: ', m.email, '\n',
    'Next of kin: ', who(r, ['en', 'pl']).name, ', ', ph(r), '\nBP 118/76; weight ', N.measurement(r), '; fundal height ', N.range(r), '\nMidwife: ', mw.name, '\n').unit();
}

function occHealth(r: Rng): Unit {
  const nl = r.chance(0.6);
  const w = who(r, nl ? ['nl', 'tr', 'ar'] : ['fr', 'nl']);
  const doc = who(r, nl ? 'nl' : 'fr');
  return new Doc().add(nl ? 'Arbodienst — advies na spreekuur\nWerknemer: ' : 'Médecine du travail — avis d\'aptitude\nTravailleur : ', w.name, nl ? '\nBSN: ' : '\nNISS : ', V.nationalId(r, nl ? 'nl-national-id' : 'be-national-id'), '\n',
    nl ? 'Bereikbaar op ' : 'Joignable au ', ph(r), ' / ', w.email, '\n', nl ? 'Advies: ' : 'Avis : ', nl ? 'arbeidsgeschikt voor 50 %, opbouw ' : 'apte avec restrictions, port de charges ', N.range(r), '\n',
    nl ? 'Bedrijfsarts: ' : 'Médecin : ', doc.name, '   ', N.timestamp(r, nl ? 'de' : 'fr'), '   dossier ', N.ticketKey(r), '\n').unit();
}

export const HEALTH17: Record<string, (r: Rng) => Unit> = { 'gp-appointment-sms': gpSms, 'e-referral': eReferral, 'e-rezept': eRezept, 'maternity-notes': maternity, 'occupational-health': occHealth };
