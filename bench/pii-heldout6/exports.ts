// The structured part of set 6: MongoDB extended JSON user documents as JSON Lines (nested objects,
// an AWS key pair split across two top-level fields), and CSV exports: an insurance claims file, lab
// results, German, French, Polish and Italian bank statements (`;`, decimal commas, local dates, card
// payments in the purpose text), a Spanish/Italian payroll sheet, a global payroll export with neutral
// column names, a network inventory, and gzip-compressed travel bookings.
import type { Rng } from '../pii-heldout/prng.js';
import type { Table, Tree } from '../pii-heldout4/exports.js';
import { unitOf, type Piece, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone } from './phones.js';
import * as V from './values.js';

export const RECORD_FIELDS: Array<{ name: string; truth?: string | null }> = [
  { name: '_id' }, { name: 'email', truth: 'email' }, { name: 'profile' }, { name: 'createdAt' }, { name: 'stats' }, { name: 'lastLogin' }, { name: 'billing' }, { name: 'integrations' }, { name: 'tenant', truth: null },
];

export function record(rng: Rng): Record<string, Tree> {
  const p = V.person(rng);
  const k = V.awsPair(rng);
  const leak = rng.chance(0.3);
  const kind = rng.pick(Object.keys(V.NATIONAL)) as keyof typeof V.NATIONAL;
  return {
    _id: { $oid: unitOf(N.objectId(rng)) },
    email: unitOf(V.email(rng, p)),
    profile: { name: unitOf(V.fullName(p)), phone: unitOf(phone(rng)), taxId: { kind: unitOf(kind), value: unitOf(V.NATIONAL[kind](rng)) } },
    createdAt: { $date: unitOf(N.dateTime(rng)) },
    stats: { logins: { $numberLong: unitOf(N.numberLong(rng)) }, lastOrder: unitOf(N.invoiceNumber(rng)) },
    lastLogin: { ip: unitOf(V.ip(rng)), at: { $date: { $numberLong: unitOf(N.epochMillis(rng)) } }, device: unitOf(V.mac(rng, rng.pick(['colon-upper', 'dash', 'bare']))) },
    billing: { iban: unitOf(V.iban(rng)), mandate: unitOf(N.mandateId(rng)), creditor: unitOf(N.creditorId(rng)) },
    integrations: leak ? { s3: { accessKeyId: unitOf(k.id), region: unitOf('eu-central-1') } } : { webhook: unitOf(N.uuid(rng)) },
    tenant: unitOf(N.uuid(rng)),
    // The secret sits in another top-level field than its key id: found only from the whole record.
    ...(leak ? { backup: { signing: unitOf(k.secret) } } : {}),
  };
}

type Cell = (rng: Rng) => Piece | string | Unit;
interface Col { name: string; truth?: string | null; cell: Cell }
const col = (name: string, truth: string | null | undefined, cell: Cell): Col => ({ name, truth, cell });
const asUnit = (x: Piece | string | Unit): Unit => (typeof x === 'object' && 'gold' in x ? x : unitOf(x));
const name = (lang?: V.Lang) => (r: Rng) => V.fullName(V.person(r, lang));

function statement(locale: 'de' | 'fr' | 'pl' | 'it', words: [string, string, string, string, string, string]): Col[] {
  const country = { de: 'DE', fr: 'FR', pl: 'PL', it: 'IT' }[locale];
  const purpose = (r: Rng): Unit => r.pick([
    () => unitOf(r.pick(['SEPA-LASTSCHRIFT ', 'PRLV SEPA ', 'POLECENIE ZAPLATY ', 'SDD ']), 'CRED ', N.creditorId(r, country === 'PL' ? 'DE' : country), ' MREF ', N.mandateId(r), ' EREF ', N.endToEndId(r)),
    () => unitOf(r.pick(['KARTENZAHLUNG ', 'PAIEMENT CB ', 'PŁATNOŚĆ KARTĄ ', 'PAGAMENTO POS ']), V.card(r), ' ', N.localDate(r, locale)),
    () => unitOf(r.pick(['GEHALT ', 'VIREMENT ', 'PRZELEW ', 'BONIFICO ']), N.invoiceNumber(r)),
    () => unitOf('RÜCKLASTSCHRIFT KTO ', N.badIban(r)),
  ])();
  return [col(words[0], null, (r) => N.localDate(r, locale)), col(words[1], 'person', name(locale === 'pl' ? 'pl' : locale === 'it' ? 'it' : locale === 'fr' ? 'fr' : 'de')), col(words[2], 'iban', (r) => V.iban(r, r.chance(0.7) ? country : undefined)),
    col(words[3], null, (r) => N.bic(r)), col(words[4], undefined, purpose), col(words[5], null, (r) => N.amount(r, true))];
}

const TABLES: Array<{ file: string; delimiter: ',' | ';'; columns: Col[] }> = [
  { file: 'insurance_claims.csv', delimiter: ',', columns: [
    col('claim_id', null, N.claimNumber), col('member_name', 'person', name('en')), col('member_ssn', 'us-ssn', (r) => V.ssn(r)), col('dx_code', null, N.icd10), col('ndc', null, N.ndc),
    col('billed_amount', null, (r) => N.amount(r, false)), col('member_phone', 'phone', (r) => phone(r, 'US', r.pick(['national', 'dashes', 'dots', 'e164']))), col('member_email', 'email', (r) => V.email(r)), col('service_date', null, (r) => N.localDate(r, 'us')) ] },
  { file: 'lab_results.csv', delimiter: ',', columns: [
    col('specimen_id', null, N.specimenId), col('loinc', null, N.loinc), col('value', null, N.labValue), col('reference_range', null, N.refRange), col('collected', null, N.dateTime), col('patient_email', 'email', (r) => V.email(r)), col('ordering_phone', 'phone', (r) => phone(r, r.pick(['DE', 'AT', 'CH', 'NL', 'BE']), r.pick(['national', 'slash', 'international']))) ] },
  { file: 'umsaetze_de.csv', delimiter: ';', columns: statement('de', ['Buchungstag', 'Auftraggeber/Empfänger', 'IBAN', 'BIC', 'Verwendungszweck', 'Betrag (EUR)']) },
  { file: 'releve_fr.csv', delimiter: ';', columns: statement('fr', ['Date opération', 'Tiers', 'IBAN contrepartie', 'BIC', 'Libellé', 'Montant']) },
  { file: 'wyciag_pl.csv', delimiter: ';', columns: statement('pl', ['Data księgowania', 'Kontrahent', 'Numer rachunku', 'BIC', 'Tytuł', 'Kwota']) },
  { file: 'estratto_conto_it.csv', delimiter: ';', columns: statement('it', ['Data contabile', 'Beneficiario', 'IBAN', 'BIC', 'Causale', 'Importo']) },
  { file: 'nominas_es_it.csv', delimiter: ';', columns: [
    col('Nº empleado', null, N.employeeId), col('Nombre', 'person', name('es')), col('DNI/NIE', 'es-dni', V.dni), col('Codice fiscale', 'it-fiscal-code', V.codiceFiscale), col('Salario bruto', null, (r) => N.amount(r, true)), col('Retención', null, N.taxCode),
    col('Móvil', 'phone', (r) => phone(r, r.pick(['ES', 'IT']), r.pick(['national', 'international', 'nbsp']))) ] },
  { file: 'payroll_export_q4.csv', delimiter: ',', columns: [
    col('c1', null, N.employeeId), col('c2', 'in-aadhaar', V.aadhaar), col('c3', 'br-cpf', V.cpf), col('c4', 'uk-nino', (r) => V.nino(r)), col('c5', null, (r) => N.amount(r, false)), col('c6', 'us-ssn', (r) => V.ssn(r, '-')), col('c7', null, N.uuid), col('c8', null, N.version) ] },
  { file: 'network_inventory.csv', delimiter: ',', columns: [
    col('hostname', null, (r) => `sw-${V.lower(r, 3)}-${r.int(1, 40)}`), col('mgmt_ip', 'ip-address', (r) => V.ipv4(r, 'rfc1918')), col('mgmt_ipv6', 'ip-address', (r) => V.ipv6(r, r.pick(['compressed', 'full', 'loopback-free-upper']))), col('base_mac', 'mac-address', (r) => V.mac(r, r.pick(['colon-upper', 'cisco-dot', 'bare', 'dash']))),
    col('firmware', null, N.version), col('netmask', null, N.subnetMask), col('serial', null, N.serialNumber), col('ifInOctets', null, N.counter), col('owner', 'email', (r) => V.email(r)) ] },
  { file: 'bookings.csv.gz', delimiter: ',', columns: [
    col('pnr', null, N.pnr), col('ticket_no', null, (r) => N.ticketNumber(r)), col('flight', null, N.flightNumber), col('dep_time', null, N.clockTime), col('pax_name', 'person', name()), col('pax_phone', 'phone', (r) => phone(r, undefined, r.pick(['international', 'e164', 'double-zero']))),
    col('pax_email', 'email', (r) => V.email(r)), col('ffp', null, (r) => N.frequentFlyer(r)), col('fare', null, (r) => N.amount(r, false)) ] },
];

export function tables(rng: Rng, rows: number): Table[] {
  return TABLES.map((t) => ({ file: t.file, delimiter: t.delimiter, columns: t.columns.map(({ name: n, truth }) => ({ name: n, truth })), rows: Array.from({ length: rows }, () => t.columns.map((c) => asUnit(c.cell(rng)))) }));
}
