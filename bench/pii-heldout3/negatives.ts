// Hard negatives: the numbers and codes logs, exports and business documents are full of, that are
// not personal data. Each generator writes one kind as systems print it (HTTP status and byte count,
// request ids, trace ids, git hashes, versions, OIDs, timestamps of many shapes, epoch times,
// durations, prices in several locales, coordinates, order, invoice, case and tracking numbers, SKUs,
// GS1 barcodes and ISBNs with valid check digits, IBANs and card numbers with a wrong check digit,
// Kubernetes quantities, reference numbers grouped like phone numbers).
import { gs1Digit, ibanValid, isbn10Char, luhnDigit } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { cardDigits, ibanElectronic, paperForm } from './values.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** One instant, written in the shapes of the formats that print it. */
export interface Instant {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

export function instant(rng: Rng): Instant {
  return { y: rng.int(2021, 2026), mo: rng.int(1, 12), d: rng.int(1, 28), h: rng.int(0, 23), mi: rng.int(0, 59), s: rng.int(0, 59), ms: rng.int(0, 999) };
}

export type TimeShape = 'iso-z' | 'iso-micro' | 'iso-offset' | 'clf' | 'rfc3164' | 'w3c' | 'git' | 'apache-error' | 'eu-date-time' | 'us-date-time' | 'compact' | 'haproxy';

export function timestamp(t: Instant, shape: TimeShape): string {
  const date = `${t.y}-${p2(t.mo)}-${p2(t.d)}`;
  const time = `${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
  const ms3 = String(t.ms).padStart(3, '0');
  switch (shape) {
    case 'iso-z': return `${date}T${time}.${ms3}Z`;
    case 'iso-micro': return `${date}T${time}.${ms3}${p2(t.s)}${t.mi % 10}Z`;
    case 'iso-offset': return `${date}T${time}+0${t.h % 3}:00`;
    case 'clf': return `${p2(t.d)}/${MONTHS[t.mo - 1]}/${t.y}:${time} +0${t.h % 3}00`;
    case 'rfc3164': return `${MONTHS[t.mo - 1]} ${String(t.d).padStart(2, ' ')} ${time}`;
    case 'w3c': return `${date} ${time}`;
    case 'git': return `${DAYS[(t.d + t.mo) % 7]} ${MONTHS[t.mo - 1]} ${t.d} ${time} ${t.y} +0${t.h % 3}00`;
    case 'apache-error': return `${DAYS[(t.d + t.mo) % 7]} ${MONTHS[t.mo - 1]} ${p2(t.d)} ${time}.${ms3}123 ${t.y}`;
    case 'eu-date-time': return `${p2(t.d)}.${p2(t.mo)}.${t.y} ${p2(t.h)}:${p2(t.mi)}`;
    case 'us-date-time': return `${t.mo}/${t.d}/${t.y} ${(t.h % 12) + 1}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
    case 'compact': return `${t.y}${p2(t.mo)}${p2(t.d)}T${p2(t.h)}${p2(t.mi)}${p2(t.s)}Z`;
    case 'haproxy': return `${p2(t.d)}/${MONTHS[t.mo - 1]}/${t.y}:${time}.${ms3}`;
  }
}

export const epochSeconds = (t: Instant): string => String(Math.floor(Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s) / 1000));
export const epochMillis = (t: Instant): string => String(Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s, t.ms));

const UAS = [
  () => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{a}.0.{b}.{c} Safari/537.36',
  () => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{a2} Safari/605.1.15',
  () => 'Mozilla/5.0 (X11; Linux x86_64; rv:{a}.0) Gecko/20100101 Firefox/{a}.0',
  () => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_{a2} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  () => 'curl/8.{a2}.{b2}',
  () => 'python-requests/2.{a2}.{b2}',
  () => 'Go-http-client/2.0',
  () => 'kube-probe/1.{a2}',
  () => 'Apache-HttpClient/4.5.{a2} (Java/17.0.{b2})',
  () => 'okhttp/4.{a2}.{b2}',
];

export function userAgent(rng: Rng): string {
  return rng.pick(UAS)().replace(/\{a\}/g, String(rng.int(100, 131))).replace('{b}', String(rng.int(1000, 6999))).replace('{c}', String(rng.int(10, 250))).replace(/\{a2\}/g, String(rng.int(1, 12))).replace('{b2}', String(rng.int(0, 31)));
}

const ean13 = (rng: Rng, prefix: string): string => {
  const body = prefix + rng.digits(12 - prefix.length);
  return body + gs1Digit(body);
};

function badIban(rng: Rng): string {
  for (;;) {
    const e = ibanElectronic(rng);
    const check = Number(e.slice(2, 4));
    const wrong = e.slice(0, 2) + String(((check + rng.int(1, 80)) % 97) + 2).padStart(2, '0').slice(-2) + e.slice(4);
    if (!ibanValid(wrong)) return rng.chance(0.5) ? paperForm(wrong) : wrong;
  }
}

function badCard(rng: Rng): string {
  const c = cardDigits(rng);
  const body = c.digits.slice(0, -1);
  const wrong = body + String((Number(luhnDigit(body)) + rng.int(1, 9)) % 10);
  return rng.chance(0.5) ? wrong.replace(/(\d{4})(?=\d)/g, '$1 ') : wrong;
}

const uuid = (rng: Rng): string => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;

/** Every hard-negative kind and its generator. */
export const NEGATIVE_KINDS = {
  'http-status-bytes': (r: Rng) => `${r.pick([200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 499, 500, 502, 503])} ${r.int(0, 2_400_000)}`,
  port: (r: Rng) => String(r.pick([r.int(1024, 65535), 8080, 8443, 5432, 6379, 9092, 27017])),
  pid: (r: Rng) => String(r.int(100, 4_194_303)),
  latency: (r: Rng) => r.pick([`${r.int(0, 9)}.${r.digits(3)}`, `${r.int(1, 9999)}ms`, `${r.int(0, 2)}.${r.digits(6)}`]),
  'request-id': (r: Rng) => r.pick([r.chars(HEX, 32), r.chars(HEX, 16), `Root=1-${r.chars(HEX, 8)}-${r.chars(HEX, 24)}`, r.chars(ALNUM, 20)]),
  uuid,
  'git-hash': (r: Rng) => r.chars(HEX, r.pick([7, 8, 12, 40])),
  version: (r: Rng) => r.pick([`${r.int(0, 4)}.${r.int(0, 40)}.${r.int(0, 30)}`, `v${r.int(1, 3)}.${r.int(0, 30)}.${r.int(0, 20)}`, `${r.int(1, 2)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`]),
  'version-4part': (r: Rng) => r.pick([`10.0.${r.int(17000, 26100)}.${r.int(1, 5000)}`, `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 99)}.${r.int(0, 999)}`, `4.18.0.${r.int(100, 600)}`]),
  'user-agent': userAgent,
  oid: (r: Rng) => r.pick([`1.3.6.1.2.1.2.2.1.${r.int(1, 22)}.${r.int(1, 48)}`, `1.3.6.1.4.1.${r.pick([9, 2636, 8072, 311])}.${r.int(1, 9)}.${r.int(1, 99)}.${r.int(1, 9)}`, `1.2.840.113549.1.1.${r.int(1, 13)}`]),
  'epoch-seconds': (r: Rng) => epochSeconds(instant(r)),
  'epoch-millis': (r: Rng) => epochMillis(instant(r)),
  duration: (r: Rng) => r.pick([`${r.int(1, 59)}m${r.int(0, 59)}.${r.digits(3)}s`, `PT${r.int(1, 9)}H${r.int(1, 59)}M`, `${p2(r.int(0, 5))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}`, `${r.int(1, 900)}s`]),
  price: (r: Rng) => r.pick([`€${r.int(1, 9)}.${r.digits(3)},${r.digits(2)}`, `$${r.int(1, 9)},${r.digits(3)}.${r.digits(2)}`, `${r.int(100, 999)},${r.digits(2)} €`, `${r.int(1, 9)} ${r.digits(3)},${r.digits(2)} kr`, `¥${r.int(1, 99)},${r.digits(3)}`, `R$ ${r.int(1, 9)}.${r.digits(3)},${r.digits(2)}`, `£${r.int(10, 999)}.${r.digits(2)}`]),
  coordinates: (r: Rng) => `${r.chance(0.3) ? '-' : ''}${r.int(0, 70)}.${r.digits(r.int(4, 6))}, ${r.chance(0.3) ? '-' : ''}${r.int(0, 170)}.${r.digits(r.int(4, 6))}`,
  'order-number': (r: Rng) => r.pick([`ORD-${r.int(2021, 2026)}-${r.digits(6)}`, `#${r.number(9)}`, `45${r.digits(8)}`, `${r.number(3)}-${r.digits(7)}-${r.digits(7)}`]),
  'invoice-number': (r: Rng) => r.pick([`INV-${r.int(2021, 2026)}-${r.digits(5)}`, `RE-${r.int(2021, 2026)}-${r.digits(5)}`, `FA${r.int(2021, 2026)}/${r.digits(5)}`, `${r.int(2021, 2026)}${r.digits(6)}`]),
  'case-number': (r: Rng) => r.pick([`INC${r.digits(7)}`, `${r.number(8)}`, `${r.int(2021, 2026)}-${r.digits(4)}-${r.digits(2)}`, `CS-${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`]),
  'reference-number': (r: Rng) => r.pick([`${r.number(4)}-${r.digits(4)}-${r.digits(2)}`, `${r.number(3)} ${r.digits(3)} ${r.digits(3)}`, `${r.number(4)}/${r.digits(6)}`, `${r.number(2)}.${r.digits(3)}.${r.digits(3)}`]),
  'tracking-number': (r: Rng) => r.pick([`1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`, `94${r.digits(20)}`, r.number(10), r.number(12), `${r.chars(UPPER, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'NL', 'FR'])}`]),
  sku: (r: Rng) => r.pick([`SKU-${r.digits(5)}-${r.pick(['BLK', 'WHT', 'RED'])}-${r.pick(['S', 'M', 'L', 'XL'])}`, `${r.chars(UPPER, 2)}-${r.digits(4)}-${r.digits(2)}`, `${r.number(6)}-${r.digits(3)}`]),
  barcode: (r: Rng) => r.pick([ean13(r, r.pick(['40', '50', '76', '80', '87', '30'])), (() => { const b = r.number(11); return b + gs1Digit(b); })()]),
  isbn: (r: Rng) => {
    if (r.chance(0.5)) return ean13(r, r.pick(['978', '979']));
    const b = r.digits(9);
    return `${b[0]}-${b.slice(1, 4)}-${b.slice(4)}-${isbn10Char(b)}`;
  },
  'bad-iban': badIban,
  'bad-card': badCard,
  'k8s-quantity': (r: Rng) => (r.chance(0.5) ? cpuQuantity(r) : memoryQuantity(r)),
  'build-number': (r: Rng) => r.pick([`#${r.int(100, 99999)}`, `${r.int(2021, 2026)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}.${r.int(1, 9)}`]),
  digest: (r: Rng) => `sha256:${r.chars(HEX, 64)}`,
  bytes: (r: Rng) => String(r.int(1_000, 9_999_999_999)),
  'aws-account-id': (r: Rng) => r.number(12),
  'message-id': (r: Rng) => `${r.int(2021, 2026)}${r.digits(10)}.${r.chars(HEX, 8)}@${r.pick(['mail.contoso.de', 'mx.northwind.io', 'smtp.fabrikam.fr'])}`,
  'sd-id': (r: Rng) => `${r.pick(['exampleSDID', 'origin', 'meta', 'timeQuality'])}@${r.int(10000, 59999)}`,
  'vat-id': (r: Rng) => r.pick([`DE${r.number(9)}`, `FR${r.digits(2)}${r.number(9)}`, `NL${r.number(9)}B0${r.int(1, 9)}`, `ATU${r.number(8)}`, `IT${r.digits(11)}`]),
  measurement: (r: Rng) => r.pick([`${r.int(150, 199)} cm`, `${r.int(45, 120)}.${r.int(0, 9)} kg`, `${r.int(95, 160)}/${r.int(55, 100)} mmHg`, `${r.int(36, 39)},${r.int(0, 9)} °C`]),
} as const;

/** Kubernetes quantities as manifests write them: CPU in millicores or cores, memory in Mi/Gi. */
export const cpuQuantity = (r: Rng): string => r.pick([`${r.int(1, 20) * 50}m`, String(r.int(1, 8)), `${r.int(1, 3)}.5`]);
export const memoryQuantity = (r: Rng): string => r.pick([`${r.pick([64, 128, 256, 512, 768])}Mi`, `${r.int(1, 16)}Gi`, `${r.int(1, 7)}.5Gi`]);
/** Body measurements of an intake form. */
export const height = (r: Rng): string => `${r.int(150, 199)} cm`;
export const weight = (r: Rng): string => `${r.int(45, 120)}${r.pick(['.', ','])}${r.int(0, 9)} kg`;
/** A client's ephemeral source port. */
export const ephemeralPort = (r: Rng): string => String(r.int(32768, 60999));

export type NegativeKind = keyof typeof NEGATIVE_KINDS;

export function neg(rng: Rng, kind: NegativeKind): string {
  return NEGATIVE_KINDS[kind](rng);
}

