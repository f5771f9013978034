// Runs the bundled CLI on the set's files as a new user would: `modelgate pii scan FILE --mask OUT
// --report-json REPORT` (JSON Lines with `--format jsonl`), and reads back the masked outputs and each
// column's reported type. The CLI's CPU time is measured with /usr/bin/time where it exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_FILE, readMaskedCsv, readMaskedJsonl, RECORDS_FILE, writeSet, type MaskedSet } from './files.js';
import type { HeldoutSet3 } from './generate.js';

export interface ColumnVerdict {
  file: string;
  column: string;
  truth: string | null;
  reported: string | null | undefined;
}

export interface CliRun {
  masked: MaskedSet;
  columns: ColumnVerdict[];
  cpuSeconds: number | undefined;
  exitCodes: number[];
}

interface ReportJson {
  files?: Array<{ columns?: Array<{ name: string; type: string | null }> }>;
}

/** One `pii scan` of `file` in `dir` (`extra`: more options, e.g. `--delimiter`), its CPU time added to `cpu`. */
function scan(cli: string, dir: string, file: string, jsonl: boolean, cpu: { s: number | undefined }, codes: number[], extra: string[] = []): { masked: string; report: ReportJson } {
  // Run inside the set's folder: the CLI keeps every path inside its workspace (the current folder).
  const out = `${file}.masked`;
  const rep = `${file}.report.json`;
  const args = [cli, 'pii', 'scan', file, ...(jsonl ? ['--format', 'jsonl'] : []), ...extra, '--mask', out, '--report-json', rep];
  const timed = existsSync('/usr/bin/time');
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 28, cwd: dir };
  const r = timed ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], options) : spawnSync(process.execPath, args, options);
  codes.push(r.status ?? -1);
  // The CLI's error lines name the file, line and what is wrong, never a value.
  if (r.status !== 0 && r.status !== 1) throw new Error(`pii scan of ${file} failed with exit code ${r.status}: ${(r.stderr ?? '').split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join(' | ')}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  cpu.s = m && cpu.s !== undefined ? cpu.s + Number(m[1]) + Number(m[2]) : undefined;
  return { masked: readFileSync(join(dir, out), 'utf8'), report: JSON.parse(readFileSync(join(dir, rep), 'utf8')) as ReportJson };
}

function columnsOf(report: ReportJson): Map<string, string | null> {
  return new Map((report.files?.[0]?.columns ?? []).map((c) => [c.name, c.type]));
}

/** A file to scan, and its columns whose true type is known (a column with no `truth` is not judged). */
export interface ScanTarget {
  file: string;
  jsonl: boolean;
  /** More options (`--delimiter ;`). */
  extra?: string[];
  columns: ReadonlyArray<{ name: string; truth?: string | null }>;
}

/** Scans the targets in order: each one's masked text, and the verdicts on the judged columns. */
export function scanTargets(cli: string, dir: string, targets: ScanTarget[]): Omit<CliRun, 'masked'> & { masked: string[] } {
  const cpu: { s: number | undefined } = { s: 0 };
  const codes: number[] = [];
  const columns: ColumnVerdict[] = [];
  const masked = targets.map((t) => {
    const r = scan(cli, dir, t.file, t.jsonl, cpu, codes, t.extra);
    const types = columnsOf(r.report);
    for (const c of t.columns) if (c.truth !== undefined) columns.push({ file: t.file, column: c.name, truth: c.truth, reported: types.get(c.name) });
    return r.masked;
  });
  return { masked, columns, cpuSeconds: cpu.s, exitCodes: codes };
}

export function runCli(cli: string, dir: string, set: HeldoutSet3): CliRun {
  writeSet(dir, set);
  const run = scanTargets(cli, dir, [
    { file: DOCUMENTS_FILE, jsonl: true, columns: [] },
    { file: RECORDS_FILE, jsonl: true, columns: set.recordFields },
    ...set.tables.map((t) => ({ file: t.file, jsonl: false, columns: t.columns })),
  ]);
  const [docs, recs, ...tables] = run.masked;
  const masked: MaskedSet = {
    documents: readMaskedJsonl(docs!, 'text').map((o) => o?.text),
    records: readMaskedJsonl(recs!),
    tables: tables.map((t) => readMaskedCsv(t)),
  };
  return { ...run, masked };
}
