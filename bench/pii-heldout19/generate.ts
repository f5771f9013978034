// Set 19 from a seed: documents drawn in turn from the commerce, health, public-service, work, travel,
// operations and chat sources, three JSON Lines record files and thirteen CSV exports. Same seed, same
// set. Set 19 has set 5's shape, so set 5's writer, CLI run and tally serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { CHAT_SOURCES19 } from './chat.js';
import { CIVIC_SOURCES19 } from './civic.js';
import { COMMERCE_SOURCES19 } from './commerce.js';
import { recordFiles19, tables19 } from './exports.js';
import { HEALTH_SOURCES19 } from './health.js';
import { withRegions19 } from './negatives.js';
import { OPS_SOURCES19 } from './ops.js';
import { regionsOf19 } from './regions.js';
import { TRAVEL_SOURCES19 } from './travel.js';
import { WORK_SOURCES19 } from './work.js';

export const DEFAULT_OPTIONS19 = { seed: 20261221, documents: 1500, records: 400, rows: 150 };
export const SOURCES19: Record<string, (rng: Rng) => Unit> = { ...COMMERCE_SOURCES19, ...HEALTH_SOURCES19, ...CIVIC_SOURCES19, ...WORK_SOURCES19, ...TRAVEL_SOURCES19, ...OPS_SOURCES19, ...CHAT_SOURCES19 };

export function generateHeldout19(o: typeof DEFAULT_OPTIONS19 = DEFAULT_OPTIONS19): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES19);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: withRegions19(regionsOf19(source), () => SOURCES19[source]!(rng)) }));
  return { documents, recordFiles: recordFiles19(rng, o.records), tables: tables19(rng, o.rows) };
}
