// Sentences people write around each kind of value, in the languages of the held-out set. `{v}` is
// the value, `{n}` a person's name; a language without its own sentences for a type uses English.
// Cues are in the language of the sentence (DNI/NIF in Spanish, codice fiscale in Italian, आधार in
// Hindi); some sentences have no cue at all, as in real notes and logs.
import type { Lang } from './people.js';

export type Templates = Partial<Record<Lang, readonly string[]>> & { en: readonly string[] };

export const PII_TEMPLATES: Record<string, Templates> = {
  phone: {
    en: ['Call me on {v} after 6pm.', 'You can reach {n} at {v}.', 'Phone: {v}', 'My mobile is {v}, texts are fine.', '{n} rang from {v} twice.', 'Left a voicemail for {v} yesterday.', 'Fax {v} for the signed form.', 'Contact number {v} (weekdays only).', '{v} twice, no answer.', 'The customer gave {v} as a callback number.', 'WhatsApp: {v}', 'tel {v} ext. 204'],
    de: ['Rufen Sie mich unter {v} an.', 'Tel.: {v}', 'Erreichbar unter {v} (Mo–Fr 9–17 Uhr).', '{n} hat von {v} aus angerufen.', 'Handy: {v}', 'Bitte Rückruf an {v}.', 'Telefonnummer {v}, Durchwahl 12.'],
    fr: ['Appelez-moi au {v}.', 'Tél. : {v}', 'Mon portable : {v}', '{n} a appelé depuis le {v}.', 'Vous pouvez joindre le service au {v} du lundi au vendredi.'],
    es: ['Llámame al {v}.', 'Teléfono: {v}', 'Mi móvil es el {v}.', '{n} llamó desde el {v} ayer.'],
    it: ['Chiamami al {v}.', 'Tel. {v}', 'Il mio cellulare è {v}.', '{n} ha chiamato dal {v}.'],
    pt: ['Ligue para {v}.', 'Telefone: {v}', 'Meu celular é {v}.', '{n} ligou do número {v}.'],
    nl: ['Bel me op {v}.', 'Telefoon: {v}', 'Mijn mobiele nummer is {v}.', '{n} belde vanaf {v}.'],
    hi: ['Mera mobile number {v} hai.', 'Call karein: {v}', 'फ़ोन: {v}', '{n} ka number {v} hai.'],
    ja: ['電話番号は{v}です。', '連絡先: {v}', '{n}さんの携帯は{v}です。'],
    sv: ['Ring mig på {v}.', 'Tel: {v}', 'Mitt mobilnummer är {v}.'],
    pl: ['Zadzwoń pod numer {v}.', 'Tel.: {v}', 'Mój numer komórki to {v}.'],
  },
  email: {
    en: ['Email me at {v}.', 'Send the invoice to {v} please.', 'Contact: {v}', '{n} <{v}> wrote:', 'Reply-To: {v}', 'mailto:{v}', 'CC {v} on the thread.', 'Her address is {v}; she checks it daily.'],
    de: ['Schreiben Sie an {v}.', 'E-Mail: {v}', 'Bitte an {v} weiterleiten.'],
    fr: ['Écrivez-moi à {v}.', 'Courriel : {v}', 'Adresse e-mail : {v}'],
    es: ['Escríbeme a {v}.', 'Correo: {v}'],
    it: ['Scrivimi a {v}.', 'E-mail: {v}'],
    pt: ['Mande um e-mail para {v}.', 'E-mail: {v}'],
    nl: ['Mail naar {v}.', 'E-mail: {v}'],
    hi: ['ईमेल: {v}', 'Mujhe {v} par mail karein.'],
    ja: ['メール: {v}', 'ご連絡は{v}までお願いします。'],
    sv: ['Mejla {v}.', 'E-post: {v}'],
    pl: ['Napisz na {v}.', 'E-mail: {v}'],
  },
  card: {
    en: ['Card number {v}, expiry 09/27.', 'Charged to card {v}.', 'Please refund {v}.', 'The full number {v} was pasted in the chat.', 'cc: {v}', 'Payment with {v} declined.'],
    de: ['Kreditkarte: {v}', 'Bitte die Karte {v} belasten.', 'Kartennummer {v}, gültig bis 09/27.'],
    fr: ['Carte bancaire : {v}', 'Numéro de carte {v}.'],
    es: ['Tarjeta: {v}', 'Número de tarjeta {v}.'],
    it: ['Carta di credito {v}.', 'Numero carta: {v}'],
    pt: ['Cartão de crédito {v}.', 'Número do cartão: {v}'],
    nl: ['Creditcard {v}.', 'Kaartnummer: {v}'],
  },
  iban: {
    en: ['IBAN: {v}', 'Please transfer to {v}.', 'Account {v} (BIC on file).', 'Refund to IBAN {v}.'],
    de: ['Bankverbindung: {v}', 'IBAN {v}, BIC folgt.', 'Bitte überweisen Sie auf {v}.'],
    fr: ['RIB : {v}', 'Virement sur le compte {v}.', 'IBAN : {v}'],
    es: ['Cuenta: {v}', 'Transferencia a {v}.', 'IBAN {v}'],
    it: ['Bonifico su {v}.', 'IBAN: {v}', 'Conto corrente {v}.'],
    pt: ['IBAN: {v}', 'Transferência para {v}.'],
    nl: ['Rekeningnummer {v}.', 'IBAN: {v}', 'Overmaken naar {v}.'],
    pl: ['Numer konta: {v}', 'Przelew na {v}.'],
    sv: ['Kontonummer: {v}', 'IBAN {v}'],
  },
  ssn: {
    en: ['SSN: {v}', 'Social Security number {v}.', 'Soc Sec Number: {v}', 'SSN {v} on file for {n}.', 'her social is {v}', 'Tax ID (SSN) {v}.'],
    es: ['Número de Seguro Social: {v}', 'SSN {v}'],
  },
  ip: {
    en: ['Login from {v} at 02:14.', 'Blocked IP {v}.', 'client={v} status=403', 'The request came from {v}.', 'Connected to {v} over SSH.', 'Her home IP was {v}.'],
    de: ['Zugriff von {v}.', 'IP-Adresse: {v}'],
    fr: ['Connexion depuis {v}.', 'Adresse IP : {v}'],
    es: ['Acceso desde {v}.', 'Dirección IP: {v}'],
  },
  mac: {
    en: ['MAC address {v}.', 'Device MAC: {v}', 'Wi-Fi adapter {v} joined the network.', 'hwaddr {v}', 'The router logged {v} overnight.'],
    de: ['MAC-Adresse: {v}', 'Gerät {v} hat sich verbunden.'],
    fr: ['Adresse MAC : {v}'],
    es: ['Dirección MAC: {v}'],
  },
  'uk-nino': { en: ['National Insurance number: {v}', 'NI number {v}.', 'NINO {v}', '{n}, NI No. {v}, started on Monday.'] },
  'es-dni': { en: ['ID {v} checked at the desk.'], es: ['DNI: {v}', 'NIF: {v}', 'NIE {v}', 'con documento nacional de identidad {v}', 'D./Dña. {n}, con DNI {v}, mayor de edad.'] },
  'it-fiscal-code': { en: ['Tax code {v}.'], it: ['Codice fiscale: {v}', 'C.F. {v}', 'cod. fisc. {v}', 'Il sig. {n}, codice fiscale {v}, residente a Roma.'] },
  'in-aadhaar': { en: ['Aadhaar: {v}', 'Aadhaar no. {v} linked to PAN.', 'UID {v}'], hi: ['आधार संख्या: {v}', 'मेरा आधार नंबर {v} है।', 'Aadhaar card {v}'] },
  'br-cpf': { en: ['CPF {v}'], pt: ['CPF: {v}', 'inscrito no CPF sob o nº {v}', 'CPF {v}, RG em anexo.', '{n}, portador do CPF {v}.'] },
  token: {
    en: ['GITHUB_TOKEN={v}', 'token: {v}', 'Authorization: Bearer {v}', 'The bot token {v} leaked in the log.', 'export STRIPE_KEY={v}', 'I pasted {v} by mistake, please revoke it.'],
    de: ['Das Token {v} wurde versehentlich geteilt.'],
  },
};

/** AWS key pairs: `{a}` the access key id, `{s}` the secret access key. */
export const AWS_TEMPLATES: readonly string[] = [
  'AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={s}',
  'aws_access_key_id = {a}\naws_secret_access_key = {s}',
  'Use key {a} with secret {s} for the staging bucket.',
  'creds: {a} / {s}',
  '{"AccessKeyId": "{a}", "SecretAccessKey": "{s}"}',
  'Access key {a}, secret {s} — rotate after the demo.',
  'Zugangsschlüssel {a} und geheimer Schlüssel {s} bitte nicht teilen.',
  '{a}:{s}',
];

/** A national id's cue-less sentence (a name and the number in brackets), used now and then. */
export const ID_WITHOUT_CUE = '{n} ({v})';

export const NEGATIVE_TEMPLATES: Record<string, Templates> = {
  version: {
    en: ['Upgraded to {v} last night.', 'firmware {v}', 'Running version {v} on all nodes.', 'Build {v} fixes the crash.', 'Requires node >= {v}.', 'release {v} is out', '{v} broke the login page.', 'pinned at {v}'],
    de: ['Firmware-Version {v} installiert.', 'Update auf {v} verfügbar.'],
    fr: ['Version {v} déployée.'],
    es: ['Versión {v} publicada.'],
  },
  sku: { en: ['SKU {v} is out of stock.', 'item {v} x2', 'restocked {v} today'], de: ['Artikelnummer {v}'], fr: ['Réf. {v}'] },
  barcode: { en: ['EAN {v}', 'Barcode: {v}', 'scanned {v} at till 3', 'GTIN {v}', '{v} (UPC)', 'scanned {v}'], de: ['Strichcode {v}'] },
  'order-number': { en: ['Order #{v} has shipped.', 'Invoice {v} is overdue.', 'ref {v}', 'Your order {v} is confirmed.'], de: ['Bestellnummer: {v}'], fr: ['Commande n° {v} expédiée.'], es: ['Pedido {v} confirmado.'], it: ['Ordine {v} ricevuto.'] },
  'sap-number': { en: ['SAP document {v} posted.', 'PO {v} released.', 'Delivery {v} created in SAP.', 'see {v}'], de: ['Belegnummer {v} gebucht.'] },
  timestamp: { en: ['logged at {v}', 'Last seen {v}.', '[{v}] INFO worker started', 'created_at={v}'], de: ['Zuletzt gesehen {v}.'], fr: ['Dernière connexion : {v}'] },
  date: { en: ['Shipped on {v}.', 'due {v}', 'Meeting moved to {v}.'], de: ['Lieferung am {v}.'], fr: ['Livré le {v}.'], es: ['Entregado el {v}.'], ja: ['納品日: {v}'] },
  time: { en: ['The train leaves at {v}.', 'Uptime check at {v} passed.'], de: ['Treffen um {v}.'], fr: ['Rendez-vous à {v}.'] },
  epoch: { en: ['logged {v}', 'ts={v}', 'epoch {v}', '"timestamp": {v}', 'expires {v}'] },
  'tracking-number': { en: ['Tracking number {v}.', 'parcel {v}', 'UPS {v} out for delivery.', 'Your package {v} is on its way.'], de: ['Sendungsnummer {v}'], fr: ['Numéro de suivi : {v}'] },
  isbn: { en: ['ISBN: {v}', 'ISBN {v}', 'the book ({v}) is on loan', 'ordered {v} from the library'], de: ['Buch mit ISBN {v} bestellt.'] },
  arithmetic: { en: ['{v}', 'so {v}, roughly.', 'Check: {v}.'], de: ['Rechnung: {v}'] },
  decimal: { en: ['Total {v} incl. VAT.', 'The value converged to {v}.'], de: ['Preis: {v}'], fr: ['Montant : {v}'], es: ['Precio {v}'] },
  'part-number': { en: ['Part no. {v}', 'P/N {v}', 'Replace filter {v} yearly.'], de: ['Artikel {v} (Regal)'] },
  'bad-iban': typoTemplates('iban'),
  'bad-card': typoTemplates('card'),
  hash: { en: ['commit {v}', 'sha256: {v}', 'md5 {v}', 'fixed in {v}', 'checksum {v} OK'] },
  uuid: { en: ['request_id={v}', 'Session {v} expired.', 'trace {v}'] },
  coordinates: { en: ['Location: {v}', 'GPS {v}', 'meet at {v}'], de: ['Koordinaten: {v}'] },
  'url-number': { en: ['See {v} for the item.', 'Link: {v}'], de: ['Bestellung: {v}'] },
};

/** A typo'd IBAN or card is written in the same sentences as a real one. */
function typoTemplates(type: 'iban' | 'card'): Templates {
  return type === 'iban'
    ? { en: ['IBAN: {v}', 'Please transfer to {v}.', 'Refund to IBAN {v}.'], de: ['Bankverbindung: {v}'], fr: ['IBAN : {v}'] }
    : { en: ['Card number {v}, expiry 09/27.', 'Charged to card {v}.'], de: ['Kreditkarte: {v}'] };
}

export const FILLERS: Templates = {
  en: ['Thanks, see you tomorrow.', 'The meeting went well.', 'Let me know if anything changes.', 'Ticket closed after the customer confirmed.', 'No further action needed.'],
  de: ['Danke und viele Grüße.', 'Der Termin passt mir gut.', 'Bitte um kurze Rückmeldung.'],
  fr: ['Merci beaucoup.', 'Bonne journée à tous.', 'Je reviens vers vous demain.'],
  es: ['Muchas gracias.', 'Quedo atento a su respuesta.'],
  it: ['Grazie mille.', 'A presto.'],
  pt: ['Obrigado pela ajuda.', 'Até amanhã.'],
  nl: ['Alvast bedankt.', 'Tot morgen.'],
  hi: ['धन्यवाद।', 'Kal milte hain.'],
  ja: ['よろしくお願いします。', 'ありがとうございました。'],
  sv: ['Tack så mycket.', 'Hörs imorgon.'],
  pl: ['Dziękuję bardzo.', 'Do jutra.'],
};
