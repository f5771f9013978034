// Set 18's leisure, justice and charity documents: golf handicap records, angling licences, scuba
// logbooks, yacht charter contracts, probation reports, prison visit bookings, bail conditions,
// food-bank referrals, foster placement notes and refugee resettlement forms.
import type { Rng } from '../pii-heldout/prng.js';
import { cuedId } from './ids.js';
import { day, Doc, hm, ph, who, type Unit } from './kit.js';
import * as N from './negatives.js';
import { card, iban, ip } from './values.js';

const golf = (r: Rng): Unit => { const d = new Doc().add('Handicap record — ', who(r, r.pick(['en', 'sw'])).name, '\n'); for (let i = 0; i < r.int(3, 6); i++) d.add(N.localTs(r), ' course rating ', N.decimalComma(r), ' slope ', String(r.int(113, 150)), ' gross ', String(r.int(70, 110)), ' adj. ', N.arithmetic(r), '\n'); return d.add('Club secretary: ', who(r, 'en').email, ', ', ph(r), '\n').unit(); };
const angling = (r: Rng): Unit => { const a = who(r, r.pick(['fi', 'sv', 'da'])); return new Doc().add('Kalastuslupa / Fiskekort — valid ', N.localTs(r), ' to ', N.localTs(r), '\nHolder: ', a.name, ', ', a.email, '\nPaid ', N.price(r, 'de'), ' by card ', card(r), '\nWater area ', N.coords(r).text, '; max catch ', N.measure(r), '\nSMS receipt sent to ', ph(r), '\n').unit(); };
const scuba = (r: Rng): Unit => { const d = new Doc().add('DIVE LOG — diver ', who(r).name, ', buddy ', who(r).name, '\n'); for (let i = 0; i < r.int(2, 5); i++) d.add('Dive ', String(i + 1), ': site ', N.coords(r).text, ', max depth ', N.measure(r), ', bottom time ', N.duration(r), ', O2 ', N.percent(r), '\n'); return d.add('Dive centre: ', ph(r), ' / ', who(r).email, '\n').unit(); };
const charter = (r: Rng): Unit => { const c = who(r); return new Doc().add('BAREBOAT CHARTER AGREEMENT\nCharterer: ', c.name, ', ', c.email, ', ', ph(r), '\n', ...cuedId(r, r.pick(['cf', 'hr', 'gr', 'tr', 'dni'])), '\nVessel ', N.imo(r), ', berth ', N.sku(r), '\nPeriod ', N.localTs(r), ' – ', N.localTs(r), '; fee ', N.price(r, 'de'), '; security deposit to ', iban(r, r.pick(['CY', 'GR', 'TR', 'MT'])), '\n').unit(); };
const probation = (r: Rng): Unit => { const p = who(r, 'en'); return new Doc().add('PRE-SENTENCE REPORT (probation service)\nSubject: ', p.name, ', ', ...cuedId(r, 'nino'), '\nAddress history checked ', N.localTs(r), '; reporting weekly at ', hm(r), '\nContact: ', ph(r), '\nOfficer ', who(r, 'en').name, ' <', who(r, 'en').email, '>\nCase file checksum ', N.sha256(r), '\n').unit(); };
const visit = (r: Rng): Unit => { const v = who(r); return new Doc().add('Prison visit booking confirmed\nVisitor: ', v.name, ', ', v.email, ', ', ph(r), '\nVisit slot ', N.localTs(r), ' for ', N.duration(r), '\nBooking reference ', N.orderId(r).text, '\nPhoto ID checked: ', ...cuedId(r, r.pick(['nino', 'nl', 'pl'])), '\n').unit(); };
const bail = (r: Rng): Unit => new Doc().add('Bail conditions — defendant ', who(r, 'en').name, '\n1. Reside at the address given; curfew ', hm(r), '–', hm(r), '\n2. Report to the station on ', day(r), '\n3. No contact with ', who(r, 'en').name, ' including by phone (', ph(r), ') or e-mail (', who(r, 'en').email, ')\nSurety ', N.price(r, 'en'), '; exclusion zone radius ', N.measure(r), '\n').unit();
const foodBank = (r: Rng): Unit => { const c = who(r); return new Doc().add('Food bank referral voucher ', N.orderId(r).text, '\nClient: ', c.name, ', phone ', ph(r), '\nHousehold: ', N.range(r), ' people; parcel weight ', N.measure(r), '\nReferrer: ', who(r, r.pick(['en', 'nl', 'de'])).name, ', ', who(r).email, '\nIssued ', N.localTs(r), '\n').unit(); };
const foster = (r: Rng): Unit => new Doc().add('Placement note ', N.localTs(r), '\nChild: ', who(r, 'en').name, '; carers ', who(r, 'en').name, ' and ', who(r, 'en').name, ', ', ph(r), '\nSocial worker: ', who(r, 'en').email, '\nAllowance ', N.price(r, 'en'), ' weekly to ', iban(r, r.pick(['GB', 'IE'])), '\nNext review ', N.localTs(r), '\n').unit();
const resettlement = (r: Rng): Unit => { const a = who(r, r.pick(['ar', 'uk', 'ru', 'tr'])); return new Doc().add('Resettlement intake / Aufnahmebogen\nName: ', a.name, '\nMobile: ', ph(r), '; e-mail ', a.email, '\nHost-country id ', ...cuedId(r, r.pick(['se', 'no', 'tr', 'il'])), '\nArrival ', N.localTs(r), ', flight ', N.sku(r), '\nCase worker login from ', ip(r), '\nFamily members: ', who(r, a.p.lang).name, ', ', who(r, a.p.lang).name, '\n').unit(); };

export const CIVIC_SOURCES18: Record<string, (r: Rng) => Unit> = {
  'golf-handicap': golf, 'angling-licence': angling, 'scuba-logbook': scuba, 'yacht-charter': charter, 'probation-report': probation, 'prison-visit-booking': visit,
  'bail-conditions': bail, 'food-bank-referral': foodBank, 'foster-placement-note': foster, 'resettlement-form': resettlement,
};
