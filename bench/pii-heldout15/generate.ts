// Set 15 from a seed: documents drawn in turn from 88 families (each written within its regions),
// three JSON Lines record files and sixteen CSV exports. Set 15 has set 5's shape, so set 5's
// writer, CLI run and tally serve it as they are. Same seed, same set.
import { Rng } from '../pii-heldout/prng.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { CARE15 } from './care.js';
import { CIVIC15 } from './civic.js';
import { DEVCFG15 } from './devcfg.js';
import { recordFiles15, tables15 } from './exports.js';
import { scope15, type Family } from './kit.js';
import { MONEY15 } from './money.js';
import { OPS15 } from './ops.js';
import { TRAVEL15 } from './travel.js';
import { WORK15 } from './work.js';

export const DEFAULT_OPTIONS15 = { seed: 20261217, documents: 1500, records: 400, rows: 150 };
export const FAMILIES15: Record<string, Family> = { ...MONEY15, ...CARE15, ...WORK15, ...OPS15, ...DEVCFG15, ...CIVIC15, ...TRAVEL15 };

export function generateHeldout15(o: typeof DEFAULT_OPTIONS15 = DEFAULT_OPTIONS15): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(FAMILIES15);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => {
    const f = FAMILIES15[source]!;
    return { source, unit: scope15.within(f.regions, () => f.make(rng)) };
  });
  return { documents, recordFiles: recordFiles15(rng, o.records), tables: tables15(rng, o.rows) };
}
