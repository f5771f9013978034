// Phone numbers of 36 regions in the forms call records, shops and people write them: E.164 (as a
// switch logs it), international, the national form with its trunk prefix, and national variants
// (dots, hyphens, the German/Austrian slash after the area code, non-breaking and thin spaces, an
// extension after the number, `00` international dialling). Each number starts from the region's
// example mobile number (its leading digits and length), the rest drawn at random; a written number is
// kept only when libphonenumber-js (full metadata) reads it as a valid number of its region.
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const REGIONS5: CountryCode[] = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'LU', 'ES', 'PT', 'IT', 'PL', 'CZ', 'SE', 'NO', 'DK', 'FI', 'GR', 'TR', 'RU', 'IN', 'JP', 'KR', 'AU', 'NZ', 'BR', 'MX', 'AR', 'CO', 'ZA', 'SA', 'AE', 'SG'];

export type PhoneForm5 = 'e164' | 'international' | 'national' | 'national-dots' | 'national-hyphens' | 'national-slash' | 'nbsp' | 'thin-space' | 'idd00' | 'e164-digits';

const NBSP = '\u00a0';
const THIN = '\u2009';

/** Whether `text` is a valid phone of `region`: `00` read as the international prefix, odd spaces as spaces. */
export function phoneValid5(text: string, region: CountryCode): boolean {
  const t = text.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/^00/, '+');
  const p = parsePhoneNumberFromString(/^\d+$/.test(t) && t.length > 10 && !t.startsWith('0') ? `+${t}` : t, region);
  return !!p && p.isValid() && p.country === region;
}

function drawE164(rng: Rng, region: CountryCode): string {
  const ex = getExampleNumber(region, examples)!;
  const nsn = ex.nationalNumber;
  for (let tries = 0; tries < 300; tries++) {
    const keep = Math.max(2, nsn.length - rng.int(3, 6));
    const e164 = `+${ex.countryCallingCode}${nsn.slice(0, keep)}${rng.digits(nsn.length - keep)}`;
    const p = parsePhoneNumberFromString(e164);
    if (p?.isValid() && p.country === region && e164 !== ex.number) return e164;
  }
  throw new Error(`no valid number of ${region} drawn`);
}

function write(e164: string, region: CountryCode, form: PhoneForm5): string {
  const p = parsePhoneNumberFromString(e164, region)!;
  const nat = p.formatNational();
  switch (form) {
    case 'e164': return p.number;
    case 'e164-digits': return p.number.slice(1);
    case 'international': return p.formatInternational();
    case 'idd00': return `00${p.formatInternational().slice(1)}`;
    case 'national': return nat;
    case 'national-dots': return nat.replace(/[()]/g, '').replace(/[\s-]+/g, '.');
    case 'national-hyphens': return nat.replace(/[()]/g, '').replace(/[\s.]+/g, '-');
    case 'national-slash': return nat.replace(/ /, '/').replace(/ /g, '');
    case 'nbsp': return p.formatInternational().replace(/ /g, NBSP);
    case 'thin-space': return nat.replace(/ /g, THIN);
  }
}

/** A gold phone of the region (random when absent) in the form (random when absent), valid as written. */
export function phone5(rng: Rng, region?: CountryCode, form?: PhoneForm5): Piece & { region: CountryCode } {
  const r = region ?? rng.pick(REGIONS5);
  const wanted = form ?? rng.weighted<PhoneForm5>([['national', 5], ['international', 4], ['e164', 3], ['national-dots', 1], ['national-hyphens', 1], ['nbsp', 1], ['thin-space', 1], ['idd00', 1], ['national-slash', ['DE', 'AT'].includes(r) ? 3 : 0]]);
  for (let tries = 0; tries < 30; tries++) {
    const text = write(drawE164(rng, r), r, wanted);
    if (phoneValid5(text, r)) return { ...gold('phone', `${r}:${wanted}`, text), region: r };
  }
  // A form the region's plan does not allow (dots in a plan with a leading bracket…): its national form.
  const text = write(drawE164(rng, r), r, 'national');
  return { ...gold('phone', `${r}:national`, text), region: r };
}

// Regions whose national numbers are written without a trunk prefix (none exists, or it is dropped
// in writing: NANP, Italy, Spain, India's mobiles, Brazil): there a bare valid digit run reads as a
// phone. Elsewhere (Germany, the UK, France …) a national number is written with its trunk `0`.
const BARE_WRITTEN = new Set<CountryCode>(['US', 'CA', 'IT', 'ES', 'PT', 'GR', 'DK', 'NO', 'IN', 'BR']);

/** Whether a hard negative reads as a valid phone of one of the regions (its context), as written. */
export function plausiblePhone(text: string, regions: readonly CountryCode[]): boolean {
  const written = text.trim();
  const international = /^(?:\+|00)/.test(written);
  return regions.some((r) => phoneValid5(written, r) && (international || written.startsWith('0') || BARE_WRITTEN.has(r)));
}
