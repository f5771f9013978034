// Structured exports of set 12: gym memberships (gzip JSON Lines: member, billing and door-access
// objects) and ride-hailing trips (JSON Lines: rider, route, payment, app objects), and thirteen CSV
// exports: four `;` sheets with decimal commas (Polish clinic, Czech club, Hungarian shop, Nordic
// customers), one gzip (Turkish customers), one with neutral column names, person-name, phone and
// e-mail columns named in Polish, Czech, Hungarian, Turkish, Finnish, Norwegian, Vietnamese, Indonesian
// and Hebrew, and columns of hard negatives named `code`, `ref`, `id`, `mã`. Columns carry their true
// type (null: not personal; absent: mixed). Each file is drawn with its regions' digit checks.
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { day, n, ph, ts, who } from './kit.js';
import { withRegions12 } from './negatives.js';
import { regionsOf12 } from './regions.js';
import { secret } from './secrets.js';
import { aadhaar, card, codiceFiscale, cpf, dni, iban, ip, mac, nino, ssn } from './values.js';

type Cell = (r: Rng) => Array<string | Piece> | Piece | string;
interface Spec { file: string; delimiter: ',' | ';'; columns: Array<Field & { cell: Cell }> }
const c = (name: string, truth: string | null | undefined, cell: Cell) => ({ name, truth, cell });
const lf = (...p: Array<string | Piece>): Unit => unitOf(...p);

const person = (lang: string) => (r: Rng) => who(r, lang).name;
const mail = (lang: string) => (r: Rng) => who(r, lang).email;
const neg = (kind: string) => (r: Rng) => n(r, kind);
const comma = (r: Rng) => `${r.int(1, 9999)},${r.digits(2)}`;

const SPECS: Spec[] = [
  { file: 'pacjenci_przychodnia.csv', delimiter: ';', columns: [c('imię_i_nazwisko', 'person', person('pl')), c('telefon', 'phone', ph), c('e_mail', 'email', mail('pl')), c('kod', null, neg('icd-10')), c('kwota', null, comma), c('data_wizyty', null, neg('date-locale'))] },
  { file: 'clenove_spolku.csv', delimiter: ';', columns: [c('jméno', 'person', person('cs')), c('telefon', 'phone', ph), c('email', 'email', mail('cs')), c('ref', null, neg('invoice-number')), c('příspěvek', null, comma)] },
  { file: 'ugyfelek.csv', delimiter: ';', columns: [c('név', 'person', person('hu')), c('telefonszám', 'phone', ph), c('e_mail_cím', 'email', mail('hu')), c('kártyaszám', 'credit-card', card), c('id', null, neg('uuid')), c('összeg', null, comma)] },
  { file: 'musteriler.csv.gz', delimiter: ',', columns: [c('ad_soyad', 'person', person('tr')), c('cep_telefonu', 'phone', ph), c('eposta', 'email', mail('tr')), c('iban', 'iban', (r) => iban(r, 'TR')), c('code', null, neg('gtin13')), c('ref', null, neg('tracking-number'))] },
  { file: 'jasenet.csv', delimiter: ',', columns: [c('nimi', 'person', person('fi')), c('puhelin', 'phone', ph), c('sähköposti', 'email', mail('fi')), c('ref', null, neg('isin')), c('liittynyt', null, day), c('tilaus', null, neg('order-number'))] },
  { file: 'kunder_nordic.csv', delimiter: ';', columns: [c('navn', 'person', (r) => who(r, r.pick(['no', 'da'])).name), c('telefon', 'phone', ph), c('epost', 'email', mail('no')), c('bank', null, neg('bic')), c('beløp', null, comma)] },
  { file: 'khach_hang.csv', delimiter: ',', columns: [c('họ_tên', 'person', person('vi')), c('số_điện_thoại', 'phone', ph), c('email', 'email', mail('vi')), c('mã', null, neg('order-number')), c('ngày', null, neg('date-locale')), c('mã_vận_đơn', null, neg('tracking-number'))] },
  { file: 'pelanggan.csv', delimiter: ',', columns: [c('nama', 'person', person('id')), c('no_hp', 'phone', ph), c('surel', 'email', mail('id')), c('id', null, neg('uuid')), c('ip_terakhir', 'ip-address', ip), c('kode', null, neg('order-number'))] },
  { file: 'extract_c.csv', delimiter: ',', columns: [c('c1', 'uk-nino', nino), c('c2', 'es-dni', dni), c('c3', 'it-fiscal-code', codiceFiscale), c('c4', 'in-aadhaar', aadhaar), c('c5', 'br-cpf', cpf), c('c6', 'mac-address', mac), c('c7', 'ip-address', ip), c('c8', 'us-ssn', ssn), c('c9', null, neg('lei')), c('c10', null, neg('vin'))] },
  { file: 'dispense_log.csv', delimiter: ',', columns: [c('rx_date', null, day), c('ndc', null, neg('ndc')), c('code', null, neg('cpt')), c('lot', null, neg('lot-number')), c('prescriber_phone', 'phone', ph), c('patient', 'person', person('en'))] },
  { file: 'toll_transactions.csv', delimiter: ',', columns: [c('ts', null, (r) => ts(r)), c('plaza', null, (r) => r.pick(['Egnatia E-90 Malgara', 'A1 Bucuresti-Pitesti', 'Dunav Most Ruse'])), c('vin', null, neg('vin')), c('amount', null, neg('amount')), c('card', 'credit-card', card), c('ref', null, neg('invoice-number'))] },
  { file: 'deploy_vars.csv', delimiter: ',', columns: [c('key', null, (r) => r.pick(['API_TOKEN', 'DEPLOY_KEY', 'SECRET', 'PASSWORD', 'ACCESS_TOKEN'])), c('value', 'secret-token', secret), c('environment', null, (r) => r.pick(['production', 'staging', 'dev'])), c('updated', null, neg('date-locale'))] },
  { file: 'anshei_kesher.csv', delimiter: ',', columns: [c('שם', 'person', person('he')), c('טלפון', 'phone', ph), c('דוא"ל', 'email', mail('he')), c('מזהה', null, neg('uuid')), c('ref', null, neg('invoice-number'))] },
];

export function tables12(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => withRegions12(regionsOf12(s.file), () => ({
    file: s.file, delimiter: s.delimiter, columns: s.columns.map(({ name, truth }) => ({ name, truth })),
    rows: Array.from({ length: rows }, () => s.columns.map((col) => { const v = col.cell(rng); return lf(...(Array.isArray(v) ? v : [v])); })),
  })));
}

export const GYM_FIELDS: Field[] = [{ name: 'member_id', truth: null }, { name: 'joined', truth: null }, { name: 'plan', truth: null }, { name: 'member' }, { name: 'billing' }, { name: 'access' }, { name: 'note' }];

function gymMember(r: Rng): Record<string, Tree> {
  const a = who(r, r.pick(['fi', 'sv', 'no', 'da', 'pl']));
  return {
    member_id: lf(n(r, 'uuid')), joined: lf(day(r)), plan: lf(r.pick(['Premium 12 kk', 'Basic', 'Student', 'Off-peak'])),
    member: { name: lf(a.name), contact: { email: lf(a.email), mobile: lf(...ph(r)) } },
    billing: r.chance(0.6) ? { method: lf('sepa_dd'), iban: lf(iban(r)), fee: lf(n(r, 'amount')) } : { method: lf('card'), card: lf(card(r)), fee: lf(n(r, 'amount')) },
    access: { last_ip: lf(ip(r)), app_device_mac: lf(mac(r)), firmware: lf(n(r, 'semver')) },
    note: r.chance(0.5) ? lf('Pause requested until ', n(r, 'date-locale')) : lf('Call back on ', ...ph(r)),
  };
}

export const TRIP_FIELDS: Field[] = [{ name: 'trip_id', truth: null }, { name: 'requested_at', truth: null }, { name: 'rider' }, { name: 'route' }, { name: 'payment' }, { name: 'app' }, { name: 'comment' }];

function trip(r: Rng): Record<string, Tree> {
  const a = who(r, r.pick(['vi', 'th', 'id', 'tl', 'sw']));
  return {
    trip_id: lf(n(r, 'uuid')), requested_at: lf(ts(r)),
    rider: { name: lf(a.name), phone: lf(...ph(r)), email: lf(a.email) },
    route: { distance_km: lf(`${r.int(1, 40)}.${r.int(0, 9)}`), duration: lf(n(r, 'duration')), surge: lf(`${r.int(10, 25) / 10}`) }, // no positions: a rider's pickup is personal
    payment: { card: lf(card(r)), fare: lf(n(r, 'amount')) },
    app: { ip: lf(ip(r)), version: lf(n(r, 'semver')), build: lf(n(r, 'build-number')) },
    comment: r.chance(0.5) ? lf('Driver was late, order ', n(r, 'order-number')) : lf('Lost item, contact me ', a.email),
  };
}

export function recordFiles12(rng: Rng, records: number): RecordFile[] {
  const gym = Math.round(records / 2);
  return [
    { file: 'gym_members.jsonl.gz', fields: GYM_FIELDS, records: withRegions12(regionsOf12('gym_members.jsonl.gz'), () => Array.from({ length: gym }, () => gymMember(rng))) },
    { file: 'ride_trips.jsonl', fields: TRIP_FIELDS, records: withRegions12(regionsOf12('ride_trips.jsonl'), () => Array.from({ length: records - gym }, () => trip(rng))) },
  ];
}
