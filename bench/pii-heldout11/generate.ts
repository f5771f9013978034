// Set 11 from a seed: documents drawn in turn from the travel/health, finance/device, developer-tool
// and social sources, two JSON Lines record files and fourteen CSV exports. Same seed, same set. Set 11
// has set 5's shape, so set 5's writer, CLI run and tally (bench/pii-heldout5/{files,run,tally}.ts)
// serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { DEVTOOLS11 } from './devtools.js';
import { recordFiles11, tables11 } from './exports.js';
import { FINANCE_DEVICES11 } from './finance-devices.js';
import { withScope11 } from './negatives.js';
import { regionsOf11 } from './regions.js';
import { SOCIAL11 } from './social.js';
import { TRAVEL_HEALTH11 } from './travel-health.js';

export const DEFAULT_OPTIONS11 = { seed: 20261213, documents: 1500, records: 400, rows: 150 };
export const SOURCES11: Record<string, (rng: Rng) => Unit> = { ...TRAVEL_HEALTH11, ...FINANCE_DEVICES11, ...DEVTOOLS11, ...SOCIAL11 };

export function generateHeldout11(o: typeof DEFAULT_OPTIONS11 = DEFAULT_OPTIONS11): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES11);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: withScope11(regionsOf11(source), () => SOURCES11[source]!(rng)) }));
  return { documents, recordFiles: recordFiles11(rng, o.records), tables: tables11(rng, o.rows) };
}
