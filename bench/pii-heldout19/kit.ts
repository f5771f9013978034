// Shorthands the family files share: a phone of the file's regions, a person with name and e-mail,
// a national id, a secret, timestamps. Kept apart so each family file reads as its format.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { currentRegions } from './negatives.js';
import { nameOf, person, type Person } from './people.js';
import { phoneOf } from './phones.js';
import { email } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';
export { negative as n } from './negatives.js';
export { nationalId as nid } from './ids.js';
export { password as pw, secret as sec, login } from './secrets.js';
export { card, iban, ip, mac, ssn } from './values.js';

/** A gold phone (an extension after it when drawn) of the current file's regions, mostly. */
export const ph = (rng: Rng): Array<Piece | string> => phoneOf(rng, currentRegions());

/** A person of `lang` (any by default): the person, their name and an e-mail made from it. */
export const who = (rng: Rng, lang?: string): { p: Person; name: Piece; email: Piece } => {
  const p = person(rng, lang);
  return { p, name: nameOf(p), email: email(rng, p) };
};

const z = (x: number) => String(x).padStart(2, '0');
const date = (rng: Rng) => [2026, rng.int(9, 12), rng.int(1, 28)] as const;
/** An ISO date, a date-time (unlabelled context, not a hard negative), a European date, a quarter hour. */
export const day = (rng: Rng): string => date(rng).map(z).join('-');
export const ts = (rng: Rng, sep = 'T'): string => `${day(rng)}${sep}${[rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)].map(z).join(':')}`;
export const dmy = (rng: Rng, sep = '.'): string => [...date(rng)].reverse().map(z).join(sep);
/** A case or ticket reference tied to one person: written unlabelled (neither gold nor a hard negative). */
export const ref = (rng: Rng): string => `${rng.pick(['AZ', 'CS', 'RQ', 'TK'])}-${rng.int(100000, 999999)}`;
export const hm = (rng: Rng): string => `${z(rng.int(7, 20))}:${z(rng.pick([0, 15, 30, 45]))}`;
