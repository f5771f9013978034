// Set 19's hard negatives: values that look like personal data but are not (product, security and
// vessel codes, versions, times, amounts, digests, placeholders, bad checksums), each with its kind.
// A negative with digits is redrawn while it reads as a valid phone number of the file's regions.
import type { CountryCode } from 'libphonenumber-js/max';
import { gs1Digit, ibanCheck, luhnDigit } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { RegionScope } from '../pii-heldout/region-scope.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import type { Piece } from '../pii-heldout4/unit.js';

const scope = new RegionScope(['US']);
/** Runs `make` with the regions of the file being written. */
export const withRegions19 = <T>(regions: readonly CountryCode[], make: () => T): T => scope.within(regions, make);
export const currentRegions = (): readonly CountryCode[] => scope.current;

const z = (n: number, w = 2) => String(n).padStart(w, '0');
const isinCheck = (s: string) => luhnDigit([...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join(''));
function cusip(r: Rng): string {
  const b = r.digits(3) + r.chars(UPPER + DIGITS, 5);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    let v = /\d/.test(b[i]!) ? Number(b[i]) : b.charCodeAt(i) - 55;
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return b + ((10 - (sum % 10)) % 10);
}
function sedol(r: Rng): string {
  const b = r.chars('BCDFGHJKLMNPQRSTVWXYZ0123456789', 6);
  const w = [1, 3, 1, 7, 3, 9];
  const s = [...b].reduce((a, c, i) => a + (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * w[i]!, 0);
  return b + ((10 - (s % 10)) % 10);
}
function lei(r: Rng): string {
  const b = r.chars(UPPER + DIGITS, 4) + '00' + r.chars(UPPER + DIGITS, 12);
  return b + ibanCheck('', b).padStart(2, '0');
}
/** An ABA routing number: weights 3,7,1 and a check digit making the sum a multiple of ten. */
function aba(r: Rng): string {
  const b = z(r.int(1, 12)) + r.digits(6);
  const s = 3 * (+b[0]! + +b[3]! + +b[6]!) + 7 * (+b[1]! + +b[4]! + +b[7]!) + (+b[2]! + +b[5]!);
  return b + ((10 - (s % 10)) % 10);
}
const VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_VAL: Record<string, number> = Object.fromEntries([...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!]));
/** A VIN of a fleet vehicle with its ninth-position check digit (weights 8…2, 10, 0, 9…2, mod 11). */
function vin(r: Rng): string {
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const v = r.pick(['WVW', '1FT', 'VF1', 'YV1', 'JTD', 'WDB']) + r.chars(VIN_CH, 5) + '0' + r.pick(['N', 'P', 'R', 'S']) + r.chars(VIN_CH, 1) + r.digits(6);
  const c = [...v].reduce((a, ch, i) => a + (/\d/.test(ch) ? Number(ch) : VIN_VAL[ch]!) * w[i]!, 0) % 11;
  return v.slice(0, 8) + (c === 10 ? 'X' : String(c)) + v.slice(9);
}
function container(r: Rng): string {
  const b = r.pick(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU', 'OOLU']) + r.digits(6);
  const v = (c: string) => { if (/\d/.test(c)) return Number(c); let n = c.charCodeAt(0) - 55; n += Math.floor((n - 1) / 10); return n; };
  const s = [...b].reduce((a, c, i) => a + v(c) * 2 ** i, 0);
  return b + ((s % 11) % 10);
}
function imo(r: Rng): string {
  const b = String(r.int(900000, 999999));
  const s = [...b].reduce((a, c, i) => a + Number(c) * (7 - i), 0);
  return `IMO ${b}${s % 10}`;
}
function badIban(r: Rng): string {
  const bban = r.digits(18);
  const good = ibanCheck('DE', bban);
  const wrong = z((Number(good) + r.int(1, 50)) % 97 + 2);
  return `DE${wrong === good ? '01' : wrong} ${bban.match(/.{1,4}/g)!.join(' ')}`;
}
function badCard(r: Rng): string {
  const b = '4' + r.digits(14);
  const d = (Number(luhnDigit(b)) + r.int(1, 9)) % 10;
  return (b + d).match(/.{4}/g)!.join(' ');
}
const ts = (r: Rng) => ({ y: 2026, mo: r.int(1, 12), d: r.int(1, 28), h: r.int(0, 23), mi: r.int(0, 59), s: r.int(0, 59) });

const KINDS: Record<string, (r: Rng) => string> = {
  gtin13: (r) => { const b = r.pick(['400', '500', '890', '760', '590']) + r.digits(9); return b + gs1Digit(b); },
  'upc-a': (r) => { const b = '0' + r.digits(10); return b + gs1Digit(b); },
  sscc: (r) => { const b = '0' + r.pick(['4012345', '5012345', '7612345']) + r.digits(9); return `(00) ${b}${gs1Digit(b)}`; },
  gln: (r) => { const b = r.pick(['4', '5', '8']) + r.digits(11); return b + gs1Digit(b); },
  isbn: (r) => { const b = '978' + r.digits(9); const s = b + gs1Digit(b); return `ISBN ${s.slice(0, 3)}-${s.slice(3, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s[12]}`; },
  isin: (r) => { const b = r.pick(['US', 'DE', 'FR', 'GB', 'NL', 'CH']) + r.chars(UPPER + DIGITS, 9); return b + isinCheck(b); },
  cusip, sedol, lei, 'aba-routing': aba,
  bic: (r) => r.pick(['DEUT', 'BNPA', 'INGB', 'UBSW', 'COBA', 'BARC']) + r.pick(['DE', 'FR', 'NL', 'CH', 'GB']) + r.chars(UPPER, 2) + (r.chance(0.5) ? r.chars(UPPER + DIGITS, 3) : ''),
  'fleet-vin': vin, 'iso6346-container': container, 'imo-ship': imo,
  'order-id': (r) => `${r.pick(['ORD', 'SO', 'PO', 'BK'])}-${r.int(2024, 2026)}-${r.chars(UPPER + DIGITS, 6)}`,
  'invoice-no': (r) => `${r.pick(['INV', 'RE', 'FA', 'FT'])}/${r.int(2025, 2026)}/${z(r.int(1, 99999), 5)}`,
  'tracking-no': (r) => r.pick([`1Z${r.chars(UPPER + DIGITS, 16)}`, `JD${r.digits(18)}`, `${r.chars(UPPER, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'NL', 'CN'])}`]),
  semver: (r) => `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 99)}${r.chance(0.3) ? `-rc.${r.int(1, 9)}` : ''}`,
  'four-part-version': (r) => `${r.int(1, 20)}.${r.int(0, 9)}.${r.int(0, 9999)}.${r.int(0, 99999)}`,
  'build-number': (r) => `build ${r.int(1000, 99999)}`,
  'ts-iso': (r) => { const t = ts(r); return `${t.y}-${z(t.mo)}-${z(t.d)}T${z(t.h)}:${z(t.mi)}:${z(t.s)}.${r.digits(3)}Z`; },
  'ts-us': (r) => { const t = ts(r); return `${z(t.mo)}/${z(t.d)}/${t.y} ${(t.h % 12) + 1}:${z(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`; },
  'ts-eu': (r) => { const t = ts(r); return `${z(t.d)}.${z(t.mo)}.${t.y} ${z(t.h)}:${z(t.mi)}`; },
  'ts-cjk': (r) => { const t = ts(r); return `${t.y}年${t.mo}月${t.d}日 ${z(t.h)}:${z(t.mi)}`; },
  'ts-syslog': (r) => { const t = ts(r); return `${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${String(t.d).padStart(2, ' ')} ${z(t.h)}:${z(t.mi)}:${z(t.s)}`; },
  'epoch-s': (r) => String(r.int(1767225600, 1798761599)),
  'epoch-ms': (r) => String(r.int(1767225600, 1798761599)) + r.digits(3),
  duration: (r) => r.pick([`${r.int(1, 59)}m${r.int(0, 59)}s`, `${r.int(1, 999)} ms`, `PT${r.int(1, 23)}H${r.int(1, 59)}M`, `${z(r.int(0, 9))}:${z(r.int(0, 59))}:${z(r.int(0, 59))}`]),
  coordinates: (r) => `${(r.float() * 140 - 70).toFixed(5)}, ${(r.float() * 340 - 170).toFixed(5)}`,
  measurement: (r) => r.pick([`${r.int(1, 250)}.${r.int(0, 9)} kg`, `${r.int(120, 210)} cm`, `${r.int(1, 900)} mm`, `${r.int(2, 40)}.${r.int(0, 9)} °C`, `${r.int(100, 9999)} kWh`]),
  price: (r) => r.pick([`€ ${r.int(1, 9999)},${z(r.int(0, 99))}`, `$${r.int(1, 99)},${r.digits(3)}.${z(r.int(0, 99))}`, `${r.int(1, 99999)}.${z(r.int(0, 99))} CHF`, `¥${r.int(100, 999)},${r.digits(3)}`]),
  percentage: (r) => `${r.int(0, 99)}.${r.int(0, 99)} %`,
  range: (r) => { const a = r.int(1, 500); return `${a}–${a + r.int(1, 500)}`; },
  arithmetic: (r) => { const a = r.int(10, 999); const b = r.int(10, 999); return `${a} × ${b} = ${a * b}`; },
  uuid: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
  'git-sha': (r) => r.chars(HEX, r.pick([7, 12, 40])),
  sha256: (r) => r.chars(HEX, 64),
  'docker-digest': (r) => `sha256:${r.chars(HEX, 64)}`,
  oid: (r) => `1.2.840.${r.int(10000, 113549)}.${r.int(1, 9)}.${r.int(1, 20)}`,
  'mib-oid': (r) => `1.3.6.1.${r.pick(['2.1.2.2.1', '4.1.9.9', '4.1.2636.3'])}.${r.int(1, 30)}.${r.int(1, 48)}`,
  'port-list': (r) => Array.from({ length: r.int(3, 6) }, () => r.pick([22, 25, 53, 80, 110, 143, 443, 465, 587, 993, 3306, 5432, 6379, 8080, 8443, 9200])).join(','),
  'bad-iban': badIban, 'bad-card': badCard,
  'placeholder-secret': (r) => r.pick(['<your-api-key>', 'changeme', 'xxxxxxxxxxxxxxxx', '<REPLACE_ME>', 'YOUR_TOKEN_HERE', '********']),
  'hs-code': (r) => `${r.digits(4)}.${r.digits(2)}.${r.digits(2)}`,
  'flight-no': (r) => `${r.pick(['LH', 'AF', 'KL', 'BA', 'TK', 'SK', 'AY', 'LO'])} ${r.int(10, 9999)}`,
  'ndc-code': (r) => `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`,
  'atc-code': (r) => `${r.pick(['A', 'B', 'C', 'J', 'N', 'R'])}${z(r.int(1, 16))}${r.chars(UPPER, 2)}${z(r.int(1, 20))}`,
  sku: (r) => `${r.chars(UPPER, 3)}-${r.digits(4)}-${r.chars(UPPER + DIGITS, 2)}`,
  'ssh-public-key': (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(ALNUM + '+/', 43)}`,
  'css-color': (r) => `#${r.chars(HEX, 6)}`,
  'iso-week': (r) => `2026-W${z(r.int(1, 52))}`,
};
export const NEGATIVE_KINDS19 = Object.keys(KINDS);

/** A hard negative of `kind`, redrawn while it reads as a phone number of the current regions. */
export function negative(rng: Rng, kind: string = rng.pick(NEGATIVE_KINDS19)): Piece {
  for (let i = 0; i < 80; i++) {
    const text = KINDS[kind]!(rng);
    if ((text.match(/\d/g)?.length ?? 0) < 6 || noPhoneIn10(text, scope.current)) return { kind, form: kind, text };
  }
  throw new Error(`no ${kind} negative reads as no phone of ${scope.current.join(' ')}`);
}
