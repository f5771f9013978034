// Set 18 from a seed: documents drawn in turn from the education and housing, civic, finance and
// operations families (each written within its file's regions), three JSON Lines record files and
// thirteen CSV exports. Same seed, same set. Set 18 has set 5's shape, so set 5's writer, CLI run and
// tally serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { CIVIC_SOURCES18 } from './civic.js';
import { recordFiles18, tables18 } from './exports.js';
import { FINANCE_SOURCES18 } from './finance.js';
import { LEARNING_SOURCES18 } from './learning.js';
import { withRegions18 } from './negatives.js';
import { OPS_SOURCES18 } from './ops.js';
import { regionsOf18 } from './regions.js';

export const DEFAULT_OPTIONS18 = { seed: 20261220, documents: 1500, records: 400, rows: 150 };
export const SOURCES18: Record<string, (rng: Rng) => Unit> = { ...LEARNING_SOURCES18, ...CIVIC_SOURCES18, ...FINANCE_SOURCES18, ...OPS_SOURCES18 };

/** The families in turn, each document written within its family's regions. */
function documents18(rng: Rng, count: number): HeldoutSet5['documents'] {
  const families = Object.entries(SOURCES18);
  const out: HeldoutSet5['documents'] = [];
  for (let i = 0; i < count; i++) {
    const [source, make] = families[i % families.length]!;
    out.push({ source, unit: withRegions18(regionsOf18(source), () => make(rng)) });
  }
  return out;
}

export function generateHeldout18(o: typeof DEFAULT_OPTIONS18 = DEFAULT_OPTIONS18): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const documents = documents18(rng, o.documents);
  return { documents, recordFiles: recordFiles18(rng, o.records, withRegions18), tables: tables18(rng, o.rows, withRegions18) };
}
