// Hard negatives of set 14: values that look like personal data or secrets but are not, each with a
// kind (fifty-two kinds): product and trade identifiers with their check digits (GTIN, SSCC, GLN, ISBN, ISSN,
// ISIN, CUSIP, SEDOL, LEI, ABA routing, BIC, fleet VIN, ISO 6346, IMO), business references, versions,
// timestamps in many locales, epochs, quantities, hashes and digests, OIDs, public certificates,
// failed-checksum IBANs and cards, and unmistakable placeholders. A negative with digits is redrawn
// while it reads as a valid phone number of the regions of the file being written (RegionScope).
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, UPPER } from '../pii-heldout/prng.js';
import { ibanCheck, ibanValid, isbn10Char, gs1Digit, luhnDigit, luhnValid, mod97 } from '../pii-heldout/checksums.js';
import { RegionScope } from '../pii-heldout/region-scope.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';

export const scope14 = new RegionScope(['US']);
export const withRegions14 = <T>(regions: readonly CountryCode[], make: () => T): T => scope14.within(regions, make);
export const currentRegions14 = (): readonly CountryCode[] => scope14.current;

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ALPHA36 = DIGITS + UPPER;
const val36 = (c: string) => ALPHA36.indexOf(c);

function cusip(r: Rng): string {
  const b = r.digits(3) + r.chars(ALPHA36, 5);
  let s = 0;
  for (let i = 0; i < 8; i++) { let v = val36(b[i]!); if (i % 2 === 1) v *= 2; s += Math.floor(v / 10) + (v % 10); }
  return b + ((10 - (s % 10)) % 10);
}
function sedol(r: Rng): string {
  const b = r.chars('0123456789BCDFGHJKLMNPQRSTVWXYZ', 6);
  const w = [1, 3, 1, 7, 3, 9];
  const s = [...b].reduce((a, c, i) => a + val36(c) * w[i]!, 0);
  return b + ((10 - (s % 10)) % 10);
}
function isin(r: Rng): string {
  const b = r.pick(['US', 'DE', 'GB', 'FR', 'CH', 'NL', 'JP']) + r.chars(ALPHA36, 9);
  return b + luhnDigit([...b].map((c) => String(val36(c))).join(''));
}
function lei(r: Rng): string {
  const b = r.chars(ALPHA36, 4) + '00' + r.chars(ALPHA36, 12);
  return b + z(98 - mod97(b + '00'));
}
function aba(r: Rng): string {
  const b = z(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])) + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...b].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return b + ((10 - (s % 10)) % 10);
}
const VIN_T: Record<string, number> = Object.fromEntries([...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][['ABCDEFGH', 'JKLMN', 'P', 'R', 'STUVWXYZ'].join('').indexOf(c)]!]));
function vin(r: Rng): string {
  const a = r.pick(['1FT', 'WDB', 'WVW', 'VF1', 'JTD', '3VW', 'YV1', 'TMB']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 5);
  const tail = r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 1) + r.pick(['R', 'S', 'T']) + r.digits(6);
  const full = a + '0' + tail;
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const s = [...full].reduce((acc, c, i) => acc + (/\d/.test(c) ? Number(c) : VIN_T[c]!) * w[i]!, 0) % 11;
  return a + (s === 10 ? 'X' : String(s)) + tail;
}
const ISO6346 = 'A10 B12 C13 D14 E15 F16 G17 H18 I19 J20 K21 L23 M24 N25 O26 P27 Q28 R29 S30 T31 U32 V34 W35 X36 Y37 Z38'.split(' ').map((p) => [p[0]!, Number(p.slice(1))] as const);
function container(r: Rng): string {
  const b = r.pick(['MSC', 'MAE', 'CMA', 'HLX', 'OOL', 'TGH', 'EGL']) + 'U' + r.digits(6);
  const v = (c: string) => (/\d/.test(c) ? Number(c) : ISO6346.find((x) => x[0] === c)![1]);
  const s = [...b].reduce((a, c, i) => a + v(c) * 2 ** i, 0);
  return `${b.slice(0, 4)} ${b.slice(4)} ${(s % 11) % 10}`;
}
function imo(r: Rng): string {
  const b = String(r.int(9, 9)) + r.digits(5);
  const s = [...b].reduce((a, c, i) => a + Number(c) * (7 - i), 0);
  return `IMO ${b}${s % 10}`;
}
function badIban(r: Rng): string {
  for (;;) {
    const c = r.pick(['DE', 'FR', 'NL', 'AT', 'BE', 'CH']);
    const len: Record<string, number> = { DE: 18, FR: 23, NL: 14, AT: 16, BE: 12, CH: 17 };
    const bban = c === 'NL' ? 'INGB' + r.digits(10) : r.digits(len[c]!);
    const good = ibanCheck(c, bban);
    const s = `${c}${z((Number(good) + r.int(1, 90)) % 97 || 1)}${bban}`;
    if (!ibanValid(s)) return s.replace(/(.{4})/g, '$1 ').trim();
  }
}
function badCard(r: Rng): string {
  for (;;) {
    const d = r.pick(['4', '51', '37', '6011']) + r.digits(14);
    const n = d.slice(0, d.startsWith('37') ? 15 : 16);
    if (!luhnValid(n)) return n.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
}

function stamp(r: Rng): [string, string] {
  const y = 2026, m = r.int(1, 12), d = r.int(1, 28), h = r.int(0, 23), mi = r.int(0, 59), s = r.int(0, 59);
  return r.pick<[string, string]>([
    ['iso', `${y}-${z(m)}-${z(d)}T${z(h)}:${z(mi)}:${z(s)}Z`], ['iso-offset', `${y}-${z(m)}-${z(d)} ${z(h)}:${z(mi)}:${z(s)}.${r.digits(3)}+01:00`],
    ['rfc2822', `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][r.int(0, 4)]}, ${d} ${MONTHS[m - 1]} ${y} ${z(h)}:${z(mi)}:${z(s)} +0000`], ['us', `${m}/${d}/${y} ${(h % 12) + 1}:${z(mi)} ${h < 12 ? 'AM' : 'PM'}`],
    ['de', `${z(d)}.${z(m)}.${y} ${z(h)}:${z(mi)}`], ['fr', `${d} ${['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][m - 1]} ${y} à ${h}h${z(mi)}`],
    ['ja', `${y}年${m}月${d}日 ${h}時${z(mi)}分`], ['clf', `${z(d)}/${MONTHS[m - 1]}/${y}:${z(h)}:${z(mi)}:${z(s)} +0000`], ['syslog', `${MONTHS[m - 1]} ${String(d).padStart(2, ' ')} ${z(h)}:${z(mi)}:${z(s)}`],
    ['compact', `${y}${z(m)}${z(d)}T${z(h)}${z(mi)}${z(s)}Z`],
  ]);
}

const B64 = ALNUM + '+/';
/** Kind → [form, text] builders. */
const KINDS: Record<string, (r: Rng) => [string, string]> = {
  gtin: (r) => { const b = r.pick(['400', '590', '800', '871', '500', '890']) + r.digits(9); return ['ean13', b + gs1Digit(b)]; },
  'gtin-14': (r) => { const b = r.pick(['1', '2', '3']) + r.pick(['400', '871']) + r.digits(9); return ['gtin14', b + gs1Digit(b)]; },
  sscc: (r) => { const b = '3' + r.pick(['400', '590', '871']) + r.digits(13); return ['ai00', `(00) ${b}${gs1Digit(b)}`]; },
  gln: (r) => { const b = r.pick(['400', '871', '590']) + r.digits(9); return ['gln', b + gs1Digit(b)]; },
  isbn: (r) => { const b = r.pick(['978', '979']) + r.digits(9); return r.chance(0.5) ? ['isbn13', `${b.slice(0, 3)}-${b[3]}-${b.slice(4, 8)}-${b.slice(8)}-${gs1Digit(b)}`] : ((x) => ['isbn10', x + isbn10Char(x)] as [string, string])(r.digits(9)); },
  issn: (r) => { const b = r.digits(7); const s = [...b].reduce((a, c, i) => a + Number(c) * (8 - i), 0); const c = (11 - (s % 11)) % 11; return ['issn', `${b.slice(0, 4)}-${b.slice(4)}${c === 10 ? 'X' : c}`]; },
  isin: (r) => ['isin', isin(r)], cusip: (r) => ['cusip', cusip(r)], sedol: (r) => ['sedol', sedol(r)], lei: (r) => ['lei', lei(r)], 'aba-routing': (r) => ['aba', aba(r)],
  bic: (r) => ['bic', r.pick(['DEUT', 'COBA', 'BNPA', 'INGB', 'RABO', 'UBSW', 'BARC', 'NDEA']) + r.pick(['DE', 'FR', 'NL', 'CH', 'GB', 'FI']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.5) ? r.chars(UPPER + DIGITS, 3) : '')],
  'fleet-vin': (r) => ['vin', vin(r)], 'iso6346-container': (r) => ['bic-container', container(r)], 'imo-number': (r) => ['imo', imo(r)],
  'order-id': (r) => ['order', r.pick(['ORD-', 'SO', '#', 'PO-']) + r.int(2026, 2026) + r.digits(r.int(4, 6))], 'invoice-number': (r) => ['invoice', `${r.pick(['INV', 'RE', 'FA', 'FV'])}-2026-${r.digits(5)}`],
  'tracking-number': (r) => r.chance(0.5) ? ['ups', `1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`] : ['dhl', `JJD${r.digits(18)}`],
  version: (r) => ['semver', `${r.int(0, 14)}.${r.int(0, 40)}.${r.int(0, 99)}${r.chance(0.3) ? `-rc.${r.int(1, 5)}` : ''}`], 'version-four-part': (r) => ['four-part', `${r.int(1, 10)}.${r.int(0, 9)}.${r.int(1000, 26100)}.${r.int(1, 9999)}`],
  'build-number': (r) => ['build', `${r.pick(['build ', 'b', '#'])}${r.int(1000, 99999)}`], timestamp: (r) => stamp(r), 'epoch-seconds': (r) => ['s', String(r.int(1780000000, 1799999999))], 'epoch-ms': (r) => ['ms', String(r.int(1780000000, 1799999999)) + r.digits(3)],
  duration: (r) => r.pick<[string, string]>([['hms', `${z(r.int(0, 9))}:${z(r.int(0, 59))}:${z(r.int(0, 59))}`], ['ms', `${r.int(1, 9999)} ms`], ['iso8601', `PT${r.int(1, 23)}H${r.int(1, 59)}M`], ['go', `${r.int(1, 59)}m${r.int(1, 59)}.${r.digits(3)}s`]]),
  coordinates: (r) => ['latlon', `${(r.float() * 140 - 70).toFixed(6)}, ${(r.float() * 340 - 170).toFixed(6)}`], measurement: (r) => r.pick<[string, string]>([['kg', `${r.int(1, 999)},${r.int(0, 9)} kg`], ['mm', `${r.int(100, 2400)} × ${r.int(100, 1200)} mm`], ['bpm', `${r.int(48, 180)} bpm`], ['kwh', `${r.int(1, 99)}.${r.digits(3)} kWh`]]),
  price: (r) => r.pick<[string, string]>([['eur-de', `${r.int(1, 9999)},${r.digits(2)} €`], ['usd', `$${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`], ['chf', `CHF ${r.int(1, 9)}'${r.digits(3)}.${r.digits(2)}`], ['jpy', `¥${r.int(100, 999)},${r.digits(3)}`]]),
  'amount-decimal-comma': (r) => ['de', `${r.int(1, 99)}.${r.digits(3)},${r.digits(2)}`],
  percentage: (r) => ['pct', `${r.int(0, 100)}.${r.int(0, 9)} %`], range: (r) => ['range', `${r.int(1, 500)}–${r.int(501, 9000)}`], arithmetic: (r) => ['expr', `${r.int(10, 999)} * ${r.int(2, 99)} = ${r.int(100, 99999)}`],
  uuid: (r) => ['v4', `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`], 'git-sha': (r) => r.chance(0.5) ? ['full', r.chars(HEX, 40)] : ['short', r.chars(HEX, 7)],
  sha256: (r) => ['hex', r.chars(HEX, 64)], 'docker-digest': (r) => ['sha256', `sha256:${r.chars(HEX, 64)}`], 'public-certificate': (r) => ['pem', `-----BEGIN CERTIFICATE-----\nMIIC${r.chars(B64, 60)}\n${r.chars(B64, 64)}\n-----END CERTIFICATE-----`],
  'ssh-public-key': (r) => ['ed25519', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64, 43)}`], oid: (r) => ['oid', `2.5.4.${r.int(3, 97)}`], 'mib-oid': (r) => ['snmp', `1.3.6.1.${r.pick(['2.1.2.2.1.10', '4.1.9.9.13.1.3.1.3', '2.1.1.3.0', '4.1.2636.3.1.13.1.7'])}.${r.int(1, 48)}`],
  'port-list': (r) => ['ports', `${r.pick([22, 80, 443])},${r.pick([8080, 8443, 9090])},${r.int(10000, 65000)}-${r.int(10000, 65000)}`], 'bad-iban': (r) => ['mod97-fails', badIban(r)], 'bad-card': (r) => ['luhn-fails', badCard(r)],
  'placeholder-secret': (r) => ['placeholder', r.pick(['<your-api-key>', '${API_TOKEN}', 'xxxxxxxxxxxxxxxx', '<redacted>', '{{ secrets.DEPLOY_KEY }}', 'YOUR_ACCESS_KEY_HERE'])],
  'hs-code': (r) => ['hs', `${r.digits(4)}.${r.digits(2)}.${r.digits(2)}`], 'cve-id': (r) => ['cve', `CVE-${r.int(2019, 2026)}-${r.int(1000, 49999)}`], 'icd-10': (r) => ['icd10', `${r.pick(['E', 'I', 'J', 'K', 'M', 'S'])}${r.digits(2)}.${r.digits(1)}`],
  'ticket-key': (r) => ['jira', `${r.pick(['OPS', 'SEC', 'HR', 'FIN', 'PLAT'])}-${r.int(1, 9999)}`], 'hex-color': (r) => ['css', `#${r.chars(HEX, 6)}`], asn: (r) => ['asn', `AS${r.int(1000, 65000)}`],
  'flight-number': (r) => ['iata', `${r.pick(['LH', 'AF', 'KL', 'BA', 'TK', 'SK', 'AY'])}${r.int(10, 2999)}`], 'sku': (r) => ['sku', `${r.chars(UPPER, 3)}-${r.digits(4)}-${r.chars(UPPER + DIGITS, 2)}`],
};

export const NEGATIVE_KINDS14 = Object.keys(KINDS);

/** Draws of a kind that read as a phone in every try and were written unlabelled, by kind (for the report). */
export const UNLABELLED14 = new Map<string, number>();

/**
 * A hard negative of `kind`, redrawn while it reads as a phone number of the current regions. When 40
 * draws all read as one (Austrian numbers take many lengths: an epoch can be one), the last draw is
 * written as plain text, neither gold nor negative: a value a phone detector may fairly take.
 */
export function n(rng: Rng, kind: string): Piece {
  const make = KINDS[kind];
  if (!make) throw new Error(`no negative kind ${kind}`);
  let last = '';
  for (let i = 0; i < 40; i++) {
    const [form, text] = make(rng);
    if ((text.match(/\d/g)?.length ?? 0) < 6 || noPhoneIn10(text, currentRegions14())) return neg(kind, form, text);
    last = text;
  }
  UNLABELLED14.set(kind, (UNLABELLED14.get(kind) ?? 0) + 1);
  return { form: 'unlabelled', text: last };
}

/** Several negatives drawn from `kinds` (any by default). */
export const someNegs = (rng: Rng, kinds: readonly string[] = NEGATIVE_KINDS14): Piece => n(rng, rng.pick(kinds));
