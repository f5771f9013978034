// A tuning corpus for the pii detectors on table cells and e-mail headers (issue 17), written from the
// formats' definitions: timestamps in their standard textual forms (RFC 5322 §3.3 date-time, RFC 9110
// §5.6.7 IMF-fixdate / rfc850-date / asctime-date, RFC 3164 syslog, the default `toString` of Java's
// Date, Go's time layouts, JavaScript's Date, .NET's "G"/"F" patterns, ISO 8601 calendar, week and
// ordinal dates, and the locale forms CLDR gives Intl.DateTimeFormat in twelve languages); numbers in
// columns (and after labels) that name another kind of number (case, ticket, claim, booking, policy …
// numbers as data dictionaries name them, in several languages); and e-mail header fields whose value
// has an address's shape but is a message identifier (RFC 5322 §3.6.4 msg-id), also as mail servers
// log it (Postfix, Exim, Sendmail, Exchange message tracking, JSON logs). Every value is drawn at
// run time from a seeded PRNG. A tuning set: the detectors are tuned on it, never judged by it alone.
import { chars, int, pad, pick, rng } from './personal-data.js';
import { mobile } from './pii-tuning-set.js';

type R = () => number;
const DIG = '0123456789';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZONES = ['UTC', 'GMT', 'CET', 'CEST', 'EST', 'PDT', 'JST', 'IST', 'BST'];
export const LOCALES = ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL', 'pl-PL', 'ja-JP', 'zh-CN', 'ko-KR', 'en-US', 'en-GB'];

/** A date between 1995 and 2033 (UTC). */
export function someDate(r: R): Date {
  return new Date(Date.UTC(int(r, 1995, 2033), int(r, 0, 11), int(r, 1, 28), int(r, 0, 23), int(r, 0, 59), int(r, 0, 59)));
}
const offset = (r: R) => `${pick(r, ['+', '-'])}${pad(int(r, 0, 12))}${pick(r, ['00', '30'])}`;

/** ISO 8601 week date parts: [ISO year, week, weekday 1–7]. */
function isoWeek(d: Date): [number, number, number] {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const wd = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const start = Date.UTC(t.getUTCFullYear(), 0, 1);
  return [t.getUTCFullYear(), Math.ceil(((t.getTime() - start) / 86400000 + 1) / 7), wd];
}

/** The textual timestamp forms, each a function of a date: name → writer. */
export const TIMESTAMP_FORMS: Record<string, (d: Date, r: R) => string> = {
  // RFC 5322 §3.3: [day-of-week ","] day month year hour ":" minute [":" second] zone (1–2 digit day; obs-zone names)
  rfc5322: (d, r) => `${r() < 0.8 ? DAY[d.getUTCDay()] + ', ' : ''}${r() < 0.5 ? d.getUTCDate() : pad(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${r() < 0.8 ? ':' + pad(d.getUTCSeconds()) : ''} ${r() < 0.7 ? offset(r) : pick(r, ['GMT', 'UT', 'EST', 'PDT'])}${r() < 0.2 ? ' (' + pick(r, ZONES) + ')' : ''}`,
  // RFC 9110 §5.6.7
  imfFixdate: (d) => d.toUTCString(),
  rfc850: (d) => `${DAY_LONG[d.getUTCDay()]}, ${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`,
  asctime: (d) => `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`,
  // RFC 3164 TIMESTAMP: Mmm dd hh:mm:ss (day padded with a space)
  syslog: (d) => `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  // java.util.Date#toString: EEE MMM dd HH:mm:ss zzz yyyy; Go UnixDate is the same with _2
  javaDate: (d, r) => `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${pick(r, ZONES)} ${d.getUTCFullYear()}`,
  // Go RubyDate: Mon Jan 02 15:04:05 -0700 2006; Go time.Time.String: 2006-01-02 15:04:05.999999999 -0700 MST
  goRuby: (d, r) => `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${offset(r)} ${d.getUTCFullYear()}`,
  goString: (d, r) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}.${chars(r, DIG, 9)} ${offset(r)} ${pick(r, ZONES)}`,
  // JavaScript Date#toString (in UTC): Sun Dec 06 2026 10:02:11 GMT+0000 (Coordinated Universal Time)
  jsDate: (d) => `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)} GMT+0000 (Coordinated Universal Time)`,
  // .NET en-US "G" (M/d/yyyy h:mm:ss tt) and "F" (dddd, MMMM d, yyyy h:mm:ss tt)
  dotnetG: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours() % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`,
  dotnetF: (d) => new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'medium', timeZone: 'UTC' }).format(d).replace(' at ', ' '),
  // ISO 8601: week dates, ordinal dates, basic format
  isoWeek: (d, r) => {
    const [y, w, wd] = isoWeek(d);
    return r() < 0.5 ? `${y}-W${pad(w)}-${wd}` : `${y}W${pad(w)}${wd}`;
  },
  isoOrdinal: (d, r) => {
    const doy = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
    // The basic form without a time (seven digits, "2026340") is any number's shape: not written here.
    const time = r() < 0.5 ? 'T' + d.toISOString().slice(11, 16) + 'Z' : '';
    return `${d.getUTCFullYear()}${time === '' || r() < 0.5 ? '-' : ''}${pad(doy, 3)}${time}`;
  },
  isoBasic: (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, ''),
  // Locale forms (CLDR through Intl): "6. Dezember 2026 um 10:02", "6 déc. 2026", "2026年12月6日", "06.12.2026, 10:02"
  locale: (d, r) => localeForm(pick(r, LOCALES), pick(r, STYLES))(d),
  // Excel's display forms: dd.mm.yyyy hh:mm, d-mmm-yy, d mmm yyyy, mmm d, yyyy
  excel: (d, r) => {
    const day = d.getUTCDate();
    switch (int(r, 0, 3)) {
      case 0:
        return `${pad(day)}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
      case 1:
        return `${day}-${MON[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)}`;
      case 2:
        return `${day} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
      default:
        return `${MON[d.getUTCMonth()]} ${day}, ${d.getUTCFullYear()}`;
    }
  },
};

/** Date and time styles of Intl.DateTimeFormat: [dateStyle, timeStyle or none]. */
export const STYLES: ReadonlyArray<readonly ['full' | 'long' | 'medium' | 'short', 'short' | 'medium' | undefined]> = [
  ['full', 'short'], ['long', 'medium'], ['medium', 'medium'], ['short', 'short'], ['full', undefined], ['long', undefined], ['medium', undefined], ['short', undefined],
];

/** The writer of one locale's form (a column's values share one). */
export function localeForm(locale: string, [dateStyle, timeStyle]: (typeof STYLES)[number]): (d: Date) => string {
  const f = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle, timeZone: 'UTC' });
  return (d) => f.format(d);
}

/** A textual timestamp of the named form (or any). */
export function textualTimestamp(r: R, form?: string): { form: string; value: string } {
  const f = form ?? pick(r, Object.keys(TIMESTAMP_FORMS));
  return { form: f, value: TIMESTAMP_FORMS[f]!(someDate(r), r) };
}

/**
 * Column names that say the values are another kind of number (data-dictionary practice: case,
 * reference, ticket, claim, incident, docket, booking, reservation, confirmation, policy, contract,
 * member, customer, account … numbers, and their abbreviations), in English, German, French,
 * Spanish, Italian, Portuguese and Dutch. Written here apart from the detectors' vocabulary on purpose.
 */
export const REFERENCE_COLUMNS = [
  'case_no', 'case_number', 'CaseID', 'caseRef', 'ref', 'ref_no', 'reference', 'our_reference', 'ticket_id', 'ticket', 'TicketNumber', 'claim_no', 'claim_number', 'ClaimID',
  'incident_id', 'incident_number', 'docket', 'docket_no', 'booking_ref', 'booking_number', 'reservation_id', 'confirmation_number', 'conf_no', 'policy_no', 'policy_number', 'PolicyNumber',
  'contract_id', 'contract_no', 'member_id', 'membership_number', 'customer_no', 'customer_number', 'CustomerID', 'account_no', 'account_number', 'acct_num', 'matter_no', 'file_no', 'request_id', 'application_no', 'loan_number', 'voucher_no', 'pnr', 'rma_number', 'req_id',
  'Aktenzeichen', 'az', 'Vorgangsnummer', 'Kundennummer', 'Vertragsnummer', 'Rechnungsnummer', 'Auftragsnummer', 'Buchungsnummer', 'Schadennummer', 'Mitgliedsnummer', 'Geschäftszeichen', 'Antragsnummer', 'Belegnummer',
  'référence', 'numero_dossier', 'numéro de dossier', 'num_client', 'no_contrat', 'numero_sinistre', 'num_commande', 'num_facture',
  'expediente', 'numero_expediente', 'referencia', 'num_pedido', 'poliza', 'numero_siniestro', 'localizador', 'num_socio',
  'pratica', 'numero_pratica', 'protocollo', 'rif', 'num_polizza', 'codice_cliente', 'numero_sinistro', 'prenotazione',
  'protocolo', 'numero_protocolo', 'processo', 'num_apolice', 'numero_pedido', 'chamado',
  'dossiernummer', 'zaaknummer', 'klantnummer', 'kenmerk', 'polisnummer', 'boekingsnummer',
] as const;

/** Phone columns whose names hold a reference word too: they stay phone columns. */
export const PHONE_COLUMNS = ['contact_ref_phone', 'customer_phone', 'member_mobile', 'claim_contact_tel', 'Kundentelefon'] as const;

/** A reference number as such columns hold it: a bare digit run, often with a leading zero (7–12 digits). */
export function referenceNumber(r: R): string {
  return pick(r, ['0', '1', '2', '4', '7', '9']) + chars(r, DIG, int(r, 6, 11));
}

/** Labels of reference numbers in running text (the words the column names above use, as people write them). */
export const REFERENCE_LABELS = [
  'Case number:', 'Case #', 'Ref:', 'Reference', 'our ref.', 'Ticket', 'ticket no.', 'Claim number', 'Incident', 'Docket No.', 'Booking reference', 'Reservation', 'Confirmation number:', 'Policy No.', 'Contract',
  'Member ID:', 'Customer number', 'Account no.', 'Aktenzeichen:', 'Az.', 'Vorgangsnummer', 'Kundennummer:', 'Vertragsnummer', 'Schadennummer:', 'Ihr Zeichen:', 'Référence :', 'numéro de dossier', 'N° de dossier :',
  'numéro de contrat', 'expediente', 'nº de expediente', 'número de referencia:', 'Póliza', 'pratica n.', 'protocollo n.', 'numero di pratica', 'protocolo', 'número do protocolo:', 'dossiernummer', 'zaaknummer:', 'klantnummer',
] as const;

/** A reference number's text sentence, and where the number stands. */
export interface LabelledNumber {
  text: string;
  start: number;
  end: number;
}
export function labelledReference(r: R): LabelledNumber {
  const label = pick(r, REFERENCE_LABELS);
  const before = pick(r, ['', 'Please quote ', 'Re: ', 'Bitte geben Sie ', 'Merci de rappeler ', 'Indique el ']);
  const n = referenceNumber(r);
  const text = `${before}${label} ${n}${pick(r, ['', ' in any reply.', '.', ' (siehe Anlage)', ', merci.'])}`;
  const start = text.indexOf(n, before.length + label.length);
  return { text, start, end: start + n.length };
}

/** A phone in running text with its phone word, where the number stands (recall guard). */
export function labelledPhone(r: R): LabelledNumber {
  const region = pick(r, ['GB', 'DE', 'FR', 'ES', 'IT', 'NL'] as const);
  const n = mobile(r, region)!.formatNational();
  const label = pick(r, ['Call me on', 'Tel.:', 'Mobil:', 'téléphone :', 'móvil', 'cellulare', 'Phone']);
  const text = `${pick(r, ['', 'Please quote your ref. when calling. '])}${label} ${n}`;
  const start = text.lastIndexOf(n);
  return { text, start, end: start + n.length };
}

/** A phone as a phone column holds it. */
export function phoneCell(r: R): string {
  const region = pick(r, ['GB', 'DE', 'FR', 'US'] as const);
  const n = mobile(r, region)!;
  return r() < 0.5 ? n.formatNational().replace(/\D/g, '') : n.formatInternational();
}

/** A message identifier (RFC 5322 §3.6.4 msg-id: "<" id-left "@" id-right ">"), as mail software makes them. */
export function messageId(r: R): string {
  const host = pick(r, ['mail.example.com', 'mx.example.org', 'example.net', 'smtp.example.de', 'BN8PR11MB3617.namprd11.prod.outlook.com', 'mail.gmail.com']);
  const left = pick(r, [
    () => `${chars(r, DIG, 14)}.${chars(r, ALNUM, 8)}`,
    () => `CA${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-', 40)}`,
    () => `${chars(r, '0123456789abcdef', 8)}-${chars(r, '0123456789abcdef', 4)}-${chars(r, '0123456789abcdef', 4)}-${chars(r, '0123456789abcdef', 12)}`,
    () => `${chars(r, ALNUM, 12)}.fsf`,
    () => `${pick(r, ['JavaMail', 'Pine.LNX', 'git-send-email'])}.${chars(r, DIG, 6)}.${chars(r, DIG, 4)}`,
  ])();
  return `<${left}@${host}>`;
}

/** A mailbox address (personal data). */
export function mailbox(r: R): string {
  const first = pick(r, ['jane', 'omar', 'li.wei', 'maria', 'k.nowak', 'jean-luc']);
  return `${first}${r() < 0.5 ? '.' + pick(r, ['doe', 'haddad', 'rossi', 'schmidt']) : ''}@${pick(r, ['example.com', 'example.org', 'mail.example.de'])}`;
}

/** A header block: msg-id fields (their ids are negatives) and mailbox fields (their addresses are personal). */
export interface HeaderBlock {
  text: string;
  ids: Array<{ field: string; start: number; end: number }>;
  mailboxes: Array<{ field: string; start: number; end: number }>;
}
export function headerBlock(r: R): HeaderBlock {
  let text = '';
  const ids: HeaderBlock['ids'] = [];
  const mailboxes: HeaderBlock['mailboxes'] = [];
  const eol = r() < 0.5 ? '\r\n' : '\n';
  const idField = (field: string, n: number) => {
    text += `${field}:`;
    for (let i = 0; i < n; i++) {
      const id = messageId(r);
      text += i > 0 && r() < 0.5 ? `${eol}\t` : ' ';
      ids.push({ field, start: text.length + 1, end: text.length + id.length - 1 });
      text += id;
    }
    text += eol;
  };
  const boxField = (field: string) => {
    const a = mailbox(r);
    text += `${field}: `;
    if (r() < 0.5) text += `${pick(r, ['Jane Doe', '"Haddad, Omar"', 'Maria Rossi'])} <`;
    else text += r() < 0.5 ? '<' : '';
    mailboxes.push({ field, start: text.length, end: text.length + a.length });
    text += a + (text.endsWith('<') ? '>' : '') + eol;
  };
  boxField('From');
  boxField(pick(r, ['To', 'Cc']));
  text += `Date: ${TIMESTAMP_FORMS.rfc5322!(someDate(r), r)}${eol}`;
  idField(pick(r, ['Message-ID', 'Message-Id', 'message-id']), 1);
  if (r() < 0.7) idField('In-Reply-To', 1);
  if (r() < 0.7) idField('References', int(r, 1, 4));
  if (r() < 0.3) boxField('Reply-To');
  if (r() < 0.2) idField(pick(r, ['Resent-Message-ID', 'Content-ID']), 1);
  text += `Subject: Re: your request${eol}`;
  return { text, ids, mailboxes };
}

/** Column names of msg-id fields in mail exports, and of mailbox fields. */
export const MSG_ID_COLUMNS = ['Message-ID', 'message_id', 'MessageId', 'In-Reply-To', 'in_reply_to', 'References'] as const;
export const MAILBOX_COLUMNS = ['From', 'To', 'Reply-To', 'sender_email'] as const;

export { rng };

/**
 * A mail server's log line (or a structured record) with message ids under the labels the formats use
 * (negatives) and envelope mailboxes (personal): Postfix cleanup `QUEUEID: message-id=<…>` and
 * `resent-message-id=<…>`, qmgr `from=<…>`, smtp `to=<…>`; Exim main log `<= sender … id=<message-id>`
 * (written as the header has it, brackets or not) and `=> recipient`; Sendmail `from=<…>, … msgid=<…>`;
 * Exchange message tracking records (Get-MessageTrackingLog as JSON: `MessageId`, `Sender`); JSON logs
 * (`"messageId": "<…>"`, Graph's `internetMessageId`).
 */
export function mailLogLine(r: R): { form: string; text: string; ids: Array<{ start: number; end: number }>; mailboxes: Array<{ start: number; end: number }> } {
  let text = '';
  const ids: Array<{ start: number; end: number }> = [];
  const mailboxes: Array<{ start: number; end: number }> = [];
  const put = (s: string) => void (text += s);
  const id = (bracketed = true) => {
    const v = r() < 0.3 ? `<E1r${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 4)}-${chars(r, DIG, 6)}-${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}@mail.example.org>` : messageId(r);
    const w = bracketed ? v : v.slice(1, -1);
    ids.push({ start: text.length + (bracketed ? 1 : 0), end: text.length + w.length - (bracketed ? 1 : 0) });
    text += w;
  };
  const box = () => {
    const a = mailbox(r);
    mailboxes.push({ start: text.length, end: text.length + a.length });
    text += a;
  };
  const qid = () => chars(r, '0123456789ABCDEF', 10);
  const syslog = (prog: string) => put(`Dec  ${int(r, 1, 9)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} mx1 ${prog}[${int(r, 100, 65000)}]: `);
  const exim = () => put(`2026-12-0${int(r, 1, 9)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))} 1r${chars(r, ALNUM, 4)}-${chars(r, DIG, 6)}-${chars(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)} `);
  const form = pick(r, ['postfix cleanup', 'postfix resent', 'postfix qmgr/smtp', 'exim arrival', 'exim arrival bracketed', 'exim delivery', 'sendmail', 'exchange json', 'json log']);
  switch (form) {
    case 'postfix cleanup':
    case 'postfix resent':
      syslog('postfix/cleanup');
      put(`${qid()}: ${form === 'postfix resent' ? 'resent-' : ''}message-id=`);
      id();
      break;
    case 'postfix qmgr/smtp':
      syslog('postfix/qmgr');
      put(`${qid()}: from=<`);
      box();
      put(`>, size=${int(r, 500, 90000)}, nrcpt=1 (queue active)\n`);
      syslog('postfix/smtp');
      put(`${qid()}: to=<`);
      box();
      put(`>, relay=mx.example.net[192.0.2.25]:25, delay=0.52, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 OK)`);
      break;
    case 'exim arrival':
    case 'exim arrival bracketed':
      exim();
      put('<= ');
      box();
      put(` H=mail.example.net [192.0.2.7] P=esmtps S=${int(r, 500, 90000)} id=`);
      id(form === 'exim arrival bracketed');
      if (r() < 0.5) {
        put(' for ');
        box();
      }
      break;
    case 'exim delivery':
      exim();
      put('=> ');
      box();
      put(' R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.25] C="250 2.0.0 OK"');
      break;
    case 'sendmail':
      syslog('sendmail');
      put(`${qid()}: from=<`);
      box();
      put(`>, size=${int(r, 500, 90000)}, class=0, nrcpts=1, msgid=`);
      id();
      put(', proto=ESMTP, daemon=MTA, relay=localhost [127.0.0.1]');
      break;
    case 'exchange json':
      put(`{"Timestamp":"2026-12-06T10:15:00","EventId":"RECEIVE","Source":"SMTP","Sender":"`);
      box();
      put(`","Recipients":["`);
      box();
      put(`"],"MessageId":"`);
      id();
      put(`","InternalMessageId":"${int(r, 1000, 99999)}","NetworkMessageId":"${chars(r, '0123456789abcdef', 8)}-${chars(r, '0123456789abcdef', 4)}-${chars(r, '0123456789abcdef', 4)}-${chars(r, '0123456789abcdef', 4)}-${chars(r, '0123456789abcdef', 12)}"}`);
      break;
    default:
      put(`{"level":"info","msg":"mail sent","${pick(r, ['messageId', 'message_id', 'internetMessageId'])}": "`);
      id();
      put('", "to": "');
      box();
      put('"}');
  }
  return { form, text, ids, mailboxes };
}
/** Exchange message tracking CSV columns (and Graph's) that hold message ids, and the ones that hold mailboxes. */
export const LOG_MSG_ID_COLUMNS = ['message-id', 'InternetMessageId', 'internetMessageId'] as const;
export const LOG_MAILBOX_COLUMNS = ['sender-address', 'recipient-address'] as const;
