// Typed columns: a table whose columns each hold one kind of value, some under their usual name and
// some under a neutral name (c03, c17) so only the values can tell. Personal-data columns have a
// true type; hard-negative columns (all versions, all ISO timestamps, all fixed-width order ids…)
// have none and a kind. A few cells are empty, as in real exports.
import { negative, type NegativeKind } from './negatives.js';
import { phone } from './phones.js';
import { LANGS } from './people.js';
import type { Rng } from './prng.js';
import { awsPair, card, email, iban, ip, mac, nationalId, ssn, token, type Value } from './values.js';

export interface ColumnSpec {
  name: string;
  /** The gold type of every non-empty cell (a type of the free-text gold), or null for a hard negative. */
  type: string | null;
  /** The hard negative's kind, for a column with no type. */
  negative?: NegativeKind;
  cell: (r: Rng) => Value;
}

const neg = (kind: NegativeKind, form?: string) => (r: Rng) => {
  for (;;) {
    const v = negative(r, kind);
    if (!form || v.form === form) return v;
  }
};

function phoneCell(r: Rng): Value {
  const p = phone(r);
  return { text: p.text, form: `${p.region}:${p.form}` };
}

export const COLUMNS: readonly ColumnSpec[] = [
  { name: 'email', type: 'email', cell: (r) => email(r, r.pick(LANGS)) },
  { name: 'c03', type: 'email', cell: (r) => email(r, r.pick(LANGS)) },
  { name: 'phone', type: 'phone', cell: phoneCell },
  { name: 'c07', type: 'phone', cell: phoneCell },
  { name: 'card_number', type: 'credit-card', cell: (r) => card(r) },
  { name: 'c11', type: 'credit-card', cell: (r) => card(r) },
  { name: 'iban', type: 'iban', cell: (r) => iban(r) },
  { name: 'ssn', type: 'us-ssn', cell: (r) => ssn(r) },
  { name: 'c17', type: 'in-aadhaar', cell: (r) => nationalId(r, 'in-aadhaar') },
  { name: 'client_ip', type: 'ip-address', cell: (r) => ip(r) },
  { name: 'mac_address', type: 'mac-address', cell: (r) => mac(r) },
  { name: 'nif', type: 'es-dni', cell: (r) => nationalId(r, 'es-dni') },
  { name: 'codice_fiscale', type: 'it-fiscal-code', cell: (r) => nationalId(r, 'it-fiscal-code') },
  { name: 'cpf', type: 'br-cpf', cell: (r) => nationalId(r, 'br-cpf') },
  { name: 'nino', type: 'uk-nino', cell: (r) => nationalId(r, 'uk-nino') },
  { name: 'api_token', type: 'secret-token', cell: (r) => (r.chance(0.3) ? { text: awsPair(r).id, form: 'aws-key-id' } : token(r)) },
  { name: 'version', type: null, negative: 'version', cell: neg('version') },
  { name: 'firmware', type: null, negative: 'version', cell: neg('version', '4-part') },
  { name: 'created_at', type: null, negative: 'timestamp', cell: neg('timestamp', 'iso-z') },
  { name: 'order_id', type: null, negative: 'order-number', cell: neg('order-number', 'zero-padded-10') },
  { name: 'isbn', type: null, negative: 'isbn', cell: neg('isbn') },
  { name: 'sku', type: null, negative: 'sku', cell: neg('sku') },
  { name: 'c21', type: null, negative: 'barcode', cell: neg('barcode', 'ean13-luhn') },
  { name: 'sap_doc', type: null, negative: 'sap-number', cell: neg('sap-number') },
  { name: 'c29', type: null, negative: 'sap-number', cell: neg('sap-number') },
  { name: 'tracking_no', type: null, negative: 'tracking-number', cell: neg('tracking-number') },
  { name: 'amount', type: null, negative: 'decimal', cell: neg('decimal', 'plain') },
  { name: 'event_ms', type: null, negative: 'epoch', cell: neg('epoch', 'millis') },
  { name: 'c25', type: null, negative: 'uuid', cell: neg('uuid') },
];

export interface Table {
  columns: readonly ColumnSpec[];
  /** rows[i][j]: the cell of column j ('' for an empty cell) and its form. */
  rows: Array<Array<{ text: string; form: string }>>;
}

export function table(r: Rng, rows: number): Table {
  const out: Table['rows'] = [];
  for (let i = 0; i < rows; i++) out.push(COLUMNS.map((c) => (r.chance(0.03) ? { text: '', form: 'empty' } : c.cell(r))));
  return { columns: COLUMNS, rows: out };
}
