// Set 7 on disk: set 4's writer lays down the documents and CSV exports; the record files are written
// here (a unit leaf as its text), and every `.gz` name is gzip-compressed in place (the CLI reads gzip
// transparently and writes its masked output as plain text).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isUnit, type Tree } from '../pii-heldout4/exports.js';
import { DOCUMENTS_FILE, writeSet } from '../pii-heldout4/files.js';
import type { HeldoutSet7 } from './generate.js';

export const DOCUMENTS_FILE7 = DOCUMENTS_FILE;

const leafText = (_key: string, v: unknown): unknown => (v !== null && typeof v === 'object' && isUnit(v as Tree) ? (v as { text: string }).text : v);

export function writeSet7(dir: string, set: HeldoutSet7): void {
  writeSet(dir, { documents: set.documents, records: [], recordFields: [], tables: set.tables });
  for (const f of set.recordFiles) writeFileSync(join(dir, f.file), f.records.map((r) => JSON.stringify(r, leafText)).join('\n') + '\n');
  for (const file of [...set.recordFiles.map((f) => f.file), ...set.tables.map((t) => t.file)].filter((n) => n.endsWith('.gz'))) {
    writeFileSync(join(dir, file), gzipSync(readFileSync(join(dir, file))));
  }
}
