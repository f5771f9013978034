// Set 4 on disk and back: documents and event records as JSON Lines, tables as CSV with their own
// delimiter; and the masked outputs read back into the same places (leaf by leaf, cell by cell).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../pii-heldout/run.js';
import { isUnit, type Table, type Tree } from './exports.js';
import type { HeldoutSet4 } from './generate.js';

export const DOCUMENTS_FILE = 'documents.jsonl';
export const RECORDS_FILE = 'events.jsonl';

type Json = string | { [k: string]: Json };
const toJson = (t: Tree): Json => (isUnit(t) ? t.text : Object.fromEntries(Object.entries(t).map(([k, v]) => [k, toJson(v)])));

function csvOf(t: Table): string {
  const q = (s: string) => (/["\n\r,;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [t.columns.map((c) => q(c.name)).join(t.delimiter), ...t.rows.map((r) => r.map((u) => q(u.text)).join(t.delimiter))].join('\n') + '\n';
}

export function writeSet(dir: string, set: HeldoutSet4): void {
  writeFileSync(join(dir, DOCUMENTS_FILE), set.documents.map((d) => JSON.stringify({ text: d.unit.text })).join('\n') + '\n');
  writeFileSync(join(dir, RECORDS_FILE), set.records.map((r) => JSON.stringify(toJson(r))).join('\n') + '\n');
  for (const t of set.tables) writeFileSync(join(dir, t.file), csvOf(t));
}

export interface MaskedSet {
  documents: Array<string | undefined>;
  /** Per record: masked text per leaf path (`device.model`). */
  records: Array<Map<string, string>>;
  tables: Array<Array<Array<string | undefined>>>;
}

/** A string the CLI wrote for a nested object (the masked output holds an object field as its JSON text). */
function nestedJson(v: string): unknown {
  if (!v.startsWith('{')) return undefined;
  try {
    const o: unknown = JSON.parse(v);
    return o !== null && typeof o === 'object' ? o : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The leaves of a JSON value by dotted path (numbers and booleans as their JSON text). With `nested`,
 * a string holding a JSON object below the top level is read as that object.
 */
export function leaves(v: unknown, nested: boolean, at = '', out = new Map<string, string>()): Map<string, string> {
  const inner = nested && at && typeof v === 'string' ? nestedJson(v) : undefined;
  if (inner !== undefined) return leaves(inner, nested, at, out);
  if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, nested, at ? `${at}.${k}` : k, out);
  else out.set(at, typeof v === 'string' ? v : JSON.stringify(v));
  return out;
}

const WHOLE_PLACEHOLDER = /^\[[A-Z][A-Z0-9_]*(?::[a-p]{20})?\]$/;

/**
 * The masked text of a record leaf: the leaf itself, or the placeholder that replaced a whole field
 * above it (a field protected as a whole cell); undefined when neither is there.
 */
export function maskedLeaf(masked: Map<string, string> | undefined, path: string): string | undefined {
  if (!masked) return undefined;
  if (masked.has(path)) return masked.get(path);
  for (let at = path.lastIndexOf('.'); at > 0; at = path.lastIndexOf('.', at - 1)) {
    const v = masked.get(path.slice(0, at));
    if (v !== undefined) return WHOLE_PLACEHOLDER.test(v) ? v : undefined;
  }
  return undefined;
}

/** The units of a record by dotted path. */
export function recordUnits(t: Tree, at = '', out = new Map<string, import('./unit.js').Unit>()): Map<string, import('./unit.js').Unit> {
  if (isUnit(t)) out.set(at, t);
  else for (const [k, x] of Object.entries(t)) recordUnits(x, at ? `${at}.${k}` : k, out);
  return out;
}

export const readMaskedJsonl = (text: string, nested: boolean): Array<Map<string, string>> => text.split('\n').filter((l) => l.trim()).map((l) => leaves(JSON.parse(l), nested));

/** Masked CSV rows without the header (the delimiter as written, else a comma). */
export function readMaskedCsv(text: string, delimiter: string, width: number): Array<Array<string | undefined>> {
  for (const d of [delimiter, ',', ';']) {
    const rows = parseCsv(text, d);
    if (rows.every((r) => r.length === width)) return rows.slice(1);
  }
  return [];
}

