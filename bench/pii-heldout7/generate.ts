// Set 7 from a seed: documents drawn evenly over the machine and human sources, two JSON Lines record
// files and ten CSV exports. Same seed, same set. Set 7 has set 5's shape, so set 5's writer, CLI run
// and tally (bench/pii-heldout5/{files,run,tally}.ts) serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { recordFiles7, tables7 } from './exports.js';
import { HUMAN_SOURCES7 } from './human.js';
import { MACHINE_SOURCES7 } from './machine.js';

export type HeldoutSet7 = HeldoutSet5;

export const DEFAULT_OPTIONS7 = { seed: 20261209, documents: 2000, records: 600, rows: 200 };
export const SOURCES7 = { ...MACHINE_SOURCES7, ...HUMAN_SOURCES7 };

export function generateHeldout7(o: typeof DEFAULT_OPTIONS7 = DEFAULT_OPTIONS7): HeldoutSet7 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES7);
  const documents = Array.from({ length: o.documents }, (_, i) => {
    const source = names[i % names.length]!;
    return { source, unit: SOURCES7[source]!(rng) };
  });
  return { documents, recordFiles: recordFiles7(rng, o.records), tables: tables7(rng, o.rows) };
}
