// Set 9's phone numbers. A region's number is drawn from the numbering plan libphonenumber-js ships
// (its example mobile number keeps its leading digits, the rest is redrawn until the
// number is valid again), then written the way the region's own directories and forms write it
// (ITU-T E.123 international and national forms, RFC 3966 tel: URIs, the German DIN 5008 slash form,
// the French dotted form, the British "+44 (0)" form, non-breaking spaces, extensions). Every form is
// checked with the validator in its region; one it would not read back becomes the international form.
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const PHONE_REGIONS9: CountryCode[] = ['US', 'CA', 'MX', 'BR', 'AR', 'CL', 'PE', 'CO', 'GB', 'IE', 'FR', 'DE', 'AT', 'CH', 'IT', 'ES', 'PT', 'NL', 'PL', 'CZ', 'SE', 'FI', 'GR', 'RU', 'UA', 'TR', 'IL', 'SA', 'AE', 'EG', 'MA', 'NG', 'KE', 'ZA', 'IN', 'PK', 'BD', 'TH', 'VN', 'ID', 'PH', 'CN', 'JP', 'KR', 'TW', 'AU', 'NZ'];
export type PhoneStyle9 = 'e164' | 'international' | 'national' | 'tel-uri' | 'national-nbsp' | 'slash' | 'dotted' | 'trunk-in-brackets' | 'extension';

/** True when the validator reads the text as a valid number of the region. */
export const validIn9 = (text: string, region: CountryCode): boolean => isValidPhoneNumber(text.replace(/^tel:/, ''), region);

/** True when none of the regions reads the digit string (as written, no plus) as a valid number. */
export const noPhoneIn9 = (digits: string, regions: readonly CountryCode[]): boolean => !regions.some((r) => isValidPhoneNumber(digits, r));

function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const example = getExampleNumber(region, mobileExamples)!;
  const keep = Math.max(2, example.nationalNumber.length - 5);
  for (let tries = 0; tries < 60; tries++) {
    const nsn = example.nationalNumber.slice(0, keep) + rng.digits(example.nationalNumber.length - keep);
    const p = parsePhoneNumberFromString(`+${example.countryCallingCode}${nsn}`);
    if (p?.isValid() && p.country === region) return p;
  }
  return example;
}

const EXTENSION_WORDS: Partial<Record<CountryCode, string>> = { US: ' x', CA: ' ext. ', GB: ' ext ', DE: ' Durchwahl ', FR: ' poste ', ES: ' ext. ', RU: ' доб. ', JP: ' 内線', BR: ' ramal ' };

function styled(p: PhoneNumber, style: PhoneStyle9, rng: Rng): string {
  const national = p.formatNational();
  switch (style) {
    case 'e164': return p.number;
    case 'international': return p.formatInternational();
    case 'tel-uri': return p.getURI();
    case 'national': return national;
    case 'national-nbsp': return national.replace(/ /g, '\u00a0');
    case 'dotted': return national.replace(/[ -]/g, '.');
    case 'slash': return national.replace(' ', '/').replace(/ /g, '');
    case 'trunk-in-brackets': return p.formatInternational().replace(' ', ` (${national[0]})`);
    case 'extension': return `${national}${EXTENSION_WORDS[p.country!] ?? ' ext. '}${rng.int(2, 4999)}`;
  }
}

/** Styles a region writes; the slash, dotted and bracketed-trunk forms only where they are customary. */
function stylesOf(region: CountryCode): PhoneStyle9[] {
  const common: PhoneStyle9[] = ['e164', 'international', 'national', 'tel-uri', 'national-nbsp', 'extension'];
  if (['DE', 'AT', 'CH'].includes(region)) common.push('slash', 'slash');
  if (['FR', 'BE', 'PT'].includes(region)) common.push('dotted', 'dotted');
  if (['GB', 'IE', 'CH', 'DE'].includes(region)) common.push('trunk-in-brackets');
  return common;
}

/** A gold phone number of a region (random when absent) in a style (random among the region's when absent). */
export function phoneNumber(rng: Rng, region: CountryCode = rng.pick(PHONE_REGIONS9), style: PhoneStyle9 = rng.pick(stylesOf(region))): Piece {
  const p = draw(rng, region);
  const text = styled(p, style, rng);
  const trunk = style !== 'trunk-in-brackets' || /^\+\d+ \(0\)/.test(text);
  if (trunk && validIn9(text, region)) return gold('phone', `${region}:${style}`, text);
  return gold('phone', `${region}:international`, p.formatInternational());
}
