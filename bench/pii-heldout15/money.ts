// Set 15's insurance and finance families: first-notice-of-loss notes, adjuster reports, pension
// statements, mortgage servicing letters, BACS Standard 18 payment files, Australian ABA direct-entry
// files, remittance advices, invoices in eight languages, XRechnung XML, credit-bureau dispute
// letters, debt-collection notices, Chargebee/Paddle webhooks, marketplace seller payouts, custody
// statements, dangerous-goods declarations, bookshop orders and IBAN validation logs.
import { n } from './negatives.js';
import { cuedId, nid } from './nationals.js';
import { secret } from './secrets.js';
import { card, iban, ip, ssn } from './values.js';
import { day, Doc, euDay, fam, ph, ts, who, type Family } from './kit.js';

export const MONEY15: Record<string, Family> = {
  'fnol-note': fam('US CA', (r) => {
    const c = who(r, 'en');
    return new Doc().add(`FNOL — claim ${r.digits(3)}-${r.digits(6)} logged ${ts(r, ' ')}\nInsured: `, c.name, '\nCallback: ', ...ph(r), ' / ', c.email, `\nLoss: rear-end collision at ${r.pick(['I-94 exit 41', 'Hwy 401 near Kipling'])}; tow ref `, n(r, 'order-id'), '\nSSN on file: ', ssn(r), '\nAdjuster note: estimate ', n(r, 'price'), ', fleet unit VIN ', n(r, 'fleet-vin'), ' (other party: rental company).\n').unit();
  }),
  'adjuster-report': fam('GB IE', (r) => {
    const c = who(r, r.pick(['en', 'pl', 'ro']));
    return new Doc().add(`LOSS ADJUSTER'S REPORT\nPolicyholder: `, c.name, ' — tel ', ...ph(r), '\n', ...cuedId(r, 'nino'), '\nDate of inspection: ', n(r, 'timestamp-locale'), '\nDamp readings ', n(r, 'percentage'), ' in the kitchen; affected area ', n(r, 'measurement'), '.\nReserve: ', n(r, 'price'), '. Settlement to ', iban(r, r.pick(['GB', 'IE'])), ' once signed.\nContact: ', c.email, '\n').unit();
  }),
  'pension-statement': fam('NL BE DE', (r) => {
    const c = who(r, r.pick(['nl', 'de', 'fr']));
    return new Doc().add(`Uniform Pensioenoverzicht 2026\nDeelnemer: `, c.name, '\n', ...cuedId(r, r.pick(['bsn', 'rrn'])), '\nOpgebouwd pensioen per jaar: ', n(r, 'price'), '\nFranchise ', n(r, 'price'), ' · deeltijdfactor ', n(r, 'percentage'), '\nUitbetaling op rekening ', iban(r, r.pick(['NL', 'BE', 'DE'])), '\nVragen? Bel ', ...ph(r), ' of mail ', c.email, '\nKenmerk ', n(r, 'invoice-number').text, '\n').unit();
  }),
  'mortgage-servicing-letter': fam('US', (r) => {
    const c = who(r, r.pick(['en', 'es', 'vi']));
    return new Doc().add(`Notice of Servicing Transfer\n${day(r)}\n\nDear `, c.name, `,\nEffective ${day(r)} the servicing of your loan moves to Harborline Servicing. Send payments via routing `, n(r, 'aba-routing'), '. Escrow analysis: ', n(r, 'price'), ' shortage; rate ', n(r, 'percentage'), '.\nBorrower SSN: ', ssn(r), '\nQuestions: ', ...ph(r, 'national'), ' · ', c.email, '\n').unit();
  }),
  'bacs-std18': fam('GB', (r) => {
    const lines: Array<string | ReturnType<typeof n>> = ['VOL1', r.digits(6), '                               ', r.digits(6), '\nHDR1A', r.digits(6), `S  1${r.digits(6)}00000100010001       ${r.digits(5)} 000000\nUHL1 ${r.digits(5)}999999    000000001 DAILY  001\n`];
    const d = new Doc().add(...lines);
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = who(r, r.pick(['en', 'pl', 'hi', 'ro']));
      d.add(`${r.digits(6)}${r.digits(8)}099${r.digits(6)}${r.digits(8)}    ${r.digits(11)}PAYROLL DEC      `, p.p.latin.join(' ').toUpperCase().slice(0, 18), '\n');
      d.add('  ; payee IBAN ', iban(r, 'GB', 'electronic'), ' ref ', n(r, 'invoice-number'), '\n');
    }
    return d.add('EOF1A', n(r, 'epoch-seconds'), '\n').unit();
  }),
  'aba-direct-entry': fam('AU NZ', (r) => {
    const d = new Doc().add(`0                 01WBC       ACME PAYROLL PTY          ${r.digits(6)}PAYROLL     ${euDay(r, '').slice(0, 6)}\n`);
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = who(r, r.pick(['en', 'zh', 'vi', 'hi']));
      d.add(`1${r.digits(3)}-${r.digits(3)} ${r.digits(9)} 53${r.digits(10)}`, p.name, ' '.repeat(4), `SAL DEC   ${r.digits(3)}-${r.digits(3)}${r.digits(9)}ACME PAYROLL    00000000\n`);
      d.add('# contact ', p.email, ' ', ...ph(r, 'international'), '\n');
    }
    return d.add(`7999-999            ${r.digits(10)}`, ' batch ', n(r, 'build-number'), '\n').unit();
  }),
  'remittance-advice': fam('DE AT CH', (r) => {
    const c = who(r, 'de');
    return new Doc().add('Zahlungsavis\nEmpfänger: ', c.name, '\nIBAN: ', iban(r, r.pick(['DE', 'AT', 'CH'])), '\nBeleg ', n(r, 'invoice-number'), ' vom ', n(r, 'timestamp-locale'), ' — Betrag ', n(r, 'price'), '\nSkonto ', n(r, 'percentage'), '\nRückfragen: ', c.email, ' · ', ...ph(r, r.pick(['slash', 'national', 'trunk-hint'])), '\n').unit();
  }),
  'invoice-multilingual': fam('ES IT PL CZ FR PT SE DE', (r) => {
    const [lang, title, to, pay] = r.pick([['es', 'FACTURA', 'Cliente', 'Transferencia a'], ['it', 'FATTURA', 'Cliente', 'Bonifico su'], ['pl', 'FAKTURA VAT', 'Nabywca', 'Przelew na'], ['cs', 'FAKTURA', 'Odběratel', 'Úhrada na'], ['fr', 'FACTURE', 'Client', 'Virement sur'], ['pt', 'FATURA', 'Cliente', 'Transferência para'], ['sv', 'FAKTURA', 'Kund', 'Betalas till'], ['de', 'RECHNUNG', 'Kunde', 'Überweisung auf']] as const);
    const c = who(r, lang);
    const country = { es: 'ES', it: 'IT', pl: 'PL', cs: 'DE', fr: 'FR', pt: 'PT', sv: 'FI', de: 'DE' }[lang];
    const idKind = ({ es: 'dni', it: 'cf', pt: 'nif', fr: 'nir' } as const)[lang as 'es'];
    return new Doc().add(`${title} `, n(r, 'invoice-number'), '\n', `${to}: `, c.name, ' <', c.email, '>\n', ...(idKind ? [...cuedId(r, idKind), '\n'] : []), 'EAN ', n(r, 'gtin-13'), ' × 3 — ', n(r, 'price'), '\n', `${pay} `, iban(r, country), '\nTel. ', ...ph(r), '\n').unit();
  }),
  'xrechnung-xml': fam('DE AT', (r) => {
    const c = who(r, 'de');
    return new Doc().add('<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n  <cbc:ID>', n(r, 'invoice-number'), '</cbc:ID>\n  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0088">', n(r, 'gln'), '</cbc:EndpointID>\n    <cac:Contact><cbc:Name>', c.name, '</cbc:Name><cbc:Telephone>', ...ph(r, 'international'), '</cbc:Telephone><cbc:ElectronicMail>', c.email, '</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>\n  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>', iban(r, 'DE', 'electronic'), '</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n  <cac:InvoiceLine><cac:Item><cac:StandardItemIdentification><cbc:ID schemeID="0160">', n(r, 'gtin-13'), '</cbc:ID></cac:StandardItemIdentification></cac:Item></cac:InvoiceLine>\n</ubl:Invoice>\n').unit();
  }),
  'credit-dispute-letter': fam('US', (r) => {
    const c = who(r, r.pick(['en', 'es']));
    return new Doc().add(`To: Consumer Dispute Department\nRe: Request to investigate inaccurate information\n\nI, `, c.name, ', SSN ', ssn(r, r.pick(['dashed', 'spaced'])), ', dispute the collection tradeline reported ', n(r, 'timestamp-locale'), '. The balance of ', n(r, 'price'), ' was paid; the card ending in my statement (full number ', card(r), ') was reported stolen.\nPlease reply to ', c.email, ' or ', ...ph(r, r.pick(['national', 'dashes'])), '.\n').unit();
  }),
  'debt-collection-notice': fam('DE PL CZ', (r) => {
    const c = who(r, r.pick(['de', 'pl', 'cs']));
    return new Doc().add('Inkasso-Mahnung — Forderungsnr. ', n(r, 'order-id').text, '\nSchuldner: ', c.name, '\nHauptforderung ', n(r, 'price'), ' zzgl. Zinsen ', n(r, 'percentage'), '\nZahlbar bis ', n(r, 'timestamp-locale'), ' auf ', iban(r, 'DE'), '\nWir erreichten Sie nicht unter ', ...ph(r), '; bitte melden Sie sich bei ', c.email, '\n').unit();
  }),
  'subscription-webhook': fam('US GB DE MX AR CL CO', (r) => {
    const c = who(r);
    return new Doc().add(`{"event_type":"${r.pick(['subscription_renewed', 'payment_failed', 'subscription.canceled'])}","occurred_at":`, n(r, 'epoch-seconds'), ',"id":"ev_', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16), '","content":{"customer":{"email":"', c.email, '","first_name":"', c.p.given, '","phone":"', ...ph(r, 'e164'), '","billing_ip":"', ip(r, 'v4-public'), '"},"invoice":{"total":', String(r.int(900, 99_900)), ',"plan":"pro-annual","trace":"', n(r, 'trace-id'), '"}}, "signing_secret":"', secret(r, r.pick(['stripe', 'shopify'])), '"}\n').unit();
  }),
  'marketplace-payout': fam('US GB FR DE IT RO HU SK CL', (r) => {
    const c = who(r);
    return new Doc().add(`Seller payout summary (${r.pick(['Etsy', 'eBay'])})\nShop owner: `, c.name, ' · ', c.email, '\nPeriod ', n(r, 'timestamp-iso'), ' – ', n(r, 'timestamp-iso'), '\nGross ', n(r, 'price'), ', fees ', n(r, 'percentage'), '\nDeposit to ', iban(r, r.pick(['GB', 'FR', 'DE', 'IT'])), '\nListings: GTIN ', n(r, 'gtin-13'), ', ', n(r, 'upc-a'), '\nTax id on file: ', nid(r, r.pick(['cf', 'nir', 'nino', 'rut', 'nie'])), '\n').unit();
  }),
  'custody-statement': fam('CH LU GB', (r) => {
    const c = who(r, r.pick(['de', 'fr', 'en', 'it']));
    const d = new Doc().add('Depotauszug per ', n(r, 'timestamp-locale'), '\nDepotinhaber: ', c.name, '\nVerrechnungskonto ', iban(r, r.pick(['CH', 'LU', 'GB'])), ' · BIC ', n(r, 'bic'), '\n');
    for (let i = 0; i < r.int(2, 4); i++) d.add(`  ${r.int(10, 900)} Stk  ISIN `, n(r, 'isin'), ...(r.chance(0.5) ? [' CUSIP ', n(r, 'cusip')] : [' SEDOL ', n(r, 'sedol')]), '  Kurs ', n(r, 'price'), '\n');
    return d.add('Emittent LEI ', n(r, 'lei'), '\nKundenberater: ', ...ph(r), '\n').unit();
  }),
  'dangerous-goods-declaration': fam('NL BE DE', (r) => {
    const s = who(r, r.pick(['nl', 'de', 'fr']));
    return new Doc().add('MULTIMODAL DANGEROUS GOODS FORM\nShipper contact: ', s.name, ', 24h emergency ', ...ph(r, 'international'), '\nUN1993 Flammable liquid, n.o.s., CAS ', n(r, 'cas-number'), ', HS ', n(r, 'hs-code'), '\nSSCC ', n(r, 'sscc'), ' · waybill ', n(r, 'tracking-ups'), '\nNet quantity ', n(r, 'measurement'), ' · container ', n(r, 'iso6346-container'), '\nSigned ', s.email, '\n').unit();
  }),
  'bookshop-order': fam('GB IE AU', (r) => {
    const c = who(r);
    return new Doc().add('Order confirmation ', n(r, 'order-id'), '\nFor: ', c.name, ' (', c.email, ')\n1 × ISBN ', n(r, 'isbn-13'), '\n1 × gift card EAN ', n(r, 'ean-8'), '\nSubtotal check: ', n(r, 'arithmetic'), ' pence\nCard used: ', card(r), '\nDelivery SMS to ', ...ph(r), '\n').unit();
  }),
  'iban-validation-log': fam('DE FR IT ES NL', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(3, 5); i++) d.add(n(r, 'timestamp-iso'), ' ', ...(r.chance(0.5) ? ['WARN mandate rejected: IBAN check digits invalid: ', n(r, 'bad-iban')] : ['INFO mandate accepted for ', iban(r)]), '\n');
    return d.add(n(r, 'timestamp-iso'), ' WARN card rejected (Luhn): ', n(r, 'bad-card'), '\n').unit();
  }),
};
