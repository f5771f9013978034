// Money and services: ACORD-style claim XML, pharmacy dispensing labels, school enrolment forms, gym
// membership contracts, event badge scans, MLS listings, mortgage closing disclosures, parcel-locker
// notifications, ride-hailing receipts, food-delivery order JSON and UBL/Peppol invoices. Claimants,
// members and buyers are gold; claim, order and invoice numbers, NDC and GTIN codes, LEIs, ISINs and
// amounts are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, day, gold, hm, n, ph, ts, who, type Unit } from './kit.js';
import { card, codiceFiscale, cpf, dni, iban, ip, mac, nino, ssn } from './values.js';

function acordClaim(r: Rng): Unit {
  const a = who(r, 'en');
  return new Doc().add(`<ACORD><InsuranceSvcRq><ClaimsNotificationAddRq>\n  <RqUID>`, n(r, 'uuid'), `</RqUID>\n  <ClaimsOccurrence><LossDt>${day(r)}</LossDt><ClaimNumber>`, n(r, 'claim-number'), `</ClaimNumber></ClaimsOccurrence>\n  <ClaimsParty><GeneralPartyInfo><NameInfo><PersonName><GivenName>`, gold('person', 'en-given', a.p.first), `</GivenName><Surname>`, gold('person', 'en-surname', a.p.last), `</Surname></PersonName></NameInfo>\n    <Communications><PhoneInfo><PhoneNumber>`, ...ph(r), `</PhoneNumber></PhoneInfo><EmailInfo><EmailAddr>`, a.email, `</EmailAddr></EmailInfo></Communications>\n    <TaxIdentity><TaxIdTypeCd>SSN</TaxIdTypeCd><TaxId>`, ssn(r), `</TaxId></TaxIdentity></GeneralPartyInfo></ClaimsParty>\n  <InsurerId LEI="`, n(r, 'lei'), `"/>\n</ClaimsNotificationAddRq></InsuranceSvcRq></ACORD>\n`).unit();
}

function pharmacyLabel(r: Rng): Unit {
  const a = who(r, r.pick(['en', 'es', 'vi', 'tl']));
  return new Doc().add(`${r.pick(['CVS', 'Walgreens', 'Rite Aid'])} pharmacy  `, ...ph(r), `\nRx# ${r.number(7)}   Filled ${day(r)}\n`, a.name, `\nAMOXICILLIN 500MG CAP   QTY 30   NDC `, n(r, 'ndc'), `\nTake 1 capsule by mouth 3 times daily\nDr. `, who(r, 'en').name, `   Refills: 0   Lot `, n(r, 'lot-number'), `   Exp `, n(r, 'date-locale'), `\n`).unit();
}

function enrolment(r: Rng): Unit {
  const lang = r.pick(['it', 'es', 'en', 'pt']);
  const child = who(r, lang);
  const parent = who(r, lang);
  const id = lang === 'it' ? codiceFiscale(r) : lang === 'es' ? dni(r) : lang === 'en' ? nino(r) : cpf(r);
  return new Doc().add(`ENROLMENT FORM / ${({ it: 'Domanda di iscrizione', es: 'Solicitud de matrícula', en: 'Admission', pt: 'Ficha de matrícula' } as Record<string, string>)[lang]} 2027/28\nPupil: `, child.name, `   Class: ${r.int(1, 8)}${r.pick(['A', 'B'])}\nParent/guardian: `, parent.name, `   ID: `, id, `\nPhone: `, ...ph(r), `   E-mail: `, parent.email, `\nLunch fee `, n(r, 'amount'), ` by transfer, reference `, n(r, 'invoice-number'), `\n`).unit();
}

function gymContract(r: Rng): Unit {
  const a = who(r, r.pick(['fi', 'sv', 'no', 'da', 'de', 'pl']));
  return new Doc().add(`MEMBERSHIP AGREEMENT — ${r.pick(['FitZone', 'SATS', 'Elixia', 'McFit', 'Zdrofit'])}\nMember: `, a.name, `   Mobile: `, ...ph(r), `\nE-mail: `, a.email, `\nDirect debit (SEPA) from IBAN `, iban(r), ` — mandate ref MD-${r.number(8)}, first invoice `, n(r, 'invoice-number'), `\nMonthly fee `, n(r, 'amount'), ` from `, n(r, 'date-locale'), `\nApp login registered from `, ip(r), `\nEarlier mandate rejected by the bank (IBAN check digits wrong): `, n(r, 'bad-iban'), `\n`).unit();
}

function badgeScans(r: Rng): Unit {
  const d = new Doc().add(`event_id,scan_time,gate,attendee,email,wifi_checkin_phone_mac\n`);
  for (let i = r.int(3, 5); i > 0; i--) {
    const a = who(r);
    d.add(`EVT-2026-${r.int(10, 99)},${ts(r)},${r.pick(['Hall A', 'Hall B', 'VIP'])},`, a.name, `,`, a.email, `,`, mac(r), `\n`);
  }
  return d.unit();
}

function mlsListing(r: Rng): Unit {
  const agent = who(r, 'en');
  return new Doc().add(`MLS# ${r.number(8)}  Status: Active  List price: $${r.int(200, 990)},${r.digits(3)}\n${r.int(2, 5)} bd | ${r.int(1, 4)} ba | ${r.int(900, 3500)} sqft | Parcel coordinates `, n(r, 'coordinates'), `\nShowing instructions: call listing agent `, agent.name, ` `, ...ph(r), ` or e-mail `, agent.email, `; lockbox code changes weekly.\nHOA dues `, n(r, 'amount'), `. Disclosures: DOI of flood study `, n(r, 'doi'), `\n`).unit();
}

function closingDisclosure(r: Rng): Unit {
  const a = who(r, 'en');
  const b = who(r, 'en');
  return new Doc().add(`Closing Disclosure\nDate Issued ${day(r)}   Closing Date ${day(r)}\nBorrowers `, a.name, ` and `, b.name, `\nSSN (last used for credit pull): `, ssn(r), `\nLoan ID # ${r.number(10)}   MIC # —\nLender contact `, who(r, 'en').name, `   `, ...ph(r), `   `, who(r, 'en').email, `\nWire to ABA `, n(r, 'aba-routing'), ` (title company escrow). Cash to close `, n(r, 'amount'), `\n`).unit();
}

function parcelLocker(r: Rng): Unit {
  const lang = r.pick(['pl', 'cs', 'hu', 'ro', 'fi', 'sv']);
  const a = who(r, lang);
  const text: Record<string, string> = { pl: 'Twoja paczka czeka w Paczkomacie', cs: 'Vaše zásilka čeká v Z-BOXu', hu: 'Csomagod az automatában vár', ro: 'Coletul tău te așteaptă în easybox', fi: 'Pakettisi odottaa automaatissa', sv: 'Ditt paket väntar i paketboxen' };
  return new Doc().add(`To: `, a.email, `\n`, a.name, `, ${text[lang]} ${r.pick(['KRA01M', 'WAW22A', 'BUD-114', 'OTP-7'])}.\nNr przesyłki / tracking `, n(r, 'tracking-number'), `\nSMS: `, ...ph(r), `\nEAN `, n(r, 'gtin13'), ` · SSCC `, n(r, 'sscc'), ` · ${r.int(1, 9)}/${r.int(10, 20)}\n`).unit();
}

function rideReceipt(r: Rng): Unit {
  const a = who(r, r.pick(['vi', 'th', 'id', 'tl', 'tr', 'en']));
  return new Doc().add(`${r.pick(['Grab', 'Gojek', 'Bolt', 'BiTaksi', 'Uber'])} receipt ${day(r)}\nRider: `, a.name, ` · `, a.email, `\nPickup ${hm(r)}\nDropoff ${hm(r)}  Trip time `, n(r, 'duration'), `\nFare `, n(r, 'amount'), `  Paid with `, card(r), `\nDriver contact (masked relay): none. Support: order `, n(r, 'order-number'), `\n`).unit();
}

function foodOrder(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`{"order":{"id":"`, n(r, 'order-number'), `","placed_at":"`, ts(r), `Z","items":[{"gtin":"`, n(r, 'gtin13'), `","qty":${r.int(1, 4)}}],"total":"`, n(r, 'amount'), `"},\n "customer":{"name":"`, a.name, `","phone":"`, ...ph(r), `","email":"`, a.email, `"},\n "device":{"ip":"`, ip(r), `","app_version":"`, n(r, 'semver'), `"},\n "payment_attempts":[{"pan_entered":"`, n(r, 'bad-card'), `","result":"invalid_luhn"}],\n "courier_note":"ring twice, call `, ...ph(r), `"}\n`).unit();
}

function ublInvoice(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n  <cbc:ID>`, n(r, 'invoice-number'), `</cbc:ID>\n  <cbc:IssueDate>${day(r)}</cbc:IssueDate>\n  <cac:AccountingSupplierParty><cac:Party><cac:Contact><cbc:Name>`, a.name, `</cbc:Name><cbc:Telephone>`, ...ph(r), `</cbc:Telephone><cbc:ElectronicMail>`, a.email, `</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingSupplierParty>\n  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>`, iban(r), `</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n  <cac:InvoiceLine><cac:Item><cac:StandardItemIdentification><cbc:ID schemeID="0160">`, n(r, 'gtin13'), `</cbc:ID></cac:StandardItemIdentification><cac:CommodityClassification><cbc:ItemClassificationCode listID="HS">`, n(r, 'hs-code'), `</cbc:ItemClassificationCode></cac:CommodityClassification></cac:Item></cac:InvoiceLine>\n</Invoice>\n`).unit();
}

export const COMMERCE_SOURCES12: Record<string, (rng: Rng) => Unit> = {
  'acord-claim-xml': acordClaim, 'pharmacy-label': pharmacyLabel, 'school-enrolment': enrolment, 'gym-contract': gymContract, 'badge-scans': badgeScans, 'mls-listing': mlsListing, 'closing-disclosure': closingDisclosure, 'parcel-locker': parcelLocker, 'ride-receipt': rideReceipt, 'food-delivery-json': foodOrder, 'ubl-invoice': ublInvoice,
};
