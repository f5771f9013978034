// Set 18's hard negatives: values that look like personal data or secrets and are neither (product,
// security, shipping and reference identifiers with their own check digits, versions, timestamps,
// measurements, hashes, public key material, placeholders, bad-checksum IBANs and cards). A negative
// with seven or more digits is redrawn while it reads as a valid phone number of the current file's
// regions (set 10's noPhoneIn10), so no negative is a phone of the place it is written for.
import type { CountryCode } from 'libphonenumber-js/max';
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { gs1Digit, ibanCheck, luhnDigit, luhnValid, mod97 } from '../pii-heldout/checksums.js';
import { RegionScope } from '../pii-heldout/region-scope.js';
import { noPhoneIn10 } from '../pii-heldout10/phones.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';

const scope = new RegionScope(['US', 'GB']);
export const currentRegions = (): readonly CountryCode[] => scope.current;
export const withRegions18 = <T>(regions: readonly CountryCode[], make: () => T): T => scope.within(regions, make);

/** A hard negative of `kind`, redrawn while its digits read as a phone of the current regions. */
export function negative(kind: string, form: string, make: () => string): Piece {
  for (let i = 0; i < 60; i++) {
    const text = make();
    if ((text.match(/\d/g) ?? []).length < 7 || noPhoneIn10(text, scope.current)) return neg(kind, form, text);
  }
  return neg(kind, `${form}-letters`, `REF-${'ABCDEFGHJK'[make().length % 10]}${'XQZW'[make().length % 4]}`);
}

const z2 = (x: number) => String(x).padStart(2, '0');
const cv = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

// GS1 family: trade items, logistic units, locations.
export const gtin = (r: Rng) => negative('gtin-13', 'ean13', () => { const b = r.pick(['40', '50', '76', '80', '87', '90']) + r.digits(10); return b + gs1Digit(b); });
export const upc = (r: Rng) => negative('upc-a', 'upc', () => { const b = r.pick(['0', '6', '8']) + r.digits(10); return b + gs1Digit(b); });
export const sscc = (r: Rng) => negative('sscc', r.chance(0.5) ? 'ai00' : 'bare', () => { const b = '3' + r.pick(['40', '50', '87']) + r.digits(14); return `${r.chance(0.5) ? '(00) ' : ''}${b}${gs1Digit(b)}`; });
export const gln = (r: Rng) => negative('gln', 'gln', () => { const b = r.pick(['42', '54', '73']) + r.digits(10); return b + gs1Digit(b); });
export const isbn = (r: Rng) => negative('isbn-13', 'hyphen', () => { const b = '978' + r.digits(9); const s = b + gs1Digit(b); return `${s.slice(0, 3)}-${s.slice(3, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`; });

// Securities and entities.
export const isin = (r: Rng) => negative('isin', 'isin', () => { const b = r.pick(['US', 'DE', 'GB', 'FR', 'IE', 'LU']) + r.chars(UPPER + DIGITS, 3) + r.digits(6); return b + luhnDigit(b.split('').map(cv).join('')); });
export const cusip = (r: Rng) => negative('cusip', 'cusip', () => { const b = r.digits(3) + r.chars(UPPER + DIGITS, 5); let s = 0; for (let i = 0; i < 8; i++) { let v = cv(b[i]!); if (i % 2) v *= 2; s += Math.floor(v / 10) + (v % 10); } return b + ((10 - (s % 10)) % 10); });
export const sedol = (r: Rng) => negative('sedol', 'sedol', () => { const b = r.chars('BCDFGHJKLMNPQRSTVWXYZ', 1) + r.chars('BCDFGHJKLMNPQRSTVWXYZ0123456789', 5); const w = [1, 3, 1, 7, 3, 9]; const s = b.split('').reduce((a, c, i) => a + cv(c) * w[i]!, 0); return b + ((10 - (s % 10)) % 10); });
export const lei = (r: Rng) => negative('lei', 'lei', () => { const b = r.digits(4) + '00' + r.chars(UPPER + DIGITS, 12); return b + String(98 - mod97(b + '00')).padStart(2, '0'); });
export const bic = (r: Rng) => negative('bic', 'bic', () => r.pick(['DEUT', 'BNPA', 'INGB', 'RABO', 'UBSW', 'NDEA', 'BCIT', 'CAIX']) + r.pick(['DE', 'FR', 'NL', 'CH', 'SE', 'IT', 'ES']) + r.chars(UPPER + DIGITS, 2) + (r.chance(0.4) ? r.chars(UPPER, 3) : ''));
export const aba = (r: Rng) => negative('aba-routing', 'aba', () => { for (;;) { const b = String(r.int(1, 12)).padStart(2, '0') + r.digits(6); const s = [3, 7, 1, 3, 7, 1, 3, 7].reduce((a, w, i) => a + w * Number(b[i]), 0); const c = (10 - (s % 10)) % 10; return b + c; } });

// Vehicles, containers, ships (fleet and cargo, not a person's).
const VIN_T: Record<string, number> = Object.fromEntries('ABCDEFGHJKLMNPRSTUVWXYZ'.split('').map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!]));
export const vin = (r: Rng) => negative('fleet-vin', 'vin', () => { const a = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; const v = r.pick(['WVW', '1FT', 'VF1', 'YV1', 'WDB', 'JTD']) + r.chars(a, 5) + '0' + r.chars(a, 8); const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]; const s = v.split('').reduce((x, c, i) => x + (/\d/.test(c) ? Number(c) : VIN_T[c]!) * w[i]!, 0) % 11; return v.slice(0, 8) + (s === 10 ? 'X' : String(s)) + v.slice(9); });
const C_VAL = (c: string) => { if (/\d/.test(c)) return Number(c); let v = 10; for (let x = 65; x < c.charCodeAt(0); x++) { v++; if (v % 11 === 0) v++; } return v; };
export const container = (r: Rng) => negative('iso6346', 'container', () => { const b = r.pick(['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU', 'OOLU']) + r.digits(6); const s = b.split('').reduce((a, c, i) => a + C_VAL(c) * 2 ** i, 0); return `${b}${(s % 11) % 10}`; });
export const imo = (r: Rng) => negative('imo-number', 'imo', () => { const b = String(r.int(900000, 999999)); const s = b.split('').reduce((a, d, i) => a + Number(d) * (7 - i), 0); return `IMO ${b}${s % 10}`; });

// References, versions, builds.
export const orderId = (r: Rng) => negative('order-id', 'prefixed', () => `${r.pick(['ORD', 'SO', 'PO', 'WO'])}-${r.int(2024, 2026)}-${r.digits(6)}`);
export const invoiceNo = (r: Rng) => negative('invoice-number', 'slash', () => `${r.pick(['RE', 'FV', 'INV', 'FA'])}/${r.int(2025, 2026)}/${r.digits(5)}`);
export const tracking = (r: Rng) => negative('tracking-number', 'ups', () => `1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`);
export const ticketKey = (r: Rng) => negative('ticket-key', 'jira', () => `${r.pick(['OPS', 'SEC', 'HR', 'FAC', 'DATA'])}-${r.int(10, 9999)}`);
export const version = (r: Rng) => negative('version', 'semver', () => `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 99)}`);
export const version4 = (r: Rng) => negative('version-4part', 'four', () => `${r.int(1, 19)}.${r.int(0, 9)}.${r.int(0, 9999)}.${r.int(0, 65535)}`);
export const build = (r: Rng) => negative('build-number', 'build', () => `${r.pick(['build ', '#', 'b'])}${r.int(1000, 99999)}`);
export const cve = (r: Rng) => negative('cve-id', 'cve', () => `CVE-${r.int(2019, 2026)}-${r.int(1000, 49999)}`);
export const doi = (r: Rng) => negative('doi', 'doi', () => `10.${r.int(1000, 9999)}/${r.chars('abcdefghijklmnopqrstuvwxyz', 4)}.${r.int(2019, 2026)}.${r.digits(5)}`);
export const icd10 = (r: Rng) => negative('icd-10-code', 'icd', () => `${r.chars('EFIJKMS', 1)}${r.int(10, 99)}.${r.int(0, 9)}`);
export const hsCode = (r: Rng) => negative('hs-code', 'dotted', () => `${r.int(1, 97).toString().padStart(2, '0')}${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`);

// Times and numbers.
export const isoTs = (r: Rng) => negative('timestamp', 'iso', () => `2026-${z2(r.int(1, 12))}-${z2(r.int(1, 28))}T${z2(r.int(0, 23))}:${z2(r.int(0, 59))}:${z2(r.int(0, 59))}${r.pick(['Z', '+01:00', '.123Z', '-05:00'])}`);
export const localTs = (r: Rng) => negative('timestamp-locale', r.pick(['de', 'us', 'fr', 'ja', 'uk']), () => { const d = r.int(1, 28); const m = r.int(1, 12); return r.pick([`${z2(d)}.${z2(m)}.2026 ${z2(r.int(0, 23))}:${z2(r.int(0, 59))}`, `${m}/${d}/2026 ${r.int(1, 12)}:${z2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`, `${z2(d)}/${z2(m)}/2026 à ${r.int(0, 23)}h${z2(r.int(0, 59))}`, `2026年${m}月${d}日 ${r.int(0, 23)}時${z2(r.int(0, 59))}分`, `${d} ${r.pick(['Jan', 'Mar', 'Jun', 'Oct', 'Nov'])} 2026`]); });
export const epoch = (r: Rng, ms = r.chance(0.5)) => negative(ms ? 'epoch-ms' : 'epoch-seconds', ms ? 'ms' : 's', () => String(r.int(1_767_000_000, 1_798_000_000)) + (ms ? r.digits(3) : ''));
export const duration = (r: Rng) => negative('duration', r.pick(['hms', 'ms']), () => r.pick([`${r.int(0, 9)}h${z2(r.int(0, 59))}m${z2(r.int(0, 59))}s`, `${r.int(1, 99999)} ms`, `PT${r.int(1, 48)}H${r.int(0, 59)}M`, `${z2(r.int(0, 23))}:${z2(r.int(0, 59))}:${z2(r.int(0, 59))}.${r.digits(3)}`]));
export const coords = (r: Rng) => negative('coordinates', 'decimal', () => `${(r.float() * 140 - 60).toFixed(5)}, ${(r.float() * 340 - 170).toFixed(5)}`);
export const measure = (r: Rng) => negative('measurement', 'unit', () => r.pick([`${r.int(1, 999)}.${r.int(0, 9)} kg`, `${r.int(40, 240)} x ${r.int(20, 120)} x ${r.int(10, 90)} cm`, `${r.int(1, 9999)} m²`, `${r.int(1, 64)} GiB`, `${r.int(1, 500)} mmol/L`]));
export const price = (r: Rng, style = r.pick(['en', 'de', 'ch', 'fr'])) => negative('price', style, () => { const x = r.int(1, 2_000_000); const u = `${Math.floor(x / 100)}`; const c = z2(x % 100); const g = (s: string, sep: string) => s.replace(/\B(?=(\d{3})+$)/g, sep); return style === 'de' ? `${g(u, '.')},${c} €` : style === 'ch' ? `CHF ${g(u, "'")}.${c}` : style === 'fr' ? `${g(u, '\u202f')},${c} €` : `$${g(u, ',')}.${c}`; });
export const decimalComma = (r: Rng) => negative('decimal', 'comma', () => `${r.int(0, 99999)},${z2(r.int(0, 99))}`);
export const percent = (r: Rng) => negative('percentage', 'pct', () => `${r.int(0, 100)}${r.chance(0.5) ? `.${r.int(0, 9)}` : ''} %`);
export const range = (r: Rng) => negative('range', 'dash', () => { const a = r.int(1, 5000); return `${a}–${a + r.int(1, 900)}`; });
export const arithmetic = (r: Rng) => negative('arithmetic', 'expr', () => { const a = r.int(10, 9999); const b = r.int(10, 9999); return `${a} + ${b} = ${a + b}`; });

// Hashes, ids, public material.
export const uuid = (r: Rng) => negative('uuid', 'v4', () => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`);
export const gitSha = (r: Rng, short = r.chance(0.4)) => negative('git-sha', short ? 'short' : 'full', () => r.chars(HEX, short ? 7 : 40));
export const sha256 = (r: Rng) => negative('sha256', 'hex', () => r.chars(HEX, 64));
export const digest = (r: Rng) => negative('docker-digest', 'sha256', () => `sha256:${r.chars(HEX, 64)}`);
export const certificate = (r: Rng) => negative('certificate', 'pem', () => `-----BEGIN CERTIFICATE-----\nMII${r.chars(ALNUM + '+/', 61)}\n${Array.from({ length: r.int(3, 6) }, () => r.chars(ALNUM + '+/', 64)).join('\n')}\n-----END CERTIFICATE-----`);
export const sshPub = (r: Rng) => negative('ssh-public-key', 'ed25519', () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(ALNUM + '+/', 43)}`);
export const oid = (r: Rng) => negative('oid', 'dotted', () => `1.3.6.1.4.1.${r.int(1000, 60000)}.${r.int(1, 20)}.${r.int(1, 99)}`);
export const mib = (r: Rng) => negative('mib-object', 'name', () => `${r.pick(['IF-MIB::ifInOctets', 'SNMPv2-MIB::sysUpTime', 'HOST-RESOURCES-MIB::hrStorageUsed'])}.${r.int(1, 48)}`);
export const ports = (r: Rng) => negative('port-list', 'comma', () => Array.from({ length: r.int(2, 5) }, () => r.pick([22, 80, 443, 5432, 6379, 8080, 8443, 9090, 9200, 27017])).join(','));
export const placeholder = (r: Rng) => negative('placeholder-secret', 'placeholder', () => r.pick(['<your-api-key>', 'changeme', 'xxxxxxxxxxxxxxxx', '${SECRET_FROM_VAULT}', 'REPLACE_ME', '<insert token here>', 'your-password-here', '********']));
export const badIban = (r: Rng) => negative('bad-iban', 'check-digits', () => { const c = r.pick(['DE', 'FR', 'NL', 'GB']); const b = c === 'GB' ? r.chars(UPPER, 4) + r.digits(14) : c === 'NL' ? r.chars(UPPER, 4) + r.digits(10) : r.digits(c === 'FR' ? 23 : 18); const good = ibanCheck(c, b); let bad; do bad = z2(r.int(2, 98)); while (bad === good); return c + bad + b; });
export const badCard = (r: Rng) => negative('bad-card', 'luhn', () => { for (;;) { const s = '4' + r.digits(15); if (!luhnValid(s)) return s.replace(/(\d{4})(?=\d)/g, '$1 '); } });
export const sku = (r: Rng) => negative('sku', 'sku', () => `${r.chars(UPPER, 3)}-${r.int(100, 999)}-${r.chars(UPPER, 2)}`);
export const fileSize = (r: Rng) => negative('file-size', 'bytes', () => `${r.int(1, 9_999_999)} bytes`);
