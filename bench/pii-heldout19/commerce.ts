// Set 19's commerce families: marketplace sale notices and dispute cases, florist order cards,
// furniture delivery slots, print-shop proofs, farm-share rosters, wine-club shipments, bike repair
// tickets and churn-survey replies, each in the language its shop writes.
import type { Rng } from '../pii-heldout/prng.js';
import { card, day, dmy, Doc, hm, iban, n, ph, ref, ts, who, type Unit } from './kit.js';

function etsySale(r: Rng): Unit {
  const b = who(r, 'en');
  return new Doc().add('Subject: You made a sale on your shop!\n\nOrder ', n(r, 'order-id'), ' — ', n(r, 'price'), '\nShip to:\n', b.name, '\n', String(r.int(2, 999)), ' Elm Hollow Rd\nBuyer e-mail: ', b.email, '\nPhone (for courier): ', ...ph(r), '\nItem SKU ', n(r, 'sku'), ', weight ', n(r, 'measurement'), '\nShip by ', day(r), '. Tracking will show as ', n(r, 'tracking-no'), '.\n').unit();
}

function ebayCase(r: Rng): Unit {
  const b = who(r, r.pick(['de', 'en']));
  const s = who(r, 'de');
  return new Doc().add('Fall-ID ', ref(r), ' · Artikel nicht erhalten\nKäufer: ', b.name, ' <', b.email, '>\nVerkäufer: ', s.name, ', Tel. ', ...ph(r), '\nSendungsnummer ', n(r, 'tracking-no'), ', Betrag ', n(r, 'price'), '\nNachricht des Verkäufers: "Paket wurde am ', n(r, 'ts-eu'), ' zugestellt, Rückerstattung bitte auf ', iban(r, 'DE'), '."\n').unit();
}

function floristCard(r: Rng): Unit {
  const from = who(r, r.pick(['nl', 'fr']));
  const to = who(r, r.pick(['nl', 'fr']));
  return new Doc().add('BLOEMBON / BON DE COMMANDE ', n(r, 'invoice-no'), '\nBezorgdatum: ', dmy(r, '-'), ' tussen ', hm(r), ' en ', hm(r), '\nOntvanger: ', to.name, ' — tel. ', ...ph(r), '\nAfzender: ', from.name, ', ', from.email, '\nKaarttekst: "Beterschap lieverd, x"\nBoeket art. ', n(r, 'gtin13'), ' — ', n(r, 'price'), '\nBetaald met kaart ', card(r, 'spaced'), '\n').unit();
}

function furnitureSlot(r: Rng): Unit {
  const c = who(r, r.pick(['sv', 'no', 'fi']));
  return new Doc().add('Leveranstid bokad\nHej ', c.name, '!\nDin order ', n(r, 'order-id'), ' levereras ', day(r), ' kl ', hm(r), '–', hm(r), '.\nChauffören ringer ', ...ph(r), ' 30 min innan. Kolli: ', n(r, 'sscc'), '\nMått soffa: ', n(r, 'measurement'), '. Frågor? Svara till ', c.email, ' eller ring kundtjänst.\n').unit();
}

function printProof(r: Rng): Unit {
  const c = who(r, r.pick(['it', 'es', 'pt']));
  return new Doc().add('Bozza di stampa pronta — lavoro ', n(r, 'invoice-no'), '\nCliente: ', c.name, '\nBiglietti da visita: "', c.name, ' · Cell. ', ...ph(r), ' · ', c.email, '"\nFormato 85×55, carta 350 g, tiratura 500, colore ', n(r, 'css-color'), '\nApprovare entro ', n(r, 'ts-eu'), ' — file ', n(r, 'sha256'), '\n').unit();
}

function csaRoster(r: Rng): Unit {
  const d = new Doc().add('Week ', n(r, 'iso-week'), ' pickup roster — Willow Creek Farm share\nname | email | phone | share | paid\n');
  for (let i = 0; i < r.int(3, 6); i++) {
    const m = who(r, r.pick(['en', 'es', 'zh', 'ko']));
    d.add(m.name, ' | ', m.email, ' | ', ...ph(r), ' | ', r.pick(['full', 'half', 'eggs']), ' | ', n(r, 'price'), '\n');
  }
  return d.add('Boxes weigh ', n(r, 'measurement'), ' on average.\n').unit();
}

function wineClub(r: Rng): Unit {
  const m = who(r, r.pick(['fr', 'it', 'en']));
  return new Doc().add('Expédition club — trimestre ', n(r, 'range'), '\nMembre : ', m.name, ' (', m.email, ')\nCarte enregistrée : ', card(r), '\nTéléphone : ', ...ph(r), '\nCartons : ', n(r, 'gtin13'), ', ', n(r, 'gtin13'), '\nRemise fidélité ', n(r, 'percentage'), ', total ', n(r, 'price'), '\n').unit();
}

function bikeRepair(r: Rng): Unit {
  const c = who(r, r.pick(['nl', 'de']));
  return new Doc().add('Werkbon ', n(r, 'invoice-no'), ' — ', ts(r, ' '), '\nKlant: ', c.name, ' — ', ...ph(r), '\nFietsframe nr. ', '(niet geregistreerd)', '\nWerk: ketting, remblokken; arbeid ', n(r, 'duration'), '\nOnderdelen: ', n(r, 'sku'), ', ', n(r, 'sku'), '\nTotaal ', n(r, 'price'), '. Bericht sturen naar ', c.email, ' als klaar.\n').unit();
}

function churnSurvey(r: Rng): Unit {
  const c = who(r, 'en');
  return new Doc().add('Why are you leaving? (response ', ref(r), ')\n"Honestly the boxes got too pricey, up ', n(r, 'percentage'), ' since spring. You can reach me at ', c.email, ' or ', ...ph(r), ' if you do a discount. — ', c.name, '"\nSubmitted ', n(r, 'ts-iso'), '\n').unit();
}

export const COMMERCE_SOURCES19: Record<string, (rng: Rng) => Unit> = {
  'etsy-sale-notice': etsySale, 'ebay-resolution-case': ebayCase, 'florist-order-card': floristCard, 'furniture-delivery-slot': furnitureSlot, 'print-shop-proof': printProof,
  'csa-share-roster': csaRoster, 'wine-club-shipment': wineClub, 'bike-repair-ticket': bikeRepair, 'churn-survey-reply': churnSurvey,
};
