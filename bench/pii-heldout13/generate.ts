// Set 13 from a seed: documents drawn in turn from the finance, logistics, care, community and
// operations families (each written within its regions), three JSON Lines record files and thirteen
// CSV exports. Same seed, same set. Set 13 has set 5's shape, so set 5's writer, CLI run and tally
// serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { CARE13 } from './care.js';
import { COMMUNITY13 } from './community.js';
import { recordFiles13, tables13 } from './exports.js';
import { FINANCE13 } from './finance.js';
import { LOGISTICS13 } from './logistics.js';
import { OPS13 } from './ops.js';
import { regionsOf13, scope13 } from './regions.js';

export const DEFAULT_OPTIONS13 = { seed: 20261215, documents: 1500, records: 400, rows: 150 };
export const SOURCES13: Record<string, (rng: Rng) => Unit> = { ...FINANCE13, ...LOGISTICS13, ...CARE13, ...COMMUNITY13, ...OPS13 };

export function generateHeldout13(o: typeof DEFAULT_OPTIONS13 = DEFAULT_OPTIONS13): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES13);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: scope13.within(regionsOf13(source), () => SOURCES13[source]!(rng)) }));
  return { documents, recordFiles: recordFiles13(rng, o.records), tables: tables13(rng, o.rows) };
}
