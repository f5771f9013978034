// The set as files a user would scan (documents and event records as JSON Lines, the exports as
// CSV), and the masked outputs read back into units in the same order.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../pii-heldout/run.js';
import { negativeUnit, type Unit } from './doc.js';
import type { HeldoutSet3 } from './generate.js';

/** A masked copy of the set: the text of every unit after masking, in the set's shape. */
export interface MaskedSet {
  documents: Array<string | undefined>;
  records: Array<Record<string, string> | undefined>;
  tables: Array<Array<string[] | undefined>>;
}

/** The kind of a numeric JSON field (written as a number, scored as its decimal text). */
const NUMBER_KIND: Record<string, string> = { status: 'http-status-bytes', latency_ms: 'latency' };

/** The units of a record, numeric fields included. */
export function recordUnits(record: HeldoutSet3['records'][number]): Record<string, Unit> {
  const out: Record<string, Unit> = {};
  for (const [k, v] of Object.entries(record)) out[k] = typeof v === 'number' ? negativeUnit(NUMBER_KIND[k] ?? 'number', String(v)) : v;
  return out;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const DOCUMENTS_FILE = 'documents.jsonl';
export const RECORDS_FILE = 'events.jsonl';

export function writeSet(dir: string, set: HeldoutSet3): void {
  writeFileSync(join(dir, DOCUMENTS_FILE), set.documents.map((d) => JSON.stringify({ text: d.unit.text })).join('\n') + '\n');
  const records = set.records.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? v : v.text]))));
  writeFileSync(join(dir, RECORDS_FILE), records.join('\n') + '\n');
  for (const t of set.tables) {
    const lines = [t.columns.map((c) => csvField(c.name)).join(','), ...t.rows.map((row) => row.map((u) => csvField(u.text)).join(','))];
    writeFileSync(join(dir, t.file), lines.join('\n') + '\n');
  }
}

/** Reads masked JSON Lines: one object per line, each field's value as text (undefined: unreadable line). */
export function readMaskedJsonl(text: string, field?: string): Array<Record<string, string> | undefined> {
  return text.split('\n').filter((l) => l !== '').map((line) => {
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(o)) if (field === undefined || k === field) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
      return out;
    } catch {
      return undefined;
    }
  });
}

/** Reads a masked CSV back into rows of cells (the header dropped). */
export function readMaskedCsv(text: string): Array<string[] | undefined> {
  return parseCsv(text).slice(1);
}
