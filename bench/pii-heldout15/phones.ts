// Set 15's phone numbers: a valid mobile or fixed number of a region (libphonenumber-js's example
// number with its tail redrawn until the library calls it valid for that region), written in one of
// the forms people write: E.164, international, national, 00 prefix, dots, dashes, slash after the
// area code, (0) trunk hint, NBSP or thin spaces, with or without an extension after it.
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const PHONE_REGIONS = 'US CA GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG GR TR SE NO DK FI EE LT JP KR TW HK SG MY TH VN ID PH IN PK AU NZ ZA NG KE EG MA AE SA IL BR MX AR CL CO'.split(' ') as CountryCode[];

export const PHONE_FORMS = ['e164', 'international', 'national', 'idd00', 'dots', 'dashes', 'slash', 'trunk-hint', 'nbsp', 'thin', 'parens-cc'] as const;
export type PhoneForm = (typeof PHONE_FORMS)[number];

function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const example = getExampleNumber(region, mobileExamples)!;
  const nsn = example.nationalNumber;
  for (let tries = 0; tries < 60; tries++) {
    const keep = Math.max(1, Math.min(4, nsn.length - 5) - Math.floor(tries / 20));
    const p = parsePhoneNumberFromString(nsn.slice(0, keep) + rng.digits(nsn.length - keep), region);
    if (p?.isValid() && p.country === region) return p;
  }
  return example;
}

// The number without the country code, grouped as the library's international format groups it.
const groupedNsn = (p: PhoneNumber): string => p.formatInternational().replace(`+${p.countryCallingCode} `, '');
// Regions whose national form starts with a trunk 0 that international writing drops.
const TRUNK_ZERO = new Set<CountryCode>(['GB', 'DE', 'AT', 'CH', 'NL', 'BE', 'IT', 'IE', 'AU', 'NZ', 'ZA', 'TR', 'SE', 'FI', 'IN', 'PK', 'NG', 'KE', 'EG', 'MA', 'IL', 'JP', 'KR', 'TW', 'TH', 'VN', 'ID', 'PH', 'MY', 'FR']);

function written(p: PhoneNumber, form: PhoneForm): string {
  const cc = p.countryCallingCode;
  switch (form) {
    case 'e164': return p.number;
    case 'international': return p.formatInternational();
    case 'national': return p.formatNational();
    case 'idd00': return `00${cc} ${groupedNsn(p)}`;
    case 'dots': return p.formatNational().replace(/[\s()-]+/g, '.').replace(/^\.|\.$/g, '');
    case 'dashes': return p.formatNational().replace(/[()]/g, '').trim().replace(/\s+/g, '-');
    case 'slash': return p.formatNational().replace(/[()]/g, '').trim().replace(/\s+/, '/');
    case 'trunk-hint': return TRUNK_ZERO.has(p.country!) ? `+${cc} (0)${groupedNsn(p)}` : p.formatInternational();
    case 'nbsp': return p.formatInternational().replace(/ /g, '\u00a0');
    case 'thin': return p.formatInternational().replace(/ /g, '\u202f');
    case 'parens-cc': return `(+${cc}) ${groupedNsn(p)}`;
  }
}

// Regions whose international prefix is not 00 (011, 0011, 010, 000 …): their own people do not
// write a 00 prefix, so that form falls back to the international one there.
const NOT_00 = new Set<CountryCode>(['US', 'CA', 'JP', 'AU', 'BR', 'KE', 'NG', 'TZ']);

/** A gold phone of `region` in `form` (both drawn when not given). */
export function phone(rng: Rng, region: CountryCode = rng.pick(PHONE_REGIONS), drawn: PhoneForm = rng.pick(PHONE_FORMS)): Piece {
  const form = drawn === 'idd00' && NOT_00.has(region) ? 'international' : drawn;
  return gold('phone', `${region}:${form}`, written(draw(rng, region), form));
}

/** A phone, sometimes followed by an extension (outside the span: the number is what is judged). */
export function phoneExt(rng: Rng, region: CountryCode, form?: PhoneForm): Array<Piece | string> {
  const p = phone(rng, region, form);
  return rng.chance(0.15) ? [p, rng.pick([' ext. ', ' x', ' Durchwahl ', ' poste ', ' int. ']) + String(rng.int(10, 4999))] : [p];
}
