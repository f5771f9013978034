// Shorthands the family files of set 14 share: a phone of the file's regions, a person with a name
// and an e-mail, a hard negative, timestamps. Kept apart so each family file reads as its format.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { currentRegions14 } from './negatives.js';
import { nameOf, person, rosterName, type Person } from './people.js';
import { phone14 } from './phones.js';
import { email } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
export { n } from './negatives.js';
export { rosterName as rosterNameOf } from './people.js';

/** A gold phone of the current regions in E.164 (URLs, machine fields). */
export const phE164 = (rng: Rng): Piece => phone14(rng, currentRegions14(), 'e164')[0] as Piece;

/** A gold phone (maybe with an extension after it) of the current file's regions, mostly. */
export const ph = (rng: Rng): Array<Piece | string> => phone14(rng, currentRegions14());

/** A person drawn for a document: their name as written, as a roster writes it, and an e-mail. */
export interface Who {
  p: Person;
  name: Piece;
  roster: Piece;
  email: Piece;
}

export function who(rng: Rng, lang?: string): Who {
  const p = person(rng, lang);
  return { p, name: nameOf(p), roster: rosterName(p), email: email(rng, p) };
}

const pad = (x: number) => String(x).padStart(2, '0');
/** A date of autumn 2026 as `YYYY-MM-DD` (context text, not a scored negative). */
export const day = (rng: Rng): string => ['2026', rng.int(9, 12), rng.int(1, 28)].map((x) => (typeof x === 'number' ? pad(x) : x)).join('-');
/** A clock time `HH:MM`. */
export const hm = (rng: Rng): string => [rng.int(0, 23), rng.int(0, 59)].map(pad).join(':');
/** A date and time of autumn 2026 with seconds, `sep` between them (context text). */
export const ts = (rng: Rng, sep = 'T'): string => `${day(rng)}${sep}${hm(rng)}:${pad(rng.int(0, 59))}`;
