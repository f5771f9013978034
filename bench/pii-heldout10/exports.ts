// Set 10's structured files: two JSON Lines record files (Okta Users API objects, gzip; ActivityPub
// actor documents) and twelve CSV exports: a W-2 payroll export, FatturaPA and NF-e registers and an
// AEAT census (`;`, decimal commas, the NF-e one gzip), a sheet with neutral column names c1…c9,
// NetFlow v9 flows, a spreadsheet contact list with Excel artefacts, e-KYC applicants, HMRC RTI
// employees, a device inventory, card chargebacks and a key-rotation sheet. Column truths as set 5's `Field`.
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { negative as n, withRegions } from './negatives.js';
import { phone } from './phones.js';
import { regionsOf10 } from './regions.js';
import { providerToken } from './secrets.js';
import { aadhaar, card, codiceFiscale, cpf, dni, email, handle, iban, ip, mac, nino, person, plainEmail, ssn } from './values.js';

type Cell = (rng: Rng) => Piece | string | Array<Piece | string>;
interface Col extends Field {
  cell: Cell;
}

const col = (name: string, truth: string | null | undefined, cell: Cell): Col => ({ name, truth, cell });
const unit = (v: ReturnType<Cell>): Unit => unitOf(...(Array.isArray(v) ? v : [v]));
const oneOf = (...kinds: string[]): Cell => (r) => n(r, r.pick(kinds));

function table(rng: Rng, file: string, delimiter: ',' | ';', cols: Col[], rows: number): Table5 {
  return {
    file,
    delimiter,
    columns: cols.map(({ name, truth }) => ({ name, truth })),
    rows: Array.from({ length: rows }, () => cols.map((c) => unit(c.cell(rng)))),
  };
}

/** A phone as a spreadsheet leaves it: `="…"` formula text, a leading apostrophe, or plain. */
const sheetPhone: Cell = (r) => {
  const p = phone(r, r.pick(['GB', 'FR', 'DE', 'NL', 'US', 'AU'] as const), r.pick(['national', 'international', 'e164'] as const));
  return r.weighted<Array<Piece | string>>([[['="', p, '"'], 1], [["'", p], 1], [[p], 2]]);
};

const TABLES: Array<[string, ',' | ';', (r: Rng) => Col[]]> = [
  ['w2_export_2026.csv', ',', () => [col('employee_name', 'person', (r) => person(r, 'latin')), col('ssn', 'us-ssn', (r) => ssn(r, 'dashed')), col('ein', null, oneOf('us-ein')), col('wages_box1', null, oneOf('amount-decimal-point')), col('control_number', null, oneOf('w2-control-number')), col('email', 'email', plainEmail)]],
  ['fatture_clienti.csv', ';', () => [col('nominativo', 'person', (r) => person(r, 'latin')), col('codice_fiscale', 'it-fiscal-code', codiceFiscale), col('partita_iva_fornitore', null, oneOf('partita-iva')), col('iban', 'iban', (r) => iban(r, 'IE')), col('importo', null, oneOf('amount-decimal-comma')), col('telefono', 'phone', (r) => phone(r, 'IT'))]],
  ['nfe_destinatarios.csv.gz', ';', () => [col('nome', 'person', (r) => person(r, 'latin')), col('cpf', 'br-cpf', (r) => cpf(r)), col('cnpj_emitente', null, oneOf('cnpj')), col('chave_acesso', null, oneOf('nfe-access-key')), col('valor', null, oneOf('amount-decimal-comma')), col('email', 'email', plainEmail)]],
  ['neutral_extract.csv', ',', () => [col('c1', 'us-ssn', (r) => ssn(r, 'bare')), col('c2', 'mac-address', (r) => mac(r, 'bare')), col('c3', 'in-aadhaar', (r) => aadhaar(r, 'spaced')), col('c4', null, oneOf('ean-13', 'uuid', 'excel-serial-date', 'version-four-part', 'cnpj', 'zeek-uid')), col('c5', 'ip-address', (r) => ip(r, r.pick(['v6-compressed', 'v6-full', 'v4'] as const))), col('c6', 'phone', (r) => phone(r, undefined, 'e164')), col('c7', 'email', plainEmail), col('c8', null, oneOf('amount-decimal-point', 'byte-count')), col('c9', 'person', person)]],
  ['netflow_v9.csv', ',', () => [col('first_switched', null, oneOf('epoch-ms')), col('ipv4_src_addr', 'ip-address', (r) => ip(r, 'v4-private')), col('ipv4_dst_addr', 'ip-address', (r) => ip(r, 'v4')), col('l4_src_port', null, oneOf('port-number')), col('in_bytes', null, oneOf('byte-count')), col('src_as', null, oneOf('as-number')), col('in_src_mac', 'mac-address', (r) => mac(r, 'colon')), col('out_dst_mac', 'mac-address', (r) => mac(r, 'colon-upper'))]],
  ['contacts_excel_export.csv', ',', () => [col('Name', 'person', person), col('Mobile', 'phone', sheetPhone), col('Email', 'email', email), col('Last contact', null, oneOf('excel-serial-date')), col('Order', null, oneOf('order-number', 'invoice-number'))]],
  ['ekyc_applicants.csv', ',', () => [col('applicant_name', 'person', (r) => person(r, r.pick(['devanagari', 'latin']))), col('aadhaar', 'in-aadhaar', (r) => aadhaar(r)), col('employer_pan', null, oneOf('pan-card')), col('mobile', 'phone', (r) => phone(r, 'IN')), col('ifsc', null, oneOf('ifsc-code'))]],
  ['hmrc_rti_employees.csv', ',', () => [col('ni_number', 'uk-nino', (r) => nino(r)), col('employee', 'person', (r) => person(r, 'latin')), col('paye_reference', null, oneOf('hmrc-paye-reference')), col('tax_code', null, oneOf('hmrc-tax-code')), col('contact_phone', 'phone', (r) => phone(r, 'GB'))]],
  ['aeat_censo.csv', ';', () => [col('nif', 'es-dni', (r) => dni(r)), col('nombre', 'person', (r) => person(r, 'latin')), col('iban', 'iban', (r) => iban(r, 'ES')), col('importe', null, oneOf('amount-decimal-comma')), col('fecha', null, oneOf('date-dmy'))]],
  ['device_inventory.csv', ',', () => [col('hostname', null, (r) => `LAPTOP-${handle(r, 6).toUpperCase()}`), col('mac_address', 'mac-address', (r) => mac(r, 'dash')), col('last_ip', 'ip-address', (r) => ip(r)), col('firmware', null, oneOf('version-four-part')), col('owner_email', 'email', plainEmail), col('notes', undefined, (r) => (r.chance(0.5) ? ['owner ', person(r)] : ['spare, cert ', n(r, 'x509-serial')]))]],
  ['chargebacks.csv', ',', () => [col('case_id', null, oneOf('order-number')), col('cardholder', 'person', person), col('card_number', 'credit-card', (r) => card(r)), col('arn', null, oneOf('acquirer-reference-number')), col('amount', null, oneOf('amount-decimal-point')), col('cardholder_email', 'email', plainEmail)]],
  ['key_rotation.csv', ',', () => [col('key_id', null, oneOf('uuid')), col('secret', 'secret', providerToken), col('owner', 'email', plainEmail), col('rotated_at', null, oneOf('iso-timestamp'))]],
];

export function tables10(rng: Rng, rows: number): Table5[] {
  return TABLES.map(([file, delimiter, cols]) => withRegions(regionsOf10(file), () => table(rng, file, delimiter, cols(rng), rows)));
}

const leaf = (...p: Array<Piece | string>): Unit => unitOf(...p);

function oktaUser(r: Rng): Record<string, Tree> {
  return {
    id: leaf(n(r, 'okta-user-id')),
    status: leaf(r.pick(['ACTIVE', 'PROVISIONED', 'SUSPENDED'])),
    created: leaf(n(r, 'iso-timestamp')),
    profile: { displayName: leaf(person(r)), login: leaf(plainEmail(r)), email: leaf(plainEmail(r)), mobilePhone: leaf(phone(r)), employeeNumber: leaf(n(r, 'dataframe-index', 'employee-number')) },
    credentials: { provider: { type: leaf('OKTA'), name: leaf('OKTA') }, recovery_question: { question: leaf('First pet?') } },
  };
}

function activityPubActor(r: Rng): Record<string, Tree> {
  const user = handle(r, 7);
  return {
    id: leaf(`https://social.example/users/${user}`),
    type: leaf('Person'),
    name: leaf(person(r)),
    published: leaf(n(r, 'iso-timestamp')),
    summary: leaf('<p>Photographer. Bookings: ', plainEmail(r), ' / ', phone(r, undefined, 'international'), '</p>'),
    publicKey: { id: leaf(`https://social.example/users/${user}#main-key`), fingerprint: leaf(n(r, 'ssh-host-key-fingerprint')) },
    attachment: { name: leaf('Signal'), value: leaf(phone(r, undefined, 'e164')) },
  };
}

export function recordFiles10(rng: Rng, records: number): RecordFile[] {
  const half = Math.ceil(records / 2);
  const fields = (spec: Array<[string, string | null | undefined]>): Field[] => spec.map(([name, truth]) => ({ name, truth }));
  const file = (name: string, spec: Array<[string, string | null | undefined]>, count: number, make: (r: Rng) => Record<string, Tree>): RecordFile => ({ file: name, fields: fields(spec), records: withRegions(regionsOf10(name), () => Array.from({ length: count }, () => make(rng))) });
  return [
    file('okta_users.jsonl.gz', [['id', null], ['status', null], ['created', null], ['profile', undefined], ['credentials', undefined]], half, oktaUser),
    file('activitypub_actors.jsonl', [['id', null], ['type', null], ['name', 'person'], ['published', null], ['summary', undefined], ['publicKey', undefined], ['attachment', undefined]], records - half, activityPubActor),
  ];
}
