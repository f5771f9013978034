// Set 12 from a seed: documents drawn in turn from the infrastructure, communication, public-service
// and commerce sources, two JSON Lines record files and thirteen CSV exports. Same seed, same set.
// Set 12 has set 5's shape, so set 5's writer, CLI run and tally serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { CIVIC_SOURCES12 } from './civic.js';
import { COMMERCE_SOURCES12 } from './commerce.js';
import { COMMS_SOURCES12 } from './comms.js';
import { recordFiles12, tables12 } from './exports.js';
import { INFRA_SOURCES12 } from './infra.js';
import { withRegions12 } from './negatives.js';
import { regionsOf12 } from './regions.js';

export const DEFAULT_OPTIONS12 = { seed: 20261214, documents: 1500, records: 400, rows: 150 };
export const SOURCES12: Record<string, (rng: Rng) => Unit> = { ...INFRA_SOURCES12, ...COMMS_SOURCES12, ...CIVIC_SOURCES12, ...COMMERCE_SOURCES12 };

export function generateHeldout12(o: typeof DEFAULT_OPTIONS12 = DEFAULT_OPTIONS12): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES12);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: withRegions12(regionsOf12(source), () => SOURCES12[source]!(rng)) }));
  return { documents, recordFiles: recordFiles12(rng, o.records), tables: tables12(rng, o.rows) };
}
