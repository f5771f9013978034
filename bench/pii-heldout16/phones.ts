// Set 16's phone numbers: a mobile or fixed-line example of the region from libphonenumber-js with its
// subscriber digits redrawn until the max metadata validates it, then written as people of the
// region write it (E.164, +CC with spaces, 00CC, national with the trunk prefix, dots, dashes, DIN
// slash, parenthesised area code, NBSP or thin space, an extension). A written form the validator
// does not read back as valid for the region falls back to the international form.
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const PHONE_REGIONS16 = ('US CA MX BR AR CL CO PE GB IE FR BE NL LU DE AT CH IT ES PT PL CZ SK HU RO BG GR HR SI SE NO DK FI IS EE LV LT UA TR IL '
  + 'AE SA EG MA NG KE GH ZA IN PK BD LK TH VN ID MY SG PH JP KR TW AU NZ').split(' ') as CountryCode[];

type Form = 'e164' | 'intl' | 'idd00' | 'national' | 'dots' | 'dashes' | 'slash' | 'paren-area' | 'nbsp' | 'thin' | 'ext';
const NO_00 = new Set(['US', 'CA', 'JP', 'AU', 'KR', 'TW', 'CO', 'NG', 'KE', 'IL', 'ID', 'SG', 'BR', 'CL', 'MX', 'AR', 'TH', 'VN', 'MY', 'PE', 'GH', 'LK', 'BD', 'PK', 'NZ']);

function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const ex = getExampleNumber(region, mobileExamples)!;
  const nsn = ex.nationalNumber as string;
  for (let tries = 0; tries < 60; tries++) {
    const keep = Math.max(1, Math.min(3, nsn.length - 5)) - (tries > 40 ? 1 : 0);
    const p = parsePhoneNumberFromString(nsn.slice(0, Math.max(1, keep)) + rng.digits(nsn.length - Math.max(1, keep)), region);
    if (p?.isValid() && p.country === region) return p;
  }
  return ex;
}

// Written forms every region uses, then the forms only some regions write (one more draw each).
const COMMON: Form[] = ['e164', 'intl', 'intl', 'national', 'national', 'nbsp', 'thin', 'ext', 'dashes'];
const LOCAL: Array<[Form[], (region: string) => boolean]> = [
  [['idd00', 'idd00'], (c) => !NO_00.has(c)],
  [['dots', 'dots'], (c) => ['FR', 'BE', 'US', 'CA', 'LU'].includes(c)],
  [['slash', 'slash'], (c) => ['DE', 'AT', 'CH'].includes(c)],
  [['paren-area'], (c) => ['US', 'CA', 'MX', 'BR', 'AR', 'AU', 'TW'].includes(c)],
];
const formsFor = (region: CountryCode): Form[] => COMMON.concat(...LOCAL.filter(([, has]) => has(region)).map(([f]) => f));

const EXT: Record<string, string> = { DE: ' Durchwahl ', FR: ' poste ', ES: ' ext. ', IT: ' interno ', NL: ' tst. ', PL: ' wewn. ', PT: ' ext. ', SE: ' ankn. ', FI: ' alanro ', CZ: ' linka ' };

type Writer = (p: PhoneNumber, rng: Rng) => string;
const nat = (p: PhoneNumber) => p.formatNational();
const intl = (p: PhoneNumber) => p.formatInternational();
// Each form from libphonenumber-js's own national and international layouts.
const WRITE: Record<Form, Writer> = {
  e164: (p) => p.number, intl, idd00: (p) => '00' + intl(p).slice(1), national: nat, 'paren-area': nat,
  dots: (p) => nat(p).replace(/[()]/g, '').trim().replace(/[\s-]+/g, '.'),
  dashes: (p) => nat(p).replace(/[()]/g, '').trim().replace(/\s+/g, '-'),
  slash: (p) => nat(p).replace(' ', '/'),
  nbsp: (p) => intl(p).replace(/ /g, '\u00a0'),
  thin: (p) => nat(p).replace(/ /g, '\u2009'),
  ext: (p, rng) => `${rng.chance(0.5) ? intl(p) : nat(p)}${EXT[p.country ?? ''] ?? ' x'}${rng.int(100, 4999)}`,
};

/** A gold phone of one of `regions` (any region now and then), written in a form of that region. */
export function phone16(rng: Rng, regions: readonly CountryCode[] = PHONE_REGIONS16): Piece {
  const region = rng.chance(0.85) && regions.length ? rng.pick(regions) : rng.pick(PHONE_REGIONS16);
  const p = draw(rng, region);
  const form = rng.pick(formsFor(region));
  const text = WRITE[form](p, rng);
  const check = form === 'ext' ? text.replace(/\s\D+\s?\d+$|\sx\d+$/, '') : text;
  if (isValidPhoneNumber(check, region)) return gold('phone', `${region}:${form}`, text);
  return gold('phone', `${region}:intl`, p.formatInternational());
}
