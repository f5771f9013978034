// Set 18's phone numbers, written here from libphonenumber-js's mobile examples: the example's leading
// digits kept, the rest redrawn until the max metadata calls it a valid number of the region; then
// written in one of the region's everyday forms. A written form the validator does not read back as
// valid for the region falls back to the E.123 international form (its form then says so).
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const REGIONS18 = 'US CA MX BR AR CL CO PE GB IE FR BE NL LU DE AT CH IT ES PT PL CZ SK HU SI HR RO BG GR TR SE NO DK FI EE LT LV IS RU UA IL AE SA EG MA NG KE ZA IN SG MY PH ID TH VN JP KR CN AU NZ'.split(' ') as CountryCode[];

type Form = 'e164' | 'intl' | 'idd00' | 'national' | 'nbsp' | 'thin' | 'dots' | 'dashes' | 'slash' | 'paren-area' | 'trunk0' | 'ext';

const NO_00 = new Set<string>('US CA MX BR AR CL CO PE JP KR AU NZ SG MY ID TH VN CN IL KE NG RU'.split(' '));
const EXT: Record<string, string> = { US: ' x', CA: ' ext ', GB: ' ext. ', DE: '-', FR: ' poste ', IT: ' int. ', ES: ' ext. ', PL: ' wewn. ', NL: ' tst. ', SE: ' ankn. ', BR: ' ramal ', JP: ' 内線' };

/** A valid mobile number of `region`: 30 draws keeping three leading digits of the example, then two, then one. */
function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const ex = getExampleNumber(region, mobileExamples)!;
  const nsn = String(ex.nationalNumber);
  const start = Math.max(1, Math.min(3, nsn.length - 5));
  let found: PhoneNumber | undefined;
  for (let t = 0; t < 90 && !found; t++) {
    const keep = Math.max(1, start - Math.floor(t / 30));
    const p = parsePhoneNumberFromString(nsn.slice(0, keep) + rng.digits(nsn.length - keep), region);
    if (p?.isValid() && p.country === region) found = p;
  }
  return found ?? ex;
}

function formsOf(region: string): Form[] {
  const f: Form[] = ['e164', 'intl', 'intl', 'national', 'national', 'nbsp', 'thin', 'dashes', 'ext'];
  if (!NO_00.has(region)) f.push('idd00', 'idd00');
  if (['FR', 'BE', 'US', 'CA', 'PT'].includes(region)) f.push('dots');
  if (['DE', 'AT', 'CH'].includes(region)) f.push('slash', 'slash');
  if (['US', 'CA', 'MX', 'BR', 'AR'].includes(region)) f.push('paren-area');
  if (['GB', 'DE', 'AT', 'CH', 'NL', 'IT'].includes(region)) f.push('trunk0');
  return f;
}

/** How each form is written from the number's E.123 international and national renderings. */
const WRITERS: Record<Form, (w: { intl: string; nat: string; p: PhoneNumber; rng: Rng }) => string> = {
  e164: ({ p }) => p.number,
  intl: ({ intl }) => intl,
  idd00: ({ intl }) => `00${intl.slice(1)}`,
  national: ({ nat }) => nat,
  nbsp: ({ intl, nat, rng }) => (rng.chance(0.5) ? intl : nat).split(' ').join('\u00a0'),
  thin: ({ intl }) => intl.split(' ').join('\u2009'),
  dots: ({ nat }) => nat.replace(/[()]/g, '').split(/[ -]+/).join('.'),
  dashes: ({ intl, nat, rng }) => (rng.chance(0.5) ? intl : nat).replace(/[()]/g, '').split(/ +/).join('-'),
  slash: ({ nat }) => nat.replace(' ', '/'),
  'paren-area': ({ nat }) => (nat.startsWith('(') ? nat : nat.replace(/^(\d+) /, '($1) ')),
  trunk0: ({ intl }) => intl.replace(' ', ' (0)'),
  ext: ({ intl, nat, p, rng }) => `${rng.chance(0.5) ? nat : intl}${EXT[p.country ?? ''] ?? ' ext. '}${rng.int(2, 4) === 2 ? rng.int(10, 99) : rng.int(100, 4999)}`,
};
const write = (rng: Rng, p: PhoneNumber, form: Form): string => WRITERS[form]({ intl: p.formatInternational(), nat: p.formatNational(), p, rng });

/** A gold phone of `region` (drawn from REGIONS18 when absent), written in one of its forms. */
export function phone(rng: Rng, region: CountryCode = rng.pick(REGIONS18), form?: Form): Piece {
  const p = draw(rng, region);
  const f = form ?? rng.pick(formsOf(region));
  const text = write(rng, p, f);
  // The validator does not read a thin space as a separator: the number is checked with plain spaces.
  const plain = text.replace(/\u2009/g, ' ');
  if (isValidPhoneNumber(f === 'ext' ? plain.replace(/\D*\d+$/, '') : plain, region)) return gold('phone', `${region}:${f}`, text);
  return gold('phone', `${region}:intl-fallback`, p.formatInternational());
}

/** A phone mostly of `regions` (a file's), sometimes of anywhere. */
export const phoneOf = (rng: Rng, regions: readonly CountryCode[]): Piece => phone(rng, rng.chance(0.85) && regions.length ? rng.pick(regions) : rng.pick(REGIONS18));
