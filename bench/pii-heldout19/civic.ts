// Set 19's public-service families: allotment waiting lists, dog licences, noise complaints, bulky
// waste bookings, street-trading licences, polling-station staff rosters, free-school-meal claims,
// citizenship ceremony invitations and snow-clearance requests.
import type { Rng } from '../pii-heldout/prng.js';
import { day, dmy, Doc, hm, iban, n, nid, ph, ref, who, type Unit } from './kit.js';

function allotments(r: Rng): Unit {
  const d = new Doc().add('Allotment waiting list — Hillside site (exported ', n(r, 'ts-iso'), ')\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const a = who(r, r.pick(['en', 'hi', 'pl', 'ar']));
    d.add(String(i + 1), '. ', a.name, ' — ', a.email, ' — ', ...ph(r), ' — plot size ', n(r, 'measurement'), '\n');
  }
  return d.unit();
}

function dogLicence(r: Rng): Unit {
  const o = who(r, 'de');
  return new Doc().add('Hundesteuer-Bescheid ', ref(r), '\nHalter/in: ', o.name, '\nSteuer-ID: (liegt vor)\nHund: Mischling, Marke Nr. wird zugesandt\nJahressteuer ', n(r, 'price'), ', fällig ', dmy(r), '\nSEPA-Lastschrift von ', iban(r, r.pick(['DE', 'AT'])), '\nRückfragen: ', ...ph(r), '\n').unit();
}

function noiseComplaint(r: Rng): Unit {
  const c = who(r, r.pick(['nl', 'en', 'tr']));
  return new Doc().add('Melding geluidsoverlast ', ref(r), '\nMelder: ', c.name, ', ', c.email, ', ', ...ph(r), '\nTijdstip: ', n(r, 'ts-eu'), ' tot ', hm(r), ', gemeten ', n(r, 'measurement'), ' (app)\nLocatie: wijk Noord, week ', n(r, 'iso-week'), '\n').unit();
}

function bulkyWaste(r: Rng): Unit {
  const c = who(r, r.pick(['fi', 'sv']));
  return new Doc().add('Tilaus: suurjätteen nouto\nAsiakas: ', c.name, '\nPuhelin: ', ...ph(r), '\nSähköposti: ', c.email, '\nNoutopäivä ', dmy(r), ', tavaraa ', n(r, 'measurement'), '\nHinta ', n(r, 'price'), ', viite ', ref(r), '\n').unit();
}

function streetTrading(r: Rng): Unit {
  const t = who(r, r.pick(['en', 'tr', 'vi']));
  return new Doc().add('STREET TRADING CONSENT — application ', ref(r), '\nApplicant: ', t.name, '\nNational Insurance number: ', nid(r, 'uk-nino'), '\nEmail: ', t.email, '   Mobile: ', ...ph(r), '\nPitch: Market Sq. no. ', String(r.int(1, 40)), ', trading hours ', hm(r), '–', hm(r), '\nFee ', n(r, 'price'), ' paid ', day(r), '\n').unit();
}

function pollingRoster(r: Rng): Unit {
  const d = new Doc().add('Valgmedarbeidere — stemmested ', String(r.int(1, 30)), ', valgdag ', dmy(r), '\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const w = who(r, r.pick(['no', 'sv', 'ar']));
    d.add(w.name, ' · fnr ', nid(r, 'no-national-id'), ' · ', ...ph(r), ' · skift ', hm(r), '–', hm(r), '\n');
  }
  return d.unit();
}

function schoolMeals(r: Rng): Unit {
  const p = who(r, r.pick(['en', 'ar']));
  return new Doc().add('Free school meals — eligibility check\nParent/carer: ', p.name, '\nNI number: ', nid(r, 'uk-nino'), '\nEmail: ', p.email, '\nPhone: ', ...ph(r), '\nResult: eligible from ', day(r), '. Ref ', ref(r), '\n').unit();
}

function ceremony(r: Rng): Unit {
  const c = who(r, r.pick(['pt', 'uk', 'hi']));
  return new Doc().add('Convite — cerimónia de atribuição da nacionalidade\nExmo(a). Sr(a). ', c.name, '\nNIF: ', nid(r, 'pt-tax-id'), '\nData: ', dmy(r, '/'), ', ', hm(r), ' — Conservatória, sala 2\nConfirmar por SMS para ', ...ph(r), ' ou e-mail ', c.email, '. Processo ', ref(r), '\n').unit();
}

function snowRequest(r: Rng): Unit {
  const c = who(r, r.pick(['fi', 'no']));
  return new Doc().add('Aurauspyyntö — ', n(r, 'ts-eu'), '\nPyytäjä: ', c.name, ', hetu ', nid(r, 'fi-national-id'), '\nPuh. ', ...ph(r), '\nLunta ', n(r, 'measurement'), ', viikko ', n(r, 'iso-week'), '\n').unit();
}

export const CIVIC_SOURCES19: Record<string, (rng: Rng) => Unit> = {
  'allotment-waiting-list': allotments, 'dog-licence': dogLicence, 'noise-complaint': noiseComplaint, 'bulky-waste-booking': bulkyWaste, 'street-trading-licence': streetTrading,
  'polling-staff-roster': pollingRoster, 'free-school-meals': schoolMeals, 'citizenship-ceremony': ceremony, 'snow-clearance-request': snowRequest,
};
