// Set 9 from a seed: documents drawn in turn from the record, machine and message sources, two JSON
// Lines record files and seven CSV exports. Same seed, same set. Set 9 has set 5's shape, so set 5's
// writer, CLI run and tally (bench/pii-heldout5/{files,run,tally}.ts) serve it as they are.
import { Rng } from '../pii-heldout/prng.js';
import type { HeldoutSet5 } from '../pii-heldout5/generate.js';
import type { Unit } from '../pii-heldout4/unit.js';
import { recordFiles9, tables9 } from './exports.js';
import { MACHINE_SOURCES9 } from './machines.js';
import { MESSAGE_SOURCES9 } from './messages.js';
import { RECORD_SOURCES9 } from './records.js';

export const DEFAULT_OPTIONS9 = { seed: 20261211, documents: 1500, records: 400, rows: 150 };
export const SOURCES9: Record<string, (rng: Rng) => Unit> = { ...RECORD_SOURCES9, ...MACHINE_SOURCES9, ...MESSAGE_SOURCES9 };

export function generateHeldout9(o: typeof DEFAULT_OPTIONS9 = DEFAULT_OPTIONS9): HeldoutSet5 {
  const rng = new Rng(o.seed);
  const sources = Object.entries(SOURCES9);
  const documents = Array.from({ length: o.documents }, (_, i) => {
    const [source, make] = sources[i % sources.length]!;
    return { source, unit: make(rng) };
  });
  return { documents, recordFiles: recordFiles9(rng, o.records), tables: tables9(rng, o.rows) };
}
