// Set 8's typed exports: two JSON Lines record files with nested objects (directory-sync users of an
// LDAP/Active Directory connector; EDI trading partners, gzip) and seven CSV exports (an Active
// Directory user export, a `;` Outlook-style contact export, a ticket export with multi-line cells,
// POS transactions (gzip), registry credentials, SEPA payments (`;`), and one with neutral column
// names). Each judged column has its true type: a gold type, or null when it holds no personal data.
import type { Rng } from '../pii-heldout/prng.js';
import type { Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import type { Field, RecordFile, Table5 } from '../pii-heldout5/exports.js';
import * as N from './negatives.js';
import { phone8 } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

type Col = Field & { cell: (rng: Rng) => Piece | string | Array<Piece | string> };
type Spec = { file: string; delimiter: ',' | ';'; columns: Col[] };
const c = (name: string, truth: string | null | undefined, cell: Col['cell']): Col => ({ name, truth, cell });
const dn = (rng: Rng) => `CN=${V.given(rng)} ${V.family(rng)},OU=${rng.pick(['Staff', 'Contractors', 'Sales'])},DC=corp,DC=example,DC=com`;

const SPECS: Spec[] = [
  { file: 'ad-users.csv', delimiter: ',', columns: [c('distinguishedName', null, dn), c('displayName', undefined, (r) => V.person(r)), c('mail', 'email', V.email), c('telephoneNumber', 'phone', (r) => phone8(r, undefined, 'international')), c('mobile', 'phone', (r) => phone8(r)), c('objectGUID', null, N.objectGuid), c('objectSid', null, N.objectSid), c('uSNChanged', null, N.usnChanged)] },
  { file: 'kontakte-outlook.csv', delimiter: ';', columns: [c('Vorname', undefined, (r) => V.given(r)), c('Nachname', undefined, (r) => V.family(r)), c('E-Mail-Adresse', 'email', V.email), c('Telefon geschäftlich', 'phone', (r) => phone8(r, r.pick(['DE', 'AT', 'CH', 'LU']), 'national')), c('Mobiltelefon', 'phone', (r) => phone8(r, r.pick(['DE', 'AT', 'CH', 'NL', 'PL']))), c('Kundennummer', null, N.adSerial)] },
  { file: 'jira-export.csv', delimiter: ',', columns: [c('Issue key', null, (r) => `SUP-${r.int(100, 99999)}`), c('Reporter email', 'email', V.email), c('Description', undefined, (r) => ['Steps:\n1. login from ', V.ip(r), '\n2. callback ', phone8(r), '\nBuild ', N.version(r)]), c('Created', null, N.isoTime), c('Attachment digest', null, N.sha256)] },
  { file: 'pos-transactions.csv.gz', delimiter: ',', columns: [c('terminal_id', null, N.terminalId), c('pan_masked', null, N.maskedPan), c('approval', null, N.approvalCode), c('amount', null, N.amount), c('ean', null, N.ean13), c('member_phone', 'phone', (r) => phone8(r, r.pick(['US', 'GB', 'MX', 'BR', 'ES', 'JP', 'KR', 'AU']), 'national')), c('member_email', 'email', V.email)] },
  { file: 'registry-credentials.csv', delimiter: ',', columns: [c('registry', null, N.registryHost), c('username', null, (r) => V.lowerWord(r, 8)), c('token', 'github-token', S.githubToken), c('npm_token', 'npm-token', S.npmToken), c('image_digest', null, N.sha256), c('aws_key_id', 'aws-access-key-id', S.awsKeyId), c('aws_secret', 'aws-secret-access-key', S.awsSecret)] },
  { file: 'sepa-zahlungen.csv', delimiter: ';', columns: [c('Auftraggeber', undefined, (r) => V.person(r)), c('IBAN Empfänger', 'iban', (r) => V.iban(r, r.pick(['DE', 'AT', 'FR', 'IT', 'ES', 'NL', 'BE']))), c('BIC', null, N.bic), c('Betrag', null, (r) => `${r.int(1, 9999)},${String(r.int(0, 99)).padStart(2, '0')}`), c('EndToEndId', null, N.endToEnd), c('Verwendungszweck', null, N.badIban)] },
  { file: 'export-8.csv', delimiter: ',', columns: [c('f1', 'uk-nino', V.nino), c('f2', null, N.imei), c('f3', 'in-aadhaar', V.aadhaar), c('f4', null, N.dicomUid), c('f5', 'us-ssn', (r) => V.ssn(r, 'dashed')), c('f6', null, N.duns), c('f7', 'mac-address', V.mac), c('f8', 'br-cpf', V.cpf), c('f9', null, N.badCard), c('f10', 'credit-card', V.card), c('f11', 'es-dni', V.dni), c('f12', 'it-fiscal-code', V.codiceFiscale)] },
];

const cell = (v: ReturnType<Col['cell']>): Unit => (Array.isArray(v) ? unitOf(...v) : unitOf(v));

export function tables8(rng: Rng, rows: number): Table5[] {
  return SPECS.map((s) => ({ file: s.file, delimiter: s.delimiter, columns: s.columns.map(({ name, truth }) => ({ name, truth })), rows: Array.from({ length: rows }, () => s.columns.map((col) => cell(col.cell(rng)))) }));
}

const u = (...p: Array<Piece | string>): Unit => unitOf(...p);

function directoryUser(rng: Rng): Record<string, Tree> {
  return {
    dn: u(dn(rng)), objectGUID: u(N.objectGuid(rng)), uSNChanged: u(N.usnChanged(rng)), whenChanged: u(N.icalStamp(rng)), mail: u(V.email(rng)),
    contact: { displayName: u(V.person(rng)), telephoneNumber: u(phone8(rng, undefined, 'e164')), mobile: u(phone8(rng)), proxyAddresses: u('smtp:', V.email(rng)) },
    identity: { employeeNumber: u(N.adSerial(rng)), objectSid: u(N.objectSid(rng)), note: u(...V.nationalId(rng)) },
    device: { mac: u(V.mac(rng)), lastLogonIp: u(V.ip(rng)), agent: u(N.version(rng)) },
  };
}

function tradingPartner(rng: Rng): Record<string, Tree> {
  return {
    partner_gln: u(N.gln(rng)), isa_id: u(N.isaControl(rng)), duns: u(N.duns(rng)), endpoint_ip: u(V.ip(rng, rng.pick(['v4-public', 'v6-compressed', 'v6-full']))),
    contact: { name: u(V.person(rng)), email: u(V.email(rng)), phone: u(phone8(rng, undefined, 'international')) },
    bank: { iban: u(V.iban(rng)), bic: u(N.bic(rng)), mandate: u(N.edifactRef(rng)) },
    as2: { cert: u(N.sha256(rng)), password: u(rng.chance(0.7) ? S.netrcPassword(rng) : N.placeholder(rng)) },
  };
}

export function recordFiles8(rng: Rng, records: number): RecordFile[] {
  const half = Math.ceil(records / 2);
  return [
    { file: 'directory-sync.jsonl', fields: [{ name: 'dn', truth: null }, { name: 'objectGUID', truth: null }, { name: 'uSNChanged', truth: null }, { name: 'whenChanged', truth: null }, { name: 'mail', truth: 'email' }], records: Array.from({ length: half }, () => directoryUser(rng)) },
    { file: 'edi-partners.jsonl.gz', fields: [{ name: 'partner_gln', truth: null }, { name: 'isa_id', truth: null }, { name: 'duns', truth: null }, { name: 'endpoint_ip', truth: 'ip-address' }], records: Array.from({ length: records - half }, () => tradingPartner(rng)) },
  ];
}
