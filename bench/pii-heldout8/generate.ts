// Set 8 from a seed: documents drawn evenly over the people, trade and operations sources, two JSON
// Lines record files and seven CSV exports. Same seed, same set. Set 8 has set 5's shape, so set 5's
// writer, CLI run and tally (bench/pii-heldout5/{files,run,tally}.ts) serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { recordFiles8, tables8 } from './exports.js';
import { OPS_SOURCES8 } from './ops.js';
import { PEOPLE_SOURCES8 } from './people.js';
import { TRADE_SOURCES8 } from './trade.js';

export type HeldoutSet8 = HeldoutSet5;

export const DEFAULT_OPTIONS8 = { seed: 20261210, documents: 1500, records: 400, rows: 150 };
export const SOURCES8 = { ...PEOPLE_SOURCES8, ...TRADE_SOURCES8, ...OPS_SOURCES8 };

export function generateHeldout8(o: typeof DEFAULT_OPTIONS8 = DEFAULT_OPTIONS8): HeldoutSet8 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES8);
  const documents = Array.from({ length: o.documents }, (_, i) => {
    const source = names[i % names.length]!;
    return { source, unit: SOURCES8[source]!(rng) };
  });
  return { documents, recordFiles: recordFiles8(rng, o.records), tables: tables8(rng, o.rows) };
}
