// Team chat exports (Slack's export message objects and Teams' chatMessage shape) with free text in
// thirteen languages: colleagues paste phones, e-mails, national ids with their own language's cue,
// IBANs and order details, next to numbers that are not personal data (order ids, versions, amounts).
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone5 } from './phones.js';
import * as V from './values.js';

interface Lang {
  region: CountryCode;
  names: string;
  /** The sentence: its parts given the speaker, a phone, an e-mail and a national-id piece (or none). */
  say: (rng: Rng, who: Piece, tel: Piece, mail: Piece, id: Piece | undefined) => Array<string | Piece>;
  id?: (rng: Rng) => Piece;
}

const LANGS: Record<string, Lang> = {
  'en-us': { region: 'US', names: 'en', id: (r) => V.ssn(r), say: (r, who, tel, mail, id) => ['Hey team, ', who, ' needs the W-9 redone: SSN ', id!, ', callback ', tel, ', mail ', mail, '. Ticket ', N.orderId(r), ', app ', N.version(r), '.'] },
  'en-gb': { region: 'GB', names: 'en', id: (r) => V.nino(r), say: (r, who, tel, mail, id) => ['Payroll query from ', who, ' — NI number ', id!, ', mobile ', tel, ', email ', mail, '. Parcel ', N.tracking(r), ' arrived.'] },
  de: { region: 'DE', names: 'de', say: (r, who, tel, mail) => ['Kunde ', who, ' bittet um Rückruf unter ', tel, ' oder per Mail an ', mail, '. Bestellnummer ', N.orderId(r), ', Betrag ', N.amount(r, 'de'), ' €, Konto ', V.iban(r, 'DE', 'print'), '.'] },
  es: { region: 'ES', names: 'es', id: (r) => V.dni(r), say: (r, who, tel, mail, id) => ['Cliente ', who, ' con DNI/NIE ', id!, ' pide factura; teléfono ', tel, ', correo ', mail, '. Pedido ', N.orderId(r), ' por ', N.amount(r, 'de'), ' €.'] },
  it: { region: 'IT', names: 'it', id: (r) => V.codiceFiscale(r), say: (r, who, tel, mail, id) => ['Il cliente ', who, ' (codice fiscale ', id!, ') chiede un reso: cellulare ', tel, ', e-mail ', mail, ', codice articolo ', N.sku(r), '.'] },
  pt: { region: 'BR', names: 'pt', id: (r) => V.cpf(r), say: (r, who, tel, mail, id) => ['Oi! A cliente ', who, ' mandou o CPF ', id!, ' pra nota fiscal; celular ', tel, ', e-mail ', mail, '. Rastreio ', N.tracking(r), '.'] },
  hi: { region: 'IN', names: 'hi', id: (r) => V.aadhaar(r), say: (r, who, tel, mail, id) => ['ग्राहक ', who, ' का आधार संख्या ', id!, ' है, मोबाइल नंबर ', tel, ' और ईमेल ', mail, '। ऑर्डर ', N.orderId(r), ', राशि ₹', N.amount(r, 'in'), '।'] },
  ja: { region: 'JP', names: 'ja', say: (r, who, tel, mail) => ['お客様の', who, '様から電話がありました。電話番号：', tel, '、メール：', mail, '。注文番号 ', N.orderId(r), '、バージョン ', N.version(r), ' で再現。'] },
  ru: { region: 'RU', names: 'ru', say: (r, who, tel, mail) => ['Клиент ', who, ' просит перезвонить: тел. ', tel, ', почта ', mail, '. Заказ ', N.orderId(r), ' на сумму ', N.amount(r, 'fr'), ' ₽, IMEI ', N.imei(r), '.'] },
  ar: { region: 'SA', names: 'ar', say: (r, who, tel, mail) => ['العميل ', who, ' يطلب الاتصال على ', tel, ' أو البريد ', mail, ' بخصوص الطلب ', N.orderId(r), ' والباركود ', N.barcode(r), '.'] },
  el: { region: 'GR', names: 'el', say: (r, who, tel, mail) => ['Ο πελάτης ', who, ' ζητά επικοινωνία στο ', tel, ' ή στο ', mail, '. Παραγγελία ', N.orderId(r), ', έκδοση εφαρμογής ', N.version(r), '.'] },
  tr: { region: 'TR', names: 'tr', say: (r, who, tel, mail) => ['Müşteri ', who, ' aranmak istiyor: ', tel, ', e-posta ', mail, '. Sipariş ', N.orderId(r), ', tutar ', N.amount(r, 'de'), ' TL, IBAN ', V.iban(r, 'TR', 'print'), '.'] },
  pl: { region: 'PL', names: 'pl', say: (r, who, tel, mail) => ['Klientka ', who, ' prosi o kontakt: tel. ', tel, ', e-mail ', mail, '. Zamówienie ', N.orderId(r), ', kod kreskowy ', N.barcode(r, 'ean13'), ', kwota ', N.amount(r, 'fr'), ' zł.'] },
};

function chat(lang: string): (rng: Rng) => Unit {
  const l = LANGS[lang]!;
  return (rng) => {
    const p = V.person(rng, l.names);
    const who = gold('person', l.names === 'ja' ? 'family-given' : 'given-family', l.names === 'ja' ? `${p.family}${p.given}` : `${p.given} ${p.family}`);
    const parts = l.say(rng, who, phone5(rng, l.region), V.email(rng, p, l.names), l.id?.(rng));
    const d = new Doc();
    // Slack export (message object) or Teams chatMessage; the text field holds the free text.
    if (rng.chance(0.5)) d.add('{"type":"message","user":"U', String(rng.int(10000000, 99999999)), '","ts":"', N.epoch(rng), '.', String(rng.int(100000, 999999)), '","text":"', ...parts, '"}');
    else d.add('{"messageType":"message","createdDateTime":"', N.timestamp(rng, 'iso'), '","body":{"contentType":"text","content":"', ...parts, '"}}');
    return d.unit();
  };
}

export const CHAT_SOURCES: Record<string, (rng: Rng) => Unit> = Object.fromEntries(Object.keys(LANGS).map((k) => [`chat-${k}`, chat(k)]));
