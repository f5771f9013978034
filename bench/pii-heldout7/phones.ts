// Set 7's phone numbers: a valid number of each region (libphonenumber-js's example for the region
// with its last digits drawn anew until the validator accepts it), written in the forms people and
// gateways of that region use (E.164 in SMS and SIP logs, national forms with the region's own
// separators and trunk prefix in CVs, contracts and CRM exports).
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';

/** 36 regions: CRM contacts and CVs of these countries. */
export const PHONE_REGIONS7: CountryCode[] = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'IT', 'ES', 'PT', 'PL', 'CZ', 'SE', 'NO', 'DK', 'FI', 'UA', 'TR', 'IL', 'IN', 'CN', 'JP', 'KR', 'VN', 'ID', 'SG', 'AU', 'NZ', 'ZA', 'BR', 'MX', 'AR', 'CO'];

/** A phone-looking text is a valid number of the region (national form) or, with `+`, anywhere. */
export const phoneValid7 = (text: string, region: CountryCode): boolean => {
  const p = parsePhoneNumberFromString(text.replace(/[\u00a0\u2009\u202f]/g, ' '), region);
  return !!p && p.isValid() && (text.trim().startsWith('+') || p.country === region);
};

/** A digit run that no region of `regions` (its context) takes as a valid national number, nor any as an international one. */
export const notAPhone = (digits: string, regions: readonly CountryCode[]): boolean =>
  !isValidPhoneNumber(`+${digits}`) && regions.every((r) => !isValidPhoneNumber(digits, r));

function nationalDigits(rng: Rng, region: CountryCode): string {
  const ex = getExampleNumber(region, examples)!;
  const nsn = ex.nationalNumber as string;
  for (let i = 0; i < 200; i++) {
    const keep = Math.max(2, nsn.length - 5);
    const n = nsn.slice(0, keep) + rng.digits(nsn.length - keep);
    const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${n}`);
    if (p?.isValid() && p.country === region) return n;
  }
  return nsn;
}

export type PhoneForm = 'e164' | 'international' | 'national' | 'national-dots' | 'national-dashes' | 'national-slash' | 'national-compact' | 'national-nbsp' | 'paren-area' | 'intl-00';

const FORMS_BY_REGION: Partial<Record<CountryCode, PhoneForm[]>> = {
  DE: ['national-slash', 'national', 'national-compact'], AT: ['national-slash', 'national'], FR: ['national-dots', 'national', 'national-nbsp'],
  BE: ['national-dots', 'national'], CH: ['national', 'national-nbsp'], US: ['paren-area', 'national-dashes', 'national-dots'], CA: ['paren-area', 'national-dashes'],
  JP: ['national-dashes', 'national'], KR: ['national-dashes'], CN: ['national', 'national-dashes'], BR: ['paren-area', 'national'], MX: ['national', 'national-compact'],
  IT: ['national', 'national-compact'], ES: ['national', 'national-compact'], PL: ['national', 'national-dashes'], UA: ['national', 'paren-area'], VN: ['national', 'national-dots'],
};

/** A valid number of `region`, written in a form of the region or a given form; `form` is `REGION:form`. */
export function phoneOf7(rng: Rng, region: CountryCode, only?: PhoneForm): { text: string; form: string } {
  const n = nationalDigits(rng, region);
  const p = parsePhoneNumberFromString(`+${getExampleNumber(region, examples)!.countryCallingCode}${n}`)!;
  const form: PhoneForm = only ?? rng.pick<PhoneForm>([...(FORMS_BY_REGION[region] ?? ['national']), 'international', 'e164', 'intl-00']);
  const nat = p.formatNational();
  const grouped = nat.replace(/[()]/g, '').trim();
  const text = ((): string => {
    switch (form) {
      case 'e164': return p.number;
      case 'international': return p.formatInternational();
      case 'intl-00': return `00${p.formatInternational().slice(1)}`;
      case 'national-dots': return grouped.replace(/[\s-]+/g, '.');
      case 'national-dashes': return grouped.replace(/\s+/g, '-');
      case 'national-compact': return grouped.replace(/[\s-]/g, '');
      case 'national-nbsp': return grouped.replace(/\s/g, '\u00a0');
      case 'national-slash': {
        const parts = grouped.split(/[\s-]+/);
        return parts.length > 1 ? `${parts[0]}/${parts.slice(1).join('')}` : grouped;
      }
      case 'paren-area': {
        const parts = grouped.split(/[\s-]+/);
        return parts.length > 2 ? `(${parts[0]}) ${parts.slice(1).join('-')}` : nat;
      }
      default: return nat;
    }
  })();
  // A form the validator would not read back is written nationally as libphonenumber-js formats it.
  return phoneValid7(text, region) ? { text, form: `${region}:${form}` } : { text: nat, form: `${region}:national` };
}
