// Set 5 from a seed: documents drawn in turn from the machine and chat sources, IoT telemetry and
// order JSON Lines records (the orders gzip-compressed), and eight CSV exports. Same seed, same set.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from '../pii-heldout4/unit.js';
import { CHAT_SOURCES } from './chat.js';
import { recordFiles, tables5, type RecordFile, type Table5 } from './exports.js';
import { MACHINE_SOURCES } from './machine.js';

export interface Document5 {
  source: string;
  unit: Unit;
}

export interface HeldoutSet5 {
  documents: Document5[];
  recordFiles: RecordFile[];
  tables: Table5[];
}

export const DEFAULT_OPTIONS5 = { seed: 20261207, documents: 1400, records: 600, rows: 250 };
export const SOURCES5: Record<string, (rng: Rng) => Unit> = { ...MACHINE_SOURCES, ...CHAT_SOURCES };

export function generateHeldout5(o: typeof DEFAULT_OPTIONS5 = DEFAULT_OPTIONS5): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const names = Object.keys(SOURCES5);
  const documents = Array.from({ length: o.documents }, (_, i) => {
    const source = names[i % names.length]!;
    return { source, unit: SOURCES5[source]!(rng) };
  });
  return { documents, recordFiles: recordFiles(rng, o.records), tables: tables5(rng, o.rows) };
}
