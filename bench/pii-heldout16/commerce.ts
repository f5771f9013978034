// Everyday-commerce families of set 16: returns-portal cases, loyalty statements, gift-card ledgers,
// pawn-shop records, auction invoices, gallery consignments, property maintenance tickets, moving
// inventories, storage-unit rentals, kennel bookings, supplement subscriptions. Member, locker and
// booking numbers tied to a person are left out or unlabelled (never hard negatives).
import type { Rng } from '../pii-heldout/prng.js';
import { card, Doc, iban, n, nid, ph, ssn, who, type Unit } from './kit.js';

function returnsPortal(r: Rng): Unit {
  const u = who(r, r.pick(['en', 'de', 'nl', 'fr']));
  return new Doc().add('Return request ', n(r, 'order-id'), ' — opened ', n(r, 'timestamp'), '\nCustomer: ', u.name, ' <', u.email, '>\nItem: running shoes EAN ', n(r, 'gtin'), ', size 42, ', n(r, 'price'), '\n',
    'Reason: too small. Return hub GLN ', n(r, 'gln'), '. Label: ', n(r, 'tracking-number'), ' (', n(r, 'measurement'), ')\nRefund to IBAN ', iban(r, r.pick(['NL', 'BE', 'FR', 'AT'])), ' within ', String(r.int(3, 14)), ' days. Questions: ', ph(r), '\n').unit();
}

function loyaltyStatement(r: Rng): Unit {
  const u = who(r, r.pick(['fr', 'es', 'it', 'pt']));
  return new Doc().add('Relevé de points — ', u.name, '\n', u.email, '\nPériode ', n(r, 'date'), ' – ', n(r, 'date'), '\nSolde précédent ', String(r.int(100, 9000)), ' pts · gagnés ', String(r.int(10, 900)), ' pts (', n(r, 'percentage'), ' bonus)\n',
    'Achats : ', n(r, 'price'), ' le ', n(r, 'timestamp'), ' ; ', n(r, 'price'), ' (ticket ', n(r, 'invoice-id'), ')\nPour toute question : ', ph(r), '\n').unit();
}

function giftCardLedger(r: Rng): Unit {
  const d = new Doc().add('date;type;amount;balance;purchaser;note\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const u = who(r);
    d.add(n(r, 'date'), ';', r.pick(['issue', 'redeem', 'reload']), ';', n(r, 'price'), ';', n(r, 'price'), ';', u.email, ';');
    if (r.chance(0.4)) d.add('paid by card ', card(r), '\n');
    else d.add('batch ', n(r, 'serial-lot'), '\n');
  }
  return d.unit();
}

function pawnShop(r: Rng): Unit {
  const u = who(r, 'en');
  return new Doc().add('PAWN TICKET — Loan date ', n(r, 'date'), '\nPledgor: ', u.name, '\nID shown: driver licence; SSN ', ssn(r), '\nPhone ', ph(r), '\n',
    'Item: gold ring 14k, ', n(r, 'measurement'), ', appraised ', n(r, 'price'), '\nFees: ', n(r, 'arithmetic'), ' (cents)\nLoan ', n(r, 'price'), ' at ', n(r, 'percentage'), ' monthly, term ', String(r.int(30, 120)), ' days\nReported to LeadsOnline ', n(r, 'timestamp'), '\n').unit();
}

function auctionInvoice(r: Rng): Unit {
  const u = who(r, r.pick(['de', 'en', 'fr', 'it']));
  return new Doc().add('Rechnung ', n(r, 'invoice-id'), ' — Auktion ', String(r.int(100, 400)), '\nKäufer: ', u.name, ', ', u.email, ', Tel. ', ph(r), '\n',
    'Los ', String(r.int(1, 900)), ': Silberleuchter, Zuschlag ', n(r, 'price'), '\nAufgeld ', n(r, 'percentage'), ', MwSt. ', n(r, 'percentage'), '\nZahlbar auf ', iban(r, r.pick(['AT', 'CH', 'LU', 'BE'])), ' bis ', n(r, 'date'), '\n').unit();
}

function galleryConsignment(r: Rng): Unit {
  const a = who(r, r.pick(['it', 'es', 'fr', 'nl', 'ja']));
  return new Doc().add('CONSIGNMENT AGREEMENT\nArtist: ', a.name, ' (', a.email, ')\n', ...nid(r, r.pick(['it-fiscal-code', 'es-dni', 'fr-national-id', 'nl-national-id'])), '\n',
    'Work: oil on canvas, ', n(r, 'measurement'), ', insured value ', n(r, 'price'), '\nCommission ', n(r, 'percentage'), '; proceeds to ', iban(r), '\nCrate ', n(r, 'iso6346-container'), ' via ', n(r, 'tracking-number'), '\n').unit();
}

function maintenanceTicket(r: Rng): Unit {
  const t = who(r);
  return new Doc().add('Ticket ', n(r, 'ticket-key'), ' — Unit 4B — Leaking radiator\nTenant: ', t.name, ', ', ph(r), ', ', t.email, '\nReported ', n(r, 'timestamp'), '; access window ', n(r, 'range'), '\n',
    'Vendor note: replaced valve part ', n(r, 'gtin'), ', ', n(r, 'duration'), ' on site, invoice ', n(r, 'invoice-id'), ' ', n(r, 'price'), '\nSmart lock hub ', n(r, 'version'), ' reset\n').unit();
}

function movingInventory(r: Rng): Unit {
  const u = who(r, r.pick(['sv', 'fi', 'de', 'pl']));
  const d = new Doc().add('Inventory — move ', n(r, 'order-id'), '\nShipper: ', u.name, ', ', ph(r), '\nContainer ', n(r, 'iso6346-container'), ' on vessel ', n(r, 'imo-number'), '\n');
  for (let i = 0; i < r.int(3, 5); i++) d.add(`${i + 1}. ${r.pick(['sofa', 'bookcase', 'piano', 'boxes (books)', 'bicycle'])} — `, n(r, 'measurement'), ' — HS ', n(r, 'hs-code'), ' — ', r.pick(['scratched', 'good', 'PBO']), '\n');
  return d.unit();
}

function storageRental(r: Rng): Unit {
  const u = who(r, 'en');
  return new Doc().add('Storage Rental Agreement — Unit ', String(r.int(100, 999)), ' (', n(r, 'measurement'), ')\nOccupant: ', u.name, '\nEmail: ', u.email, '  Mobile: ', ph(r), '\n',
    'Alt. contact: ', who(r, 'en').name, ' ', ph(r), '\nMonthly rent ', n(r, 'price'), ', auto-pay card ', card(r), '\nNote: IBAN ', n(r, 'bad-iban'), ' was refused by the bank (check digits wrong)\nGate access hours ', n(r, 'range'), '\n').unit();
}

function kennelBooking(r: Rng): Unit {
  const u = who(r, r.pick(['en', 'nl', 'sv', 'de']));
  return new Doc().add('Booking confirmation ', n(r, 'order-id'), '\nOwner: ', u.name, ' — ', ph(r), ' — ', u.email, '\nDog: Biscuit (labrador), ', n(r, 'measurement'), '\n',
    'Check-in ', n(r, 'timestamp'), ', check-out ', n(r, 'timestamp'), '\nDeposit ', n(r, 'price'), ' paid by ', card(r), '\nVaccination batch ', n(r, 'serial-lot'), '\n').unit();
}

function supplementSubscription(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('Subscription renewed: Omega-3 (', n(r, 'gtin'), ') every ', String(r.int(28, 90)), ' days\nFor ', u.name, ', ', u.email, '\nNext charge ', n(r, 'price'), ' on ', n(r, 'date'), ' to card ', card(r), '\n',
    'Shipping: ', n(r, 'tracking-number'), ' — ', n(r, 'measurement'), ' — SKU batch ', n(r, 'serial-lot'), '\n').unit();
}

export const COMMERCE_SOURCES16: Record<string, (rng: Rng) => Unit> = {
  'returns-portal': returnsPortal, 'loyalty-statement': loyaltyStatement, 'gift-card-ledger': giftCardLedger, 'pawn-ticket': pawnShop, 'auction-invoice': auctionInvoice,
  'gallery-consignment': galleryConsignment, 'maintenance-ticket': maintenanceTicket, 'moving-inventory': movingInventory, 'storage-rental': storageRental, 'kennel-booking': kennelBooking,
  'supplement-subscription': supplementSubscription,
};
