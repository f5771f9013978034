// Words that name a reference number kept by an organisation (a case, a ticket, a claim, a booking, a
// policy, a customer's or member's account …), as data dictionaries and forms name them, with their
// usual abbreviations, in English, German, French, Spanish, Italian, Portuguese and Dutch. One
// vocabulary for its readers (issue 17): a column whose name holds one of these words and no phone word
// holds identifiers (vocab.ts, shapeHint), a number right after one of them in text is that number, not
// a phone (other-label.ts, the label of another kind of number), and none of them is an SSN cue
// (us-ssn.ts, notCue: `sinistre`).

/**
 * The words, lower-cased, as they start a word of a column name or a label: a word of five letters or
 * more also starts compounds (`kunden` in `Kundennummer`, `dossier` in `dossiernummer`); a shorter one
 * counts alone or before a digit (`az`, `ref`, `case`), as notContext reads its words.
 */
export const REFERENCE_WORDS: readonly string[] = [
  // English
  'case', 'ref', 'reference', 'ticket', 'tkt', 'claim', 'incident', 'docket', 'booking', 'reservation', 'confirmation', 'conf', 'policy', 'contract',
  'member', 'customer', 'cust', 'client', 'account', 'acct', 'matter', 'file', 'request', 'req', 'application', 'loan', 'voucher', 'pnr', 'rma', 'crn', 'urn', 'dossier', 'folio',
  // Service desks, logistics and payments (ITIL service requests and work orders, issue trackers, air waybills, SEPA mandates)
  'sr', 'wo', 'issue', 'complaint', 'quote', 'quotation', 'consignment', 'awb', 'lading', 'transaction', 'txn', 'trx', 'payment', 'mandate', 'remittance',
  // Airlines' baggage tags (a ten-digit licence plate: `BAGTAG 0080 123456`) in a column's name (`baggage_tag`, `bagtag`)
  'bagtag', 'baggage', 'luggage',
  // Point-of-sale receipts (English, German `Kassenbon`/`Bon-Nr.`/`Quittung`, French `bon`)
  'receipt', 'kassenbon', 'bon', 'quittung',
  // German (compounds: Aktenzeichen, Vorgangsnummer, Kundennummer, Vertragsnummer …)
  'aktenzeichen', 'az', 'zeichen', 'geschäftszeichen', 'vorgang', 'kunde', 'kunden', 'vertrag', 'rechnung', 'auftrag', 'buchung', 'schaden', 'mitglied', 'antrag', 'beleg', 'referenz', 'fallnummer', 'bestellung', 'reservierung', 'bestätigung',
  'meldung', 'störung', 'störungsmeldung', 'ticketnummer', 'bestell', 'sendung', 'paket', 'reklamation',
  // French
  'référence', 'contrat', 'sinistre', 'réservation', 'commande', 'facture', 'adhérent', 'compte', 'affaire', 'demande', 'suivi',
  // Spanish
  'expediente', 'referencia', 'caso', 'reclamación', 'reclamacion', 'reclamo', 'siniestro', 'reserva', 'pedido', 'factura', 'póliza', 'poliza', 'contrato', 'socio', 'cliente', 'cuenta', 'localizador', 'incidencia', 'solicitud', 'trámite', 'tramite', 'radicado',
  // Italian
  'pratica', 'protocollo', 'riferimento', 'rif', 'sinistro', 'prenotazione', 'ordine', 'fattura', 'polizza', 'contratto', 'conto', 'tessera', 'segnalazione', 'richiesta',
  // Portuguese
  'protocolo', 'processo', 'referência', 'apólice', 'apolice', 'chamado', 'ocorrência', 'ocorrencia', 'fatura',
  // Dutch
  'zaak', 'zaaknummer', 'klant', 'kenmerk', 'polis', 'boeking', 'reservering', 'factuur', 'bestelling', 'lidnummer', 'melding',
];

/**
 * Words that stand before a personal value in text as often as before a reference number: `client`
 * labels a client's address (`client: 203.0.113.9` in an nginx error log), `file` ends "the number on
 * file is …", `wo` is German "where", `issue` and `payment` are verbs and nouns of prose. Labels of
 * reference numbers in column names only.
 */
const NOT_TEXT_LABELS: ReadonlySet<string> = new Set(['client', 'file', 'wo', 'issue', 'payment']);

/** The words that label a number in text (other-label.ts: a number right after one is that number). */
export function referenceTextWords(): string[] {
  return REFERENCE_WORDS.filter((w) => !NOT_TEXT_LABELS.has(w));
}

/**
 * Labels of a baggage tag in text: `BAGTAG`, `bag tag`, `baggage tag`, German `Gepäckschein`, French
 * `étiquette bagage`, Spanish `etiqueta de equipaje`, Italian `etichetta bagaglio`, Dutch, Swedish,
 * Norwegian and Danish `bagagelabel`, `bagagebricka`, `bagasjelapp`, `bagagemærke`. Those of one word
 * (lower-cased) …
 */
export const BAG_TAG_WORDS: readonly string[] = [
  'gepäckschein', 'gepäckanhänger', 'gepäckmarke', 'gepäcketikett', 'bagagelabel', 'bagagebricka', 'bagagelapp', 'bagagemærke', 'bagagemerke', 'bagasjelapp',
];

/** … and those of two words, as regular-expression alternatives (a blank, `_` or `-` between, or none). */
export const BAG_TAG_PHRASES =
  'bag[\\s_-]?tags?|(?:baggage|luggage)[\\s_-]?(?:tags?|labels?)|étiquettes?[\\s_-](?:de[\\s_-])?bagages?|etiquetas?[\\s_-](?:de[\\s_-])?equipaje|etichett[ae][\\s_-](?:del[\\s_-])?bagaglio';
