// Set 13's structured files: three nested JSON Lines record files (CRM contacts, SIM activations as
// gzip, Nordic clinic visits) and thirteen CSV exports: Mailchimp audience, Shopify orders, Salesforce
// leads (`;`), Zendesk users, an Italian members' register (`;`, decimal commas), a Spanish club
// export (`;`, gzip), a Polish participants list (`;`), a Finnish members list (`;`), a German SEPA
// customer list (`;`), an export with neutral column names c1..c10, a FAL 5 crew list, a Vault KV
// export and a Turkish members list. Name columns in nine languages. Columns carry their true type
// (null: no personal data; absent: mixed, not judged). Each file is drawn within its regions.
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { gold, unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import { nationalId13, type NationalKind } from './ids.js';
import { n, ph, uid, who } from './kit.js';
import { nameInverted, person13, type Person13 } from './people.js';
import { phone13 } from './phones.js';
import { regionsOf13, scope13 } from './regions.js';
import { genericSecret, secret13 } from './secrets.js';
import { card13, email13, iban13, ip13, mac13, ssn13 } from './values.js';

const leaf = (...p: Array<string | Piece>): Unit => unitOf(...p);
const given = (p: Person13): Piece => gold('person', 'given', p.given);
const family = (p: Person13): Piece => gold('person', 'family', p.family);

const CRM_FIELDS: Field[] = [{ name: 'id' }, { name: 'created', truth: null }, { name: 'owner_email', truth: 'email' }, { name: 'contact' }, { name: 'consent' }, { name: 'notes' }];
function crmContact(rng: Rng): Record<string, Tree> {
  const c = who(rng, rng.pick(['en', 'de', 'fr', 'es', 'it']));
  return {
    id: leaf(uid(rng)), created: leaf(n(rng, 'timestamp')), owner_email: leaf(who(rng, 'en').email),
    contact: { first: leaf(given(c.p)), last: leaf(family(c.p)), email: leaf(c.email), phone: leaf(ph(rng)), company: { name: leaf(rng.pick(['Acme GmbH', 'Blue Fjord AS', 'Tecnoserv SL'])), lei: leaf(n(rng, 'lei')) } },
    consent: { ip: leaf(ip13(rng)), at: leaf(n(rng, 'epoch-millis')), form_version: leaf(n(rng, 'version')) },
    notes: leaf('Met at the fair; prefers ', ph(rng), ' after ', n(rng, 'timestamp'), '. Quote ', n(rng, 'invoice-number'), ' sent.'),
  };
}

const SIM_FIELDS: Field[] = [{ name: 'iccid', truth: null }, { name: 'imei', truth: null }, { name: 'msisdn', truth: 'phone' }, { name: 'subscriber' }, { name: 'device' }, { name: 'plan' }, { name: 'activated_at', truth: null }];
function simRecord(rng: Rng): Record<string, Tree> {
  const s = who(rng, rng.pick(['pt', 'es']));
  return {
    iccid: leaf(n(rng, 'iccid')), imei: leaf(n(rng, 'imei')), msisdn: leaf(phone13(rng, rng.pick(scope13.current), 'e164')),
    subscriber: { name: leaf(s.name), document: leaf(nationalId13(rng, rng.pick(['cpf', 'dni', 'nie'] as NationalKind[]))), email: leaf(s.email) },
    device: { wifi_mac: leaf(mac13(rng)), last_ip: leaf(ip13(rng, rng.pick(['v4-cgnat', 'v6'] as const))), tac_model: leaf(rng.pick(['SM-A546B', 'moto g84', 'iPhone15,4'])) },
    plan: { price: leaf(n(rng, 'price')), data: leaf(`${rng.int(1, 100)} GB`), apn: leaf('internet.movil') },
    activated_at: leaf(n(rng, 'timestamp')),
  };
}

const VISIT_FIELDS: Field[] = [{ name: 'visit_id' }, { name: 'patient' }, { name: 'dx', truth: null }, { name: 'billing' }, { name: 'portal' }];
function visitRecord(rng: Rng): Record<string, Tree> {
  const p = who(rng, rng.pick(['sv', 'fi', 'en']));
  return {
    visit_id: leaf(uid(rng)),
    patient: { name: leaf(p.name), id: leaf(nationalId13(rng, rng.pick(['personnummer', 'henkilotunnus', 'fodselsnummer'] as NationalKind[]))), phone: leaf(ph(rng)), email: leaf(p.email) },
    dx: leaf(n(rng, 'icd10-code')),
    billing: { iban: leaf(iban13(rng, rng.pick(['SE', 'FI', 'NO', 'DK']))), amount: leaf(n(rng, 'decimal-amount')), invoice: leaf(n(rng, 'invoice-number')) },
    portal: { ip: leaf(ip13(rng)), session: leaf(uid(rng)), app: leaf(n(rng, 'version')) },
  };
}

interface Spec {
  file: string;
  delimiter: ',' | ';';
  columns: Field[];
  row: (rng: Rng) => Array<Piece | string>;
}

const F = (spec: string): Field[] => spec.split('|').map((c) => { const [name, truth] = c.split('='); return truth === undefined ? { name: name! } : { name: name!, truth: truth === 'null' ? null : truth }; });
const pn = (rng: Rng, lang: string) => person13(rng, lang);

const VAULT_KEYS: Array<[string, (rng: Rng) => Piece]> = [
  ['stripe/api_key', (r) => secret13(r, 'stripe-secret-key')], ['github/deploy_token', (r) => secret13(r, 'github-fine-grained-token')], ['openai/key', (r) => secret13(r, 'openai-api-key')],
  ['twilio/api_key', (r) => secret13(r, 'twilio-api-key')], ['mailgun/key', (r) => secret13(r, 'mailgun-api-key')], ['telegram/bot', (r) => secret13(r, 'telegram-bot-token')],
  ['linear/key', (r) => secret13(r, 'linear-api-key')], ['doppler/service', (r) => secret13(r, 'doppler-token')], ['digitalocean/token', (r) => secret13(r, 'digitalocean-token')],
  ['shopify/admin', (r) => secret13(r, 'shopify-access-token')], ['google/maps', (r) => secret13(r, 'google-api-key')], ['slack/bot', (r) => secret13(r, 'slack-token')],
  ['azure/sas_sig', (r) => secret13(r, 'azure-sas-token')], ['rails/secret_key_base', (r) => genericSecret(r, 'rails-key-base')],
];

const SPECS: Spec[] = [
  { file: 'mailchimp_audience.csv', delimiter: ',', columns: F('Email Address=email|First Name=person|Last Name=person|Phone Number=phone|MEMBER_RATING=null|OPTIN_TIME=null|OPTIN_IP=ip-address|LAST_CHANGED=null'),
    row: (r) => { const p = pn(r, r.pick(['en', 'fr', 'es'])); return [email13(r, p), given(p), family(p), ph(r), String(r.int(1, 5)), n(r, 'timestamp'), ip13(r), n(r, 'timestamp')]; } },
  { file: 'shopify_orders.csv', delimiter: ',', columns: F('Name=null|Email=email|Financial Status=null|Subtotal=null|Lineitem sku=null|Billing Name=person|Billing Phone=phone|Tax 1 Value=null|Created at=null'),
    row: (r) => { const w = who(r, r.pick(['en', 'zh', 'hi'])); return [`#${r.int(1001, 99999)}`, w.email, r.pick(['paid', 'refunded']), n(r, 'price'), n(r, 'gtin-13'), w.name, ph(r), n(r, 'price'), n(r, 'timestamp')]; } },
  { file: 'salesforce_leads.csv', delimiter: ';', columns: F('Vorname=person|Nachname=person|E-Mail=email|Mobil=phone|Umsatz=null|Lead-Quelle=null|Erstellt=null|Steuer-ID=de-tax-id'),
    row: (r) => { const p = pn(r, r.pick(['de', 'tr', 'pl'])); return [given(p), family(p), email13(r, p), ph(r), n(r, 'decimal-amount'), r.pick(['Messe', 'Web', 'Partner']), n(r, 'timestamp'), nationalId13(r, 'steuerId')]; } },
  { file: 'zendesk_users.csv', delimiter: ',', columns: F('nom=person|courriel=email|téléphone=phone|organisation=null|dernière_connexion=null|ip=ip-address|version_app=null'),
    row: (r) => { const w = who(r, r.pick(['fr', 'nl', 'ar'])); return [w.name, w.email, ph(r), r.pick(['Clinique du Parc', 'Ville de Namur', 'Boulangerie Paul']), n(r, 'timestamp'), ip13(r), n(r, 'version')]; } },
  { file: 'anagrafica_soci.csv', delimiter: ';', columns: F('Cognome=person|Nome=person|Codice fiscale=it-fiscal-code|Cellulare=phone|Quota=null|IBAN=iban|Iscritto il=null'),
    row: (r) => { const p = pn(r, 'it'); return [family(p), given(p), nationalId13(r, 'codiceFiscale'), ph(r), n(r, 'decimal-amount'), iban13(r, 'IT'), n(r, 'timestamp')]; } },
  { file: 'socios_club.csv.gz', delimiter: ';', columns: F('Nombre=person|Apellidos=person|DNI/NIE=es-dni|Teléfono=phone|Correo=email|Cuota=null|Porcentaje=null'),
    row: (r) => { const p = pn(r, 'es'); return [given(p), family(p), nationalId13(r, r.pick(['dni', 'nie'] as NationalKind[])), ph(r), email13(r, p), n(r, 'decimal-amount'), n(r, 'percentage')]; } },
  { file: 'uczestnicy.csv', delimiter: ';', columns: F('Imię=person|Nazwisko=person|PESEL=pl-pesel-id|Telefon=phone|E-mail=email|Opłata=null|Kod produktu=null'),
    row: (r) => { const p = pn(r, 'pl'); return [given(p), family(p), nationalId13(r, 'pesel'), ph(r), email13(r, p), n(r, 'decimal-amount'), n(r, 'gtin-13')]; } },
  { file: 'kaikki_jasenet.csv', delimiter: ';', columns: F('Etunimi=person|Sukunimi=person|Henkilötunnus=fi-personal-id|Puhelin=phone|Sähköposti=email|Jäsenmaksu=null|Liittynyt=null'),
    row: (r) => { const p = pn(r, r.pick(['fi', 'sv'])); return [given(p), family(p), nationalId13(r, 'henkilotunnus'), ph(r), email13(r, p), n(r, 'decimal-amount'), n(r, 'timestamp')]; } },
  { file: 'kunden_sepa.csv', delimiter: ';', columns: F('Kontoinhaber=person|IBAN=iban|BIC=null|Mandatsreferenz|Betrag=null|Gläubiger-ID=null|Abbuchung=null'),
    row: (r) => { const w = who(r, r.pick(['de', 'nl', 'tr'])); return [w.name, iban13(r, r.pick(['DE', 'NL', 'AT', 'BE'])), n(r, 'bic'), `MR-${r.digits(8)}`, n(r, 'decimal-amount'), n(r, 'creditor-id'), n(r, 'timestamp')]; } },
  { file: 'export_c.csv', delimiter: ',', columns: F('c1=us-ssn|c2=in-aadhaar|c3=null|c4=credit-card|c5=null|c6=mac-address|c7=null|c8=uk-nino|c9=null|c10=ip-address'),
    row: (r) => [ssn13(r), nationalId13(r, 'aadhaar'), n(r, 'imei'), card13(r), n(r, 'isin'), mac13(r), n(r, 'version-4part'), nationalId13(r, 'nino'), n(r, 'aba-routing'), ip13(r)] },
  { file: 'crew_fal5.csv', delimiter: ',', columns: F('family_given=person|rank=null|nationality=null|seafarer_phone=phone|vessel_imo=null|port_unlocode=null|sign_on=null'),
    row: (r) => [nameInverted(pn(r, r.pick(['en', 'uk', 'ru', 'el', 'hi', 'id']))), r.pick(['AB', 'OS', 'Bosun', '3/O']), r.pick(['PHL', 'UKR', 'IND', 'GRC']), ph(r), n(r, 'imo-number'), r.pick(['NLRTM', 'SGSIN', 'PHMNL', 'GRPIR']), n(r, 'timestamp')] },
  { file: 'vault_kv_export.csv', delimiter: ',', columns: F('path=null|value|version=null|created_time=null|checksum=null'),
    row: (r) => { const [k, v] = r.pick(VAULT_KEYS); return [`secret/data/${k}`, v(r), String(r.int(1, 30)), n(r, 'timestamp'), n(r, 'sha256')]; } },
  { file: 'uyeler_listesi.csv', delimiter: ',', columns: F('Ad=person|Soyad=person|T.C. Kimlik No=tr-national-id|Cep Telefonu=phone|E-posta=email|Aidat=null|Kayıt=null'),
    row: (r) => { const p = pn(r, r.pick(['tr', 'el', 'ro'])); return [given(p), family(p), nationalId13(r, 'kimlik'), ph(r), email13(r, p), n(r, 'price'), n(r, 'timestamp')]; } },
];

export function tables13(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => scope13.within(regionsOf13(s.file), () => ({ file: s.file, delimiter: s.delimiter, columns: s.columns, rows: Array.from({ length: rows }, () => s.row(rng).map((p) => unitOf(p))) })));
}

export function recordFiles13(rng: Rng, records: number): RecordFile[] {
  const file = (name: string, fields: Field[], count: number, make: (r: Rng) => Record<string, Tree>): RecordFile => scope13.within(regionsOf13(name), () => ({ file: name, fields, records: Array.from({ length: count }, () => make(rng)) }));
  const third = Math.round(records / 3);
  return [file('crm_contacts.jsonl', CRM_FIELDS, records - 2 * third, crmContact), file('sim_activations.jsonl.gz', SIM_FIELDS, third, simRecord), file('clinic_visits.jsonl', VISIT_FIELDS, third, visitRecord)];
}
