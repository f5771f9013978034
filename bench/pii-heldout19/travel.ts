// Set 19's travel families: campsite bookings, bike-share trip receipts, hostel guest registers and
// intercity coach tickets, in the languages of the places that issue them.
import type { Rng } from '../pii-heldout/prng.js';
import { card, dmy, Doc, hm, n, nid, ph, ref, who, type Unit } from './kit.js';

function campsite(r: Rng): Unit {
  const g = who(r, r.pick(['de', 'nl', 'fr', 'en']));
  return new Doc().add('Réservation camping — emplacement ', String(r.int(1, 220)), '\nClient : ', g.name, '\nE-mail : ', g.email, '\nTél. : ', ...ph(r), '\nArrivée ', dmy(r, '/'), ', départ ', dmy(r, '/'), ', caravane ', n(r, 'measurement'), '\nAcompte ', n(r, 'price'), ' débité sur ', card(r, 'spaced'), '\n').unit();
}

function bikeShare(r: Rng): Unit {
  const u = who(r, r.pick(['ja', 'ko', 'zh']));
  return new Doc().add('ご利用明細 / Ride receipt\n会員: ', u.name, '\nメール: ', u.email, '\n開始 ', n(r, 'ts-cjk'), ' 利用時間 ', n(r, 'duration'), '\n距離 ', n(r, 'measurement'), ' 料金 ', n(r, 'price'), '\nお問い合わせ: ', ...ph(r), '\n').unit();
}

function hostelRegister(r: Rng): Unit {
  const d = new Doc().add('Sổ đăng ký khách lưu trú — ', dmy(r, '/'), '\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const g = who(r, r.pick(['vi', 'en', 'de', 'ko', 'fr']));
    d.add(g.name, ' | ', g.email, ' | ', ...ph(r), ' | phòng ', String(r.int(1, 30)), ' | ', hm(r), '\n');
  }
  return d.unit();
}

function coachTicket(r: Rng): Unit {
  const p = who(r, r.pick(['es', 'pt']));
  const br = p.p.lang === 'pt';
  return new Doc().add('BOLETO ', ref(r), ' — ', r.pick(['CDMX → Puebla', 'Bogotá → Medellín', 'Lima → Arequipa', 'São Paulo → Curitiba']), '\nPasajero: ', p.name, br ? '\nCPF: ' : '\nCorreo: ', br ? nid(r, 'br-cpf') : p.email, '\nSalida ', dmy(r, '/'), ' ', hm(r), ', asiento ', String(r.int(1, 48)), '\nTel. ', ...ph(r), '\nTarifa ', n(r, 'price'), '\n').unit();
}

export const TRAVEL_SOURCES19: Record<string, (rng: Rng) => Unit> = { 'campsite-booking': campsite, 'bike-share-receipt': bikeShare, 'hostel-register': hostelRegister, 'coach-ticket': coachTicket };
