// Hard negatives of set 6: values that look like personal data and are not, each written from its
// format's own definition. SEPA creditor ids (ISO 13616-like, the check over the national id only),
// mandate and end-to-end references, bad-checksum IBANs and cards; DOIs, ISBN-10/13, ISSNs, ORCID iDs
// (ISO 7064 11-2), arXiv and PubMed ids, grant numbers; PNR locators, 13-digit ticket numbers, flight
// and frequent-flyer numbers; LOINC codes, specimen ids, NDC codes, ICD-10 codes; MongoDB ObjectIds,
// `$numberLong` counters, epoch milliseconds; versions, subnet masks, OIDs, interface counters;
// hashes, UUIDs, placeholders. Digit runs are redrawn until no region of their context reads them
// as a valid phone.
import type { CountryCode } from 'libphonenumber-js/max';
import { gs1Digit, ibanCheck, ibanValid, isbn10Char, luhnDigit, luhnValid } from '../pii-heldout/checksums.js';
import { DIGITS, HEX, UPPER, type Rng } from '../pii-heldout/prng.js';
import { neg, type Piece } from '../pii-heldout4/unit.js';
import { phoneOfAny } from './phones.js';
import { bban, cardDigits, paper } from './values.js';

// Regions every document may be read in; a document's own region is added by the caller.
const COMMON: readonly CountryCode[] = ['US', 'GB', 'DE', 'IN'];

/** A digit string drawn until no region of `regions` (and US, GB, DE, IN) reads it as a valid phone. */
export function notPhone(rng: Rng, make: () => string, regions: readonly CountryCode[] = []): string {
  for (let i = 0; i < 400; i++) {
    const s = make();
    if (!phoneOfAny(s, [...regions, ...COMMON])) return s;
  }
  throw new Error('no non-phone value drawn in 400 tries');
}

export function creditorId(rng: Rng, country = rng.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'AT'])): Piece {
  const nat = country === 'DE' ? rng.digits(11) : country === 'NL' ? rng.digits(12) : rng.chars(UPPER + DIGITS, 9);
  // The creditor identifier's check digits are an IBAN's, over the national id (the business code skipped).
  const check = ibanCheck(country, nat);
  return neg('sepa-creditor-id', country, `${country}${check}${rng.pick(['ZZZ', 'ZZZ', 'AAA', '001'])}${nat}`);
}
export const mandateId = (rng: Rng): Piece => neg('sepa-mandate-id', 'ref', `${rng.pick(['MNDT', 'M', 'SEPA-'])}${rng.digits(4)}-${rng.chars(UPPER + DIGITS, 8)}`);
export const endToEndId = (rng: Rng): Piece => neg('sepa-end-to-end-id', 'ref', rng.pick([`E2E${rng.chars(UPPER + DIGITS, 20)}`, `${rng.chars(UPPER, 4)}${rng.digits(8)}/${rng.digits(6)}`, 'NOTPROVIDED']));
export function badIban(rng: Rng): Piece {
  const country = rng.pick(['DE', 'FR', 'NL', 'PL', 'IT', 'ES', 'BE']);
  let s = '';
  do s = country + rng.digits(2) + bban(rng, country);
  while (ibanValid(s));
  return neg('bad-iban', country, rng.chance(0.5) ? paper(s) : s);
}
export function badCard(rng: Rng): Piece {
  const { digits } = cardDigits(rng);
  const wrong = digits.slice(0, -1) + ((Number(digits.slice(-1)) + rng.int(1, 9)) % 10);
  return neg('bad-card', 'luhn-fails', luhnValid(wrong) ? wrong.slice(0, -2) + '00' : wrong.replace(/(\d{4})(?=\d)/g, '$1 '));
}
export const ibanShapedRef = (rng: Rng): Piece => neg('ibanlike-reference', 'rf-creditor-ref', `RF${rng.digits(2)} ${rng.chars(UPPER + DIGITS, 4)} ${rng.chars(UPPER + DIGITS, 4)}`);
export const amount = (rng: Rng, comma = true): Piece => {
  const v = (rng.int(100, 999999) / 100).toFixed(2);
  const [i, f] = v.split('.');
  const grouped = i!.replace(/\B(?=(\d{3})+$)/g, comma ? '.' : ',');
  return neg('amount', comma ? 'decimal-comma' : 'decimal-point', `${rng.chance(0.4) ? '-' : ''}${grouped}${comma ? ',' : '.'}${f}`);
};
export function localDate(rng: Rng, locale: 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'iso' | 'us'): Piece {
  const [y, m, d] = [rng.int(2019, 2026), String(rng.int(1, 12)).padStart(2, '0'), String(rng.int(1, 28)).padStart(2, '0')];
  const text = { de: `${d}.${m}.${y}`, fr: `${d}/${m}/${y}`, es: `${d}/${m}/${y}`, it: `${d}/${m}/${y}`, nl: `${d}-${m}-${y}`, pl: `${d}.${m}.${y}`, iso: `${y}-${m}-${d}`, us: `${m}/${d}/${y}` }[locale];
  return neg('date', locale, text);
}
export const dateTime = (rng: Rng): Piece => neg('timestamp', 'iso', `${rng.int(2024, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}.${rng.digits(3)}Z`);
export const epochMillis = (rng: Rng): Piece => neg('epoch-millis', 'ms', String(1735689600000 + rng.int(0, 60000000) * 1000 + rng.int(0, 999)));

// Academic identifiers.
export const doi = (rng: Rng): Piece => neg('doi', 'doi', `10.${rng.int(1000, 9999)}/${rng.pick([`s${rng.digits(5)}-0${rng.digits(2)}-${rng.digits(5)}-${rng.digits(1)}`, `j.${rng.chars('abcdefghijklmnopqrstuvwxyz', 4)}.${rng.int(2015, 2026)}.${rng.digits(2)}.${rng.digits(3)}`, `${rng.number(7)}`])}`);
export function isbn(rng: Rng): Piece {
  if (rng.chance(0.5)) {
    const b = rng.pick(['0', '3', '2', '84', '88']) ;
    const body = (b + rng.digits(9)).slice(0, 9);
    return neg('isbn-10', 'isbn-10', `${body[0]}-${body.slice(1, 4)}-${body.slice(4, 9)}-${isbn10Char(body)}`);
  }
  const body = rng.pick(['978', '979']) + rng.digits(9);
  const d = body + gs1Digit(body);
  return neg('isbn-13', 'isbn-13', rng.chance(0.5) ? d : `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 7)}-${d.slice(7, 12)}-${d[12]}`);
}
export function issn(rng: Rng): Piece {
  const s = rng.digits(7);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(s[i]) * (8 - i);
  const c = (11 - (sum % 11)) % 11;
  return neg('issn', 'issn', `${s.slice(0, 4)}-${s.slice(4)}${c === 10 ? 'X' : c}`);
}
export function orcid(rng: Rng): Piece {
  const b = '000' + rng.int(0, 3) + rng.digits(11);
  let t = 0;
  for (const ch of b) t = (t + Number(ch)) * 2;
  const c = (12 - (t % 11)) % 11;
  const d = b + (c === 10 ? 'X' : String(c));
  return neg('orcid', rng.chance(0.5) ? 'url' : 'bare', `${rng.chance(0.5) ? 'https://orcid.org/' : ''}${d.match(/.{4}/g)!.join('-')}`);
}
export const arxiv = (rng: Rng): Piece => neg('arxiv-id', 'new', `${rng.int(15, 26)}${String(rng.int(1, 12)).padStart(2, '0')}.${rng.digits(5)}${rng.chance(0.5) ? `v${rng.int(1, 4)}` : ''}`);
export const pmid = (rng: Rng): Piece => neg('pubmed-id', 'pmid', notPhone(rng, () => String(rng.int(10000000, 41999999))));
export const grant = (rng: Rng): Piece => neg('grant-number', rng.pick(['nih', 'erc', 'dfg']), rng.pick([`R01 ${rng.chars('ABCDEFGHILMN', 2)}${rng.digits(6)}`, `${rng.number(6)}`, `${rng.chars(UPPER, 2)} ${rng.int(100, 999)}/${rng.int(1, 12)}-${rng.int(1, 3)}`]));

// Travel.
export const pnr = (rng: Rng): Piece => neg('pnr-locator', 'pnr', rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6));
export const ticketNumber = (rng: Rng, regions: readonly CountryCode[] = []): Piece => neg('ticket-number', 'e-ticket', notPhone(rng, () => `${rng.pick(['220', '057', '074', '125', '176', '016'])}${rng.chance(0.4) ? '-' : ''}${rng.digits(10)}`, regions));
export const flightNumber = (rng: Rng): Piece => neg('flight-number', 'iata', `${rng.pick(['LH', 'AF', 'KL', 'IB', 'LO', 'TP', 'SK', 'OK', 'BA', 'TK', 'EK'])}${rng.chance(0.3) ? ' ' : ''}${rng.int(1, 9899)}`);
export const frequentFlyer = (rng: Rng, regions: readonly CountryCode[] = []): Piece => neg('frequent-flyer', 'ff', rng.chance(0.5) ? `${rng.pick(['LH', 'AF', 'BA'])} ${notPhone(rng, () => rng.digits(rng.pick([9, 15])), regions)}` : notPhone(rng, () => `9${rng.digits(rng.pick([11, 14]))}`, regions));
export const clockTime = (rng: Rng): Piece => neg('clock-time', 'hh:mm', `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}`);

// Health.
export function loinc(rng: Rng): Piece {
  const n = String(rng.int(1000, 99999));
  let s = 0;
  [...n].reverse().forEach((ch, i) => {
    const v = Number(ch) * (i % 2 === 0 ? 2 : 1);
    s += Math.floor(v / 10) + (v % 10);
  });
  return neg('loinc-code', 'loinc', `${n}-${(10 - (s % 10)) % 10}`);
}
export const specimenId = (rng: Rng): Piece => neg('specimen-id', 'lab', rng.pick([`${rng.chars(UPPER, 2)}${rng.digits(2)}-${rng.digits(6)}`, `S${rng.int(24, 26)}-${rng.digits(7)}`]));
export const ndc = (rng: Rng): Piece => neg('ndc-code', '5-4-2', `${rng.digits(5)}-${rng.digits(4)}-${rng.digits(2)}`);
export const icd10 = (rng: Rng): Piece => neg('icd10-code', 'icd10', `${rng.pick(['E', 'I', 'J', 'K', 'M', 'N', 'R', 'Z'])}${rng.digits(2)}.${rng.digits(1)}`);
export const labValue = (rng: Rng): Piece => neg('measurement', 'lab', `${(rng.int(10, 9999) / 10).toFixed(1)}`);
export const refRange = (rng: Rng): Piece => {
  const lo = rng.int(1, 200);
  return neg('reference-range', 'range', `${lo}-${lo + rng.int(5, 300)}`);
};
export const claimNumber = (rng: Rng): Piece => neg('claim-number', 'claim', `CLM-${rng.int(2024, 2026)}-${rng.digits(8)}`);
export const rxNumber = (rng: Rng): Piece => neg('rx-number', 'rx', `Rx ${rng.digits(7)}`);

// Payroll.
export const employeeId = (rng: Rng): Piece => neg('employee-id', 'emp', rng.pick([`E${rng.digits(6)}`, `EMP-${rng.digits(5)}`, `${rng.chars(UPPER, 3)}${rng.digits(4)}`]));
export const taxCode = (rng: Rng): Piece => neg('tax-code', rng.pick(['uk-paye', 'irpf']), rng.pick([`${rng.int(1000, 1300)}L`, 'BR', 'K475', `${rng.int(2, 45)},${rng.digits(2)} %`]));
export const salary = (rng: Rng): Piece => amount(rng, rng.chance(0.6));

// Database exports.
export const objectId = (rng: Rng): Piece => neg('mongo-objectid', 'oid', rng.chars(HEX, 24));
export const numberLong = (rng: Rng): Piece => neg('number-long', 'counter', notPhone(rng, () => String(rng.int(1000000, 99999999999))));
export const serialId = (rng: Rng): Piece => neg('row-id', 'serial', String(rng.int(1, 9999999)));

// Network.
export const version = (rng: Rng): Piece => neg('version', rng.pick(['ios', 'four-part']), rng.pick([`15.${rng.int(1, 9)}(${rng.int(1, 9)})${rng.pick(['M', 'SY', 'E'])}${rng.int(1, 9)}`, `${rng.int(1, 17)}.${rng.int(0, 12)}.${rng.int(0, 40)}.${rng.int(1, 999)}`, `${rng.int(1, 5)}.${rng.int(0, 20)}.${rng.int(0, 9)}`]));
export const subnetMask = (rng: Rng): Piece => neg('subnet-mask', rng.pick(['mask', 'wildcard']), rng.pick(['255.255.255.0', '255.255.255.252', '255.255.0.0', '255.255.255.128', '0.0.0.255', '0.0.255.255', '255.255.248.0']));
export const oid = (rng: Rng): Piece => neg('snmp-oid', 'oid', `1.3.6.1.${rng.pick(['2.1.2.2.1.10', '4.1.9.9.13.1.3.1.3', '2.1.31.1.1.1.6', '4.1.2636.3.1.13.1.8'])}.${rng.int(1, 48)}`);
export const counter = (rng: Rng): Piece => neg('interface-counter', 'bytes', notPhone(rng, () => String(rng.int(100000000, 999999999999))));
export const vlan = (rng: Rng): Piece => neg('vlan-id', 'vlan', String(rng.int(2, 4094)));
export const serialNumber = (rng: Rng): Piece => neg('serial-number', 'cisco', `${rng.pick(['FOC', 'FDO', 'JAE'])}${rng.digits(4)}${rng.chars(UPPER + DIGITS, 4)}`);

// Logs and secrets context.
export const uuid = (rng: Rng): Piece => neg('uuid', 'v4', `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`);
export const sha = (rng: Rng): Piece => rng.pick([neg('hash', 'sha256', rng.chars(HEX, 64)), neg('hash', 'sha1', rng.chars(HEX, 40)), neg('hash', 'md5', rng.chars(HEX, 32))]);
export const sessionId = (rng: Rng): Piece => neg('session-id', 'hex', rng.chars(HEX, 32));
export const requestId = (rng: Rng): Piece => neg('request-id', rng.pick(['rails', 'aspnet']), rng.pick([uuid(rng).text, `0HN${rng.chars(UPPER + DIGITS, 9)}:${rng.chars(HEX, 8).toUpperCase()}`]));
export const placeholder = (rng: Rng): Piece => neg('placeholder', 'placeholder', rng.pick(['AKIAXXXXXXXXXXXXXXXX', '<YOUR_SECRET_KEY>', '${AWS_SECRET_ACCESS_KEY}', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'changeme', 'sk_test_REPLACE_ME', '********']));
export const gitSha = (rng: Rng): Piece => neg('hash', 'git-short', rng.chars(HEX, 7));
export const imei = (rng: Rng): Piece => {
  const body = rng.pick(['35', '86', '01']) + rng.digits(12);
  return neg('imei', 'imei', body + luhnDigit(body));
};
export const ean13 = (rng: Rng): Piece => {
  const body = rng.pick(['400', '590', '800', '871']) + rng.digits(9);
  return neg('ean-13', 'gtin', body + gs1Digit(body));
};
export const invoiceNumber = (rng: Rng): Piece => neg('invoice-number', 'invoice', `${rng.pick(['RE', 'FA', 'INV', 'FV'])}-${rng.int(2024, 2026)}-${rng.digits(6)}`);
export { neg };
export const bic = (rng: Rng): Piece => neg('bic', 'bic', `${rng.chars(UPPER, 4)}${rng.pick(['DE', 'FR', 'NL', 'PL', 'IT', 'ES'])}${rng.chars(UPPER + DIGITS, 2)}${rng.chance(0.5) ? 'XXX' : ''}`);
