// Set 10's phone numbers. A number is drawn per region from libphonenumber-js's mobile example: its
// first digits (the operator or area block) are kept and the subscriber digits redrawn until the
// max metadata calls the result valid for that region. It is then written as people of the region
// write it: E.164, ITU-T E.123 international and national forms, the international call prefix "00"
// where the region dials it, dots (France, Belgium, North America), the DIN 5008 slash (DACH), the
// "(0)" trunk, non-breaking spaces and extensions. A written form the validator does not read back
// as a valid number of the region falls back to the international form.
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const REGIONS10: CountryCode[] = [
  'US', 'CA', 'MX', 'BR', 'AR', 'CO', 'CL', 'GB', 'IE', 'FR', 'BE', 'NL', 'DE', 'AT', 'CH', 'IT', 'ES', 'PT', 'PL', 'CZ', 'SE', 'NO', 'DK', 'FI', 'GR',
  'RO', 'HU', 'RU', 'UA', 'TR', 'IL', 'AE', 'SA', 'EG', 'NG', 'KE', 'ZA', 'IN', 'PK', 'TH', 'VN', 'ID', 'MY', 'SG', 'PH', 'CN', 'JP', 'KR', 'TW', 'AU', 'NZ', 'GE', 'AM',
];

export type PhoneForm10 = 'e164' | 'international' | 'idd-00' | 'national' | 'national-nbsp' | 'dotted' | 'din-slash' | 'trunk-bracket' | 'extension';

/** Valid for the region per libphonenumber-js (max metadata), the text as written. */
export const phoneValidIn = (text: string, region: CountryCode): boolean => isValidPhoneNumber(text, region);

/** True when none of the regions reads the text (as written, no plus) as a valid number. */
export const noPhoneIn10 = (text: string, regions: readonly CountryCode[]): boolean => !regions.some((r) => isValidPhoneNumber(text, r));

const NO_IDD_00 = new Set<CountryCode>(['US', 'CA', 'JP', 'AU', 'KR', 'TW', 'CO', 'NG', 'KE', 'IL', 'ID', 'HK', 'SG', 'BR', 'CL', 'MX', 'AR', 'RU', 'GE', 'NZ', 'CN', 'TH', 'VN', 'MY']);

function drawNumber(rng: Rng, region: CountryCode): PhoneNumber {
  const example = getExampleNumber(region, mobileExamples)!;
  const nsn = example.nationalNumber;
  for (let keep = Math.min(4, nsn.length - 4); keep >= 1; keep--) {
    for (let i = 0; i < 25; i++) {
      const p = parsePhoneNumberFromString(nsn.slice(0, keep) + rng.digits(nsn.length - keep), region);
      if (p?.isValid() && p.country === region) return p;
    }
  }
  return example;
}

function formsOf(region: CountryCode): PhoneForm10[] {
  const forms: PhoneForm10[] = ['e164', 'international', 'international', 'national', 'national', 'national-nbsp', 'extension'];
  if (!NO_IDD_00.has(region)) forms.push('idd-00');
  if (['FR', 'BE', 'US', 'CA'].includes(region)) forms.push('dotted', 'dotted');
  if (['DE', 'AT', 'CH'].includes(region)) forms.push('din-slash', 'din-slash');
  if (['GB', 'DE', 'CH', 'AT', 'IE'].includes(region)) forms.push('trunk-bracket');
  return forms;
}

const EXT: Partial<Record<CountryCode, string>> = { US: ' ext. ', GB: ' extn ', DE: ' App. ', FR: ' poste ', IT: ' int. ', ES: ' ext. ', NL: ' toestel ', PL: ' wew. ', SE: ' anknytning ' };

function write(p: PhoneNumber, form: PhoneForm10, rng: Rng): string {
  const intl = p.formatInternational();
  const national = p.formatNational();
  switch (form) {
    case 'e164': return p.number;
    case 'international': return intl;
    case 'idd-00': return intl.replace('+', '00');
    case 'national': return national;
    case 'national-nbsp': return national.replace(/ /g, '\u00a0');
    case 'dotted': return national.replace(/[()]/g, '').replace(/[ -]+/g, '.');
    case 'din-slash': return national.replace(/^(\S+) /, '$1/');
    case 'trunk-bracket': return intl.replace(/^(\+\d+) /, '$1 (0)');
    case 'extension': return `${rng.chance(0.5) ? national : intl}${EXT[p.country!] ?? ' ext. '}${rng.int(10, 899)}`;
  }
}

/** A gold phone of a region (random when absent) in one of the region's written forms. */
export function phone(rng: Rng, region: CountryCode = rng.pick(REGIONS10), form: PhoneForm10 = rng.pick(formsOf(region))): Piece {
  const p = drawNumber(rng, region);
  const text = write(p, form, rng);
  if (phoneValidIn(text, region)) return gold('phone', `${region}:${form}`, text);
  return gold('phone', `${region}:international`, p.formatInternational());
}
