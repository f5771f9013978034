// The person-name detector alone (detectPii with the `person` type only) on seeded English sentences
// (test/helpers/person-sentences.ts: names of many cultures and hard negatives), in MB per CPU-second,
// beside its floor in the same run: PERSON_PATTERN alone, the search for runs of capitalised words that
// every candidate passes through. BENCH_PERSON_RECORDS sets the records per corpus (default 60,000).
import { detectPii } from '../checks/pii/detectors/index.js';
import { PERSON_PATTERN } from '../checks/pii/detectors/person.js';
import { personSentences } from '../test/helpers/person-sentences.js';

const records = Number(process.env.BENCH_PERSON_RECORDS ?? 60_000);
if (!Number.isInteger(records) || records <= 0) throw new Error(`BENCH_PERSON_RECORDS must be a positive integer, got "${process.env.BENCH_PERSON_RECORDS}"`);
const ROUNDS = 4; // best of, the first one warms up

/** CPU seconds of the best round of `f` over the texts. */
function cpuSeconds(texts: readonly string[], f: (t: string) => void): number {
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const c0 = process.cpuUsage();
    for (const t of texts) f(t);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return best;
}

const opts = { types: new Set(['person']) };
for (const [label, perRecord, share] of [
  ['one sentence per record, half of them with names', 1, 0.5],
  ['four sentences per record, a quarter of them with names', 4, 0.25],
] as const) {
  const sentences = personSentences(records * perRecord, 3, share).map((s) => s.full_text);
  const texts: string[] = [];
  for (let i = 0; i + perRecord <= sentences.length; i += perRecord) texts.push(sentences.slice(i, i + perRecord).join(' '));
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  const ours = cpuSeconds(texts, (t) => detectPii(t, opts));
  const pattern = PERSON_PATTERN();
  const floor = cpuSeconds(texts, (t) => {
    pattern.lastIndex = 0;
    while (pattern.exec(t) !== null);
  });
  console.log(`${label}: ${mb.toFixed(1)} MB`);
  console.log(`  person detector  ${(mb / ours).toFixed(1).padStart(6)} MB per CPU-second`);
  console.log(`  PERSON_PATTERN   ${(mb / floor).toFixed(1).padStart(6)} MB per CPU-second (floor)   ratio ${(floor / ours).toFixed(3)}`);
}
