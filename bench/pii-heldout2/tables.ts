// CSV exports of the second held-out set: the columns of real CRM, ERP, logistics, IoT, HR and payment
// exports, each cell one labelled value (a personal value, a hard negative or plain data) and each column
// the type a classifier should give it (null: not personal data; absent: not scored, e.g. free notes).
import * as V from './values.js';
import { NEGATIVES, type NegativeKind, type Rng } from './values.js';
import type { PiiType } from './documents.js';

/** The CLI's column types that a column of each labelled type may take. */
export const COLUMN_TYPES: Record<string, readonly string[]> = { 'national-id': ['uk-nino', 'es-dni', 'it-fiscal-code', 'in-aadhaar', 'br-cpf'], 'us-ssn': ['us-ssn'], email: ['email'], phone: ['phone'], 'credit-card': ['credit-card'], iban: ['iban'], 'ip-address': ['ip-address'], 'mac-address': ['mac-address'] };

export interface Cell { value: string; label?: string; negative?: boolean }
export interface Column { name: string; expect?: PiiType | null; make: (r: Rng) => Cell }
export interface Table { name: string; columns: Column[]; rows: Cell[][] }

const pos = (type: PiiType, make: (r: Rng) => string) => (r: Rng): Cell => ({ value: make(r), label: type, negative: false });
const neg = (kind: NegativeKind) => (r: Rng): Cell => ({ value: (NEGATIVES[kind] as (r: Rng) => string)(r), label: kind, negative: true });
const plain = (make: (r: Rng) => string) => (r: Rng): Cell => ({ value: make(r) });
const col = (name: string, expect: PiiType | null | undefined, make: (r: Rng) => Cell): Column => ({ name, expect, make });

const SCHEMAS: Record<string, Column[]> = {
  crm_contacts: [col('contact_id', null, plain((r) => `C${r.digits(7)}`)), col('email_address', 'email', pos('email', V.email)), col('phone_number', 'phone', pos('phone', (r) => V.phone(r).text)),
    col('country', null, plain((r) => r.pick(['DE', 'FR', 'ES', 'IT', 'GB', 'US', 'BR', 'IN', 'JP']))), col('created_at', null, neg('timestamp')), col('lead_score', null, neg('sensor-reading'))],
  erp_orders: [col('order_no', null, neg('order-number')), col('material', null, neg('sku')), col('ean', null, neg('barcode')), col('qty', null, plain((r) => String(r.int(1, 500)))),
    col('net_value', null, neg('price')), col('invoice_ref', null, neg('invoice-number')), col('buyer_mail', 'email', pos('email', V.email))],
  logistics_shipments: [col('shipment', null, neg('tracking')), col('carrier', null, plain((r) => r.pick(['UPS', 'DHL', 'FedEx', 'GLS', 'Royal Mail', 'USPS']))), col('consignee_tel', 'phone', pos('phone', (r) => V.phone(r).text)),
    col('gps', null, neg('coordinates')), col('transit', null, neg('duration')), col('book_isbn', null, neg('isbn'))],
  iot_devices: [col('device', null, neg('request-id')), col('hw_addr', 'mac-address', pos('mac-address', V.mac)), col('last_ip', 'ip-address', pos('ip-address', (r) => (r.chance(0.8) ? V.ipv4(r) : V.ipv6(r)))),
    col('fw', null, neg('ip-like-version')), col('agent_version', null, neg('version')), col('last_seen', null, neg('timestamp')), col('temp_c', null, neg('sensor-reading')), col('rev', null, neg('git-hash'))],
  hr_people: [col('emp', null, plain((r) => `E-${r.digits(5)}`)), col('c17', 'national-id', pos('national-id', V.aadhaar)), col('codice_fiscale', 'national-id', pos('national-id', V.codiceFiscale)),
    col('nif', 'national-id', pos('national-id', V.dni)), col('cpf', 'national-id', pos('national-id', V.cpf)), col('ni_number', 'national-id', pos('national-id', V.nino)), col('ssn', 'us-ssn', pos('us-ssn', V.ssn)), col('salary_account', 'iban', pos('iban', V.iban))],
  payments: [col('txn', null, neg('request-id')), col('pan', 'credit-card', pos('credit-card', V.card)), col('amount', null, neg('price')), col('rejected_pan', null, neg('bad-card')),
    col('refund_iban_unchecked', null, neg('bad-iban')), col('http', null, neg('http-status-bytes'))],
};

export function tables(seed: number, rows: number): Table[] {
  const r = new V.Rng(seed ^ 0x5eed);
  return Object.entries(SCHEMAS).map(([name, columns]) => ({ name, columns, rows: Array.from({ length: rows }, () => columns.map((c) => c.make(r))) }));
}

const quote = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export function toCsv(t: Table): string {
  return `${[t.columns.map((c) => c.name), ...t.rows.map((row) => row.map((c) => c.value))].map((row) => row.map(quote).join(',')).join('\n')}\n`;
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); enough to read the CLI's masked CSV back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') { if (c === '\r' && text[i + 1] === '\n') i++; row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
