// Set 15's structured exports: nested JSON Lines insurance claims (gzip), fleet telemetry and patient
// portal events, and sixteen CSV exports (six `;` with decimal commas, one gzip, one with neutral
// column names c1..c10; name columns in eleven languages). Columns carry their true type (null: not
// personal; absent: mixed, not judged). Each file is written within its own regions (regions.ts).
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { ph, who } from './kit.js';
import { n } from './negatives.js';
import { nid, NATIONAL_IDS, type IdKind } from './nationals.js';
import { inFile } from './regions.js';
import { password, secret } from './secrets.js';
import { card, iban, ip, mac, ssn } from './values.js';

type Parts = Piece | string | Array<Piece | string>;
const leaf = (...p: Parts[]): Unit => unitOf(...p.flat());

const CLAIM_FIELDS: Field[] = [{ name: 'claim_id' }, { name: 'reported_at', truth: null }, { name: 'claimant' }, { name: 'payout' }, { name: 'notes' }, { name: 'handler_email', truth: 'email' }];

function claim(r: Rng): Record<string, Tree> {
  const c = who(r, r.pick(['en', 'pl', 'es', 'hi', 'zh']));
  const [idKey, idKind] = r.pick<[string, IdKind]>([['ssn', 'nino'], ['nino', 'nino'], ['sin', 'sin']]);
  return {
    claim_id: leaf(n(r, 'order-id').text), reported_at: leaf(n(r, 'timestamp-iso')),
    claimant: { name: leaf(c.name), contact: { email: leaf(c.email), phone: leaf(ph(r)) }, ids: { [idKey]: leaf(idKey === 'ssn' ? ssn(r) : nid(r, idKind)) } },
    payout: { iban: leaf(iban(r, r.pick(['GB', 'IE', 'DE', 'FR']))), amount: leaf(n(r, 'price')), reference: leaf(n(r, 'invoice-number')) },
    notes: leaf('Caller rang from ', ph(r), ' about the hail damage; estimate ', n(r, 'price'), ', photos uploaded from ', ip(r), '.'),
    handler_email: leaf(who(r, 'en').email),
  };
}

const FLEET_FIELDS: Field[] = [{ name: 'ts', truth: null }, { name: 'vin', truth: null }, { name: 'fw', truth: null }, { name: 'net' }, { name: 'pos' }, { name: 'driver' }, { name: 'diag' }];

function fleet(r: Rng): Record<string, Tree> {
  const d = who(r, r.pick(['nl', 'de', 'sv', 'fi']));
  return {
    ts: leaf(n(r, 'epoch-ms')), vin: leaf(n(r, 'fleet-vin')), fw: leaf(n(r, 'version-four-part')),
    net: { modem_mac: leaf(mac(r)), wan_ip: leaf(ip(r, r.pick(['v4-public', 'v6-compressed']))), apn_user: leaf('fleet') },
    pos: { lat_lon: leaf(n(r, 'coordinates').text), odometer: leaf(n(r, 'measurement')) },
    driver: { email: leaf(d.email), mobile: leaf(ph(r, 'international')) },
    diag: r.chance(0.3) ? { upload_token: leaf(secret(r, r.pick(['jwt', 'github-classic', 'doppler']))) } : { trace: leaf(n(r, 'trace-id')) },
  };
}

const PORTAL_FIELDS: Field[] = [{ name: 'event', truth: null }, { name: 'at', truth: null }, { name: 'patient' }, { name: 'session' }, { name: 'message' }];

function portal(r: Rng): Record<string, Tree> {
  const p = who(r, r.pick(['fr', 'nl', 'es', 'it']));
  const kind = r.pick<IdKind>(['nir', 'rrn', 'dni', 'cf']);
  return {
    event: leaf(r.pick(['appointment.booked', 'results.viewed', 'message.sent'])), at: leaf(n(r, 'timestamp-iso')),
    patient: { display: leaf(p.name), email: leaf(p.email), [NATIONAL_IDS[kind]!.type]: leaf(nid(r, kind)), phone: leaf(ph(r)) },
    session: { client_ip: leaf(ip(r)), request_id: leaf(n(r, 'uuid')), app: leaf(n(r, 'semver')) },
    message: leaf('Bonjour, je suis joignable au ', ph(r), ' ou ', who(r, 'fr').email, '. Ordonnance ', n(r, 'order-id').text, '.'),
  };
}

type Col = [string, string | null | undefined, (r: Rng) => Parts];
interface Spec { file: string; delimiter: ',' | ';'; cols: Col[] }

const nameCol = (label: string, lang: string): Col => [label, 'person', (r) => who(r, lang).name];
const emailCol = (label: string, lang?: string): Col => [label, 'email', (r) => who(r, lang).email];
const phoneCol = (label: string): Col => [label, 'phone', (r) => ph(r)];
const idCol = (label: string, kind: IdKind): Col => [label, NATIONAL_IDS[kind]!.type, (r) => nid(r, kind)];
const negCol = (label: string, kind: string): Col => [label, null, (r) => n(r, kind)];

const SPECS: Spec[] = [
  { file: 'bacs_payees.csv', delimiter: ',', cols: [nameCol('Payee name', 'en'), ['IBAN', 'iban', (r) => iban(r, 'GB')], emailCol('Email', 'en'), negCol('Amount', 'price'), negCol('Reference', 'invoice-number')] },
  { file: 'facturas_clientes.csv', delimiter: ';', cols: [nameCol('Nombre', 'es'), ['NIF/NIE', 'es-dni', (r) => nid(r, r.chance(0.7) ? 'dni' : 'nie')], phoneCol('Teléfono'), ['IBAN', 'iban', (r) => iban(r, 'ES')], negCol('Importe', 'price'), negCol('Fecha', 'timestamp-locale')] },
  { file: 'fatture_clienti.csv.gz', delimiter: ';', cols: [nameCol('Nominativo', 'it'), idCol('Codice fiscale', 'cf'), phoneCol('Cellulare'), ['IBAN', 'iban', (r) => iban(r, 'IT')], negCol('Totale', 'measurement'), negCol('Numero fattura', 'invoice-number')] },
  { file: 'faktury_klienci.csv', delimiter: ';', cols: [nameCol('Imię i nazwisko', 'pl'), idCol('PESEL', 'pesel'), phoneCol('Telefon'), emailCol('E-mail', 'pl'), negCol('Kwota', 'price'), ['Rachunek', 'iban', (r) => iban(r, 'PL')]] },
  { file: 'asukkaat_fi.csv', delimiter: ',', cols: [nameCol('Nimi', 'fi'), idCol('Henkilötunnus', 'hetu'), phoneCol('Puhelin'), emailCol('Sähköposti', 'fi'), negCol('Päivitetty', 'timestamp-iso'), negCol('Tuote', 'gtin-13')] },
  { file: 'kunder_se.csv', delimiter: ';', cols: [nameCol('Namn', 'sv'), idCol('Personnummer', 'pnr'), phoneCol('Mobil'), emailCol('E-post', 'sv'), negCol('Belopp', 'price'), negCol('Artikel', 'gtin-13')] },
  { file: 'klanten_nl.csv', delimiter: ',', cols: [nameCol('Naam', 'nl'), idCol('BSN', 'bsn'), phoneCol('Telefoon'), ['IBAN', 'iban', (r) => iban(r, 'NL')], negCol('Klantsinds', 'timestamp-locale'), negCol('Factuur', 'invoice-number')] },
  { file: 'musteri_tr.csv', delimiter: ',', cols: [nameCol('Ad Soyad', 'tr'), idCol('TC Kimlik No', 'tc'), phoneCol('Telefon'), emailCol('E-posta', 'tr'), negCol('Sipariş', 'order-id'), negCol('Tutar', 'price')] },
  { file: 'clientes_br.csv', delimiter: ';', cols: [nameCol('Nome', 'pt'), idCol('CPF', 'cpf'), phoneCol('Celular'), emailCol('E-mail', 'pt'), negCol('Valor', 'price'), negCol('Rastreio', 'tracking-postal')] },
  { file: 'kaiin_jp.csv', delimiter: ',', cols: [nameCol('氏名', 'ja'), phoneCol('電話番号'), emailCol('メールアドレス', 'ja'), negCol('登録日時', 'timestamp-locale'), negCol('商品コード', 'gtin-13')] },
  { file: 'signin_export.csv', delimiter: ',', cols: [negCol('timestamp', 'timestamp-iso'), emailCol('user'), ['ip_address', 'ip-address', (r) => ip(r)], ['device_mac', 'mac-address', (r) => mac(r)], negCol('request_id', 'uuid'), negCol('client_version', 'version-four-part')] },
  { file: 'ci_secrets_inventory.csv', delimiter: ',', cols: [['name', null, (r) => r.pick(['DEPLOY_KEY', 'API_TOKEN', 'REGISTRY_PASSWORD', 'RELEASE_DIGEST', 'CHECKSUM'])], ['value', undefined, (r) => r.pick<() => Parts>([() => secret(r), () => secret(r), () => password(r, 'csv'), () => n(r, 'docker-digest'), () => n(r, 'sha256'), () => n(r, 'placeholder-secret')])()], negCol('created', 'timestamp-iso'), negCol('commit', 'git-sha')] },
  { file: 'extract_0915.csv', delimiter: ',', cols: [['c1', 'email', (r) => who(r).email], ['c2', 'phone', (r) => ph(r, 'international')], ['c3', 'credit-card', (r) => card(r)], ['c4', 'iban', (r) => iban(r)], ['c5', 'us-ssn', (r) => ssn(r, 'dashed')], ['c6', 'ip-address', (r) => ip(r)], ['c7', 'mac-address', (r) => mac(r)], negCol('c8', 'gtin-13'), negCol('c9', 'semver'), negCol('c10', 'lei')] },
  { file: 'grahak_suchi.csv', delimiter: ',', cols: [nameCol('नाम', 'hi'), idCol('आधार संख्या', 'aadhaar'), phoneCol('मोबाइल'), emailCol('ईमेल', 'hi'), negCol('राशि', 'price'), negCol('ऑर्डर', 'order-id')] },
  { file: 'card_refunds.csv', delimiter: ';', cols: [nameCol('Karteninhaber', 'de'), ['Kartennummer', 'credit-card', (r) => card(r)], negCol('Abgelehnte Karte', 'bad-card'), negCol('Betrag', 'price'), negCol('BIC', 'bic'), negCol('Vorgang', 'order-id')] },
  { file: 'ussd_sessions.csv', delimiter: ',', cols: [phoneCol('msisdn'), negCol('started', 'timestamp-iso'), negCol('elapsed', 'duration'), nameCol('recipient_name', 'sw'), ['recipient_msisdn', 'phone', (r) => ph(r, 'e164')], negCol('session_ref', 'uuid')] },
];

export function tables15(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => inFile(s.file, () => ({
    file: s.file, delimiter: s.delimiter, columns: s.cols.map(([name, truth]) => ({ name, truth })),
    rows: Array.from({ length: rows }, () => s.cols.map(([, , cell]) => leaf(cell(rng)))),
  })));
}

export function recordFiles15(rng: Rng, records: number): RecordFile[] {
  const part = Math.round(records / 3);
  const file = (name: string, fields: Field[], count: number, make: (r: Rng) => Record<string, Tree>): RecordFile => inFile(name, () => ({ file: name, fields, records: Array.from({ length: count }, () => make(rng)) }));
  return [file('insurance_claims.jsonl.gz', CLAIM_FIELDS, part, claim), file('fleet_telemetry.jsonl', FLEET_FIELDS, records - 2 * part, fleet), file('patient_portal.jsonl', PORTAL_FIELDS, part, portal)];
}
