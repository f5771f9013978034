// Structured exports of set 17: three nested JSON Lines files (payment notifications, gzip; benefit
// claims; fleet proof-of-delivery events) and thirteen CSV exports (six `;` with decimal commas, one
// gzip, one with neutral column names c1..c10, name columns in nine languages). Each file is written
// inside its regions' scope. Columns carry their true type (null: not personal; absent: mixed).
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { ph, who } from './kit.js';
import * as N from './negatives.js';
import { listedName } from './people.js';
import { regionsOf17, scope17 } from './regions.js';
import * as S from './secrets.js';
import * as V from './values.js';

const leaf = (...p: Array<string | Piece>): Unit => unitOf(...p);
const f = (name: string, truth?: string | null): Field => ({ name, truth });

const PAYMENT_FIELDS = [f('psp', null), f('event_time', null), f('merchant_ref', null), f('amount', null), f('shopper'), f('payment'), f('risk')];
function payment(r: Rng): Record<string, Tree> {
  const s = who(r, ['nl', 'de', 'fr', 'pt', 'hi']);
  const pm = r.pick(['card', 'sepa', 'pix']);
  return {
    psp: leaf(r.pick(['adyen', 'mollie', 'stripe'])), event_time: leaf(N.epoch(r, true)), merchant_ref: leaf(N.orderId(r)), amount: leaf(N.amount(r)),
    shopper: { name: leaf(s.name), email: leaf(s.email), phone: leaf(ph(r)), ip: leaf(V.ip(r)) },
    payment: pm === 'card' ? { method: leaf('card'), pan: leaf(V.card(r)), bin_country: leaf(r.pick(['NL', 'DE', 'FR'])) } : pm === 'sepa' ? { method: leaf('sepa_debit'), iban: leaf(V.iban(r, r.pick(['NL', 'DE', 'FR', 'BE', 'AT']))), bic: leaf(N.bic(r)) } : { method: leaf('pix'), cpf: leaf(V.nationalId(r, 'br-cpf')) },
    risk: { score: leaf(N.percentage(r)), device_mac: leaf(V.mac(r)), rules_version: leaf(N.semver(r)) },
  };
}

const CLAIM_FIELDS = [f('claim_id', null), f('submitted', null), f('claimant'), f('household'), f('bank'), f('notes')];
function claim(r: Rng): Record<string, Tree> {
  const c = who(r, ['en', 'pl', 'ro', 'ar']);
  const ie = r.chance(0.3);
  return {
    claim_id: leaf(N.uuid(r)), submitted: leaf(N.timestamp(r, 'iso')),
    claimant: { name: leaf(c.name), id: leaf(V.nationalId(r, ie ? 'ie-national-id' : 'uk-nino')), contact: { email: leaf(c.email), mobile: leaf(ph(r)) } },
    household: { adults: leaf(String(r.int(1, 2))), rent: leaf(N.price(r, 'en')), partner: leaf(who(r, ['en', 'pl']).name) },
    bank: { iban: leaf(V.iban(r, ie ? 'IE' : 'GB')) },
    notes: leaf('Claimant called from ', ph(r), ' about ', N.quarter(r), ' payment; form ', N.version4(r), '.'),
  };
}

const POD_FIELDS = [f('event_id', null), f('ts', null), f('vehicle'), f('consignment'), f('recipient'), f('device')];
function pod(r: Rng): Record<string, Tree> {
  const c = who(r, ['en', 'sw', 'yo', 'zh']);
  return {
    event_id: leaf(N.uuid(r)), ts: leaf(N.timestamp(r, 'iso')),
    vehicle: { vin: leaf(N.fleetVin(r)), odometer: leaf(N.measurement(r)) },
    consignment: { tracking: leaf(N.upuTracking(r)), sscc: leaf(N.sscc(r)), weight: leaf(N.measurement(r)) },
    recipient: { signed_by: leaf(c.name), phone: leaf(ph(r)), email: leaf(c.email) },
    device: { imei_hash: leaf(N.sha256(r)), fw: leaf(N.version4(r)), wifi_mac: leaf(V.mac(r, 'colon-upper')), ip: leaf(V.ip(r, 'v4-private')) },
  };
}

interface TableSpec {
  file: string;
  delimiter: ',' | ';';
  columns: Field[];
  row: (r: Rng) => Array<Piece | string>;
}

const name = (lang: string | string[]) => (r: Rng): Piece => who(r, lang).name;

const SPECS: TableSpec[] = [
  { file: 'mitarbeiter_schichten.csv', delimiter: ';', columns: [f('Name', 'person'), f('Steuer-ID', 'de-tax-id'), f('Telefon', 'phone'), f('E-Mail', 'email'), f('Schicht', null), f('Stunden', null), f('Zuschlag_EUR', null)],
    row: (r) => { const w = who(r, ['de', 'tr', 'pl']); return [w.name, V.nationalId(r, 'de-tax-id'), ph(r), w.email, r.pick(['Früh', 'Spät', 'Nacht']), N.amount(r, true), N.amount(r, true)]; } },
  { file: 'afiliados_sindicato.csv', delimiter: ';', columns: [f('Nombre', 'person'), f('DNI_NIE', 'es-dni'), f('IBAN', 'iban'), f('Móvil', 'phone'), f('Cuota', null), f('Alta', null)],
    row: (r) => [name(['es', 'pt'])(r), V.nationalId(r, r.pick(['es-dni', 'es-nie'])), V.iban(r, r.pick(['ES', 'PT'])), ph(r), N.amount(r, true), N.timestamp(r, 'de')] },
  { file: 'iscritti.csv', delimiter: ';', columns: [f('Nome', 'person'), f('Codice_fiscale', 'it-fiscal-code'), f('Email', 'email'), f('Cellulare', 'phone'), f('Quota', null), f('Tessera_EAN', null)],
    row: (r) => { const w = who(r, 'it'); return [w.name, V.nationalId(r, 'it-fiscal-code'), w.email, ph(r), N.amount(r, true), N.gtin13(r)]; } },
  { file: 'donorregister.csv', delimiter: ',', columns: [f('Naam', 'person'), f('BSN', 'nl-national-id'), f('E-mail', 'email'), f('Telefoon', 'phone'), f('Keuze', null), f('Geregistreerd', null)],
    row: (r) => { const w = who(r, ['nl', 'ar', 'tr']); return [w.name, V.nationalId(r, 'nl-national-id'), w.email, ph(r), r.pick(['Ja', 'Nee', 'Nabestaanden']), N.timestamp(r, 'de')]; } },
  { file: 'wlasciciele_pojazdow.csv', delimiter: ';', columns: [f('Imię i nazwisko', 'person'), f('PESEL', 'pl-national-id'), f('Telefon', 'phone'), f('E-mail', 'email'), f('Kwota', null), f('Termin', null)],
    row: (r) => { const w = who(r, ['pl', 'uk']); return [w.name, V.nationalId(r, 'pl-national-id'), ph(r), w.email, N.amount(r, true), N.timestamp(r, 'de')]; } },
  { file: 'tenants_deposits.csv', delimiter: ',', columns: [f('tenant_name', 'person'), f('tenant_email', 'email'), f('tenant_phone', 'phone'), f('deposit', null), f('protected_on', null), f('repay_iban', 'iban'), f('scheme_ref', null)],
    row: (r) => { const w = who(r, ['en', 'pl', 'ro', 'hi']); return [w.name, w.email, ph(r), N.price(r, 'en'), N.timestamp(r, 'iso'), V.iban(r, r.pick(['GB', 'IE'])), N.ticketKey(r)]; } },
  { file: 'pix_extrato.csv.gz', delimiter: ';', columns: [f('Data', null), f('Nome', 'person'), f('CPF', 'br-cpf'), f('Chave_email', 'email'), f('Valor', null), f('Autenticacao', null)],
    row: (r) => { const w = who(r, 'pt'); return [N.timestamp(r, 'de'), w.name, V.nationalId(r, 'br-cpf'), w.email, N.amount(r, true), N.sha256(r)]; } },
  { file: 'upi_statement.csv', delimiter: ',', columns: [f('txn_time', null), f('customer', 'person'), f('aadhaar', 'in-aadhaar'), f('mobile', 'phone'), f('amount_inr', null), f('merchant_gstin_hash', null)],
    row: (r) => [N.timestamp(r, 'iso'), name('hi')(r), V.nationalId(r, 'in-aadhaar'), ph(r), N.amount(r), N.sha256(r)] },
  { file: 'klienci_leasing.csv', delimiter: ';', columns: [f('Jméno / Imię', 'person'), f('E-mail', 'email'), f('IBAN', 'iban'), f('Splátka', null), f('RPSN', null), f('Smlouva', null)],
    row: (r) => { const w = who(r, ['cs', 'pl']); return [w.name, w.email, V.iban(r, w.p.lang === 'cs' ? 'CZ' : 'PL'), N.amount(r, true), N.percentage(r), N.orderId(r)]; } },
  { file: 'kuljettajat.csv', delimiter: ',', columns: [f('Nimi', 'person'), f('Puhelin', 'phone'), f('Henkilötunnus', undefined), f('Ajoneuvo_VIN', null), f('Km', null)],
    row: (r) => { const w = who(r, ['fi', 'sv']); return [listedName(w.p), ph(r), V.nationalId(r, w.p.lang === 'fi' ? 'fi-national-id' : 'se-national-id'), N.fleetVin(r), N.measurement(r)]; } },
  { file: 'export_q.csv', delimiter: ',', columns: [f('c1', 'email'), f('c2', 'us-ssn'), f('c3', null), f('c4', 'credit-card'), f('c5', null), f('c6', 'ip-address'), f('c7', null), f('c8', 'mac-address'), f('c9', 'iban'), f('c10', null)],
    row: (r) => [V.email(r), V.ssn(r, 'dashed'), N.isin(r), V.card(r), N.aba(r), V.ip(r), N.gtin13(r), V.mac(r), V.iban(r), N.cusip(r)] },
  { file: 'aws_iam_keys.csv', delimiter: ',', columns: [f('user', null), f('access_key_id', 'aws-access-key-id'), f('secret_access_key', 'aws-secret-access-key'), f('created', null), f('last_used_ip', 'ip-address'), f('policy_digest', null)],
    row: (r) => [r.pick(['svc-backup', 'svc-etl', 'ci-deployer', 'svc-reports']), S.secret(r, 'aws-access-key-id'), S.secret(r, 'aws-secret-access-key'), N.timestamp(r, 'iso'), V.ip(r, 'v4-public'), N.sha256(r)] },
  { file: 'patients_referrals.csv', delimiter: ',', columns: [f('patient', 'person'), f('nhs_number', 'uk-nhs-id'), f('phone', 'phone'), f('email', 'email'), f('referred', null), f('drug_atc', null)],
    row: (r) => { const w = who(r, ['en', 'hi', 'pl', 'yo']); return [w.name, V.nationalId(r, 'uk-nhs-id'), ph(r), w.email, N.timestamp(r, 'rfc2822'), N.atc(r)]; } },
];

/** Thirteen CSV exports of `rows` rows, each written within its regions. */
export function tables17(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => scope17.within(regionsOf17(s.file), () => ({ file: s.file, delimiter: s.delimiter, columns: s.columns, rows: Array.from({ length: rows }, () => s.row(rng).map((p) => unitOf(p))) })));
}

const FILES: Array<[string, Field[], (r: Rng) => Record<string, Tree>, number]> = [
  ['payment_notifications.jsonl.gz', PAYMENT_FIELDS, payment, 0.4], ['benefit_claims.jsonl', CLAIM_FIELDS, claim, 0.3], ['fleet_pod.jsonl', POD_FIELDS, pod, 0.3],
];

/** The three JSON Lines files, `records` records between them. */
export function recordFiles17(rng: Rng, records: number): RecordFile[] {
  return FILES.map(([file, fields, make, share]) => scope17.within(regionsOf17(file), () => ({ file, fields, records: Array.from({ length: Math.round(records * share) }, () => make(rng)) })));
}

