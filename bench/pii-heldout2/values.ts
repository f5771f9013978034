// Value makers of the second held-out set: personal values valid under their real rules (numbering plans
// checked with libphonenumber-js, Luhn, mod-97, Verhoeff, mod-11, check letters) and hard negatives in the
// styles of real systems. Everything is built from a seeded PRNG at run time: no value is a literal here.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** sfc32: small, fast, seedable; the same seed gives the same set on every machine. */
export class Rng {
  private a: number; private b: number; private c: number; private d: number;
  constructor(seed: number) {
    this.a = 0x9e3779b9; this.b = 0x243f6a88; this.c = 0xb7e15162; this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)] as T; }
  chance(p: number): boolean { return this.next() < p; }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  chars(n: number, alphabet: string): string { let s = ''; for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)]; return s; }
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}${UPPER.toLowerCase()}0123456789`;
const HEX = '0123456789abcdef';
/** Fill '#' with a digit. */
const fill = (r: Rng, pattern: string): string => pattern.replace(/#/g, () => String(r.int(0, 9)));

// ---- phones: national significant numbers per region, kept only when the numbering plan accepts them
const PLANS: Record<string, readonly string[]> = {
  US: ['212#######', '415#######', '312#######', '617#######', '206#######'], CA: ['416#######', '604#######', '514#######'],
  GB: ['7700######', '7911######', '20########', '114#######', '161#######'], DE: ['30########', '89#######', '151########', '176########', '221#######'],
  FR: ['6########', '7########', '1########', '4########'], ES: ['6########', '91#######', '93#######'],
  IT: ['3#########', '06########', '02########'], NL: ['6########', '20#######', '10#######'],
  PL: ['5########', '6########', '22#######'], PT: ['91#######', '93#######', '21#######'],
  BR: ['119########', '219########', '1133######'], IN: ['98########', '87########', '11########'],
  JP: ['90########', '80########', '3########'], AU: ['4########', '2########', '3########'],
  MX: ['55########', '33########'], CH: ['79#######', '44#######'], SE: ['70#######', '8#######'],
  BE: ['47#######', '2#######'], AT: ['664#######', '1#######'], IE: ['85#######', '1#######'],
};
export const PHONE_REGIONS = Object.keys(PLANS);

export function phone(r: Rng, region = r.pick(PHONE_REGIONS)): { text: string; region: string } {
  for (let i = 0; i < 400; i++) {
    const p = parsePhoneNumberFromString(fill(r, r.pick(PLANS[region] ?? [])), region as CountryCode);
    if (!p || !p.isValid()) continue;
    return { text: writePhone(r, p.formatNational(), p.formatInternational(), region), region };
  }
  throw new Error(`no valid number drawn for ${region}`);
}

/** The forms people write: international, national, and their house styles (dots, dashes, slashes, no-break spaces). */
function writePhone(r: Rng, national: string, intl: string, region: string): string {
  const k = r.int(0, 9);
  if (k <= 2) return intl;
  if (k === 3) return intl.replace(/^\+/, '00');
  if (k === 4) return intl.replace(/ /g, '\u00a0');
  if (k === 5 && region === 'DE' && /^0\d+ /.test(national)) return national.replace(' ', '/').replace(/ /g, '');
  if (k === 5 && (region === 'FR' || region === 'BE' || region === 'CH')) return national.replace(/ /g, '.');
  if (k === 6 && (region === 'US' || region === 'CA')) return national.replace(/[()]/g, '').replace(' ', '-');
  if (k === 6) return national.replace(/ /g, '-');
  if (k === 7) return intl.replace(/ /g, '');
  return national;
}

// ---- e-mail: plus-addressing, subdomains, Unicode local parts and IDN domains
const LOCALS = ['anna.kowalska', 'j.smith', 'marco.rossi', 'sophie_martin', 'lars', 'pieter.de.vries', 'maria-jose', 'tkato', 'ops', 'billing', 'jürgen.müller', 'françois.lefèvre', 'zoë', 'josé.garcía', 'søren', 'ana.conceição', 'ł.wiśniewski'];
const DOMAINS = ['example.com', 'mail.example.org', 'eu.corp.example.net', 'kunden.beispiel.de', 'exemple.fr', 'ejemplo.es', 'esempio.it', 'voorbeeld.nl', 'przyklad.pl', 'exemplo.com.br', 'bücher.example', 'münchen-beispiel.de', 'correo.españa.example', 'example.co.uk', 'dept.uni-example.ac.uk'];
export function email(r: Rng): string {
  let local = r.pick(LOCALS);
  if (r.chance(0.2)) local += `+${r.pick(['news', 'invoices', 'tag2', 'shop'])}`;
  if (r.chance(0.2)) local += String(r.int(1, 99));
  const addr = `${local}@${r.pick(DOMAINS)}`;
  return r.chance(0.1) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr;
}

// ---- cards: issuer prefixes and lengths, Luhn check digit
function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
const BRANDS: ReadonlyArray<[string, number, number[]]> = [['4', 16, [4, 4, 4, 4]], ['51', 16, [4, 4, 4, 4]], ['55', 16, [4, 4, 4, 4]], ['2221', 16, [4, 4, 4, 4]], ['34', 15, [4, 6, 5]], ['37', 15, [4, 6, 5]], ['6011', 16, [4, 4, 4, 4]], ['3528', 16, [4, 4, 4, 4]], ['36', 14, [4, 6, 4]]];
export function card(r: Rng, valid = true): string {
  const [prefix, len, groups] = r.pick(BRANDS);
  const body = prefix + r.digits(len - 1 - prefix.length);
  const check = luhnDigit(body);
  const digits = body + String(valid ? check : (check + r.int(1, 9)) % 10);
  const sep = r.pick(['', ' ', ' ', '-']);
  if (!sep) return digits;
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) { parts.push(digits.slice(at, at + g)); at += g; }
  return parts.join(sep);
}

// ---- IBAN: BBAN shapes of 13 countries, ISO 7064 mod-97-10
const BBAN: Record<string, string> = { DE: '##################', FR: '#######################', ES: '####################', IT: 'X######################', NL: 'ABNA##########', BE: '############', GB: 'NWBK##############', CH: '#################', AT: '################', PL: '########################', PT: '#####################', IE: 'AIBK##############', SE: '####################' };
function mod97(s: string): number {
  const numeric = s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of numeric) m = (m * 10 + Number(ch)) % 97;
  return m;
}
export function iban(r: Rng, valid = true): string {
  const cc = r.pick(Object.keys(BBAN));
  const bban = fill(r, BBAN[cc] ?? '').replace(/X/, () => r.pick([...UPPER]));
  const good = 98 - mod97(`${bban}${cc}00`);
  let check = good;
  while (!valid && check === good) check = r.int(2, 98); // another check digit pair always fails mod-97
  const raw = `${cc}${String(check).padStart(2, '0')}${bban}`;
  return r.chance(0.6) ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  return r.chance(0.15) ? s.replace(/-/g, ' ') : s;
}

export function ipv4(r: Rng): string { return `${r.pick([81, 91, 145, 176, 185, 203, 62, 88])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; }
export function ipv6(r: Rng): string {
  const k = r.int(0, 2);
  const h = (): string => r.int(0, 0xffff).toString(16);
  if (k === 0) return `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 1) return `2a02:${h()}:${h()}::${h()}`;
  return `::ffff:${ipv4(r)}`;
}
export function mac(r: Rng): string {
  const b = Array.from({ length: 6 }, () => r.chars(2, HEX));
  const k = r.int(0, 3);
  if (k === 0) return b.join(':');
  if (k === 1) return b.join('-').toUpperCase();
  if (k === 2) return `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`;
  return b.join(':').toUpperCase();
}

// ---- national ids
export function nino(r: Rng): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ', second = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = r.pick([...first]) + r.pick([...second]);
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre)) pre = 'AB';
  const d = r.digits(6);
  const suf = r.pick(['A', 'B', 'C', 'D']);
  return r.chance(0.5) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`;
}
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dni(r: Rng): string {
  if (r.chance(0.3)) {
    const p = r.int(0, 2); const d = r.digits(7);
    return `${'XYZ'[p]}${d}${DNI_LETTERS[Number(`${p}${d}`) % 23]}`;
  }
  const n = r.int(10000000, 99999999);
  return `${n}${DNI_LETTERS[n % 23]}`;
}
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function codiceFiscale(r: Rng): string {
  const cons = 'BCDFGLMNPRSTVZ';
  const body = `${r.chars(3, cons)}${r.chars(3, cons)}${r.digits(2)}${r.pick([...'ABCDEHLMPRST'])}${String(r.int(1, 28) + (r.chance(0.5) ? 40 : 0)).padStart(2, '0')}${r.pick(['H501', 'F205', 'L219', 'G273', 'A944', 'D612'])}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] ?? 0) : v;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}
const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffDigit(body: string): number {
  let c = 0;
  const ds = [...body].reverse().map(Number);
  for (let i = 0; i < ds.length; i++) c = VD[c]?.[VP[(i + 1) % 8]?.[ds[i] ?? 0] ?? 0] ?? 0;
  return VINV[c] ?? 0;
}
export function aadhaar(r: Rng): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const n = body + String(verhoeffDigit(body));
  return r.chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
}
export function cpf(r: Rng): string {
  const d = r.digits(9).split('').map(Number);
  const dv = (xs: number[]): number => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) % 11; return s < 2 ? 0 : 11 - s; };
  d.push(dv(d)); d.push(dv(d));
  const s = d.join('');
  return r.chance(0.7) ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}

// ---- secrets, assembled from parts so that no token-shaped literal sits in the tree
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function crc32(s: string): number {
  let c = ~0;
  for (let i = 0; i < s.length; i++) { c ^= s.charCodeAt(i); for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function base62(n: number, width: number): string { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
export function secret(r: Rng): { kind: string; text: string } {
  const k = r.int(0, 5);
  if (k === 0) return { kind: 'aws-key-id', text: ['AK', 'IA'].join('') + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') };
  if (k === 1) return { kind: 'aws-secret', text: r.chars(40, `${ALNUM}/+`) };
  if (k === 2) { const body = r.chars(30, B62); return { kind: 'github', text: ['gh', 'p_'].join('') + body + base62(crc32(body), 6) }; }
  if (k === 3) return { kind: 'slack', text: [['xo', 'xb'].join(''), r.digits(12), r.digits(13), r.chars(24, ALNUM)].join('-') };
  if (k === 4) return { kind: 'stripe', text: [r.pick(['sk', 'rk']), 'live', r.chars(24, ALNUM)].join('_') };
  const payload = { sub: r.digits(8), iat: 1700000000 + r.int(0, 9e7), role: r.pick(['user', 'admin']) };
  return { kind: 'jwt', text: [b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })), b64url(JSON.stringify(payload)), Buffer.from(r.chars(32, ALNUM)).toString('base64url')].join('.') };
}
export function awsPair(r: Rng): [string, string] {
  return [['AK', 'IA'].join('') + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), r.chars(40, `${ALNUM}/+`)];
}

// ---- hard negatives: numbers that are not personal data, in the styles of real systems
function gs1(body: string): string { let s = 0; for (let i = 0; i < body.length; i++) s += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1); return body + String((10 - (s % 10)) % 10); }
function isbn13(r: Rng): string { const b = gs1(`978${r.digits(9)}`); return r.chance(0.5) ? b : `${b.slice(0, 3)}-${b.slice(3, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12)}`; }
function isbn10(r: Rng): string { const b = r.digits(9); const s = [...b].reduce((a, d, i) => a + Number(d) * (10 - i), 0); const c = (11 - (s % 11)) % 11; return b + (c === 10 ? 'X' : String(c)); }
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export function isoTime(r: Rng): string { return `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(3)}Z`; }

export const NEGATIVES: Record<string, (r: Rng) => string> = {
  timestamp: (r) => r.pick([isoTime(r), `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.2025 ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`, String(1700000000 + r.int(0, 9e7)), `${pad(r.int(1, 28))}/Nov/2026:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0100`]),
  'request-id': (r) => r.pick([`${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-a${r.chars(3, HEX)}-${r.chars(12, HEX)}`, `req_${r.chars(24, ALNUM)}`, r.chars(16, HEX), `Root=1-${r.chars(8, HEX)}-${r.chars(24, HEX)}`]),
  version: (r) => r.pick([`${r.int(0, 20)}.${r.int(0, 40)}.${r.int(0, 99)}`, `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 60)}.${r.int(100, 9999)}`, `v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(10, 99)}.${r.int(0, 9)}.${r.int(1000, 5999)}.${r.int(10, 250)}`]),
  sku: (r) => r.pick([`${r.digits(3)}.${r.digits(3)}.${r.digits(2)}`, `SKU-${r.chars(3, UPPER)}-${r.digits(5)}`, `${r.chars(2, UPPER)}${r.digits(6)}-${r.digits(2)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(3)}`]),
  'order-number': (r) => r.pick([`45${r.digits(8)}`, `SO-${r.digits(7)}`, `${r.int(2021, 2026)}-${r.digits(6)}`, `PO${r.digits(8)}`, `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`]),
  'invoice-number': (r) => r.pick([`INV-${r.int(2024, 2026)}-${r.digits(5)}`, `90${r.digits(8)}`, `RE${r.digits(10)}`, `F${r.int(2024, 2026)}/${r.digits(6)}`]),
  tracking: (r) => r.pick([`1Z${r.chars(6, `${UPPER}0123456789`)}${r.digits(10)}`, r.digits(12), `JJD${r.digits(18)}`, `${r.chars(2, UPPER)}${r.digits(9)}GB`, `9400${r.digits(18)}`, r.digits(10)]),
  barcode: (r) => r.pick([gs1(`${r.int(400, 440)}${r.digits(9)}`), gs1(`0${r.digits(10)}`), gs1(r.digits(11))]),
  isbn: (r) => r.pick([isbn13(r), isbn10(r)]),
  'sensor-reading': (r) => r.pick([`${(r.next() * 40 - 5).toFixed(2)}`, `${(950 + r.next() * 80).toFixed(1)}`, `${r.int(0, 4095)}`, `${(r.next() * 100).toFixed(3)}`]),
  coordinates: (r) => `${(r.next() * 120 - 50).toFixed(6)}, ${(r.next() * 300 - 150).toFixed(6)}`,
  'http-status-bytes': (r) => `${r.pick([200, 201, 204, 301, 304, 404, 500, 502])} ${r.int(0, 2_000_000)}`,
  duration: (r) => r.pick([`${r.int(1, 9999)}ms`, `${(r.next() * 30).toFixed(3)}s`, `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`, `${r.int(1, 59)}m${r.int(0, 59)}s`]),
  price: (r) => r.pick([`${r.int(1, 99999)}.${r.digits(2)}`, `${r.int(1, 999)}.${r.digits(3)},${r.digits(2)}`, `${r.int(1, 9)},${r.digits(3)},${r.digits(3)}.${r.digits(2)}`, `${r.int(10, 9999)},${r.digits(2)}`]),
  'bad-iban': (r) => iban(r, false),
  'bad-card': (r) => card(r, false),
  'git-hash': (r) => r.pick([r.chars(7, HEX), r.chars(12, HEX), r.chars(40, HEX)]),
  'ip-like-version': (r) => `${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 255)}.${r.int(1, 254)}`,
};
export type NegativeKind = keyof typeof NEGATIVES;
