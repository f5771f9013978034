// Set 10 from a seed: documents drawn in turn from the network, identity, fiscal and web sources, two
// JSON Lines record files and eleven CSV exports. Same seed, same set. Set 10 has set 5's shape, so
// set 5's writer, CLI run and tally (bench/pii-heldout5/{files,run,tally}.ts) serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { recordFiles10, tables10 } from './exports.js';
import { FISCAL_SOURCES10 } from './fiscal.js';
import { IDENTITY_SOURCES10 } from './identity.js';
import { withRegions } from './negatives.js';
import { NETWORK_SOURCES10 } from './network.js';
import { regionsOf10 } from './regions.js';
import { WEB_SOURCES10 } from './web.js';

export const DEFAULT_OPTIONS10 = { seed: 20261212, documents: 1500, records: 400, rows: 150 };
export const SOURCES10: Record<string, (rng: Rng) => Unit> = { ...NETWORK_SOURCES10, ...IDENTITY_SOURCES10, ...FISCAL_SOURCES10, ...WEB_SOURCES10 };

export function generateHeldout10(o: typeof DEFAULT_OPTIONS10 = DEFAULT_OPTIONS10): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES10);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: withRegions(regionsOf10(source), () => SOURCES10[source]!(rng)) }));
  return { documents, recordFiles: recordFiles10(rng, o.records), tables: tables10(rng, o.rows) };
}
