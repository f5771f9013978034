// Set 9's hard negatives: values of these sources' own formats that look like the judged types but are
// no personal data (HL7 control ids, timestamps and OIDs, FHIR ids and instants, LOINC codes, journald
// cursors and microsecond clocks, git hashes, Message-IDs, chat and Discord ids, listing and PMS
// numbers, CI run ids, Stripe and Sentry ids, Kafka offsets, DNS serials and reverse names, OUIs,
// RADIUS counters, GEDCOM references and dates, library barcodes, ISBNs, call numbers ...) and twins of
// gold values with a wrong check digit. A kind made of digits is redrawn until none of its regions reads
// its digits as a valid phone number (RUN_REGIONS9 says which regions each such kind is checked against).
import type { CountryCode } from 'libphonenumber-js/max';
import { cpfDigits, gs1Digit, isbn10Char, verhoeffDigit } from '../pii-heldout/checksums.js';
import { ALNUM, DIGITS, HEX, LOWER, UPPER, type Rng } from '../pii-heldout/prng.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { noPhoneIn9 } from './phones.js';
import { ibanText, IBAN_COUNTRIES9, panDigits } from './values.js';

// The numbering plans of Germany, Austria, Italy, India and Brazil are open: they take most runs of 6 to
// 13 digits as a valid number, so a digit run is checked against the closed plans of these regions.
const WIDE: readonly CountryCode[] = ['US', 'GB', 'FR', 'ES', 'RU', 'JP', 'CN', 'AU'];
// A zone's serial (YYYYMMDDnn) is read in the regions of the zones written (their TLDs).
export const ZONE_REGIONS9: readonly CountryCode[] = ['FR', 'ES', 'RU', 'GB', 'AU', 'BR'];
export const RUN_REGIONS9 = new Map<string, readonly CountryCode[]>();

function run(kind: string, form: string, regions: readonly CountryCode[], make: () => string): Piece {
  RUN_REGIONS9.set(kind, regions);
  for (let attempt = 0; attempt < 3000; attempt++) {
    const text = make();
    if (noPhoneIn9(text.replace(/\D/g, ''), regions)) return neg(kind, form, text);
  }
  throw new Error(`set 9: every draw of ${kind} reads as a phone number`);
}

const two = (n: number) => String(n).padStart(2, '0');
const dateDigits = (rng: Rng, from = 2025) => `${rng.int(from, 2026)}${two(rng.int(1, 12))}${two(rng.int(1, 28))}`;
const clock = (rng: Rng) => `${two(rng.int(0, 23))}:${two(rng.int(0, 59))}:${two(rng.int(0, 59))}`;

// Messages and health records.
export const hl7ControlId = (rng: Rng) => run('hl7-control-id', 'msh-10', WIDE, () => `${dateDigits(rng)}${rng.digits(rng.int(4, 6))}`);
export const hl7Timestamp = (rng: Rng) => run('hl7-timestamp', 'ts', WIDE, () => `${dateDigits(rng)}${clock(rng).replace(/:/g, '')}`);
export const hl7Oid = (rng: Rng) => neg('hl7-oid', 'iso-oid', `2.16.840.1.113883.${rng.int(2, 19)}.${rng.int(1, 999)}.${rng.int(1, 40)}`);
export const loinc = (rng: Rng) => neg('loinc-code', 'code-check', `${rng.int(1000, 99999)}-${rng.int(0, 9)}`);
export const fhirInstant = (rng: Rng) => neg('fhir-instant', 'offset', `${dateDigits(rng).replace(/(\d{4})(\d\d)(\d\d)/, '$1-$2-$3')}T${clock(rng)}.${rng.digits(3)}${rng.pick(['+01:00', '-05:00', '+05:30', 'Z'])}`);
export const fhirVersion = (rng: Rng) => neg('http-etag', 'weak', `W/"${rng.int(1, 40)}"`);
export const uuidV7 = (rng: Rng) => neg('uuid', 'v7', `0190${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-7${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`);

// System logs.
export const rfc5424Time = (rng: Rng) => neg('syslog-timestamp', 'rfc5424', `2026-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}T${clock(rng)}.${rng.digits(6)}${rng.pick(['+00:00', '+02:00', '-07:00'])}`);
export const journalRealtime = (rng: Rng) => run('journald-realtime-usec', 'epoch-us', WIDE, () => `17${rng.digits(14)}`);
export const journalMonotonic = (rng: Rng) => run('journald-monotonic-usec', 'usec', WIDE, () => `${rng.int(1, 9)}${rng.digits(rng.int(7, 10))}`);
export const journalCursor = (rng: Rng) => neg('journald-cursor', 'cursor', `s=${rng.chars(HEX, 32)};i=${rng.chars(HEX, 5)};b=${rng.chars(HEX, 32)};m=${rng.chars(HEX, 9)};t=${rng.chars(HEX, 13)};x=${rng.chars(HEX, 16)}`);
export const bootId = (rng: Rng) => neg('boot-id', 'hex-128', rng.chars(HEX, 32));
export const responseBytes = (rng: Rng) => run('http-response-bytes', 'bytes', WIDE, () => String(rng.int(100, 9999999)));
export const requestTime = (rng: Rng) => neg('request-time', 'seconds', `${rng.int(0, 12)}.${rng.digits(3)}`);
export const browserVersion = (rng: Rng) => neg('browser-version', 'four-part', `${rng.pick(['Chrome', 'Edg', 'OPR', 'YaBrowser'])}/${rng.int(100, 131)}.0.${rng.int(4000, 6999)}.${rng.int(10, 250)}`);
export const firmware = (rng: Rng) => neg('four-part-version', 'dotted', `${rng.int(1, 20)}.${rng.int(0, 12)}.${rng.int(0, 99)}.${rng.int(1, 250)}`);
export const cve = (rng: Rng) => neg('cve-id', 'mitre', `CVE-${rng.int(2014, 2026)}-${rng.int(1000, 49999)}`);

// Version control, mail and chat.
export const commitSha = (rng: Rng) => neg('git-commit', rng.pick(['full', 'short']), rng.chars(HEX, rng.pick([40, 12, 7])));
export const epochSeconds = (rng: Rng) => run('epoch-seconds', 'unix', WIDE, () => `17${rng.digits(8)}`);
export const messageId = (rng: Rng) => neg('message-id', 'rfc5322', `<${dateDigits(rng)}${clock(rng).replace(/:/g, '')}.${rng.digits(5)}.${rng.chars(LOWER + DIGITS, 6)}@${rng.pick(['mx.example.org', 'lists.example.net', 'git.example.com'])}>`);
export const slackTs = (rng: Rng) => neg('slack-message-ts', 'epoch-micro', `17${rng.digits(8)}.${rng.digits(6)}`);
export const snowflake = (rng: Rng) => run('discord-snowflake', 'id64', WIDE, () => `1${rng.int(1, 3)}${rng.digits(17)}`);
export const chatStamp = (rng: Rng) => neg('chat-export-timestamp', rng.pick(['dmy', 'mdy']), `${two(rng.int(1, 28))}/${two(rng.int(1, 12))}/2026, ${two(rng.int(0, 23))}:${two(rng.int(0, 59))}`);

// Listings, stays, libraries, genealogy.
export const listingId = (rng: Rng) => run('listing-id', 'ref', WIDE, () => `${rng.int(10, 99)}${rng.digits(rng.int(6, 8))}`);
export const listingPrice = (rng: Rng) => neg('price', rng.pick(['eur', 'rub', 'inr']), rng.pick([`${rng.int(100, 999)}.${rng.digits(3)} €`, `${rng.int(1, 99)} ${rng.digits(3)} ${rng.digits(3)} ₽`, `₹${rng.int(10, 99)},${rng.digits(2)},${rng.digits(3)}`]));
export const floorArea = (rng: Rng) => neg('floor-area', 'square-metres', `${rng.int(18, 240)},${rng.int(0, 9)} m²`);
export const cadastral = (rng: Rng) => neg('cadastral-reference', 'es-20', `${rng.digits(7)}${rng.chars(UPPER, 2)}${rng.digits(4)}${rng.chars(UPPER, 1)}${rng.digits(4)}${rng.chars(UPPER, 2)}`);
export const pmsConfirmation = (rng: Rng) => run('pms-confirmation', 'digits', WIDE, () => `${rng.int(3, 9)}${rng.digits(rng.int(8, 9))}`);
export const stayDates = (rng: Rng) => {
  const month = two(rng.int(1, 12));
  return neg('stay-dates', 'range', `${two(rng.int(1, 14))}.${month}.2026–${two(rng.int(15, 28))}.${month}.2026`);
};
export const libraryBarcode = (rng: Rng) => run('library-barcode', 'codabar-14', WIDE, () => `3${rng.digits(4)}00${rng.digits(7)}`);
export const isbn13 = (rng: Rng) => run('isbn-13', 'hyphenated', WIDE, () => {
  const body = `978${rng.int(0, 9)}${rng.digits(8)}`;
  return `${body.slice(0, 3)}-${body[3]}-${body.slice(4, 8)}-${body.slice(8)}-${gs1Digit(body)}`;
});
export const isbn10 = (rng: Rng) => run('isbn-10', 'plain', WIDE, () => {
  const body = rng.digits(9);
  return body + isbn10Char(body);
});
export const deweyNumber = (rng: Rng) => neg('call-number', 'dewey', `${rng.int(100, 999)}.${rng.digits(rng.int(2, 5))} ${rng.chars(UPPER, 3)}`);
export const gedcomXref = (rng: Rng) => neg('gedcom-xref', rng.pick(['I', 'F', 'S']), `@${rng.pick(['I', 'F', 'S'])}${rng.int(1, 99999)}@`);
export const gedcomDate = (rng: Rng) => neg('gedcom-date', 'day-mon-year', `${rng.pick(['', 'ABT ', 'BEF '])}${rng.int(1, 28)} ${rng.pick(['JAN', 'MAR', 'JUN', 'SEP', 'DEC'])} ${rng.int(1780, 1990)}`);

// Platforms, CI, streams and networks.
// Actions job ids have passed 2·10^10: eleven digits, no trunk 1, so no NANP number either.
export const ciJobId = (rng: Rng) => run('ci-job-id', 'actions-job', WIDE, () => `${rng.int(2, 4)}${rng.digits(10)}`);
export const ciTimestamp = (rng: Rng) => neg('ci-timestamp', 'seven-decimals', `2026-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}T${clock(rng)}.${rng.digits(7)}Z`);
export const stripeObject = (rng: Rng) => neg('stripe-object-id', rng.pick(['evt', 'ch', 'pi', 'cus']), `${rng.pick(['evt', 'ch', 'pi', 'cus'])}_${rng.int(1, 3)}${rng.chars(ALNUM, 23)}`);
export const sentryEvent = (rng: Rng) => neg('sentry-event-id', 'hex-32', rng.chars(HEX, 32));
export const spanId = (rng: Rng) => neg('trace-span-id', 'hex-16', rng.chars(HEX, 16));
export const kafkaOffset = (rng: Rng) => run('kafka-offset', 'offset', WIDE, () => String(rng.int(100000, 9999999999)));
export const esDocId = (rng: Rng) => neg('elasticsearch-id', 'base64url-20', rng.chars(ALNUM + '-_', 20));
export const soaSerial = (rng: Rng) => run('dns-soa-serial', 'yyyymmddnn', ZONE_REGIONS9, () => `${dateDigits(rng)}${two(rng.int(0, 99))}`);
export const reverseName = (rng: Rng) => neg('reverse-dns-name', 'in-addr-arpa', `${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(11, 223)}.in-addr.arpa.`);
export const ouiPrefix = (rng: Rng) => neg('mac-oui', 'three-octets', Array.from({ length: 3 }, () => rng.chars(HEX, 2).toUpperCase()).join(':'));
export const latency = (rng: Rng) => neg('scan-latency', 'seconds', `${rng.int(0, 1)}.${rng.digits(rng.int(4, 6))}s`);
export const octets = (rng: Rng) => run('radius-octets', 'counter', WIDE, () => String(rng.int(10000, 4294967295)));
export const acctSession = (rng: Rng) => neg('radius-session-id', 'hex-8', rng.chars(HEX.toUpperCase(), 8) + (rng.chance(0.5) ? `-${rng.chars(HEX.toUpperCase(), 8)}` : ''));
export const surveyResponseId = (rng: Rng) => neg('survey-response-id', 'R_', `R_${rng.chars(ALNUM, 15)}`);
export const arithmetic = (rng: Rng) => {
  const a = rng.int(1000, 9999), b = rng.int(100, 999);
  return neg('arithmetic', 'difference', `${a} - ${b} = ${a - b}`);
};
export const coordinates = (rng: Rng) => neg('coordinates', 'lat-lon', `${(rng.float() * 120 - 60).toFixed(5)}, ${(rng.float() * 340 - 170).toFixed(5)}`);

// Wrong check digits on gold shapes.
// Changing one digit of a number always breaks its Luhn digit, so the twin never passes.
export const badPan = (rng: Rng) => run('bad-card', 'luhn-off-by-one', WIDE, () => {
  const { pan } = panDigits(rng);
  return pan.slice(0, -1) + String((Number(pan.at(-1)) + rng.int(1, 9)) % 10);
});
// Check digits run 02..98 and only one of them is right: any other of that range is wrong.
export function badIbanText(rng: Rng): Piece {
  const good = ibanText(rng, rng.pick(IBAN_COUNTRIES9));
  const wrong = 2 + ((Number(good.slice(2, 4)) - 2 + rng.int(1, 96)) % 97);
  return neg('bad-iban', 'check-digits', good.slice(0, 2) + String(wrong).padStart(2, '0') + good.slice(4));
}
export const badCpf = (rng: Rng) => {
  const nine = rng.digits(9), right = cpfDigits(nine);
  const wrong = `${right[0]}${(Number(right[1]) + rng.int(1, 9)) % 10}`;
  return neg('bad-cpf', 'dotted', `${nine.slice(0, 3)}.${nine.slice(3, 6)}.${nine.slice(6)}-${wrong}`);
};
export const badAadhaar = (rng: Rng) => run('bad-aadhaar', 'verhoeff-fail', WIDE, () => {
  const eleven = `${rng.int(2, 9)}${rng.digits(10)}`;
  const all = eleven + ((Number(verhoeffDigit(eleven)) + rng.int(1, 9)) % 10);
  return all.match(/.{4}/g)!.join(' ');
});
export const badNino = (rng: Rng) => neg('bad-nino', 'invalid-prefix', `${rng.pick(['D', 'F', 'I', 'Q', 'U', 'V'])}${rng.chars('ABCEHJKLMNPRSTWXYZ', 1)}${rng.digits(6)}${rng.pick(['A', 'B', 'C', 'D'])}`);
export const badSsnArea = (rng: Rng) => neg('bad-ssn', rng.pick(['area-000', 'area-9xx']), `${rng.pick(['000', String(rng.int(900, 999))])}-${two(rng.int(1, 99))}-${String(rng.int(1, 9999)).padStart(4, '0')}`);
