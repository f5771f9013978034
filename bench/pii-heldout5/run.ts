// Runs the bundled CLI on set 5's files as a user would (set 3's `scanTargets`: `pii scan FILE --mask
// OUT --report-json REPORT`, `--format jsonl` for JSON Lines, `--delimiter ;` for the semicolon sheets;
// gzip files given as they are) and reads back the masked outputs and each column's reported type.
import { mkdirSync } from 'node:fs';
import { scanTargets, type CliRun as CliRun3 } from '../pii-heldout3/run.js';
import { readMaskedCsv, readMaskedJsonl, type MaskedSet } from '../pii-heldout4/files.js';
import { DOCUMENTS_FILE5, writeSet5 } from './files.js';
import type { HeldoutSet5 } from './generate.js';

export type CliRun5 = Omit<CliRun3, 'masked'> & { masked: MaskedSet };

export function runCli5(cli: string, dir: string, set: HeldoutSet5): CliRun5 {
  mkdirSync(dir, { recursive: true });
  writeSet5(dir, set);
  const run = scanTargets(cli, dir, [
    { file: DOCUMENTS_FILE5, jsonl: true, columns: [] },
    ...set.recordFiles.map((f) => ({ file: f.file, jsonl: true, columns: f.fields })),
    ...set.tables.map((t) => ({ file: t.file, jsonl: false, extra: t.delimiter === ';' ? ['--delimiter', ';'] : [], columns: t.columns })),
  ]);
  const [docs, ...rest] = run.masked;
  const recs = rest.slice(0, set.recordFiles.length);
  const tables = rest.slice(set.recordFiles.length);
  const masked: MaskedSet = {
    documents: readMaskedJsonl(docs!, false).map((m) => m.get('text')),
    records: recs.flatMap((r) => readMaskedJsonl(r, true)),
    tables: tables.map((t, i) => readMaskedCsv(t, set.tables[i]!.delimiter, set.tables[i]!.columns.length)),
  };
  return { ...run, masked };
}
