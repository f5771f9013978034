// Structured data: JSON Lines records of several fields (an application's event export) and six CSV
// exports (a CRM, a neutral-named BI extract, an HR export with national ids under their own names, a
// device inventory, a neutral payments extract, a credentials audit). Each column has a true type,
// null for a column of hard negatives, undefined for a mixed column that is not judged.
import type { Rng } from '../pii-heldout/prng.js';
import { negativeUnit, valueUnit, Doc, type Unit, type Value } from './doc.js';
import { instant, neg, timestamp, type NegativeKind } from './negatives.js';
import { phone } from './phones.js';
import { aadhaar, awsKeyId, awsSecret, card, codiceFiscale, cpf, dni, email, githubToken, iban, ip, ipv6Text, mac, nino, ssn } from './values.js';

export interface Column {
  name: string;
  /** The column's true type (a gold type), null for a non-personal column, undefined: not judged. */
  truth: string | null | undefined;
  cell: (rng: Rng) => Unit;
}

export interface Table {
  file: string;
  columns: Array<{ name: string; truth: string | null | undefined }>;
  rows: Unit[][];
}

const pos = (gen: (r: Rng) => Value) => (r: Rng) => valueUnit(gen(r));
const negCell = (kind: NegativeKind) => (r: Rng) => negativeUnit(kind, neg(r, kind));
const ts = (shape: Parameters<typeof timestamp>[1]) => (r: Rng) => negativeUnit('timestamp', timestamp(instant(r), shape));
const text = (values: string[]) => (r: Rng) => new Doc().t(r.pick(values)).done();
const PEOPLE = ['Olivia Bennett', 'Jürgen Müller', 'Camille Lefèvre', 'Lucía Fernández', 'Giulia Bianchi', 'João Carvalho', 'Sanne de Vries', 'Priya Raman', 'Hiroshi Tanaka'];
const person = (r: Rng): Value => ({ text: r.pick(PEOPLE), type: 'person', form: 'column' });
const anyPhone = (r: Rng) => phone(r);
const nationalPhone = (r: Rng) => phone(r, r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'IN', 'JP']), 'national');
const ipv6 = (r: Rng): Value => ({ text: ipv6Text(r), type: 'ip-address', form: 'ipv6-column' });

const TABLE_DEFS: Array<{ file: string; columns: Column[] }> = [
  { file: 'crm_contacts.csv', columns: [
    { name: 'contact_id', truth: null, cell: negCell('case-number') }, { name: 'full_name', truth: 'person', cell: pos(person) },
    { name: 'email', truth: 'email', cell: pos(email) }, { name: 'phone', truth: 'phone', cell: pos(anyPhone) }, { name: 'mobile', truth: 'phone', cell: pos(nationalPhone) },
    { name: 'country', truth: null, cell: text(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'US', 'BR', 'IN', 'JP']) }, { name: 'created_at', truth: null, cell: ts('iso-z') }, { name: 'iban', truth: 'iban', cell: pos(iban) },
  ] },
  { file: 'export_0412.csv', columns: [
    { name: 'c01', truth: null, cell: negCell('uuid') }, { name: 'c02', truth: 'email', cell: pos(email) }, { name: 'c03', truth: 'phone', cell: pos(anyPhone) },
    { name: 'c04', truth: null, cell: negCell('epoch-millis') }, { name: 'c05', truth: 'ip-address', cell: pos(ip) }, { name: 'c06', truth: null, cell: negCell('version') },
    { name: 'c07', truth: 'credit-card', cell: pos(card) }, { name: 'c08', truth: null, cell: negCell('order-number') }, { name: 'c09', truth: 'mac-address', cell: pos((r) => mac(r)) },
    { name: 'c10', truth: null, cell: negCell('price') }, { name: 'c11', truth: null, cell: negCell('tracking-number') }, { name: 'c12', truth: 'in-aadhaar', cell: pos(aadhaar) },
  ] },
  { file: 'hr_personal.csv', columns: [
    { name: 'emp_no', truth: null, cell: negCell('case-number') }, { name: 'ni_number', truth: 'uk-nino', cell: pos(nino) }, { name: 'numero_dni', truth: 'es-dni', cell: pos(dni) },
    { name: 'codice_fiscale', truth: 'it-fiscal-code', cell: pos(codiceFiscale) }, { name: 'cpf', truth: 'br-cpf', cell: pos(cpf) }, { name: 'ssn', truth: 'us-ssn', cell: pos(ssn) },
    { name: 'hire_date', truth: null, cell: ts('w3c') }, { name: 'salary', truth: null, cell: negCell('price') }, { name: 'height', truth: null, cell: negCell('measurement') },
  ] },
  { file: 'device_inventory.csv', columns: [
    { name: 'hostname', truth: null, cell: text(['ap-floor2', 'sw-core-01', 'printer-hr', 'cam-lobby', 'nas-backup']) }, { name: 'mac_address', truth: 'mac-address', cell: pos((r) => mac(r, r.pick(['colon-lower', 'colon-upper', 'dash', 'cisco'] as const))) },
    { name: 'ipv4', truth: 'ip-address', cell: pos(ip) }, { name: 'ipv6', truth: 'ip-address', cell: pos(ipv6) }, { name: 'firmware', truth: null, cell: negCell('version-4part') },
    { name: 'serial', truth: null, cell: negCell('sku') }, { name: 'last_seen', truth: null, cell: ts('iso-offset') }, { name: 'snmp_oid', truth: null, cell: negCell('oid') },
    { name: 'location', truth: null, cell: negCell('coordinates') },
  ] },
  { file: 'payments_q1.csv', columns: [
    { name: 'f1', truth: null, cell: ts('eu-date-time') }, { name: 'f2', truth: 'credit-card', cell: pos(card) }, { name: 'f3', truth: null, cell: negCell('price') },
    { name: 'f4', truth: 'iban', cell: pos(iban) }, { name: 'f5', truth: null, cell: negCell('reference-number') }, { name: 'f6', truth: null, cell: negCell('barcode') },
    { name: 'f7', truth: null, cell: negCell('invoice-number') }, { name: 'f8', truth: 'us-ssn', cell: pos(ssn) }, { name: 'f9', truth: null, cell: negCell('bad-card') },
  ] },
  { file: 'credentials_audit.csv', columns: [
    { name: 'owner', truth: 'email', cell: pos(email) }, { name: 'access_key_id', truth: 'aws-access-key-id', cell: pos(awsKeyId) }, { name: 'secret_access_key', truth: 'aws-secret-access-key', cell: pos(awsSecret) },
    { name: 'token', truth: 'github-token', cell: pos(githubToken) }, { name: 'created', truth: null, cell: negCell('epoch-seconds') }, { name: 'port', truth: null, cell: negCell('port') },
    { name: 'account', truth: null, cell: negCell('aws-account-id') }, { name: 'commit', truth: null, cell: negCell('git-hash') },
  ] },
];

export function tables(rng: Rng, rows: number): Table[] {
  return TABLE_DEFS.map((def) => ({
    file: def.file,
    columns: def.columns.map(({ name, truth }) => ({ name, truth })),
    rows: Array.from({ length: rows }, () => def.columns.map((c) => (rng.chance(0.02) ? new Doc().done() : c.cell(rng)))),
  }));
}

// ---- JSON Lines event records -----------------------------------------------------------------
/** A record: string fields as units, numeric fields as numbers (scored as their decimal text). */
export type EventRecord = Record<string, Unit | number>;

export const RECORD_FIELDS: Array<{ name: string; truth: string | null | undefined }> = [
  { name: 'ts', truth: null }, { name: 'event', truth: null }, { name: 'user_email', truth: 'email' }, { name: 'user_phone', truth: 'phone' }, { name: 'client_ip', truth: 'ip-address' },
  { name: 'device_mac', truth: 'mac-address' }, { name: 'request_id', truth: null }, { name: 'status', truth: null }, { name: 'latency_ms', truth: null },
  { name: 'user_agent', truth: null }, { name: 'order_id', truth: null }, { name: 'amount', truth: null }, { name: 'note', truth: undefined },
];

const EVENTS = ['login', 'logout', 'checkout', 'password_reset', 'address_change', 'refund'];

function note(rng: Rng): Unit {
  const d = new Doc();
  switch (rng.int(0, 5)) {
    case 0: return d.t('customer asked to call back on ').v(phone(rng)).done();
    case 1: return d.t('refund to ').v(iban(rng)).t(' approved, case ').n('case-number', neg(rng, 'case-number')).done();
    case 2: return d.t('shipped, tracking ').n('tracking-number', neg(rng, 'tracking-number')).t(', weight ').n('measurement', neg(rng, 'measurement')).done();
    case 3: return d.t('app ').n('version', neg(rng, 'version')).t(' build ').n('build-number', neg(rng, 'build-number')).done();
    case 4: return d.t('secondary contact ').v(email(rng)).done();
    default: return d.t('').done();
  }
}

export function eventRecords(rng: Rng, n: number): EventRecord[] {
  return Array.from({ length: n }, () => {
    const t = instant(rng);
    return {
      ts: negativeUnit('timestamp', timestamp(t, rng.pick(['iso-z', 'iso-offset'] as const))),
      event: new Doc().t(rng.pick(EVENTS)).done(),
      user_email: valueUnit(email(rng)),
      user_phone: valueUnit(phone(rng, undefined, rng.pick(['intl', 'intl-e164'] as const))),
      client_ip: valueUnit(ip(rng)),
      device_mac: valueUnit(mac(rng, rng.pick(['colon-lower', 'colon-upper', 'dash'] as const))),
      request_id: negativeUnit('uuid', neg(rng, 'uuid')),
      status: rng.pick([200, 201, 302, 400, 401, 404, 500]),
      latency_ms: rng.int(1, 9000),
      user_agent: negativeUnit('user-agent', neg(rng, 'user-agent')),
      order_id: negativeUnit('order-number', neg(rng, 'order-number')),
      amount: negativeUnit('price', neg(rng, 'price')),
      note: note(rng),
    };
  });
}
