// Set 13's customer and community families: call-centre CRM notes, Zendesk ticket exports, Intercom
// threads, Airbnb host messages, event ticket confirmations, conference badge lists, volunteer rolls,
// parish registers, alumni records and WooCommerce order mails.
import type { Rng } from '../pii-heldout/prng.js';
import { nationalId13 } from './ids.js';
import { Doc, day, gold, n, ph, ts, uid, who, type Piece, type Unit } from './kit.js';
import { fullName, nameInverted, person13, type Person13 } from './people.js';
import { card13, email13, iban13, ip13 } from './values.js';

/** A first name alone as a chat speaker or greeting writes it. */
const firstName = (p: Person13): Piece => gold('person', 'given', p.given);

function callcentre(rng: Rng): Unit {
  const c = who(rng, rng.pick(['sw', 'en', 'ar']));
  const agent = who(rng, rng.pick(['en', 'sw']));
  return new Doc().add(`CRM case ${rng.digits(8)} | agent `, agent.name, ` | ${ts(rng, ' ')}\nCaller `, c.name, ' rang from ', ph(rng), ' about a double debit on card ', card13(rng, 'spaced'), '. Verified DOB and last payment (', n(rng, 'price'), '). Caller asked for the refund to go to ', email13(rng, c.p), ' and gave alt number ', ph(rng), '. Promised call-back within ', n(rng, 'duration'), `. Wrap code ${rng.pick(['RFD', 'ESC', 'INF'])}-${rng.int(1, 9)}\n`).unit();
}

function zendesk(rng: Rng): Unit {
  const req = who(rng, rng.pick(['en', 'ja', 'de']));
  return new Doc().add(`{"ticket":{"id":${rng.int(10000, 999999)},"subject":"Can't log in after update","requester":{"name":"`, req.name, '","email":"', req.email, '","phone":"', ph(rng), '"},"via":{"channel":"web","source":{"from":{"ip":"', ip13(rng), '"}}},"custom_fields":[{"id":360001,"value":"', n(rng, 'version'), `"},{"id":360002,"value":"${uid(rng)}"}],"description":"App `, n(rng, 'version'), ' crashes; my password is ', gold('password', 'chat', `${req.p.givenAscii}${rng.int(1960, 2005)}!`), ' if you need it","attachments":[{"inline":"', n(rng, 'base64-image'), '"}],"created_at":"', n(rng, 'timestamp'), '"}}\n').unit();
}

function intercom(rng: Rng): Unit {
  const u = who(rng, rng.pick(['fr', 'de', 'en']));
  const a = who(rng, 'en');
  return new Doc().add('Conversation with ', u.name, ` · ${day(rng)}\n[${rng.int(8, 20)}:${rng.int(10, 59)}] `, firstName(u.p), ': hi, invoice ', n(rng, 'invoice-number'), ' charged twice ', n(rng, 'price'), '\n[bot] Could you confirm the e-mail on the account?\n[', firstName(u.p), '] ', u.email, ' — or call me ', ph(rng), '\n[', firstName(a.p), '] Refunded to ', iban13(rng, rng.pick(['IE', 'FR', 'DE']), 'print'), ', ticket closed. Build ', n(rng, 'build-number'), '\n').unit();
}

function airbnb(rng: Rng): Unit {
  const host = who(rng, rng.pick(['pt', 'es', 'it', 'el']));
  const guest = who(rng, rng.pick(['de', 'en', 'ko', 'nl']));
  return new Doc().add('Message thread — reservation for 4 guests\n', firstName(guest.p), ': Hello ', firstName(host.p), ', we land on ', n(rng, 'flight-number'), ' around 22:40, is late check-in ok?\n', firstName(host.p), ': Sure! Lockbox code is on the door. If anything, WhatsApp ', ph(rng), '. Wifi "Casa_Azul" password ', gold('password', 'wifi', `${rng.pick(['azul', 'mar', 'sol'])}${rng.int(1000, 9999)}${rng.pick(['!', '#'])}`), '\n', firstName(guest.p), ': great, my number is ', ph(rng), ' and e-mail ', guest.email, '. Parking is extra?\n', firstName(host.p), ': yes. Cleaning fee ', n(rng, 'price'), ', tourist tax ', n(rng, 'percentage'), '\n', firstName(host.p), ': for the invoice, your NIF please?\n', firstName(guest.p), ': ', nationalId13(rng, 'nif'), '\n').unit();
}

function eventTickets(rng: Rng): Unit {
  const w = who(rng, rng.pick(['pl', 'cs', 'hu']));
  const d = new Doc().add('Potwierdzenie zamówienia / Order confirmation\nKupujący: ', w.name, ' <', w.email, '>\nTelefon: ', ph(rng), '\n');
  for (let i = 0; i < rng.int(1, 3); i++) {
    const p = person13(rng, rng.pick(['pl', 'cs', 'hu']));
    d.add(`Bilet ${rng.pick(['Płyta', 'Sektor B', 'VIP'])} — `, gold('person', 'given-family', fullName(p)), ' — kod produktu EAN ', n(rng, 'gtin-13'), '\n');
  }
  return d.add('Razem: ', n(rng, 'price'), '; płatność kartą ', card13(rng, 'bare'), ' — ', n(rng, 'timestamp'), '\n').unit();
}

function badges(rng: Rng): Unit {
  const d = new Doc().add('Badge print queue — DevSummit Bengaluru\nbadge_type,name,company,email,mobile\n');
  for (let i = 0; i < rng.int(3, 6); i++) {
    const w = who(rng, rng.pick(['hi', 'en', 'ar']));
    d.add(`${rng.pick(['SPEAKER', 'ATTENDEE', 'SPONSOR', 'STAFF'])},`, w.name, `,${rng.pick(['Infosys', 'Zerodha', 'Freshworks', 'self'])},`, w.email, ',', ph(rng), '\n');
  }
  return d.add('printer job ', n(rng, 'uuid'), ', template ', n(rng, 'version'), '\n').unit();
}

function volunteerRoll(rng: Rng): Unit {
  const d = new Doc().add(`Food bank volunteer roll — shift ${day(rng)}\n`);
  for (let i = 0; i < rng.int(3, 6); i++) {
    const p = person13(rng, rng.pick(['en', 'es', 'fr', 'zh']));
    d.add('☐ ', nameInverted(p), ' · ', ph(rng), ' · ', email13(rng, p), ` · ${rng.pick(['sorting', 'driver', 'intake'])}\n`);
  }
  return d.add('Pallets in: ', n(rng, 'measurement'), ' (', n(rng, 'sscc'), '); meals tally ', n(rng, 'arithmetic'), '\n').unit();
}

function parishRegister(rng: Rng): Unit {
  const lang = rng.pick(['it', 'es', 'pt']);
  const child = person13(rng, lang);
  const parents = [person13(rng, lang), person13(rng, lang)];
  const id = lang === 'it' ? nationalId13(rng, 'codiceFiscale') : lang === 'es' ? nationalId13(rng, 'dni') : nationalId13(rng, 'cpf');
  return new Doc().add(`Liber Baptizatorum — anno 2026, n. ${rng.int(1, 120)}\nBattezzato/a: `, gold('person', 'given-family', fullName(child)), '\nGenitori: ', gold('person', 'given-family', fullName(parents[0]!)), ' e ', gold('person', 'given-family', fullName(parents[1]!)), '\nDocumento del genitore: ', id, '\nRecapito: ', ph(rng), ', ', email13(rng, parents[0]!), '\nOfferta: ', n(rng, 'price'), ' — registrato il ', n(rng, 'timestamp'), '\n').unit();
}

function alumni(rng: Rng): Unit {
  const w = who(rng, rng.pick(['ru', 'uk', 'he']));
  return new Doc().add('Карточка выпускника / Alumni record\nФИО: ', w.name, '\nВыпуск: 2009, факультет ВМК\nТелефон: ', ph(rng), '\nЭл. почта: ', w.email, '\nПожертвование: ', n(rng, 'price'), ' (', n(rng, 'percentage'), ' от цели)\nПоследний вход: ', n(rng, 'timestamp'), ' с ', ip13(rng), '\n').unit();
}

function woocommerce(rng: Rng): Unit {
  const w = who(rng, rng.pick(['tr', 'ar']));
  const d = new Doc().add(`[Mağaza] Yeni sipariş #${rng.int(1000, 99999)}\nMüşteri: `, w.name, '\nE-posta: ', w.email, '\nTelefon: ', ph(rng), '\n');
  d.add('• Kitap: İstanbul Hatırası, ISBN ', n(rng, 'isbn-13'), '\n');
  for (let i = 0; i < rng.int(1, 3); i++) d.add(`• ${rng.pick(['Bakır cezve', 'Hamam havlusu', 'Zeytinyağı 1L'])} × ${rng.int(1, 4)} = `, n(rng, 'price'), ' (GTIN ', n(rng, 'gtin-13'), ')\n');
  return d.add('Ödeme: havale/EFT — ', iban13(rng, rng.pick(['TR', 'SA', 'AE']), 'print'), '\nSipariş notu: kapıcıya bırakın\n').unit();
}

export const COMMUNITY13: Record<string, (rng: Rng) => Unit> = {
  'callcentre-notes': callcentre, 'zendesk-ticket': zendesk, 'intercom-thread': intercom, 'airbnb-thread': airbnb, 'event-tickets': eventTickets,
  'conference-badges': badges, 'volunteer-roll': volunteerRoll, 'parish-register': parishRegister, 'alumni-record': alumni, 'woocommerce-mail': woocommerce,
};
