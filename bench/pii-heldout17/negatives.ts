// Set 17's hard negatives: values that look like personal data or secrets and are not, each with
// its kind. Check digits are computed where the format has one (GS1, ISIN, CUSIP, SEDOL, LEI, ABA,
// VIN, ISO 6346, IMO, PZN, UPU S10). Every negative with six digits or more is redrawn while it reads
// as a valid phone number of the regions of the file being written (scope17).
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, UPPER } from '../pii-heldout/prng.js';
import { gs1Digit, ibanValid, luhnDigit, luhnValid, mod97 } from '../pii-heldout/checksums.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { scope17 } from './regions.js';
import { cardDigits, grouped, ibanCompact } from './values.js';

/** A negative of `kind`, redrawn while it reads as a phone number of the current file's regions. */
function draw(kind: string, form: string, make: () => string): Piece {
  for (let i = 0; i < 200; i++) {
    const text = make();
    if ((text.match(/\d/g) ?? []).length < 6 || noPhoneIn10(text, scope17.current)) return neg(kind, form, text);
  }
  throw new Error(`no ${kind} that reads as no phone of ${scope17.current.join(' ')}`);
}

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MOIS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const alnumValue = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

export const gtin13 = (r: Rng) => draw('gtin-13', 'ean13', () => { const b = r.pick(['400', '590', '800', '871', '760', '30']) ; const body = b + r.digits(12 - b.length); return body + gs1Digit(body); });
export const gtin14 = (r: Rng) => draw('gtin-14', 'case', () => { const body = String(r.int(1, 8)) + r.digits(12); return body + gs1Digit(body); });
export const sscc = (r: Rng) => draw('sscc', 'ai00', () => { const body = String(r.int(0, 9)) + r.pick(['4012345', '5901234', '8712345', '0614141']) + r.digits(9); return `(00) ${body}${gs1Digit(body)}`; });
export const gln = (r: Rng) => draw('gln', 'plain', () => { const body = r.pick(['40', '54', '87', '50']) + r.digits(10); return body + gs1Digit(body); });
export const isbn13 = (r: Rng) => draw('isbn-13', 'hyphenated', () => { const body = '978' + r.digits(9); const d = body + gs1Digit(body); return `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}`; });

export const isin = (r: Rng) => draw('isin', 'plain', () => {
  const body = r.pick(['US', 'DE', 'GB', 'FR', 'NL', 'IE']) + r.chars(UPPER + DIGITS, 3) + r.digits(6);
  return body + luhnDigit([...body].map((c) => String(alnumValue(c))).join(''));
});
export const cusip = (r: Rng) => draw('cusip', 'plain', () => {
  const body = r.digits(6) + r.chars(UPPER + DIGITS, 2);
  let sum = 0;
  [...body].forEach((c, i) => { const v = alnumValue(c) * (i % 2 === 1 ? 2 : 1); sum += Math.floor(v / 10) + (v % 10); });
  return body + ((10 - (sum % 10)) % 10);
});
export const sedol = (r: Rng) => draw('sedol', 'plain', () => {
  const body = r.digits(1) + r.chars('BCDFGHJKLMNPQRSTVWXYZ0123456789', 5);
  const W = [1, 3, 1, 7, 3, 9];
  const s = [...body].reduce((a, c, i) => a + alnumValue(c) * W[i]!, 0);
  return body + ((10 - (s % 10)) % 10);
});
export const lei = (r: Rng) => draw('lei', 'plain', () => { const b = r.pick(['5299', '2138', '5493', '9695', '8156']) + '00' + r.chars(UPPER + DIGITS, 12); return b + z(98 - mod97(b + '00')); });
export const aba = (r: Rng) => draw('aba-routing', 'plain', () => {
  const d = [...(z(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])) + r.digits(6))].map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return d.join('') + ((10 - (s % 10)) % 10);
});
export const bic = (r: Rng) => neg('bic', 'bic', r.pick(['DEUT', 'COBA', 'BNPA', 'INGB', 'RABO', 'UBSW', 'BARC', 'CITI', 'BBVA', 'UNCR', 'NDEA', 'HSBC']) + r.pick(['DE', 'FR', 'NL', 'CH', 'GB', 'US', 'ES', 'IT', 'FI']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.5) ? r.chars(UPPER, 3) : ''));

const VIN_VAL: Record<string, number> = Object.fromEntries([...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][[...'ABCDEFGHJKLMNPRSTUVWXYZ'].indexOf(c)]!]));
/** A VIN of a fleet vehicle (pool cars, trucks, rental stock): the check digit in position 9. */
export const fleetVin = (r: Rng) => draw('fleet-vin', 'iso3779', () => {
  const chars = r.pick(['WVW', 'WBA', 'VF1', 'YV1', 'TMB', '1FT', 'JTD', 'SAL', 'W1V', 'VF7']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 5) + '0' + r.pick([...'PRST']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 1) + r.digits(6);
  const W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const s = [...chars].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : VIN_VAL[c]!) * W[i]!, 0) % 11;
  return chars.slice(0, 8) + (s === 10 ? 'X' : String(s)) + chars.slice(9);
});

const CONTAINER_VAL = (() => {
  const m: Record<string, number> = {};
  let v = 10;
  for (const c of UPPER) { if (v % 11 === 0) v++; m[c] = v++; }
  return m;
})();
export const container = (r: Rng) => draw('iso6346-container', 'bic-code', () => {
  const body = r.pick(['MSC', 'MAE', 'CMA', 'HLX', 'OOL', 'TGH', 'EVR']) + 'U' + r.digits(6);
  const s = [...body].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : CONTAINER_VAL[c]!) * 2 ** i, 0);
  return `${body.slice(0, 4)} ${body.slice(4)} ${(s % 11) % 10}`;
});
export const imo = (r: Rng) => draw('imo-number', 'imo', () => { const d = r.number(6); const c = [...d].reduce((a, x, i) => a + Number(x) * (7 - i), 0) % 10; return `IMO ${d}${c}`; });
export const upuTracking = (r: Rng) => draw('tracking-number', 'upu-s10', () => {
  const d = r.digits(8);
  const W = [8, 6, 4, 2, 3, 5, 9, 7];
  const c = 11 - ([...d].reduce((a, x, i) => a + Number(x) * W[i]!, 0) % 11);
  return `${r.pick(['RR', 'CP', 'EE', 'LX'])}${d}${c === 10 ? 0 : c === 11 ? 5 : c}${r.pick(['DE', 'PL', 'GB', 'NL', 'FR'])}`;
});
export const upsTracking = (r: Rng) => neg('tracking-number', 'ups', `1Z${r.chars(UPPER + DIGITS, 6)}${r.pick(['01', '02', '03', '42'])}${r.digits(8)}`);
export const pzn = (r: Rng) => draw('pzn', 'pzn', () => {
  for (;;) {
    const d = r.digits(7);
    const c = [...d].reduce((a, x, i) => a + Number(x) * (i + 1), 0) % 11;
    if (c < 10) return `PZN-${d}${c}`;
  }
});
export const ndc = (r: Rng) => draw('ndc-code', '5-4-2', () => `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`);
export const hsCode = (r: Rng) => draw('hs-code', 'dotted', () => `${r.pick(['8471', '8517', '6204', '3004', '8708', '9403'])}.${r.digits(2)}.${r.digits(2)}`);
export const unNumber = (r: Rng) => neg('un-number', 'un', `UN ${r.pick(['1203', '1202', '1993', '3480', '3481', '1830', '2794'])}`);
export const orderId = (r: Rng) => draw('order-id', r.pick(['po', 'so']), () => `${r.pick(['PO', 'SO', 'ORD'])}-${r.int(2024, 2026)}-${r.digits(6)}`);
export const invoiceNo = (r: Rng) => draw('invoice-number', 'prefixed', () => `${r.pick(['INV', 'RE', 'FA', 'FV'])}/${r.int(2025, 2026)}/${z(r.int(1, 12))}/${r.digits(5)}`);
export const ticketKey = (r: Rng) => neg('ticket-key', 'jira', `${r.pick(['OPS', 'INFRA', 'HR', 'LEGAL', 'FLEET', 'PAY'])}-${r.int(10, 9999)}`);
export const cve = (r: Rng) => neg('cve-id', 'cve', `CVE-${r.int(2019, 2026)}-${r.int(1000, 52999)}`);
export const semver = (r: Rng) => neg('version', 'semver', `${r.int(0, 17)}.${r.int(0, 40)}.${r.int(0, 30)}${r.chance(0.2) ? `-rc.${r.int(1, 5)}` : ''}`);
export const version4 = (r: Rng) => draw('version-four-part', 'dotted4', () => `${r.int(1, 16)}.${r.int(0, 9)}.${r.int(1000, 9999)}.${r.int(0, 999)}`);
export const buildNo = (r: Rng) => neg('build-number', r.pick(['hash', 'plain']), r.chance(0.5) ? `#${r.int(100, 99999)}` : `build.${r.int(1000, 9999)}`);

export function timestamp(r: Rng, form: 'iso' | 'de' | 'fr' | 'us' | 'jp' | 'rfc2822' | 'apache' | 'sql' = 'iso'): Piece {
  return draw('timestamp', form, () => {
    const [y, mo, d, h, mi, s] = [2026, r.int(1, 12), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)];
    switch (form) {
      case 'iso': return `${y}-${z(mo)}-${z(d)}T${z(h)}:${z(mi)}:${z(s)}${r.chance(0.5) ? 'Z' : `.${r.digits(3)}+01:00`}`;
      case 'de': return `${z(d)}.${z(mo)}.${y} ${z(h)}:${z(mi)}`;
      case 'fr': return `${d} ${MOIS[mo - 1]} ${y} à ${h}h${z(mi)}`;
      case 'us': return `${z(mo)}/${z(d)}/${y} ${h % 12 || 12}:${z(mi)} ${h < 12 ? 'AM' : 'PM'}`;
      case 'jp': return `${y}年${mo}月${d}日 ${h}時${z(mi)}分`;
      case 'rfc2822': return `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][r.int(0, 4)]}, ${z(d)} ${MON[mo - 1]} ${y} ${z(h)}:${z(mi)}:${z(s)} +0000`;
      case 'apache': return `${z(d)}/${MON[mo - 1]}/${y}:${z(h)}:${z(mi)}:${z(s)} +0000`;
      case 'sql': return `${y}-${z(mo)}-${z(d)} ${z(h)}:${z(mi)}:${z(s)}.${r.digits(2)}`;
    }
  });
}
export const epoch = (r: Rng, ms = false) => draw(ms ? 'epoch-ms' : 'epoch-seconds', ms ? 'ms' : 's', () => String(1767225600 + r.int(0, 31535999)) + (ms ? r.digits(3) : ''));
export const duration = (r: Rng) => neg('duration', r.pick(['ms', 'hms']), r.chance(0.5) ? `${r.int(1, 9999)}ms` : `${z(r.int(0, 9))}:${z(r.int(0, 59))}:${z(r.int(0, 59))}`);
export const coordinates = (r: Rng) => neg('coordinates', 'decimal', `${r.int(-60, 70)}.${r.digits(5)}, ${r.int(-170, 170)}.${r.digits(5)}`);
export const measurement = (r: Rng) => neg('measurement', 'unit', r.pick([`${r.int(1, 999)}.${r.int(0, 9)} kg`, `${r.int(100, 9999)} mm`, `${r.int(1, 120)} km`, `${r.int(1, 40)}.${r.int(0, 9)} °C`, `${r.int(50, 2000)} ml`]));
export const price = (r: Rng, style: 'en' | 'de' | 'fr' = 'en') => neg('price', style, style === 'en' ? `$${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}` : style === 'de' ? `${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} €` : `${r.int(1, 9)}\u202f${r.digits(3)},${r.digits(2)} €`);
export const amount = (r: Rng, decimalComma = false) => neg('amount', decimalComma ? 'comma' : 'point', `${r.int(1, 4999)}${decimalComma ? ',' : '.'}${r.digits(2)}`);
export const percentage = (r: Rng) => neg('percentage', 'pct', `${r.int(0, 99)}.${r.int(0, 9)} %`);
export const range = (r: Rng) => neg('range', 'dash', `${r.int(1, 50)}–${r.int(51, 400)} ${r.pick(['mg', 'mm', 'days', 'EUR'])}`);
export const arithmetic = (r: Rng) => { const [a, b] = [r.int(12, 999), r.int(2, 99)]; return neg('arithmetic', 'expression', `${a} × ${b} = ${a * b}`); };
export const uuid = (r: Rng) => neg('uuid', 'v4', `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick([...'89ab'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`);
export const gitSha = (r: Rng, short = false) => neg('git-sha', short ? 'short' : 'full', r.chars(HEX, short ? 7 : 40));
export const sha256 = (r: Rng) => neg('sha256', 'hex', r.chars(HEX, 64));
export const traceId = (r: Rng) => neg('trace-id', 'w3c', r.chars(HEX, 32));
export const dockerDigest = (r: Rng) => neg('docker-digest', 'sha256', `sha256:${r.chars(HEX, 64)}`);
export const oid = (r: Rng) => neg('oid', 'asn1', r.pick(['1.2.840.113549.1.1.11', '2.5.4.3', '1.3.6.1.5.5.7.3.1', '2.16.840.1.101.3.4.2.1', '1.2.840.10045.4.3.2']));
export const snmpOid = (r: Rng) => neg('snmp-oid', 'numeric', `1.3.6.1.${r.pick(['2.1.1.3.0', '2.1.2.2.1.10', '4.1.9.9.109.1.1.1.1.8', '4.1.2021.10.1.3.1'])}`);
export const portList = (r: Rng) => neg('port-list', 'csv', [22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9090, 9200].filter(() => r.chance(0.5)).concat([443]).join(','));
export const hexError = (r: Rng) => neg('error-code', 'hresult', `0x${r.pick(['8007', '8004', 'C000', '8009'])}${r.chars(HEX.toUpperCase(), 4)}`);
export const publicCert = (r: Rng) => neg('public-certificate', 'pem', `-----BEGIN CERTIFICATE-----\nMIID${r.chars(ALNUM + '+/', 60)}\n${r.chars(ALNUM + '+/', 64)}\n${r.chars(ALNUM + '+/', 40)}==\n-----END CERTIFICATE-----`);
export const publicKey = (r: Rng) => neg('public-key', 'pem', `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.chars(ALNUM + '+/', 20)}\n${r.chars(ALNUM + '+/', 64)}\n-----END PUBLIC KEY-----`);
export const base64Image = (r: Rng) => neg('base64-image', 'data-uri', `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.chars(ALNUM + '+/', 80)}=`);
export const badIban = (r: Rng) => draw('bad-iban', 'check-digits', () => {
  for (;;) {
    const good = ibanCompact(r, r.pick(['DE', 'FR', 'IT', 'ES', 'NL', 'AT', 'BE']));
    const bad = good.slice(0, 2) + z((Number(good.slice(2, 4)) + r.int(1, 90)) % 97 + 2) + good.slice(4);
    if (!ibanValid(bad)) return grouped(bad);
  }
});
export const badCard = (r: Rng) => draw('bad-card', 'luhn', () => {
  const [, d] = cardDigits(r, r.pick(['visa', 'mastercard']));
  const bad = d.slice(0, -1) + String((Number(d.at(-1)) + r.int(1, 9)) % 10);
  if (luhnValid(bad)) throw new Error('unreachable');
  return bad.replace(/(\d{4})(?=\d)/g, '$1 ');
});
export const placeholder = (r: Rng) => neg('placeholder-secret', 'placeholder', r.pick(['<your-api-token>', '<REPLACE_ME>', 'xxxxxxxxxxxxxxxxxxxx', '<insert-password-here>', 'YOUR_SECRET_KEY_HERE', '********']));
export const envRef = (r: Rng) => neg('env-reference', r.pick(['shell', 'template']), r.chance(0.5) ? `\${${r.pick(['DB_PASSWORD', 'API_TOKEN', 'SMTP_PASS', 'GITLAB_TOKEN'])}}` : `{{ secrets.${r.pick(['db_password', 'api_token', 'smtp_pass'])} }}`);
export const cidrMask = (r: Rng) => neg('netmask', 'dotted', r.pick(['255.255.255.0', '255.255.0.0', '255.255.255.192', '255.255.248.0']));
export const mimeType = (r: Rng) => neg('mime-type', 'type', r.pick(['application/pdf', 'text/csv', 'application/vnd.ms-excel', 'image/jpeg']));
export const httpStatus = (r: Rng) => neg('http-status', 'code', String(r.pick([200, 201, 204, 301, 302, 400, 401, 403, 404, 429, 500, 502, 503])));
export const quarter = (r: Rng) => neg('period', r.pick(['quarter', 'week']), r.chance(0.5) ? `Q${r.int(1, 4)} 2026` : `KW ${r.int(1, 52)}/2026`);
export const atc = (r: Rng) => neg('atc-code', 'atc', r.pick(['N02BE01', 'J01CA04', 'C09AA05', 'A10BA02', 'R03AC02', 'M01AE01']));
