// Shorthands the family files share: a person with name and e-mail, a phone of the file's regions,
// a national id with its cue, timestamps. Kept apart so each family file reads as its format.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { currentRegions } from './negatives.js';
import { nameOf, person, type Person } from './people.js';
import { phone16 } from './phones.js';
import { email, nationalId } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
export { n } from './negatives.js';
export { card, email, iban, ip, mac, ssn } from './values.js';
export { password, secret } from './secrets.js';

export const ph = (rng: Rng): Piece => phone16(rng, currentRegions());

/** A person of `lang` (any by default), with the name and an e-mail made from it as gold pieces. */
export const who = (rng: Rng, lang?: string) => ((p: Person) => ({ p, name: nameOf(p), email: email(rng, p) }))(person(rng, lang));

/** "cue: id" pieces of a national id (random type when absent). */
export function nid(rng: Rng, type?: string): [string, Piece] {
  const { cue, id } = nationalId(rng, type);
  return [`${cue} `, id];
}

const z = (x: number) => String(x).padStart(2, '0');
export const ts = (rng: Rng, sep = 'T'): string => `2026-${z(rng.int(1, 12))}-${z(rng.int(1, 28))}${sep}${z(rng.int(0, 23))}:${z(rng.int(0, 59))}:${z(rng.int(0, 59))}`;
export const day = (rng: Rng): string => `2026-${z(rng.int(1, 12))}-${z(rng.int(1, 28))}`;
export const hm = (rng: Rng): string => `${z(rng.int(7, 21))}:${z(rng.int(0, 59))}`;
