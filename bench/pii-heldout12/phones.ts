// Gold phone numbers of set 12: a region's example mobile number from libphonenumber-js with its last
// digits redrawn until the number is valid again (max metadata), written the way people of that region
// write it: E.164, international, national with the country's trunk prefix and separators, 00-prefixed,
// `(0)` after the country code, slashes in Germany and Austria, dots in France and Belgium, dashes in
// Poland and Czechia, NANP brackets, and extensions after the number (outside the span).
import { isValidPhoneNumber, parsePhoneNumber, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const R = (s: string) => s.split(' ') as CountryCode[];
/** Regions whose numbers the set writes (49). */
export const REGIONS12: CountryCode[] = R('US CA GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG GR TR FI SE NO DK IS EE LV LT VN TH ID PH KE TZ IL IR IN JP BR MX AR ZA NG AU NZ SG EG');

const NANP = new Set(['US', 'CA']);
const TRUNK_BRACKET = new Set(['GB', 'DE', 'AT', 'CH', 'NL', 'BE', 'IE']);
const DOTS = new Set(['FR', 'BE', 'LU']);
const DASHES = new Set(['PL', 'CZ', 'SK', 'HU', 'RO', 'TR', 'VN', 'TH', 'ID', 'PH']);
const SLASH = new Set(['DE', 'AT']);

function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const ex = examples[region];
  if (!ex) throw new Error(`no example number for ${region}`);
  for (let i = 0; i < 60; i++) {
    const keep = Math.max(ex.length - 4, 3);
    const p = parsePhoneNumber(ex.slice(0, keep) + rng.digits(ex.length - keep), region);
    if (p.isValid()) return p;
  }
  return parsePhoneNumber(ex, region);
}

export function formsOf(region: CountryCode): string[] {
  const f = ['e164', 'international', 'national', 'idd-00'];
  if (NANP.has(region)) f.push('nanp-brackets', 'nanp-dashes', 'nanp-one', 'extension');
  if (TRUNK_BRACKET.has(region)) f.push('trunk-bracket');
  if (DOTS.has(region)) f.push('dotted');
  if (DASHES.has(region)) f.push('dashes');
  if (SLASH.has(region)) f.push('din-slash');
  if (region === 'GB' || region === 'DE') f.push('extension');
  return f;
}

function write(p: PhoneNumber, form: string): string {
  const intl = p.formatInternational();
  const nat = p.formatNational();
  const nsn = p.nationalNumber as string;
  switch (form) {
    case 'e164': return p.number as string;
    case 'international': return intl;
    case 'idd-00': return '00' + intl.slice(1);
    case 'trunk-bracket': return intl.replace(' ', ' (0)');
    case 'dotted': return nat.replace(/ /g, '.');
    case 'dashes': return nat.replace(/[ ]/g, '-');
    case 'din-slash': return nat.replace(' ', '/');
    case 'nanp-brackets': return `(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}`;
    case 'nanp-dashes': return `${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`;
    case 'nanp-one': return `1-${nsn.slice(0, 3)}-${nsn.slice(3, 6)}-${nsn.slice(6)}`;
    default: return nat;
  }
}

/** A gold phone of `region` (any of the set's by default); an extension is written after the span. */
export function phone(rng: Rng, region: CountryCode = rng.pick(REGIONS12), form: string = rng.pick(formsOf(region))): Array<Piece | string> {
  const p = draw(rng, region);
  // `00` is the international prefix only where the region dials 00; elsewhere the writer uses `+`.
  if (form === 'idd-00' && !isValidPhoneNumber(write(p, form), region)) form = 'international';
  const g = gold('phone', `${region}:${form}`, write(p, form));
  if (form === 'extension') return [g, rng.pick([' ext. ', ' x', ', Durchwahl -', ' ext ']) + rng.number(rng.int(2, 4))];
  return [g];
}

/** A phone of one of `regions`, mostly; sometimes of any region (people call abroad). */
export const phoneOf = (rng: Rng, regions: readonly CountryCode[]): Array<Piece | string> => phone(rng, rng.chance(0.8) ? rng.pick(regions) : rng.pick(REGIONS12));
