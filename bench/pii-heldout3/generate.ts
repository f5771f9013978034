// The third held-out set: seeded, built from the modules beside this file only (nothing from
// checks/ or src/). Documents (machine logs and human documents in eight languages), JSON Lines event
// records and six CSV exports, each value with its gold beside it.
import { Rng } from '../pii-heldout/prng.js';
import type { Unit } from './doc.js';
import { DOCUMENT_TEMPLATES, LANGS } from './documents.js';
import { eventRecords, RECORD_FIELDS, tables, type EventRecord, type Table } from './exports.js';
import { LOG_TEMPLATES } from './logs.js';

export interface Options {
  seed: number;
  documents: number;
  records: number;
  rows: number;
}

export const DEFAULT_OPTIONS: Options = { seed: 20261217, documents: 1400, records: 600, rows: 300 };

export interface Document {
  source: string;
  lang: string;
  unit: Unit;
}

export interface HeldoutSet3 {
  options: Options;
  documents: Document[];
  records: EventRecord[];
  recordFields: typeof RECORD_FIELDS;
  tables: Table[];
}

export function documents(rng: Rng, n: number): Document[] {
  const logs = Object.keys(LOG_TEMPLATES);
  const docs = Object.keys(DOCUMENT_TEMPLATES);
  return Array.from({ length: n }, () => {
    if (rng.chance(0.5)) {
      const source = rng.pick(logs);
      return { source, lang: 'en', unit: LOG_TEMPLATES[source]!(rng) };
    }
    const source = rng.pick(docs);
    const lang = rng.pick(LANGS);
    return { source, lang, unit: DOCUMENT_TEMPLATES[source]!(rng, lang) };
  });
}

export function generateHeldout3(options: Options = DEFAULT_OPTIONS): HeldoutSet3 {
  // One stream per part, so that changing one part's size leaves the others' values as they were.
  return {
    options,
    documents: documents(new Rng(options.seed), options.documents),
    records: eventRecords(new Rng(options.seed + 1), options.records),
    recordFields: RECORD_FIELDS,
    tables: tables(new Rng(options.seed + 2), options.rows),
  };
}

/** Every unit of the set (documents, record fields, cells), for checks over all of them. */
export function allUnits(set: HeldoutSet3): Unit[] {
  const out: Unit[] = set.documents.map((d) => d.unit);
  for (const r of set.records) for (const v of Object.values(r)) if (typeof v !== 'number') out.push(v);
  for (const t of set.tables) for (const row of t.rows) out.push(...row);
  return out;
}
