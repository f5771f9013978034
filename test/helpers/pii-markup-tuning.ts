// Tuning lines for issue 17's values in markup, written from the formats' specifications and their
// published layouts: HTML tables, definition lists, `tel:`/`mailto:` links, `<br>`-separated address
// blocks, form and data attributes, character references between digit groups (HTML §13.5), xCard
// (RFC 6351), SAML 2.0 attribute statements, FatturaPA (`<Telefono>`, `<CodiceFiscale>`), NF-e
// (`<CPF>`, `<fone>`), GPX 1.1 and KML `<desc>`/`<description>`, Android SMS Backup & Restore
// (`address="…"`), OFX 1.x SGML (no closing tags), CDATA sections, SVG. The hard negatives stand in
// the same markup: numeric attributes, ids, versions, colours, coordinates, times, amounts, OFX
// FITID, NF-e access keys, CNPJ, partita IVA, EAN/GTIN, postcodes. Every value is drawn at run time
// from a seeded PRNG; each line carries its gold labels. A tuning set: the detectors are tuned on
// it, never judged by it alone.
import type { CountryCode } from 'libphonenumber-js/max';
import { aadhaar, card, chars, iban, int, pick, rng, secrets, ssn } from './personal-data.js';
import { Line, type LogLine } from './pii-log-tuning.js';
import { codiceFiscale, cpf, deTaxId, dni, gs1Check, mobile, nino } from './pii-tuning-set.js';

type R = () => number;
const DIG = '0123456789';
const HEX = '0123456789abcdef';

/** A phone of `region` as markup holds it: international, E.164, national, or national digits only. */
function phone(r: R, region: CountryCode, form = int(r, 0, 3)): string {
  const n = mobile(r, region)!;
  if (form === 0) return n.formatInternational();
  if (form === 1) return n.number;
  if (form === 2) return n.formatNational();
  return n.formatNational().replace(/\D/g, '');
}
const anyPhone = (r: R) => phone(r, pick(r, ['DE', 'IT', 'FR', 'GB', 'US', 'AT', 'BR', 'NL'] as const));
const email = (r: R) => `${pick(r, ['jane.doe', 'm.rossi', 'k_ng', 'lars.berg', 'ana-lima', 'p.kowalski'])}${int(r, 1, 99)}@${pick(r, ['example.com', 'example.org', 'example.net'])}`;
const ipv4 = (r: R) => `${pick(r, [203, 198, 81, 94, 185])}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
const mac = (r: R) => Array.from({ length: 6 }, () => chars(r, HEX, 2)).join(':');
const visa = (r: R) => card(r, '4', 16);
/** A German IBAN, bare or in groups of four. */
function deIban(r: R): string {
  const v = iban(r, 'DE', 22);
  return r() < 0.5 ? v : v.replace(/(.{4})(?=.)/g, '$1 ');
}
/** A secret access key of the detector's documented shape (both cases and a digit: secretKeyShape). */
function awsSecret(r: R): string {
  for (;;) {
    const v = secrets.awsSecret(r);
    if (/\d/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v)) return v;
  }
}
const person = (r: R) => `${pick(r, ['Anna', 'Lukas', 'Giulia', 'Pablo', 'Sofia', 'Piotr'])} ${pick(r, ['Schneider', 'Rossi', 'Kowalski', 'Hansen', 'Moreau'])}`;
const birthDate = (r: R) => `19${int(r, 40, 99)}-0${int(r, 1, 9)}-1${int(r, 0, 9)}`;

// Hard negatives.
const amount = (r: R) => `${int(r, 1000, 9999999)}.${chars(r, DIG, 2)}`;
const orderId = (r: R) => `${int(r, 1, 9)}${chars(r, DIG, 9)}`;
const version = (r: R) => `${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 9)}.${int(r, 0, 999)}`;
const colour = (r: R) => `#${chars(r, HEX, 6)}`;
const coordinate = (r: R) => `${int(r, 10, 59)}.${chars(r, DIG, 6)}`;
const isoTime = (r: R) => `2026-${pick(r, ['01', '06', '11'])}-${int(r, 10, 28)}T${int(r, 10, 23)}:${int(r, 10, 59)}:${int(r, 10, 59)}Z`;
const epochMs = (r: R) => String(1_600_000_000_000 + Math.floor(r() * 150_000_000_000));
const zip = (r: R) => chars(r, '123456789', 1) + chars(r, DIG, 4);
/** An EAN-13 / GTIN. */
function ean(r: R): string {
  const body = '789' + chars(r, DIG, 9);
  return body + gs1Check(body);
}
/** A CNPJ (two mod-11 check digits over weights 5..2,9..2 and 6..2,9..2). */
function cnpj(r: R): string {
  const base = chars(r, DIG, 8) + '0001';
  const check = (s: string) => {
    const w = s.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const m = [...s].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11;
    return String(m < 2 ? 0 : 11 - m);
  };
  const d1 = base + check(base);
  return d1 + check(d1);
}
/** An Italian partita IVA (Luhn-like check over 10 digits, office code 001–100). */
function partitaIva(r: R): string {
  const body = chars(r, DIG, 7) + String(int(r, 1, 100)).padStart(3, '0');
  let s = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(body[i]);
    s += i % 2 === 0 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return body + String((10 - (s % 10)) % 10);
}
/** An NF-e access key: 44 digits (state, date, CNPJ, model, series, number, code, check digit). */
const chNFe = (r: R) => `35${int(r, 20, 26)}${int(r, 10, 12)}${cnpj(r)}55001${chars(r, DIG, 9)}1${chars(r, DIG, 8)}${int(r, 0, 9)}`;

function htmlTable(r: R): Line {
  const l = new Line('html-table');
  l.t(`<tr id="row-`).neg('element-id', orderId(r)).t(`" data-id="`).neg('data-id', orderId(r)).t('"><td>').pii('person', person(r)).t('</td>');
  // A bare run of digits without a trunk prefix needs a cue, in a cell as in text: the cell's label.
  const labelled = r() < 0.5;
  l.t(labelled ? '<td data-label="Phone">' : '<td>').pii('phone', labelled ? anyPhone(r) : phone(r, pick(r, ['DE', 'IT', 'US', 'BR'] as const), int(r, 0, 2))).t('</td><td>').pii('email', email(r)).t('</td>');
  return l.t('<td class="num">').neg('amount', amount(r)).t('</td><td>').neg('zip', zip(r)).t('</td></tr>');
}

function htmlDefinitionList(r: R): Line {
  const l = new Line('html-dl');
  l.t(`<dl><dt>${pick(r, ['Telefon', 'Phone', 'Mobile', 'Téléphone'])}</dt><dd>`).pii('phone', anyPhone(r)).t('</dd>');
  l.t('<dt>E-Mail</dt><dd>').pii('email', email(r)).t('</dd><dt>IBAN</dt><dd>').pii('iban', deIban(r)).t('</dd>');
  return l.t('<dt>Kundennummer</dt><dd>').neg('customer-number', orderId(r)).t('</dd></dl>');
}

function htmlLinks(r: R): Line {
  const l = new Line('html-link');
  const n = mobile(r, pick(r, ['DE', 'FR', 'GB', 'US'] as const))!;
  l.t('<p>Call <a href="').pii('phone', `tel:${n.number}`).t('">').pii('phone', n.formatInternational()).t('</a> or write to ');
  const e = email(r);
  return l.t('<a href="mailto:').pii('email', e).t('">').pii('email', e).t('</a>.</p>');
}

function htmlAddressBlock(r: R): Line {
  const l = new Line('html-br');
  l.t('<address>').pii('person', person(r)).t(`<br>Hauptstr. ${int(r, 1, 99)}<br>`).neg('zip', zip(r)).t(' München<br>');
  l.t(`${pick(r, ['Tel.', 'Telefon', 'mobile', 'Fon'])} `).pii('phone', phone(r, 'DE')).t(pick(r, ['<br>', '<br/>', '<br />']));
  return l.t('Fax ').pii('phone', phone(r, 'DE', int(r, 0, 2))).t('</address>');
}

function htmlAttributes(r: R): Line {
  const l = new Line('html-attr');
  l.t(`<img src="logo.png" width="`).neg('width', String(int(r, 1000, 4096))).t(`" height="`).neg('height', String(int(r, 600, 2160))).t('">');
  l.t(`<assemblyIdentity name="App" version="`).neg('version', version(r)).t('" /><form data-version="').neg('version', version(r)).t('" data-id="').neg('data-id', orderId(r)).t('">');
  l.t(`<input type="tel" name="${pick(r, ['phone', 'telephone', 'mobile'])}" value="`).pii('phone', anyPhone(r)).t('">');
  l.t('<input type="email" name="email" value="').pii('email', email(r)).t('">');
  return l.t(`<span style="color:`).neg('colour', colour(r)).t(`" data-phone="`).pii('phone', phone(r, 'US', 1)).t('">x</span></form>');
}

/** HTML character references between digit groups: `&nbsp;`, `&#160;` (HTML §13.5). */
function htmlEntities(r: R): Line {
  const l = new Line('html-entity');
  const n = mobile(r, pick(r, ['DE', 'FR', 'IT'] as const))!;
  const sep = pick(r, ['&nbsp;', '&#160;', '&#xA0;']);
  l.t(`<p>Tel.:${sep}`).pii('phone', n.formatInternational().replace(/ /g, sep)).t('</p>');
  return l.t(`<p>Preis:${sep}`).neg('amount', `${int(r, 1, 999)}${sep}${chars(r, DIG, 3)},${chars(r, DIG, 2)}`).t(`${sep}€</p>`);
}

/** xCard (RFC 6351 §4, the example of its appendix). */
function xCard(r: R): Line {
  const l = new Line('xcard');
  const n = mobile(r, pick(r, ['US', 'DE', 'FR'] as const))!;
  l.t('<vcard><fn><text>').pii('person', person(r)).t('</text></fn>');
  l.t('<tel><parameters><type><text>cell</text></type></parameters><uri>').pii('phone', `tel:${n.number}`).t('</uri></tel>');
  l.t('<tel><parameters><type><text>work</text></type></parameters><text>').pii('phone', phone(r, 'US', int(r, 0, 2))).t('</text></tel>');
  l.t('<email><text>').pii('email', email(r)).t('</text></email><bday><date>').pii('date-of-birth', birthDate(r)).t('</date></bday>');
  return l.t('<rev><timestamp>').neg('timestamp', isoTime(r)).t('</timestamp></rev></vcard>');
}

/** A SAML 2.0 attribute statement (core §2.7.3.1) with LDAP attribute names. */
function saml(r: R): Line {
  const l = new Line('saml');
  const attr = (name: string) => `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue xsi:type="xs:string">`;
  const close = '</saml:AttributeValue></saml:Attribute>';
  l.t(attr('mail')).pii('email', email(r)).t(close);
  l.t(attr(pick(r, ['telephoneNumber', 'mobile']))).pii('phone', anyPhone(r)).t(close);
  return l.t(attr('employeeNumber')).neg('employee-number', orderId(r)).t(close);
}

/** FatturaPA (schema 1.2): CedentePrestatore and CessionarioCommittente with their contacts. */
function fatturaPa(r: R): Line {
  const l = new Line('fatturapa');
  l.t('<IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>').neg('partita-iva', partitaIva(r)).t('</IdCodice></IdFiscaleIVA>');
  l.t('<CodiceFiscale>').pii('it-fiscal-code', codiceFiscale(r)).t('</CodiceFiscale>');
  l.t('<Sede><Indirizzo>Via Roma</Indirizzo><CAP>').neg('zip', zip(r)).t('</CAP></Sede>');
  l.t('<Contatti><Telefono>').pii('phone', phone(r, 'IT', pick(r, [2, 3]))).t('</Telefono><Email>').pii('email', email(r)).t('</Email></Contatti>');
  l.t('<Numero>').neg('invoice-number', orderId(r)).t('</Numero>');
  return l.t('<ImportoTotaleDocumento>').neg('amount', amount(r)).t('</ImportoTotaleDocumento>');
}

/** NF-e 4.00: the access key, emitter, recipient and an item. */
function nfe(r: R): Line {
  const l = new Line('nfe');
  l.t('<infNFe Id="NFe').neg('nfe-key', chNFe(r)).t('"><ide><cNF>').neg('cnf', chars(r, DIG, 8)).t('</cNF></ide>');
  l.t('<emit><CNPJ>').neg('cnpj', cnpj(r)).t('</CNPJ></emit><dest><CPF>').pii('br-cpf', cpf(r)).t('</CPF>');
  l.t('<enderDest><CEP>').neg('zip', chars(r, DIG, 8)).t('</CEP><fone>').pii('phone', phone(r, 'BR', 3).replace(/^0/, '')).t('</fone></enderDest>');
  l.t('<email>').pii('email', email(r)).t('</email></dest><det nItem="1"><prod><cEAN>').neg('ean', ean(r)).t('</cEAN>');
  return l.t('<vProd>').neg('amount', amount(r)).t('</vProd></prod></det><protNFe><chNFe>').neg('nfe-key', chNFe(r)).t('</chNFe></protNFe>');
}

/** GPX 1.1 waypoints and KML placemarks with a phone in their description. */
function gpxKml(r: R): Line {
  const l = new Line('gpx-kml');
  if (r() < 0.5) {
    l.t('<wpt lat="').neg('coordinate', coordinate(r)).t('" lon="').neg('coordinate', coordinate(r)).t('"><ele>').neg('elevation', String(int(r, 100, 3999))).t('</ele><time>').neg('timestamp', isoTime(r)).t('</time>');
    // Without a phone word, a written form (a bare run needs one, as in text).
    const word = pick(r, ['mobile ', 'Tel. ', '']);
    const p = word ? anyPhone(r) : phone(r, pick(r, ['DE', 'AT', 'CH', 'IT'] as const), int(r, 0, 2));
    return l.t(`<name>Hütte</name><desc>${pick(r, ['Warden', 'Hut', 'Hüttenwirt'])}: ${word}`).pii('phone', p).t('</desc></wpt>');
  }
  l.t('<Placemark><name>Refuge</name><description>');
  if (r() < 0.5) l.t('<![CDATA[Gardien ').pii('phone', phone(r, 'FR')).t(']]>');
  else l.t('Contact ').pii('phone', anyPhone(r));
  return l.t('</description><Point><coordinates>').neg('coordinate', coordinate(r)).t(',').neg('coordinate', coordinate(r)).t(',0</coordinates></Point></Placemark>');
}

/** SMS Backup & Restore's XML: one `<sms>` element per message. */
function smsBackup(r: R): Line {
  const l = new Line('sms-backup');
  l.t('<sms protocol="0" address="').pii('phone', phone(r, pick(r, ['DE', 'GB', 'US', 'FR'] as const), 1)).t('" date="').neg('epoch-ms', epochMs(r)).t('" type="1" subject="null" body="');
  l.t('Ruf mich an: ').pii('phone', phone(r, 'DE', 2)).t('" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="').neg('epoch-ms', epochMs(r));
  return l.t('" readable_date="6 Dec 2026 10:02:11" contact_name="').pii('person', person(r)).t('" />');
}

/** OFX 1.x SGML: elements without closing tags, one per line. */
function ofx(r: R): Line {
  const l = new Line('ofx');
  l.t('<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>').neg('timestamp', `2026${int(r, 10, 12)}${int(r, 10, 28)}${int(r, 10, 23)}0000`).t('\n<TRNAMT>-').neg('amount', amount(r));
  l.t('\n<FITID>').neg('fitid', `2026${int(r, 10, 12)}${int(r, 10, 28)}${chars(r, DIG, 10)}`).t('\n<NAME>PAYEE\n</STMTTRN>\n');
  return l.t('<ADDR1>1 Main St\n<CITY>Springfield\n<POSTALCODE>').neg('zip', zip(r)).t('\n<PHONE>').pii('phone', phone(r, 'US', 3)).t('\n');
}

/** Values in CDATA sections and in typed XML elements: SSN, IP, MAC, card, IBAN, birth date. */
function xmlRecord(r: R): Line {
  const l = new Line('xml-record');
  l.t('<customer id="').neg('element-id', orderId(r)).t('"><ssn>').pii('us-ssn', r() < 0.5 ? ssn(r) : ssn(r).replace(/-/g, '')).t('</ssn>');
  l.t('<birthDate>').pii('date-of-birth', birthDate(r)).t('</birthDate><lastLoginIp>').pii('ip-address', ipv4(r)).t('</lastLoginIp>');
  l.t('<mac>').pii('mac-address', mac(r)).t('</mac><cardNumber>').pii('credit-card', visa(r)).t('</cardNumber><iban>').pii('iban', deIban(r)).t('</iban>');
  l.t('<phone>').pii('phone', phone(r, 'US', pick(r, [2, 3]))).t('</phone><note><![CDATA[Rückruf unter ').pii('phone', phone(r, 'DE', 2)).t(']]></note>');
  l.t('<Amount>').neg('amount', amount(r)).t('</Amount><time>').neg('timestamp', isoTime(r)).t('</time>');
  return l.t('<lat>').neg('coordinate', coordinate(r)).t('</lat><lon>').neg('coordinate', coordinate(r)).t('</lon></customer>');
}

/** National ids as HR and KYC exports write them: the element's name is the id's. */
function xmlIds(r: R): Line {
  const l = new Line('xml-ids');
  l.t('<employee><NationalInsuranceNumber>').pii('uk-nino', nino(r)).t('</NationalInsuranceNumber><DNI>').pii('es-dni', dni(r)).t('</DNI>');
  l.t('<SteuerID>').pii('de-tax-id', deTaxId(r)).t('</SteuerID><aadhaar>').pii('in-aadhaar', aadhaar(r)).t('</aadhaar>');
  l.t('<ipv6>').pii('ip-address', `2001:db8:${chars(r, HEX, 4)}::${chars(r, HEX, 3)}`).t('</ipv6><wifiMac>').pii('mac-address', mac(r).replace(/:/g, '').toUpperCase()).t('</wifiMac>');
  return l.t('<payrollRef>').neg('reference', orderId(r)).t('</payrollRef></employee>');
}

/** Credentials in XML: AWS STS's `<Credentials>` response, Maven settings.xml `<server>`, .NET appSettings. */
function xmlSecrets(r: R): Line {
  const l = new Line('xml-secrets');
  l.t('<Credentials><AccessKeyId>').pii('aws-access-key-id', secrets.awsKeyId(r)).t('</AccessKeyId><SecretAccessKey>').pii('aws-secret-access-key', awsSecret(r)).t('</SecretAccessKey>');
  l.t('<Expiration>').neg('timestamp', isoTime(r)).t('</Expiration></Credentials>');
  l.t('<server><id>nexus</id><username>deploy</username><password>').pii('password', `Dp${chars(r, DIG, 3)}!${chars(r, 'abcdefgh', 4)}`).t('</password></server>');
  return l.t('<add key="GitHubToken" value="').pii('github-token', secrets.github(r)).t('" /><add key="Timeout" value="').neg('timeout', String(int(r, 1000, 99999))).t('" />');
}

/** SVG: numbers in paths, view boxes and colours. */
function svg(r: R): Line {
  const l = new Line('svg');
  const n = () => String(int(r, 100, 99999));
  l.t('<svg viewBox="0 0 ').neg('svg-number', `${int(r, 100, 2048)} ${int(r, 100, 2048)}`).t('"><path fill="').neg('colour', colour(r)).t('" d="M');
  return l.neg('svg-path', `${n()} ${n()} L${n()} ${n()} C${n()} ${n()} ${n()} ${n()}`).t('Z"/></svg>');
}

const FORMS: ReadonlyArray<(r: R) => Line> = [htmlTable, htmlDefinitionList, htmlLinks, htmlAddressBlock, htmlAttributes, htmlEntities, xCard, saml, fatturaPa, nfe, gpxKml, smsBackup, ofx, xmlRecord, xmlIds, xmlSecrets, svg];
export const MARKUP_FORMATS = ['html-table', 'html-dl', 'html-link', 'html-br', 'html-attr', 'html-entity', 'xcard', 'saml', 'fatturapa', 'nfe', 'gpx-kml', 'sms-backup', 'ofx', 'xml-record', 'xml-ids', 'xml-secrets', 'svg'];

/** `n` lines of each form, drawn from `seed`. */
export function markupTuningSet(seed = 17, n = 40): LogLine[] {
  const r = rng(seed);
  return FORMS.flatMap((form) => Array.from({ length: n }, () => form(r).done()));
}
