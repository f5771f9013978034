// Set 9's record sources: HL7 v2.5 ADT messages (MSH/PID/NK1 segments; PID-13 home phone, PID-19 SSN,
// PID-3 identifier lists with HL7 OIDs), FHIR R4 Patient and Observation resources (JSON), GEDCOM 5.5.1
// individuals (NAME, BIRT/DATE, EMAIL, PHON), library circulation slips, hotel PMS reservations and
// rental listings in many languages (prices, areas, cadastral references beside the contact).
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phoneNumber } from './phones.js';
import * as V from './values.js';

function hl7Adt(rng: Rng): Unit {
  const d = new Doc().add('MSH|^~\\&|EPIC|', rng.pick(['UHN', 'STMARY', 'CLINICA']), '|LAB|HOSP|', N.hl7Timestamp(rng), '||ADT^A0', String(rng.int(1, 8)), '|', N.hl7ControlId(rng), '|P|2.5\r');
  d.add('EVN|A01|', N.hl7Timestamp(rng), '\rPID|1||', String(rng.int(100000, 999999)), '^^^HOSP^MR^', N.hl7Oid(rng), '||');
  const name = V.personName(rng, 'latin');
  d.add(name, '||', N.hl7Timestamp(rng), `|${rng.pick(['F', 'M'])}|||${rng.int(1, 999)} Main St^^Springfield^IL^627${rng.int(10, 99)}^USA||`);
  d.add('^PRN^PH^^^', phoneNumber(rng, 'US', rng.pick(['national', 'extension'])), '|^WPN^PH^^^', phoneNumber(rng, rng.pick(['US', 'CA']), 'national'), '||||||');
  d.add(V.socialSecurity(rng, rng.pick(['dashes', 'plain'])), '\r');
  if (rng.chance(0.6)) d.add('NK1|1|', V.personName(rng, 'latin'), '|SPO||', phoneNumber(rng, 'US', 'international'), '\r');
  d.add('OBX|1|NM|', N.loinc(rng), '^Glucose^LN||', String(rng.int(70, 180)), '|mg/dL|||||F|||', N.hl7Timestamp(rng), '\r');
  return d.unit();
}

const FHIR_ID_SYSTEMS: Array<[string, (rng: Rng) => ReturnType<typeof V.cpfNumber>]> = [
  ['http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf', V.cpfNumber],
  ['https://uidai.gov.in/aadhaar', V.aadhaarNumber],
  ['http://hl7.org/fhir/sid/us-ssn', (r) => V.socialSecurity(r, 'dashes')],
  ['urn:oid:2.16.840.1.113883.2.9.4.3.2', V.fiscalCode],
];

function fhirPatient(rng: Rng): Unit {
  const [system, id] = rng.pick(FHIR_ID_SYSTEMS);
  const d = new Doc().add('{"resourceType":"Patient","id":"', N.uuidV7(rng), '","meta":{"versionId":"', String(rng.int(1, 9)), '","lastUpdated":"', N.fhirInstant(rng), '"},');
  d.add('"identifier":[{"system":"', system, '","value":"', id(rng), '"}],"name":[{"text":"', V.personName(rng), '"}],');
  d.add('"telecom":[{"system":"phone","value":"', phoneNumber(rng), '","use":"mobile"},{"system":"email","value":"', V.mailbox(rng), '"}],');
  return d.add('"birthDate":"19', String(rng.int(40, 99)), '-0', String(rng.int(1, 9)), '-1', String(rng.int(0, 9)), '"}\n').unit();
}

function fhirObservation(rng: Rng): Unit {
  const d = new Doc().add('HTTP/1.1 200 OK\nETag: ', N.fhirVersion(rng), '\nContent-Type: application/fhir+json\n\n{"resourceType":"Observation","id":"', N.uuidV7(rng), '","status":"final",');
  d.add('"code":{"coding":[{"system":"http://loinc.org","code":"', N.loinc(rng), '"}]},"subject":{"display":"', V.personName(rng), '"},');
  d.add('"effectiveDateTime":"', N.fhirInstant(rng), '","performer":[{"display":"Lab ', N.hl7Oid(rng), '"}],');
  return d.add('"note":[{"text":"Ergebnis telefonisch an ', phoneNumber(rng, rng.pick(['DE', 'AT', 'CH'])), ' durchgegeben; Patient ', ...V.cuedNationalId(rng), '"}]}\n').unit();
}

function gedcom(rng: Rng): Unit {
  const d = new Doc().add('0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n');
  for (let i = rng.int(1, 3); i > 0; i--) {
    d.add('0 ', N.gedcomXref(rng), ' INDI\n1 NAME ', V.personName(rng), '\n1 BIRT\n2 DATE ', N.gedcomDate(rng), '\n2 PLAC ', rng.pick(['Cork, Ireland', 'Tromsø, Norge', 'Łódź, Polska', 'Kraków']), '\n');
  }
  d.add('0 @SUBM1@ SUBM\n1 NAME ', V.personName(rng), '\n1 EMAIL ', V.mailbox(rng), '\n1 PHON ', phoneNumber(rng, rng.pick(['IE', 'NZ', 'AU', 'US', 'GB']), 'international'), '\n');
  if (rng.chance(0.4)) d.add('1 NOTE researcher id ', N.gedcomXref(rng), ', FamilySearch ', N.esDocId(rng), '\n');
  return d.add('0 TRLR\n').unit();
}

function circulation(rng: Rng): Unit {
  const d = new Doc().add(rng.pick(['BIBLIOTECA MUNICIPAL', 'STADTBIBLIOTHEK', 'PUBLIC LIBRARY']), ' — ', rng.pick(['Préstamo', 'Ausleihe', 'Checkout']), '\nPatron: ', V.personName(rng), '\nBarcode: ', N.libraryBarcode(rng), '\n');
  for (let i = rng.int(1, 3); i > 0; i--) d.add('  ', rng.pick([N.isbn13, N.isbn10])(rng), '  ', N.deweyNumber(rng), '  due ', N.stayDates(rng), '\n');
  d.add('Notice sent to ', V.mailbox(rng), rng.chance(0.5) ? ' / SMS ' : ' / tel. ', phoneNumber(rng, rng.pick(['CL', 'AR', 'ES', 'DE', 'US', 'MX'])), '\n');
  return d.unit();
}

const PMS_NOTES = [
  'Guest requests late check-in, call ', 'Gast wünscht ruhiges Zimmer, Rückruf unter ', 'Client arrivera tard, joindre au ', 'Il cliente chiede culla, tel. ',
  'Гость просит трансфер, тел. ', 'ゲストは空港送迎を希望、連絡先 ', '손님 늦은 체크인 요청, 연락처 ', 'الضيف يطلب سريرا إضافيا، هاتف ', 'Ο πελάτης ζητά θέα θάλασσα, τηλ. ',
];

function pmsReservation(rng: Rng): Unit {
  const d = new Doc().add('RESERVATION ', N.pmsConfirmation(rng), '  status GUARANTEED\nGuest: ', V.personName(rng), '\nStay: ', N.stayDates(rng), '  Rate ', N.listingPrice(rng), '\n');
  d.add('E-mail: ', V.mailbox(rng), '\nNote: ', rng.pick(PMS_NOTES), phoneNumber(rng), '\n');
  const guarantee = rng.int(0, 2);
  if (guarantee === 0) d.add('Guarantee: card ', V.paymentCard(rng), ' exp ', `${rng.int(1, 12)}/${rng.int(27, 31)}`, '\n');
  else if (guarantee === 1) d.add('Guarantee: card ', N.badPan(rng), ' (declined, wrong number)\n');
  else d.add('Guarantee: bank transfer to ', V.bankAccount(rng), '\n');
  if (rng.chance(0.35)) d.add('ID checked: ', ...V.cuedNationalId(rng), '\n');
  return d.add('Booked via channel ref ', N.stripeObject(rng), '\n').unit();
}

const LISTING_LINES: Array<[string, string, string]> = [
  ['Bright 2-bed flat, ', ' Viewing: contact ', ' or '],
  ['Piso luminoso de 3 habitaciones, ', ' Visitas: ', ' o '],
  ['Helle 2-Zimmer-Wohnung, ', ' Besichtigung: ', ' oder '],
  ['Appartement lumineux, ', ' Visites : ', ' ou '],
  ['Apartamento T2 renovado, ', ' Contacto: ', ' ou '],
  ['Светлая квартира, ', ' Просмотр: ', ' или '],
  ['شقة مشمسة، ', ' للمعاينة: ', ' أو '],
  ['日当たりの良い2LDK、', ' 内見: ', ' または '],
  ['2+1 ferah daire, ', ' İletişim: ', ' veya '],
  ['कमरे वाला फ्लैट, ', ' संपर्क: ', ' या '],
  ['ห้องชุดสว่าง ', ' ติดต่อ: ', ' หรือ '],
];

function listing(rng: Rng): Unit {
  const [intro, contact, or] = rng.pick(LISTING_LINES);
  const d = new Doc().add(intro, N.floorArea(rng), ', ', N.listingPrice(rng), '. Ref. ', N.listingId(rng), rng.chance(0.4) ? ', cadastre ' : ', map ', rng.chance(0.4) ? N.cadastral(rng) : N.coordinates(rng), '.');
  d.add(contact, V.personName(rng), ' ', phoneNumber(rng), or, V.mailbox(rng), '\n');
  if (rng.chance(0.3)) d.add('Deposit IBAN ', V.bankAccount(rng), '; ', N.arithmetic(rng), ' € after the agency fee.\n');
  return d.unit();
}

export const RECORD_SOURCES9: Record<string, (rng: Rng) => Unit> = { 'hl7-adt': hl7Adt, 'fhir-patient': fhirPatient, 'fhir-observation': fhirObservation, 'gedcom': gedcom, 'library-circulation': circulation, 'pms-reservation': pmsReservation, 'rental-listing': listing };
