// Set 7's hard negatives: values of cloud, telecom, utility, fleet, school and court records that look
// like personal data and are not (12-digit account ids, ARNs, message SIDs, Call-IDs, meter point
// ids, VINs with a right check digit, IMEIs, docket numbers …). Digit runs are drawn until no region of
// their context takes them as a valid phone number (a bare run of 10 digits is a valid national number
// of Germany or Austria nearly always: those regions are the context of no digit run here).
import { gs1Digit, ibanCheck, luhnDigit, luhnValid } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import type { CountryCode } from 'libphonenumber-js/max';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { notAPhone } from './phones.js';
import { bban, cardDigits, IBAN_FORMATS, paper } from './values.js';

/** The regions whose phone numbers could stand where each digit-run kind stands (cloud logs: worldwide readers). */
export const DIGIT_RUN_CONTEXT: Record<string, CountryCode[]> = {
  'aws-account-id': ['US', 'GB', 'IN', 'FR', 'JP'], 'mpan-core': ['GB'], 'sdp-session-id': ['US', 'GB'], 'invoice-number': ['US', 'GB', 'FR', 'ES'], 'crm-record-id': ['US', 'GB'], 'student-number': ['IT', 'GB', 'US'],
};

/** `n` digits of a kind, drawn again until no region of the kind's context reads them as a phone number. */
export function digitRun(rng: Rng, kind: string, n: number, first = ''): string {
  const regions = DIGIT_RUN_CONTEXT[kind] ?? ['US', 'GB'];
  let s = first + rng.digits(n - first.length);
  for (let i = 0; i < 200 && !notAPhone(s, regions); i++) s = first + rng.digits(n - first.length);
  return s;
}

const uuid = (rng: Rng) => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;

export const awsAccount = (rng: Rng): Piece => neg('aws-account-id', '12-digit', digitRun(rng, 'aws-account-id', 12));
export const arn = (rng: Rng, account = digitRun(rng, 'aws-account-id', 12)): Piece => neg('arn', 'iam', `arn:aws:${rng.pick([`iam::${account}:role/${rng.pick(['deploy-ci', 'lambda-exec', 'OrganizationAccountAccessRole'])}`, `s3:::${rng.pick(['billing', 'ml-datasets', 'tf-state'])}-${account}`, `kms:eu-central-1:${account}:key/${uuid(rng)}`, `sns:us-east-1:${account}:alerts-${rng.int(1, 99)}`])}`);
export const requestId = (rng: Rng): Piece => neg('request-id', 'uuid', uuid(rng));
export const guid = (rng: Rng, what: string): Piece => neg(what, 'uuid', uuid(rng));
export const amiId = (rng: Rng): Piece => neg('ami-id', 'ami-17hex', `ami-0${rng.chars(HEX, 16)}`);
export const resourceId = (rng: Rng): Piece => neg('resource-id', 'aws', `${rng.pick(['i', 'vpc', 'subnet', 'sg', 'eni', 'vol', 'snap'])}-0${rng.chars(HEX, 16)}`);
export const sha256 = (rng: Rng): Piece => neg('sha256', 'hex64', rng.chars(HEX, 64));
export const gitSha = (rng: Rng): Piece => neg('git-sha', 'hex40', rng.chars(HEX, 40));
export const placeholder = (rng: Rng): Piece => neg('placeholder', 'template', rng.pick(['${var.db_password}', '{{ vault_db_password }}', '<YOUR_API_TOKEN>', '********', 'REPLACE_ME', '${{ secrets.DEPLOY_TOKEN }}', 'AKIAXXXXXXXXXXXXXXXX', '(sensitive value)']));
export const twilioSid = (rng: Rng, prefix = rng.pick(['SM', 'MM', 'CA', 'AC'])): Piece => neg('twilio-sid', prefix, prefix + rng.chars(HEX, 32));
export const callId = (rng: Rng): Piece => neg('sip-call-id', 'hex@host', `${rng.chars(HEX, 24)}@${rng.pick(['pbx1.voip.local', 'sbc.carrier.net', 'asterisk'])}`);
export const cseq = (rng: Rng): Piece => neg('sip-cseq', 'number', String(rng.int(1, 99999)));
export const rtpPort = (rng: Rng): Piece => neg('rtp-port', 'even', String(rng.int(5000, 16383) * 2));
export const sdpSession = (rng: Rng): Piece => neg('sdp-session-id', 'ntp-10', digitRun(rng, 'sdp-session-id', 10, '3'));
export const smtpStatus = (rng: Rng): Piece => neg('smtp-status', 'enhanced', rng.pick(['5.1.1', '5.7.1', '4.2.2', '5.2.2', '4.7.0', '2.0.0', '5.4.1']));
export const queueId = (rng: Rng): Piece => neg('mail-queue-id', 'hex', rng.chars('0123456789ABCDEF', rng.int(10, 12)));
export const campaignId = (rng: Rng): Piece => neg('campaign-id', 'sfdc-18', `701${rng.chars(UPPER + DIGITS, 3)}0000${rng.chars(UPPER + DIGITS, 8)}`);
export const utm = (rng: Rng): Piece => neg('utm-string', 'query', `utm_source=${rng.pick(['newsletter', 'linkedin', 'google'])}&utm_medium=${rng.pick(['email', 'cpc', 'social'])}&utm_campaign=${rng.pick(['q4', 'bf', 'spring'])}_${digits(rng, 8)}`);
export const hubspotId = (rng: Rng): Piece => neg('crm-record-id', 'digits-11', digitRun(rng, 'crm-record-id', 11, '1'));
export const studentNo = (rng: Rng): Piece => neg('student-number', rng.chance(0.5) ? 's-8' : '9-digit', rng.chance(0.5) ? `s${digitRun(rng, 'student-number', 8, '2')}` : digitRun(rng, 'student-number', 9, '2'));
export const courseCode = (rng: Rng): Piece => neg('course-code', 'dept-num', `${rng.pick(['CS', 'MATH', 'PHYS', 'ECON', 'BIO', 'LAW'])}-${rng.int(100, 499)}`);
export const room = (rng: Rng): Piece => neg('room-number', 'building.room', `${rng.pick(['B', 'H', 'G'])}${rng.int(1, 9)}.${String(rng.int(1, 40)).padStart(2, '0')}`);
export const imei = (rng: Rng): Piece => {
  const body = rng.pick(['35', '86', '49']) + rng.digits(12);
  return neg('imei', 'luhn-15', body + luhnDigit(body));
};
export const version = (rng: Rng): Piece => neg('version-string', '4-part', `${rng.int(1, 14)}.${rng.int(0, 30)}.${rng.int(0, 9)}.${rng.int(100, 9999)}`);
export const epochMs = (rng: Rng): Piece => neg('epoch-ms', '13-digit', String(1764000000000 + rng.int(0, 9e9)));
export const epochS = (rng: Rng): Piece => neg('epoch-s', '10-digit', String(1764000000 + rng.int(0, 9e6)));
export const pid = (rng: Rng): Piece => neg('pid', 'number', String(rng.int(300, 32000)));

const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN_VALUE: Record<string, number> = Object.fromEntries([...VIN_CHARS].map((c) => [c, /\d/.test(c) ? Number(c) : ('ABCDEFGH'.indexOf(c) >= 0 ? 'ABCDEFGH'.indexOf(c) + 1 : 'JKLMN'.indexOf(c) >= 0 ? 'JKLMN'.indexOf(c) + 1 : c === 'P' ? 7 : c === 'R' ? 9 : 'STUVWXYZ'.indexOf(c) + 2)]));
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** A VIN with a right ISO 3779 / FMVSS 115 check digit in position 9. */
export function vin(rng: Rng): Piece {
  const s = [...(rng.pick(['WVW', 'WBA', '1FT', 'JTD', 'VF1', 'ZFA', 'YV1', 'KMH']) + rng.chars(VIN_CHARS, 5) + '0' + rng.chars(VIN_CHARS, 8))];
  const sum = s.reduce((a, c, i) => a + VIN_VALUE[c]! * VIN_WEIGHTS[i]!, 0);
  s[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return neg('vin', 'check-digit', s.join(''));
}
export const plate = (rng: Rng): Piece => neg('licence-plate', 'eu', rng.pick([`${rng.chars(UPPER, 2)}-${rng.chars(UPPER, 2)} ${rng.int(10, 9999)}`, `${rng.chars(UPPER, 2)}${rng.int(10, 99)} ${rng.chars(UPPER, 3)}`, `${rng.int(1, 9)}-${rng.chars(UPPER, 3)}-${rng.int(100, 999)}`]));
export const odometer = (rng: Rng): Piece => neg('odometer', 'km', String(rng.int(1000, 480000)));
export const gps = (rng: Rng): Piece => neg('gps', 'lat,lon', `${(rng.int(-90000000, 90000000) / 1e6).toFixed(6)},${(rng.int(-180000000, 180000000) / 1e6).toFixed(6)}`);
export const waybill = (rng: Rng): Piece => neg('tracking-number', rng.chance(0.5) ? 'ups-1z' : 'sscc-18', rng.chance(0.5) ? `1Z${rng.chars(UPPER + DIGITS, 6)}${rng.digits(10)}` : (() => {
  const b = '00' + rng.digits(15);
  return `(00) ${b}${gs1Digit(b)}`;
})());
export const mpan = (rng: Rng): Piece => neg('mpan-core', '13-digit', digitRun(rng, 'mpan-core', 13, rng.pick(['10', '12', '14', '16', '19', '22'])));
export const meloId = (rng: Rng): Piece => neg('metering-code', 'ean-33', `DE${rng.digits(6)}${rng.digits(5)}${rng.chars(UPPER + DIGITS, 20)}`);
export const meterSerial = (rng: Rng): Piece => neg('meter-serial', 'alnum', `${rng.pick(['1ESY', '1EMH', 'LGZ', 'ITF'])}${rng.digits(10)}`);
export const reading = (rng: Rng): Piece => neg('meter-reading', 'kwh', `${rng.int(100, 99999)},${rng.int(0, 9)}`);
export const mandateRef = (rng: Rng): Piece => neg('mandate-reference', 'alnum', `MNDT-${rng.digits(4)}-${rng.chars(UPPER + DIGITS, 8)}`);
export function creditorId(rng: Rng): Piece {
  const b = 'ZZZ' + rng.digits(11);
  // The creditor identifier's check digits are an IBAN's, over the national id (the business code skipped).
  const check = ibanCheck('DE', b.slice(3));
  return neg('sepa-creditor-id', 'DE', `DE${check}${b}`);
}
export const caseNumber = (rng: Rng): Piece => neg('case-number', rng.pick(['de', 'us']), rng.chance(0.5) ? `${rng.int(1, 40)} ${rng.pick(['O', 'C', 'U', 'Sa'])} ${rng.int(1, 999)}/${rng.int(19, 26)}` : `${rng.int(1, 3)}:${rng.int(19, 26)}-cv-${String(rng.int(1, 99999)).padStart(5, '0')}`);
export const statute = (rng: Rng): Piece => neg('statute', 'citation', rng.pick([`§ ${rng.int(1, 900)} BGB`, `§ ${rng.int(100, 1000)} Abs. ${rng.int(1, 3)} BGB`, `42 U.S.C. § ${rng.int(1981, 2000)}`, `art. ${rng.int(1000, 2000)} c.c.`, `Art. ${rng.int(1, 99)} DSGVO`]));
export const docket = (rng: Rng): Piece => neg('docket-number', 'court', `${rng.pick(['Az.', 'Docket No.', 'RG n.'])} ${rng.int(2019, 2026)}/${String(rng.int(1, 99999)).padStart(5, '0')}`);
export const invoiceNo = (rng: Rng): Piece => neg('invoice-number', 'digits-10', digitRun(rng, 'invoice-number', 10, rng.pick(['10', '45', '50'])));
export const amount = (rng: Rng): Piece => neg('amount', 'money', `${rng.int(1, 9999)}.${String(rng.int(0, 99)).padStart(2, '0')}`);

export function badIban(rng: Rng): Piece {
  const country = rng.pick(Object.keys(IBAN_FORMATS));
  const b = bban(rng, country);
  const right = Number(ibanCheck(country, b));
  const wrong = String(((right + rng.int(1, 96) - 2) % 97) + 2).padStart(2, '0');
  const c = country + (wrong === String(right).padStart(2, '0') ? String((right % 97) + 2).padStart(2, '0') : wrong) + b;
  return neg('bad-iban', 'mod97-wrong', rng.chance(0.5) ? paper(c) : c);
}
export function badCard(rng: Rng): Piece {
  const { digits } = cardDigits(rng);
  const last = (Number(digits.slice(-1)) + rng.int(1, 9)) % 10;
  const d = digits.slice(0, -1) + last;
  return neg('bad-card', 'luhn-wrong', luhnValid(d) ? d.slice(0, -1) + ((last + 1) % 10) : d.match(/.{1,4}/g)!.join(' '));
}
export const ean13 = (rng: Rng): Piece => {
  const b = rng.pick(['400', '590', '800', '871', '978']) + rng.digits(9);
  return neg('ean-13', 'gs1', b + gs1Digit(b));
};
export const hexDigits = (rng: Rng, n: number): string => rng.chars(HEX, n);
export const digits = (rng: Rng, n: number): string => rng.chars(DIGITS, n);
