// Set 5 on disk and back: documents and record files as JSON Lines, tables as CSV with their own
// delimiter, a `.gz` name written gzip-compressed (the CLI reads gzip transparently and writes its
// masked output as plain text). Masked outputs are read back with set 4's readers into set 4's MaskedSet.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isUnit, type Tree } from '../pii-heldout4/exports.js';
import type { HeldoutSet5 } from './generate.js';
import type { Table5 } from './exports.js';

export const DOCUMENTS_FILE5 = 'documents.jsonl';

type Json = string | { [k: string]: Json };
const toJson = (t: Tree): Json => (isUnit(t) ? t.text : Object.fromEntries(Object.entries(t).map(([k, v]) => [k, toJson(v)])));

function csvText(t: Table5): string {
  const q = (s: string) => (/["\n\r,;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [t.columns.map((c) => q(c.name)).join(t.delimiter), ...t.rows.map((r) => r.map((u) => q(u.text)).join(t.delimiter))];
  return lines.join('\n') + '\n';
}

const put = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), file.endsWith('.gz') ? gzipSync(text) : text);

export function writeSet5(dir: string, set: HeldoutSet5): void {
  put(dir, DOCUMENTS_FILE5, set.documents.map((d) => JSON.stringify({ text: d.unit.text })).join('\n') + '\n');
  for (const f of set.recordFiles) put(dir, f.file, f.records.map((r) => JSON.stringify(toJson(r))).join('\n') + '\n');
  for (const t of set.tables) put(dir, t.file, csvText(t));
}
