// A tuning corpus for the pii check on the columns of exports (issue 17, the residual classes), written
// from the formats' definitions: the fields of API request logs and payment exports (RFC 9110 status
// codes, byte counts as nginx `$body_bytes_sent`, CloudFront `sc-bytes`/`cs-bytes` and Google Cloud's
// `httpRequest.responseSize` write them, durations, amounts in minor units, fixed-width zero-padded
// numbers), timestamps in the textual forms of log and spreadsheet exports (nginx `$time_local`,
// Excel/Sheets display formats, locale forms with month and weekday names of many languages), SKUs and
// product versions; reference numbers under the names and labels service desks and CRMs give them;
// KYC columns that hold national ids of several countries under one generic name (each in its own
// written forms); `tel:` URIs (RFC 3966) and e-mail addresses with quoted local parts (RFC 5321
// §4.1.2). Every value is drawn at run time from a seeded PRNG. A tuning set: the detectors are tuned
// on it, never judged by it alone.
import { dniValid } from '../../checks/pii/detectors/national-ids.js';
import { aadhaar, chars, int, pad, pick, rng, ssn } from './personal-data.js';
import { codiceFiscale, cpf, dni, mobile } from './pii-tuning-set.js';

export { rng };
type R = () => number;
const DIG = '0123456789';
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** RFC 9110 §15 status codes, weighted as an API's traffic is (mostly 2xx). */
const STATUS = [200, 200, 200, 200, 201, 202, 204, 206, 301, 302, 304, 400, 401, 402, 403, 404, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504];
/** A response or request size in bytes: small JSON bodies to large downloads (log-uniform). */
const bytes = (r: R) => String(Math.floor(10 ** (1 + r() * 7.5)));
/** A duration in milliseconds or microseconds (nginx `$request_time` × 1000, `$upstream_response_time`). */
const duration = (r: R) => String(Math.floor(10 ** (r() * 6)));
/** An amount in minor units (Stripe `amount`, Adyen `value`): cents. */
const minorUnits = (r: R) => String(Math.floor(10 ** (2 + r() * 6)));
/** A fixed-width zero-padded number (COBOL PIC 9(10), bank statement exports): mostly small values. */
const zeroPadded = (r: R, w: number) => String(Math.floor(10 ** (r() * (w - 0.2)))).padStart(w, '0');

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const someDate = (r: R) => new Date(Date.UTC(int(r, 2000, 2032), int(r, 0, 11), int(r, 1, 28), int(r, 0, 23), int(r, 0, 59), int(r, 0, 59)));
const hm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
const hms = (d: Date) => `${hm(d)}:${pad(d.getUTCSeconds())}`;
/** A locale's short or long month/weekday name of a date (CLDR through Intl). */
const named = (locale: string, d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(d);
const EXPORT_LOCALES = ['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-PT', 'nl-NL', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'pl-PL', 'cs-CZ', 'tr-TR', 'ro-RO', 'hu-HU'];

/**
 * Timestamps as exports write them, one writer per form (a column holds one): weekday, day, month name,
 * year and time (`Mon 14 Mar 2022 09:41`), Excel's `d-mmm-yyyy` (`14-Mar-2022`) with and without a time,
 * nginx `$time_local` (`14/Mar/2022:09:41:07 +0000`), `yyyy-mm-dd hh:mm` without seconds, ISO with
 * microseconds, and the same with the month and weekday names of other languages (`lun. 14 mars 2022 09:41`,
 * `Martes, 15 de Marzo de 2022`, `Martie 2022`).
 */
export const EXPORT_TIMESTAMPS: Record<string, (r: R) => string> = {
  weekdayDayMonthTime: (r) => {
    const d = someDate(r);
    return `${DAY[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hm(d)}`;
  },
  excelDmy: (r) => {
    const d = someDate(r);
    return `${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}`;
  },
  excelDmyTime: (r) => {
    const d = someDate(r);
    return `${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${hms(d)}`;
  },
  excelDmyUpper: (r) => {
    const d = someDate(r);
    return `${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]!.toUpperCase()}-${pad(d.getUTCFullYear() % 100)}`;
  },
  nginxLocal: (r) => {
    const d = someDate(r);
    return `${pad(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms(d)} +0000`;
  },
  isoMinutes: (r) => {
    const d = someDate(r);
    return `${d.toISOString().slice(0, 10)} ${hm(d)}`;
  },
  isoMicros: (r) => {
    const d = someDate(r);
    return `${d.toISOString().slice(0, 10)} ${hms(d)}.${chars(r, DIG, 6)}`;
  },
  monthDayYearTime: (r) => {
    const d = someDate(r);
    return `${MON[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${d.getUTCHours() % 12 || 12}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
  },
  localeWeekdayTime: (r) => {
    const d = someDate(r);
    const l = pick(r, EXPORT_LOCALES);
    return `${named(l, d, { weekday: 'short' })} ${d.getUTCDate()} ${named(l, d, { month: 'short' })} ${d.getUTCFullYear()} ${hm(d)}`;
  },
  localeDayMonth: (r) => {
    const d = someDate(r);
    const l = pick(r, EXPORT_LOCALES);
    return `${d.getUTCDate()} ${named(l, d, { month: 'long' })} ${d.getUTCFullYear()}`;
  },
  // Spanish and Portuguese dates link day, month and year with "de", names capitalised as titles write them.
  linkedTitle: (r) => {
    const d = someDate(r);
    const l = pick(r, ['es-ES', 'pt-BR', 'pt-PT']);
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    return `${cap(named(l, d, { weekday: 'long' }))}, ${d.getUTCDate()} de ${cap(named(l, d, { month: 'long' }))} de ${d.getUTCFullYear()}`;
  },
  // A month and a year (a billing period): "Martie 2022", "Dezember 2026".
  monthYear: (r) => {
    const d = someDate(r);
    const m = named(pick(r, EXPORT_LOCALES), d, { month: 'long' });
    return `${m.charAt(0).toUpperCase() + m.slice(1)} ${d.getUTCFullYear()}`;
  },
  localeDashed: (r) => {
    const d = someDate(r);
    const l = pick(r, EXPORT_LOCALES);
    return `${pad(d.getUTCDate())}-${named(l, d, { month: 'short' }).replace(/\.$/, '')}-${d.getUTCFullYear()} ${hm(d)}`;
  },
};

/** The digit-only SKU forms of catalogues: dashed, dotted and spaced groups. */
const SKU_FORMS: ReadonlyArray<(r: R) => string> = [
  (r) => `${chars(r, DIG, 3)}-${chars(r, DIG, 4)}-${chars(r, DIG, 2)}`,
  (r) => `${chars(r, DIG, 2)}-${chars(r, DIG, 4)}-${chars(r, DIG, 4)}`,
  (r) => `${chars(r, DIG, 3)}.${chars(r, DIG, 3)}.${chars(r, DIG, 2)}`,
  (r) => `${chars(r, DIG, 4)} ${chars(r, DIG, 3)} ${chars(r, DIG, 3)}`,
];
/** A SKU as catalogues write them: family letters and digits with a variant suffix, or a digit-only form. */
const sku = (r: R) => pick(r, [(rr: R) => `${chars(rr, UP, 3)}-${chars(rr, DIG, 5)}-${pick(rr, ['BL', 'RD', 'XL', 'M', 'S'])}`, ...SKU_FORMS])(r);
/** A four-part build number column (bare dotted quads below 256 are also an IPv4 address's shape). */
const build4 = (r: R) => `${int(r, 1, 20)}.${int(r, 0, 9)}.${int(r, 0, 60)}.${int(r, 0, 255)}`;
/** Product versions: four-part builds (Chrome, Windows, Office), three-part semver with pre-release tags. */
const version = (r: R) =>
  pick(r, [
    () => `${int(r, 90, 130)}.0.${int(r, 4000, 6999)}.${int(r, 0, 250)}`,
    () => `10.0.${int(r, 17000, 22999)}.${int(r, 1, 4000)}`,
    () => build4(r),
    () => `${int(r, 0, 9)}.${int(r, 0, 30)}.${int(r, 0, 99)}${pick(r, ['', '-rc.1', '-beta.2', '+build.5'])}`,
  ])();

/**
 * Columns of an API request log or payment export that hold no personal data (negatives): each
 * column name → its values' writer. Neutral names (`c3`) stand for exports without a header row.
 */
export const EXPORT_COLUMNS: Record<string, (r: R) => string> = {
  status: (r) => String(pick(r, STATUS)),
  http_status: (r) => String(pick(r, STATUS)),
  c3: (r) => String(pick(r, STATUS)),
  response_size: bytes,
  body_bytes_sent: bytes,
  'sc-bytes': bytes,
  'cs-bytes': bytes,
  bytes,
  content_length: bytes,
  c7: bytes,
  // An access log's status and byte count in one field (nginx `$status $body_bytes_sent`), under a neutral name.
  c8: (r) => `${pick(r, STATUS)} ${bytes(r)}`,
  response: (r) => `${pick(r, STATUS)} ${bytes(r)}`,
  duration_ms: duration,
  latency_us: duration,
  amount: minorUnits,
  fee: minorUnits,
  net: minorUnits,
  c11: minorUnits,
  amount_padded: (r) => zeroPadded(r, 12),
  record_length: (r) => zeroPadded(r, 10),
  c14: (r) => zeroPadded(r, 10),
  c15: (r) => zeroPadded(r, 11),
  ...Object.fromEntries(Object.entries(EXPORT_TIMESTAMPS).map(([f, w]) => [`t_${f}`, w])),
  sku,
  item: sku,
  ...Object.fromEntries(SKU_FORMS.map((w, f) => [`c_sku${f}`, w])),
  product_version: version,
  app_version: version,
  os_build: build4,
  c40: version,
  // A phone word before a measure or a time: the call's duration, the messages' count, when the number was verified.
  call_duration_ms: duration,
  sms_count: (r) => String(int(r, 0, 99999999)),
  callDurationSeconds: (r) => String(int(r, 1000000, 99999999)),
  phone_verified_at: (r) => String(int(r, 1000000000, 1999999999)),
  mobile_status: (r) => String(pick(r, STATUS)),
  // A phone word before an identifier or a software version: the call's id, the app's version.
  call_id: (r) => pick(r, ['0', '2', '4', '7']) + chars(r, DIG, 9),
  sms_id: (r) => chars(r, '123456789', 1) + chars(r, DIG, 9),
  contact_id: (r) => '0' + chars(r, '123456789', 1) + chars(r, DIG, 8),
  mobile_app_version: (r) => `${int(r, 1, 9)}.${int(r, 0, 40)}.${int(r, 100, 9999)}.${int(r, 1000, 99999)}`,
};

/**
 * Times of an account's events whose column names start with `first`, `last` or `name` (`last_login`,
 * `first_seen`, `name_changed_at`): timestamps, no persons, whatever form they are written in.
 */
export const EVENT_TIME_COLUMNS = ['last_login', 'first_seen', 'last_seen', 'last_modified', 'lastUpdated', 'first_purchase_date', 'last_payment_at', 'name_changed_at', 'LastActivity', 'first_contact'] as const;

/** Names of things in an export (negatives): product, file, merchant, event, host and plan names. */
export const THING_NAME_COLUMNS: Record<string, (r: R) => string> = {
  product_name: (r) => `${pick(r, ['Desk', 'Floor', 'Reading', 'Garden'])} ${pick(r, ['Lamp', 'Chair', 'Table', 'Hose'])} ${pick(r, ['Pro', 'Mini', 'XL', ''])}`.trim(),
  file_name: (r) => `${pick(r, ['report', 'invoice', 'Export'])}_${int(r, 2001, 2032)}-${pad(int(r, 1, 12))}.${pick(r, ['csv', 'pdf', 'xlsx'])}`,
  merchant_name: (r) => `${pick(r, ['ACME', 'Blue Bottle', 'Northwind', 'Contoso'])} ${pick(r, ['Coffee', 'Books', 'Traders', 'Ltd'])}`,
  event_name: (r) => pick(r, ['Checkout Completed', 'Payment Failed', 'Refund Issued', 'Invoice Paid']),
  hostName: (r) => `${pick(r, ['web', 'api', 'db'])}-${pad(int(r, 1, 40))}.example.com`,
  plan_name: (r) => pick(r, ['Basic', 'Premium Annual', 'Team Monthly', 'Enterprise']),
};

/** Person columns beside them (recall guards): their cells are protected whole. */
export const PERSON_COLUMNS = ['first_name', 'last_name', 'LastName', 'first', 'last', 'name', 'full_name', 'surname', 'customer_name', 'card_holder_name', 'display_name'] as const;
const GIVEN = ['Maria', 'Omar', 'Li', 'Jean-Luc', 'Aoife', 'Kwame', 'Sofia', 'Mateo', 'Priya', 'Lars'];
const FAMILY = ['Rossi', 'Haddad', 'Wei', 'Dubois', 'Murphy', 'Mensah', 'García', 'Novak', 'Sharma', 'Nilsson'];
/** A person's name as a name column holds it. */
export function personValue(r: R): string {
  return r() < 0.5 ? `${pick(r, GIVEN)} ${pick(r, FAMILY)}` : pick(r, r() < 0.5 ? GIVEN : FAMILY);
}

/**
 * Columns of the same exports no rule can tell from a phone by their value and name alone (a neutral
 * name over zero-padded numbers a national plan accepts, `0762606089`; a neutral column of four-part
 * versions whose dotted quads are IPv4 addresses' shape): printed, not asserted.
 */
export const UNDECIDABLE_COLUMNS: ReadonlySet<string> = new Set(['c14', 'c15', 'c40']);

/** Phone columns beside them (recall guards): their names hold a phone word and no measure. */
export const PHONE_COLUMNS = ['phone', 'mobile_number', 'caller_id', 'CallerID', 'contact_us', 'tel', 'contact_number'] as const;

/**
 * Reference numbers under the names service desks, CRMs and case systems export them with, that the
 * first reference vocabulary did not hold (a reference number with a leading zero or of a phone's length).
 */
export const MORE_REFERENCE_COLUMNS = [
  'Case Number', 'case_num', 'SR Number', 'sr_no', 'service_request', 'work_order', 'wo_number', 'ticket_ref', 'incident_ref', 'Issue Key', 'issue_id', 'complaint_no', 'complaint_ref',
  'tracking_code', 'consignment_no', 'awb', 'bill_of_lading', 'claim_ref', 'quote_no', 'quotation_number', 'order_ref', 'transaction_ref', 'txn_id', 'payment_ref', 'mandate_ref', 
  'numero_caso', 'n_caso', 'num_ticket', 'numero_chamado', 'numero_ocorrencia', 'Fallnummer', 'Ticketnummer', 'Meldungsnummer', 'Störungsnummer', 'numéro_ticket', 'numero_segnalazione', 'meldingnummer',
] as const;

/** A reference number as those columns hold it: a digit run often with a leading zero, or grouped. */
export function referenceValue(r: R): string {
  const d = pick(r, ['0', '1', '2', '4', '7', '9']) + chars(r, DIG, int(r, 8, 10));
  return r() < 0.8 ? d : `${d.slice(0, 4)}-${d.slice(4)}`;
}

/** A reference number with its label in the same cell (`Ticket #0301234567`, `Case: …`, `Réf. …`). */
export const CELL_LABELS = ['Ticket #', 'Ticket: ', 'Case ', 'Case No. ', 'Case ID: ', 'SR# ', 'Incident ', 'Ref. ', 'Ref: ', 'Reference: ', 'Our ref ', 'Claim ', 'Order #', 'Caso n.º ', 'Réf. ', 'Vorgang ', 'Az. ', 'Chamado ', 'Protocolo: ', 'Pratica n. ', 'Expediente ', 'Bestellnr. ', 'Sendungsnummer ', 'Paketnummer ', 'Reklamation ', 'Störungsmeldung ', 'Numéro de suivi : '] as const;
export function labelledCell(r: R): { text: string; start: number; end: number } {
  const label = pick(r, CELL_LABELS);
  const n = referenceValue(r);
  return { text: label + n, start: label.length, end: label.length + n.length };
}

/** Phones as a phone column holds them (a recall guard beside the reference columns). */
export function phoneValue(r: R): string {
  const n = mobile(r, pick(r, ['GB', 'DE', 'FR', 'US', 'IT', 'ES'] as const))!;
  return r() < 0.5 ? n.formatNational() : n.formatInternational();
}

// National ids, each in its own written forms (CPF, DNI and codice fiscale as the tuning set draws them).
function nieFull(r: R): string {
  for (;;) {
    const head = pick(r, ['X', 'Y', 'Z']);
    const body = chars(r, DIG, 7);
    const full = head + body + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(String('XYZ'.indexOf(head)) + body) % 23]!;
    if (dniValid(full)) return full;
  }
}
const NINO_PREFIX = ['AB', 'CE', 'JG', 'KL', 'NH', 'PR', 'ST', 'WX', 'YZ', 'HT'];

/** The written forms of each national id a KYC column may hold: form → [type, writer]. */
export const KYC_FORMS: Record<string, [string, (r: R) => string]> = {
  'cpf punctuated': ['br-cpf', (r) => cpf(r).replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4')],
  'cpf bare': ['br-cpf', cpf],
  'aadhaar 4-4-4': ['in-aadhaar', (r) => aadhaar(r).replace(/^(\d{4})(\d{4})(\d{4})$/, '$1 $2 $3')],
  'aadhaar bare': ['in-aadhaar', aadhaar],
  nino: ['uk-nino', (r) => pick(r, NINO_PREFIX) + chars(r, DIG, 6) + pick(r, ['A', 'B', 'C', 'D'])],
  'nino spaced': ['uk-nino', (r) => `${pick(r, NINO_PREFIX)} ${chars(r, DIG, 2)} ${chars(r, DIG, 2)} ${chars(r, DIG, 2)} ${pick(r, ['A', 'B', 'C', 'D'])}`],
  dni: ['es-dni', dni],
  'dni dashed': ['es-dni', (r) => dni(r).replace(/^(\d{8})/, '$1-')],
  nie: ['es-dni', nieFull],
  'codice fiscale': ['it-fiscal-code', codiceFiscale],
  'ssn dashed': ['us-ssn', ssn],
  'ssn bare': ['us-ssn', (r) => ssn(r).replace(/-/g, '')],
};

/** Generic KYC column names (no country's id named). */
export const KYC_COLUMNS = ['document_number', 'id_number', 'documento', 'tax_id', 'national_id', 'identity_document', 'doc_no', 'c9'] as const;

/**
 * A tel: URI (RFC 3966 §3, §5.1.5): global numbers with visual separators and an `;ext=` parameter,
 * local numbers with `phone-context` (a global prefix or a domain), in the markup and text they appear
 * in; `start`–`end` is what a mask must cover (the number, its extension, a global context prefix).
 */
export function telUri(r: R): { text: string; start: number; end: number } {
  const form = int(r, 0, 5);
  let uri: string;
  let cover: [number, number];
  if (form <= 1) {
    uri = `tel:+1-${int(r, 201, 989)}-555-01${pad(int(r, 0, 99))}${form === 1 ? `;ext=${int(r, 10, 9999)}` : ''}`;
    cover = [4, uri.length];
  } else if (form === 2) {
    uri = `tel:${mobile(r, pick(r, ['GB', 'DE', 'FR', 'IT', 'ES', 'NL'] as const))!.number}`;
    cover = [4, uri.length];
  } else if (form === 3) {
    uri = `tel:${mobile(r, pick(r, ['GB', 'DE', 'FR'] as const))!.formatInternational().replace(/ /g, '-')}`;
    cover = [4, uri.length];
  } else if (form === 4) {
    uri = `tel:${int(r, 200, 999)}-${pad(int(r, 0, 9999), 4)};phone-context=+1-${int(r, 201, 989)}-${int(r, 200, 999)}`;
    cover = [4, uri.length];
  } else {
    const local = String(int(r, 1000, 99999));
    uri = `tel:${local};phone-context=${pick(r, ['example.com', 'pbx.example.org'])}`;
    cover = [4, 4 + local.length];
  }
  const around = pick(r, [['', ''], ['<a href="', '">call us</a>'], ['Call ', ' today'], ['{"contact": "', '"}']] as const);
  return { text: around[0] + uri + around[1], start: around[0].length + cover[0], end: around[0].length + cover[1] };
}

/** An e-mail address with a quoted local part (RFC 5321 §4.1.2 Quoted-string), where it stands. */
export function quotedEmail(r: R): { text: string; start: number; end: number } {
  const local = pick(r, ['"john doe"', '"a@b"', '"jane.q.public"', '"o\'brien smith"', '"very.(unusual)@strange"', '"x y z"', '"tom..jones"', '"mail\\"box"']);
  const addr = `${local}@${pick(r, ['example.com', 'example.org', 'mail.example.net'])}`;
  const around = pick(r, [['', ''], ['To: ', ''], ['write to ', ' today'], ['<', '>']] as const);
  return { text: around[0] + addr + around[1], start: around[0].length, end: around[0].length + addr.length };
}

/**
 * A JSON record of a telephony or messaging API's event export (Twilio/Vonage-style webhooks and call
 * records): the callee's number (personal) beside measures under keys that name them (durations,
 * sizes, counts, status codes) and a phone word in the event's name. `phones` and `measures` are spans.
 */
export function callRecord(r: R): { text: string; phones: Array<{ start: number; end: number }>; measures: Array<{ start: number; end: number }> } {
  let text = '{';
  const phones: Array<{ start: number; end: number }> = [];
  const measures: Array<{ start: number; end: number }> = [];
  const field = (key: string, value: string, into?: Array<{ start: number; end: number }>, quoted = true) => {
    text += `${text.length > 1 ? ',' : ''}"${key}":${quoted ? '"' : ''}`;
    into?.push({ start: text.length, end: text.length + value.length });
    text += value + (quoted ? '"' : '');
  };
  field('event', pick(r, ['call.completed', 'sms.delivered', 'call ended', 'voicemail.received']));
  field('to', phoneValue(r), phones);
  const keys = ['duration_ms', 'durationMs', 'call_duration', 'billsec', 'bytes', 'response_size', 'responseSize', 'sms_count', 'segmentCount', 'status', 'retries', 'ring_time_ms', 'payloadBytes'];
  for (let i = 0; i < 3; i++) field(pick(r, keys), String(int(r, 1000000, 99999999)), measures, false);
  return { text: text + '}', phones, measures };
}
