// Set 7 from a seed: documents drawn evenly over the machine and human sources, two JSON Lines record
// files and ten CSV exports. Same seed, same set.
import { Rng } from '../pii-heldout/prng.js';
import type { Table } from '../pii-heldout4/exports.js';
import type { Unit } from '../pii-heldout4/unit.js';
import { recordFiles7, tables7, type RecordFile } from './exports.js';
import { HUMAN_SOURCES7 } from './human.js';
import { MACHINE_SOURCES7 } from './machine.js';

export interface HeldoutSet7 {
  documents: Array<{ source: string; unit: Unit }>;
  recordFiles: RecordFile[];
  tables: Table[];
}

export const DEFAULT_OPTIONS7 = { seed: 20261209, documents: 2000, records: 600, rows: 200 };
export const SOURCES7 = { ...MACHINE_SOURCES7, ...HUMAN_SOURCES7 };

export function generateHeldout7(o: typeof DEFAULT_OPTIONS7 = DEFAULT_OPTIONS7): HeldoutSet7 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES7);
  const documents = Array.from({ length: o.documents }, (_, i) => {
    const source = names[i % names.length]!;
    return { source, unit: SOURCES7[source]!(rng) };
  });
  return { documents, recordFiles: recordFiles7(rng, o.records), tables: tables7(rng, o.rows) };
}
