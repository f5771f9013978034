// What set 15's family files share: the region scope of the file being written (phones are drawn
// from it and digit hard negatives are kept from reading as its phones), a person with an e-mail,
// and dates. Kept apart so each family file reads as its format.
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from '../pii-heldout/prng.js';
import { RegionScope } from '../pii-heldout/region-scope.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { nameOf, person, type Person } from './people.js';
import { phoneExt, type PhoneForm } from './phones.js';
import { email } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';

export const scope15 = new RegionScope(['US']);

/** A gold phone of the current file's regions (an extension after it sometimes). */
export const ph = (rng: Rng, form?: PhoneForm): Array<Piece | string> => phoneExt(rng, rng.pick(scope15.current), form);
export const region = (rng: Rng): CountryCode => rng.pick(scope15.current);

/** A person of `lang` (any by default) with the gold pieces of the name and of an e-mail made from it. */
export const who = (rng: Rng, lang?: string) => contactsOf(rng, person(rng, lang));
const contactsOf = (rng: Rng, p: Person) => ({ p, name: nameOf(p), email: email(rng, p) });
export type Who = ReturnType<typeof who>;

const z = (x: number) => String(x).padStart(2, '0');
export const day = (rng: Rng): string => `2026-${z(rng.int(1, 12))}-${z(rng.int(1, 28))}`;
export const ts = (rng: Rng, sep = 'T'): string => `${day(rng)}${sep}${z(rng.int(0, 23))}:${z(rng.int(0, 59))}:${z(rng.int(0, 59))}`;
export const hm = (rng: Rng): string => `${z(rng.int(0, 23))}:${z(rng.int(0, 59))}`;
export const euDay = (rng: Rng, sep = '.'): string => `${z(rng.int(1, 28))}${sep}${z(rng.int(1, 12))}${sep}2026`;

/** A document family: the regions its documents are written for, and the writer of one. */
export interface Family {
  regions: CountryCode[];
  make: (rng: Rng) => import('../pii-heldout4/unit.js').Unit;
}

export const fam = (regions: string, make: Family['make']): Family => ({ regions: regions.split(' ') as CountryCode[], make });
