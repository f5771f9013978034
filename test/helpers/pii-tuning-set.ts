// The pii detectors' tuning set (issue 17): seeded, generated cases of every failure class — real
// formats that must be found and look-alikes that must not — each value built at run time from parts.
// Not the held-out evaluation: the detectors are tuned on this set, and are judged elsewhere.
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { cpfValid, deTaxIdValid, dniValid, verhoeffValid } from '../../checks/pii/detectors/national-ids.js';
import { PHONE_REGIONS } from '../../checks/pii/detectors/phone.js';
import { chars, iban, int, pad, rng, secrets } from './personal-data.js';

/** One case: a text (and a column name), and the values of the scored types it holds. */
export interface TuningCase {
  /** The failure class of issue 17 this case belongs to. */
  kind: string;
  text: string;
  context?: string;
  want: Array<{ type: string; value: string }>;
}

const DIG = '0123456789';
const HEX = '0123456789ABCDEF';

function digits(r: () => number, n: number, first = '123456789'): string {
  return chars(r, first, 1) + chars(r, DIG, n - 1);
}

/** A number valid in `region`: the library's example with its last four digits drawn again. */
export function mobile(r: () => number, region: CountryCode): ReturnType<typeof parsePhoneNumberFromString> {
  const example = getExampleNumber(region, examples)!;
  const national = String(example.nationalNumber);
  for (let i = 0; i < 50; i++) {
    const n = parsePhoneNumberFromString(national.slice(0, -4) + chars(r, DIG, 4), region);
    if (n?.isValid()) return n;
  }
  return example;
}

/** Appends the check digit of an ISBN-10 (X for 10). */
function isbn10(r: () => number): string {
  const body = chars(r, DIG, 9);
  let s = 0;
  for (let i = 0; i < 9; i++) s += (10 - i) * Number(body[i]);
  const c = (11 - (s % 11)) % 11;
  return body + (c === 10 ? 'X' : String(c));
}

/** GS1 check digit of a body (EAN-13 from 12 digits, UPC-A from 11). */
export function gs1Check(body: string): string {
  let s = 0;
  for (let i = 0; i < body.length; i++) s += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (s % 10)) % 10);
}

/** An EAN-13 that also passes Luhn, with a GS1 prefix that is a card issuer's prefix (40–44 Visa, 50/69 Maestro). */
function eanLuhn(r: () => number): string {
  for (;;) {
    const prefix = ['40', '41', '42', '50', '690', '691'][int(r, 0, 5)]!;
    const body = prefix + chars(r, DIG, 12 - prefix.length);
    const ean = body + gs1Check(body);
    if (luhn(ean)) return ean;
  }
}

function verhoeff(body: string): string {
  for (let c = 0; c <= 9; c++) if (verhoeffValid(body + c)) return body + c;
  throw new Error('unreachable');
}

export function cpf(r: () => number): string {
  for (;;) {
    const body = chars(r, DIG, 9);
    for (let c = 0; c < 100; c++) {
      const d = body + pad(c);
      if (cpfValid(d)) return d;
    }
  }
}

export function dni(r: () => number): string {
  const n = chars(r, DIG, 8);
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function codiceFiscale(r: () => number): string {
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const s = chars(r, L, 6) + chars(r, DIG, 2) + 'ABCDEHLMPRST'[int(r, 0, 11)] + pad(int(r, 1, 28)) + chars(r, L, 1) + chars(r, DIG, 3);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const idx = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[idx]! : idx;
  }
  return s + String.fromCharCode(65 + (sum % 26));
}

/** A valid Steuer-ID: nine distinct digits and one of them again, shuffled, then the check digit. */
export function deTaxId(r: () => number): string {
  for (;;) {
    const ds = '0123456789'.split('').sort(() => r() - 0.5).slice(0, 9);
    ds.splice(int(r, 0, 9), 0, ds[int(r, 0, 8)]!);
    if (ds[0] === '0') continue;
    for (let c = 0; c <= 9; c++) if (deTaxIdValid(ds.join('') + c)) return ds.join('') + c;
  }
}

export function nino(r: () => number): string {
  return 'J' + 'G' + chars(r, DIG, 6) + 'ABCD'[int(r, 0, 3)];
}

function ssnDigits(r: () => number): string {
  return pad(int(r, 1, 665), 3) + pad(int(r, 1, 99)) + pad(int(r, 1, 9999), 4);
}

function ipv4(r: () => number): string {
  return `${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
}

/** A bad-checksum IBAN: a valid one with its check digits changed, printed in groups of four. */
function badIban(r: () => number, country: string, length: number): string {
  const good = iban(r, country, length);
  const check = (Number(good.slice(2, 4)) + int(r, 1, 90)) % 100;
  const bad = good.slice(0, 2) + pad(check) + good.slice(4);
  return bad.replace(/(.{4})(?=.)/g, '$1 ');
}

const NBSP = '\u00a0';
const THIN = '\u2009';
const NNBSP = '\u202f';

const phone = (value: string) => ({ type: 'phone', value });

function phoneRecall(r: () => number, out: TuningCase[]): void {
  // Mobile numbers of every region the validator knows, national and international forms.
  for (const region of PHONE_REGIONS) {
    const n = mobile(r, region)!;
    const national = n.formatNational();
    const intl = n.formatInternational();
    out.push({ kind: 'phone-region-national', text: `reach me on ${national} after six`, want: [phone(national)] });
    out.push({ kind: 'phone-region-international', text: `or ${intl}.`, want: [phone(intl)] });
    if (national.includes(' ')) {
      const nb = national.replaceAll(' ', NBSP);
      out.push({ kind: 'phone-nbsp', text: `Tel. ${nb}`, want: [phone(nb)] });
      const thin = intl.replaceAll(' ', [THIN, NNBSP][int(r, 0, 1)]!);
      out.push({ kind: 'phone-thin-space', text: `mobile ${thin}`, want: [phone(thin)] });
    }
  }
  const fixed = [
    `0114 496 0${chars(r, DIG, 3)}`, // Sheffield: a trunk prefix that reads like a US exit code
    `011 2${chars(r, DIG, 3)} ${chars(r, DIG, 4)}`, // Delhi
    `030/${digits(r, 7)}`, // German slash form
    `089/${digits(r, 6)}`,
    `0221 / ${digits(r, 7)}`,
    `01.42.${pad(int(r, 10, 99))}.${pad(int(r, 10, 99))}.${pad(int(r, 10, 99))}`, // French dots
    `020 7946 0${chars(r, DIG, 3)}`,
    `+44 20 7946 0${chars(r, DIG, 3)} ext. ${int(r, 10, 999)}`,
    `(212) 555-01${chars(r, DIG, 2)} x${int(r, 10, 9999)}`,
    `+49 (0)30 ${digits(r, 7)}`,
    `044 ${int(r, 200, 799)} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))}`, // Zürich
    `02 ${int(r, 8000, 9899)} ${chars(r, DIG, 4)}`, // Sydney
    `${int(r, 201, 989)}/${int(r, 201, 989)}-${chars(r, DIG, 4)}`, // North American slash form
  ];
  const us = `${int(r, 201, 989)}.${int(r, 201, 989)}.${chars(r, DIG, 4)}`;
  fixed.push(`+1 (${int(r, 201, 989)}) ${int(r, 201, 989)}-${chars(r, DIG, 4)}`, `+33 (0)1 42 ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))} ${pad(int(r, 10, 99))}`, us);
  for (const f of fixed) out.push({ kind: 'phone-national-fixed', text: `ring ${f} tomorrow`, want: [phone(f)] });
  // A two-group number followed by a word; trunk-prefixed numbers written without separators.
  const uk = `07700 900${chars(r, DIG, 3)}`;
  out.push({ kind: 'phone-two-groups-then-word', text: `I called ${uk} twice`, want: [phone(uk)] });
  const fr = `06 ${digits(r, 8)}`;
  out.push({ kind: 'phone-two-groups-then-word', text: `numéro ${fr} merci`, want: [phone(fr)] });
  const uri = `+1${int(r, 201, 989)}${int(r, 201, 989)}${chars(r, DIG, 4)}`;
  // A tel: URI is one phone, scheme and number (RFC 3966): masked whole.
  out.push({ kind: 'phone-tel-uri', text: `<a href="tel:${uri}">`, want: [phone(`tel:${uri}`)] });
  const de = `0171 ${digits(r, 7)}`;
  out.push({ kind: 'phone-national-fixed', text: `Telefonnummer: ${de}`, want: [phone(de)] });
  const bare = `07700900${chars(r, DIG, 3)}`;
  out.push({ kind: 'phone-trunk-bare', text: `text ${bare} when here`, want: [phone(bare)] });
  // Bare digit runs with a cue (a context word or the column name).
  const bareUs = `${int(r, 201, 989)}${int(r, 201, 989)}${chars(r, DIG, 4)}`;
  out.push({ kind: 'phone-bare-with-cue', text: `Fax: ${bareUs}`, want: [phone(bareUs)] });
  out.push({ kind: 'phone-bare-with-cue', text: bareUs, context: 'contact_phone', want: [phone(bareUs)] });
  const msisdn = mobile(r, PHONE_REGIONS[int(r, 1, PHONE_REGIONS.length - 1)]!)!.number.slice(1);
  out.push({ kind: 'phone-bare-with-cue', text: msisdn, context: 'msisdn', want: [phone(msisdn)] });
}

function phonePrecision(r: () => number, out: TuningCase[]): void {
  const none: TuningCase['want'] = [];
  const y1 = int(r, 1990, 2030);
  const y2 = int(r, 1940, 1989);
  out.push({ kind: 'not-phone-arithmetic', text: `${y1} - ${y2} = ${y1 - y2}`, want: none });
  out.push({ kind: 'not-phone-arithmetic', text: `${y1}-${y2}=${y1 - y2}`, want: none });
  const a = int(r, 1000, 9999);
  const b = int(r, 1000, 9999);
  out.push({ kind: 'not-phone-arithmetic', text: `total: ${a} + ${b} = ${a + b}`, want: none });
  out.push({ kind: 'not-phone-epoch', text: `logged ${int(r, 1_500_000_000, 1_800_000_000)}`, want: none });
  out.push({ kind: 'not-phone-epoch', text: `{"ts": ${int(r, 1_500_000_000, 1_800_000_000)}, "ok": true}`, want: none });
  out.push({ kind: 'not-phone-tracking', text: `parcel ${digits(r, 10)} left the depot`, want: none });
  out.push({ kind: 'not-phone-tracking', text: `tracking number ${digits(r, 12)}`, want: none });
  out.push({ kind: 'not-phone-isbn', text: `ISBN: ${isbn10(r)}`, want: none });
  out.push({ kind: 'not-phone-isbn', text: `ISBN 978-${int(r, 0, 1)}-${chars(r, DIG, 3)}-${chars(r, DIG, 5)}-${int(r, 0, 9)}`, want: none });
  const d = pad(int(r, 1, 28));
  const m = pad(int(r, 1, 12));
  out.push({ kind: 'not-phone-date-time', text: `last seen ${d}.${m}.${int(r, 2000, 2025)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}`, want: none });
  out.push({ kind: 'not-phone-date-time', text: `due ${d}/${m}/${int(r, 2000, 2025)} at noon`, want: none });
  out.push({ kind: 'not-phone-date-time', text: `at ${int(r, 2000, 2025)}.${m}.${d} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}`, want: none });
  out.push({ kind: 'not-phone-date-time', text: `${int(r, 2000, 2025)}-${m}-${d} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}`, want: none });
  out.push({ kind: 'not-phone-order-id', text: `SAP order ${'45' + chars(r, DIG, 8)} posted`, want: none });
  out.push({ kind: 'not-phone-order-id', text: `order ${digits(r, 10)}`, want: none });
  out.push({ kind: 'not-phone-order-id', text: `see ORD-${digits(r, 10)} and INV-${digits(r, 9)}`, want: none });
  out.push({ kind: 'not-phone-part-number', text: `shelf ${int(r, 100, 999)}.${int(r, 100, 999)}.${pad(int(r, 10, 99))} in stock`, want: none });
  out.push({ kind: 'not-phone-part-number', text: `SKU ${int(r, 100, 999)}-${int(r, 100, 999)}-${int(r, 100, 999)}`, want: none });
  out.push({ kind: 'not-phone-decimal', text: `measured ${digits(r, 4)}.${chars(r, DIG, 6)} units`, want: none });
  out.push({ kind: 'not-phone-url', text: `https://shop.example/item/${digits(r, 10)}?ref=${digits(r, 10)}`, want: none });
  out.push({ kind: 'not-phone-url', text: `/api/v2/users/${digits(r, 9)}/orders`, want: none });
  out.push({ kind: 'not-phone-bad-iban', text: `IBAN ${badIban(r, 'BE', 16)} please`, want: none });
  out.push({ kind: 'not-phone-bad-iban', text: `to ${badIban(r, 'DE', 22)} today`, want: none });
  out.push({ kind: 'not-phone-bad-iban', text: `konto ${badIban(r, 'NL', 18)}`, want: none });
  const y = int(r, 2000, 2025);
  out.push({ kind: 'not-phone-order-id', text: `invoice ${y}-${chars(r, DIG, 5)}`, want: none });
  out.push({ kind: 'not-phone-order-id', text: `see ${y}-${chars(r, DIG, 6)} attached`, want: none });
  out.push({ kind: 'not-phone-order-id', text: `order ${digits(r, 3)}-${chars(r, DIG, 7)}-${chars(r, DIG, 7)} shipped`, want: none });
  out.push({ kind: 'not-phone-tracking', text: `shipped via FedEx ${digits(r, 12)}`, want: none });
  out.push({ kind: 'not-phone-date-time', text: `at ${y}-${m}-${d}T${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}Z`, want: none });
  out.push({ kind: 'not-phone-date-time', text: `stamp ${y}${m}${d}${pad(int(r, 0, 23))}${pad(int(r, 0, 59))}${pad(int(r, 0, 59))}`, want: none });
  out.push({ kind: 'not-phone-epoch', text: `ts=${int(r, 1_500_000_000, 1_800_000_000)}${chars(r, DIG, 3)}`, want: none });
  out.push({ kind: 'not-phone-cue-inside-word', text: `Bestellnummer ${digits(r, 10)}`, want: none });
  out.push({ kind: 'not-phone-cue-inside-word', text: `hotel booking ${digits(r, 9)} confirmed`, want: none });
  out.push({ kind: 'not-phone-thousands', text: `population ${int(r, 1, 9)} ${chars(r, DIG, 3)} ${chars(r, DIG, 3)}`, want: none });
  const p0 = int(r, 1000, 9000);
  out.push({ kind: 'not-phone-range', text: `pages ${p0}-${p0 + int(r, 1, 99)} and years ${y2}-${y2 + int(r, 1, 9)}`, want: none });
  out.push({ kind: 'not-phone-labelled', text: `lot ${int(r, 10, 99)} ${chars(r, DIG, 3)} ${chars(r, DIG, 3)}`, want: none });
  out.push({ kind: 'not-phone-labelled', text: `TVA FR ${pad(int(r, 10, 99))} ${digits(r, 9)}`, want: none });
  out.push({ kind: 'not-phone-labelled', text: `batch ${y}${m}${d}-${chars(r, DIG, 4)}`, want: none });
  out.push({ kind: 'not-phone-labelled', text: `SN: ${chars(r, DIG, 4)}-${chars(r, DIG, 4)}-${chars(r, DIG, 4)}`, want: none });
  const ph = `+44 20 7946 0${chars(r, DIG, 3)}`;
  out.push({ kind: 'not-phone-json-key', text: `{"phone": "${ph}", "order_id": ${digits(r, 10)}, "isbn": "${isbn10(r)}"}`, want: [phone(ph)] });
  out.push({ kind: 'not-phone-column', text: `${digits(r, 3)}-${chars(r, DIG, 3)}-${chars(r, DIG, 4)}`, context: 'orderId', want: none });
  out.push({ kind: 'not-phone-column', text: isbn10(r), context: 'isbn_10', want: none });
  out.push({ kind: 'not-phone-column', text: `${int(r, 100, 999)} ${int(r, 100, 999)} ${pad(int(r, 10, 99))}`, context: 'sku', want: none });
  out.push({ kind: 'not-phone-decimal', text: `price €${int(r, 1, 9)}.${chars(r, DIG, 3)}.${chars(r, DIG, 3)},${chars(r, DIG, 2)}`, want: none });
  out.push({ kind: 'not-phone-decimal', text: `at ${int(r, 10, 60)}.${chars(r, DIG, 6)}, ${int(r, 10, 60)}.${chars(r, DIG, 6)}`, want: none });
}

function networkCases(r: () => number, out: TuningCase[]): void {
  const none: TuningCase['want'] = [];
  const v = () => `${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 40)}.${int(r, 0, 99)}`;
  out.push({ kind: 'not-ip-version', text: `firmware ${v()} installed`, want: none });
  out.push({ kind: 'not-ip-version', text: `running v${v()}`, want: none });
  out.push({ kind: 'not-ip-version', text: `Version: ${v()}`, want: none });
  out.push({ kind: 'not-ip-version', text: `build ${v()} passed`, want: none });
  out.push({ kind: 'not-ip-version', text: `release ${v()}-beta`, want: none });
  out.push({ kind: 'not-ip-version', text: `driver ${v()}.${int(r, 1, 9)} loaded`, want: none });
  out.push({ kind: 'not-ip-version', text: `see section ${int(r, 1, 9)}.${int(r, 1, 9)}.${int(r, 1, 9)}.${int(r, 1, 9)} of the contract`, want: none });
  out.push({ kind: 'not-ip-version', text: `upgraded to ${v()}b`, want: none });
  out.push({ kind: 'not-ip-version', text: v(), context: 'firmware_version', want: none });
  out.push({ kind: 'not-ip-version', text: v(), context: 'fw', want: none });
  const ipCol = ipv4(r);
  out.push({ kind: 'ip', text: ipCol, context: 'build_server_ip', want: [{ type: 'ip-address', value: ipCol }] });
  const ip = ipv4(r);
  out.push({ kind: 'ip', text: `client ${ip} connected`, want: [{ type: 'ip-address', value: ip }] });
  const ip2 = ipv4(r);
  out.push({ kind: 'ip', text: `after the firmware update the host at ${ip2} rebooted`, want: [{ type: 'ip-address', value: ip2 }] });
  const mapped = `::ffff:${ipv4(r)}`;
  out.push({ kind: 'ip-mapped-ipv6', text: `peer ${mapped} closed`, want: [{ type: 'ip-address', value: mapped }] });
  const mapped2 = `::FFFF:${ipv4(r)}`;
  out.push({ kind: 'ip-mapped-ipv6', text: `from [${mapped2}]:443`, want: [{ type: 'ip-address', value: mapped2 }] });
  const mac = chars(r, HEX, 12);
  out.push({ kind: 'mac-bare', text: `MAC ${mac}`, want: [{ type: 'mac-address', value: mac }] });
  const mac2 = chars(r, HEX.toLowerCase(), 12);
  out.push({ kind: 'mac-bare', text: mac2, context: 'mac_address', want: [{ type: 'mac-address', value: mac2 }] });
  out.push({ kind: 'not-mac', text: `commit ${chars(r, 'abcdef0123456789', 12)} merged`, want: none });
}

function emailCases(r: () => number, out: TuningCase[]): void {
  const e = (value: string) => ({ type: 'email', value });
  const cases = [
    `${['jürgen', 'józef', 'søren', 'élodie'][int(r, 0, 3)]}.${['müller', 'łukasz', 'øberg', 'dupré'][int(r, 0, 3)]}${int(r, 1, 99)}@beispiel.de`,
    `info${int(r, 1, 99)}@${['müller-bau', 'bücher', 'straße'][int(r, 0, 2)]}.de`,
    `${['用户', '李雷'][int(r, 0, 1)]}${int(r, 1, 9)}@例子.广告`,
    `δοκιμή${int(r, 1, 9)}@παράδειγμα.δοκιμή`,
    `${chars(r, 'abcdefgh', 5)}@xn--mller-kva.de`,
    `"${chars(r, 'abcdefgh', 4)} ${chars(r, 'abcdefgh', 5)}"@example.com`,
    `"${chars(r, 'abcdefgh', 3)}..${chars(r, 'abcdefgh', 3)}"@example.org`,
  ];
  for (const c of cases) out.push({ kind: 'email-unicode-quoted', text: `write to ${c} today`, want: [e(c)] });
  out.push({ kind: 'not-email', text: `ping @${chars(r, 'abcdefgh', 6)} on chat`, want: [] });
  out.push({ kind: 'not-email', text: `<img src="${chars(r, 'abcdefgh', 5)}@2x.png">`, want: [] });
}

function nationalIdCases(r: () => number, out: TuningCase[]): void {
  const d = dni(r);
  const dotted = `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}-${d[8]}`;
  out.push({ kind: 'id-es-dni', text: `NIF: ${dotted}`, want: [{ type: 'es-dni', value: dotted }] });
  const d2 = dni(r);
  out.push({ kind: 'id-es-dni', text: `DNI ${d2}`, want: [{ type: 'es-dni', value: d2 }] });
  const nie = (() => {
    for (;;) {
      const n = `${'XYZ'[int(r, 0, 2)]}${chars(r, DIG, 7)}`;
      const num = String('XYZ'.indexOf(n[0]!)) + n.slice(1);
      const full = n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(num) % 23]!;
      if (dniValid(full)) return `${full[0]}-${full.slice(1, 8)}-${full[8]}`;
    }
  })();
  out.push({ kind: 'id-es-dni', text: `NIE ${nie}`, want: [{ type: 'es-dni', value: nie }] });
  const cf = codiceFiscale(r);
  out.push({ kind: 'id-it-cf', text: `codice fiscale: ${cf}`, want: [{ type: 'it-fiscal-code', value: cf }] });
  out.push({ kind: 'id-it-cf', text: `C.F. ${cf.toLowerCase()}`, want: [{ type: 'it-fiscal-code', value: cf.toLowerCase() }] });
  const aad = verhoeff(digits(r, 11, '23456789'));
  const spaced = `${aad.slice(0, 4)} ${aad.slice(4, 8)} ${aad.slice(8)}`;
  out.push({ kind: 'id-in-aadhaar', text: `आधार: ${spaced}`, want: [{ type: 'in-aadhaar', value: spaced }] });
  out.push({ kind: 'id-in-aadhaar', text: `आधार संख्या ${aad}`, want: [{ type: 'in-aadhaar', value: aad }] });
  out.push({ kind: 'id-in-aadhaar', text: spaced, context: 'c17', want: [{ type: 'in-aadhaar', value: spaced }] });
  const c = cpf(r);
  const cpfDotted = `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;
  out.push({ kind: 'id-br-cpf', text: `CPF ${cpfDotted}`, want: [{ type: 'br-cpf', value: cpfDotted }] });
  out.push({ kind: 'id-br-cpf', text: `CPF: ${c}`, want: [{ type: 'br-cpf', value: c }] });
  const tax = deTaxId(r);
  const taxSpaced = `${tax.slice(0, 2)} ${tax.slice(2, 5)} ${tax.slice(5, 8)} ${tax.slice(8)}`;
  out.push({ kind: 'id-de-tax-id', text: `Steuer-ID: ${taxSpaced}`, want: [{ type: 'de-tax-id', value: taxSpaced }] });
  out.push({ kind: 'id-de-tax-id', text: `Ihre Identifikationsnummer ${tax}`, want: [{ type: 'de-tax-id', value: tax }] });
  out.push({ kind: 'id-de-tax-id', text: tax, context: 'steuer_id', want: [{ type: 'de-tax-id', value: tax }] });
  const n = nino(r);
  out.push({ kind: 'id-uk-nino', text: `NI number ${n}`, want: [{ type: 'uk-nino', value: n }] });
  const s = ssnDigits(r);
  out.push({ kind: 'id-us-ssn', text: `Soc Sec Number: ${s}`, want: [{ type: 'us-ssn', value: s }] });
  const s2 = ssnDigits(r);
  out.push({ kind: 'id-us-ssn', text: `Social Security No. ${s2}`, want: [{ type: 'us-ssn', value: s2 }] });
}

function financialAndSecretCases(r: () => number, out: TuningCase[]): void {
  for (let i = 0; i < 3; i++) out.push({ kind: 'not-card-ean13', text: `EAN ${eanLuhn(r)} on the box`, want: [] });
  out.push({ kind: 'not-card-ean13', text: eanLuhn(r), context: 'barcode', want: [] });
  out.push({ kind: 'not-card-ean13', text: eanLuhn(r), context: 'gtin13', want: [] });
  const good = iban(r, 'BE', 16);
  out.push({ kind: 'iban', text: `IBAN ${good}`, want: [{ type: 'iban', value: good }] });
  const id = secrets.awsKeyId(r);
  const secret = secrets.awsSecret(r);
  out.push({ kind: 'secret-aws-pair', text: `creds ${id} / ${secret}`, want: [{ type: 'aws-access-key-id', value: id }, { type: 'aws-secret-access-key', value: secret }] });
  const id2 = secrets.awsKeyId(r);
  const secret2 = secrets.awsSecret(r);
  out.push({ kind: 'secret-aws-pair', text: `{"user":"ci","key":"${id2}","note":"rotated","value":"${secret2}"}`, want: [{ type: 'aws-access-key-id', value: id2 }, { type: 'aws-secret-access-key', value: secret2 }] });
  out.push({ kind: 'not-secret', text: `sha ${chars(r, 'abcdef0123456789', 40)} and ${chars(r, 'ABCDEFGHabcdefgh0123456789', 40)}`, want: [] });
}

/** A number valid in `region` written in its national format, the groups joined by `sep`. */
function nationalWith(r: () => number, region: CountryCode, sep: string): string {
  return mobile(r, region)!.formatNational().replace(/ /g, sep);
}

/** Phone evidence: dotted national forms, call words in other languages, a cue's scope, the plan's grouping. */
function phoneEvidenceCases(r: () => number, out: TuningCase[]): void {
  const p = (value: string) => [{ type: 'phone', value }];
  // Dotted national forms are not IPv4 addresses: a group above 255 or a trunk "0".
  for (;;) {
    const v = `9${int(r, 1, 8)}.${chars(r, DIG, 3)}.${chars(r, DIG, 2)}.${chars(r, DIG, 2)}`;
    if (Number(v.split('.')[1]) <= 255 || !parsePhoneNumberFromString(v.replace(/\./g, ''), 'ES')?.isValid()) continue;
    out.push({ kind: 'phone-dotted', text: `Llamó desde el ${v} ayer.`, want: p(v) });
    break;
  }
  const be = `02.${int(r, 2, 9)}${chars(r, DIG, 2)}.${chars(r, DIG, 2)}.${chars(r, DIG, 2)}`;
  out.push({ kind: 'phone-dotted', text: `Appelez-moi au ${be}.`, want: p(be) });
  // Call words in the languages of the regions, before a bare national number.
  const calls: Array<[CountryCode, string]> = [['IT', 'Chiamami al'], ['ES', 'Llámame al'], ['DK', 'Ring mig på'], ['PT', 'Ligue para'], ['CZ', 'Zadzwoń pod numer']];
  for (const [region, words] of calls) {
    const v = nationalWith(r, region, '');
    out.push({ kind: 'phone-call-word', text: `${words} ${v}.`, want: p(v) });
  }
  // A phone word labels the number beside it, not one another number separates from it.
  const part = `${int(r, 1000, 9999)}-${chars(r, DIG, 4)}-${chars(r, DIG, 2)}`;
  const nl = nationalWith(r, 'NL', ' ');
  out.push({ kind: 'not-phone-cue-of-another', text: `P/N ${part} Telefoon: ${nl}`, want: p(nl) });
  const doc = `45${chars(r, DIG, 8)}`;
  const us = `(${int(r, 2, 9)}${chars(r, DIG, 2)}) ${int(r, 2, 9)}${chars(r, DIG, 2)}-${chars(r, DIG, 4)}`;
  out.push({ kind: 'not-phone-cue-of-another', text: `see ${doc} Call me on ${us}`, want: p(us) });
  const it = nationalWith(r, 'IT', '');
  out.push({ kind: 'not-phone-cue-of-another', text: `Il mio cellulare è ${it}. P/N ${part}`, want: p(it) });
  // Groups that split the plan's own, without "+", bracket or trunk prefix: part and article numbers.
  out.push({ kind: 'not-phone-grouping', text: `Replace filter ${part} yearly.`, want: [] });
  // German and French labels of article numbers and barcodes; a Czech-looking 3-3-3 number after them.
  const cz = nationalWith(r, 'CZ', '-');
  out.push({ kind: 'not-phone-labelled-other-language', text: `Artikelnummer ${cz}`, want: [] });
  out.push({ kind: 'not-phone-labelled-other-language', text: `Réf. ${cz}`, want: [] });
  out.push({ kind: 'not-phone-labelled-other-language', text: `Strichcode ${nationalWith(r, 'PL', '-')}`, want: [] });
  // The digit groups of an IBAN with a letter bank code whose checksum failed.
  const good = iban(r, 'NL', 18);
  const bad = `${good.slice(0, 4)} ABNA ${good.slice(8, 12)} ${good.slice(12, 16)} ${good.slice(16)}`;
  out.push({ kind: 'not-phone-iban-groups', text: `Refund to IBAN ${bad}.`, want: [] });
}

/** Four-part versions after an upgrade word, a localised version word or a dependency constraint. */
function versionCases(r: () => number, out: TuningCase[]): void {
  const quad = () => `${int(r, 1, 20)}.${int(r, 0, 40)}.${int(r, 0, 99)}.${int(r, 1, 200)}`;
  for (const t of ['Upgraded to {v} last night.', 'Requires node >= {v}.', 'Versión {v} publicada.', 'pinned at {v}', 'deps: foo ~> {v}']) {
    out.push({ kind: 'not-ip-version', text: t.replace('{v}', quad()), want: [] });
  }
}

/** Every case of the tuning set, the same for a given seed. */
export function tuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  phoneRecall(r, out);
  phonePrecision(r, out);
  phoneEvidenceCases(r, out);
  versionCases(r, out);
  networkCases(r, out);
  emailCases(r, out);
  nationalIdCases(r, out);
  financialAndSecretCases(r, out);
  return out;
}

/** The types the tuning set scores (person names, addresses and birth dates are judged elsewhere). */
export const TUNED_TYPES = new Set(['email', 'phone', 'ip-address', 'mac-address', 'credit-card', 'iban', 'us-ssn', 'uk-nino', 'es-dni', 'it-fiscal-code', 'in-aadhaar', 'br-cpf', 'de-tax-id']);
export const SECRET_PREFIX = /^(?:aws-|generic-secret|github|gitlab|slack|google|stripe|private-key|jwt|url-credentials)/;
