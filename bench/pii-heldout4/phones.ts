// Phone numbers of 30 regions in the forms people and systems write them, generated from each
// region's numbering plan: the library's example mobile number gives the length and leading digits,
// the subscriber digits are drawn at random, and a number is kept only when libphonenumber-js (full
// metadata) says the written text is valid in its region (so gold phones are real numbers of the plan).
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from './unit.js';

export const PHONE_REGIONS: CountryCode[] = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'ES', 'PT', 'IT', 'PL', 'SE', 'NO', 'DK', 'FI', 'BR', 'MX', 'AR', 'IN', 'JP', 'KR', 'AU', 'NZ', 'ZA', 'SG', 'AE', 'TR'];

export type PhoneForm = 'national' | 'international' | 'e164' | 'idd00' | 'uri';

/**
 * Whether `text` is a valid phone of `region` (the gold's own check, also used by the test). A `00`
 * international prefix is read as a caller in Germany dials it (the prefix of most of Europe).
 */
export function phoneValid(text: string, region: CountryCode): boolean {
  const t = text.replace(/^tel:/, '');
  const p = parsePhoneNumberFromString(t, t.startsWith('00') ? 'DE' : region);
  return !!p && p.isValid() && p.country === region;
}

function write(e164: string, region: CountryCode, form: PhoneForm): string {
  const p = parsePhoneNumberFromString(e164, region)!;
  switch (form) {
    case 'national': return p.formatNational();
    case 'international': return p.formatInternational();
    case 'e164': return p.number;
    case 'idd00': return `00${p.formatInternational().slice(1)}`;
    case 'uri': return p.getURI();
  }
}

/** A valid number of the region (E.164), its last digits drawn at random. */
function drawE164(rng: Rng, region: CountryCode): string {
  const example = getExampleNumber(region, examples)!;
  const nsn = example.nationalNumber;
  for (let tries = 0; tries < 200; tries++) {
    const keep = Math.max(2, nsn.length - rng.int(4, 6));
    const candidate = `+${example.countryCallingCode}${nsn.slice(0, keep)}${rng.digits(nsn.length - keep)}`;
    const p = parsePhoneNumberFromString(candidate);
    if (p?.isValid() && p.country === region && candidate !== example.number) return candidate;
  }
  throw new Error(`no valid number drawn for ${region}`);
}

export interface DrawnPhone extends Piece {
  region: CountryCode;
}

/** A gold phone of `region` (random when absent) in `form` (random when absent), valid as written. */
export function phone(rng: Rng, region?: CountryCode, form?: PhoneForm): DrawnPhone {
  const r = region ?? rng.pick(PHONE_REGIONS);
  const f = form ?? rng.weighted<PhoneForm>([['national', 4], ['international', 4], ['e164', 2], ['idd00', 1]]);
  for (let tries = 0; tries < 20; tries++) {
    const text = write(drawE164(rng, r), r, f);
    if (phoneValid(text, r)) return { ...gold('phone', `${r}:${f}`, text), region: r };
  }
  throw new Error(`no ${f} number of ${r} written validly`);
}
