// Set 13's phone numbers: a valid mobile number of a region (libphonenumber-js's example with its
// subscriber half redrawn until the max metadata accepts it), written as the region's people write it:
// E.164, +CC with spaces, 00CC, national with trunk prefix, dashes, dots, slashes, parentheses, a
// non-breaking or thin space, "(0)" after the country code, or an extension. A written form the
// validator does not accept for the region is replaced by the international form.
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const REGIONS13 = 'US CA MX BR AR CL PE CO GB IE FR BE NL LU DE AT CH IT ES PT PL CZ SK HU RO BG GR SE NO DK FI EE LT TR IL AE SA EG MA NG KE ZA IN PK BD TH VN ID MY SG PH CN JP KR TW AU NZ UA RU'.split(' ') as CountryCode[];

type Form = 'e164' | 'intl' | 'idd00' | 'national' | 'dashes' | 'dots' | 'slash' | 'parens' | 'nbsp' | 'thin' | 'trunk0' | 'ext';

/** Regions whose international call prefix is not 00 (a "00" form would be foreign there). */
const NOT_00 = new Set('US CA BR AR CL CO JP KR TW AU NZ NG KE ID SG TH VN MY CN RU IL PE'.split(' '));
const DOTS = new Set('FR BE LU US CA PT'.split(' '));
const SLASH = new Set('DE AT CH'.split(' '));
const TRUNK0 = new Set('GB DE AT CH IE NL IT'.split(' '));

const EXTENSION: Record<string, string> = { US: ' x', CA: ' ext ', GB: ' ext. ', DE: ' Durchwahl ', AT: ' DW ', FR: ' poste ', ES: ' ext. ', IT: ' interno ', NL: ' tst. ', PL: ' wewn. ', CZ: ' linka ', SE: ' ankn. ', PT: ' ext. ', BR: ' ramal ', MX: ' ext. ' };

function validNumber(rng: Rng, region: CountryCode): PhoneNumber {
  const ex = getExampleNumber(region, mobileExamples)!;
  const nsn = ex.nationalNumber as string;
  const head = Math.max(1, Math.ceil(nsn.length / 3));
  for (let tries = 0; tries < 60; tries++) {
    const keep = tries < 40 ? head : 1;
    const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${nsn.slice(0, keep)}${rng.digits(nsn.length - keep)}`);
    if (p && p.isValid() && p.country === region) return p;
  }
  return ex;
}

function formsFor(region: CountryCode): Form[] {
  const f: Form[] = ['e164', 'intl', 'intl', 'national', 'national', 'dashes', 'nbsp', 'thin', 'ext'];
  if (!NOT_00.has(region)) f.push('idd00', 'idd00');
  if (DOTS.has(region)) f.push('dots', 'dots');
  if (SLASH.has(region)) f.push('slash', 'slash');
  if (TRUNK0.has(region)) f.push('trunk0');
  if (region === 'US' || region === 'CA' || region === 'MX') f.push('parens');
  return f;
}

function written(p: PhoneNumber, form: Form, rng: Rng): string {
  const intl = p.formatInternational();
  const nat = p.formatNational();
  switch (form) {
    case 'e164': return p.number as string;
    case 'intl': return intl;
    case 'idd00': return `00${intl.slice(1)}`;
    case 'national': return nat;
    case 'dashes': return nat.replace(/[()]/g, '').trim().replace(/\s+/g, '-');
    case 'dots': return nat.replace(/[()]/g, '').trim().replace(/[\s-]+/g, '.');
    case 'slash': return nat.replace(/\s/, '/');
    case 'parens': return `(${p.nationalNumber.slice(0, 3)}) ${p.nationalNumber.slice(3, 6)}-${p.nationalNumber.slice(6)}`;
    case 'nbsp': return (rng.chance(0.5) ? intl : nat).replace(/ /g, '\u00a0');
    case 'thin': return intl.replace(/ /g, rng.chance(0.5) ? '\u2009' : '\u202f');
    case 'trunk0': return intl.replace(/^(\+\d+) /, '$1 (0) ');
    case 'ext': return `${rng.chance(0.6) ? nat : intl}${EXTENSION[p.country as string] ?? ' ext. '}${rng.int(2, 4999)}`;
  }
}

/** A gold phone of `region` (a random one by default), written in one of its forms. */
export function phone13(rng: Rng, region: CountryCode = rng.pick(REGIONS13), form?: Form): Piece {
  const p = validNumber(rng, region);
  const f = form ?? rng.pick(formsFor(region));
  const text = written(p, f, rng);
  // The validator reads no thin space: the same digits with plain spaces are checked instead.
  const check = (f === 'ext' ? text.replace(/\D+\d+$/, '') : text).replace(/[\u2009\u202f]/g, ' ');
  return isValidPhoneNumber(check, region) ? gold('phone', `${region}:${f}`, text) : gold('phone', `${region}:intl`, p.formatInternational());
}

/** A phone of one of `regions` mostly (one in six from anywhere: a foreign caller). */
export const phoneIn = (rng: Rng, regions: readonly CountryCode[], form?: Form): Piece => phone13(rng, rng.chance(0.83) ? rng.pick(regions) : rng.pick(REGIONS13), form);

/** A gold phone of `region` as bare national digits (fixed-width files, digits-only columns). */
export function phoneDigits(rng: Rng, region: CountryCode): Piece {
  const p = validNumber(rng, region);
  return gold('phone', `${region}:digits`, p.nationalNumber as string);
}
