// Set 8's hard negatives: values of these formats that look like the judged types but are not personal
// data (calendar and card UIDs, directory GUIDs, SIDs and USNs, EDI control numbers and dates, ISO 20022
// message ids and amounts, DICOM UIDs, digests, Prometheus samples, GPS fixes, masked PANs, approval
// codes, terminal ids), and bad-checksum twins of cards and IBANs. Digit runs are redrawn until no
// region of NEGATIVE_REGIONS8 takes them as a valid phone number.
import type { CountryCode } from 'libphonenumber-js/max';
import { luhnValid } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { notAPhone8 } from './phones.js';
import { cardDigits, ibanOf } from './values.js';

export const NEGATIVE_REGIONS8: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'IN', 'BR', 'JP', 'CN'];
// North American EDI and directory numbers are checked against their own context's regions.
const NORTH_AMERICA: readonly CountryCode[] = ['US', 'CA', 'GB'];
// German numbering allows national numbers of up to 13 digits and more, so digit runs of 12 or more
// (EAN-13, GLN, IMEI, epoch milliseconds, receipt numbers) are checked against the other regions.
const LONG_RUN: readonly CountryCode[] = NEGATIVE_REGIONS8.filter((r) => r !== 'DE');
/** Kinds made of digit runs (with separators) → the regions none of which may take them as a valid phone. */
export const DIGIT_RUN_KINDS8 = new Map<string, readonly CountryCode[]>();

function digitRun(kind: string, form: string, draw: () => string, regions: readonly CountryCode[] = NEGATIVE_REGIONS8): Piece {
  DIGIT_RUN_KINDS8.set(kind, regions);
  for (let i = 0; i < 2000; i++) {
    const text = draw();
    if (notAPhone8(text.replace(/\D/g, ''), regions)) return neg(kind, form, text);
  }
  throw new Error(`no ${kind} negative that is no phone number in 2000 draws`);
}

const uuid = (rng: Rng) => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;
const p2 = (n: number) => String(n).padStart(2, '0');
const ymd = (rng: Rng) => `2026${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}`;
const hms = (rng: Rng) => `${p2(rng.int(0, 23))}${p2(rng.int(0, 59))}${p2(rng.int(0, 59))}`;

export const vcardUid = (rng: Rng) => neg('vcard-uid', 'urn-uuid', `urn:uuid:${uuid(rng)}`);
export const icalUid = (rng: Rng) => neg('ical-uid', 'uuid-at-host', `${uuid(rng).toUpperCase()}@cal.${rng.pick(['example.net', 'groupware.local'])}`);
export const icalStamp = (rng: Rng) => neg('ical-dtstamp', 'basic-utc', `${ymd(rng)}T${hms(rng)}Z`);
export const objectGuid = (rng: Rng) => neg('ad-objectguid', rng.chance(0.5) ? 'braced' : 'base64', rng.chance(0.5) ? `{${uuid(rng).toUpperCase()}}` : Buffer.from(rng.chars(HEX, 32), 'hex').toString('base64'));
export const objectSid = (rng: Rng) => neg('ad-objectsid', 'sddl', `S-1-5-21-${rng.int(1000000000, 3999999999)}-${rng.int(1000000000, 3999999999)}-${rng.int(100000000, 999999999)}-${rng.int(1000, 9999)}`);
export const usnChanged = (rng: Rng) => digitRun('ad-usnchanged', 'integer', () => String(rng.int(1000000, 99999999)), NORTH_AMERICA);
export const isaControl = (rng: Rng) => digitRun('x12-control-number', 'nine-digit', () => rng.digits(9), NORTH_AMERICA);
export const gsDate = (rng: Rng) => neg('x12-gs-date', 'ccyymmdd', ymd(rng));
export const poNumber = (rng: Rng) => digitRun('purchase-order', 'po', () => `${rng.pick(['PO', '45', '47'])}${rng.digits(8)}`);
export const gln = (rng: Rng) => digitRun('gln', 'thirteen-digit', () => `${rng.pick(['40', '50', '76', '87'])}${rng.digits(11)}`, LONG_RUN);
export const duns = (rng: Rng) => digitRun('duns', 'nine-digit', () => `${rng.int(1, 9)}${rng.digits(8)}`, NORTH_AMERICA);
export const edifactRef = (rng: Rng) => neg('edifact-reference', 'rff', `${rng.pick(['ON', 'IV', 'VN', 'CT'])}:${rng.chars(UPPER, 2)}${rng.digits(7)}`);
export const msgId = (rng: Rng) => neg('iso20022-msgid', 'msgid', `MSG-${ymd(rng)}-${rng.chars(UPPER + DIGITS, 10)}`);
export const endToEnd = (rng: Rng) => neg('iso20022-endtoendid', 'e2e', `E2E${rng.digits(6)}${rng.chars(UPPER + DIGITS, 10)}`);
export const amount = (rng: Rng) => neg('amount', 'decimal', `${rng.int(10, 99999)}.${p2(rng.int(0, 99))}`);
export const bic = (rng: Rng) => neg('bic', rng.chance(0.5) ? 'bic8' : 'bic11', `${rng.chars(UPPER, 4)}${rng.pick(['DE', 'FR', 'GB', 'IT', 'NL', 'CH'])}${rng.chars(UPPER + DIGITS, 2)}${rng.chance(0.5) ? rng.chars(UPPER + DIGITS, 3) : ''}`);
export const mt103Ref = (rng: Rng) => neg('mt103-reference', 'field-20', `${rng.chars(UPPER, 3)}${rng.digits(10)}`);
export const dicomUid = (rng: Rng) => neg('dicom-uid', rng.pick(['study', 'series', 'sop']), `1.2.840.10008.${rng.int(1, 5)}.${rng.int(1, 4)}.${rng.int(1, 9)}.${rng.digits(12)}.${rng.digits(6)}`);
export const dicomDate = (rng: Rng) => neg('dicom-date', 'da', `${rng.int(1940, 2026)}${p2(rng.int(1, 12))}${p2(rng.int(1, 28))}`);
export const accession = (rng: Rng) => digitRun('dicom-accession', 'acc', () => `${rng.pick(['ACC', 'RAD'])}${rng.digits(9)}`, NORTH_AMERICA);
export const sha256 = (rng: Rng) => neg('sha256-digest', 'sha256-prefixed', `sha256:${rng.chars(HEX, 64)}`);
export const placeholder = (rng: Rng) => neg('placeholder', 'template', rng.pick(['${NPM_TOKEN}', '<your-token-here>', 'xxxxxxxxxxxxxxxxxxxx', '{{ .Values.password }}', '%PYPI_PASSWORD%', 'CHANGEME', '${GITHUB_TOKEN}']));
export const registryHost = (rng: Rng) => neg('registry-host', 'host', rng.pick(['registry.npmjs.org', 'ghcr.io', 'upload.pypi.org', 'index.docker.io', 'quay.io', 'europe-west1-docker.pkg.dev', 'npm.pkg.github.com']));
export const promTimestamp = (rng: Rng) => digitRun('prometheus-timestamp', 'epoch-ms', () => `17${rng.digits(11)}`, LONG_RUN);
export const promSample = (rng: Rng) => neg('prometheus-sample', rng.pick(['float', 'exp']), rng.chance(0.5) ? `${rng.int(0, 99999)}.${rng.digits(3)}` : `${rng.int(1, 9)}.${rng.digits(4)}e+0${rng.int(3, 9)}`);
export const latLon = (rng: Rng) => neg('gps-coordinate', 'decimal', `${(rng.float() * 140 - 70).toFixed(6)}`);
export const elevation = (rng: Rng) => neg('gps-elevation', 'metres', `${rng.int(0, 3500)}.${rng.int(0, 9)}`);
export const isoTime = (rng: Rng) => neg('iso-timestamp', 'utc', `2026-${p2(rng.int(1, 12))}-${p2(rng.int(1, 28))}T${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}Z`);
export const maskedPan = (rng: Rng) => neg('masked-pan', rng.pick(['stars', 'x-groups']), rng.chance(0.5) ? `************${rng.digits(4)}` : `XXXX XXXX XXXX ${rng.digits(4)}`);
export const approvalCode = (rng: Rng) => neg('approval-code', 'auth', rng.chars(UPPER + DIGITS, 6));
export const terminalId = (rng: Rng) => digitRun('terminal-id', 'tid', () => `${rng.pick(['T', 'TID'])}${rng.digits(8)}`);
export const receiptNo = (rng: Rng) => digitRun('receipt-number', 'trans', () => `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`, LONG_RUN);
export const ean13 = (rng: Rng) => digitRun('ean13', 'barcode', () => {
  const body = `${rng.pick(['400', '590', '800', '871', '460'])}${rng.digits(9)}`;
  const sum = [...body].reduce((a, d, i) => a + Number(d) * (i % 2 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}, LONG_RUN);
export const imei = (rng: Rng) => digitRun('imei', 'luhn-15', () => {
  const body = `35${rng.digits(12)}`;
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  return body + '0';
}, LONG_RUN);
export const version = (rng: Rng) => neg('version', rng.pick(['semver', 'four-part']), rng.chance(0.5) ? `${rng.int(0, 12)}.${rng.int(0, 40)}.${rng.int(0, 200)}` : `${rng.int(1, 10)}.${rng.int(0, 9)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
export const oid = (rng: Rng) => neg('snmp-oid', 'dotted', `1.3.6.1.4.1.${rng.int(100, 60000)}.${rng.int(1, 9)}.${rng.int(1, 30)}`);

export function badCard(rng: Rng): Piece {
  return digitRun('bad-card', 'luhn-fail', () => {
    const d = cardDigits(rng).digits;
    return d.slice(0, -1) + String((Number(d.slice(-1)) + rng.int(1, 9)) % 10);
  });
}
export function badIban(rng: Rng): Piece {
  const good = ibanOf(rng, rng.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB']));
  const check = (Number(good.slice(2, 4)) + rng.int(1, 9)) % 97;
  return neg('bad-iban', 'check-digits', `${good.slice(0, 2)}${String(check < 2 ? check + 2 : check).padStart(2, '0')}${good.slice(4)}`);
}
export const badSsn = (rng: Rng) => neg('bad-ssn', rng.pick(['area-000', 'area-666', 'area-9xx']), `${rng.pick(['000', '666', String(rng.int(900, 999))])}-${p2(rng.int(1, 99))}-${String(rng.int(1, 9999)).padStart(4, '0')}`);
export const adSerial = (rng: Rng) => neg('employee-number', 'emp', `E${rng.digits(6)}`);
