// Structured exports of set 16: three nested JSON Lines files (returns-portal cases, gzip; Duo
// authentication events; a membership CRM) and fourteen CSV exports (six `;` with decimal commas, one
// gzip, one with neutral column names c1..c9, name columns in eleven languages). Columns carry their true
// type (null: not personal; absent: mixed, not judged). Each file is written within its regions.
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { card, email, iban, ip, mac, n, nid, ph, secret, ssn, who } from './kit.js';
import { withRegions16 } from './negatives.js';
import { nameOf, person, sortName } from './people.js';
import { regionsOf16 } from './regions.js';
import { nationalId } from './values.js';

type Cell = (r: Rng) => Piece | string | Array<Piece | string>;
const leaf = (x: Piece | string | Array<Piece | string>) => (Array.isArray(x) ? unitOf(...x) : unitOf(x));
const id = (r: Rng, type: string) => nationalId(r, type).id;

function returnCase(r: Rng): Record<string, Tree> {
  const u = who(r, r.pick(['nl', 'de', 'fr', 'tr']));
  return {
    case_id: leaf(n(r, 'uuid')), opened: leaf(n(r, 'timestamp')), order: leaf(n(r, 'order-id')),
    customer: { name: leaf(u.name), email: leaf(u.email), phone: leaf(ph(r)), refund: { iban: leaf(iban(r, r.pick(['NL', 'BE', 'FR', 'AT']))), bic: leaf(n(r, 'bic')) } },
    item: { gtin: leaf(n(r, 'gtin')), price: leaf(n(r, 'price')), weight: leaf(n(r, 'measurement')) },
    label: { tracking: leaf(n(r, 'tracking-number')), sscc: leaf(n(r, 'sscc')) },
    note: leaf(['Customer ', u.name, ' asked to be called on ', ph(r), ' about ', n(r, 'invoice-id')]),
  };
}
const RETURN_FIELDS: Field[] = [{ name: 'case_id', truth: null }, { name: 'opened', truth: null }, { name: 'order', truth: null }, { name: 'customer' }, { name: 'item' }, { name: 'label' }, { name: 'note' }];

function duoEvent(r: Rng): Record<string, Tree> {
  const u = who(r, r.pick(['en', 'es']));
  return {
    txid: leaf(n(r, 'uuid')), timestamp: leaf(n(r, 'epoch-seconds')), email: leaf(u.email), result: leaf(r.pick(['success', 'denied', 'fraud'])),
    access_device: { ip: leaf(ip(r)), os_version: leaf(n(r, 'version')), hostname: leaf(`LAPTOP-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7)}`) },
    auth_device: { name: leaf(ph(r)), ip: leaf(ip(r)) }, user: { name: leaf(u.name) },
  };
}
const DUO_FIELDS: Field[] = [{ name: 'txid', truth: null }, { name: 'timestamp', truth: null }, { name: 'email', truth: 'email' }, { name: 'result', truth: null }, { name: 'access_device' }, { name: 'auth_device' }, { name: 'user' }];

function member(r: Rng): Record<string, Tree> {
  const p = person(r, r.pick(['en', 'pl', 'tr', 'vi', 'uk', 'ar']));
  const card1 = r.chance(0.5);
  return {
    created: leaf(n(r, 'date')), full_name: leaf(nameOf(p)), contacts: { email: leaf(email(r, p)), mobile: leaf(ph(r)) },
    billing: card1 ? { card: leaf(card(r)), expiry: leaf(`${r.int(1, 12)}/${r.int(27, 31)}`) } : { iban: leaf(iban(r)) },
    identity: { document: leaf(nid(r)) }, audit: { ip: leaf(ip(r)), app: leaf(n(r, 'version-4part')) },
  };
}
const MEMBER_FIELDS: Field[] = [{ name: 'created', truth: null }, { name: 'full_name', truth: 'person' }, { name: 'contacts' }, { name: 'billing' }, { name: 'identity' }, { name: 'audit' }];

export function recordFiles16(rng: Rng, records: number): RecordFile[] {
  const third = Math.round(records / 3);
  const file = (name: string, fields: Field[], k: number, make: (r: Rng) => Record<string, Tree>): RecordFile =>
    withRegions16(regionsOf16(name), () => ({ file: name, fields, records: Array.from({ length: k }, () => make(rng)) }));
  return [file('returns_cases.jsonl.gz', RETURN_FIELDS, third, returnCase), file('duo_auth.jsonl', DUO_FIELDS, third, duoEvent), file('members_crm.jsonl', MEMBER_FIELDS, records - 2 * third, member)];
}

type Col = [name: string, truth: string | null | undefined, cell: Cell];
const P = (lang: string): Cell => (r) => nameOf(person(r, lang));
const S = (lang: string): Cell => (r) => sortName(person(r, lang));
const decimal = (r: Rng) => `${r.int(1, 999)},${String(r.int(0, 99)).padStart(2, '0')}`;

const TABLES: Array<{ file: string; delimiter: ',' | ';'; cols: Col[] }> = [
  { file: 'teilnehmer_lauf.csv', delimiter: ';', cols: [['Startnummer', null, (r) => String(r.int(1, 20000))], ['Name', 'person', P('de')], ['E-Mail', 'email', (r) => email(r, person(r, 'de'))], ['Telefon', 'phone', ph], ['Nettozeit', null, (r) => n(r, 'duration')], ['Startgeld', null, decimal]] },
  { file: 'adherents_club.csv', delimiter: ';', cols: [['Nom', 'person', S('fr')], ['Courriel', 'email', (r) => email(r, person(r, 'fr'))], ['Portable', 'phone', ph], ['IBAN', 'iban', (r) => iban(r, r.pick(['FR', 'BE', 'LU']))], ['Cotisation', null, decimal], ['Adhésion', null, (r) => n(r, 'date')]] },
  { file: 'socios_gimnasio.csv.gz', delimiter: ',', cols: [['nombre', 'person', P('es')], ['dni', 'es-dni', (r) => (r.chance(0.7) ? id(r, 'es-dni') : id(r, 'es-nie'))], ['móvil', 'phone', ph], ['correo', 'email', (r) => email(r, person(r, 'es'))], ['cuota', null, (r) => n(r, 'price')], ['alta', null, (r) => n(r, 'timestamp')]] },
  { file: 'soci_museo.csv', delimiter: ';', cols: [['Cognome e nome', 'person', S('it')], ['Codice fiscale', 'it-fiscal-code', (r) => id(r, 'it-fiscal-code')], ['Telefono', 'phone', ph], ['Quota', null, decimal], ['Catalogo ISBN', null, (r) => n(r, 'isbn')]] },
  { file: 'klanten_opslag.csv', delimiter: ',', cols: [['naam', 'person', P('nl')], ['bsn', 'nl-national-id', (r) => id(r, 'nl-national-id')], ['iban', 'iban', (r) => iban(r, r.pick(['NL', 'BE']))], ['telefoon', 'phone', ph], ['m2', null, (r) => n(r, 'measurement')], ['factuur', null, (r) => n(r, 'invoice-id')]] },
  { file: 'uczestnicy_badania.csv', delimiter: ';', cols: [['Imię i nazwisko', 'person', P('pl')], ['PESEL', 'pl-national-id', (r) => id(r, 'pl-national-id')], ['Telefon', 'phone', ph], ['Randomizacja', null, (r) => r.pick(['A', 'B'])], ['Dawka mg', null, decimal], ['Wizyta', null, (r) => n(r, 'date')]] },
  { file: 'asiakkaat_kotihoito.csv', delimiter: ';', cols: [['Nimi', 'person', P('fi')], ['Henkilötunnus', 'fi-national-id', (r) => id(r, 'fi-national-id')], ['Puhelin', 'phone', ph], ['Käynti min', null, (r) => String(r.int(15, 90))], ['Laskutus', null, decimal]] },
  { file: 'kunder_hundpensionat.csv', delimiter: ',', cols: [['Namn', 'person', P('sv')], ['Personnummer', 'se-national-id', (r) => id(r, 'se-national-id')], ['E-post', 'email', (r) => email(r, person(r, 'sv'))], ['Mobil', 'phone', ph], ['Bokning', null, (r) => n(r, 'order-id')], ['Vikt', null, (r) => n(r, 'measurement')]] },
  { file: 'doadores.csv', delimiter: ';', cols: [['Nome', 'person', P('pt')], ['CPF', 'br-cpf', (r) => id(r, 'br-cpf')], ['E-mail', 'email', (r) => email(r, person(r, 'pt'))], ['Valor', null, decimal], ['Data', null, (r) => n(r, 'timestamp')]] },
  { file: 'guest_list_tokyo.csv', delimiter: ',', cols: [['氏名', 'person', P('ja')], ['メール', 'email', (r) => email(r, person(r, 'ja'))], ['電話番号', 'phone', ph], ['座席', null, (r) => n(r, 'range')], ['料金', null, (r) => n(r, 'price')]] },
  { file: 'pawn_tickets.csv', delimiter: ',', cols: [['pledgor', 'person', S('en')], ['ssn', 'us-ssn', (r) => ssn(r)], ['phone', 'phone', ph], ['card_on_file', 'credit-card', card], ['loan_amount', null, (r) => n(r, 'price')], ['item_upc', null, (r) => n(r, 'upc-a')], ['rate', null, (r) => n(r, 'percentage')]] },
  { file: 'export_7731.csv', delimiter: ',', cols: [['c1', 'email', (r) => email(r)], ['c2', 'uk-nino', (r) => id(r, r.pick(['uk-nino', 'in-aadhaar', 'br-cpf', 'es-dni']))], ['c3', 'ip-address', (r) => ip(r)], ['c4', null, (r) => n(r, 'gtin')], ['c5', null, (r) => n(r, 'uuid')], ['c6', 'iban', (r) => iban(r)], ['c7', null, (r) => n(r, 'version-4part')], ['c8', 'mac-address', (r) => mac(r)], ['c9', null, (r) => n(r, 'isin')]] },
  { file: 'credential_inventory.csv', delimiter: ',', cols: [['system', null, (r) => r.pick(['jenkins', 'airflow', 'grafana', 'vault', 'stripe', 'github'])], ['secret', undefined, (r) => (r.chance(0.15) ? n(r, 'placeholder-secret') : secret(r))], ['rotated', null, (r) => n(r, 'date')], ['owner', 'email', (r) => email(r)], ['ticket', null, (r) => n(r, 'ticket-key')]] },
  { file: 'device_registry.csv', delimiter: ',', cols: [['hostname', null, (r) => `sw-${r.int(1, 99)}`], ['mac', 'mac-address', (r) => mac(r)], ['mgmt_ip', 'ip-address', (r) => ip(r)], ['firmware', null, (r) => n(r, 'version-4part')], ['snmp_oid', null, (r) => n(r, 'snmp-oid')], ['uplink_ports', null, (r) => n(r, 'port-list')], ['asset_lot', null, (r) => n(r, 'serial-lot')]] },
];

export function tables16(rng: Rng, rows: number): Table5[] {
  return TABLES.map((t) => withRegions16(regionsOf16(t.file), () => ({
    file: t.file, delimiter: t.delimiter, columns: t.cols.map(([name, truth]) => ({ name, truth })),
    rows: Array.from({ length: rows }, () => t.cols.map(([, , cell]) => leaf(cell(rng)))),
  })));
}
