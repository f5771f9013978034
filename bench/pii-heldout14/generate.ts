// Set 14 from a seed: documents drawn in turn from the security, analytics, observability, workplace,
// finance, health, civic, open-source, consumer-platform, developer-config and logistics sources (each written for its regions),
// three JSON Lines record files and thirteen CSV exports. Same seed, same set. Set 14 has set 5's
// shape, so set 5's writer, CLI run and tally serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import { ANALYTICS_SOURCES14 } from './analytics.js';
import { CIVIC_SOURCES14 } from './civic.js';
import { DEVCONFIG_SOURCES14 } from './devconfig.js';
import { recordFiles14, tables14 } from './exports.js';
import { FINANCE_SOURCES14 } from './finance.js';
import { HEALTH_SOURCES14 } from './health.js';
import { LOGISTICS_SOURCES14 } from './logistics.js';
import { withRegions14 } from './negatives.js';
import { OBSERVABILITY_SOURCES14 } from './observability.js';
import { OPENSOURCE_SOURCES14 } from './opensource.js';
import { regionsOf14 } from './regions.js';
import { SECURITY_SOURCES14 } from './security.js';
import { SOCIAL_SOURCES14 } from './social.js';
import { WORKPLACE_SOURCES14 } from './workplace.js';

export const DEFAULT_OPTIONS14 = { seed: 20261216, documents: 1500, records: 400, rows: 150 };
export const SOURCES14: Record<string, (rng: Rng) => Unit> = {
  ...SECURITY_SOURCES14, ...ANALYTICS_SOURCES14, ...OBSERVABILITY_SOURCES14, ...WORKPLACE_SOURCES14, ...FINANCE_SOURCES14, ...HEALTH_SOURCES14, ...CIVIC_SOURCES14, ...OPENSOURCE_SOURCES14, ...SOCIAL_SOURCES14, ...DEVCONFIG_SOURCES14, ...LOGISTICS_SOURCES14,
};

export function generateHeldout14(o: typeof DEFAULT_OPTIONS14 = DEFAULT_OPTIONS14): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES14);
  const documents = Array.from({ length: o.documents }, (_, i) => names[i % names.length]!).map((source) => ({ source, unit: withRegions14(regionsOf14(source), () => SOURCES14[source]!(rng)) }));
  return { documents, recordFiles: recordFiles14(rng, o.records), tables: tables14(rng, o.rows) };
}
