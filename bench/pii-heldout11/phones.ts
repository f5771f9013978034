// Phone numbers of set 11: libphonenumber-js's mobile example of a region with its last digits redrawn
// until the number is valid there, written the ways people of that region write it (national with the
// trunk prefix, international, E.164, the 00 access code, the country's own separators, an extension).
// Every written form is checked valid for its region; a form that does not parse falls back to
// the international one.
import examples from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber, isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';

/** 48 regions, the less used ones of earlier sets first. */
export const REGIONS11 = ('PL CZ SK HU RO GR TR FI SE NO DK IS EE LT VN TH ID PH MY SG KE TZ UG NG ZA IL IR AE SA EG ' +
  'US CA GB IE AU NZ IN DE AT CH FR BE NL ES PT IT BR MX AR JP').split(' ') as CountryCode[];

function draw(rng: Rng, region: CountryCode): PhoneNumber {
  const ex = getExampleNumber(region, examples);
  if (!ex) throw new Error(`no example number for ${region}`);
  const nsn = String(ex.nationalNumber);
  for (let i = 0; i < 40; i++) {
    const keep = Math.max(2, nsn.length - rng.int(4, 6));
    const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${nsn.slice(0, keep)}${rng.digits(nsn.length - keep)}`);
    if (p && p.isValid() && p.country === region) return p;
  }
  return ex;
}

type Form = 'national' | 'international' | 'e164' | 'idd-00' | 'dotted' | 'dashed' | 'compact' | 'trunk-bracket' | 'extension' | 'asr-digits';

/** The forms each region's people write (beyond national and international). */
const LOCAL_FORMS: Partial<Record<CountryCode, Form[]>> = {
  FR: ['dotted', 'compact', 'idd-00'], BE: ['dotted', 'idd-00'], PL: ['dashed', 'idd-00', 'compact'], CZ: ['compact', 'idd-00'], SK: ['compact', 'idd-00'], HU: ['dashed', 'idd-00'], RO: ['compact', 'dotted'],
  GR: ['compact', 'idd-00'], TR: ['compact', 'dashed'], FI: ['dashed', 'compact'], SE: ['dashed', 'compact'], NO: ['compact', 'idd-00'], DK: ['compact', 'dotted'], DE: ['trunk-bracket', 'compact', 'dashed'],
  AT: ['trunk-bracket', 'idd-00'], CH: ['trunk-bracket', 'idd-00', 'dotted'], GB: ['trunk-bracket', 'extension', 'compact'], IE: ['compact'], US: ['dashed', 'dotted', 'extension'], CA: ['dashed', 'extension'],
  VN: ['compact', 'dotted'], TH: ['dashed', 'compact'], ID: ['dashed', 'compact'], PH: ['compact', 'dashed'], MY: ['dashed', 'compact'], KE: ['compact'], TZ: ['compact'], NG: ['compact'], IL: ['dashed', 'compact'],
  IR: ['compact'], AE: ['compact', 'dashed'], SA: ['compact'], JP: ['compact'], BR: ['dashed'], MX: ['compact'], IN: ['compact', 'dashed'], AU: ['compact'], NL: ['dashed', 'compact'], IT: ['compact'], ES: ['compact', 'dotted'],
};

function write(p: PhoneNumber, form: Form, rng: Rng): string {
  const nat = p.formatNational();
  const intl = p.formatInternational();
  switch (form) {
    case 'national': return nat;
    case 'international': return intl;
    case 'e164': return p.number;
    case 'idd-00': return '00' + intl.slice(1);
    case 'dotted': return nat.replace(/[\s-]+/g, '.');
    case 'dashed': return nat.replace(/[()]/g, '').replace(/\s+/g, '-');
    case 'compact': return nat.replace(/[\s().-]/g, '');
    case 'trunk-bracket': return intl.replace(/^(\+\d+) /, '$1 (0)');
    case 'extension': return nat;
    case 'asr-digits': {
      // A transcript prints digits in the groups the caller spoke, often not the national grouping.
      const d = nat.replace(/\D/g, '');
      let out = '';
      let i = 0;
      while (i < d.length) { const n = Math.min(d.length - i, rng.int(2, 4)); out += (out ? ' ' : '') + d.slice(i, i + n); i += n; }
      return out;
    }
  }
}

/** A valid phone of `region` in `form` (a region's own form when not given), as a gold piece. */
export function phone(rng: Rng, region: CountryCode = rng.pick(REGIONS11), form?: Form): Piece {
  const p = draw(rng, region);
  const f: Form = form ?? rng.pick<Form>(['national', 'national', 'international', 'e164', ...(LOCAL_FORMS[region] ?? [])]);
  let text = write(p, f, rng);
  let used: Form = f;
  if (!isValidPhoneNumber(text, region)) {
    text = p.formatInternational();
    used = 'international';
  }
  return gold('phone', `${region}:${used}`, text);
}

/** An extension written after the number, outside its span. */
export const extension = (rng: Rng, region: CountryCode): string => (region === 'GB' ? ` ext. ${rng.int(200, 4999)}` : rng.pick([` x${rng.int(100, 999)}`, ` ext. ${rng.int(10, 9999)}`]));

export type { Form as PhoneForm11 };
