// Gold phone numbers of set 14: a valid mobile or fixed-line number of a region (drawn from
// libphonenumber-js's example number by redrawing its tail until the library calls it valid for that
// region), written the way people of that region write it: national with trunk prefix, +CC, 00CC,
// dots, slashes, dashes, parentheses, no-break or thin spaces, an extension after it.
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import mobile from 'libphonenumber-js/examples.mobile.json';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

const R = (s: string) => s.split(' ') as CountryCode[];
/** Forty-eight regions the families draw from. */
export const PHONE_REGIONS14 = R('US CA GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG GR TR SE NO DK FI IS EE LT LV UA IL AE SA EG MA ZA NG KE IN PK JP KR CN TW SG MY TH VN ID PH AU NZ BR MX AR CL CO');
// Regions whose international prefix is not 00: a 00CC form would not be how their people write it.
const NO_00 = new Set(R('US CA JP AU KR TW CO NG KE IL ID SG BR CL MX AR TH VN MY CN'));

/** Keeps a shrinking head of the example's national number (4 digits, then 3 …) and draws the tail. */
function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const example = getExampleNumber(region, mobile)!;
  const nsn = example.nationalNumber;
  const tries = 120;
  for (let i = 0; i < tries; i++) {
    const head = nsn.slice(0, Math.max(1, Math.min(4, nsn.length - 4) - Math.floor(i / 30)));
    const p = parsePhoneNumberFromString(head + rng.digits(nsn.length - head.length), region);
    if (p?.country === region && p.isValid()) return p;
  }
  return example;
}

// How each written form is made from the library's national and international formats.
const intlOf = (p: PhoneNumber) => p.formatInternational();
const WRITERS = {
  national: (p: PhoneNumber) => p.formatNational(),
  international: intlOf,
  e164: (p: PhoneNumber) => p.number as string,
  idd00: (p: PhoneNumber) => `00${intlOf(p).slice(1)}`,
  dots: (p: PhoneNumber) => p.formatNational().split(/[\s\-()]+/).filter(Boolean).join('.'),
  dashes: (p: PhoneNumber) => `+${p.countryCallingCode} ${intlOf(p).split(' ').slice(1).join('-')}`,
  slash: (p: PhoneNumber) => p.formatNational().replace(/\D/g, '').replace(/^(\d{4})/, '$1/'),
  parens: (p: PhoneNumber) => `(+${p.countryCallingCode}) ${intlOf(p).split(' ').slice(1).join(' ')}`,
  nbsp: (p: PhoneNumber) => intlOf(p).split(' ').join('\u00a0'),
  thin: (p: PhoneNumber) => intlOf(p).split(' ').join('\u2009'),
  compact: (p: PhoneNumber) => p.formatNational().replace(/\D/g, ''),
};
type Form = keyof typeof WRITERS;
const FORMS = Object.keys(WRITERS) as Form[];

/** A gold phone of one of `regions` (sometimes any region, in international form), maybe with an extension. */
export function phone14(rng: Rng, regions: readonly CountryCode[], only?: Form): Array<Piece | string> {
  const abroad = !only && rng.chance(0.12);
  const region = abroad ? rng.pick(PHONE_REGIONS14) : rng.pick(regions);
  let form = only ?? rng.pick(FORMS);
  if (abroad && ['national', 'dots', 'slash', 'compact'].includes(form)) form = 'international';
  if (form === 'idd00' && NO_00.has(region)) form = 'international';
  if (form === 'slash' && !['DE', 'AT', 'CH'].includes(region)) form = 'national';
  if (form === 'compact' && !rng.chance(0.5)) form = 'national';
  const p = draw(rng, region);
  const piece = gold('phone', `${region}:${form}`, WRITERS[form](p));
  if (only || !rng.chance(0.08)) return [piece];
  return [piece, rng.pick([' ext. ', ' x', ' Durchwahl ', ' poste ']) + String(rng.int(10, 4999))];
}
