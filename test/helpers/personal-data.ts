// Seeded generators of test personal data and secrets: nothing live-looking is stored in the tree,
// every value is built at run time from parts and a PRNG.
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { verhoeffValid } from '../../checks/pii/detectors/national-ids.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer from `lo` to `hi`, both included. */
export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** One of `xs`. */
export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** `n` written with `w` digits, zeros in front. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chars(r: () => number, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

const DIG = '0123456789';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Luhn-valid card number with the given prefix and length. */
export function card(r: () => number, prefix: string, length: number): string {
  const body = prefix + chars(r, DIG, length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A valid IBAN for `country` with a random BBAN of the right length. */
export function iban(r: () => number, country: string, length: number): string {
  const bban = chars(r, DIG, length - 4);
  const num = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  return country + String(98 - rem).padStart(2, '0') + bban;
}

export function ssn(r: () => number): string {
  const area = 1 + Math.floor(r() * 664);
  return `${String(area).padStart(3, '0')}-${String(1 + Math.floor(r() * 98)).padStart(2, '0')}-${String(1 + Math.floor(r() * 9998)).padStart(4, '0')}`;
}

export const secrets = {
  awsKeyId: (r: () => number) => 'AK' + 'IA' + chars(r, B32, 16),
  github: (r: () => number) => 'gh' + 'p_' + chars(r, ALNUM, 36),
  slack: (r: () => number) => 'xo' + 'xb-' + chars(r, DIG, 11) + '-' + chars(r, DIG, 12) + '-' + chars(r, ALNUM, 24),
  google: (r: () => number) => 'AI' + 'za' + chars(r, ALNUM + '_-', 35),
  googleOAuth: (r: () => number) => 'ya' + '29.' + chars(r, ALNUM + '_-', 60),
  /** An HTTP Basic credential: base64 of `user:password`. */
  basicAuth: (r: () => number) => Buffer.from(`${chars(r, ALNUM, 6)}:${chars(r, ALNUM, 14)}`).toString('base64'),
  stripe: (r: () => number) => 'sk' + '_live_' + chars(r, ALNUM, 24),
  jwt: (r: () => number) =>
    [Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url'), Buffer.from(JSON.stringify({ sub: chars(r, DIG, 8) })).toString('base64url'), chars(r, ALNUM, 43)].join('.'),
  pem: (r: () => number) => `-----BEGIN ${'RSA PRIVATE'} KEY-----\n${chars(r, ALNUM, 64)}\n${chars(r, ALNUM, 64)}\n-----END ${'RSA PRIVATE'} KEY-----`,
  urlPassword: (r: () => number) => chars(r, ALNUM, 14),
  generic: (r: () => number) => chars(r, ALNUM, 32),
  awsSecret: (r: () => number) => chars(r, ALNUM + '/+', 40),
};

/** A 12-digit number passing Verhoeff (an Aadhaar number's check), first digit 2–9, not a palindrome. */
export function aadhaar(r: () => number): string {
  for (;;) {
    const body = chars(r, '23456789', 1) + chars(r, DIG, 10);
    for (let d = 0; d <= 9; d++) {
      const v = body + d;
      if (verhoeffValid(v) && v !== [...v].reverse().join('')) return v;
    }
  }
}

/** A valid ISBN-10 (mod-11 check digit, X for ten) or ISBN-13 (978, EAN check digit). */
export function isbn(r: () => number, length: 10 | 13): string {
  if (length === 13) {
    const b = '978' + chars(r, DIG, 9);
    let s = 0;
    for (let i = 0; i < 12; i++) s += (i % 2 ? 3 : 1) * Number(b[i]);
    return b + ((10 - (s % 10)) % 10);
  }
  const b = chars(r, DIG, 9);
  let s = 0;
  for (let i = 0; i < 9; i++) s += (10 - i) * Number(b[i]);
  const c = (11 - (s % 11)) % 11;
  return b + (c === 10 ? 'X' : String(c));
}

/** One random edit of `s` (a near-miss of a value): a character of `edits` put in place of one or inserted, one deleted, or two neighbours swapped. */
export function editOnce(r: () => number, s: string, edits: readonly string[]): string {
  const at = Math.floor(r() * (s.length + 1));
  const ch = pick(r, edits);
  switch (Math.floor(r() * 4)) {
    case 0:
      return s.slice(0, at) + ch + s.slice(at + 1);
    case 1:
      return s.slice(0, at) + ch + s.slice(at);
    case 2:
      return s.slice(0, at) + s.slice(at + 1);
    default:
      return at + 1 < s.length ? s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2) : s + ch;
  }
}
