// Structured exports of set 5: IoT telemetry JSON Lines (nested device, network, position and owner
// objects) and e-commerce orders as gzip JSON Lines (customer with a KYC id, shipping, items with GTINs,
// payment), and eight CSV exports: CDRs (one gzip, one `;` sheet of a German MVNO with decimal commas),
// orders, a `;` KYC sheet, a payment settlement export, a device inventory, an export with neutral
// column names, and CI/CD variables. Columns carry their true type (null: not personal; absent: mixed).
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { gold, unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone5 } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

export interface Field {
  name: string;
  /** True type; null: holds no personal data; undefined: mixed, not judged. */
  truth?: string | null;
}

export interface RecordFile {
  file: string;
  fields: Field[];
  records: Array<Record<string, Tree>>;
}

export interface Table5 {
  file: string;
  delimiter: ',' | ';';
  columns: Field[];
  rows: Unit[][];
}

const leaf = (...p: Array<string | Piece>): Unit => unitOf(...p);

export const TELEMETRY_FIELDS: Field[] = [{ name: 'ts', truth: null }, { name: 'hw_addr', truth: 'mac-address' }, { name: 'uplink_ip', truth: 'ip-address' }, { name: 'fw', truth: null }, { name: 'device' }, { name: 'net' }, { name: 'gps' }, { name: 'owner' }, { name: 'msg' }];

function telemetry(rng: Rng): Record<string, Tree> {
  const p = V.person(rng, rng.pick(['en', 'de', 'pl', 'tr']));
  return {
    ts: leaf(N.epoch(rng, true)), hw_addr: leaf(V.mac(rng, rng.pick(['bare', 'colon']))), uplink_ip: leaf(V.ip(rng, rng.pick(['v4', 'v6-compressed', 'v4-mapped']))), fw: leaf(N.version(rng)),
    device: { serial: leaf(N.serial(rng)), model: leaf(rng.pick(['TH-200', 'SmartPlug Mini', 'GW-4G'])), mac: leaf(V.mac(rng, rng.pick(['colon', 'hyphen', 'cisco']))), boot_id: leaf(S.uuid(rng)) },
    net: { bssid: leaf(V.mac(rng, 'colon-upper')), rssi: leaf(N.rssi(rng)), cell: leaf(N.cellId(rng)), gateway: leaf(V.ip(rng, 'v4')) },
    gps: { lat: leaf(N.gps(rng)), lon: leaf(N.gps(rng)), fix_ts: leaf(N.timestamp(rng, 'iso')) },
    owner: { email: leaf(V.email(rng, p)), phone: leaf(phone5(rng, undefined, rng.pick(['e164', 'international']))) },
    msg: leaf(rng.pick(['battery low on ', 'tamper switch on ', 'rebooted after OTA ']), N.version(rng), ', contact ', V.email(rng, p), ' or ', phone5(rng)),
  };
}

export const ORDER_FIELDS: Field[] = [{ name: 'order_id', truth: null }, { name: 'created', truth: null }, { name: 'contact_email', truth: 'email' }, { name: 'total', truth: null }, { name: 'customer' }, { name: 'shipping' }, { name: 'items' }, { name: 'payment' }];

function kyc(rng: Rng): [string, Piece] {
  const [type, draw] = rng.pick<[string, (r: Rng) => Piece]>([['SSN', (r) => V.ssn(r)], ['NINO', (r) => V.nino(r)], ['DNI', (r) => V.dni(r)], ['CF', V.codiceFiscale], ['AADHAAR', (r) => V.aadhaar(r)], ['CPF', (r) => V.cpf(r)]]);
  return [type, draw(rng)];
}

function order(rng: Rng): Record<string, Tree> {
  const p = V.person(rng, rng.pick(['en', 'de', 'es', 'it', 'pt', 'hi']));
  const [idType, id] = kyc(rng);
  return {
    order_id: leaf(N.orderId(rng)), created: leaf(N.timestamp(rng, 'iso')), contact_email: leaf(V.email(rng, p)), total: leaf(N.amount(rng, rng.pick(['en', 'de', 'ch']))),
    customer: { name: leaf(gold('person', 'given-family', `${p.given} ${p.family}`)), phone: leaf(phone5(rng)), kyc: { type: leaf(idType), value: leaf(id) } },
    shipping: { line1: leaf(`${rng.int(1, 200)} ${rng.pick(['Harbour Road', 'Rua Augusta', 'Calle Mayor', 'Via Roma'])}`), carrier: leaf(rng.pick(['UPS', 'FedEx', 'USPS', 'DHL', 'Royal Mail'])), tracking: leaf(N.tracking(rng)) },
    items: { 0: { sku: leaf(N.sku(rng)), gtin: leaf(N.barcode(rng)), qty: leaf(String(rng.int(1, 5))) } },
    payment: { method: leaf(rng.pick(['card', 'sepa_debit'])), card: leaf(N.maskedPan(rng)), iban: leaf(V.iban(rng, rng.pick(['DE', 'NL', 'ES', 'IT', 'PT', 'AT']))), bin: leaf(N.bin(rng)) },
  };
}

interface TableSpec {
  file: string;
  delimiter: ',' | ';';
  columns: Field[];
  row: (rng: Rng) => Array<Piece | string>;
}

const CI_VARIABLES: Array<[string, (rng: Rng) => Piece]> = [
  ['GITHUB_TOKEN', (r) => S.secret(r, 'github')], ['GITLAB_API_TOKEN', (r) => S.secret(r, 'gitlab')], ['SLACK_WEBHOOK_TOKEN', (r) => S.secret(r, 'slack')], ['STRIPE_API_KEY', (r) => S.secret(r, 'stripe')],
  ['GOOGLE_API_KEY', (r) => S.secret(r, 'google')], ['AWS_ACCESS_KEY_ID', (r) => S.secret(r, 'aws-id')], ['AWS_SECRET_ACCESS_KEY', (r) => S.awsSecret(r)], ['SIGNING_KEY', (r) => S.pemKey(r)], ['SERVICE_JWT', (r) => S.jwt(r)],
  ['RELEASE_SHA', (r) => S.gitSha(r)], ['CACHE_KEY', (r) => S.uuid(r)], ['SCRIPT_INTEGRITY', (r) => S.sri(r)], ['DB_PASSWORD', (r) => S.placeholderSecret(r)], ['APP_VERSION', (r) => N.version(r)],
];

const SPECS: TableSpec[] = [
  { file: 'cdr_voice_2026-11.csv.gz', delimiter: ',', columns: [{ name: 'record_id', truth: null }, { name: 'start_time', truth: null }, { name: 'calling_number', truth: 'phone' }, { name: 'called_number', truth: 'phone' }, { name: 'imei', truth: null }, { name: 'imsi', truth: null }, { name: 'cell_id', truth: null }, { name: 'duration_s', truth: null }, { name: 'charge', truth: null }],
    row: (r) => [N.buildId(r), N.timestamp(r, 'cdr'), phone5(r, undefined, 'e164'), phone5(r, undefined, r.pick(['e164', 'international', 'national'])), N.imei(r), N.imsi(r), N.cellId(r), N.duration(r), N.amount(r)] },
  { file: 'cdr_mvno_dach.csv', delimiter: ';', columns: [{ name: 'Anrufer', truth: 'phone' }, { name: 'Angerufen', truth: 'phone' }, { name: 'Geraet_IMEI', truth: null }, { name: 'Zelle', truth: null }, { name: 'Beginn', truth: null }, { name: 'Dauer', truth: null }, { name: 'Betrag_EUR', truth: null }],
    row: (r) => [phone5(r, r.pick(['DE', 'AT', 'CH']), r.pick(['national', 'national-slash', 'international'])), phone5(r, r.pick(['DE', 'AT', 'CH', 'IT', 'FR', 'PL', 'TR']), r.pick(['national', 'idd00', 'international'])), N.imei(r), N.cellId(r), N.timestamp(r, 'eu'), N.duration(r), N.amount(r, 'de')] },
  { file: 'orders_export.csv', delimiter: ',', columns: [{ name: 'order_id', truth: null }, { name: 'created_at', truth: null }, { name: 'customer_email', truth: 'email' }, { name: 'customer_phone', truth: 'phone' }, { name: 'sku', truth: null }, { name: 'ean', truth: null }, { name: 'tracking_number', truth: null }, { name: 'total', truth: null }],
    row: (r) => { const p = V.person(r, r.pick(['en', 'de', 'ja', 'ru', 'el'])); return [N.orderId(r), N.timestamp(r, 'iso'), V.email(r, p, r.pick(['de', 'el', 'ru', 'en'])), phone5(r), N.sku(r), N.barcode(r, r.pick(['ean13', 'upca'])), N.tracking(r), N.amount(r)]; } },
  { file: 'orders_kyc_eu.csv', delimiter: ';', columns: [{ name: 'pedido', truth: null }, { name: 'NIF_NIE', truth: 'es-dni' }, { name: 'codice_fiscale', truth: 'it-fiscal-code' }, { name: 'CPF', truth: 'br-cpf' }, { name: 'NINO', truth: 'uk-nino' }, { name: 'aadhaar_no', truth: 'in-aadhaar' }, { name: 'ssn', truth: 'us-ssn' }, { name: 'IBAN', truth: 'iban' }, { name: 'importe', truth: null }],
    row: (r) => [N.orderId(r), V.dni(r), V.codiceFiscale(r), V.cpf(r), V.nino(r), V.aadhaar(r), V.ssn(r, r.pick(['bare', 'dashed'])), V.iban(r, r.pick(['ES', 'IT', 'PT', 'GB', 'DE'])), N.amount(r, 'de')] },
  { file: 'payments_settlement.csv', delimiter: ',', columns: [{ name: 'payout_id', truth: null }, { name: 'card_masked', truth: null }, { name: 'card_bin', truth: null }, { name: 'test_pan', truth: 'credit-card' }, { name: 'debtor_iban', truth: 'iban' }, { name: 'debtor_bic', truth: null }, { name: 'mandate_reference', truth: null }, { name: 'creditor_id', truth: null }, { name: 'rejected_iban', truth: null }, { name: 'amount', truth: null }],
    row: (r) => [N.orderId(r), N.maskedPan(r), N.bin(r), V.card(r), V.iban(r), N.bic(r), N.mandateRef(r), N.creditorId(r), N.badIban(r), N.amount(r, r.pick(['en', 'ch']))] },
  { file: 'device_inventory.csv', delimiter: ',', columns: [{ name: 'serial', truth: null }, { name: 'mac', truth: 'mac-address' }, { name: 'wifi_mac', truth: 'mac-address' }, { name: 'firmware', truth: null }, { name: 'mgmt_ip', truth: 'ip-address' }, { name: 'mgmt_ipv6', truth: 'ip-address' }, { name: 'lat', truth: null }, { name: 'rssi_dbm', truth: null }],
    row: (r) => [N.serial(r), V.mac(r, 'bare'), V.mac(r, r.pick(['colon', 'hyphen', 'cisco'])), N.version(r, r.int(4, 5)), V.ip(r, 'v4'), V.ip(r, r.pick(['v6-compressed', 'v6-full', 'v6-link-local'])), N.gps(r), N.rssi(r)] },
  { file: 'export_0412.csv', delimiter: ',', columns: [{ name: 'c01', truth: 'in-aadhaar' }, { name: 'c02', truth: 'br-cpf' }, { name: 'c03', truth: 'mac-address' }, { name: 'c04', truth: null }, { name: 'c05', truth: null }, { name: 'c06', truth: null }, { name: 'c07', truth: null }, { name: 'c08', truth: 'us-ssn' }, { name: 'c09', truth: 'email' }, { name: 'c10', truth: 'ip-address' }],
    row: (r) => [V.aadhaar(r), V.cpf(r), V.mac(r, 'cisco'), N.barcode(r, 'ean13'), N.version(r), N.orderId(r), N.imei(r), V.ssn(r, 'dashed'), V.email(r, V.person(r)), V.ip(r, 'v4')] },
  { file: 'ci_variables.csv', delimiter: ',', columns: [{ name: 'key', truth: null }, { name: 'value' }, { name: 'environment_scope', truth: null }, { name: 'protected', truth: null }],
    row: (r) => { const [k, v] = r.pick(CI_VARIABLES); return [k, v(r), r.pick(['*', 'production', 'staging']), r.pick(['true', 'false'])]; } },
];

export function tables5(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => ({ file: s.file, delimiter: s.delimiter, columns: s.columns, rows: Array.from({ length: rows }, () => s.row(rng).map((p) => unitOf(p))) }));
}

export function recordFiles(rng: Rng, records: number): RecordFile[] {
  const orders = Math.round(records / 3);
  return [
    { file: 'telemetry.jsonl', fields: TELEMETRY_FIELDS, records: Array.from({ length: records - orders }, () => telemetry(rng)) },
    { file: 'orders.jsonl.gz', fields: ORDER_FIELDS, records: Array.from({ length: orders }, () => order(rng)) },
  ];
}
