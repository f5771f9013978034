// Set 19's structured exports: nested JSON Lines donors (gzip), tenancies and fleet jobs, and thirteen
// CSV exports (five `;` with decimal commas, one gzip, one with neutral column names, name columns in
// nine languages). Columns carry their true type (null: not personal; absent: mixed, not judged).
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { gold, unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { nationalId } from './ids.js';
import { negative as n, withRegions19 } from './negatives.js';
import { person } from './people.js';
import { phonePiece } from './phones.js';
import { regionsOf19 } from './regions.js';
import { password, secret } from './secrets.js';
import { card, email, iban, ip, mac, ssn } from './values.js';

const leaf = (...p: Array<string | Piece>): Unit => unitOf(...p);
const F = (spec: string): Field[] => spec.split(' ').map((s) => { const [name, t] = s.split('='); return t === undefined ? { name: name! } : { name: name!, truth: t === '-' ? null : t }; });
const nameP = (r: Rng, lang?: string) => { const p = person(r, lang); return { p, name: gold('person', 'given-family', `${p.given} ${p.family}`) }; };
const ph = (r: Rng, file: string, form?: string) => phonePiece(r, regionsOf19(file), form);

const DONOR_FIELDS = F('donor_id created=- email=email gift_aid=- donor gifts consent');
function donor(r: Rng): Record<string, Tree> {
  const { p, name } = nameP(r, r.pick(['en', 'de', 'fr', 'nl']));
  return {
    donor_id: leaf(`DN${r.digits(7)}`), created: leaf(n(r, 'ts-iso')), email: leaf(email(r, p)), gift_aid: leaf(r.pick(['true', 'false'])),
    donor: { name: leaf(name), phone: leaf(ph(r, 'donors.jsonl.gz')), ni: leaf(nationalId(r, 'uk-nino')), bank: { iban: leaf(iban(r, r.pick(['GB', 'DE', 'FR', 'NL']))), bic: leaf(n(r, 'bic')) } },
    gifts: { 0: { amount: leaf(n(r, 'price')), campaign: leaf(n(r, 'order-id')) }, 1: { amount: leaf(n(r, 'price')), card: leaf(card(r, 'bare')) } },
    consent: { ts: leaf(n(r, 'epoch-ms')), ip: leaf(ip(r)), note: leaf('prefers calls to ', ph(r, 'donors.jsonl.gz'), ' after ', n(r, 'duration')) },
  };
}

const TENANCY_FIELDS = F('contract start=- rent=- tenant landlord property deposit');
function tenancy(r: Rng): Record<string, Tree> {
  const t = nameP(r, r.pick(['es', 'it', 'pt']));
  const l = nameP(r, r.pick(['es', 'it', 'pt']));
  const idType = t.p.lang === 'it' ? 'it-fiscal-code' : t.p.lang === 'pt' ? 'pt-tax-id' : r.pick(['es-dni', 'es-nie']);
  return {
    contract: leaf(`CT/${r.digits(6)}`), start: leaf(n(r, 'ts-eu')), rent: leaf(n(r, 'price')),
    tenant: { name: leaf(t.name), id: leaf(nationalId(r, idType)), email: leaf(email(r, t.p)), phone: leaf(ph(r, 'tenancies.jsonl')) },
    landlord: { name: leaf(l.name), iban: leaf(iban(r, r.pick(['ES', 'IT', 'PT']))), phone: leaf(ph(r, 'tenancies.jsonl')) },
    property: { area: leaf(n(r, 'measurement')), listing_sku: leaf(n(r, 'sku')) }, deposit: { amount: leaf(n(r, 'price')), held_until: leaf(n(r, 'ts-eu')) },
  };
}

const FLEET_FIELDS = F('job=- vin=- eta=- driver vehicle stops vessel telemetry');
function fleetJob(r: Rng): Record<string, Tree> {
  const { p, name } = nameP(r, r.pick(['en', 'es']));
  return {
    job: leaf(n(r, 'order-id')), vin: leaf(n(r, 'fleet-vin')), eta: leaf(n(r, 'ts-iso')),
    driver: { name: leaf(name), mobile: leaf(ph(r, 'fleet_jobs.jsonl')), email: leaf(email(r, p)) },
    vehicle: { depot: leaf(n(r, 'coordinates')), container: leaf(n(r, 'iso6346-container')), modem_ip: leaf(ip(r, r.pick(['v4-private', 'v6']))), gateway_mac: leaf(mac(r)) },
    stops: { 0: { goods: leaf(n(r, 'hs-code')), window: leaf(n(r, 'range')), upc: leaf(n(r, 'upc-a')) }, 1: { goods: leaf(n(r, 'hs-code')), sscc: leaf(n(r, 'sscc')), gln: leaf(n(r, 'gln')) } },
    vessel: { imo: leaf(n(r, 'imo-ship')), ais_note: leaf('feeder ', n(r, 'imo-ship'), ' berth ', n(r, 'ts-iso')) },
    telemetry: { odo_km: leaf(n(r, 'measurement')), fw: leaf(n(r, 'four-part-version')) },
  };
}

interface Spec {
  file: string;
  delimiter: ',' | ';';
  columns: Field[];
  row: (r: Rng, f: string) => Array<Piece | string>;
}

const person2 = (r: Rng, lang: string) => { const { p, name } = nameP(r, lang); return { name, email: email(r, p) }; };
const SECRET_ROWS: Array<[string, (r: Rng) => Piece]> = [
  ['GITHUB_TOKEN', (r) => secret(r, r.pick(['github-token', 'github-fine-grained-token']))], ['GITLAB_TOKEN', (r) => secret(r, 'gitlab-token')], ['NPM_TOKEN', (r) => secret(r, 'npm-token')], ['PYPI_TOKEN', (r) => secret(r, 'pypi-token')],
  ['HF_TOKEN', (r) => secret(r, 'huggingface-token')], ['ANTHROPIC_API_KEY', (r) => secret(r, 'anthropic-api-key')], ['SLACK_BOT_TOKEN', (r) => secret(r, 'slack-token')], ['SLACK_WEBHOOK_URL', (r) => secret(r, 'slack-webhook-secret')],
  ['DISCORD_WEBHOOK', (r) => secret(r, 'discord-webhook-secret')], ['SHOPIFY_ADMIN_TOKEN', (r) => secret(r, 'shopify-token')], ['DO_TOKEN', (r) => secret(r, 'digitalocean-token')], ['DATABRICKS_TOKEN', (r) => secret(r, 'databricks-token')],
  ['NEW_RELIC_API_KEY', (r) => secret(r, 'newrelic-api-key')], ['GRAFANA_SA_TOKEN', (r) => secret(r, 'grafana-service-token')], ['POSTMAN_API_KEY', (r) => secret(r, 'postman-api-key')], ['AZURE_STORAGE_KEY', (r) => secret(r, 'azure-storage-secret')],
  ['MAILCHIMP_KEY', (r) => secret(r, 'mailchimp-api-key')], ['LINEAR_API_KEY', (r) => secret(r, 'linear-api-key')], ['GOOGLE_MAPS_KEY', (r) => secret(r, 'google-api-key')], ['STRIPE_RESTRICTED', (r) => secret(r, 'stripe-restricted-key')],
  ['SESSION_SIGNING_JWT', (r) => secret(r, 'jwt')], ['DEPLOY_KEY', (r) => secret(r, 'private-key')], ['DB_PASSWORD', (r) => password(r, 'config')],
  ['IMAGE_DIGEST', (r) => n(r, 'docker-digest')], ['RELEASE', (r) => n(r, 'semver')], ['EXAMPLE_KEY', (r) => n(r, 'placeholder-secret')], ['BUILD_ID', (r) => n(r, 'uuid')],
];

const SPECS: Spec[] = [
  { file: 'klienci_serwis.csv', delimiter: ';', columns: F('zgloszenie imie_nazwisko=person email=email telefon=phone pesel=pl-national-id kwota=- data=- czesc_ean=- isbn_instrukcji=-'), row: (r, f) => { const c = person2(r, 'pl'); return [`ZG/${r.digits(6)}`, c.name, c.email, ph(r, f), nationalId(r, 'pl-national-id'), n(r, 'price'), n(r, 'ts-eu'), n(r, 'gtin13'), n(r, 'isbn')]; } },
  { file: 'zakaznici.csv', delimiter: ';', columns: F('jmeno=person email=email telefon=phone iban=iban ean=- datum=-'), row: (r, f) => { const c = person2(r, 'cs'); return [c.name, c.email, ph(r, f), iban(r, r.pick(['AT', 'DE', 'PL'])), n(r, 'gtin13'), n(r, 'ts-eu')]; } },
  { file: 'asiakkaat.csv.gz', delimiter: ';', columns: F('nimi=person hetu=fi-national-id puhelin=phone sahkoposti=email tilinumero=iban summa=-'), row: (r, f) => { const c = person2(r, 'fi'); return [c.name, nationalId(r, 'fi-national-id'), ph(r, f), c.email, iban(r, 'FI'), n(r, 'price')]; } },
  { file: 'deelnemers.csv', delimiter: ',', columns: F('naam=person bsn=nl-national-id rijksregisternummer=be-national-id mobiel=phone email=email lidmaatschap=-'), row: (r, f) => { const c = person2(r, 'nl'); return [c.name, nationalId(r, 'nl-national-id'), nationalId(r, 'be-national-id'), ph(r, f), c.email, r.pick(['jaarlid', 'gezinslid', 'student', 'ere-lid'])]; } },
  { file: 'kunden_abos.csv', delimiter: ';', columns: F('Name=person E-Mail=email Telefon=phone IBAN=iban Kartennummer=credit-card Abo_Start=- Preis=-'), row: (r, f) => { const c = person2(r, 'de'); return [c.name, c.email, ph(r, f), iban(r, r.pick(['DE', 'AT', 'CH', 'LI'])), card(r), n(r, 'ts-eu'), n(r, 'price')]; } },
  { file: 'clientes_citas.csv', delimiter: ',', columns: F('nombre=person correo=email telefono=phone dni=es-dni cita=- sucursal=- medicamento_ndc=- duracion=-'), row: (r, f) => { const c = person2(r, 'es'); return [c.name, c.email, ph(r, f), nationalId(r, 'es-dni'), n(r, 'ts-us'), String(r.int(1, 40)), n(r, 'ndc-code'), n(r, 'duration')]; } },
  { file: 'iscritti.csv', delimiter: ';', columns: F('nominativo=person codice_fiscale=it-fiscal-code cellulare=phone pec=email iban=iban quota=-'), row: (r, f) => { const c = person2(r, 'it'); return [c.name, nationalId(r, 'it-fiscal-code'), ph(r, f), c.email, iban(r, r.pick(['IT', 'SM'])), n(r, 'price')]; } },
  { file: 'pacientes.csv', delimiter: ',', columns: F('nome=person cpf=br-cpf celular=phone email=email convenio=- consulta=-'), row: (r, f) => { const c = person2(r, 'pt'); return [c.name, nationalId(r, 'br-cpf'), ph(r, f), c.email, r.pick(['particular', 'Unimed', 'Amil', 'SulAmérica', 'Bradesco Saúde']), n(r, 'ts-eu')]; } },
  { file: 'yolcular.csv', delimiter: ',', columns: F('ad_soyad=person eposta=email telefon=phone sefer=- koltuk=- ucret=-'), row: (r, f) => { const c = person2(r, 'tr'); return [c.name, c.email, ph(r, f), n(r, 'flight-no'), String(r.int(1, 40)) + r.pick(['A', 'C', 'F']), n(r, 'price')]; } },
  { file: 'export_7731.csv', delimiter: ',', columns: F('c1=uk-nino c2=in-aadhaar c3=se-national-id c4=- c5=us-ssn c6=- c7=email c8=no-national-id c9=- c10=mac-address c11=- c12=- c13=- c14=-'), row: (r) => [nationalId(r, 'uk-nino'), nationalId(r, 'in-aadhaar'), nationalId(r, 'se-national-id'), n(r, 'isin'), ssn(r), n(r, 'lei'), email(r, person(r)), nationalId(r, 'no-national-id'), n(r, 'aba-routing'), mac(r), n(r, 'cusip'), n(r, 'sedol'), n(r, 'bad-iban'), n(r, 'bad-card')] },
  { file: 'staff_payroll.csv', delimiter: ',', columns: F('employee=person ssn=us-ssn routing=- account_iban=iban email=email gross=- pay_date=-'), row: (r) => { const c = person2(r, r.pick(['en', 'es', 'zh', 'vi'])); return [c.name, ssn(r), n(r, 'aba-routing'), iban(r), c.email, n(r, 'price'), n(r, 'ts-us')]; } },
  { file: 'net_assets.csv', delimiter: ',', columns: F('hostname=- mgmt_ip=ip-address ipv6=ip-address mac=mac-address firmware=- open_ports=- snmp_oid=- cert_policy_oid=- host_key=- owner_email=email'), row: (r) => [`${r.pick(['sw', 'ap', 'fw', 'rtr'])}-${r.int(1, 99)}`, ip(r, r.pick(['v4-private', 'v4-public'])), ip(r, r.pick(['v6', 'v6-compressed'])), mac(r), n(r, 'four-part-version'), n(r, 'port-list'), n(r, 'mib-oid'), n(r, 'oid'), n(r, 'ssh-public-key'), email(r, person(r))] },
  { file: 'app_secrets.csv', delimiter: ',', columns: F('key=- value environment=- rotated=-'), row: (r) => { const [k, v] = r.pick(SECRET_ROWS); return [k, v(r), r.pick(['production', 'staging', 'dev']), n(r, 'ts-iso')]; } },
];

export function tables19(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => withRegions19(regionsOf19(s.file), () => ({ file: s.file, delimiter: s.delimiter, columns: s.columns, rows: Array.from({ length: rows }, () => s.row(rng, s.file).map((p) => unitOf(p))) })));
}

export function recordFiles19(rng: Rng, records: number): RecordFile[] {
  const third = Math.round(records / 3);
  const file = (name: string, fields: Field[], count: number, make: (r: Rng) => Record<string, Tree>): RecordFile =>
    withRegions19(regionsOf19(name), () => ({ file: name, fields, records: Array.from({ length: count }, () => make(rng)) }));
  return [file('donors.jsonl.gz', DONOR_FIELDS, third, donor), file('tenancies.jsonl', TENANCY_FIELDS, third, tenancy), file('fleet_jobs.jsonl', FLEET_FIELDS, records - 2 * third, fleetJob)];
}

