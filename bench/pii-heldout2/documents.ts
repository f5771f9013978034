// Documents of the second held-out set: whole e-mail threads, tickets, invoices, shipping notices, HR
// records and log excerpts in eight languages (free text, JSON Lines), and CSV exports of CRM, ERP,
// logistics, IoT, HR and payment systems. Every personal value and every hard negative is recorded as a
// labelled span while the text is written, so the scorer never re-detects anything.
import * as V from './values.js';
import { NEGATIVES, type NegativeKind, type Rng } from './values.js';

/** Scored types (the goals of issue 17), then personal types that are labelled so that masking them is no false positive. */
export const TYPES = ['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address', 'mac-address', 'national-id', 'secret', 'person', 'street-address', 'date-of-birth'] as const;
export type PiiType = (typeof TYPES)[number];
export interface Span { start: number; end: number; label: string; negative: boolean }
export interface TextDoc { id: number; kind: string; lang: string; text: string; spans: Span[] }

/** Appends text and records where each labelled value lands. */
export class Writer {
  text = '';
  spans: Span[] = [];
  constructor(readonly r: Rng) {}
  t(s: string): this { this.text += s; return this; }
  p(type: PiiType, value: string): this { this.spans.push({ start: this.text.length, end: this.text.length + value.length, label: type, negative: false }); this.text += value; return this; }
  n(kind: NegativeKind, value = NEGATIVES[kind]?.(this.r) ?? ''): this { this.spans.push({ start: this.text.length, end: this.text.length + value.length, label: kind, negative: true }); this.text += value; return this; }
}

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'] as const;
type Lang = (typeof LANGS)[number];
type Phrases = Record<'hello' | 'thanks' | 'regards' | 'tel' | 'mobile' | 'order' | 'invoice' | 'total' | 'shipment' | 'tracking' | 'pay' | 'issue' | 'firmware' | 'employee' | 'born' | 'address' | 'item', string>;
const P: Record<Lang, Phrases> = {
  en: { hello: 'Hi', thanks: 'Thanks for the quick reply.', regards: 'Best regards', tel: 'Tel.', mobile: 'Mobile', order: 'order', invoice: 'Invoice', total: 'Total due', shipment: 'Your shipment is on its way', tracking: 'Tracking number', pay: 'Please transfer the amount to', issue: 'The device keeps dropping the connection since the update.', firmware: 'firmware', employee: 'Employee record', born: 'Date of birth', address: 'Address', item: 'Item' },
  de: { hello: 'Hallo', thanks: 'Danke für die schnelle Antwort.', regards: 'Mit freundlichen Grüßen', tel: 'Tel.', mobile: 'Mobil', order: 'Bestellung', invoice: 'Rechnung', total: 'Gesamtbetrag', shipment: 'Ihre Sendung ist unterwegs', tracking: 'Sendungsnummer', pay: 'Bitte überweisen Sie den Betrag auf', issue: 'Das Gerät verliert seit dem Update ständig die Verbindung.', firmware: 'Firmware', employee: 'Personalakte', born: 'Geburtsdatum', address: 'Anschrift', item: 'Artikel' },
  fr: { hello: 'Bonjour', thanks: 'Merci pour votre réponse rapide.', regards: 'Cordialement', tel: 'Tél.', mobile: 'Portable', order: 'commande', invoice: 'Facture', total: 'Total à payer', shipment: 'Votre colis est en route', tracking: 'Numéro de suivi', pay: 'Merci de virer le montant sur', issue: "L'appareil perd la connexion depuis la mise à jour.", firmware: 'micrologiciel', employee: 'Dossier salarié', born: 'Date de naissance', address: 'Adresse', item: 'Article' },
  es: { hello: 'Hola', thanks: 'Gracias por la rápida respuesta.', regards: 'Un saludo', tel: 'Tel.', mobile: 'Móvil', order: 'pedido', invoice: 'Factura', total: 'Total a pagar', shipment: 'Su envío está en camino', tracking: 'Número de seguimiento', pay: 'Por favor transfiera el importe a', issue: 'El equipo pierde la conexión desde la actualización.', firmware: 'firmware', employee: 'Ficha de empleado', born: 'Fecha de nacimiento', address: 'Dirección', item: 'Artículo' },
  it: { hello: 'Buongiorno', thanks: 'Grazie per la risposta rapida.', regards: 'Cordiali saluti', tel: 'Tel.', mobile: 'Cell.', order: 'ordine', invoice: 'Fattura', total: 'Totale da pagare', shipment: 'La spedizione è in viaggio', tracking: 'Numero di tracciamento', pay: "Si prega di bonificare l'importo su", issue: "Il dispositivo perde la connessione dopo l'aggiornamento.", firmware: 'firmware', employee: 'Scheda dipendente', born: 'Data di nascita', address: 'Indirizzo', item: 'Articolo' },
  pt: { hello: 'Olá', thanks: 'Obrigado pela resposta rápida.', regards: 'Atenciosamente', tel: 'Tel.', mobile: 'Celular', order: 'pedido', invoice: 'Fatura', total: 'Total a pagar', shipment: 'A sua encomenda está a caminho', tracking: 'Código de rastreio', pay: 'Por favor transfira o valor para', issue: 'O aparelho perde a ligação desde a atualização.', firmware: 'firmware', employee: 'Ficha do colaborador', born: 'Data de nascimento', address: 'Endereço', item: 'Artigo' },
  nl: { hello: 'Hoi', thanks: 'Bedankt voor het snelle antwoord.', regards: 'Met vriendelijke groet', tel: 'Tel.', mobile: 'Mobiel', order: 'bestelling', invoice: 'Factuur', total: 'Totaal te betalen', shipment: 'Uw zending is onderweg', tracking: 'Trackingnummer', pay: 'Gelieve het bedrag over te maken naar', issue: 'Het apparaat verliest sinds de update steeds de verbinding.', firmware: 'firmware', employee: 'Personeelsdossier', born: 'Geboortedatum', address: 'Adres', item: 'Artikel' },
  pl: { hello: 'Dzień dobry', thanks: 'Dziękuję za szybką odpowiedź.', regards: 'Pozdrawiam', tel: 'Tel.', mobile: 'Kom.', order: 'zamówienie', invoice: 'Faktura', total: 'Do zapłaty', shipment: 'Twoja przesyłka jest w drodze', tracking: 'Numer przesyłki', pay: 'Prosimy o przelew na konto', issue: 'Urządzenie traci połączenie od czasu aktualizacji.', firmware: 'oprogramowanie', employee: 'Karta pracownika', born: 'Data urodzenia', address: 'Adres', item: 'Pozycja' },
};
const NAMES: Record<Lang, [string[], string[]]> = {
  en: [['Emily', 'James', 'Olivia', 'Thomas'], ['Walker', 'Harrison', 'Bennett', 'Clarke']], de: [['Jürgen', 'Katrin', 'Lukas', 'Sabine'], ['Müller', 'Schneider', 'Hoffmann', 'Becker']],
  fr: [['Camille', 'Julien', 'Élodie', 'Mathieu'], ['Lefèvre', 'Moreau', 'Girard', 'Fournier']], es: [['Lucía', 'Javier', 'Carmen', 'Alejandro'], ['García', 'Fernández', 'López', 'Martínez']],
  it: [['Giulia', 'Matteo', 'Chiara', 'Alessandro'], ['Rossi', 'Bianchi', 'Esposito', 'Romano']], pt: [['Beatriz', 'João', 'Mariana', 'Tiago'], ['Silva', 'Santos', 'Ferreira', 'Oliveira']],
  nl: [['Sanne', 'Daan', 'Femke', 'Jeroen'], ['de Vries', 'Jansen', 'Bakker', 'Visser']], pl: [['Agnieszka', 'Piotr', 'Katarzyna', 'Tomasz'], ['Nowak', 'Kowalski', 'Wiśniewska', 'Zieliński']],
};
const STREETS: Record<Lang, string[]> = {
  en: ['14 Baker Street, London NW1 6XE'], de: ['Hauptstraße 12, 10115 Berlin'], fr: ['8 rue des Lilas, 69003 Lyon'], es: ['Calle Mayor 21, 28013 Madrid'],
  it: ['Via Garibaldi 5, 20121 Milano'], pt: ['Rua Augusta 110, 1100-053 Lisboa'], nl: ['Keizersgracht 221, 1016 DV Amsterdam'], pl: ['ul. Długa 7, 00-238 Warszawa'],
};
const ID_CUE: Array<[string, (r: Rng) => string]> = [['National Insurance number', V.nino], ['NIF', V.dni], ['DNI', V.dni], ['Codice fiscale', V.codiceFiscale], ['Aadhaar', V.aadhaar], ['CPF', V.cpf]];

function name(w: Writer, lang: Lang): string { const [f, l] = NAMES[lang]; const s = `${w.r.pick(f)} ${w.r.pick(l)}`; w.p('person', s); return s; }
function pn(w: Writer, lang: Lang): Writer { return w.p('phone', V.phone(w.r, w.r.chance(0.6) ? localRegion(lang) : undefined).text); }
function localRegion(lang: Lang): string { return ({ en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', pl: 'PL' } as const)[lang]; }

function signature(w: Writer, lang: Lang): void {
  const p = P[lang];
  w.t(`\n-- \n`); name(w, lang); w.t(`\n${w.r.pick(['Key Account Manager', 'Customer Success', 'Einkauf', 'Logistique', 'Soporte técnico'])}\n${p.tel} `); pn(w, lang);
  if (w.r.chance(0.6)) { w.t(` | ${p.mobile} `); pn(w, lang); }
  w.t('\n'); w.p('email', V.email(w.r)); w.t('\n');
}

function emailThread(w: Writer, lang: Lang): void {
  const p = P[lang];
  w.t('From: '); name(w, lang); w.t(' <'); w.p('email', V.email(w.r)); w.t('>\nTo: '); w.p('email', V.email(w.r));
  w.t('\nDate: ').n('timestamp').t(`\nSubject: Re: ${p.order} `).n('order-number').t(`\n\n${p.hello},\n\n${p.thanks} `);
  w.t(`${p.invoice} `).n('invoice-number').t(`, ${p.total}: EUR `).n('price').t('. ');
  if (w.r.chance(0.5)) { w.t(`${p.pay} `).p('iban', V.iban(w.r)).t('. '); }
  if (w.r.chance(0.3)) { w.t('(IBAN ').n('bad-iban').t(' ?) '); }
  w.t(`${p.tracking}: `).n('tracking').t('.\n');
  signature(w, lang);
  w.t(`\n> ${p.hello},\n> ${p.item} `).n('sku').t(' x ').t(String(w.r.int(1, 40))).t(`, EAN `).n('barcode').t('\n> ').t(`${p.tel} `);
  pn(w, lang); w.t('\n');
}

function supportTicket(w: Writer, lang: Lang): void {
  const p = P[lang];
  w.t(`Ticket #${w.r.int(10000, 99999)} · `).n('timestamp').t('\nRequester: '); name(w, lang); w.t(', '); w.p('email', V.email(w.r));
  w.t(`\n\n${p.issue} ${p.firmware} `).n('version').t(', build ').n('ip-like-version').t(', MAC ').p('mac-address', V.mac(w.r)).t(', IP ');
  w.p('ip-address', w.r.chance(0.7) ? V.ipv4(w.r) : V.ipv6(w.r)).t('.\n');
  w.t('request_id=').n('request-id').t(' commit ').n('git-hash').t(' latency ').n('duration').t('\n');
  if (w.r.chance(0.4)) { w.t(`${p.tel} `); pn(w, lang); w.t('\n'); }
  if (w.r.chance(0.3)) { w.t('Card on file: ').p('credit-card', V.card(w.r)).t(' (old one ').n('bad-card').t(' was declined)\n'); }
}

function invoice(w: Writer, lang: Lang): void {
  const p = P[lang];
  w.t(`${p.invoice.toUpperCase()} `).n('invoice-number').t('\n').n('timestamp').t(`\n\n${p.address}:\n`); name(w, lang); w.t('\n').p('street-address', w.r.pick(STREETS[lang])).t('\n\n');
  for (let i = w.r.int(1, 4); i > 0; i--) w.t(`${p.item} `).n('sku').t(`  ${w.r.int(1, 50)} x `).n('price').t('\n');
  w.t(`${p.total}: `).n('price').t(' EUR\nISBN ').n('isbn').t('\n');
  w.t(`${p.pay}\nIBAN: `).p('iban', V.iban(w.r)).t('\n');
  if (w.r.chance(0.3)) { w.t(`Card: `).p('credit-card', V.card(w.r)).t('\n'); }
}

function shippingNotice(w: Writer, lang: Lang): void {
  const p = P[lang];
  w.t(`${p.shipment}.\n${p.tracking}: `).n('tracking').t(`\n${p.order}: `).n('order-number').t('\nEAN: ').n('barcode').t('\nGPS: ').n('coordinates').t('\n');
  w.t('Recipient: '); name(w, lang); w.t(', '); w.p('street-address', w.r.pick(STREETS[lang])).t(`\n${p.tel} `); pn(w, lang);
  w.t('\nPackage weight ').n('sensor-reading').t(' kg, transit time ').n('duration').t('\n');
}

function hrRecord(w: Writer, lang: Lang): void {
  const p = P[lang];
  w.t(`${p.employee} ${w.r.int(1000, 9999)}\n`); name(w, lang); w.t(`\n${p.born}: `).p('date-of-birth', `${w.r.int(1, 28)}.${w.r.int(1, 12)}.${w.r.int(1960, 2000)}`);
  const [cue, make] = w.r.pick(ID_CUE);
  w.t(`\n${cue}: `).p('national-id', make(w.r));
  if (w.r.chance(0.3)) w.t('\nSSN: ').p('us-ssn', V.ssn(w.r));
  w.t('\nIBAN ').p('iban', V.iban(w.r)).t(`\n${p.mobile}: `); pn(w, lang); w.t('\nE-mail: ').p('email', V.email(w.r)).t('\nbadge ').n('request-id').t('\n');
}

function syslog(w: Writer): void {
  for (let i = w.r.int(3, 7); i > 0; i--) {
    w.t(`${['Nov', 'Dec'][w.r.int(0, 1)]} ${w.r.int(1, 28)} ${String(w.r.int(10, 23))}:${String(w.r.int(10, 59))}:${String(w.r.int(10, 59))} gw01 `);
    const k = w.r.int(0, 3);
    if (k === 0) w.t(`sshd[${w.r.int(100, 65000)}]: Accepted publickey for deploy from `).p('ip-address', V.ipv4(w.r)).t(` port ${w.r.int(1024, 65535)} ssh2\n`);
    else if (k === 1) w.t('dhcpd: DHCPACK on ').p('ip-address', V.ipv4(w.r)).t(' to ').p('mac-address', V.mac(w.r)).t(' via eth0\n');
    else if (k === 2) w.t('kernel: nvme0: firmware version ').n('version').t(', temp ').n('sensor-reading').t(' C\n');
    else w.t(`cron[${w.r.int(100, 65000)}]: job finished in `).n('duration').t(' id ').n('request-id').t('\n');
  }
}

function nginx(w: Writer): void {
  for (let i = w.r.int(3, 7); i > 0; i--) {
    w.p('ip-address', w.r.chance(0.8) ? V.ipv4(w.r) : V.ipv6(w.r)).t(' - - [').n('timestamp').t(`] "GET /api/v2/orders/`).n('order-number').t(' HTTP/1.1" ').n('http-status-bytes');
    w.t(' "-" "Mozilla/5.0 (X11; Linux x86_64) Chrome/').n('ip-like-version').t(' Safari/537.36" rt=').n('duration').t('\n');
  }
}

function appLog(w: Writer): void {
  w.t('level=info ts=').n('timestamp').t(' msg="payment captured" order=').n('order-number').t(' amount=').n('price').t(' user=').p('email', V.email(w.r)).t(' trace=').n('request-id').t('\n');
  const k = w.r.int(0, 2);
  if (k === 0) { const [id, sec] = V.awsPair(w.r); w.t('level=warn msg="config dump" AWS_ACCESS_KEY_ID=').p('secret', id).t(' AWS_SECRET_ACCESS_KEY=').p('secret', sec).t('\n'); }
  else if (k === 1) w.t('level=debug msg="outgoing call" Authorization: Bearer ').p('secret', V.secret(w.r).text).t('\n');
  else w.t('level=error msg="token rejected" token=').p('secret', V.secret(w.r).text).t(' app_version=').n('version').t('\n');
  w.t('level=info msg="device seen" mac=').p('mac-address', V.mac(w.r)).t(' fw=').n('version').t(' rssi=').n('sensor-reading').t(' build=').n('git-hash').t('\n');
}

const KINDS: Record<string, (w: Writer, lang: Lang) => void> = { 'email-thread': emailThread, 'support-ticket': supportTicket, invoice, 'shipping-notice': shippingNotice, 'hr-record': hrRecord, syslog, 'nginx-access': nginx, 'app-log': appLog };

export function textDocuments(seed: number, count: number): TextDoc[] {
  const r = new V.Rng(seed);
  const kinds = Object.keys(KINDS);
  const docs: TextDoc[] = [];
  for (let id = 0; id < count; id++) {
    const kind = kinds[id % kinds.length] as string;
    const lang = LANGS[Math.floor(id / kinds.length) % LANGS.length] as Lang;
    const w = new Writer(r);
    (KINDS[kind] as (w: Writer, lang: Lang) => void)(w, lang);
    docs.push({ id, kind, lang, text: w.text, spans: w.spans });
  }
  return docs;
}
