// Shorthands set 18's family files share: a phone of the file's regions, a person with name and
// e-mail, dates. Kept apart so each family file reads as its format.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { currentRegions } from './negatives.js';
import { nameOf, person, type Person } from './people.js';
import { phoneOf } from './phones.js';
import { email } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';

/** A gold phone mostly of the current file's regions. */
export const ph = (rng: Rng): Piece => phoneOf(rng, currentRegions());

/** A person of `lang` (any when absent) with the gold pieces a document writes: name and e-mail. */
export const who = (rng: Rng, lang?: string): { p: Person; name: Piece; email: Piece } => {
  const p = person(rng, lang);
  const name = nameOf(p);
  return { p, name, email: email(rng, p) };
};

// Dates of 2026 for the documents' own fields (unlabelled: scored neither way).
const two = (lo: number, hi: number) => (rng: Rng) => String(rng.int(lo, hi)).padStart(2, '0');
const [month, dom, hour, minute] = [two(1, 12), two(1, 28), two(0, 23), two(0, 59)];
export const day = (rng: Rng): string => ['2026', month(rng), dom(rng)].join('-');
export const hm = (rng: Rng): string => `${hour(rng)}:${minute(rng)}`;
export const ts = (rng: Rng): string => `${day(rng)}T${hm(rng)}:${minute(rng)}Z`;
