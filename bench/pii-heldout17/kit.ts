// Shorthands set 17's family files share: a phone of the file's regions, a person of a language with
// name and e-mail, dates of issue. Kept apart so each family file reads as its format.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { fullName, nameOf, person, type Person } from './people.js';
import { phoneIn } from './phones.js';
import { scope17 } from './regions.js';
import { email } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
export type { Rng } from '../pii-heldout/prng.js';

/** A gold phone of the current file's regions, mostly. */
export const ph = (rng: Rng): Piece => phoneIn(rng, scope17.current);

export interface Who {
  p: Person;
  name: Piece;
  email: Piece;
  /** The name as plain text (for greetings after the labelled first mention: labelled too). */
  full: string;
}

/** A person of `lang` (one of `langs`, any by default): the name and an e-mail made from it. */
export function who(rng: Rng, lang?: string | string[], org?: string): Who {
  const p = person(rng, Array.isArray(lang) ? rng.pick(lang) : lang);
  return { p, name: nameOf(p), email: email(rng, p, org), full: fullName(p) };
}

const z = (x: number) => String(x).padStart(2, '0');
/** A date of issue in 2026 (documents' own dates, not a person's). */
export const isoDay = (rng: Rng): string => `2026-${z(rng.int(1, 12))}-${z(rng.int(1, 28))}`;
export const hhmm = (rng: Rng): string => `${z(rng.int(7, 19))}:${z(rng.int(0, 59))}`;
