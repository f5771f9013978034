// Shorthands the family files share: a phone of the file's regions, a person with name and e-mail,
// timestamps. Kept apart so each family file reads as its format.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { currentRegions } from './negatives.js';
import { nameOf, person, type Person } from './people.js';
import { phoneOf } from './phones.js';
import { email } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
export { negative as n } from './negatives.js';

/** A gold phone (with an extension after it when drawn) of the current file's regions, mostly. */
export const ph = (rng: Rng): Array<Piece | string> => phoneOf(rng, currentRegions());

export interface Who {
  p: Person;
  name: Piece;
  email: Piece;
}

/** A person of `lang` (any by default): the name and an e-mail made from it. */
export function who(rng: Rng, lang?: string): Who {
  const p = person(rng, lang);
  return { p, name: nameOf(p), email: email(rng, p) };
}

const z = (x: number) => String(x).padStart(2, '0');
/** An ISO timestamp in late 2026 (time of day random). */
export const ts = (rng: Rng, sep = 'T'): string => `2026-${z(rng.int(9, 12))}-${z(rng.int(1, 28))}${sep}${z(rng.int(0, 23))}:${z(rng.int(0, 59))}:${z(rng.int(0, 59))}`;
export const day = (rng: Rng): string => `2026-${z(rng.int(9, 12))}-${z(rng.int(1, 28))}`;
export const hm = (rng: Rng): string => `${z(rng.int(0, 23))}:${z(rng.int(0, 59))}`;
