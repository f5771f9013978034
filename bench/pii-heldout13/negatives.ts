// Set 13's hard negatives: values that look like personal data or secrets and are not, each with its
// kind. Identifiers of goods, securities, banks, vessels, software and chemistry carry their real check
// digits; numbers, times and quantities are written in many locales. A negative made mostly of digits
// is redrawn while it reads as a valid phone number of the regions of the file being written.
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gs1Digit, ibanCheck, luhnDigit, luhnValid, mod97 } from '../pii-heldout/checksums.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { scope13 } from './regions.js';

const z2 = (n: number) => String(n).padStart(2, '0');

const N = (kind: string, form: string, draw: () => string): Piece => neg(kind, form, draw());

/** True when the text has few digits or reads as no valid phone of the current file's regions. */
const phoneFree = (text: string): boolean => text.replace(/\D/g, '').length < 6 || noPhoneIn10(text, scope13.current);

// ---- check-digit helpers of the look-alike identifiers ----
const alnumValue = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
function isinDigit(body11: string): string {
  const expanded = [...body11].map((c) => String(alnumValue(c))).join('');
  return luhnDigit(expanded);
}
function cusipDigit(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    let v = alnumValue(body8[i]!);
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return String((10 - (sum % 10)) % 10);
}
function sedolDigit(body6: string): string {
  const w = [1, 3, 1, 7, 3, 9];
  const sum = [...body6].reduce((a, c, i) => a + alnumValue(c) * w[i]!, 0);
  return String((10 - (sum % 10)) % 10);
}
const VIN_VAL: Record<string, number> = Object.fromEntries([...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!]));
function vinCheck(vin: string): string {
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = [...vin].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : VIN_VAL[c]!) * w[i]!, 0);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}
function containerDigit(body10: string): string {
  const val = (c: string) => (/\d/.test(c) ? Number(c) : [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38][c.charCodeAt(0) - 65]!);
  const sum = [...body10].reduce((a, c, i) => a + val(c) * 2 ** i, 0);
  return String((sum % 11) % 10);
}
const casDigit = (digits: string) => String([...digits].reverse().reduce((a, c, i) => a + Number(c) * (i + 1), 0) % 10);

// ---- the kinds ----
const timestamp = (rng: Rng): Piece => {
  const y = 2026, m = rng.int(1, 12), d = rng.int(1, 28), h = rng.int(0, 23), mi = rng.int(0, 59), s = rng.int(0, 59);
  const date = new Date(Date.UTC(y, m - 1, d, h, mi, s));
  const form = rng.pick(['iso', 'rfc2822', 'de', 'fr', 'en-US', 'ja', 'ko', 'ru', 'compact', 'apache'] as const);
  const txt: Record<typeof form, () => string> = {
    iso: () => date.toISOString().replace('.000', ''),
    rfc2822: () => date.toUTCString().replace('GMT', '+0000'),
    de: () => `${z2(d)}.${z2(m)}.${y} ${z2(h)}:${z2(mi)}`,
    fr: () => `${d} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} ${y} à ${h} h ${z2(mi)}`,
    'en-US': () => `${m}/${d}/${y} ${((h + 11) % 12) + 1}:${z2(mi)} ${h < 12 ? 'AM' : 'PM'}`,
    ja: () => `${y}年${m}月${d}日 ${h}時${mi}分`,
    ko: () => `${y}. ${m}. ${d}. ${h < 12 ? '오전' : '오후'} ${((h + 11) % 12) + 1}:${z2(mi)}`,
    ru: () => `${z2(d)}.${z2(m)}.${y}, ${z2(h)}:${z2(mi)}:${z2(s)}`,
    compact: () => `${y}${z2(m)}${z2(d)}${z2(h)}${z2(mi)}${z2(s)}`,
    apache: () => `${z2(d)}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}/${y}:${z2(h)}:${z2(mi)}:${z2(s)} +0000`,
  };
  return N('timestamp', form, txt[form]);
};

const price = (rng: Rng): Piece => {
  const whole = rng.int(1, 48000);
  const cents = z2(rng.int(0, 99));
  const grouped = (sep: string) => String(whole).replace(/\B(?=(\d{3})+$)/g, sep);
  const form = rng.pick(['en', 'de', 'fr', 'ch', 'jp', 'in'] as const);
  const t = { en: () => `$${grouped(',')}.${cents}`, de: () => `${grouped('.')},${cents} €`, fr: () => `${grouped('\u202f')},${cents} €`, ch: () => `CHF ${grouped('\'')}.${cents}`, jp: () => `¥${grouped(',')}`, in: () => `₹${grouped(',')}.${cents}` }[form];
  return N('price', form, t);
};

export const NEG13: Record<string, (rng: Rng) => Piece> = {
  imei: (r) => N('imei', 'bare', () => { const b = r.pick(['35', '86', '01']) + r.digits(12); return b + luhnDigit(b); }),
  iccid: (r) => N('iccid', 'bare', () => { const b = '89' + r.pick(['49', '44', '33', '34', '39', '01']) + r.digits(14); return b + luhnDigit(b); }),
  'gtin-13': (r) => N('gtin-13', 'ean', () => { const b = r.pick(['400', '590', '871', '803', '750', '690']) + r.digits(9); return b + gs1Digit(b); }),
  sscc: (r) => N('sscc', 'ai00', () => { const b = String(r.int(0, 9)) + r.pick(['4012345', '5901234', '8712345']) + r.digits(9); return `(00) ${b}${gs1Digit(b)}`; }),
  gln: (r) => N('gln', 'bare', () => { const b = r.pick(['4399901', '5790000', '7612345']) + r.digits(5); return b + gs1Digit(b); }),
  'isbn-13': (r) => N('isbn-13', 'hyphenated', () => { const b = `978${r.int(0, 3)}${r.digits(8)}`; const c = gs1Digit(b); return `${b.slice(0, 3)}-${b[3]}-${b.slice(4, 8)}-${b.slice(8)}-${c}`; }),
  isin: (r) => neg('isin', 'iso6166', ((b) => b + isinDigit(b))(r.pick(['US', 'DE', 'FR', 'GB', 'CH', 'JP']) + r.chars(UPPER + DIGITS, 9))),
  cusip: (r) => neg('cusip', 'bare', ((b) => b + cusipDigit(b))(r.digits(3) + r.chars(UPPER + DIGITS, 5))),
  sedol: (r) => neg('sedol', 'bare', ((b) => b + sedolDigit(b))(r.chars('BCDFGHJKLMNPQRSTVWXYZ', 1) + r.chars('BCDFGHJKLMNPQRSTVWXYZ0123456789', 5))),
  lei: (r) => neg('lei', 'iso17442', ((b) => b + String(98 - mod97(b + '00')).padStart(2, '0'))(r.pick(['5299', '5493', '7245', '2138']) + '00' + r.chars(UPPER + DIGITS, 12))),
  'aba-routing': (r) => N('aba-routing', 'bare', () => { const b = r.pick(['02', '07', '11', '12', '26', '32']) + r.digits(6); const w = [3, 7, 1, 3, 7, 1, 3, 7]; const s = [...b].reduce((a, c, i) => a + Number(c) * w[i]!, 0); return b + ((10 - (s % 10)) % 10); }),
  bic: (r) => neg('bic', r.chance(0.5) ? 'bic8' : 'bic11', r.chars(UPPER, 4) + r.pick(['DE', 'FR', 'NL', 'GB', 'IT', 'CH', 'SG', 'AE']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.5) ? '' : r.chars(UPPER + DIGITS, 3))),
  vin: (r) => { const a = r.pick(['1HG', 'WVW', 'WBA', 'JTD', 'KMH', 'VF1', 'ZFA', 'SAL', 'YV1']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 5); const b = r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 2) + r.digits(6); const w = a + '0' + b; return neg('vin', 'iso3779', a + vinCheck(w) + b); },
  container: (r) => { const b = r.pick(['MSC', 'MAE', 'CMA', 'HLX', 'OOL', 'TGH', 'EMC']) + 'U' + r.digits(6); return neg('container', r.chance(0.5) ? 'compact' : 'spaced', ((t) => (r.chance(0.5) ? t : `${t.slice(0, 4)} ${t.slice(4, 10)} ${t[10]}`))(b + containerDigit(b))); },
  'imo-number': (r) => neg('imo-number', 'imo', ((d) => `IMO ${d}${[...d].reduce((a, c, i) => a + Number(c) * (7 - i), 0) % 10}`)(String(r.int(90, 98)) + r.digits(4))),
  mmsi: (r) => N('mmsi', 'bare', () => r.pick(['211', '244', '538', '636', '477', '257', '311']) + r.digits(6)),
  'un-number': (r) => neg('un-number', 'un', `UN ${r.pick(['1203', '1202', '1830', '2794', '3480', '3481', '1950', '1263'])}`),
  'hs-code': (r) => N('hs-code', 'dotted', () => `${r.int(1, 97).toString().padStart(2, '0')}${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`),
  'invoice-number': (r) => N('invoice-number', 'prefixed', () => `${r.pick(['INV', 'RE', 'FAC', 'FT', 'RG'])}-${2026}-${r.digits(6)}`),
  'po-number': (r) => N('po-number', 'prefixed', () => `PO${r.digits(8)}`),
  version: (r) => neg('version', 'semver', `${r.int(0, 14)}.${r.int(0, 40)}.${r.int(0, 30)}${r.chance(0.3) ? r.pick(['-rc.1', '-beta.3', '+build.7']) : ''}`),
  'version-4part': (r) => neg('version-4part', 'four-part', `${r.int(1, 16)}.${r.int(0, 9)}.${r.int(1000, 26100)}.${r.int(1, 6000)}`),
  'build-number': (r) => neg('build-number', 'ci', `#${r.int(100, 98000)}`),
  'semver-range': (r) => neg('semver-range', 'npm', `${r.pick(['^', '~', '>='])}${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`),
  timestamp,
  'epoch-seconds': (r) => N('epoch-seconds', 'seconds', () => String(r.int(1790000000, 1799999999))),
  'epoch-millis': (r) => N('epoch-millis', 'millis', () => String(r.int(1790000000, 1799999999)) + r.digits(3)),
  duration: (r) => neg('duration', 'mixed', r.pick([`PT${r.int(1, 9)}H${r.int(1, 59)}M`, `${r.int(0, 23)}h ${r.int(0, 59)}m ${r.int(0, 59)}s`, `00:${z2(r.int(0, 59))}:${z2(r.int(0, 59))}.${r.int(0, 9)}`, `${r.int(12, 9000)} ms`])),
  coordinates: (r) => neg('coordinates', 'decimal', `${(r.int(-60000, 70000) / 1000).toFixed(4)}, ${(r.int(-170000, 170000) / 1000).toFixed(4)}`),
  measurement: (r) => neg('measurement', 'unit', r.pick([`${r.int(1, 28)} ${r.digits(3)} kg`, `${r.int(35, 41)}.${r.int(0, 9)} °C`, `${r.int(1, 900)}.${r.int(0, 9)} mm`, `${r.int(10, 990)} ml`, `${r.int(1, 40)}.${r.int(0, 99)} TEU`])),
  price,
  percentage: (r) => neg('percentage', r.chance(0.5) ? 'dot' : 'comma', r.chance(0.5) ? `${r.int(0, 99)}.${r.int(0, 9)}%` : `${r.int(0, 99)},${r.int(0, 9)} %`),
  'decimal-amount': (r) => neg('decimal-amount', 'comma', `${r.int(1, 999)},${z2(r.int(0, 99))}`),
  range: (r) => neg('range', 'en-dash', `${r.int(1, 400)}–${r.int(401, 900)}`),
  arithmetic: (r) => { const a = r.int(12, 999), b = r.int(12, 999); return neg('arithmetic', 'sum', `${a} + ${b} = ${a + b}`); },
  uuid: (r) => neg('uuid', 'v4', `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`),
  'git-sha': (r) => neg('git-sha', r.chance(0.5) ? 'full' : 'short', r.chars(HEX, r.chance(0.5) ? 40 : r.int(7, 12))),
  sha256: (r) => neg('sha256', 'hex', r.chars(HEX, 64)),
  md5: (r) => neg('md5', 'hex', r.chars(HEX, 32)),
  'docker-digest': (r) => neg('docker-digest', 'sha256', `sha256:${r.chars(HEX, 64)}`),
  'certificate-pem': (r) => neg('certificate-pem', 'x509', `-----BEGIN CERTIFICATE-----\nMIID${r.chars(ALNUM + '+/', 60)}\n${Array.from({ length: r.int(3, 6) }, () => r.chars(ALNUM + '+/', 64)).join('\n')}\n-----END CERTIFICATE-----`),
  'ssh-public-key': (r) => neg('ssh-public-key', 'ed25519', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(ALNUM + '+/', 43)}`),
  'base64-image': (r) => neg('base64-image', 'data-uri', `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.chars(ALNUM + '+/', r.int(40, 90))}==`),
  oid: (r) => neg('oid', 'dotted', r.pick(['1.2.840.113549.1.1.11', '1.3.6.1.5.5.7.3.2', '1.3.6.1.5.5.7.3.1', '1.2.840.10045.4.3.2', `1.3.6.1.4.1.${r.int(1000, 60000)}.${r.int(1, 9)}.${r.int(1, 99)}`])),
  'snmp-oid': (r) => neg('snmp-oid', 'mib', `.1.3.6.1.2.1.${r.pick(['2.2.1.10', '2.2.1.16', '31.1.1.1.6', '1.3.0'])}.${r.int(1, 48)}`),
  'port-list': (r) => neg('port-list', 'comma', `${r.pick(['22', '80', '443'])},${r.pick(['8080', '8443', '9090'])},${r.int(30000, 31000)}-${r.int(31001, 32767)}`),
  'cve-id': (r) => neg('cve-id', 'cve', `CVE-${r.int(2019, 2026)}-${r.int(1000, 52000)}`),
  'kb-article': (r) => neg('kb-article', 'kb', `KB${r.int(5000000, 5049999)}`),
  asn: (r) => neg('asn', 'as', `AS${r.pick([13335, 15169, 16509, 3320, 8075, 32934, 20940, 24940])}`),
  'flight-number': (r) => neg('flight-number', 'iata', `${r.pick(['LH', 'BA', 'IB', 'AZ', 'TK', 'KL', 'LX'])} ${r.int(1, 2999)}`),
  'icd10-code': (r) => neg('icd10-code', 'icd10', r.pick(['J45.909', 'E11.9', 'K02.52', 'H52.13', 'M54.5', 'Z00.00', 'I10', 'K08.101'])),
  'ndc-code': (r) => N('ndc-code', '5-4-2', () => `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`),
  'cas-number': (r) => { const d = String(r.int(50, 99999)) + r.digits(2); return neg('cas-number', 'cas', `${d.slice(0, -2)}-${d.slice(-2)}-${casDigit(d)}`); },
  doi: (r) => neg('doi', 'doi', `10.${r.int(1000, 9999)}/${r.pick(['s41586', 'j.cell', 'nejmoa'])}-${r.int(2019, 2026)}-${r.digits(5)}`),
  'hex-error': (r) => neg('hex-error', 'hresult', `0x${r.pick(['8007', '8004', 'C000', '8024'])}${r.chars(HEX.toUpperCase(), 4)}`),
  'employer-ein': (r) => neg('employer-ein', 'dashed', `${r.pick(['12', '20', '27', '31', '45', '46', '81', '84', '94'])}-${r.digits(7)}`),
  'creditor-id': (r) => { const nat = r.digits(11); return neg('creditor-id', 'sepa', `DE${ibanCheck('DE', nat)}ZZZ${nat}`); },
  'bad-iban': (r) => { const [c, len] = r.pick([['DE', 18], ['ES', 20], ['PL', 24], ['PT', 21], ['AT', 16], ['BE', 12]] as const); const b = r.digits(len); const good = ibanCheck(c, b); const bad = z2((Number(good) + r.int(1, 40)) % 97 || 2); return neg('bad-iban', 'mod97-fail', `${c}${bad === good ? z2((Number(good) + 1) % 100) : bad}${b}`); },
  'bad-card': (r) => N('bad-card', 'luhn-fail', () => { const b = '4' + r.digits(14); const good = Number(luhnDigit(b)); const t = b + ((good + r.int(1, 9)) % 10); return luhnValid(t) ? b + ((good + 1) % 10) : t; }),
  'placeholder-secret': (r) => neg('placeholder-secret', 'placeholder', r.pick(['<your-api-token>', 'changeme', 'xxxxxxxxxxxxxxxx', '${DB_PASSWORD}', 'REPLACE_ME', '********', '<redacted>', 'your_secret_here'])),
};

export const NEGATIVE_KINDS13 = Object.keys(NEG13);

// Device and vessel ids a person can be traced by (a phone's IMEI, a SIM's ICCID, a boat's MMSI) are
// arguably personal data: written in the documents but scored neither as gold nor as hard negatives.
const ARGUABLE = new Set(['imei', 'iccid', 'mmsi']);

/** A hard negative of `kind` (unlabelled text for the arguable kinds). */
export function negative13(rng: Rng, kind: string): Piece {
  let p = NEG13[kind]!(rng);
  for (let i = 0; i < 40 && !phoneFree(p.text); i++) p = NEG13[kind]!(rng);
  if (!phoneFree(p.text)) throw new Error(`no phone-free ${kind} in ${scope13.current.join(' ')}`);
  return ARGUABLE.has(kind) ? { text: p.text, form: p.form } : p;
}
