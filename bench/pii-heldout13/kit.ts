// Shorthands set 13's family files share, so each family reads as its format: a phone of the file's
// regions, a person with name and e-mail, hard negatives by kind, timestamps and small numbers.
import type { Rng } from '../pii-heldout/prng.js';
import type { Piece } from '../pii-heldout4/unit.js';
import { negative13 } from './negatives.js';
import { nameOf, person13, type Person13 } from './people.js';
import { phoneIn } from './phones.js';
import { scope13 } from './regions.js';
import { email13 } from './values.js';

export { Doc, gold, type Piece, type Unit } from '../pii-heldout4/unit.js';

/** A gold phone, mostly of the current file's regions. */
export const ph = (rng: Rng): Piece => phoneIn(rng, scope13.current);

/** A hard negative of `kind`, phone-free for the current file's regions. */
export const n = (rng: Rng, kind: string): Piece => negative13(rng, kind);

/** A person of one language with the gold pieces of their full name and an e-mail made from it. */
export class Who {
  readonly name: Piece;
  readonly email: Piece;
  constructor(rng: Rng, readonly p: Person13) {
    this.name = nameOf(p);
    this.email = email13(rng, p);
  }
}

/** A person of `lang` (any by default). */
export const who = (rng: Rng, lang?: string): Who => new Who(rng, person13(rng, lang));

/** Two digits, zero-padded. */
export const z2 = (x: number): string => String(x).padStart(2, '0');
/** A day in late 2026 and a time of day (a format's own text, not a scored value). */
export const day = (rng: Rng): string => `2026-${z2(rng.int(9, 12))}-${z2(rng.int(1, 28))}`;
const clock = (rng: Rng): string => [rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)].map(z2).join(':');
export const ts = (rng: Rng, sep = 'T'): string => `${day(rng)}${sep}${clock(rng)}`;

/** A UUID as plain text: a record, session or order id tied to one person (unlabelled, not a negative). */
export const uid = (rng: Rng): string => negative13(rng, 'uuid').text;
