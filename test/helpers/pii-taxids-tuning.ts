// Tuning cases for business, tax and bank identifiers after their labels (issue 17), written from the
// identifiers' own specifications, never from a judge set: Italian partita IVA (Luhn over 11 digits),
// Australian ABN (weights 10,1,3…19, mod 89) and ACN (mod 10 complement), US EIN (IRS campus prefixes),
// Chilean RUT (mod 11, weights 2–7), UK VAT (weights 8–2, mod 97), German USt-IdNr. (ISO 7064 MOD
// 11,10), ABA routing numbers (weights 3-7-1, mod 10), D-U-N-S numbers (mod 10), French TVA (key of
// the SIREN mod 97), Belgian enterprise numbers (mod 97), UK company numbers, REA numbers, NZBNs (GS1),
// Canadian business numbers (Luhn) and Bankleitzahlen, on invoice lines in eight languages, as a
// record's key (UBL/FatturaPA-like key–value text) and as supplier-table cells; with real phones and
// SSNs beside them as positives, and identifiers the detectors already leave alone (CNPJ, SIREN, NIP,
// KvK, CUIT …) kept so. Values are built at run time from parts.
import type { CountryCode } from 'libphonenumber-js/max';
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { chars, int, pick, rng, ssn } from './personal-data.js';
import { gs1Check, mobile, type TuningCase } from './pii-tuning-set.js';

type R = () => number;
const DIG = '0123456789';

/** `body` and the digit that makes it pass Luhn. */
function withLuhn(body: string): string {
  for (let c = 0; c < 10; c++) if (luhn(body + c)) return body + c;
  throw new Error('unreachable');
}

/** Italian partita IVA: 7-digit progressive number (most of them issued with a leading 0), office code, Luhn check digit. */
export function partitaIva(r: R): string {
  return withLuhn((r() < 0.6 ? '0' : chars(r, '123456789', 1)) + chars(r, DIG, 6) + pick(r, ['001', '015', '037', '058', '063', '080', '100', '120', '121']));
}

/** Australian ABN: 11 digits, the first minus one, weighted 10,1,3,5…19, divisible by 89; the first two drawn to fit. */
export function abn(r: R): string {
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (;;) {
    const rest = chars(r, DIG, 9);
    for (let head = 10; head <= 99; head++) {
      const d = (String(head) + rest).split('').map(Number);
      d[0]! -= 1;
      if (d.reduce((s, x, i) => s + x * w[i]!, 0) % 89 === 0) return String(head) + rest;
    }
  }
}

/** Australian ACN: 8 digits weighted 8…1, the check the mod-10 complement. */
export function acn(r: R): string {
  const body = chars(r, DIG, 8);
  const s = body.split('').reduce((a, x, i) => a + Number(x) * (8 - i), 0);
  return body + ((10 - (s % 10)) % 10);
}

/** US EIN: an IRS campus prefix, then seven digits, written 2-7. */
export function ein(r: R): string {
  return `${pick(r, ['01', '10', '12', '20', '27', '30', '35', '46', '51', '61', '77', '84', '91', '94', '98'])}-${chars(r, DIG, 7)}`;
}

/**
 * A company's Chilean RUT: eight digits from 50 million on (a person's RUN is below: a national id, ro-national-id's
 * kin), mod 11 with weights 2–7 from the right (11 → 0, 10 → K); dotted or bare, always the dash.
 */
export function rut(r: R, dotted: boolean): string {
  const body = String(int(r, 60_000_000, 99_999_999));
  let s = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) s += Number(body[i]) * w;
  const c = 11 - (s % 11);
  const check = c === 11 ? '0' : c === 10 ? 'K' : String(c);
  return `${dotted ? body.replace(/\B(?=(\d{3})+$)/g, '.') : body}-${check}`;
}

/** UK VAT number: seven digits weighted 8…2 and two check digits that bring the sum to a multiple of 97, written 3-4-2. */
export function ukVat(r: R): string {
  const body = String(int(r, 1, 9)) + chars(r, DIG, 6);
  const s = body.split('').reduce((a, x, i) => a + Number(x) * (8 - i), 0);
  const check = String((97 - (s % 97)) % 97).padStart(2, '0');
  const v = body + check;
  return `${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`;
}

/** German USt-IdNr. digits: eight digits (no leading 0) and the ISO 7064 MOD 11,10 check. */
export function ustIdDigits(r: R): string {
  const body = String(int(r, 1, 9)) + chars(r, DIG, 7);
  let product = 10;
  for (const x of body) {
    let sum = (Number(x) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const c = 11 - product;
  return body + (c === 10 ? 0 : c);
}

/** ABA routing number: a Federal Reserve prefix, then digits weighted 3,7,1 summing to a multiple of 10. */
export function abaRouting(r: R): string {
  const body = pad2(pick(r, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32, 61, 63, 67, 71])) + chars(r, DIG, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return body + ((10 - (s % 10)) % 10);
}
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** D-U-N-S number: nine digits with a mod-10 check, written 2-3-4 with dashes or bare. */
export function duns(r: R, dashed: boolean): string {
  const v = withLuhn(String(int(r, 10, 99)) + chars(r, DIG, 6));
  return dashed ? `${v.slice(0, 2)}-${v.slice(2, 5)}-${v.slice(5)}` : v;
}

/** SIREN: nine digits passing Luhn. */
export function siren(r: R): string {
  return withLuhn(String(int(r, 3, 9)) + chars(r, DIG, 7));
}

/** French TVA digits after `FR`: the key (12 + 3 × (SIREN mod 97)) mod 97, then the SIREN, written 2 3-3-3. */
export function frTva(r: R): string {
  const s = siren(r);
  const key = String((12 + 3 * (Number(s) % 97)) % 97).padStart(2, '0');
  return `${key} ${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

/** Belgian enterprise number (ondernemingsnummer / numéro d'entreprise): 0, seven digits, 97 − (that mod 97), written 4.3.3. */
export function beEnterprise(r: R): string {
  const body = '0' + String(int(r, 2, 9)) + chars(r, DIG, 6);
  const v = body + String(97 - (Number(body) % 97)).padStart(2, '0');
  return `${v.slice(0, 4)}.${v.slice(4, 7)}.${v.slice(7)}`;
}

/** A UK company number: eight digits, the first 0 (England and Wales). */
export const ukCompanyNumber = (r: R): string => '0' + chars(r, DIG, 7);
/** An NZBN: GS1 prefix 94, a GS1 check digit, thirteen digits. */
export const nzbn = (r: R): string => {
  const body = '9429' + chars(r, DIG, 8);
  return body + gs1Check(body);
};
/** A Canadian business number (nine digits, Luhn) and its GST/HST program account. */
export const canadianBn = (r: R): string => `${withLuhn(String(int(r, 1, 9)) + chars(r, DIG, 7))} RT0001`;
/** A Bankleitzahl: eight digits written 3-3-2, the fourth the bank group (1–8). */
export const bankleitzahl = (r: R): string => `${int(r, 100, 899)} ${int(r, 1, 8)}${chars(r, DIG, 2)} ${chars(r, DIG, 2)}`;
/** An Italian REA number (seven digits after the chamber's province). */
export const reaNumber = (r: R): string => String(int(r, 1_000_000, 2_999_999));

/** One identifier: its labels (as invoices and registers write them), the value written after one, its keys and column names. */
interface IdKind {
  id: string;
  labels: readonly string[];
  value: (r: R) => string;
  keys: readonly string[];
  /** Column names, when not the keys (see the README's costs: `employer_identification_number`, `VATRegistrationNumber`, `UStIdNr`). */
  columns?: readonly string[];
}

/** Identifiers the current bundle masked as phones (issue 17's class). */
export const MASKED_BEFORE: readonly IdKind[] = [
  { id: 'it-partita-iva', labels: ['Partita IVA', 'P.IVA', 'P. IVA', 'PIVA', 'P.iva', 'partita iva', 'Cod. IVA', 'Codice Fiscale', 'Registro Imprese', 'C.F. e P.IVA', 'VAT IT'], value: partitaIva, keys: ['partitaIva', 'partita_iva', 'PIVA', 'CodiceFiscale', 'vat_number'] },
  { id: 'au-abn', labels: ['ABN', 'ABN:', 'ABN No.', 'Australian Business Number'], value: (r) => pick(r, [(v: string) => `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`, (v: string) => v])(abn(r)), keys: ['abn', 'supplierABN', 'ABN'] },
  { id: 'au-acn', labels: ['ACN', 'A.C.N.', 'ACN:'], value: (r) => acn(r).replace(/^(\d{3})(\d{3})/, '$1 $2 '), keys: ['acn', 'company_acn'] },
  { id: 'us-ein', labels: ['EIN', 'EIN:', 'FEIN', 'Federal Tax ID', 'Tax ID', 'Employer Identification Number', 'TIN'], value: ein, keys: ['ein', 'fein', 'taxId', 'employer_identification_number'], columns: ['ein', 'fein', 'tax_id'] },
  { id: 'cl-rut', labels: ['RUT', 'RUT:', 'Rol Único Tributario RUT', 'RUT/RUN'], value: (r) => rut(r, r() < 0.6), keys: ['rut', 'supplierRut', 'RUT'] },
  { id: 'gb-vat', labels: ['VAT number GB', 'VAT Reg. No.', 'VAT No:', 'VAT registration number', 'VAT Reg No: GB'], value: ukVat, keys: ['vatNumber', 'vat_reg_no', 'VATRegistrationNumber'], columns: ['vatNumber', 'vat_reg_no', 'vat_number'] },
  { id: 'de-ust-idnr', labels: ['USt-IdNr. DE', 'Ust-IdNr.: DE', 'USt-ID DE', 'Umsatzsteuer-Identifikationsnummer DE', 'USt.-Id.-Nr. DE', 'MwSt-Nr. DE'], value: (r) => pick(r, [(v: string) => `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`, (v: string) => v])(ustIdDigits(r)), keys: ['ustIdNr', 'ust_id', 'UStIdNr'], columns: ['ust_id', 'USt-ID', 'ust_idnr'] },
  { id: 'it-rea', labels: ['REA', 'N. REA', 'Numero REA'], value: reaNumber, keys: ['rea', 'numeroREA'] },
  { id: 'us-duns', labels: ['DUNS', 'D-U-N-S', 'DUNS No.', 'D-U-N-S Number', 'DUNS#'], value: (r) => duns(r, r() < 0.6), keys: ['duns', 'dunsNumber', 'DUNS'] },
  { id: 'us-aba-routing', labels: ['routing', 'Routing number', 'ABA', 'ABA routing no.', 'RTN', 'ABA/Routing:'], value: abaRouting, keys: ['routingNumber', 'aba', 'routing_number', 'abaRoutingNumber'] },
  { id: 'fr-tva', labels: ['N° TVA intracommunautaire FR', 'TVA FR', 'Numéro de TVA FR', 'TVA intracom. : FR'], value: frTva, keys: ['numeroTva', 'tva_intracom'] },
  { id: 'be-enterprise', labels: ['Ondernemingsnummer', 'BTW BE', 'TVA BE', "N° d'entreprise"], value: beEnterprise, keys: ['ondernemingsnummer', 'btwNummer'] },
  { id: 'gb-company-number', labels: ['Company No.', 'Company number', 'Company Reg. No.', 'Registered company number', 'Registration number'], value: ukCompanyNumber, keys: ['companyNumber', 'company_reg_no', 'CompanyID'] },
  { id: 'nz-nzbn', labels: ['NZBN', 'NZBN:'], value: nzbn, keys: ['nzbn'] },
  { id: 'ca-gst-hst', labels: ['GST/HST No.', 'GST No.', 'HST#', 'Business Number'], value: canadianBn, keys: ['gstNumber', 'hst_no', 'businessNumber'] },
  { id: 'de-blz', labels: ['BLZ', 'Bankleitzahl', 'BLZ:'], value: bankleitzahl, keys: ['blz', 'bankleitzahl'] },
];

/** Identifiers the detectors already left alone after their labels (issue 17's list): kept so. */
export const LEFT_ALONE: readonly IdKind[] = [
  { id: 'br-cnpj', labels: ['CNPJ', 'CNPJ:'], value: (r) => `${chars(r, DIG, 2)}.${chars(r, DIG, 3)}.${chars(r, DIG, 3)}/0001-${chars(r, DIG, 2)}`, keys: ['cnpj'] },
  { id: 'fr-siren-siret', labels: ['SIREN', 'SIRET', 'N° SIRET'], value: (r) => { const s = siren(r); return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`; }, keys: ['siren', 'siret'] },
  { id: 'pl-nip', labels: ['NIP', 'NIP:'], value: (r) => `${chars(r, '123456789', 1)}${chars(r, DIG, 2)}-${chars(r, DIG, 3)}-${chars(r, DIG, 2)}-${chars(r, DIG, 2)}`, keys: ['nip'] },
  { id: 'pl-regon', labels: ['REGON', 'REGON:'], value: (r) => chars(r, '123456789', 1) + chars(r, DIG, 8), keys: ['regon'] },
  { id: 'ru-inn-ogrn', labels: ['ИНН', 'ОГРН', 'ИНН/КПП'], value: (r) => chars(r, '123456789', 1) + chars(r, DIG, 9), keys: ['inn', 'ogrn'] },
  { id: 'nl-kvk', labels: ['KvK', 'KvK-nummer', 'KvK nr.'], value: (r) => chars(r, '123456789', 1) + chars(r, DIG, 7), keys: ['kvkNummer', 'kvk'] },
  { id: 'gb-utr', labels: ['UTR', 'UTR:'], value: (r) => `${chars(r, '123456789', 1)}${chars(r, DIG, 4)} ${chars(r, DIG, 5)}`, keys: ['utr'] },
  { id: 'ar-cuit', labels: ['CUIT', 'CUIT:'], value: (r) => `${pick(r, ['30', '33', '34'])}-${chars(r, DIG, 8)}-${chars(r, DIG, 1)}`, keys: ['cuit'] }, // a company's (a person's, 20–27, is a national id)
  { id: 'in-gstin', labels: ['GSTIN', 'GSTIN:'], value: (r) => `${pick(r, ['27', '29', '07', '33'])}${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)}${chars(r, DIG, 4)}${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}1Z${chars(r, DIG, 1)}`, keys: ['gstin'] },
  { id: 'de-steuernummer', labels: ['Steuernummer', 'St.-Nr.', 'Steuer-Nr.'], value: (r) => `${chars(r, '123456789', 1)}${chars(r, DIG, 1)}/${chars(r, DIG, 3)}/${chars(r, DIG, 5)}`, keys: ['steuernummer'] },
  { id: 'nl-btw', labels: ['BTW', 'BTW-nummer', 'BTW nr.'], value: (r) => `NL${chars(r, DIG, 9)}B0${int(r, 1, 9)}`, keys: ['btw'] },
  { id: 'es-cif', labels: ['CIF', 'NIF', 'VAT ES', 'NIF/CIF'], value: (r) => `${pick(r, ['A', 'B'])}${chars(r, DIG, 8)}`, keys: ['cif', 'nif'] },
  { id: 'de-hrb', labels: ['Amtsgericht München HRB', 'HRB', 'Handelsregister HRB'], value: (r) => String(int(r, 10_000, 299_999)), keys: ['hrb', 'handelsregister'] },
  { id: 'uk-sort-code', labels: ['sort code', 'Sort Code:'], value: (r) => `${chars(r, DIG, 2)}-${chars(r, DIG, 2)}-${chars(r, DIG, 2)}`, keys: ['sortCode'] },
  { id: 'au-bsb', labels: ['BSB', 'BSB:'], value: (r) => `${chars(r, '0123', 1)}${chars(r, DIG, 2)}-${chars(r, DIG, 3)}`, keys: ['bsb'] },
];

/** Invoice lines in eight languages (English, Italian, German, French, Spanish, Portuguese, Dutch, Polish). */
const INVOICE_LINES: readonly string[] = [
  'Invoice 2026/114 from our supplier, {label} {v}, payable within 30 days.',
  'fattura n. 114 del fornitore, {label} {v} - pagamento a 30 giorni data fattura.',
  'die Rechnung des Lieferanten ({label} {v}) ist zahlbar innerhalb von 30 Tagen netto.',
  'la facture du fournisseur, {label} {v}, est payable à 30 jours fin de mois.',
  'la factura del proveedor con {label} {v} se paga a 30 días fecha factura.',
  'a fatura do fornecedor com {label} {v} vence em 30 dias.',
  'de factuur van de leverancier met {label} {v} wordt binnen 30 dagen betaald.',
  'faktura od dostawcy, {label} {v}, płatna w terminie 30 dni.',
];

/** Record forms: JSON, UBL-like dotted paths, FatturaPA-like key = value, a query string. */
const KEY_FORMS: readonly string[] = ['{"{k}": "{v}", "currency": "EUR"}', 'Party.{k}: {v}', 'DatiAnagrafici {k}={v}; Nazione=IT', '{k}={v}&lang=en'];

/** A phone in a region's national or international form. */
function phoneIn(r: R, international: boolean): string {
  const n = mobile(r, pick(r, ['IT', 'DE', 'FR', 'ES', 'GB', 'NL', 'AU', 'US', 'PL', 'PT'] as CountryCode[]))!;
  return international ? n.formatInternational() : n.formatNational();
}

/** Identifiers after their labels in invoice lines, as keys and as cells: none is personal data (`kind`: the identifier and the form). */
function identifierCases(r: R, kinds: readonly IdKind[], prefix: string): TuningCase[] {
  const out: TuningCase[] = [];
  for (const k of kinds) {
    for (const label of k.labels) out.push({ kind: `${prefix}-${k.id}-text`, text: pick(r, INVOICE_LINES).replace('{label}', label).replace('{v}', k.value(r)), want: [] });
    for (const key of k.keys) out.push({ kind: `${prefix}-${k.id}-key`, text: pick(r, KEY_FORMS).replace('{k}', key).replace('{v}', k.value(r)), want: [] });
    for (const column of k.columns ?? k.keys) out.push({ kind: `${prefix}-${k.id}-cell`, text: k.value(r), context: column, want: [] });
  }
  return out;
}

/** Phones and SSNs beside the identifiers: still found. */
function positives(r: R): TuningCase[] {
  const out: TuningCase[] = [];
  for (const k of MASKED_BEFORE) {
    const label = pick(r, k.labels);
    const p = phoneIn(r, r() < 0.5);
    const line = pick(r, [`{label} {v} - Tel. {p}`, `{label} {v}, phone {p}`, `{label} {v} · Telefono {p}`, `{label} {v}; Telefon: {p}`, `{label} {v} Tél. {p}`]);
    out.push({ kind: 'phone-beside-identifier', text: line.replace('{label}', label).replace('{v}', k.value(r)).replace('{p}', p), want: [{ type: 'phone', value: p }] });
    // A "+" number right after a label (a header of several labels): its international form decides.
    // Not after a label ending in `ID` (`Tax ID`): that is also an id's label, which no number follows (surroundings.ts).
    const plus = phoneIn(r, true);
    const plusLabel = pick(r, k.labels.filter((l) => !/id$/i.test(l)));
    out.push({ kind: 'phone-plus-after-label', text: `Tel./${plusLabel} ${plus}`, want: [{ type: 'phone', value: plus }] });
  }
  for (let i = 0; i < 6; i++) {
    const s = ssn(r);
    out.push({ kind: 'ssn-beside-ein', text: pick(r, [`EIN ${ein(r)}, owner SSN ${s}`, `Sole proprietor: TIN ${s}`, `Payee TIN: ${s} (SSN)`]), want: [{ type: 'us-ssn', value: s }] });
  }
  return out;
}

/** The tuning set of one seed. */
export function taxidsTuningSet(seed: number): TuningCase[] {
  const r = rng(seed);
  return [...identifierCases(r, MASKED_BEFORE, 'not-phone'), ...identifierCases(r, LEFT_ALONE, 'left-alone'), ...positives(r)];
}

/** Supplier-table columns: identifiers under their names, and a phone column beside them. */
export const SUPPLIER_COLUMNS: Record<string, (r: R) => string> = {
  partita_iva: partitaIva,
  PartitaIVA: partitaIva,
  vat_number: (r) => `GB ${ukVat(r)}`,
  abn: (r) => abn(r).replace(/^(\d{2})(\d{3})(\d{3})/, '$1 $2 $3 '),
  ein: ein,
  'USt-ID': (r) => (r() < 0.5 ? `DE${ustIdDigits(r)}` : `DE ${ustIdDigits(r).replace(/^(\d{3})(\d{3})/, '$1 $2 ')}`),
  duns_number: (r) => duns(r, true),
  routing_number: abaRouting,
  rut: (r) => rut(r, true),
  company_number: ukCompanyNumber,
  supplierVatNumber: (r) => `FR ${frTva(r)}`,
  phone: (r) => phoneIn(r, r() < 0.5),
};
