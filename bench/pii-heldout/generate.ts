// The held-out set: seeded free-text records (JSON Lines, one field "text") and a typed table (CSV),
// with their gold beside them. Deterministic: the same seed and sizes give the same files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { table, type Table } from './columns.js';
import { Rng } from './prng.js';
import { textRecord, type TextRecord } from './records.js';

export interface HeldoutOptions {
  seed: number;
  /** Free-text records (default 3000). */
  records: number;
  /** Rows of the typed table (default 500). */
  rows: number;
}

export const DEFAULT_OPTIONS: HeldoutOptions = { seed: 20261206, records: 3000, rows: 500 };

export interface HeldoutSet {
  records: TextRecord[];
  table: Table;
}

export function generateHeldout(o: HeldoutOptions): HeldoutSet {
  // Two streams, so that the table does not change when the number of records does.
  const rt = new Rng(o.seed);
  const rc = new Rng(o.seed ^ 0x5bd1e995);
  return { records: Array.from({ length: o.records }, () => textRecord(rt)), table: table(rc, o.rows) };
}

/** RFC 4180 field: quoted when it holds a quote, a separator, a line break or edge spaces. */
function csvField(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface HeldoutFiles {
  text: string;
  textGold: string;
  csv: string;
  csvGold: string;
}

/** Writes the inputs (text.jsonl, columns.csv) and their gold (*.gold.json[l]) into `dir`. */
export function writeHeldout(dir: string, set: HeldoutSet): HeldoutFiles {
  const files: HeldoutFiles = { text: join(dir, 'text.jsonl'), textGold: join(dir, 'text.gold.jsonl'), csv: join(dir, 'columns.csv'), csvGold: join(dir, 'columns.gold.json') };
  writeFileSync(files.text, set.records.map((r) => JSON.stringify({ text: r.text })).join('\n') + '\n');
  writeFileSync(files.textGold, set.records.map((r) => JSON.stringify({ lang: r.lang, spans: r.spans, negatives: r.negatives })).join('\n') + '\n');
  const t = set.table;
  const lines = [t.columns.map((c) => c.name).join(','), ...t.rows.map((row) => row.map((c) => csvField(c.text)).join(','))];
  writeFileSync(files.csv, lines.join('\n') + '\n');
  writeFileSync(files.csvGold, JSON.stringify({ columns: t.columns.map((c) => ({ name: c.name, type: c.type, negative: c.negative ?? null })), forms: t.rows.map((row) => row.map((c) => c.form)) }));
  return files;
}
