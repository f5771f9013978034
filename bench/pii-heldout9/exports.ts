// Set 9's typed exports: two JSON Lines files with nested objects (a Kafka consumer dump of sign-up
// events, gzip; an Elasticsearch export of applicant documents) and seven CSV exports (a Qualtrics-like
// survey export, a `;` applicant-tracking export with Spanish ids, hotel guests (gzip), library
// patrons, RADIUS accounting, a `;` Brazilian marketplace seller export, one with neutral column names).
// A judged column has its true type: a gold type, or null when it holds no personal data.
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import * as N from './negatives.js';
import { phoneNumber } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

type Cell = Piece | string | Array<Piece | string>;
type Column9 = Field & { draw: (rng: Rng) => Cell };
const col = (name: string, truth: string | null | undefined, draw: (rng: Rng) => Cell): Column9 => ({ name, truth, draw });
const toUnit = (c: Cell): Unit => (Array.isArray(c) ? unitOf(...c) : unitOf(c));

const EXPORTS: Array<{ file: string; delimiter: ',' | ';'; columns: Column9[] }> = [
  { file: 'survey_responses.csv', delimiter: ',', columns: [
    col('ResponseId', null, N.surveyResponseId), col('StartDate', null, N.fhirInstant), col('IPAddress', 'ip-address', (r) => V.address(r, r.pick(['v4', 'v4-cgnat', 'v6-global']))),
    col('RecipientEmail', 'email', V.mailbox), col('LocationLatitude', null, N.coordinates), col('Q7_callback', 'phone', (r) => phoneNumber(r)),
    col('Q12_comment', undefined, (r) => [r.pick(['Great stay, but ', 'Servicio lento; ', 'Zimmer sauber, ']), r.pick(['call me at ', 'llámame al ', 'Rückruf ']), phoneNumber(r), '.']), col('UserLanguage', null, (r) => r.pick(['EN', 'ES', 'DE', 'PT-BR', 'JA'])),
  ] },
  { file: 'ats_candidatos.csv', delimiter: ';', columns: [
    col('candidato_id', null, N.listingId), col('nombre', undefined, (r) => V.personName(r)), col('correo', 'email', V.mailbox), col('móvil', 'phone', (r) => phoneNumber(r, r.pick(['ES', 'MX', 'AR', 'CO', 'CL', 'PE']))),
    col('DNI/NIE', 'es-dni', V.spanishId), col('fecha_solicitud', null, N.chatStamp), col('referencia_oferta', null, N.cve),
  ] },
  { file: 'hotel_guests.csv.gz', delimiter: ',', columns: [
    col('confirmation_no', null, N.pmsConfirmation), col('guest_name', undefined, (r) => V.personName(r)), col('guest_phone', 'phone', (r) => phoneNumber(r)), col('card_on_file', 'credit-card', V.paymentCard),
    col('stay', null, N.stayDates), col('rate', null, N.listingPrice), col('guest_email', 'email', V.mailbox),
  ] },
  { file: 'library_patrons.csv', delimiter: ',', columns: [
    col('patron_barcode', null, N.libraryBarcode), col('email', 'email', V.mailbox), col('phone', 'phone', (r) => phoneNumber(r, r.pick(['US', 'CA', 'GB', 'AU', 'NZ', 'IE']))), col('last_isbn', null, N.isbn13), col('call_number', null, N.deweyNumber),
  ] },
  { file: 'radacct.csv', delimiter: ',', columns: [
    col('acctsessionid', null, N.acctSession), col('callingstationid', 'mac-address', (r) => V.hardwareAddress(r, r.pick(['ieee-dash', 'bare-lower', 'colon-lower']))), col('framedipaddress', 'ip-address', (r) => V.address(r, r.pick(['v4-cgnat', 'v4']))),
    col('acctinputoctets', null, N.octets), col('acctstarttime', null, N.epochSeconds), col('nasipaddress', 'ip-address', (r) => V.address(r, 'v4')),
  ] },
  { file: 'vendedores_marketplace.csv', delimiter: ';', columns: [
    col('id_vendedor', null, N.snowflake), col('CPF', 'br-cpf', V.cpfNumber), col('telefone', 'phone', (r) => phoneNumber(r, 'BR')), col('email', 'email', V.mailbox),
    col('avaliação', null, (r) => `${r.int(1, 4)},${r.int(0, 9)}`), col('cpf_recusado', null, N.badCpf), col('IBAN', 'iban', (r) => V.bankAccount(r, 'BR')),
  ] },
  { file: 'export_0913.csv', delimiter: ',', columns: [
    col('c1', 'in-aadhaar', V.aadhaarNumber), col('c2', null, N.badAadhaar), col('c3', 'uk-nino', V.insuranceNumber), col('c4', null, N.badNino), col('c5', 'it-fiscal-code', V.fiscalCode), col('c6', null, N.isbn10),
    col('c7', 'us-ssn', V.socialSecurity), col('c8', null, N.kafkaOffset), col('c9', 'mac-address', (r) => V.hardwareAddress(r, r.pick(['bare-upper', 'bare-lower']))), col('c10', null, N.ouiPrefix),
    col('c11', 'iban', V.bankAccount), col('c12', null, N.badIbanText), col('c13', 'credit-card', V.paymentCard), col('c14', null, N.badPan), col('c15', 'github-token', S.githubPat), col('c16', null, N.hl7ControlId),
  ] },
];

export function tables9(rng: Rng, rows: number): Table5[] {
  return EXPORTS.map((e) => ({
    file: e.file, delimiter: e.delimiter, columns: e.columns.map(({ name, truth }) => ({ name, truth })),
    rows: Array.from({ length: rows }, () => e.columns.map((c) => toUnit(c.draw(rng)))),
  }));
}

const leaf = (...parts: Array<Piece | string>): Unit => unitOf(...parts);

function signupEvent(rng: Rng): Record<string, Tree> {
  return {
    topic: leaf('signups.v3'), partition: leaf(String(rng.int(0, 11))), offset: leaf(N.kafkaOffset(rng)), timestamp: leaf(N.epochSeconds(rng)), key: leaf(N.uuidV7(rng)),
    value: {
      user: { email: leaf(V.mailbox(rng)), phone: leaf(phoneNumber(rng)), locale: leaf(rng.pick(['pt-BR', 'hi-IN', 'ru-RU', 'ko-KR', 'ar-EG', 'de-AT'])) },
      session: { ip: leaf(V.address(rng)), mac: leaf(V.hardwareAddress(rng)), client: leaf(N.browserVersion(rng)) },
      payout: { iban: leaf(V.bankAccount(rng)), kyc: leaf(...V.cuedNationalId(rng)) },
    },
    headers: { traceparent: leaf('00-', N.sentryEvent(rng), '-', N.spanId(rng), '-01') },
  };
}

const CV_OPENERS = ['Experienced nurse, reachable at ', 'Ingeniera de datos, contacto ', 'Softwareentwickler, erreichbar unter ', 'Développeur backend, tél. ', 'Инженер DevOps, телефон ', 'データアナリスト、電話 ', '데이터 엔지니어, 전화 ', 'मैं डेटा विश्लेषक हूँ, फोन ', 'مهندس برمجيات، هاتف '];

function applicantDocument(rng: Rng): Record<string, Tree> {
  return {
    _id: leaf(N.esDocId(rng)), _index: leaf('applicants-2026.03'), indexed_at: leaf(N.ciTimestamp(rng)),
    _source: {
      candidate: { name: leaf(V.personName(rng)), email: leaf(V.mailbox(rng)), phone: leaf(phoneNumber(rng, undefined, rng.pick(['international', 'national', 'e164']))), id: leaf(...V.cuedNationalId(rng)) },
      cv: { summary: leaf(rng.pick(CV_OPENERS), phoneNumber(rng), ', ', V.mailbox(rng)), portfolio: leaf('https://', V.latinGiven(rng).toLowerCase(), ':', S.userinfoPassword(rng), '@files.example.org/cv.pdf') },
      screening: { score: leaf(`${rng.int(40, 99)}.${rng.int(0, 9)}`), ssn: leaf(V.socialSecurity(rng)), checked_from: leaf(V.address(rng)) },
    },
  };
}

export function recordFiles9(rng: Rng, records: number): RecordFile[] {
  const kafka = Math.ceil(records / 2);
  return [
    { file: 'signup-events.jsonl.gz', fields: [{ name: 'topic', truth: null }, { name: 'offset', truth: null }, { name: 'timestamp', truth: null }, { name: 'key', truth: null }, { name: 'value' }, { name: 'headers' }], records: Array.from({ length: kafka }, () => signupEvent(rng)) },
    { file: 'applicants-export.jsonl', fields: [{ name: '_id', truth: null }, { name: '_index', truth: null }, { name: 'indexed_at', truth: null }, { name: '_source' }], records: Array.from({ length: records - kafka }, () => applicantDocument(rng)) },
  ];
}
