// Set 17's phone numbers for 56 regions. A number starts from libphonenumber-js's mobile example of
// the region: its leading digits stay, the rest are drawn
// until the max metadata says the number is valid there. It is written as the region writes it:
// E.164, "+CC" grouped, "00CC", national with its trunk prefix, dots, the DACH slash, dashes, a
// non-breaking or thin space, an extension. A written form the metadata does not read back as valid
// for the region is replaced by the grouped international form.
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const REGIONS17 = ('US CA MX BR AR CL CO PE GB IE FR BE NL LU DE AT CH IT ES PT PL CZ SK HU RO BG GR HR SI SE NO DK FI EE LT LV ' +
  'TR IL AE SA EG MA NG KE ZA IN PK BD LK TH VN ID MY SG PH JP KR AU NZ').split(' ') as CountryCode[];

type Form = 'e164' | 'intl' | 'idd00' | 'national' | 'dots' | 'slash' | 'dashes' | 'nbsp' | 'thin' | 'ext';

const DIALS_00 = new Set<CountryCode>(['GB', 'IE', 'FR', 'BE', 'NL', 'LU', 'DE', 'AT', 'CH', 'IT', 'ES', 'PT', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'SE', 'NO', 'DK', 'FI', 'EE', 'LT', 'LV', 'TR', 'AE', 'SA', 'EG', 'MA', 'ZA', 'IN', 'PK', 'BD', 'LK', 'PH']);
const EXT_WORD: Partial<Record<CountryCode, string>> = { DE: ' Durchwahl ', AT: ' DW ', FR: ' poste ', ES: ' ext. ', IT: ' int. ', NL: ' tst. ', PL: ' wewn. ', PT: ' ext. ', SE: ' ankn. ', GB: ' ext ', US: ' x', CA: ' ext. ' };

function candidate(rng: Rng, example: PhoneNumber, region: CountryCode): PhoneNumber | undefined {
  const nsn = example.nationalNumber as string;
  const keep = rng.int(1, Math.max(1, Math.min(3, nsn.length - 5)));
  const p = parsePhoneNumberFromString(nsn.slice(0, keep) + rng.digits(nsn.length - keep), region);
  return p && p.isValid() && p.country === region ? p : undefined;
}

/** A valid number of `region` (the example itself after 60 failed draws). */
export function drawPhone(rng: Rng, region: CountryCode): PhoneNumber {
  const example = getExampleNumber(region, mobileExamples)!;
  for (let i = 0; i < 60; i++) {
    const p = candidate(rng, example, region);
    if (p) return p;
  }
  return example;
}

function formsFor(region: CountryCode): Form[] {
  const f: Form[] = ['e164', 'intl', 'intl', 'national', 'national', 'national', 'nbsp', 'ext'];
  if (DIALS_00.has(region)) f.push('idd00', 'idd00');
  if (['FR', 'BE', 'US', 'CA', 'PT', 'LU'].includes(region)) f.push('dots');
  if (['DE', 'AT', 'CH'].includes(region)) f.push('slash', 'slash');
  if (['US', 'CA', 'MX', 'JP', 'KR', 'SE', 'IT'].includes(region)) f.push('dashes');
  if (['FR', 'CH', 'SE', 'FI'].includes(region)) f.push('thin');
  return f;
}

function written(p: PhoneNumber, form: Form, rng: Rng): string {
  const nat = p.formatNational();
  const intl = p.formatInternational();
  if (form === 'e164') return p.number as string;
  if (form === 'intl') return intl;
  if (form === 'idd00') return '00' + intl.slice(1);
  if (form === 'dots') return nat.replace(/[()]/g, '').trim().split(/[\s-]+/).join('.');
  if (form === 'slash') return nat.replace(' ', '/');
  if (form === 'dashes') return nat.replace(/[()]/g, '').trim().split(/[\s-]+/).join('-');
  if (form === 'nbsp') return nat.split(' ').join('\u00a0');
  if (form === 'thin') return intl.split(' ').join('\u2009');
  if (form === 'ext') return (rng.chance(0.5) ? nat : intl) + (EXT_WORD[p.country as CountryCode] ?? ' ext. ') + String(rng.int(11, 489));
  return nat;
}

/** A gold phone of `region` in one of its written forms (form label `RR:form`). */
export function phone(rng: Rng, region: CountryCode = rng.pick(REGIONS17), form?: Form): Piece {
  const p = drawPhone(rng, region);
  const f = form ?? rng.pick(formsFor(region));
  const text = written(p, f, rng);
  const base = f === 'ext' ? text.replace(/\s*(?:Durchwahl|DW|poste|ext\.?|int\.|tst\.|wewn\.|ankn\.|x)\s*\d+$/, '') : text;
  // Thin and non-breaking spaces are read as the spaces they stand for.
  if (isValidPhoneNumber(base.replace(/[\u00a0\u2009]/g, ' '), region)) return gold('phone', `${region}:${f}`, text);
  return gold('phone', `${region}:intl`, p.formatInternational());
}

/** A phone of one of `regions` (mostly) or of any region. */
export const phoneIn = (rng: Rng, regions: readonly CountryCode[]): Piece => phone(rng, rng.chance(0.85) ? rng.pick(regions) : rng.pick(REGIONS17));
