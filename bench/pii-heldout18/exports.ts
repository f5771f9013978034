// Set 18's structured exports: three nested JSON Lines files (learner records, FX transfers gzip,
// deploy events with secrets) and thirteen CSV exports: tenant and member lists with name columns in
// nine languages (five `;` sheets with decimal commas, one gzip), a Nordic benefits register, payment
// gateway payouts, an extract with neutral column names c1..c10 and a service-account key list.
// Columns carry their true type (null: holds nothing personal; absent: mixed, not judged).
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { nationalId } from './ids.js';
import { day, who } from './kit.js';
import * as N from './negatives.js';
import { nameOf, person } from './people.js';
import { phoneOf } from './phones.js';
import { regionsOf18 } from './regions.js';
import { password, secret, SECRET_KINDS } from './secrets.js';
import { card, email, iban, ip, mac } from './values.js';

const leaf = (...p: Array<string | Piece>) => unitOf(...p);
const F = (name: string, truth?: string | null): Field => (truth === undefined ? { name } : { name, truth });

const LEARNER_FIELDS = [F('learner_id', null), F('enrolled', null), F('email', 'email'), F('guardian'), F('course'), F('device'), F('notes')];
function learner(r: Rng, regions: readonly CountryCode[]): Record<string, Tree> {
  const s = who(r, r.pick(['en', 'en', 'sw', 'hi', 'ar']));
  const g = who(r, s.p.lang);
  return {
    learner_id: leaf(N.uuid(r).text), enrolled: leaf(N.isoTs(r)), email: leaf(s.email),
    guardian: { name: leaf(g.name), phone: leaf(phoneOf(r, regions)), email: leaf(g.email) },
    course: { code: leaf(N.sku(r)), fee: leaf(N.price(r, 'en')), grade: leaf(N.percent(r)) },
    device: { mac: leaf(mac(r)), last_ip: leaf(ip(r)), app: leaf(N.version4(r)) },
    notes: leaf('Guardian asked to update mobile to ', phoneOf(r, regions), '; ', N.localTs(r)),
  };
}

const TRANSFER_FIELDS = [F('id', null), F('created', null), F('rate', null), F('sender'), F('recipient'), F('amount'), F('compliance')];
function transfer(r: Rng, regions: readonly CountryCode[]): Record<string, Tree> {
  const s = who(r);
  const t = who(r, r.pick(['pl', 'ro', 'hi', 'de', 'fr', 'es']));
  return {
    id: leaf(N.orderId(r).text), created: leaf(N.epoch(r, true)), rate: leaf(N.decimalComma(r)),
    sender: { name: leaf(s.name), email: leaf(s.email), phone: leaf(phoneOf(r, regions)), card: leaf(card(r)) },
    recipient: { name: leaf(t.name), iban: leaf(iban(r, r.pick(['DE', 'FR', 'ES', 'RO', 'BE', 'PT', 'NL', 'BG']))), bic: leaf(N.bic(r)) },
    amount: { source: leaf(N.price(r, 'en')), target: leaf(N.price(r, 'de')), fee: leaf(N.percent(r)) },
    compliance: { id_doc: leaf(nationalId(r, r.pick(['nino', 'dni', 'aadhaar', 'ro', 'pl']))), ip: leaf(ip(r)), checked: leaf(N.isoTs(r)) },
  };
}

const DEPLOY_FIELDS = [F('deploy_id', null), F('at', null), F('commit', null), F('actor'), F('env'), F('artifact')];
function deploy(r: Rng): Record<string, Tree> {
  const a = who(r);
  const [k, v] = r.pick<[string, () => Piece]>([['DATABASE_PASSWORD', () => password(r)], ['GITHUB_TOKEN', () => secret(r, 'github-pat')], ['NPM_TOKEN', () => secret(r, 'npm')], ['SENTRY_AUTH_TOKEN', () => secret(r, 'sentry-auth')], ['OPENAI_API_KEY', () => secret(r, 'openai')], ['HF_TOKEN', () => secret(r, 'huggingface')], ['PYPI_TOKEN', () => secret(r, 'pypi')], ['AWS_SECRET_ACCESS_KEY', () => secret(r, 'aws-secret')], ['SOPS_AGE_KEY', () => secret(r, 'age-key')], ['FEATURE_FLAG', () => N.placeholder(r)]]);
  return {
    deploy_id: leaf(N.uuid(r)), at: leaf(N.isoTs(r)), commit: leaf(N.gitSha(r, false)),
    actor: { name: leaf(a.name), email: leaf(a.email), from_ip: leaf(ip(r)) },
    env: { key: leaf(k), value: leaf(v()) },
    artifact: { digest: leaf(N.digest(r)), version: leaf(N.version(r)), size: leaf(N.fileSize(r)) },
  };
}

interface Spec {
  file: string;
  delimiter: ',' | ';';
  columns: Field[];
  row: (r: Rng, regions: readonly CountryCode[]) => Array<Piece | string>;
}

/** A tenant or member list: a name column in the file's language, contact, money, dates. */
const members = (file: string, delimiter: ',' | ';', lang: string, cols: [string, string, string, string, string, string], ibanOf: string[], money: 'de' | 'en' | 'fr'): Spec => ({
  file, delimiter,
  columns: [F(cols[0], 'person'), F(cols[1], 'email'), F(cols[2], 'phone'), F(cols[3], 'iban'), F(cols[4], null), F(cols[5], null)],
  row: (r, regions) => { const p = person(r, lang); return [nameOf(p), email(r, p), phoneOf(r, regions), iban(r, r.pick(ibanOf)), N.price(r, money), N.localTs(r)]; },
});

const SPECS: Spec[] = [
  members('tenants_uk.csv', ',', 'en', ['Tenant name', 'Email', 'Mobile', 'Rent account IBAN', 'Monthly rent', 'Move-in'], ['GB', 'IE'], 'en'),
  members('mieter_de.csv.gz', ';', 'de', ['Mieter', 'E-Mail', 'Telefon', 'IBAN', 'Kaltmiete', 'Einzug'], ['DE', 'AT'], 'de'),
  members('locataires.csv', ';', 'fr', ['Nom du locataire', 'Courriel', 'Téléphone', 'IBAN', 'Loyer', "Date d'entrée"], ['FR', 'BE', 'LU'], 'fr'),
  members('inquilini.csv', ';', 'it', ['Nominativo', 'Email', 'Cellulare', 'IBAN', 'Canone', 'Decorrenza'], ['DE', 'FR', 'MT'], 'de'),
  members('socios_club.csv', ';', 'es', ['Nombre y apellidos', 'Correo', 'Teléfono', 'IBAN', 'Cuota', 'Alta'], ['ES', 'PT'], 'de'),
  members('medlemmer.csv', ',', 'da', ['Navn', 'E-post', 'Telefon', 'Kontonummer IBAN', 'Kontingent', 'Innmeldt'], ['NO', 'DK'], 'en'),
  members('jasenrekisteri.csv', ',', 'fi', ['Nimi', 'Sähköposti', 'Puhelin', 'Tilinumero', 'Jäsenmaksu', 'Liittynyt'], ['FI'], 'en'),
  members('klienci.csv', ';', 'pl', ['Imię i nazwisko', 'E-mail', 'Telefon', 'Rachunek IBAN', 'Kwota', 'Data'], ['LT', 'LV', 'DE'], 'de'),
  { file: 'musteri_listesi.csv', delimiter: ',', columns: [F('Ad Soyad', 'person'), F('T.C. Kimlik No', 'tr-national-id'), F('Cep Telefonu', 'phone'), F('IBAN', 'iban'), F('Sipariş', null), F('Barkod', null)],
    row: (r, g) => { const p = person(r, 'tr'); return [nameOf(p), nationalId(r, 'tr'), phoneOf(r, g), iban(r, 'TR'), N.orderId(r), N.gtin(r)]; } },
  { file: 'benefits_nordic.csv', delimiter: ',', columns: [F('namn', 'person'), F('personnummer'), F('telefon', 'phone'), F('belopp', null), F('beslut', null), F('kontor_gln', null)],
    row: (r, g) => { const k = r.pick(['se', 'no', 'fi', 'ee']); const p = person(r, { se: 'sv', no: 'da', fi: 'fi', ee: 'fi' }[k]); return [nameOf(p), nationalId(r, k), phoneOf(r, g), N.decimalComma(r), N.localTs(r), N.gln(r)]; } },
  { file: 'payouts_gateway.csv', delimiter: ',', columns: [F('payout_id', null), F('created_at', null), F('customer_email', 'email'), F('pan', 'credit-card'), F('bank_iban', 'iban'), F('bic', null), F('amount', null), F('rejected_iban', null), F('rejected_pan', null)],
    row: (r) => [N.uuid(r).text, N.isoTs(r), email(r), card(r), iban(r), N.bic(r), N.price(r, 'en'), N.badIban(r), N.badCard(r)] },
  { file: 'extract_c.csv', delimiter: ',', columns: [F('c1', 'us-ssn'), F('c2', 'in-aadhaar'), F('c3', 'br-cpf'), F('c4', 'mac-address'), F('c5', null), F('c6', null), F('c7', 'email'), F('c8', null), F('c9', 'ip-address'), F('c10', null)],
    row: (r) => [nationalId(r, 'ssn'), nationalId(r, 'aadhaar'), nationalId(r, 'cpf'), mac(r), N.isin(r), N.container(r), email(r), N.sscc(r), ip(r), N.version4(r)] },
  { file: 'service_accounts.csv', delimiter: ',', columns: [F('name', null), F('kind', null), F('credential'), F('rotated', null), F('fingerprint', null)],
    row: (r) => { const k = r.pick(SECRET_KINDS); return [`svc-${r.pick(['etl', 'ci', 'backup', 'alerts'])}`, k, r.chance(0.12) ? N.placeholder(r) : secret(r, k), day(r), N.sha256(r)]; } },
];

export function tables18(rng: Rng, rows: number, within: <T>(regions: readonly CountryCode[], make: () => T) => T): Table5[] {
  return SPECS.map((s) => {
    const g = regionsOf18(s.file);
    return { file: s.file, delimiter: s.delimiter, columns: s.columns, rows: within(g, () => Array.from({ length: rows }, () => s.row(rng, g).map((p) => unitOf(p)))) };
  });
}

export function recordFiles18(rng: Rng, records: number, within: <T>(regions: readonly CountryCode[], make: () => T) => T): RecordFile[] {
  const files: Array<[string, Field[], (r: Rng, g: readonly CountryCode[]) => Record<string, Tree>, number]> = [
    ['learners.jsonl', LEARNER_FIELDS, learner, 0.4], ['transfers.jsonl.gz', TRANSFER_FIELDS, transfer, 0.35], ['deploy_events.jsonl', DEPLOY_FIELDS, (r) => deploy(r), 0.25],
  ];
  return files.map(([file, fields, make, share]) => {
    const g = regionsOf18(file);
    return { file, fields, records: within(g, () => Array.from({ length: Math.round(records * share) }, () => make(rng, g))) };
  });
}
