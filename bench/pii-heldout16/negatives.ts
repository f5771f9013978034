// Set 16's hard negatives: values that look personal or secret but are not (product, security and
// shipping identifiers with their own check digits, versions, times, amounts, hashes, placeholders,
// failed-checksum IBANs and cards). A value with seven or more digits is redrawn while it reads as a
// valid phone number of any region of the file being written (set 10's `noPhoneIn10`).
import type { CountryCode } from 'libphonenumber-js/max';
import { gs1Digit, ibanCheck, isbn10Char, luhnDigit, mod97 } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { RegionScope } from '../pii-heldout/region-scope.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';

const scope = new RegionScope(['US']);
export const currentRegions = (): readonly CountryCode[] => scope.current;
export const withRegions16 = <T>(regions: readonly CountryCode[], make: () => T): T => scope.within(regions, make);

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const lettersAsDigits = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

function gtin(r: Rng) { const b = r.pick(['40', '50', '73', '80', '84', '87', '90']) + r.digits(10); return b + gs1Digit(b); }
function sscc(r: Rng) { const b = '3' + r.pick(['40', '54', '87']) + r.digits(14); return `(00) ${b}${gs1Digit(b)}`; }
function isin(r: Rng) {
  const body = r.pick(['US', 'DE', 'FR', 'GB', 'NL', 'CH']) + r.chars(UPPER + DIGITS, 9);
  return body + luhnDigit(lettersAsDigits(body));
}
function cusip(r: Rng) {
  const body = r.digits(3) + r.chars(UPPER + DIGITS, 5);
  let sum = 0;
  [...body].forEach((c, i) => { let v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; if (i % 2 === 1) v *= 2; sum += Math.floor(v / 10) + (v % 10); });
  return body + String((10 - (sum % 10)) % 10);
}
function sedol(r: Rng) {
  const body = r.chars('BCDFGHJKLMNPQRSTVWXYZ' + DIGITS, 6);
  const w = [1, 3, 1, 7, 3, 9];
  const s = [...body].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * w[i]!, 0);
  return body + String((10 - (s % 10)) % 10);
}
function lei(r: Rng) { const body = r.chars(UPPER + DIGITS, 4) + '00' + r.chars(UPPER + DIGITS, 12); return body + z(98 - mod97(body + '00')); }
function aba(r: Rng) {
  const e = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']) + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...e].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
  return e + String((10 - (s % 10)) % 10);
}
const VIN_VAL: Record<string, number> = Object.fromEntries([...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!]));
function vin(r: Rng) {
  const alpha = 'ABCDEFGHJKLMNPRSTUVWXYZ' + DIGITS;
  const v = [...(r.pick(['1FT', 'WF0', 'VF7', 'YV1', 'JTD', '3VW']) + r.chars(alpha, 5) + '0' + r.pick([...'RSTV']) + r.chars(alpha, 7))];
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const s = v.reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : VIN_VAL[c]!) * w[i]!, 0) % 11;
  v[8] = s === 10 ? 'X' : String(s);
  return v.join('');
}
function container(r: Rng) {
  const owner = r.pick(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU', 'OOLU']) + r.digits(6);
  const val = (c: string) => { if (/\d/.test(c)) return Number(c); let v = 10; for (let k = 65; k < c.charCodeAt(0); k++) if (++v % 11 === 0) v++; return v; };
  const s = [...owner].reduce((a, c, i) => a + val(c) * 2 ** i, 0);
  return `${owner} ${(s % 11) % 10}`;
}
function imo(r: Rng) { const d = String(r.int(900000, 999999)); const s = [...d].reduce((a, c, i) => a + Number(c) * (7 - i), 0); return `IMO ${d}${s % 10}`; }
function isbn(r: Rng) { return r.chance(0.5) ? (() => { const b = '978' + r.pick(['3', '0', '84', '88']) + r.digits(8); const b12 = b.slice(0, 12); return `${b12.slice(0, 3)}-${b12.slice(3, 4)}-${b12.slice(4, 8)}-${b12.slice(8)}-${gs1Digit(b12)}`; })() : (() => { const b = r.digits(9); return `${b[0]}-${b.slice(1, 4)}-${b.slice(4)}-${isbn10Char(b)}`; })(); }
function badIban(r: Rng) {
  const cc = r.pick(['NL', 'AT', 'CH', 'LU', 'DK', 'LT']);
  const bban = cc === 'NL' ? r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10) : r.digits({ CH: 17, LU: 16, DK: 14 }[cc] ?? 16);
  const good = ibanCheck(cc, bban);
  let wrong = good;
  while (wrong === good) wrong = z(r.int(2, 98));
  return `${cc}${wrong}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}
function badCard(r: Rng) {
  const body = r.pick(['4', '51', '55', '37']) + r.digits(13);
  const d = body.startsWith('37') ? body.slice(0, 14) : body + r.digits(1);
  const good = Number(luhnDigit(d));
  return d + String((good + r.int(1, 9)) % 10);
}
const ts = (r: Rng): [string, string] => {
  const [y, mo, d, h, mi, s] = [r.int(2024, 2027), r.int(1, 12), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)];
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1];
  return r.pick<[string, string]>([
    ['iso', `${y}-${z(mo)}-${z(d)}T${z(h)}:${z(mi)}:${z(s)}Z`], ['iso-ms', `${y}-${z(mo)}-${z(d)} ${z(h)}:${z(mi)}:${z(s)}.${z(r.int(0, 999), 3)}`],
    ['de', `${z(d)}.${z(mo)}.${y} ${z(h)}:${z(mi)}`], ['fr', `${z(d)}/${z(mo)}/${y} à ${z(h)}h${z(mi)}`], ['us', `${mo}/${d}/${y} ${(h % 12) + 1}:${z(mi)} ${h < 12 ? 'AM' : 'PM'}`],
    ['jp', `${y}年${mo}月${d}日 ${h}時${mi}分`], ['rfc2822', `${d} ${MON} ${y} ${z(h)}:${z(mi)}:${z(s)} +0100`], ['syslog', `${MON} ${String(d).padStart(2, ' ')} ${z(h)}:${z(mi)}:${z(s)}`],
  ]);
};

type Maker = (r: Rng) => string | [string, string];
/** kind → maker (a maker returning a pair gives its own form). */
const MAKERS: Record<string, Maker> = {
  gtin, 'upc-a': (r) => { const b = '0' + r.digits(10); return b + gs1Digit(b); }, sscc, gln: (r) => { const b = r.pick(['40', '87', '50']) + r.digits(10); return `GLN ${b}${gs1Digit(b)}`; },
  isin, cusip, sedol, lei, 'aba-routing': aba, bic: (r) => r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'UBSWCHZH80A', 'NDEAFIHH', 'BCITITMM', 'CAIXESBB', 'RABONL2U', 'HANDSESS']),
  'fleet-vin': vin, 'iso6346-container': container, 'imo-number': imo, isbn,
  'order-id': (r) => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `#${r.int(100000, 999999)}`, `SO${r.digits(8)}`]),
  'invoice-id': (r) => r.pick([`INV-${r.int(2025, 2026)}/${z(r.int(1, 9999), 5)}`, `FA${r.int(2025, 2026)}-${r.digits(5)}`, `RE-${r.digits(7)}`]),
  'tracking-number': (r) => r.pick([`1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`, `JD01460${r.digits(13)}`, `${r.chars(UPPER, 2)}${r.digits(9)}GB`]),
  version: (r) => `${r.int(0, 14)}.${r.int(0, 40)}.${r.int(0, 120)}`, 'version-4part': (r) => `${r.int(1, 19)}.${r.int(0, 9)}.${r.int(1000, 29999)}.${r.int(1, 9999)}`,
  'build-number': (r) => r.pick([`build ${r.int(1000, 99999)}`, `#${r.int(100, 9999)}`, `b${r.int(10000, 999999)}`]),
  timestamp: ts, 'epoch-seconds': (r) => String(r.int(1735689600, 1798761600)), 'epoch-ms': (r) => String(r.int(1735689600, 1798761600)) + r.digits(3),
  duration: (r) => r.pick([`${r.int(1, 59)}m${r.int(0, 59)}s`, `${r.int(0, 9)}:${z(r.int(0, 59))}:${z(r.int(0, 59))}`, `${r.int(1, 900)} ms`, `PT${r.int(1, 12)}H${r.int(1, 59)}M`]),
  coordinates: (r) => `${(r.float() * 140 - 70).toFixed(6)}, ${(r.float() * 340 - 170).toFixed(6)}`,
  measurement: (r) => r.pick([`${r.int(1, 250)} kg`, `${(r.float() * 40).toFixed(1)} °C`, `${r.int(20, 240)}×${r.int(20, 180)}×${r.int(5, 120)} cm`, `${(r.float() * 900).toFixed(2)} GiB`, `${r.int(60, 200)}/${r.int(40, 110)} mmHg`]),
  price: (r) => r.pick([`€ ${r.int(1, 9999)},${z(r.int(0, 99))}`, `$${r.int(1, 99)},${z(r.int(0, 999), 3)}.${z(r.int(0, 99))}`, `CHF ${r.int(1, 9999)}.${z(r.int(0, 99))}`, `${r.int(1, 9)} ${z(r.int(0, 999), 3)},${z(r.int(0, 99))} zł`, `¥${r.int(100, 99999)}`]),
  percentage: (r) => `${(r.float() * 100).toFixed(r.int(0, 2))} %`, range: (r) => { const a = r.int(1, 5000); return `${a}–${a + r.int(1, 5000)}`; },
  arithmetic: (r) => { const [a, b] = [r.int(10, 9999), r.int(10, 9999)]; return `${a} + ${b} = ${a + b}`; },
  uuid: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick([...'89ab'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
  'git-sha': (r) => r.chars(HEX, r.pick([7, 8, 12, 40])), sha256: (r) => r.chars(HEX, 64), 'docker-digest': (r) => `sha256:${r.chars(HEX, 64)}`,
  'x509-oid': (r) => r.pick(['2.5.29.17', '1.2.840.113549.1.1.11', '1.3.6.1.5.5.7.3.1', '2.5.4.3', '1.2.840.10045.4.3.2']), 'snmp-oid': (r) => `1.3.6.1.${r.pick(['2.1.2.2.1.10', '4.1.9.9.109.1.1.1', '2.1.1.3.0', '4.1.2636.3.1.13.1.8'])}.${r.int(1, 48)}`,
  'port-list': (r) => Array.from({ length: r.int(2, 5) }, () => r.pick([22, 53, 80, 443, 636, 3306, 5432, 6379, 8080, 8443, 9090, 9200])).join(','),
  'bad-iban': badIban, 'bad-card': badCard,
  'placeholder-secret': (r) => r.pick(['<your-token-here>', 'changeme', 'xxxxxxxxxxxxxxxx', '${DB_PASSWORD}', '{{ vault_secret }}', 'REPLACE_ME', '********']),
  'hs-code': (r) => `${r.int(1000, 9799)}.${z(r.int(10, 99))}`, 'ticket-key': (r) => `${r.pick(['OPS', 'INFRA', 'SEC', 'HELP', 'DEV'])}-${r.int(10, 9999)}`,
  'hex-color': (r) => `#${r.chars(HEX, 6)}`, 'cron-expression': (r) => `${r.int(0, 59)} ${r.int(0, 23)} * * ${r.pick(['*', '1-5', '0'])}`,
  'resource-version': (r) => String(r.int(1000000, 99999999)), asn: (r) => `AS${r.int(1000, 65000)}`, 'pr-number': (r) => `#${r.int(100, 48000)}`,
  'semver-range': (r) => `${r.pick(['^', '~', '>='])}${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`, 'ssh-public-key': (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(ALNUM + '+/', 43)}`,
  date: (r): [string, string] => {
    const [y, m, d] = [r.int(2024, 2027), r.int(1, 12), r.int(1, 28)];
    return r.pick<[string, string]>([['iso', `${y}-${z(m)}-${z(d)}`], ['de', `${z(d)}.${z(m)}.${y}`], ['en', `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`]]);
  }, 'byte-size': (r) => `${r.int(1, 999)}.${r.int(0, 9)} ${r.pick(['KB', 'MB', 'GB', 'MiB'])}`,
  'process-id': (r) => `pid ${r.int(300, 4194303)}`, 'serial-lot': (r) => `LOT ${r.chars(UPPER, 2)}${r.digits(4)}-${r.chars(LOWER + DIGITS, 3).toUpperCase()}`,
};
export const NEGATIVE_KINDS16 = Object.keys(MAKERS);

/** A hard negative of the kind, redrawn while its digits read as a phone of the current regions. */
export function n(rng: Rng, kind: string): Piece {
  const make = MAKERS[kind];
  if (!make) throw new Error(`no negative kind ${kind}`);
  for (let i = 0; i < 200; i++) {
    const v = make(rng);
    const [form, text] = typeof v === 'string' ? [kind, v] : v;
    if ((text.match(/\d/g)?.length ?? 0) < 7 || noPhoneIn10(text, scope.current)) return neg(kind, form, text);
  }
  throw new Error(`no ${kind} reads as no phone of ${scope.current.join(' ')}`);
}
