// Runs the bundled CLI on set 6's files as a user would (set 3's `scanTargets`: `pii scan FILE --mask
// OUT --report-json REPORT`, `--format jsonl` for JSON Lines, `--delimiter ;` for the semicolon
// sheets). Set 4's writer writes the files; a table named `.gz` is then gzip-compressed in place, and
// the CLI reads it transparently. Masked outputs are read back into the set's places.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanTargets, type CliRun as CliRun3 } from '../pii-heldout3/run.js';
import { DOCUMENTS_FILE, readMaskedCsv, readMaskedJsonl, RECORDS_FILE, writeSet, type MaskedSet } from '../pii-heldout4/files.js';
import type { HeldoutSet6 } from './generate.js';

export type CliRun = Omit<CliRun3, 'masked'> & { masked: MaskedSet };

/** Writes the set's files into `dir`, the `.gz` tables compressed. */
export function writeSet6(dir: string, set: HeldoutSet6): void {
  mkdirSync(dir, { recursive: true });
  writeSet(dir, set);
  for (const t of set.tables) if (t.file.endsWith('.gz')) writeFileSync(join(dir, t.file), gzipSync(readFileSync(join(dir, t.file))));
}

export function runCli6(cli: string, dir: string, set: HeldoutSet6): CliRun {
  writeSet6(dir, set);
  const run = scanTargets(cli, dir, [
    { file: DOCUMENTS_FILE, jsonl: true, columns: [] },
    { file: RECORDS_FILE, jsonl: true, columns: set.recordFields },
    ...set.tables.map((t) => ({ file: t.file, jsonl: false, extra: t.delimiter === ';' ? ['--delimiter', ';'] : [], columns: t.columns })),
  ]);
  const [docs, recs, ...tables] = run.masked;
  return {
    ...run,
    masked: {
      documents: readMaskedJsonl(docs!, false).map((m) => m.get('text')),
      records: readMaskedJsonl(recs!, true),
      tables: tables.map((t, i) => readMaskedCsv(t, set.tables[i]!.delimiter, set.tables[i]!.columns.length)),
    },
  };
}
