// Gold phones of set 6: a mobile number of a region drawn from libphonenumber-js's own example (its
// last digits redrawn until the number is valid again), written in a national form of that region
// (trunk prefix, slashes, dots, no-break and thin spaces, `(0)` after the country code, `00` prefix)
// and kept only when libphonenumber-js reads the written form back as a valid number of the region.
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const PHONE_REGIONS: readonly CountryCode[] = [
  'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'LU', 'ES', 'PT', 'IT', 'GB', 'IE', 'PL', 'CZ', 'SK', 'HU', 'SE', 'NO', 'DK', 'FI',
  'GR', 'RO', 'HR', 'SI', 'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'IN', 'JP', 'KR', 'AU', 'NZ', 'ZA', 'NG', 'KE', 'MA',
  'TR', 'IL', 'AE', 'SG', 'HK', 'PH', 'TH', 'VN', 'ID', 'MY', 'UA',
];

export type PhoneForm = 'national' | 'international' | 'e164' | 'dots' | 'slash' | 'nbsp' | 'thin' | 'paren-trunk' | 'double-zero' | 'dashes';

/**
 * True when libphonenumber-js reads the written form as a valid number of the region. Its parser does
 * not read thin and narrow no-break spaces (French typography's separators), so they are read as spaces.
 */
export const phoneValid = (written: string, region: CountryCode): boolean => {
  const p = parsePhoneNumberFromString(written.replace(/[\u2009\u202f]/g, ' '), region);
  return !!p && p.isValid() && p.country === region;
};

function nationalNumber(rng: Rng, region: CountryCode): string {
  const example = getExampleNumber(region, examples)!;
  const nsn = String(example.nationalNumber);
  for (let i = 0; i < 40; i++) {
    const keep = Math.max(2, nsn.length - rng.int(3, 6));
    const candidate = nsn.slice(0, keep) + rng.digits(nsn.length - keep);
    if (parsePhoneNumberFromString(candidate, region)?.isValid()) return candidate;
  }
  return nsn;
}

function written(region: CountryCode, nsn: string, form: PhoneForm): string {
  const p = parsePhoneNumberFromString(nsn, region)!;
  const nat = p.formatNational();
  const intl = p.formatInternational();
  const trunkless = intl.replace(/^\+\d+ /, '');
  switch (form) {
    case 'national': return nat;
    case 'international': return intl;
    case 'e164': return p.number;
    case 'dots': return nat.replace(/[ -]/g, '.');
    case 'dashes': return nat.replace(/ /g, '-');
    case 'slash': return nat.replace(/[ -]/, '/').replace(/[ -]/g, '');
    case 'nbsp': return nat.replace(/ /g, '\u00a0');
    case 'thin': return nat.replace(/ /g, '\u202f');
    case 'paren-trunk': return `+${p.countryCallingCode} (0)${trunkless}`;
    case 'double-zero': return `00${p.countryCallingCode} ${trunkless}`;
  }
}

/** A gold phone (form `REGION:form`); the form falls back to `national` when the region does not read it. */
export function phone(rng: Rng, region: CountryCode = rng.pick(PHONE_REGIONS), wanted?: PhoneForm): Piece {
  const nsn = nationalNumber(rng, region);
  const form: PhoneForm = wanted ?? rng.weighted<PhoneForm>([['national', 5], ['international', 4], ['e164', 2], ['dots', 1], ['dashes', 1], ['slash', 1], ['nbsp', 1], ['thin', 1], ['paren-trunk', 1], ['double-zero', 1]]);
  const text = written(region, nsn, form);
  if (phoneValid(text, region)) return gold('phone', `${region}:${form}`, text);
  return gold('phone', `${region}:national`, written(region, nsn, 'national'));
}

/** True when `text` reads as a valid phone of any of the regions (a phone-looking negative must not). */
export const phoneOfAny = (text: string, regions: readonly CountryCode[]): boolean => regions.some((r) => parsePhoneNumberFromString(text, r)?.isValid() ?? false);
