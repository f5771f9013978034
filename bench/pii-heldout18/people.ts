// Set 18's people: given and family names of 29 languages in nine scripts, with a romanised
// spelling for the e-mail's local part. A name is gold `person` (reported, not judged).
import type { Rng } from '../pii-heldout/prng.js';
import { gold, type Piece } from '../pii-heldout4/unit.js';
import names from './names.json' with { type: 'json' };

export interface Person {
  lang: string;
  given: string;
  family: string;
  /** ASCII spelling for local parts of e-mail addresses. */
  latin: [string, string];
  /** Family name first in writing (Chinese, Japanese, Korean, Hungarian, Vietnamese). */
  familyFirst: boolean;
}

// Given and family names per language (ASCII spellings for scripts other than Latin), in names.json: data,
// not code. `familyFirst`: the family name is written first; `sep`: between the two (none in CJK).
interface Names { given: string[]; family: string[]; latinGiven?: string[]; latinFamily?: string[]; familyFirst?: boolean; sep?: string }
const NAMES: Record<string, Names> = names;

export const LANGS18 = Object.keys(NAMES);

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[ıİ]/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

export function person(rng: Rng, lang: string = rng.pick(LANGS18)): Person {
  const n = NAMES[lang] ?? NAMES.en!;
  const i = rng.int(0, n.given.length - 1);
  const j = rng.int(0, n.family.length - 1);
  const given = n.given[i]!;
  const family = n.family[j]!;
  const latin: [string, string] = n.latinGiven && n.latinFamily ? [n.latinGiven[i]!, n.latinFamily[j]!] : [ascii(given.split(' ').pop()!), ascii(family || given.split(' ')[0]!)];
  return { lang, given, family, latin, familyFirst: !!n.familyFirst };
}

/** The name as people of its language write it (family first where that is the custom). */
export function fullName(p: Person): string {
  if (!p.family) return p.given;
  const sep = NAMES[p.lang]?.sep ?? ' ';
  return p.familyFirst ? `${p.family}${sep}${p.given}` : `${p.given}${sep}${p.family}`;
}

export const nameOf = (p: Person, form = p.lang): Piece => gold('person', form, fullName(p));
