// Set 16 from a seed: documents drawn in turn from the operations, configuration, commerce and
// community sources (each written within its regions), three JSON Lines record files and fourteen
// CSV exports. Same seed, same set. Set 16 has set 5's shape, so set 5's writer, CLI run and tally
// serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { APPCONFIG_SOURCES16 } from './appconfig.js';
import { COMMERCE_SOURCES16 } from './commerce.js';
import { COMMUNITY_SOURCES16 } from './community.js';
import { CONFIG_SOURCES16 } from './config.js';
import { recordFiles16, tables16 } from './exports.js';
import { withRegions16 } from './negatives.js';
import { OPS_SOURCES16 } from './ops.js';
import { regionsOf16 } from './regions.js';

export const DEFAULT_OPTIONS16 = { seed: 20261218, documents: 1500, records: 400, rows: 150 };
export const SOURCES16: Record<string, (rng: Rng) => Unit> = { ...OPS_SOURCES16, ...CONFIG_SOURCES16, ...APPCONFIG_SOURCES16, ...COMMERCE_SOURCES16, ...COMMUNITY_SOURCES16 };

export function generateHeldout16(o: typeof DEFAULT_OPTIONS16 = DEFAULT_OPTIONS16): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES16);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: withRegions16(regionsOf16(source), () => SOURCES16[source]!(rng)) }));
  return { documents, recordFiles: recordFiles16(rng, o.records), tables: tables16(rng, o.rows) };
}
