// Set 19's phone numbers: a valid number of a region (libphonenumber-js's example with random
// subscriber digits, kept only when valid for that region), written the way the region writes it.
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import mobile from 'libphonenumber-js/mobile/examples';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

export const PHONE_REGIONS19 = 'US CA GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG GR TR SE NO DK FI EE LV LT IS IN PK BD JP KR CN TW HK SG MY TH VN ID PH AU NZ BR MX AR CL CO PE ZA NG KE EG MA AE SA IL UA'.split(' ') as CountryCode[];

function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const ex = getExampleNumber(region, mobile)!;
  const nsn = ex.nationalNumber;
  // Keep fewer of the example's leading digits as draws fail (short prefixes leave more of the plan).
  for (let i = 0; i < 100; i++) {
    const keep = Math.max(1, Math.min(4, nsn.length - 4) - Math.floor(i / 25));
    const p = parsePhoneNumberFromString(nsn.slice(0, keep) + rng.digits(nsn.length - keep), region);
    if (p?.isValid() && p.country === region) return p;
  }
  return ex;
}

const NBSP = '\u00a0';
const THIN = '\u2009';
const EXT: Partial<Record<CountryCode, string>> = { US: ' x', GB: ' ext ', DE: ' -', FR: ' poste ', ES: ' ext. ', IT: ' int. ', NL: ' tst. ', SE: ' ankn. ', PL: ' wewn. ' };

/** The written forms a region's numbers take. */
function forms(region: CountryCode): string[] {
  const f = ['e164', 'intl', 'intl', 'national', 'national'];
  if (!['US', 'CA', 'JP', 'KR', 'AU', 'BR', 'MX', 'CN', 'TW', 'HK', 'SG', 'TH', 'VN', 'ID', 'IL'].includes(region)) f.push('idd00');
  if (['FR', 'BE', 'US', 'CA'].includes(region)) f.push('dots');
  if (['DE', 'AT'].includes(region)) f.push('slash');
  if (['GB', 'DE', 'CH', 'AT'].includes(region)) f.push('trunk-paren');
  if (['FR', 'CH', 'SE', 'NO', 'CZ', 'PL'].includes(region)) f.push('nbsp', 'thin');
  if (['US', 'CA'].includes(region)) f.push('paren');
  if (['IT', 'ES', 'PT', 'RO'].includes(region)) f.push('dashes');
  return f;
}

function write(p: PhoneNumber, form: string): string {
  const nat = p.formatNational();
  const intl = p.formatInternational();
  switch (form) {
    case 'e164': return p.number;
    case 'intl': return intl;
    case 'idd00': return intl.replace(/^\+/, '00');
    case 'dots': return nat.replace(/[\s()-]+/g, '.').replace(/^\./, '');
    case 'slash': return nat.replace(/^(\d+)\s/, '$1/');
    case 'trunk-paren': return `+${p.countryCallingCode} (0)${intl.slice(p.countryCallingCode.length + 2)}`;
    case 'nbsp': return intl.replace(/ /g, NBSP);
    case 'thin': return nat.replace(/ /g, THIN);
    case 'paren': return nat;
    case 'dashes': return intl.replace(/ /g, '-');
    default: return nat;
  }
}

/** A gold phone of one of `regions` (sometimes of any region), optionally with its extension after it. */
export function phoneOf(rng: Rng, regions: readonly CountryCode[], form?: string): Array<Piece | string> {
  const region = rng.chance(0.85) && regions.length ? rng.pick(regions) : rng.pick(PHONE_REGIONS19);
  const p = draw(rng, region);
  const drawn = form ?? rng.pick(forms(region));
  // Not every region dials abroad with 00: keep that form only where it reads back as the number.
  const f = drawn === 'idd00' && !isValidPhoneNumber(write(p, drawn), region) ? 'intl' : drawn;
  const piece = gold('phone', `${region}:${f}`, write(p, f));
  const ext = EXT[region];
  if (!form && ext && rng.chance(0.06)) return [gold('phone', `${region}:${f}+ext`, write(p, f) + ext + rng.digits(rng.int(2, 4)))];
  return [piece];
}

/** One gold phone piece (no extension) for a record leaf or a cell. */
export const phonePiece = (rng: Rng, regions: readonly CountryCode[], form?: string): Piece => phoneOf(rng, regions, form ?? undefined)[0] as Piece;
