// Set 15's hard negatives: 58 kinds of values that look like personal data or secrets and are not
// (product, security and logistics codes with their real check digits, versions, timestamps in many
// locales, hashes and digests, measurements, bad-checksum IBANs and cards, clear placeholders).
// A negative with six digits or more is redrawn while it reads as a valid phone number of the regions
// of the file being written (set 10's `noPhoneIn10`).
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM, DIGITS, HEX, UPPER } from '../pii-heldout/prng.js';
import { gs1Digit, ibanValid, luhnDigit, luhnValid, mod97 } from '../pii-heldout/checksums.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { scope15 } from './kit.js';
import { cardDigits, groupCard, ibanElectronic, printIban } from './values.js';

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const B64 = ALNUM + '+/';

/** Letters and digits to the ISO 6346 / ISIN value of a character. */
const VAL = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

// ISIN: Luhn over the digits of the letters' values.
const isinCheck = (body: string): string => luhnDigit(body.replace(/[A-Z]/g, (c) => String(VAL(c))));
function cusipCheck(b: string): string {
  let s = 0;
  for (let i = 0; i < 8; i++) { let v = VAL(b[i]!); if (i % 2 === 1) v *= 2; s += Math.floor(v / 10) + (v % 10); }
  return String((10 - (s % 10)) % 10);
}
const sedolCheck = (b: string) => String((10 - ([...b].reduce((a, c, i) => a + VAL(c) * [1, 3, 1, 7, 3, 9][i]!, 0) % 10)) % 10);
const abaCheck = (b: string) => String((10 - ([...b].reduce((a, c, i) => a + Number(c) * [3, 7, 1][i % 3]!, 0) % 10)) % 10);
function containerCheck(owner4: string, six: string): string {
  // ISO 6346 letter values skip multiples of 11.
  const lv = (c: string) => { let v = 10; for (let ch = 65; ch < c.charCodeAt(0); ch++) { v++; if (v % 11 === 0) v++; } return v; };
  const s = [...owner4, ...six].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : lv(c)) * 2 ** i, 0);
  return String((s % 11) % 10);
}
const imoCheck = (six: string) => String([...six].reduce((a, c, i) => a + Number(c) * (7 - i), 0) % 10);
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_V = (c: string) => (/\d/.test(c) ? Number(c) : 'ABCDEFGH'.includes(c) ? c.charCodeAt(0) - 64 : 'JKLMN'.includes(c) ? c.charCodeAt(0) - 73 : c === 'P' ? 7 : c === 'R' ? 9 : c.charCodeAt(0) - 81);
const casCheck = (d: string) => String([...d].reverse().reduce((a, c, i) => a + Number(c) * (i + 1), 0) % 10);

const MON_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
function localeTime(r: Rng): [string, string] {
  const [y, m, d, h, mi] = [2026, r.int(1, 12), r.int(1, 28), r.int(0, 23), r.int(0, 59)];
  return r.pick<[string, string]>([
    ['de', `${z(d)}.${z(m)}.${y} ${z(h)}:${z(mi)}`], ['fr', `${d} ${MON_FR[m - 1]} ${y} à ${z(h)}h${z(mi)}`], ['us', `${m}/${d}/${y} ${h % 12 || 12}:${z(mi)} ${h < 12 ? 'AM' : 'PM'}`],
    ['ja', `${y}年${m}月${d}日 ${h}時${z(mi)}分`], ['rfc2822', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${d} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${y} ${z(h)}:${z(mi)}:${z(r.int(0, 59))} +0${r.int(0, 2)}00`], ['iso-offset', `${y}-${z(m)}-${z(d)}T${z(h)}:${z(mi)}:${z(r.int(0, 59))}.${r.digits(3)}+0${r.int(0, 5)}:00`],
  ]);
}

/** Each kind: form and text. */
const KINDS: Record<string, (r: Rng) => [string, string]> = {
  'gtin-13': (r) => { const b = r.pick(['40', '50', '76', '80', '84', '87', '90']) + r.digits(10); return ['ean13', b + gs1Digit(b)]; },
  'gtin-14': (r) => { const b = String(r.int(1, 8)) + r.pick(['40', '87', '50']) + r.digits(10); return ['itf14', b + gs1Digit(b)]; },
  'upc-a': (r) => { const b = r.pick(['0', '6', '7', '8']) + r.digits(10); return ['upca', b + gs1Digit(b)]; },
  'ean-8': (r) => { const b = r.digits(7); return ['ean8', b + gs1Digit(b)]; },
  sscc: (r) => { const b = String(r.int(0, 9)) + r.pick(['4012345', '5012345', '8712345']) + r.digits(9); return ['ai00', `(00) ${b}${gs1Digit(b)}`]; },
  gln: (r) => { const b = r.pick(['40', '87', '50']) + r.digits(10); return ['gln', b + gs1Digit(b)]; },
  'isbn-13': (r) => { const b = '978' + r.digits(9); const d = b + gs1Digit(b); return ['hyphenated', `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 7)}-${d.slice(7, 12)}-${d[12]}`]; },
  isin: (r) => { const b = r.pick(['US', 'DE', 'GB', 'FR', 'NL', 'CH']) + r.chars(UPPER + DIGITS, 9); return ['isin', b + isinCheck(b)]; },
  cusip: (r) => { const b = r.digits(6) + r.chars(UPPER + DIGITS, 2); return ['cusip', b + cusipCheck(b)]; },
  sedol: (r) => { const b = r.chars('BCDFGHJKLMNPQRSTVWXYZ', 1) + r.chars('0123456789BCDFGHJKLMNPQRSTVWXYZ', 5); return ['sedol', b + sedolCheck(b)]; },
  lei: (r) => { const b = r.digits(4) + '00' + r.chars(UPPER + DIGITS, 12); return ['lei', b + z(98 - mod97(b + '00'))]; },
  'aba-routing': (r) => { const b = z(r.int(1, 12)) + r.digits(6); return ['aba', b + abaCheck(b)]; },
  bic: (r) => ['bic', r.chars(UPPER, 4) + r.pick(['DE', 'FR', 'GB', 'NL', 'IT', 'ES', 'CH']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.5) ? 'XXX' : '')],
  'fleet-vin': (r) => { for (;;) { const s = r.pick(['1FT', 'WDB', 'VF1', 'YV1', 'JTD']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 5) + '0' + r.pick(['R', 'S', 'T']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 1) + r.digits(6); const c = s.split('').reduce((a, ch, i) => a + VIN_V(ch) * VIN_W[i]!, 0) % 11; return ['vin', s.slice(0, 8) + (c === 10 ? 'X' : String(c)) + s.slice(9)]; } },
  'iso6346-container': (r) => { const o = r.pick(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'OOLU', 'TGHU']); const s = r.digits(6); return ['owner-serial-check', `${o} ${s} ${containerCheck(o, s)}`]; },
  'imo-number': (r) => { const s = String(r.int(9_100_000, 9_899_999)).slice(0, 6); return ['imo', `IMO ${s}${imoCheck(s)}`]; },
  'order-id': (r) => ['prefixed', `${r.pick(['ORD', 'SO', 'PO', 'BO'])}-${r.int(2024, 2026)}-${r.digits(6)}`],
  'invoice-number': (r) => ['prefixed', `${r.pick(['INV', 'RE', 'FA', 'FT', 'FV'])}${r.pick(['-', '/', ''])}${r.int(2025, 2026)}/${r.digits(5)}`],
  'tracking-ups': (r) => ['1z', `1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`],
  'tracking-postal': (r) => ['upu-s10', `${r.pick(['RR', 'CP', 'LX', 'EE'])}${r.digits(9)}${r.pick(['DE', 'FR', 'GB', 'NL', 'CH'])}`],
  semver: (r) => ['semver', `${r.int(0, 24)}.${r.int(0, 40)}.${r.int(0, 30)}${r.chance(0.2) ? `-rc.${r.int(1, 5)}` : ''}`],
  'version-four-part': (r) => ['four-part', `${r.int(1, 22)}.${r.int(0, 9)}.${r.int(1000, 26999)}.${r.int(256, 9999)}`],
  'build-number': (r) => ['build', `${r.pick(['build ', '#', 'b'])}${r.int(10_000, 99_999)}`],
  'timestamp-iso': (r) => ['iso', `2026-${z(r.int(1, 12))}-${z(r.int(1, 28))}T${z(r.int(0, 23))}:${z(r.int(0, 59))}:${z(r.int(0, 59))}Z`],
  'timestamp-locale': (r) => localeTime(r),
  'epoch-seconds': (r) => ['s', String(r.int(1_767_225_600, 1_798_761_599))],
  'epoch-ms': (r) => ['ms', String(r.int(1_767_225_600, 1_798_761_599)) + r.digits(3)],
  duration: (r) => r.pick([() => ['iso8601', `PT${r.int(1, 9)}H${r.int(1, 59)}M`], () => ['clock', `${z(r.int(0, 9))}:${z(r.int(0, 59))}:${z(r.int(0, 59))}.${r.digits(3)}`], () => ['ms', `${r.int(1, 9999)} ms`]] as Array<() => [string, string]>)(),
  coordinates: (r) => ['decimal', `${(r.int(-60_000_000, 70_000_000) / 1e6).toFixed(6)}, ${(r.int(-170_000_000, 170_000_000) / 1e6).toFixed(6)}`],
  measurement: (r) => r.pick([() => ['kg', `${r.int(1, 9999)}.${r.digits(1)} kg`], () => ['kwh', `${r.int(1, 99_999)},${r.digits(3)} kWh`], () => ['mm', `${r.int(10, 3000)} × ${r.int(10, 3000)} mm`]] as Array<() => [string, string]>)(),
  price: (r) => r.pick([() => ['en', `$${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`], () => ['de', `${r.int(1, 99)}.${r.digits(3)},${r.digits(2)} €`], () => ['ch', `CHF ${r.int(1, 99)}'${r.digits(3)}.${r.digits(2)}`]] as Array<() => [string, string]>)(),
  percentage: (r) => ['pct', `${r.int(0, 99)}.${r.digits(2)} %`],
  range: (r) => { const a = r.int(100, 4000); return ['dash', `${a}–${a + r.int(1, 900)}`]; },
  arithmetic: (r) => { const [a, b] = [r.int(100, 9999), r.int(100, 9999)]; return ['sum', `${a} + ${b} = ${a + b}`]; },
  uuid: (r) => ['v4', `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`],
  'git-sha': (r) => (r.chance(0.5) ? ['full', r.chars(HEX, 40)] : ['short', r.chars(HEX, 7)]),
  sha256: (r) => ['hex', r.chars(HEX, 64)],
  'docker-digest': (r) => ['sha256', `sha256:${r.chars(HEX, 64)}`],
  'certificate-pem': (r) => ['pem', `-----BEGIN CERTIFICATE-----\nMIID${r.chars(B64, 60)}\n${Array.from({ length: r.int(3, 6) }, () => r.chars(B64, 64)).join('\n')}\n${r.chars(B64, 20)}==\n-----END CERTIFICATE-----`],
  'host-public-key': (r) => ['ssh-ed25519', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64, 43)}`],
  oid: (r) => ['asn1', `2.16.840.1.${r.int(100_000, 119_999)}.${r.int(1, 9)}.${r.int(1, 99)}`],
  'snmp-oid': (r) => ['mib2', `1.3.6.1.2.1.${r.pick(['2.2.1.10', '2.2.1.16', '31.1.1.1.6', '25.3.3.1.2'])}.${r.int(1, 48)}`],
  'port-list': (r) => ['csv', [22, 80, 443, 8080, 8443, 9090, 5432, 6379].filter(() => r.chance(0.6)).concat([r.int(1024, 65535)]).join(',')],
  'bad-iban': (r) => { for (;;) { const e = ibanElectronic(r); const bad = e.slice(0, 2) + z((Number(e.slice(2, 4)) + r.int(1, 90)) % 97 + 2) + e.slice(4); if (!ibanValid(bad)) return ['print-bad-check', printIban(bad)]; } },
  'bad-card': (r) => { const d = cardDigits(r).digits; const bad = d.slice(0, -1) + String((Number(d.at(-1)) + r.int(1, 9)) % 10); return ['grouped-bad-luhn', luhnValid(bad) ? '' : groupCard(bad, ' ')]; },
  'placeholder-secret': (r) => ['placeholder', r.pick(['<your-api-key>', '${API_TOKEN}', 'xxxxxxxxxxxxxxxxxxxxxxxx', 'REPLACE_WITH_YOUR_KEY', '<insert token here>', '********'])],
  'hs-code': (r) => ['dotted', `${r.int(1, 97)}${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`.padStart(10, '0')],
  'cas-number': (r) => { const d = String(r.int(50, 99_999)) + r.digits(2); return ['cas', `${d.slice(0, -2)}-${d.slice(-2)}-${casCheck(d)}`]; },
  'ndc-code': (r) => ['5-4-2', `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`],
  'flight-number': (r) => ['iata', `${r.pick(['LH', 'AF', 'BA', 'KL', 'SK', 'AY', 'TK', 'QR'])} ${r.int(10, 4999)}`],
  doi: (r) => ['doi', `10.${r.int(1000, 9999)}/${r.pick(['j.', 's', 'nejm', 'bmj.'])}${r.digits(4)}.${r.digits(3)}`],
  'cve-id': (r) => ['cve', `CVE-${r.int(2019, 2026)}-${r.int(1000, 49_999)}`],
  'trace-id': (r) => ['w3c', `00-${r.chars(HEX, 32)}-${r.chars(HEX, 16)}-01`],
  'lot-number': (r) => ['lot', `${r.pick(['LOT', 'L', 'CH-B'])}${r.chars(UPPER, 1)}${r.digits(5)}`],
  crc32: (r) => ['hex8', `0x${r.chars(HEX.toUpperCase(), 8)}`],
  'byte-size': (r) => ['bytes', `${r.int(1, 999_999)} bytes`],
  'resource-version': (r) => ['k8s', String(r.int(1_000_000, 99_999_999))],
  'http-status-line': (r) => ['status', `HTTP/1.1 ${r.pick(['200 OK', '204 No Content', '301 Moved Permanently', '404 Not Found', '503 Service Unavailable'])}`],
};

export const NEGATIVE_KINDS = Object.keys(KINDS);

/** Draws of a kind that read as a phone of their file's regions every time: written unlabelled. */
export const unlabelledDraws = new Map<string, number>();

const readsAsPhone = (text: string): boolean => (text.match(/\d/g)?.length ?? 0) >= 6 && !noPhoneIn10(text, scope15.current);

/**
 * A hard negative of `kind`, redrawn (up to 40 times) while it reads as a phone of the current file's
 * regions; then the last draw is written as plain text, neither gold nor negative (2026 epoch
 * seconds read as German mobile numbers).
 */
export function n(rng: Rng, kind: string): Piece {
  const make = KINDS[kind];
  if (!make) throw new Error(`no negative kind ${kind}`);
  let [form, text] = make(rng);
  for (let tries = 1; tries < 40 && (!text || readsAsPhone(text)); tries++) [form, text] = make(rng);
  if (text && !readsAsPhone(text)) return { kind, form, text };
  unlabelledDraws.set(kind, (unlabelledDraws.get(kind) ?? 0) + 1);
  return { form: 'unlabelled', text };
}
