// Structured exports of set 14: three JSON Lines record files with nested objects (Segment identify
// calls, gzip; HRIS worker records; EDR process telemetry) and thirteen CSV exports (five `;` sheets
// with decimal commas, one gzip, one with neutral column names c1..c10, name columns headed in nine
// languages). Columns carry their true type (null: not personal; absent: mixed, not judged).
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, HEX } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { aadhaar, anyNationalId, codiceFiscale, cpf, dni, nie, nino, personnummer, pesel, steuerId } from './ids.js';
import { n, withRegions14, currentRegions14 } from './negatives.js';
import { nameOf, person, rosterName } from './people.js';
import { phone14 } from './phones.js';
import { anySecret, connectionUrl, password, token } from './secrets.js';
import { card, email, iban, ip, mac, ssn } from './values.js';
import { regionsOf14 } from './regions.js';

const leaf = (...p: Array<string | Piece>): Unit => unitOf(...p);
const tel = (rng: Rng, only?: 'e164' | 'national' | 'international') => phone14(rng, currentRegions14(), only);
/** An amount with a decimal comma and a dot for thousands (the `;` sheets). */
const deAmount = (rng: Rng): Piece => n(rng, 'amount-decimal-comma');

const SEGMENT_FIELDS: Field[] = [{ name: 'type', truth: null }, { name: 'messageId', truth: null }, { name: 'timestamp', truth: null }, { name: 'traits' }, { name: 'context' }];
function segmentIdentify(rng: Rng): Record<string, Tree> {
  const p = person(rng);
  return {
    type: leaf('identify'), messageId: leaf(n(rng, 'uuid')), timestamp: leaf(n(rng, 'timestamp')),
    traits: { name: leaf(nameOf(p)), email: leaf(email(rng, p)), phone: leaf(...tel(rng)), plan: leaf(rng.pick(['free', 'team', 'enterprise'])), company: { name: leaf(rng.pick(['Nordlicht GmbH', 'Acme Logistics', 'Café Lumière SARL'])), employees: leaf(n(rng, 'range')) } },
    context: { ip: leaf(ip(rng)), library: { name: leaf('analytics-node'), version: leaf(n(rng, 'version')) }, device: { wifi_mac: leaf(mac(rng)), os: leaf(`Android ${rng.int(10, 15)}`) } },
  };
}

const HRIS_FIELDS: Field[] = [{ name: 'worker_ref', truth: null }, { name: 'legal_name' }, { name: 'contact' }, { name: 'payroll' }, { name: 'national_id' }, { name: 'org' }];
function hrisWorker(rng: Rng): Record<string, Tree> {
  const p = person(rng);
  const [cue, id] = anyNationalId(rng);
  return {
    worker_ref: leaf(`W${rng.chars(HEX.toUpperCase(), 6)}`), legal_name: { given: leaf({ type: 'person', form: 'given', text: p.given }), family: leaf({ type: 'person', form: 'family', text: p.family }) },
    contact: { work_email: leaf(email(rng, p)), personal_phone: leaf(...tel(rng)), emergency: { name: leaf(nameOf(person(rng, p.lang))), phone: leaf(...tel(rng)) } },
    payroll: { iban: leaf(iban(rng)), bic: leaf(n(rng, 'bic')), salary: leaf(deAmount(rng)), cost_centre: leaf(n(rng, 'sku')) },
    national_id: { kind: leaf(cue), value: leaf(id) }, org: { unit: leaf(rng.pick(['Platform', 'Finance', 'Sales EMEA'])), handbook_version: leaf(n(rng, 'version')) },
  };
}

const EDR_FIELDS: Field[] = [{ name: 'event_time', truth: null }, { name: 'host' }, { name: 'user' }, { name: 'process' }, { name: 'sensor_version', truth: null }];
function edrEvent(rng: Rng): Record<string, Tree> {
  const p = person(rng, rng.pick(['en', 'de', 'fr', 'es']));
  const cmd: Array<string | Piece> = rng.pick<() => Array<string | Piece>>([
    () => ['psql ', ...connectionUrl(rng)], () => ['curl -H "Authorization: token ', token(rng, 'github-token'), '" https://api.github.com/user'],
    () => ['net user backup ', password(rng), ' /add'], () => ['python3 -m http.server ', String(rng.int(8000, 9000))], () => ['aws configure set aws_secret_access_key ', token(rng, 'aws-secret-access-key')],
  ])();
  return {
    event_time: leaf(n(rng, 'epoch-ms')), host: { name: leaf(`LT-${rng.chars(ALNUM.toUpperCase(), 7)}`), ip: leaf(ip(rng, 'v4-private')), mac: leaf(mac(rng)), os_build: leaf(n(rng, 'version-four-part')) },
    user: { display_name: leaf(nameOf(p)), upn: leaf(email(rng, p)) }, process: { image_sha256: leaf(n(rng, 'sha256')), command_line: leaf(...cmd), parent: leaf('explorer.exe') }, sensor_version: leaf(n(rng, 'version')),
  };
}

interface Spec { file: string; delimiter: ',' | ';'; columns: Field[]; row: (rng: Rng) => Array<Piece | string | Array<Piece | string>> }
const F = (name: string, truth?: string | null): Field => ({ name, truth });

const SPECS: Spec[] = [
  { file: 'greenhouse_candidates.csv', delimiter: ',', columns: [F('Candidate Name', 'person'), F('Email', 'email'), F('Phone', 'phone'), F('Job', null), F('Applied At', null), F('Source', null)],
    row: (r) => { const p = person(r, r.pick(['en', 'hi', 'es', 'zh', 'ko'])); return [nameOf(p), email(r, p), tel(r), r.pick(['SRE II', 'Data Analyst', 'Recruiter']), n(r, 'timestamp'), r.pick(['LinkedIn', 'Referral', 'Careers page'])]; } },
  { file: 'mitarbeiter_stammdaten.csv', delimiter: ';', columns: [F('Nachname, Vorname', 'person'), F('E-Mail', 'email'), F('Telefon', 'phone'), F('IBAN', 'iban'), F('Steuer-ID', 'de-tax-id'), F('Bruttogehalt', null), F('Kostenstelle', null)],
    row: (r) => { const p = person(r, 'de'); return [rosterName(p), email(r, p), tel(r, 'national'), iban(r, r.pick(['DE', 'AT', 'CH'])), steuerId(r), deAmount(r), n(r, 'sku')]; } },
  { file: 'nomina_empleados.csv', delimiter: ';', columns: [F('Nombre', 'person'), F('DNI/NIE', 'es-dni'), F('Móvil', 'phone'), F('IBAN', 'iban'), F('Importe', null), F('Fecha', null)],
    row: (r) => { const p = person(r, 'es'); return [nameOf(p), r.chance(0.7) ? dni(r) : nie(r), tel(r), iban(r, 'ES'), deAmount(r), n(r, 'timestamp')]; } },
  { file: 'dipendenti_presenze.csv', delimiter: ';', columns: [F('Nome', 'person'), F('Codice fiscale', 'it-fiscal-code'), F('Email', 'email'), F('Ore', null), F('Reparto', null)],
    row: (r) => { const p = person(r, 'it'); return [nameOf(p), codiceFiscale(r), email(r, p), `${r.int(20, 40)},${r.int(0, 9)}`, r.pick(['Logistica', 'Amministrazione', 'IT'])]; } },
  { file: 'expensify_export.csv', delimiter: ',', columns: [F('Report ID', null), F('Submitter', 'email'), F('Merchant', null), F('Amount', null), F('Card', 'credit-card'), F('Reimbursable', null)],
    row: (r) => [n(r, 'invoice-number'), email(r), r.pick(['Uber', 'Marriott', 'Lufthansa']), n(r, 'price'), card(r), r.pick(['yes', 'no'])] },
  { file: 'zoom_participants.csv.gz', delimiter: ',', columns: [F('Name (Original Name)', 'person'), F('User Email', 'email'), F('Join Time', null), F('Duration (Minutes)', null), F('IP Address', 'ip-address'), F('Client Version', null)],
    row: (r) => { const p = person(r); return [nameOf(p), email(r, p), n(r, 'timestamp'), String(r.int(1, 120)), ip(r), n(r, 'version-four-part')]; } },
  { file: 'donors_crm.csv', delimiter: ',', columns: [F('Full name', 'person'), F('Nom', 'person'), F('氏名', 'person'), F('Имя', 'person'), F('Όνομα', 'person'), F('שם', 'person'), F('नाम', 'person'), F('Email', 'email'), F('Gift', null)],
    row: (r) => [nameOf(person(r, 'en')), nameOf(person(r, 'fr')), nameOf(person(r, 'ja')), nameOf(person(r, 'ru')), nameOf(person(r, 'el')), nameOf(person(r, 'he')), nameOf(person(r, 'hi')), email(r), n(r, 'price')] },
  { file: 'ev_charging_sessions.csv', delimiter: ';', columns: [F('session', null), F('charger_fw', null), F('fleet_vin', null), F('energy', null), F('start', null), F('driver_email', 'email'), F('driver_phone', 'phone')],
    row: (r) => [n(r, 'uuid'), n(r, 'version-four-part'), n(r, 'fleet-vin'), n(r, 'measurement'), n(r, 'timestamp'), email(r), tel(r, 'international')] },
  { file: 'export_20261201.csv', delimiter: ',', columns: [F('c1', 'email'), F('c2', 'phone'), F('c3', 'us-ssn'), F('c4', null), F('c5', 'ip-address'), F('c6', null), F('c7', 'credit-card'), F('c8', null), F('c9', 'iban'), F('c10', 'in-aadhaar')],
    row: (r) => [email(r), tel(r, 'e164'), ssn(r), n(r, 'gtin'), ip(r), n(r, 'sha256'), card(r), n(r, 'epoch-ms'), iban(r), r.chance(0.7) ? aadhaar(r) : cpf(r)] },
  { file: 'kandydaci.csv', delimiter: ';', columns: [F('Imię i nazwisko', 'person'), F('PESEL', 'pl-national-id'), F('Telefon', 'phone'), F('E-mail', 'email'), F('Wynagrodzenie', null)],
    row: (r) => { const p = person(r, 'pl'); return [nameOf(p), pesel(r), tel(r), email(r, p), deAmount(r)]; } },
  { file: 'anstallda.csv', delimiter: ';', columns: [F('Namn', 'person'), F('Personnummer', 'se-national-id'), F('Mobil', 'phone'), F('Lön', null), F('Avdelning', null)],
    row: (r) => { const p = person(r, 'sv'); return [nameOf(p), personnummer(r), tel(r), deAmount(r), r.pick(['Drift', 'Ekonomi', 'Sälj'])]; } },
  { file: 'card_statement_lines.csv', delimiter: ',', columns: [F('posted', null), F('merchant', null), F('amount', null), F('card', 'credit-card'), F('mcc', null), F('reference', null), F('check_pan', null), F('check_iban', null)],
    row: (r) => [n(r, 'timestamp'), r.pick(['SNCF', 'FNAC', 'CARREFOUR', 'AIR FRANCE']), n(r, 'price'), card(r), String(r.pick([4111, 5411, 5812, 4511])), n(r, 'invoice-number'), n(r, 'bad-card'), n(r, 'bad-iban')] },
  { file: 'vault_kv_export.csv', delimiter: ',', columns: [F('path', null), F('key', null), F('value'), F('version', null), F('updated', null)],
    row: (r) => { const [k, v] = r.pick<[string, (x: Rng) => Array<Piece | string>]>([['api_key', (x) => [anySecret(x)]], ['db_url', (x) => connectionUrl(x)], ['placeholder', (x) => [n(x, 'placeholder-secret')]], ['release', (x) => [n(x, 'git-sha')]], ['nino', (x) => [nino(x)]]]); return [`secret/data/${r.pick(['billing', 'crm', 'ci'])}`, k, v(r), String(r.int(1, 30)), n(r, 'timestamp')]; } },
];

export function tables14(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => withRegions14(regionsOf14(s.file), () => ({ file: s.file, delimiter: s.delimiter, columns: s.columns, rows: Array.from({ length: rows }, () => s.row(rng).map((c) => (Array.isArray(c) ? unitOf(...c) : unitOf(c)))) })));
}

export function recordFiles14(rng: Rng, records: number): RecordFile[] {
  const a = Math.round(records * 0.4);
  const b = Math.round(records * 0.3);
  const file = (name: string, fields: Field[], count: number, make: (r: Rng) => Record<string, Tree>): RecordFile => withRegions14(regionsOf14(name), () => ({ file: name, fields, records: Array.from({ length: count }, () => make(rng)) }));
  return [file('segment_identify.jsonl.gz', SEGMENT_FIELDS, a, segmentIdentify), file('hris_workers.jsonl', HRIS_FIELDS, b, hrisWorker), file('edr_telemetry.jsonl', EDR_FIELDS, records - a - b, edrEvent)];
}
