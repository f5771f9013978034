// Tuning lines for issue 17's set-9 round-3 classes, written from the formats' own documentation and
// common usage: library circulation slips (an item barcode or an ISBN, then a Dewey class number with
// its Cutter or a Library of Congress call number, as ILS receipts print them) and catalogue exports
// (MARC 852 $h/$i call-number columns under their English, German, French, Spanish and Italian names);
// JSON and logfmt records of a device (`device_mac`) with a build, commit or trace id of twelve hex
// digits under its own key; chat messages in fifteen languages that give a new mobile number in the
// national form of its region (libphonenumber-js formatNational: hyphens where the region writes them)
// or as a bare run, Bangladesh's `01XXX-XXXXXX` and Indonesia's `08XX-XXXX-XXXX` among them; payment
// and KYC records that hold a CPF, Aadhaar or SSN under a key naming a tax or identity document (Stripe
// `metadata`); passwords of RFC 3986 unreserved characters after a bare `pw`/`pwd`/`passwd` label.
// Every value is drawn at run time from a seeded PRNG; each line carries its gold labels. A tuning set:
// the detectors are tuned on it, never judged by it alone.
import type { CountryCode } from 'libphonenumber-js/max';
import { PHONE_REGIONS } from '../../checks/pii/detectors/phone.js';
import { aadhaar, chars, int, isbn, pick, rng } from './personal-data.js';
import { Line, type LogLine } from './pii-log-tuning.js';
import { cpf, mobile } from './pii-tuning-set.js';

type R = () => number;
const DIG = '0123456789';
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

// ---- 1. Library call numbers -------------------------------------------------------------------

/** A Cutter-Sanborn or simplified Cutter: three capitals, a capital and digits, or a capitalised name's start. */
const cutter = (r: R) =>
  pick(r, [
    () => chars(r, UPPER, 3),
    () => `${chars(r, UPPER, 1)}${int(r, 1, 999)}${r() < 0.4 ? chars(r, LOWER, 1) : ''}`,
    () => `${chars(r, UPPER, 1)}${chars(r, LOWER, 2)}`,
  ])();
/**
 * A Dewey call number whose class number has seven to nine digits (three, a point, four to six
 * decimals: the lengths a phone validator could take), then a Cutter and perhaps a year or a copy.
 */
export const deweyCall = (r: R) => `${chars(r, DIG, 3)}.${chars(r, DIG, int(r, 4, 6))} ${cutter(r)}${pick(r, ['', '', ` ${int(r, 1950, 2025)}`, ' c.2', ' v.3'])}`;
/** A Library of Congress call number with a second Cutter and a year (`QA76.73.J38 S59 2019`). */
export const lcCall = (r: R) =>
  `${pick(r, ['QA', 'PR', 'HD', 'BF', 'RC', 'TK', 'PS', 'KF', 'Z'])}${int(r, 1, 9999)}.${chars(r, DIG, int(r, 1, 4))}.${chars(r, UPPER, 1)}${int(r, 1, 99)} ${chars(r, UPPER, 1)}${int(r, 1, 999)} ${int(r, 1950, 2025)}`;
/** An item barcode (Codabar, fourteen digits with the library's `3` first, as many ILSs issue them). */
const itemBarcode = (r: R) => `3${chars(r, DIG, 13)}`;
/** A NANP number in a written form. */
const nanp = (r: R) => `(${int(r, 2, 9)}${chars(r, DIG, 2)}) ${int(r, 2, 9)}${chars(r, DIG, 2)}-${chars(r, DIG, 4)}`;

function slip(r: R): Line {
  const l = new Line('library-slip');
  const call = (x: Line) => (r() < 0.8 ? x.neg('dewey', deweyCall(r)) : x.neg('lc', lcCall(r)));
  switch (int(r, 0, 4)) {
    case 0:
      call(l.t('Item ').neg('barcode', itemBarcode(r)).t(' ')).t(` Due ${int(r, 1, 12)}/${int(r, 1, 28)}/2026`);
      break;
    case 1:
      call(l.t('ISBN ').neg('isbn', isbn(r, 13)).t(pick(r, [' ', ' | ', '\t']))).t(' Status: on shelf');
      break;
    case 2:
      call(l.t(`${pick(r, ['Barcode', 'Item barcode', 'Item ID'])}: `).neg('barcode', itemBarcode(r)).t('\n'));
      break;
    case 3:
      call(l.t(`${pick(r, ['Signatura', 'Collocazione', 'Cote', 'Call No.', 'call_no'])}: `)).t(pick(r, ['', ' (Sala 2)']));
      break;
    default:
      // A patron's phone printed on the same slip stays a phone.
      call(l.t('Item ').neg('barcode', itemBarcode(r)).t(' ')).t(' Hold for patron, phone ').pii('phone', nanp(r));
  }
  return l;
}

/** Names of a catalogue export's call-number column (MARC 852 $h/$i) in five languages. */
export const CALL_NUMBER_COLUMNS = ['call_number', 'callnumber', 'call_no', 'Signatur', 'cote', 'signatura', 'collocazione'];
/** A call-number cell as an ILS export writes it: mostly Dewey, some LC. */
export const callNumberCell = (r: R) => (r() < 0.8 ? deweyCall(r) : lcCall(r));
/** A phone written with a "+", brackets or spaces between three groups (a column that holds both). */
export const writtenPhone = (r: R) => pick(r, [() => nanp(r), () => `+1 ${int(r, 2, 9)}${chars(r, DIG, 2)} ${int(r, 2, 9)}${chars(r, DIG, 2)} ${chars(r, DIG, 4)}`, () => `${int(r, 2, 9)}${chars(r, DIG, 2)} ${int(r, 2, 9)}${chars(r, DIG, 2)} ${chars(r, DIG, 4)}`])();

// ---- 2. A JSON key before a value --------------------------------------------------------------

const hex12 = (r: R, upper = false) => {
  let s = chars(r, HEX, 12);
  if (!/[a-f]/.test(s)) s = 'a' + s.slice(1);
  if (!/\d/.test(s)) s = s.slice(0, -1) + '7';
  return upper ? s.toUpperCase() : s;
};
const colonMac = (r: R) => Array.from({ length: 6 }, () => chars(r, HEX, 2)).join(':');
/** Keys of a build, commit, trace or record id. */
const ID_KEYS = ['build', 'commit', 'sha', 'revision', 'rev', 'hash', 'version', 'release', 'id', 'trace_id', 'buildId', 'commit_sha', 'git_rev', 'span_id', 'request_id', 'fw_build'];
/** Keys of a MAC address. */
const MAC_KEYS = ['mac', 'hwaddr', 'bssid', 'clientMac', 'client_mac', 'wifi_mac', 'macAddress', 'ap_mac'];

function macRecord(r: R): Line {
  const l = new Line('json-key');
  const idKey = pick(r, ID_KEYS);
  const macKey = pick(r, MAC_KEYS);
  const upper = r() < 0.3;
  switch (int(r, 0, 3)) {
    case 0:
      return l.t('{"device_mac":"').pii('mac-address', colonMac(r)).t(`","${idKey}":"`).neg(idKey, hex12(r, upper)).t('"}');
    case 1:
      return l.t(`device_mac=`).pii('mac-address', colonMac(r)).t(` ${idKey}=`).neg(idKey, hex12(r, upper)).t(' status=ok');
    case 2:
      // The MAC's own key keeps it a MAC, after an id too.
      return l.t(`{"${idKey}":"`).neg(idKey, hex12(r, upper)).t(`","${macKey}":"`).pii('mac-address', hex12(r, upper)).t('"}');
    default:
      return l.t(`{"event":"assoc","${macKey}":"`).pii('mac-address', hex12(r, upper)).t(`","mac_vendor":"Acme","${idKey}":"`).neg(idKey, hex12(r, upper)).t('"}');
  }
}

// ---- 3. Mobile numbers after a cue in chat messages --------------------------------------------

/** A chat message's words before a new number, in fifteen languages. */
export const CHAT_CUES = [
  'my new number is', 'new number:', 'Rückruf unter', 'meine neue Nummer ist', 'mon nouveau numéro :', 'mi nuevo número es', 'meu novo número é', 'il mio nuovo numero è',
  'mijn nieuwe nummer is', 'мой новый номер', '我的新号码', '联系电话', '連絡先', '新しい番号は', 'เบอร์ใหม่', 'هاتف', 'رقمي الجديد', 'फोन', 'मेरा नया नंबर', 'nomor baru saya', 'hubungi',
  'আমার নতুন নম্বর', 'ফোন',
];
/** Words before an order or ticket number in the same languages: no cue. */
const OTHER_CUES = ['order number', 'Bestellnummer', 'numéro de commande', 'número de pedido', 'número do pedido', 'numero d\'ordine', 'bestelnummer', 'номер заказа', '订单号', '注文番号', 'หมายเลขคำสั่งซื้อ', 'رقم الطلب', 'ऑर्डर नंबर', 'nomor pesanan', 'অর্ডার নম্বর'];

/** Regions of the cued forms: the validator's and Bangladesh's and Indonesia's. */
export const CHAT_REGIONS: readonly CountryCode[] = [...PHONE_REGIONS, 'BD', 'ID'];

/** A mobile number of `region` in its own national format (hyphens where the region writes them: `01812-345678`, `0812-345-678`, `090-1234-5678`). */
export const nationalMobile = (r: R, region: CountryCode) => mobile(r, region)!.formatNational();

function chat(r: R, region: CountryCode): Line {
  const l = new Line(`chat ${region}`);
  const sep = pick(r, [' ', ': ', ' \u00a0']);
  // Bangladesh's and Indonesia's forms are phones only after a cue: after an order's label they stay alone.
  if ((region === 'BD' || region === 'ID') && r() < 0.4) return l.t(`${pick(r, OTHER_CUES)}${sep}`).neg('order', nationalMobile(r, region)).t(pick(r, ['', ' 👍', '.']));
  // A run of digits without separators: only the cue makes it a phone.
  const written = r() < 0.25 ? nationalMobile(r, region).replace(/\D/g, '') : nationalMobile(r, region);
  return l.t(`${pick(r, CHAT_CUES)}${sep}`).pii('phone', written).t(pick(r, ['', ' 👍', '.', ' !']));
}

// ---- 4. National ids under a KYC key -----------------------------------------------------------

const TAX_KEYS = ['customer_tax_id', 'tax_id', 'taxId', 'taxpayer_tax_id', 'document_number', 'documentNumber', 'id_number', 'national_id', 'nationalId', 'kyc_document', 'identification'];
const OTHER_KEYS = ['order_id', 'customer_id', 'invoice_number', 'account', 'ref', 'amount_cents'];
const bareSsn = (r: R) => `${int(r, 101, 665)}${int(r, 10, 99)}${int(r, 1000, 9999)}`;

function kyc(r: R): Line {
  const l = new Line('kyc-key');
  const [type, value] = pick(r, [['br-cpf', cpf], ['br-cpf', cpf], ['in-aadhaar', aadhaar], ['us-ssn', bareSsn]] as const);
  const key = pick(r, TAX_KEYS);
  switch (int(r, 0, 3)) {
    case 0:
      return l.t(`{"id":"ch_${chars(r, DIG, 8)}","metadata":{"${key}":"`).pii(type, value(r)).t('"}}');
    case 1:
      return l.t(`{"customer":{"name":"x","${key}": "`).pii(type, value(r)).t('"},"livemode":true}');
    case 2:
      return l.t(`${key}=`).pii(type, value(r)).t(` status=verified`);
    default:
      // The same values under a key of another number are left alone.
      return l.t(`{"metadata":{"${pick(r, OTHER_KEYS)}":"`).neg('other-id', value(r)).t('"}}');
  }
}

// ---- 5. Passwords after a bare label -----------------------------------------------------------

/**
 * A generated password of RFC 3986 unreserved characters (letters of both cases, `.`, `~`, `-`, `_`;
 * digits in half of them), ten to eighteen characters, no mark first or last or two together.
 */
export function unreservedPassword(r: R): string {
  const letters = UPPER + LOWER;
  const alphabet = r() < 0.5 ? letters : letters + DIG;
  for (;;) {
    let s = chars(r, letters, 1);
    const n = int(r, 10, 18);
    while (s.length < n - 1) s += r() < 0.2 && !/[.~_-]$/.test(s) ? pick(r, ['.', '~', '-', '_']) : chars(r, alphabet, 1);
    s += chars(r, letters, 1);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && (s.match(/[.~_-]/g) ?? []).length >= 2) return s;
  }
}

/** Words, commands and placeholders after a password's label. */
const NOT_PASSWORDS = [
  'reset', 'changed', 'expired', 'Same-As-Before', 'Get-Credential', 'System.Security.Cryptography', 'Your-Password-Here', '<your-password>', 'YOUR_PASSWORD', '${DB_PASS}', 'README.md',
  'New-LocalUser', 'is in the vault', 'see the wiki', '-l alice', 'Ask_The_Admin', 'Microsoft.PowerShell.Security', 'os.getenv', 'self.password', 'user-name', 'Welcome.Back',
  'My_Document.Backup', 'Old-Laptop_Setup', 'QuickStart.Guide-Eng', 'user.Name_field', 'Hash-Function.Default', 'getElementById.Value', 'DEFAULT_ADMIN.Password',
];

function pw(r: R): Line {
  const l = new Line('pw-label');
  const label = pick(r, ['pw', 'pwd', 'passwd', 'PW', 'Pw']);
  const head = pick(r, ['', 'wifi ', 'the guest ', 'ok, ', 'new ']);
  if (r() < 0.35) return l.t(`${head}${label} `).neg('word', pick(r, NOT_PASSWORDS)).t(pick(r, ['', ' thanks', '.']));
  return l.t(`${head}${label} `).pii('password', unreservedPassword(r)).t(pick(r, ['', ' thanks', ' (case-sensitive)', '\n']));
}

/** Lines of every class for one seed (`perClass` of each; the chat class per region). */
export function set9r3TuningSet(seed: number, perClass = 120): LogLine[] {
  const r = rng(seed);
  const out: LogLine[] = [];
  for (const gen of [slip, macRecord, kyc, pw]) for (let i = 0; i < perClass; i++) out.push(gen(r).done());
  for (const region of CHAT_REGIONS) for (let i = 0; i < Math.ceil(perClass / 8); i++) out.push(chat(r, region).done());
  return out;
}
