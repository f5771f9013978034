// Phone numbers of 28 regions as people write them in logs, forms, signatures and exports. Each
// number is drawn from a region's numbering plan (mobile and geographic ranges, written here from the
// national plans: leading digits and national significant number length), then written in one of the
// forms that region uses (trunk prefix, area code in brackets, slashes, dots, dashes; `+CC`, `00CC`,
// `+CC (0)…`), and the written form itself is checked with libphonenumber-js (full metadata): it must
// parse, for its region, to a valid number equal to the drawn one. A draw the library rejects is
// drawn again, so the plans here need only be roughly right.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import type { Value } from './doc.js';

type Form = 'intl' | 'intl-e164' | 'intl-00' | 'intl-dash' | 'intl-trunk' | 'national' | 'national-dots' | 'national-dash' | 'national-compact' | 'national-slash' | 'national-paren';

interface Plan {
  /** National significant number templates: digits literal, `X` any digit, `N` 2–9, `M` 1–9. */
  nsn: string[];
  /** Forms this region writes (national forms are left out for regions outside the checks' scope). */
  forms: Form[];
}

const INTL: Form[] = ['intl', 'intl-e164', 'intl-00', 'intl-dash'];
const PLANS: Record<string, Plan> = {
  US: { nsn: ['212NXXXXXX', '415NXXXXXX', '312NXXXXXX', '617NXXXXXX', '206NXXXXXX', '713NXXXXXX', '305NXXXXXX'], forms: ['intl', 'intl-dash', 'intl-e164', 'national', 'national-dots', 'national-dash'] },
  CA: { nsn: ['416NXXXXXX', '604NXXXXXX', '514NXXXXXX', '613NXXXXXX', '403NXXXXXX'], forms: ['intl', 'intl-dash', 'national', 'national-dash', 'national-dots'] },
  GB: { nsn: ['7[4-9]XXXXXXXX', '20[78]XXXXXXX', '161XXXXXXX', '131XXXXXXX', '117XXXXXXX'], forms: [...INTL, 'intl-trunk', 'national', 'national-compact'] },
  DE: { nsn: ['15[127]XXXXXXXX', '17[0-9]XXXXXXX', '30XXXXXXXX', '89XXXXXXX', '40XXXXXXXX', '221XXXXXXX', '69XXXXXXXX'], forms: [...INTL, 'intl-trunk', 'national', 'national-slash', 'national-paren', 'national-compact'] },
  FR: { nsn: ['[67]XXXXXXXX', '1XXXXXXXX', '4XXXXXXXX', '5XXXXXXXX'], forms: [...INTL, 'national', 'national-dots', 'national-compact'] },
  IT: { nsn: ['3[2-9]XXXXXXXX', '02XXXXXXXX', '06XXXXXXXX', '011XXXXXXX', '055XXXXXXX'], forms: [...INTL, 'national', 'national-compact'] },
  ES: { nsn: ['6XXXXXXXX', '91XXXXXXX', '93XXXXXXX', '96XXXXXXX'], forms: [...INTL, 'national', 'national-compact', 'national-dots'] },
  NL: { nsn: ['6XXXXXXXX', '20XXXXXXX', '10XXXXXXX', '30XXXXXXX'], forms: [...INTL, 'intl-trunk', 'national', 'national-dash', 'national-compact'] },
  BE: { nsn: ['4[7-9]XXXXXXX', '2XXXXXXX', '3XXXXXXX', '9XXXXXXX'], forms: [...INTL, 'intl-trunk', 'national', 'national-dots'] },
  CH: { nsn: ['7[5-9]XXXXXXX', '44XXXXXXX', '22XXXXXXX', '31XXXXXXX'], forms: [...INTL, 'intl-trunk', 'national'] },
  AT: { nsn: ['6[5-9]0XXXXXXX', '1XXXXXXX', '316XXXXXX', '662XXXXXX'], forms: [...INTL, 'intl-trunk', 'national', 'national-slash'] },
  SE: { nsn: ['7[0236]XXXXXXX', '8XXXXXXX', '31XXXXXX', '40XXXXXX'], forms: [...INTL, 'national', 'national-dash'] },
  PL: { nsn: ['[5-8]XXXXXXXX', '22XXXXXXX', '12XXXXXXX'], forms: [...INTL, 'national'] },
  PT: { nsn: ['9[1236]XXXXXXX', '21XXXXXXX', '22XXXXXXX'], forms: [...INTL, 'national'] },
  IE: { nsn: ['8[35-9]XXXXXXX', '1XXXXXXX', '21XXXXXXX'], forms: [...INTL, 'national', 'national-compact'] },
  AU: { nsn: ['4XXXXXXXX', '2XXXXXXXX', '3XXXXXXXX', '8XXXXXXXX'], forms: [...INTL, 'national', 'national-compact'] },
  IN: { nsn: ['[6-9]XXXXXXXXX', '11XXXXXXXX', '22XXXXXXXX', '80XXXXXXXX'], forms: [...INTL, 'national', 'national-compact'] },
  BR: { nsn: ['119XXXXXXXX', '219XXXXXXXX', '113XXXXXXX', '613XXXXXXX'], forms: [...INTL, 'national'] },
  JP: { nsn: ['[789]0XXXXXXXX', '3XXXXXXXX', '6XXXXXXXX', '45XXXXXXX'], forms: [...INTL, 'national', 'national-compact'] },
  NO: { nsn: ['[49]XXXXXXX', '2[1-3]XXXXXX'], forms: [...INTL, 'national'] },
  DK: { nsn: ['[2-9]XXXXXXX'], forms: [...INTL, 'national'] },
  FI: { nsn: ['4[0-6]XXXXXXX', '9XXXXXXX', '50XXXXXXX'], forms: [...INTL, 'national'] },
  CZ: { nsn: ['[67][0-9]XXXXXXX', '2XXXXXXXX'], forms: [...INTL, 'national'] },
  // Outside the thirty regions of the checks' scope: international forms only.
  MX: { nsn: ['55XXXXXXXX', '33XXXXXXXX', '81XXXXXXXX'], forms: INTL },
  KR: { nsn: ['10XXXXXXXX', '2XXXXXXXX'], forms: INTL },
  SG: { nsn: ['[89]XXXXXXX', '6XXXXXXX'], forms: INTL },
  ZA: { nsn: ['[678][1-4]XXXXXXX', '21XXXXXXX'], forms: INTL },
  TR: { nsn: ['5[0-5]XXXXXXXX', '212XXXXXXX'], forms: INTL },
};

export const PHONE_REGIONS = Object.keys(PLANS);
/** Regions whose trunk prefix is dropped after the country code and written `(0)` by some. */
const TRUNK_ZERO = new Set(['GB', 'DE', 'NL', 'BE', 'CH', 'AT']);

function fill(rng: Rng, template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '[') {
      const close = template.indexOf(']', i);
      const set = template.slice(i + 1, close).replace(/(\d)-(\d)/g, (_, a: string, b: string) => Array.from({ length: Number(b) - Number(a) + 1 }, (_x, k) => String(Number(a) + k)).join(''));
      out += rng.pick([...set]);
      i = close;
    } else if (c === 'X') out += String(rng.int(0, 9));
    else if (c === 'N') out += String(rng.int(2, 9));
    else if (c === 'M') out += String(rng.int(1, 9));
    else out += c;
  }
  return out;
}

/** The written form of a parsed number, or undefined where the form does not apply to it. */
function write(form: Form, region: string, national: string, international: string, e164: string): string | undefined {
  const groups = national.match(/\d+/g) ?? [];
  const nationalHasTrunk = /^\(?0/.test(national);
  switch (form) {
    case 'intl': return international;
    case 'intl-e164': return e164;
    case 'intl-00': return region === 'US' || region === 'CA' ? undefined : '00' + international.slice(1);
    case 'intl-dash': return international.replace(/ /g, '-');
    case 'intl-trunk': {
      if (!TRUNK_ZERO.has(region)) return undefined;
      const [cc, ...rest] = international.split(' ');
      return `${cc} (0)${rest.join(' ')}`;
    }
    case 'national': return national;
    case 'national-dots': return groups.length > 1 ? groups.join('.') : undefined;
    case 'national-dash': return groups.length > 1 ? groups.join('-') : undefined;
    case 'national-compact': return nationalHasTrunk ? groups.join('') : undefined;
    case 'national-slash': return nationalHasTrunk && groups.length >= 2 ? `${groups[0]}/${groups.slice(1).join('')}` : undefined;
    case 'national-paren': return nationalHasTrunk && groups.length >= 2 ? `(${groups[0]}) ${groups.slice(1).join(' ')}` : undefined;
  }
}

/** Whether `written` reads, for `region`, as the valid number `e164` (libphonenumber-js, full metadata). */
export function phoneValid(written: string, region: string, e164: string): boolean {
  const text = written.replace(' (0)', ' ');
  const p = parsePhoneNumberFromString(text, region as CountryCode);
  return !!p && p.isValid() && p.number === e164 && p.country === region;
}

/** A phone of `region` (or a random one) in one of its written forms. */
export function phone(rng: Rng, region = rng.pick(PHONE_REGIONS), wanted?: Form): Value & { region: string; e164: string } {
  const plan = PLANS[region]!;
  for (let attempt = 0; attempt < 400; attempt++) {
    const nsn = fill(rng, rng.pick(plan.nsn));
    const p = parsePhoneNumberFromString(`+${ccOf(region)}${nsn}`);
    if (!p || !p.isValid() || p.country !== region) continue;
    const form = wanted ?? rng.pick(plan.forms);
    const text = write(form, region, p.formatNational(), p.formatInternational(), p.number);
    if (text === undefined || !phoneValid(text, region, p.number)) continue;
    return { text, type: 'phone', form: `${region}:${form}`, region, e164: p.number };
  }
  throw new Error(`no valid ${region} phone drawn: the plan needs fixing`);
}

const CC: Record<string, string> = {
  US: '1', CA: '1', GB: '44', DE: '49', FR: '33', IT: '39', ES: '34', NL: '31', BE: '32', CH: '41', AT: '43', SE: '46', PL: '48', PT: '351', IE: '353',
  AU: '61', IN: '91', BR: '55', JP: '81', NO: '47', DK: '45', FI: '358', CZ: '420', MX: '52', KR: '82', SG: '65', ZA: '27', TR: '90',
};
function ccOf(region: string): string {
  return CC[region]!;
}
