// Set 6 from a seed: documents drawn evenly over the human and machine sources, MongoDB-style JSON
// Lines user records and ten CSV exports (one gzip-compressed). Same seed, same set. The set has set
// 4's shape, so set 4's file readers and scorer read it.
import { Rng } from '../pii-heldout/prng.js';
import type { HeldoutSet4 } from '../pii-heldout4/generate.js';
import { record, RECORD_FIELDS, tables } from './exports.js';
import { LETTER_SOURCES } from './letters.js';
import { MACHINE_SOURCES } from './machine.js';

export type HeldoutSet6 = HeldoutSet4;

export const DEFAULT_OPTIONS = { seed: 20261208, documents: 2000, records: 600, rows: 150 };
export const ALL_SOURCES = { ...LETTER_SOURCES, ...MACHINE_SOURCES };

export function generateHeldout6(o: typeof DEFAULT_OPTIONS = DEFAULT_OPTIONS): HeldoutSet6 {
  const rng = new Rng(o.seed);
  const sources = Object.entries(ALL_SOURCES);
  // Round-robin over the sources: each holds the same number of documents (give or take one).
  const documents: HeldoutSet6['documents'] = [];
  while (documents.length < o.documents) for (const [source, make] of sources.slice(0, o.documents - documents.length)) documents.push({ source, unit: make(rng) });
  return { documents, records: Array.from({ length: o.records }, () => record(rng)), recordFields: RECORD_FIELDS, tables: tables(rng, o.rows) };
}
