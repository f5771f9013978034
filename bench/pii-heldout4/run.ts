// Runs the bundled CLI on set 4's files as a user would (set 3's `scanTargets`: `pii scan FILE --mask OUT
// --report-json REPORT`, `--format jsonl` for JSON Lines, `--delimiter ;` for the semicolon sheets) and
// reads back the masked outputs and each column's reported type.
import { mkdirSync } from 'node:fs';
import { scanTargets, type CliRun as CliRun3 } from '../pii-heldout3/run.js';
import { DOCUMENTS_FILE, readMaskedCsv, readMaskedJsonl, RECORDS_FILE, writeSet, type MaskedSet } from './files.js';
import type { HeldoutSet4 } from './generate.js';

export type CliRun = Omit<CliRun3, 'masked'> & { masked: MaskedSet };

export function runCli4(cli: string, dir: string, set: HeldoutSet4): CliRun {
  mkdirSync(dir, { recursive: true });
  writeSet(dir, set);
  const run = scanTargets(cli, dir, [
    { file: DOCUMENTS_FILE, jsonl: true, columns: [] },
    { file: RECORDS_FILE, jsonl: true, columns: set.recordFields },
    ...set.tables.map((t) => ({ file: t.file, jsonl: false, extra: t.delimiter === ';' ? ['--delimiter', ';'] : [], columns: t.columns })),
  ]);
  const [docs, recs, ...tables] = run.masked;
  const masked: MaskedSet = {
    documents: readMaskedJsonl(docs!, false).map((m) => m.get('text')),
    records: readMaskedJsonl(recs!, true),
    tables: tables.map((t, i) => readMaskedCsv(t, set.tables[i]!.delimiter, set.tables[i]!.columns.length)),
  };
  return { ...run, masked };
}
