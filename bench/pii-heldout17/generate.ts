// Set 17 from a seed: documents drawn in turn from 54 families in ten domains (each written within
// its regions' scope), three JSON Lines record files and thirteen CSV exports. Same seed, same set.
// Set 17 has set 5's shape, so set 5's writer, CLI run and tally serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { AUTO17 } from './auto.js';
import { CIVIC17 } from './civic.js';
import { CONFIG17 } from './config.js';
import { DEVOPS17 } from './devops.js';
import { recordFiles17, tables17 } from './exports.js';
import { HEALTH17 } from './health.js';
import { LEGAL17 } from './legal.js';
import { LOGISTICS17 } from './logistics.js';
import { OPS17 } from './ops.js';
import { PAYMENTS17 } from './payments.js';
import { regionsOf17, scope17 } from './regions.js';
import { WORK17 } from './work.js';

export const DEFAULT_OPTIONS17 = { seed: 20261219, documents: 1500, records: 400, rows: 150 };
export const SOURCES17: Record<string, (rng: Rng) => Unit> = { ...LEGAL17, ...CIVIC17, ...AUTO17, ...HEALTH17, ...WORK17, ...PAYMENTS17, ...LOGISTICS17, ...OPS17, ...CONFIG17, ...DEVOPS17 };

export function generateHeldout17(o: typeof DEFAULT_OPTIONS17 = DEFAULT_OPTIONS17): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES17);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: scope17.within(regionsOf17(source), () => SOURCES17[source]!(rng)) }));
  return { documents, recordFiles: recordFiles17(rng, o.records), tables: tables17(rng, o.rows) };
}
