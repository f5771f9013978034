// Set 7's typed exports: two JSON Lines record files with nested objects (fleet telematics; smart-meter
// readings, gzip) and ten CSV exports (Salesforce- and HubSpot-like contacts, student records, meter
// readings, an SMS log, HR applicants, IAM credentials, billing, a bounce log (gzip) and one with neutral
// column names). Each judged column has its true type: a gold type, or null when it holds no personal data.
import type { Rng } from '../pii-heldout/prng.js';
import type { Table, Tree } from '../pii-heldout4/exports.js';
import type { RecordFile } from '../pii-heldout5/exports.js';
import { gold, unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import { phone } from './machine.js';
import * as N from './negatives.js';
import * as S from './secrets.js';
import * as V from './values.js';

interface Col {
  name: string;
  truth?: string | null;
  cell: (rng: Rng) => Piece | string;
}
type Spec = { file: string; delimiter: ',' | ';'; columns: Col[] };
const c = (name: string, truth: string | null | undefined, cell: (rng: Rng) => Piece | string): Col => ({ name, truth, cell });
const isoTs = (rng: Rng) => `2026-${String(rng.int(1, 11)).padStart(2, '0')}-${String(rng.int(10, 28))}T${String(rng.int(10, 23))}:${String(rng.int(10, 59))}:00Z`;
const NAMES = ['Ingrid Berg', 'Kwame Asante', 'Mei Tanaka', 'Luis Moreno', 'Fatima Zahra', 'Noah Fischer', 'Olga Ivanova', 'Siti Rahma'];
// Names are gold `person` (reported, not judged).
const name = (rng: Rng): Piece => gold('person', 'full-name', rng.pick(NAMES));

const SPECS: Spec[] = [
  { file: 'salesforce-contacts.csv', delimiter: ',', columns: [c('Id', null, (r) => N.campaignId(r)), c('Name', undefined, name), c('Email', 'email', V.email), c('Phone', 'phone', (r) => phone(r)), c('LeadScore', null, (r) => String(r.int(0, 100))), c('CampaignId', null, N.campaignId), c('UTM', null, N.utm), c('CreatedDate', null, isoTs)] },
  { file: 'hubspot-kontakte.csv', delimiter: ';', columns: [c('Datensatz-ID', null, N.hubspotId), c('E-Mail', 'email', V.email), c('Telefonnummer', 'phone', (r) => phone(r, r.pick(['DE', 'AT', 'CH', 'NL', 'PL', 'CZ']))), c('Lead-Score', null, (r) => `${r.int(0, 99)},${r.int(0, 9)}`), c('Erstellt am', null, isoTs)] },
  { file: 'students.csv', delimiter: ',', columns: [c('matricola', null, N.studentNo), c('nome', undefined, name), c('email', 'email', V.email), c('codice_fiscale', 'it-fiscal-code', V.codiceFiscale), c('course', null, N.courseCode), c('room', null, N.room), c('grade', null, (r) => String(r.int(18, 30)))] },
  { file: 'zaehlerstaende.csv', delimiter: ';', columns: [c('Zählpunkt', null, N.meloId), c('Zählernummer', null, N.meterSerial), c('Stand_kWh', null, N.reading), c('IBAN', 'iban', (r) => V.iban(r, r.pick(['DE', 'AT', 'LU', 'NL']))), c('Mandatsreferenz', null, N.mandateRef), c('Gläubiger-ID', null, N.creditorId)] },
  { file: 'sms-log.csv', delimiter: ',', columns: [c('sid', null, (r) => N.twilioSid(r, 'SM')), c('from', 'phone', (r) => phone(r, r.pick(['US', 'GB', 'DE', 'AU']), 'e164')), c('to', 'phone', (r) => phone(r, undefined, 'e164')), c('status', null, (r) => r.pick(['delivered', 'failed', 'sent'])), c('price', null, N.amount), c('segments', null, (r) => String(r.int(1, 4)))] },
  { file: 'applicants.csv', delimiter: ',', columns: [c('applicant_id', null, N.invoiceNo), c('full_name', undefined, name), c('email', 'email', V.email), c('mobile', 'phone', (r) => phone(r)), c('ni_number', 'uk-nino', V.nino), c('dni_nie', 'es-dni', V.dni), c('cv_sha256', null, N.sha256)] },
  { file: 'iam-credentials.csv', delimiter: ',', columns: [c('account_id', null, N.awsAccount), c('arn', null, (r) => N.arn(r)), c('access_key_id', 'aws-access-key-id', S.awsKeyId), c('secret_access_key', 'aws-secret-access-key', S.awsSecret), c('created', null, isoTs)] },
  { file: 'billing.csv', delimiter: ',', columns: [c('invoice', null, N.invoiceNo), c('card_number', 'credit-card', V.card), c('payout_iban', 'iban', (r) => V.iban(r)), c('amount', null, N.amount), c('gtin', null, N.ean13), c('ref_number', null, N.badCard)] },
  { file: 'bounces.csv.gz', delimiter: ',', columns: [c('queue_id', null, N.queueId), c('recipient', 'email', V.email), c('dsn', null, N.smtpStatus), c('remote_ip', 'ip-address', V.ip), c('campaign', null, N.campaignId)] },
  { file: 'export-7.csv', delimiter: ',', columns: [c('c1', 'in-aadhaar', V.aadhaar), c('c2', null, N.version), c('c3', 'mac-address', (r) => V.mac(r, 'bare')), c('c4', null, N.epochMs), c('c5', 'br-cpf', V.cpf), c('c6', 'ip-address', V.ip), c('c7', null, N.imei), c('c8', null, N.invoiceNo), c('c9', 'us-ssn', (r) => V.ssn(r, 'dashed'))] },
];

export function tables7(rng: Rng, rows: number): Table[] {
  return SPECS.map((s) => ({ file: s.file, delimiter: s.delimiter, columns: s.columns.map(({ name, truth }) => ({ name, truth })), rows: Array.from({ length: rows }, () => s.columns.map((col) => unitOf(col.cell(rng)))) }));
}

const u = (...p: Array<Piece | string>): Unit => unitOf(...p);

function fleetRecord(rng: Rng): Record<string, Tree> {
  return {
    vin: u(N.vin(rng)), ts: u(N.epochMs(rng)), plate: u(N.plate(rng)), odometer_km: u(N.odometer(rng)),
    position: { lat_lon: u(N.gps(rng)), heading: u(String(rng.int(0, 359))) },
    driver: { name: u(name(rng)), phone: u(phone(rng)), email: u(V.email(rng)) },
    modem: { imei: u(N.imei(rng)), mac: u(V.mac(rng)), firmware: u(N.version(rng)) },
    gateway_ip: u(V.ip(rng)),
  };
}

function meterRecord(rng: Rng): Record<string, Tree> {
  const uk = rng.chance(0.5);
  return {
    meter_point: u(uk ? N.mpan(rng) : N.meloId(rng)), serial: u(N.meterSerial(rng)), reading_kwh: u(N.reading(rng)), read_at: u(isoTs(rng)),
    customer: { email: u(V.email(rng)), iban: u(V.iban(rng, uk ? 'GB' : 'DE')), mandate: u(N.mandateRef(rng)), contact: u('call ', phone(rng, uk ? 'GB' : 'DE')) },
    hub: { mac: u(V.mac(rng, rng.pick(['colon-upper', 'dash-upper', 'cisco-dotted']))), ip: u(V.ipv6(rng)), fw: u(N.version(rng)) },
  };
}

export function recordFiles7(rng: Rng, records: number): RecordFile[] {
  const half = Math.ceil(records / 2);
  return [
    { file: 'fleet-telematics.jsonl', fields: [{ name: 'vin', truth: null }, { name: 'ts', truth: null }, { name: 'plate', truth: null }, { name: 'odometer_km', truth: null }, { name: 'gateway_ip', truth: 'ip-address' }], records: Array.from({ length: half }, () => fleetRecord(rng)) },
    { file: 'meter-readings.jsonl.gz', fields: [{ name: 'meter_point', truth: null }, { name: 'serial', truth: null }, { name: 'reading_kwh', truth: null }, { name: 'read_at', truth: null }], records: Array.from({ length: records - half }, () => meterRecord(rng)) },
  ];
}
