// The structured part of set 4: mobile analytics events as JSON Lines with nested objects (an AWS key
// pair split across two fields of one record), and CSV exports: a German payroll sheet and a Spanish
// and Italian one (semicolon, decimal comma), a CAMT.053-like statement, Jira and GitHub issue
// exports, a Windows event log export, a shipping manifest, a KYC export of UK, Indian and Brazilian
// ids and an export with neutral column names.
import type { Rng } from '../pii-heldout/prng.js';
import * as N from './negatives.js';
import { phone } from './phones.js';
import * as V from './values.js';
import { gold, unitOf, type Piece, type Unit } from './unit.js';

/** A JSON value whose leaves are scored units (written as their text). */
export type Tree = Unit | { [key: string]: Tree };
export const isUnit = (t: Tree): t is Unit => typeof (t as Unit).text === 'string' && Array.isArray((t as Unit).gold);

export interface Column {
  name: string;
  /**
   * The column's true type, null when it holds no personal data; undefined: mixed, not judged. Judged
   * by group: a national-id column mixing DNI and codice fiscale is right with either type.
   */
  truth?: string | null;
  cell: (rng: Rng) => Unit;
}

export interface Table {
  file: string;
  delimiter: ',' | ';';
  columns: Array<Omit<Column, 'cell'>>;
  rows: Unit[][];
}

const u = (f: (rng: Rng) => Piece | string) => (rng: Rng) => unitOf(f(rng));
const col = (name: string, truth: string | null | undefined, f: (rng: Rng) => Piece | string): Column => ({ name, truth, cell: u(f) });

export const RECORD_FIELDS: Array<{ name: string; truth?: string | null }> = [
  { name: 'event_id', truth: null }, { name: 'ts', truth: null }, { name: 'event', truth: null }, { name: 'app', truth: null }, { name: 'device' }, { name: 'user' }, { name: 'client_ip', truth: 'ip-address' }, { name: 'geo', truth: null }, { name: 'credentials' }, { name: 'upload' },
];

export function record(rng: Rng): Record<string, Tree> {
  const p = V.person(rng);
  const k = V.awsPair(rng);
  const leak = rng.chance(0.25);
  return {
    event_id: unitOf(N.guid(rng)),
    ts: unitOf(N.epoch(rng, true)),
    event: unitOf(rng.pick(['screen_view', 'purchase', 'login', 'app_open', 'push_received'])),
    app: { version: unitOf(N.appVersion(rng)), build: unitOf(N.buildNumber(rng)) },
    device: { model: unitOf(N.deviceModel(rng)), resolution: unitOf(N.resolution(rng)), wifi_bssid: unitOf(V.mac(rng, rng.pick(['colon-lower', 'colon-upper', 'dash-upper', 'cisco-dot', 'bare'] as const))), ad_id: unitOf(N.guid(rng)) },
    user: { email: unitOf(V.email(rng, p)), msisdn: unitOf(phone(rng, undefined, rng.pick(['e164', 'international']))), display: unitOf(gold('person', 'given-family', `${p.given} ${p.family}`)) },
    client_ip: unitOf(V.ip(rng)),
    geo: { lat_lon: unitOf(N.coordinates(rng)), order: unitOf(N.orderNumber(rng)) },
    credentials: leak ? { key_id: unitOf(k.id) } : { session: unitOf(N.guid(rng)) },
    // The secret key sits in another top-level field than its key id (found only by the record pass).
    ...(leak ? { upload: { s3: { signing_secret: unitOf(k.secret), bucket: unitOf('mobile-crash-dumps') } } } : {}),
  };
}

const semver = (rng: Rng) => N.appVersion(rng);

const TABLES: Array<{ file: string; delimiter: ',' | ';'; columns: Column[] }> = [
  { file: 'lohnabrechnung_2026-11.csv', delimiter: ';', columns: [
    col('Name', 'person', (r) => { const p = V.person(r); return gold('person', 'given-family', `${p.given} ${p.family}`); }), col('IBAN', 'iban', (r) => V.iban(r, 'DE')), col('E-Mail', 'email', (r) => V.email(r)),
    col('Telefon', 'phone', (r) => phone(r, 'DE', 'national')), col('Brutto', null, (r) => N.amount(r)), col('Netto', null, (r) => N.amount(r)), col('Eintritt', null, (r) => N.timestamp(r, 'de')), col('Kostenstelle', null, (r) => N.sku(r)) ] },
  { file: 'nominas_es_it.csv', delimiter: ';', columns: [
    col('Documento', 'es-dni', (r) => (r.chance(0.5) ? V.dni(r) : V.codiceFiscale(r))), col('Importe', null, (r) => N.amount(r)), col('Fecha', null, (r) => N.timestamp(r, 'de')), col('Móvil', 'phone', (r) => phone(r, r.pick(['ES', 'IT']), 'national')), col('IBAN', 'iban', (r) => V.iban(r, r.pick(['ES', 'IT']))) ] },
  { file: 'camt053_export.csv', delimiter: ',', columns: [
    col('BookingDate', null, (r) => N.timestamp(r, 'iso')), col('Amount', null, (r) => N.amount(r, false)), col('Currency', null, () => 'EUR'), col('CounterpartyIBAN', 'iban', (r) => V.iban(r)), col('CounterpartyBIC', null, (r) => N.bic(r)),
    col('EndToEndId', null, (r) => N.statementRef(r)), col('BankTxCode', null, (r) => N.bankTxCode(r)), col('Check', null, (r) => (r.chance(0.5) ? N.badIban(r) : N.badCard(r))) ] },
  { file: 'jira_export.csv', delimiter: ',', columns: [
    col('Issue key', null, (r) => N.ticketKey(r)), col('Reporter', 'email', (r) => V.email(r)), col('Created', null, (r) => N.timestamp(r, 'rfc5322')), col('Fix Version/s', null, semver), col('Build', null, (r) => N.buildNumber(r)),
    { name: 'Description', cell: (r) => unitOf('Customer called from ', phone(r), ', device ', N.deviceModel(r), ' at ', N.resolution(r), ', IP ', V.ip(r), '.') } ] },
  { file: 'github_issues.csv', delimiter: ',', columns: [
    col('number', null, (r) => N.neg('ticket-key', 'github', `#${r.int(1, 9999)}`)), col('created_at', null, (r) => N.timestamp(r, 'iso')), col('milestone', null, semver),
    { name: 'body', cell: (r) => unitOf('### Environment\n- app ', N.appVersion(r), ' (build ', N.buildNumber(r), ')\n- device ', N.deviceModel(r), '\n\nCrash after login as ', V.email(r), ' from ', V.ip(r), '; token in the log: ', V.token(r), '\n') } ] },
  { file: 'security_events.csv', delimiter: ',', columns: [
    col('Date and Time', null, (r) => N.timestamp(r, 'windows')), col('Event ID', null, (r) => N.windowsEventId(r)), col('Security ID', null, (r) => N.sid(r)), col('Logon GUID', null, (r) => N.guid(r, true)), col('Source Network Address', 'ip-address', (r) => V.ip(r)), col('Source Port', null, (r) => N.port(r)) ] },
  { file: 'manifest.csv', delimiter: ',', columns: [
    col('tracking', null, (r) => N.tracking(r)), col('order_no', null, (r) => N.orderNumber(r)), col('ean', null, (r) => N.ean(r)), col('hs_code', null, (r) => N.hsCode(r)), col('weight', null, (r) => N.weight(r)), col('dims', null, (r) => N.dimensions(r)),
    col('consignee_phone', 'phone', (r) => phone(r, undefined, r.pick(['international', 'national']))), col('consignee_email', 'email', (r) => V.email(r)) ] },
  { file: 'kyc_export.csv', delimiter: ',', columns: [
    col('customer_ref', null, (r) => N.orderNumber(r)), col('id_number', 'uk-nino', (r) => r.pick([V.nino, V.aadhaar, V.cpf])(r)), col('verified_at', null, (r) => N.timestamp(r, 'iso')), col('mobile', 'phone', (r) => phone(r, r.pick(['GB', 'IN', 'BR']), 'international')), col('score', null, (r) => N.amount(r, false)) ] },
  { file: 'export_0007.csv', delimiter: ',', columns: [
    col('a', 'email', (r) => V.email(r)), col('b', 'phone', (r) => phone(r, undefined, 'international')), col('c', null, (r) => N.guid(r)), col('d', null, (r) => N.amount(r, false)), col('e', 'ip-address', (r) => V.ip(r)), col('f', null, (r) => N.ticketKey(r)), col('g', 'mac-address', (r) => V.mac(r)), col('h', 'credit-card', (r) => V.card(r)) ] },
];

export function tables(rng: Rng, rows: number): Table[] {
  return TABLES.map((t) => ({ file: t.file, delimiter: t.delimiter, columns: t.columns.map(({ name, truth }) => ({ name, truth })), rows: Array.from({ length: rows }, () => t.columns.map((c) => c.cell(rng))) }));
}
