// Set 8's phone numbers: for each region, libphonenumber-js's example mobile number with its subscriber
// digits redrawn until the number is valid for the region again, then written in one of the forms a
// contact card, an EDI segment or a receipt uses (E.164, international, national, RFC 3966 tel: URI).
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const PHONE_REGIONS8: CountryCode[] = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'PL', 'CZ', 'SE', 'NO', 'DK', 'FI', 'GR', 'RO', 'HU', 'TR', 'IL', 'AE', 'SA', 'EG', 'ZA', 'NG', 'KE', 'IN', 'JP', 'KR', 'CN', 'HK', 'TW', 'SG', 'MY', 'TH', 'VN', 'PH', 'ID', 'AU', 'NZ', 'BR', 'MX', 'AR', 'CL', 'CO'];
export type PhoneForm8 = 'e164' | 'international' | 'national' | 'tel-uri';
const FORMS: PhoneForm8[] = ['e164', 'international', 'national', 'tel-uri'];

/** True when the text is a valid phone number of the region (a national form read in that region). */
export const phoneValid8 = (text: string, region: CountryCode): boolean => isValidPhoneNumber(text.replace(/^tel:/, ''), region);

function subscriber(rng: Rng, region: CountryCode): string {
  const example = getExampleNumber(region, examples)!;
  const nsn = example.nationalNumber as string;
  for (let i = 0; i < 40; i++) {
    const tail = Math.min(4, nsn.length - 3);
    const candidate = nsn.slice(0, nsn.length - tail) + rng.digits(tail);
    if (isValidPhoneNumber(`+${example.countryCallingCode}${candidate}`, region)) return `+${example.countryCallingCode}${candidate}`;
  }
  return example.number as string;
}

/** A gold phone of a region (random region when absent), in a form (random when absent). */
export function phone8(rng: Rng, region: CountryCode = rng.pick(PHONE_REGIONS8), form: PhoneForm8 = rng.pick(FORMS)): Piece {
  const p = parsePhoneNumberFromString(subscriber(rng, region), region)!;
  const text = form === 'e164' ? p.number : form === 'international' ? p.formatInternational() : form === 'national' ? p.formatNational() : p.getURI();
  // A national form the validator would not read back in its region is written internationally.
  if (form === 'national' && !phoneValid8(text, region)) return gold('phone', `${region}:international`, p.formatInternational());
  return gold('phone', `${region}:${form}`, text);
}

/** True when no region of the list takes the digits, as written (no plus), as a valid phone number. */
export function notAPhone8(digits: string, regions: readonly CountryCode[] = PHONE_REGIONS8): boolean {
  return regions.every((r) => !isValidPhoneNumber(digits, r));
}
