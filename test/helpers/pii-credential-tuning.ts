// Tuning cases for group B of the issue-17 failure classes (ids and credentials), written from the
// formats' own documentation, never from a judge set: passwords in the userinfo of database and service
// URLs (RFC 3986 §3.2.1; the PostgreSQL, MongoDB, Redis, AMQP and MySQL connection URI docs), also in
// JSON strings whose slashes are escaped (Terraform state, PHP json_encode); e-mail addresses with
// quoted local parts (RFC 5322 §3.4.1) in running text; compact CPF and Aadhaar numbers
// after the cues of a CV or form in Portuguese, Hindi and English. Values are built at run time from parts.
import { aadhaar, chars, pick, rng } from './personal-data.js';
import { cpf, type TuningCase } from './pii-tuning-set.js';

type R = () => number;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A password as people and generators write them: letters and digits, sometimes `!`, `_` or `%21`. */
function password(r: R): string {
  const body = chars(r, ALNUM, 8 + Math.floor(r() * 12));
  return pick(r, ['', '!', '_x', '%21', '-9', '.7']) + body;
}

/** Connection URIs with a password ({p}), as their docs write them. */
export const CREDENTIAL_URL_FORMS: readonly string[] = [
  'postgres://app:{p}@db.internal:5432/prod',
  'postgresql://report_ro:{p}@pg-1.eu-west-1.rds.example.com:5432/analytics?sslmode=require',
  'DATABASE_URL=postgres://app:{p}@db.internal/prod',
  'mongodb+srv://u:{p}@cluster0.ab1cd.mongodb.example.net/test?retryWrites=true&w=majority',
  'mongodb://admin:{p}@mongo-0.mongo:27017,mongo-1.mongo:27017/admin?replicaSet=rs0',
  'redis://:{p}@cache.internal:6379/0',
  'rediss://default:{p}@redis-12345.example.cloud:12345',
  'amqp://user:{p}@mq.internal:5672/vhost',
  'amqps://svc-orders:{p}@rabbit.example.org/orders',
  'mysql://root:{p}@mysql-primary.internal:3306/app',
  'CELERY_BROKER_URL = "amqp://celery:{p}@broker.internal:5672//"',
  'connecting to postgres://etl:{p}@warehouse.internal:5439/dw failed: timeout',
  '{"connection_string":"postgresql://app:{p}@db.internal:5432/prod"}',
  '"value": "mongodb://reader:{p}@docdb.cluster.example.com:27017/?tls=true"',
  // JSON text whose slashes are escaped (Terraform state attributes, json_encode).
  '{"attributes":{"connection_url":"postgresql:\\/\\/app:{p}@db.internal:5432\\/prod"}}',
  '"primary_connection_string": "redis:\\/\\/:{p}@cache.internal:6380\\/0"',
  '{"url":"amqp:\\/\\/user:{p}@mq.internal\\/"}',
];

/** URLs with no password, or a placeholder where it goes: nothing to find. */
export const NO_CREDENTIAL_URLS: readonly string[] = [
  'postgres://db.internal:5432/prod',
  'postgres://app@db.internal/prod',
  'redis://cache.internal:6379/0',
  'mongodb+srv://cluster0.example.net/test',
  'postgres://app:${DB_PASSWORD}@db.internal:5432/prod',
  'amqp://user:****@mq.internal:5672/',
  'mysql://root:password@localhost/app',
  '{"url":"postgresql:\\/\\/db.internal:5432\\/prod"}',
];

/** Quoted local parts (RFC 5322 quoted-string), one address each ({q} the quoted part, {d} the domain). */
const QUOTED_LOCALS: readonly string[] = ['"john.doe"', '"a b"', '"j..smith"', '"first last"', '"info(at)"', '"x y.z"'];
const DOMAINS: readonly string[] = ['example.com', 'example.org', 'mail.example.net', 'example.co.uk'];
const QUOTED_TEXT_FORMS: readonly string[] = [
  'Write to {e} for details.',
  'From: {e}',
  'contact {e}, or call the desk',
  'Reply-To: <{e}>',
  'E-Mail: {e}',
];
function credentialCases(r: R, out: TuningCase[]): void {
  for (const form of CREDENTIAL_URL_FORMS) {
    const p = password(r);
    out.push({ kind: 'url-password', text: form.replace('{p}', p), want: [{ type: 'url-credentials', value: p }] });
  }
  for (const text of NO_CREDENTIAL_URLS) out.push({ kind: 'not-url-password', text, want: [] });
}

function quotedEmailCases(r: R, out: TuningCase[]): void {
  for (const form of QUOTED_TEXT_FORMS) {
    const e = `${pick(r, QUOTED_LOCALS)}@${pick(r, DOMAINS)}`;
    out.push({ kind: 'email-quoted-text', text: form.replace('{e}', e), want: [{ type: 'email', value: e }] });
  }
}

/** A CPF written `123456789-09` (nine digits, dash, check digits), as forms print it. */
function cpfDashed(r: R): string {
  const c = cpf(r);
  return `${c.slice(0, 9)}-${c.slice(9)}`;
}

/** Compact ids after the cues of a CV (currículo, résumé, बायोडाटा) or a form. */
function cvIdCases(r: R, out: TuningCase[]): void {
  const cpfs = ['CPF: {c}', 'CPF nº {c}', 'Dados pessoais\nCPF: {c}\nRG: MG-12.345.678', 'Dados pessoais — CPF {c}, brasileira, solteira', 'Documento (CPF): {c}'];
  for (const t of cpfs) {
    const c = r() < 0.5 ? cpf(r) : cpfDashed(r);
    out.push({ kind: 'id-cpf-cv', text: t.replace('{c}', c), want: [{ type: 'br-cpf', value: c }] });
  }
  const aad = ['Aadhaar No. {a}', 'आधार संख्या {a}', 'आधार संख्या: {a}', 'Personal details\nAadhaar Number: {a}\nPAN: on request', 'आधार कार्ड नंबर {a}'];
  for (const t of aad) {
    const a = aadhaar(r);
    out.push({ kind: 'id-aadhaar-cv', text: t.replace('{a}', a), want: [{ type: 'in-aadhaar', value: a }] });
  }
}

/** Every case, the same for a given seed. */
export function credentialTuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  credentialCases(r, out);
  quotedEmailCases(r, out);
  cvIdCases(r, out);
  return out;
}
