// Tuning cases for issue 17's set-9 classes of part V, written from the formats' own documentation, never
// from a judge set. Prices as CLDR's currency formats write them per locale (group separators `.`, ` `,
// U+00A0, U+202F, `’`, `,` and India's lakh grouping; the currency's sign, ISO code or local abbreviation
// before or after), beside phone numbers of the same texts. Twelve digits in 4-4-4 groups (an account or
// Aadhaar-shaped identifier, UIDAI's written form) that fail the Aadhaar (Verhoeff) and card (Luhn) checks,
// beside the same digits under a phone word or with a trunk prefix. Four-part versions after upgrade wording (Dependabot's "Bump <dep> from <old> to <new>"
// pull-request titles, release notes' "(fixes CVE-…)"), in nmap's port table (nmap reference guide,
// "Service and Version Detection": `PORT STATE SERVICE VERSION` rows and greppable `-oG` output) and in an
// SSH identification string (RFC 4253 §4.2), beside addresses after routing and connection words. Every
// value is built at run time from parts.
import type { CountryCode } from 'libphonenumber-js/max';
import { luhn } from '../../checks/pii/detectors/credit-card.js';
import { verhoeffValid } from '../../checks/pii/detectors/national-ids.js';
import { validPhone } from '../../checks/pii/detectors/phone.js';
import { chars, int, pick, rng } from './personal-data.js';
import { mobile, type TuningCase } from './pii-tuning-set.js';
import { address } from './pii-version-uid-password-tuning.js';

type R = () => number;

/** A four-part version whose parts are all octets, so that only the words around it tell it from an address. */
function octetVersion(r: R): string {
  return [int(r, 1, 30), int(r, 0, 40), int(r, 0, 255), int(r, 1, 250)].join('.');
}

function fill(form: string, values: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Versions after upgrade, bump and rollback wording ({v}, {w} the older one). */
const UPGRADE_FORMS: readonly string[] = [
  'Bump agent to {v}',
  'bump collector to {v}',
  'Bumped the agent to {v} on all hosts',
  'Bumps agent from {w} to {v}',
  'chore(deps): bump example/agent from {w} to {v}',
  'Upgrading agent to {v}',
  'upgrades collector to {v}',
  'Downgrade agent to {w}',
  'Updating the agent to {v}',
  'Rolled back agent to {w} after the outage',
  'rollback agent to {w}',
  'agent to {v} (fixes CVE-2024-{n})',
  '- collector to {v} (fix for CVE-2023-{n})',
  'Release {v}: fixes CVE-2024-{n}',
  'Current agent version: \'{v}\'',
];

/** nmap's port table and greppable output, an SSH identification string, a daemon's banner ({v}). */
const BANNER_FORMS: readonly string[] = [
  '22/tcp open ssh OpenSSH {v} (protocol 2.0)',
  '22/tcp   open  ssh     OpenSSH {v}',
  '443/tcp open https nginx {v}',
  '443/tcp  open  ssl/http nginx {v}',
  '80/tcp open http Apache httpd {v} ((Unix))',
  '25/tcp open smtp Postfix smtpd {v}',
  '3306/tcp open mysql MySQL {v}',
  '161/udp open snmp net-snmp {v}',
  'PORT    STATE SERVICE VERSION\n22/tcp  open  ssh     OpenSSH {v}\n80/tcp  open  http    nginx {v}',
  'Host: {ip} ()\tPorts: 22/open/tcp//ssh//OpenSSH {v}/',
  'SSH-2.0-OpenSSH_{v} Debian',
  'Server banner: nginx {v}',
];

/** Addresses after routing, connection and diagnostic words, and an nmap report's host line: they stay addresses ({ip}). */
const ADDRESS_FORMS: readonly string[] = [
  'route to {ip}',
  'Route to {ip} via eth0',
  'connect to {ip}',
  'connecting to {ip} port 22',
  'ping {ip}',
  'traceroute to {ip}, 30 hops max',
  'Point the agent to {ip}',
  'Nmap scan report for {ip}\n22/tcp open ssh',
  'Host: {ip} ()\tStatus: Up',
  '{ip} (CVE-2024-1234) vulnerable',
  'nginx upstream {ip}',
];

function versionCases(r: R, out: TuningCase[]): void {
  for (const form of [...UPGRADE_FORMS, ...BANNER_FORMS]) {
    const text = fill(form, { v: octetVersion(r), w: octetVersion(r), n: String(int(r, 1000, 49999)), ip: '' });
    if (form.includes('{ip}')) {
      const ip = address(r);
      out.push({ kind: 'service-banner-version', text: fill(form, { v: octetVersion(r), ip }), want: [{ type: 'ip-address', value: ip }] });
      continue;
    }
    out.push({ kind: UPGRADE_FORMS.includes(form) ? 'upgrade-wording-version' : 'service-banner-version', text, want: [] });
  }
  for (const form of ADDRESS_FORMS) {
    const ip = address(r);
    out.push({ kind: 'routing-address-kept', text: fill(form, { ip }), want: [{ type: 'ip-address', value: ip }] });
  }
}

/** An amount of `n` digits, the first not 0. */
function amountDigits(r: R, n: number): string {
  let s = String(int(r, 1, 9));
  while (s.length < n) s += String(int(r, 0, 9));
  return s;
}
/** Digits grouped in thousands with `sep`, or (`lakh`) India's way: the last three, then pairs. */
function grouped(digits: string, sep: string, lakh = false): string {
  if (!lakh) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, sep);
  return head === '' ? digits : head + sep + digits.slice(-3);
}

/** A locale's price of an amount `a` of six to ten digits (CLDR's currency patterns). */
const PRICE_FORMS: ReadonlyArray<(a: string, r: R) => string> = [
  (a) => `${grouped(a, '.')} €`, // de-DE
  (a) => `€ ${grouped(a, '.')}`, // nl-NL
  (a) => `€${grouped(a, '.')}`,
  (a) => `${grouped(a, '\u202f')}\u00a0€`, // fr-FR
  (a) => `${grouped(a, ' ')} €`,
  (a) => `₹${grouped(a, ',', true)}`, // en-IN
  (a) => `₹ ${grouped(a, ',', true)}`,
  (a) => `Rs. ${grouped(a, ',', true)}`,
  (a) => `${grouped(a, '\u00a0')}\u00a0₽`, // ru-RU
  (a) => `${grouped(a, ' ')} ₽`,
  (a) => `${grouped(a, ' ')} руб.`,
  (a) => `${grouped(a, ' ')} рублей`,
  (a) => `${grouped(a, ' ')} р.`,
  (a) => `CHF ${grouped(a, "'")}`, // de-CH
  (a) => `CHF ${grouped(a, '’')}.–`,
  (a, r) => `R$ ${grouped(a, '.')},${String(int(r, 0, 99)).padStart(2, '0')}`, // pt-BR
  (a) => `R$ ${grouped(a, '.')}`,
  (a) => `${grouped(a, '.')} Ft`, // hu-HU
  (a) => `${grouped(a, ' ')} Ft`,
  (a) => `¥${grouped(a, ',')}`, // ja-JP
  (a) => `${grouped(a, ',')}円`,
  (a) => `${grouped(a, '.')} kr`, // da-DK, nb-NO
  (a) => `${grouped(a, '.')} kr.`,
  (a) => `${grouped(a, '\u00a0')}\u00a0kr`, // sv-SE
  (a) => `${grouped(a, ' ')} zł`, // pl-PL
  (a) => `${grouped(a, ' ')} Kč`, // cs-CZ
  (a) => `₺${grouped(a, '.')}`, // tr-TR
  (a) => `${grouped(a, ' ')} грн`, // uk-UA
  (a) => `${grouped(a, '.')} EUR`,
  (a) => `EUR ${grouped(a, '.')}`,
  (a) => `${grouped(a, ' ')} SEK`,
  (a) => `USD ${grouped(a, ',')}`,
  (a) => `£${grouped(a, ',')}`,
];

/** Texts around a price ({p}). */
const PRICE_TEXTS: readonly string[] = [
  '{p}',
  'Preis: {p}',
  'Der Kaufpreis beträgt {p} inkl. MwSt.',
  'Цена {p}',
  'Стоимость квартиры {p}',
  'Total {p} incl. VAT',
  'The flat sold for {p}.',
  'Prix : {p} TTC',
  'Precio final {p}',
  'Ár: {p}',
  'Pris {p} inkl. moms',
  'Cena {p} brutto',
  '{"price":"{p}","currency":"local"}',
];

/** A phone number of `region` in its national format, and a text that holds it after a price. */
const PHONE_AFTER_PRICE: ReadonlyArray<[CountryCode, string]> = [
  ['DE', 'Preis {p}, Tel. {n}'],
  ['RU', 'Цена {p}, звоните {n}'],
  ['ES', 'Precio {p}. Llame al {n}'],
  ['FR', 'Prix {p} — appelez le {n}'],
  ['IN', 'Price {p}, call {n}'],
  ['DE', 'Hotline {n} (0,14 € pro Minute), Preis {p}'],
];

function priceCases(r: R, out: TuningCase[]): void {
  for (const form of PRICE_FORMS) {
    for (let k = 0; k < 3; k++) {
      const p = form(amountDigits(r, int(r, 6, 10)), r);
      out.push({ kind: 'price-in-text', text: pick(r, PRICE_TEXTS).replace('{p}', p), want: [] });
    }
  }
  for (const [region, text] of PHONE_AFTER_PRICE) {
    const n = mobile(r, region)!.formatNational();
    const p = pick(r, PRICE_FORMS)(amountDigits(r, int(r, 6, 8)), r);
    out.push({ kind: 'phone-beside-price-kept', text: text.replace('{p}', p).replace('{n}', n), want: [{ type: 'phone', value: n }] });
  }
}

/** Column generators for the table tests: prices (every locale's form, or bare thousands-grouped amounts). */
export function priceCell(r: R): string {
  return pick(r, PRICE_FORMS)(amountDigits(r, int(r, 6, 10)), r);
}
export function bareAmountCell(r: R): string {
  return grouped(amountDigits(r, int(r, 7, 9)), pick(r, [' ', '.', '\u00a0']));
}

/**
 * Twelve digits grouped 4-4-4, the first not 0, that fail the Aadhaar and card checks and that a region's
 * plan accepts (`dialable`) or not.
 */
export function fourFourFour(r: R, dialable = false): string {
  for (;;) {
    const d = chars(r, '123456789', 1) + chars(r, '0123456789', 11);
    if (verhoeffValid(d) || luhn(d)) continue;
    const v = `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
    if (!dialable || validPhone(v)) return v;
  }
}

/** Texts around a 4-4-4 number ({n}): neutral ones, and ones that label it a phone. */
const GROUPED_NEUTRAL: readonly string[] = ['{n}', 'Wert {n}', 'value {n} recorded', '{"code":"{n}"}', 'Eintrag {n} geprüft', 'row 17: {n}'];
const GROUPED_PHONE: readonly string[] = ['Tel. {n}', 'call {n} after 5pm', '{"phone":"{n}"}', 'Telefon: {n}', 'тел. {n}'];

function groupedCases(r: R, out: TuningCase[]): void {
  for (const form of GROUPED_NEUTRAL) out.push({ kind: 'four-four-four-neutral', text: form.replace('{n}', fourFourFour(r)), want: [] });
  for (const form of GROUPED_PHONE) {
    const n = fourFourFour(r, true);
    out.push({ kind: 'four-four-four-phone-kept', text: form.replace('{n}', n), want: [{ type: 'phone', value: n }] });
  }
}

/** Every case, the same for a given seed. */
export function pricesVersionsTuningSet(seed = 17): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  versionCases(r, out);
  priceCases(r, out);
  groupedCases(r, out);
  return out;
}

