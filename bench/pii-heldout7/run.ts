// Runs the bundled CLI on set 7's files as a user would (set 3's `scanTargets`: `pii scan FILE --mask
// OUT --report-json REPORT`, `--format jsonl` for JSON Lines, `--delimiter ;` for the semicolon sheets,
// gzip files given as they are) and reads the masked outputs back with set 4's readers.
import { mkdirSync } from 'node:fs';
import { scanTargets, type CliRun as CliRun3 } from '../pii-heldout3/run.js';
import { readMaskedCsv, readMaskedJsonl, type MaskedSet } from '../pii-heldout4/files.js';
import { DOCUMENTS_FILE7, writeSet7 } from './files.js';
import type { HeldoutSet7 } from './generate.js';

export type CliRun7 = Omit<CliRun3, 'masked'> & { masked: MaskedSet };

export function runCli7(cli: string, dir: string, set: HeldoutSet7): CliRun7 {
  mkdirSync(dir, { recursive: true });
  writeSet7(dir, set);
  const { masked: outputs, ...run } = scanTargets(cli, dir, [
    { file: DOCUMENTS_FILE7, jsonl: true, columns: [] },
    ...set.recordFiles.map((f) => ({ file: f.file, jsonl: true, columns: f.fields })),
    ...set.tables.map((t) => ({ file: t.file, jsonl: false, extra: t.delimiter === ';' ? ['--delimiter', ';'] : [], columns: t.columns })),
  ]);
  const n = set.recordFiles.length;
  return {
    ...run,
    masked: {
      documents: readMaskedJsonl(outputs[0]!, false).map((m) => m.get('text')),
      records: outputs.slice(1, 1 + n).flatMap((text) => readMaskedJsonl(text, true)),
      tables: outputs.slice(1 + n).map((text, i) => readMaskedCsv(text, set.tables[i]!.delimiter, set.tables[i]!.columns.length)),
    },
  };
}
