// Automotive documents of set 17: a Nordic service history, an MOT certificate, a French or Italian
// parking penalty notice, a US/Canadian recall letter and a dealer finance agreement (PL, CZ, RO).
// A private car's VIN and plate are left unlabelled (they point at one person); only values of the
// formats below are labelled.
import * as N from './negatives.js';
import { Doc, ph, who, isoDay, type Rng, type Unit } from './kit.js';
import * as V from './values.js';

function serviceHistory(r: Rng): Unit {
  const o = who(r, ['sv', 'fi', 'sv']);
  const d = new Doc().add('Digital servicehistorik / Huoltohistoria\nÄgare: ', o.name, ', ', o.email, ', ', ph(r), '\n\n');
  for (let i = 0, n = r.int(2, 4); i < n; i++) d.add(N.timestamp(r, 'iso'), '  ', r.pick(['Service A', 'Oljebyte', 'Bromsar fram', 'Määräaikaishuolto']), '  mätarställning ', N.measurement(r), '  ', N.price(r, 'de'), '  ECU sw ', N.version4(r), '\n');
  return d.add('Verkstad kontakt: ', who(r, ['sv', 'fi']).name, '\n').unit();
}

function mot(r: Rng): Unit {
  const k = who(r, ['en', 'pl', 'hi']);
  return new Doc().add('MOT test certificate (VT20)\nDate of test ', isoDay(r), '   Odometer ', N.measurement(r), '\nMake/model: ', r.pick(['Ford Fiesta', 'Vauxhall Corsa', 'Toyota Yaris']), '\nResult: PASS with advisories: ', r.pick(['nearside front tyre worn close to legal limit', 'slight corrosion on brake pipe']), '\n',
    'Testing station contact ', ph(r), '. Reminder e-mails go to the keeper ', k.name, ' at ', k.email, '.\nEmissions: ', N.range(r), '; equipment calibration ', N.timestamp(r, 'iso'), '\n').unit();
}

function parkingPenalty(r: Rng): Unit {
  const fr = r.chance(0.5);
  const p = who(r, fr ? ['fr', 'ar'] : ['it']);
  return new Doc().add(fr ? 'AVIS DE PAIEMENT — forfait post-stationnement\nDate et heure : ' : 'VERBALE DI ACCERTAMENTO — sosta vietata\nData e ora: ', N.timestamp(r, fr ? 'fr' : 'de'), '\n',
    fr ? 'Titulaire du certificat : ' : 'Intestatario: ', p.name, '\n', ...(fr ? ['Courriel : ', p.email] : ['Codice fiscale: ', V.nationalId(r, 'it-fiscal-code')]), '\n',
    fr ? 'Montant : ' : 'Importo: ', N.price(r, 'fr'), fr ? ' — paiement par virement IBAN ' : ' — bonifico su IBAN ', V.iban(r, fr ? 'FR' : 'IT'), ' BIC ', N.bic(r), '\n',
    fr ? 'Contestation : ' : 'Informazioni: ', ph(r), '   ', fr ? 'Horodateur n° ' : 'Parcometro ', String(r.int(100, 999)), ' (', N.coordinates(r), ')\n').unit();
}

function recall(r: Rng): Unit {
  const o = who(r, ['en', 'es', 'ko', 'zh']);
  return new Doc().add('IMPORTANT SAFETY RECALL\nNHTSA Campaign ', `26V-${r.int(100, 899)}`, ' — ', N.timestamp(r, 'us'), '\n\nDear ', o.name, ',\n\nThis notice is sent to you in accordance with the National Traffic and Motor Vehicle Safety Act. The fuel pump relay (part kit ', N.gtin13(r), ', software ', N.version4(r), ') may fail.\n',
    'Call your dealer or our hotline ', ph(r), '. We will also confirm your appointment at ', o.email, '. Repair time: ', N.duration(r), '.\n').unit();
}

function dealerFinance(r: Rng): Unit {
  const land = r.pick(['PL', 'RO', 'CZ']);
  const b = who(r, land === 'PL' ? 'pl' : land === 'RO' ? 'ro' : 'cs');
  const id = land === 'PL' ? ['PESEL: ', V.nationalId(r, 'pl-national-id')] : land === 'RO' ? ['CNP: ', V.nationalId(r, 'ro-national-id')] : ['e-mail: ', b.email];
  return new Doc().add(land === 'PL' ? 'UMOWA KREDYTU SAMOCHODOWEGO nr ' : land === 'RO' ? 'CONTRACT DE FINANȚARE AUTO nr. ' : 'ÚVĚROVÁ SMLOUVA č. ', N.orderId(r), '\n',
    land === 'PL' ? 'Kredytobiorca: ' : land === 'RO' ? 'Împrumutat: ' : 'Dlužník: ', b.name, '\n', ...id, '\nTel.: ', ph(r), '\n',
    'Rachunek / cont / účet: ', V.iban(r, land), '\nKwota / suma / částka: ', N.price(r, 'de'), '; RRSO/DAE/RPSN ', N.percentage(r), '; rat: ', String(r.int(12, 96)), '\n').unit();
}

export const AUTO17: Record<string, (r: Rng) => Unit> = { 'service-history': serviceHistory, 'mot-certificate': mot, 'parking-penalty': parkingPenalty, 'recall-letter': recall, 'dealer-finance': dealerFinance };
