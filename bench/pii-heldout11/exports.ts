// Structured exports of set 11: US loan applications (gzip JSON Lines) and crypto-exchange KYC profiles
// (JSON Lines), nested; and fourteen CSV exports: customer lists in Polish, Czech, Hungarian (gzip),
// Turkish, Finnish, Norwegian/Danish, Vietnamese and Indonesian with person-name, phone and e-mail
// columns named in those languages (five `;` sheets with decimal commas), a neutral `c1…c10` extract,
// a trade blotter and a lab export whose `code`/`ref`/`id` columns hold identifiers that are not
// personal, a PLC inventory, a secrets audit (mixed column) and a mixed national-id sheet. Each column
// carries its true type (null: not personal; absent: mixed, not judged).
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { gold, unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { negative, withScope11 } from './negatives.js';
import { nameOf, person, type Lang11 } from './people.js';
import { phone } from './phones.js';
import { regionsOf11 } from './regions.js';
import { awsPair, password, pemKey, PROVIDERS, token } from './secrets.js';
import { aadhaar, card, codiceFiscale, cpf, dni, email, iban, ip, ipv4, mac, nationalId, nino, ssn } from './values.js';

const leaf = (...p: Array<string | Piece>): Unit => unitOf(...p);

export const LOAN_FIELDS: Field[] = [{ name: 'application_id', truth: null }, { name: 'submitted', truth: null }, { name: 'applicant' }, { name: 'employment' }, { name: 'bank' }, { name: 'device' }, { name: 'requested', truth: null }];

function loan(r: Rng): Record<string, Tree> {
  const p = person(r, r.pick<Lang11>(['en', 'es', 'vi', 'tl']));
  const boss = person(r, 'en');
  return {
    application_id: leaf(negative(r, 'uuid')), submitted: leaf(negative(r, 'timestamp')),
    applicant: { name: leaf(nameOf(p)), ssn: leaf(ssn(r)), contact: { phone: leaf(phone(r, 'US', r.pick(['national', 'dashed', 'e164']))), email: leaf(email(r, p)) } },
    employment: { employer_contact: leaf(nameOf(boss)), phone: leaf(phone(r, r.pick(['US', 'CA']), 'national')), years: leaf(String(r.int(0, 30))) },
    bank: { routing: leaf(negative(r, 'aba-routing')), statement_ref: leaf(negative(r, 'claim-number')) },
    device: { ip: leaf(ip(r)), fingerprint: leaf(negative(r, 'checksum')) },
    requested: leaf(negative(r, 'amount')),
  };
}

export const KYC_FIELDS: Field[] = [{ name: 'profile_id', truth: null }, { name: 'created', truth: null }, { name: 'email', truth: 'email' }, { name: 'person' }, { name: 'document' }, { name: 'sessions' }, { name: 'payout' }, { name: 'api' }];

function kycProfile(r: Rng): Record<string, Tree> {
  const lang = r.pick<Lang11>(['tr', 'pt', 'it', 'es', 'en', 'pl', 'th', 'vi']);
  const p = person(r, lang);
  const id = nationalId(r);
  const region = r.chance(0.7) ? ({ tr: 'TR', pt: 'BR', it: 'IT', es: 'ES', en: 'GB', pl: 'PL', th: 'TH', vi: 'VN' } as const)[lang as 'tr'] : r.pick<CountryCode>(['MX', 'AR', 'PT', 'FR', 'BE', 'EG', 'SA', 'JP', 'SG', 'AE']);
  const k = awsPair(r);
  return {
    profile_id: leaf(negative(r, 'uuid')), created: leaf(negative(r, 'timestamp')), email: leaf(email(r, p)),
    person: { name: leaf(nameOf(p)), phone: { e164: leaf(phone(r, region, 'e164')), display: leaf(phone(r, region, 'national')) } },
    document: { type: leaf(({ 'uk-nino': 'NINO', 'es-dni': 'DNI_NIE', 'it-fiscal-code': 'CODICE_FISCALE', 'in-aadhaar': 'AADHAAR', 'br-cpf': 'CPF' } as Record<string, string>)[id.type!]!), number: leaf(id) },
    sessions: { 0: { ip: leaf(ip(r)), at: leaf(negative(r, 'timestamp')) }, 1: { ip: leaf(ip(r)), build: leaf(negative(r, 'build-number')) } },
    payout: { iban: leaf(iban(r)), bic: leaf(negative(r, 'bic')), limit: leaf(negative(r, 'amount')) },
    ...(r.chance(0.2) ? { api: { key_id: leaf(k.id), secret: leaf(k.secret) } } : { api: { client_id: leaf(negative(r, 'uuid')) } }),
  };
}

interface Spec { file: string; delimiter: ',' | ';'; columns: Field[]; row: (r: Rng) => Array<Piece | string> }

const F = (name: string, truth?: string | null): Field => ({ name, truth });
const people = (lang: Lang11) => (r: Rng) => nameOf(person(r, lang));
const mail = (lang: Lang11) => (r: Rng) => email(r, person(r, lang));
const ph = (...regions: CountryCode[]) => (r: Rng) => phone(r, r.pick(regions));

/** A customer list of one language: name, phone, e-mail, IBAN, an amount, a date and a misleading code column. */
function customers(file: string, delimiter: ',' | ';', lang: Lang11, country: string, region: CountryCode, names: string[], code: string): Spec {
  return {
    file, delimiter, columns: [F(names[0]!, 'person'), F(names[1]!, 'phone'), F(names[2]!, 'email'), F(names[3]!, 'iban'), F(names[4]!, null), F(names[5]!, null), F(names[6]!, null)],
    row: (r) => { const p = person(r, lang); return [nameOf(p), phone(r, region), email(r, p), iban(r, country), negative(r, delimiter === ';' ? 'amount-decimal-comma' : 'amount'), negative(r, 'timestamp'), negative(r, code)]; },
  };
}

const SECRETS: Array<[string, (r: Rng) => Piece]> = [
  ['GITHUB_TOKEN', (r) => token(r, 'github')], ['NPM_TOKEN', (r) => token(r, 'npm')], ['SENDGRID_API_KEY', (r) => token(r, 'sendgrid')], ['HF_TOKEN', (r) => token(r, 'huggingface')],
  ['TWILIO_AUTH_TOKEN', (r) => gold('secret-token', 'twilio', PROVIDERS.twilio!(r))], ['AWS_ACCESS_KEY_ID', (r) => awsPair(r).id], ['AWS_SECRET_ACCESS_KEY', (r) => awsPair(r).secret], ['DB_PASSWORD', password],
  ['DEPLOY_KEY', (r) => { const k = pemKey(r); return { ...k, form: `${k.form}-escaped`, text: k.text.replace(/\n/g, '\\n') }; }], ['RELEASE_SHA', (r) => negative(r, 'git-sha')], ['BASE_IMAGE', (r) => negative(r, 'image-digest')], ['APP_VERSION', (r) => negative(r, 'semver')],
];

const SPECS: Spec[] = [
  customers('dane_klientow.csv', ';', 'pl', 'PL', 'PL', ['imię_nazwisko', 'telefon', 'e-mail', 'rachunek', 'kwota', 'data', 'kod'], 'gtin'),
  customers('zakaznici.csv', ';', 'cs', 'CZ', 'CZ', ['jméno', 'telefon', 'email', 'účet_IBAN', 'částka', 'datum', 'ref'], 'invoice-number'),
  customers('ugyfelek.csv.gz', ',', 'hu', 'HU', 'HU', ['név', 'telefonszám', 'email_cím', 'bankszámla', 'összeg', 'dátum', 'id'], 'uuid'),
  customers('musteriler.csv', ';', 'tr', 'TR', 'TR', ['ad_soyad', 'cep_telefonu', 'e_posta', 'iban', 'tutar', 'tarih', 'kod'], 'hs-code'),
  customers('asiakkaat.csv', ',', 'fi', 'FI', 'FI', ['nimi', 'puhelin', 'sähköposti', 'tilinumero', 'summa', 'päivämäärä', 'viite'], 'rf-reference'),
  customers('kunder.csv', ';', 'da', 'DK', 'DK', ['navn', 'mobil', 'e-mail', 'konto', 'beløb', 'dato', 'ref'], 'tracking'),
  { file: 'khach_hang.csv', delimiter: ',', columns: [F('họ_tên', 'person'), F('điện_thoại', 'phone'), F('thư_điện_tử', 'email'), F('mã', null), F('số_tiền', null)],
    row: (r) => { const p = person(r, 'vi'); return [nameOf(p), phone(r, 'VN'), email(r, p), negative(r, 'order-number'), negative(r, 'amount')]; } },
  { file: 'pelanggan.csv', delimiter: ',', columns: [F('nama', 'person'), F('no_hp', 'phone'), F('surel', 'email'), F('kode', null), F('total', null)],
    row: (r) => { const p = person(r, 'id'); return [nameOf(p), phone(r, r.pick(['ID', 'MY'])), email(r, p), negative(r, 'isbn'), negative(r, 'amount')]; } },
  { file: 'extract_2211.csv', delimiter: ',', columns: [F('c1', 'credit-card'), F('c2', 'us-ssn'), F('c3', 'in-aadhaar'), F('c4', 'br-cpf'), F('c5', 'mac-address'), F('c6', 'ip-address'), F('c7', null), F('c8', null), F('c9', null), F('c10', null)],
    row: (r) => [card(r), ssn(r, 'dashed'), aadhaar(r), cpf(r), mac(r), ip(r), negative(r, 'isin'), negative(r, 'vin'), negative(r, 'uuid'), negative(r, 'amount')] },
  { file: 'trade_blotter.csv', delimiter: ',', columns: [F('id', null), F('code', null), F('ref', null), F('bic', null), F('qty', null), F('price', null), F('advisor_email', 'email'), F('client_phone', 'phone'), F('settlement_iban', 'iban')],
    row: (r) => [negative(r, 'record-id'), negative(r, 'isin'), negative(r, 'lei'), negative(r, 'bic'), String(r.int(1, 5000)), negative(r, 'amount'), mail(r.pick(['sv', 'pl', 'de']))(r), ph('SE', 'PL', 'DE', 'GB', 'CH', 'AT', 'SG', 'AE', 'ZA', 'AU', 'LT', 'EE')(r), iban(r, r.pick(['SE', 'PL', 'DE', 'GB']))] },
  { file: 'lab_results_export.csv', delimiter: ',', columns: [F('code', null), F('test', null), F('value', null), F('patient', 'person'), F('patient_phone', 'phone'), F('ordering_email', 'email'), F('ndc', null)],
    row: (r) => [negative(r, 'loinc'), r.pick(['Glucose', 'Hemoglobin', 'Creatinine', 'TSH']), `${r.int(1, 400)}.${r.digits(1)}`, people('en')(r), ph('US', 'GB', 'IE', 'AU', 'NZ', 'IN', 'ZA', 'NG', 'UG')(r), mail('en')(r), negative(r, 'ndc')] },
  { file: 'plc_inventory.csv', delimiter: ',', columns: [F('id', null), F('plc_ip', 'ip-address'), F('plc_mac', 'mac-address'), F('firmware', null), F('sku', null), F('last_frame', null)],
    row: (r) => [negative(r, 'uuid'), ipv4(r, true), mac(r, r.pick(['colon', 'hyphen', 'colon-upper'])), negative(r, 'semver'), negative(r, 'sku'), negative(r, 'modbus-frame')] },
  { file: 'secrets_audit.csv', delimiter: ',', columns: [F('name', null), F('value'), F('rotated', null)],
    row: (r) => { const [k, v] = r.pick(SECRETS); return [k, v(r), negative(r, 'timestamp')]; } },
  { file: 'documentos_identidad.csv', delimiter: ';', columns: [F('documento', 'es-dni'), F('nome_nombre', 'person'), F('móvil', 'phone'), F('correo', 'email'), F('importe', null)],
    row: (r) => { const lang = r.pick<Lang11>(['es', 'it', 'pt', 'en']); const p = person(r, lang); const id = { es: dni, it: codiceFiscale, pt: cpf, en: nino }[lang as 'es'](r); return [id, nameOf(p), phone(r, ({ es: 'ES', it: 'IT', pt: 'BR', en: 'GB' } as const)[lang as 'es']), email(r, p), negative(r, 'amount-decimal-comma')]; } },
];

export function tables11(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => withScope11(regionsOf11(s.file), () => ({ file: s.file, delimiter: s.delimiter, columns: s.columns, rows: Array.from({ length: rows }, () => s.row(rng).map((p) => unitOf(p))) })));
}

export function recordFiles11(rng: Rng, records: number): RecordFile[] {
  const loans = Math.round(records / 2);
  return [
    { file: 'loan_applications.jsonl.gz', fields: LOAN_FIELDS, records: withScope11(regionsOf11('loan_applications.jsonl.gz'), () => Array.from({ length: loans }, () => loan(rng))) },
    { file: 'exchange_kyc_profiles.jsonl', fields: KYC_FIELDS, records: withScope11(regionsOf11('exchange_kyc_profiles.jsonl'), () => Array.from({ length: records - loans }, () => kycProfile(rng))) },
  ];
}
