// Set 8's documents about people: vCard 3.0 and 4.0 cards (RFC 2426, RFC 6350), iCalendar invitations
// (RFC 5545), LDAP LDIF entries (RFC 2849) with Active Directory attributes, Jira/Zendesk ticket
// exports in eight languages (UTF-8 BOM, CRLF, quoted multi-line cells), GPX 1.1 and KML tracks with
// author metadata, and retail POS receipts with a loyalty member's contact.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Piece, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone8 } from './phones.js';
import * as V from './values.js';

function vcard(rng: Rng): Unit {
  const g = V.given(rng), f = V.family(rng), v4 = rng.chance(0.5);
  const d = new Doc().add('BEGIN:VCARD\r\n', `VERSION:${v4 ? '4.0' : '3.0'}\r\n`, `N:${f};${g};;;\r\n`, 'FN:', V.person(rng, g, f), '\r\n');
  d.add(v4 ? 'TEL;TYPE="cell,voice";VALUE=uri:' : 'TEL;TYPE=CELL:', v4 ? phone8(rng, undefined, 'tel-uri') : phone8(rng), '\r\n');
  if (rng.chance(0.6)) d.add(v4 ? 'TEL;TYPE=work;VALUE=uri:' : 'TEL;TYPE=WORK,VOICE:', v4 ? phone8(rng, undefined, 'tel-uri') : phone8(rng), '\r\n');
  d.add(`EMAIL;TYPE=${v4 ? 'work' : 'INTERNET'}:`, V.email(rng), '\r\n');
  d.add(`ADR;TYPE=home:;;${rng.int(1, 200)} ${rng.pick(['Rue de la Paix', 'Hauptstraße', 'Via Roma', 'Calle Mayor'])};${rng.pick(['Lyon', 'Köln', 'Torino', 'Sevilla'])};;${rng.int(10000, 99999)};${rng.pick(['France', 'Germany', 'Italy', 'Spain'])}\r\n`);
  if (rng.chance(0.3)) d.add('NOTE:', ...V.nationalId(rng), '\r\n');
  d.add('UID:', N.vcardUid(rng), '\r\n', `REV:${rng.int(2019, 2026)}0${rng.int(1, 9)}15T101500Z\r\n`, 'X-ABUID:', N.objectGuid(rng), '\r\nEND:VCARD\r\n');
  return d.unit();
}

function ical(rng: Rng): Unit {
  const d = new Doc().add('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Groupware//Calendar 5.2//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n');
  d.add('UID:', N.icalUid(rng), '\r\nDTSTAMP:', N.icalStamp(rng), '\r\nDTSTART:', N.icalStamp(rng), '\r\n');
  d.add(`SUMMARY:${rng.pick(['Quarterly review', 'Onboarding', 'Vendor call', 'Réunion budget', 'Projektstart'])}\r\n`);
  const org = V.person(rng);
  d.add('ORGANIZER;CN=', org, ':mailto:', V.email(rng), '\r\n');
  for (let i = rng.int(1, 3); i > 0; i--) d.add('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=', V.person(rng), ':mailto:', V.email(rng), '\r\n');
  d.add('LOCATION:Dial-in ', phone8(rng), ' PIN ', N.usnChanged(rng), '\r\n');
  if (rng.chance(0.3)) d.add('DESCRIPTION:Join from ', V.ip(rng, 'v4-private'), ' or call ', phone8(rng), '\\n\r\n');
  d.add('SEQUENCE:', String(rng.int(0, 4)), '\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  return d.unit();
}

function ldif(rng: Rng): Unit {
  const g = V.given(rng), f = V.family(rng);
  const d = new Doc().add(`dn: CN=${g} ${f},OU=Staff,DC=corp,DC=example,DC=com\nchangetype: add\nobjectClass: user\ncn: `, V.person(rng, g, f), '\n');
  d.add(`givenName: ${g}\nsn: ${f}\nmail: `, V.email(rng), '\ntelephoneNumber: ', phone8(rng, undefined, 'international'), '\nmobile: ', phone8(rng), '\n');
  d.add('objectGUID:: ', N.objectGuid(rng), '\nobjectSid: ', N.objectSid(rng), '\nuSNChanged: ', N.usnChanged(rng), '\nuSNCreated: ', N.usnChanged(rng), '\n');
  d.add('employeeNumber: ', N.adSerial(rng), '\n');
  if (rng.chance(0.4)) d.add('description: ', ...V.nationalId(rng), '\n');
  if (rng.chance(0.3)) d.add('userPassword:: ', N.placeholder(rng), '\n');
  if (rng.chance(0.3)) d.add('lastLogonIP: ', V.ip(rng), '\n');
  return d.unit();
}

const TICKET: Record<string, [string, string, string]> = {
  en: ['Customer cannot log in', 'Please call me back on', 'My card was charged twice:'],
  de: ['Kunde kann sich nicht anmelden', 'Bitte rufen Sie mich an unter', 'Meine Karte wurde doppelt belastet:'],
  fr: ['Le client ne peut pas se connecter', 'Merci de me rappeler au', 'Ma carte a été débitée deux fois :'],
  es: ['El cliente no puede iniciar sesión', 'Llámeme al', 'Me cobraron dos veces en la tarjeta'],
  ja: ['ログインできません', '折り返しお電話ください：', 'カードが二重に請求されました：'],
  ko: ['로그인이 안 됩니다', '다음 번호로 연락 주세요:', '카드가 두 번 결제되었습니다:'],
  zh: ['客户无法登录', '请回电：', '我的信用卡被重复扣款：'],
  ar: ['لا يستطيع العميل تسجيل الدخول', 'يرجى الاتصال بي على', 'تم خصم المبلغ مرتين من بطاقتي:'],
};

function tickets(rng: Rng): Unit {
  const d = new Doc().add('\uFEFFIssue key,Summary,Reporter,Reporter email,Created,Description\r\n');
  for (let i = rng.int(2, 4); i > 0; i--) {
    const [summary, callMe, charged] = TICKET[rng.pick(Object.keys(TICKET))]!;
    d.add(`${rng.pick(['SUP', 'HELP', 'ZD'])}-${rng.int(100, 9999)},"${summary}",`, V.person(rng), ',', V.email(rng), ',', N.isoTime(rng), ',"', callMe, ' ', phone8(rng), '\r\n');
    const extra: Array<string | Piece> = rng.pick([[charged, ' ', V.card(rng)], ['IBAN ', V.iban(rng)], ['Order ', N.poNumber(rng), ' / EAN ', N.ean13(rng)], ['Client IP ', V.ip(rng)], ['Ref ', N.badCard(rng)], ['SSN ', V.ssn(rng), ', old form had ', N.badSsn(rng)]]);
    d.add(...extra, '\r\n', 'Browser ', N.version(rng), '"\r\n');
  }
  return d.unit();
}

function gpx(rng: Rng): Unit {
  const kml = rng.chance(0.4);
  const d = new Doc();
  if (kml) d.add('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n<atom:author><atom:name>', V.person(rng), '</atom:name></atom:author>\n<description>Contact ', V.email(rng), '</description>\n<Placemark><LineString><coordinates>\n');
  else d.add('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1">\n<metadata><author><name>', V.person(rng), '</name><email id="', V.lowerWord(rng, 6), '" domain="', V.lowerWord(rng, 5), '.com"/></author>\n<desc>Organiser ', V.email(rng), ', mobile ', phone8(rng), '</desc><time>', N.isoTime(rng), '</time></metadata>\n<trk><trkseg>\n');
  for (let i = rng.int(3, 6); i > 0; i--) {
    if (kml) d.add(N.latLon(rng), ',', N.latLon(rng), ',', N.elevation(rng), '\n');
    else d.add('<trkpt lat="', N.latLon(rng), '" lon="', N.latLon(rng), '"><ele>', N.elevation(rng), '</ele><time>', N.isoTime(rng), '</time></trkpt>\n');
  }
  d.add(kml ? '</coordinates></LineString></Placemark></Document></kml>\n' : '</trkseg></trk>\n</gpx>\n');
  return d.unit();
}

function receipt(rng: Rng): Unit {
  const d = new Doc().add(`${rng.pick(['FRESHMART #', 'BÄCKEREI KRUSE Filiale ', 'MERCADO SOL Tienda '])}${rng.int(10, 999)}\n`, 'TID: ', N.terminalId(rng), '  Trans: ', N.receiptNo(rng), '\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add(N.ean13(rng), `  ${rng.pick(['MILK 1L', 'BREAD', 'COFFEE', 'APPLES'])}  `, N.amount(rng), '\n');
  d.add('TOTAL  ', N.amount(rng), '\n', rng.pick(['VISA', 'MASTERCARD', 'AMEX']), ' ', N.maskedPan(rng), '\nAUTH CODE: ', N.approvalCode(rng), '\n');
  if (rng.chance(0.7)) d.add('Loyalty member: ', V.person(rng), '\nPhone: ', phone8(rng, rng.pick(['US', 'GB', 'DE', 'ES', 'MX', 'AU', 'CA']), 'national'), '\nE-mail: ', V.email(rng), '\n');
  if (rng.chance(0.2)) d.add('Manual entry card ', V.card(rng), '\n');
  return d.unit();
}

export const PEOPLE_SOURCES8: Record<string, (rng: Rng) => Unit> = { vcard, icalendar: ical, ldif, 'ticket-export': tickets, 'gpx-kml': gpx, 'pos-receipt': receipt };
