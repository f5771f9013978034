// Set 4 from a seed: documents drawn evenly over the machine and human sources, JSON Lines event
// records and nine CSV exports. Same seed, same set.
import { Rng } from '../pii-heldout/prng.js';
import { record, RECORD_FIELDS, tables, type Table, type Tree } from './exports.js';
import { HUMAN_SOURCES } from './human.js';
import { SOURCES } from './sources.js';
import type { Unit } from './unit.js';

export interface Document {
  source: string;
  unit: Unit;
}

export interface HeldoutSet4 {
  documents: Document[];
  records: Array<Record<string, Tree>>;
  recordFields: typeof RECORD_FIELDS;
  tables: Table[];
}

export const DEFAULT_OPTIONS = { seed: 20261206, documents: 2000, records: 600, rows: 250 };
export const ALL_SOURCES = { ...SOURCES, ...HUMAN_SOURCES };

export function generateHeldout4(o: typeof DEFAULT_OPTIONS = DEFAULT_OPTIONS): HeldoutSet4 {
  const rng = new Rng(o.seed);
  const names = Object.keys(ALL_SOURCES);
  const documents = Array.from({ length: o.documents }, (_, i) => {
    const source = names[i % names.length]!;
    return { source, unit: ALL_SOURCES[source]!(rng) };
  });
  const records = Array.from({ length: o.records }, () => record(rng));
  return { documents, records, recordFields: RECORD_FIELDS, tables: tables(rng, o.rows) };
}
