// The pii check's work, loaded only when the check runs (index.ts holds what the registry needs).
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readSection, type CheckContext, type CheckResult } from '../../src/check.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import { detectFormat, openTable, type TabularFormat } from '../../src/io/tabular/index.js';
import { AtomicFile, RecordEncoder, type WriteFormat } from '../../src/io/tabular-write/index.js';
import { resolveInWorkspace, toWorkspaceRelative } from '../../src/io/workspace.js';
import type { Finding, OutputFile } from '../../src/report/model.js';
import { piiManifest, type PiiConfig, type ScanEntry } from './config.js';
import type { FileFacts, PiiFacts } from './facts.js';
import { expandPath } from './files.js';
import { RULES } from './rules.js';
import { PARALLEL_MIN_BYTES, piiThreads, piiWorkerUrl, PiiWorkerPool, scanCsvParallel } from './parallel.js';
import { resolvePolicy, scanTable, type ResolvedPolicy, type TableScan, type TableScanOptions } from './scan.js';


export type { FileFacts, PiiFacts } from './facts.js';

export async function run(ctx: CheckContext<PiiConfig>): Promise<CheckResult<PiiFacts>> {
  const { workspace, outputDir, config, signal } = ctx;
  const targets = scanTargets(ctx);
  if (!targets) return NOTHING_TO_SCAN;
  const { files, policy } = targets;
  const findings: Finding[] = [];
  const facts: FileFacts[] = [];
  let failed = false;
  const pool = poolOnDemand();
  const getPool = pool.get;
  try {
    for (const { entry, abs } of files) {
      const display = toWorkspaceRelative(workspace, abs);
      try {
        const f = await scanFile(abs, display, entry, config, policy, workspace, outputDir, signal, getPool, (m) => ctx.logger.debug(m));
        facts.push(f.facts);
        findings.push(...f.findings);
      } catch (e) {
        if (signal.aborted) throw e;
        failed = true;
        findings.push(fileError(display, e));
      }
    }
  } finally {
    await pool.close();
  }
  return piiResult(ctx, facts, findings, failed, files.length);
}

/** Worker threads for large CSV/TSV files, started on first use (dist/pii-worker.js; none when running from sources). */
export function poolOnDemand(): { get(): PiiWorkerPool | undefined; close(): Promise<void> } {
  let pool: PiiWorkerPool | null | undefined;
  return {
    get() {
      if (pool === undefined) {
        const url = piiWorkerUrl();
        const threads = piiThreads();
        pool = url && threads ? new PiiWorkerPool(url, threads) : null;
      }
      return pool ?? undefined;
    },
    close: async () => pool?.close(),
  };
}

export const NOTHING_TO_SCAN: CheckResult<PiiFacts> = { status: 'skipped', reason: 'no datasets listed under data.scan', findings: [], facts: {}, outputs: [] };

/** The files of `data.scan` (globs expanded, every path inside the workspace), and the resolved policy; undefined: none listed. */
export function scanTargets(ctx: CheckContext<PiiConfig>): { files: Array<{ entry: ScanEntry; index: number; abs: string }>; policy: ResolvedPolicy } | undefined {
  const { manifest, workspace, config } = ctx;
  const entries = readSection(manifest, 'data', piiManifest.data)?.scan ?? [];
  if (entries.length === 0) return undefined;
  const policy = resolvePolicy(config);
  // Resolve every path (and glob) before reading anything: an escape is a configuration error.
  const files = entries.flatMap((entry, i) =>
    expandPath(workspace, manifest.dir, entry.path, manifest.locate(['data', 'scan', i, 'path'])).map((abs) => ({ entry, index: i, abs })),
  );
  return { files, policy };
}

/** The finding of a file that could not be scanned (nothing was written for it). */
export function fileError(display: string, e: unknown): Finding {
  const loc = e instanceof ConfigError ? e.location : undefined;
  return {
    ruleId: 'gate/check-error',
    severity: 'high',
    message: `cannot scan ${display}: ${e instanceof ConfigError ? e.detail : errorMessage(e)}`,
    location: { file: display, ...(loc?.line ? { line: loc.line } : {}), ...(loc?.record !== undefined ? { record: loc.record } : {}) },
    target: display,
    remediation: 'Fix the file or its format options in the manifest (data.scan); nothing was written for it.',
  };
}

/** The check's result from the files' facts (file order) and findings. */
export function piiResult(ctx: CheckContext<PiiConfig>, facts: FileFacts[], findings: Finding[], failed: boolean, fileCount: number): CheckResult<PiiFacts> {
  const outputs: OutputFile[] = facts.flatMap((f) =>
    f.outputs.map((o) => ({ path: o.path, kind: o.kind === 'clean' ? 'masked-dataset' : 'quarantine', description: `${o.records} record(s), sha256 ${o.sha256}` })),
  );
  const sum = (k: 'records' | 'recordsMasked' | 'recordsQuarantined'): number => facts.reduce((a, f) => a + f[k], 0);
  const merge = (k: 'counts' | 'byCategory'): Record<string, number> => {
    const o: Record<string, number> = {};
    for (const f of facts) for (const [t, n] of Object.entries(f[k])) o[t] = (o[t] ?? 0) + n;
    return o;
  };
  const ks = facts.map((f) => f.kAnonymity?.k).filter((k): k is number => typeof k === 'number');
  const piiFacts: PiiFacts = {
    files: facts,
    totals: { records: sum('records'), recordsMasked: sum('recordsMasked'), recordsQuarantined: sum('recordsQuarantined'), counts: merge('counts'), byCategory: merge('byCategory') },
    kAnonymity: ks.length ? Math.min(...ks) : null,
  };
  ctx.logger.info(`pii: scanned ${facts.length} of ${fileCount} file(s), ${piiFacts.totals.records} record(s)`);
  return {
    status: failed ? 'error' : 'passed',
    ...(failed ? { reason: 'a dataset could not be scanned' } : {}),
    findings,
    facts: piiFacts,
    outputs,
  };
}

/** Output file for a scanned input: `<outputDir>/<path>` with `.clean`/`.quarantine` before the extension. */
export function outputPathFor(outputDir: string, display: string, kind: 'clean' | 'quarantine', format: WriteFormat, gzip: boolean): string {
  const base = display.replace(/\.gz$/i, '').replace(/\.(csv|tsv|jsonl|ndjson|parquet)$/i, '');
  return `${outputDir}/${base}.${kind}.${format}${gzip ? '.gz' : ''}`;
}

async function scanFile(
  abs: string,
  display: string,
  entry: ScanEntry,
  config: PiiConfig,
  policy: ResolvedPolicy,
  workspace: string,
  outputDir: string,
  signal: AbortSignal,
  getPool: () => PiiWorkerPool | undefined = () => undefined,
  debug: (message: string) => void = () => {},
): Promise<{ facts: FileFacts; findings: Finding[] }> {
  const { info, gzip } = await statInput(abs, display);
  const detected = entry.format ? { format: entry.format } : detectFormat(basename(abs), display);
  const open: AtomicFile[] = [];
  const writers: Array<{ kind: 'clean' | 'quarantine'; file: AtomicFile; records: number }> = [];
  const csvOut = csvOutOf(entry);
  const scanOptions = (outFormat: WriteFormat): TableScanOptions => ({
    ...tableOptions(display, entry, config, policy),
    signal,
    async openOutputs(columns) {
      const enc = new RecordEncoder(outFormat, columns, csvOut);
      const make = async (kind: 'clean' | 'quarantine') => {
        const file = outputFile(workspace, outputDir, display, kind, outFormat, gzip);
        open.push(file);
        await file.write(enc.header());
        const w = { kind, file, records: 0 };
        writers.push(w);
        return {
          async write(values: readonly unknown[]) {
            w.records++;
            await file.write(enc.encode(values));
          },
          async writeEncoded(text: string, records: number) {
            w.records += records;
            await file.write(text);
          },
        };
      };
      return { clean: await make('clean'), quarantine: await make('quarantine') };
    },
  });
  try {
    let scan: TableScan | undefined;
    let format: TabularFormat = detected.format;
    // Large CSV/TSV files on worker threads; anything they cannot settle is scanned again below.
    const csvLike = detected.format === 'csv' || detected.format === 'tsv' ? detected.format : undefined;
    const pool = csvLike && info.size >= PARALLEL_MIN_BYTES ? getPool() : undefined;
    if (pool && csvLike) {
      const tsv = csvLike === 'tsv';
      scan = await scanCsvParallel(pool, abs, { display, gzip, tsv, csv: entry.csv, config, table: scanOptions(csvLike), output: { format: csvLike, csv: csvOut } });
      if (scan) debug(`pii: ${display} scanned on ${pool.size} worker threads`);
      else {
        debug(`pii: ${display} could not be split into parts for worker threads: scanned on the main thread`);
        for (const f of open.splice(0)) await f.abort();
        writers.length = 0;
      }
    }
    if (!scan) {
      const table = await openTable(abs, {
        display,
        ...(entry.format ? { format: entry.format, gzip } : {}),
        ...(entry.csv ? { csv: entry.csv } : {}),
        limits: config.tableLimits,
        otherKeys: true,
        signal,
      });
      format = table.format;
      scan = await scanTable(table.columns, table.batches, scanOptions(table.format === 'parquet' ? 'jsonl' : table.format));
    }
    const outputs: FileFacts['outputs'] = [];
    for (const w of writers) outputs.push(await commitOutput(workspace, w.kind, w.file, w.records));
    return fileFacts(display, format, gzip, info.size, scan, outputs);
  } catch (e) {
    for (const f of open) await f.abort();
    throw e;
  }
}

/** A data file to scan: a regular file; gzip when its name says so. */
export async function statInput(abs: string, display: string): Promise<{ info: Stats; gzip: boolean }> {
  const info = await stat(abs).catch(() => undefined);
  if (!info) throw new ConfigError('file not found', { file: display });
  if (!info.isFile()) throw new ConfigError('not a regular file', { file: display });
  return { info, gzip: /\.gz$/i.test(basename(abs)) };
}

/** CSV options of the outputs: the input's delimiter and quote. */
export function csvOutOf(entry: ScanEntry): { delimiter?: string; quote?: string } {
  return { ...(entry.csv?.delimiter ? { delimiter: entry.csv.delimiter } : {}), ...(entry.csv?.quote ? { quote: entry.csv.quote } : {}) };
}

/** The scan options of a file, as the manifest entry and the policy set them (outputs aside). */
export function tableOptions(display: string, entry: ScanEntry, config: PiiConfig, policy: ResolvedPolicy): TableScanOptions {
  return {
    display,
    policy,
    include: entry.columns?.include,
    exclude: entry.columns?.exclude,
    quasiIdentifiers: config.quasiIdentifiers,
    kAnonymity: config.kAnonymity,
  };
}

/** Where a file's clean or quarantine output is written (atomically, inside the workspace). */
export function outputFile(workspace: string, outputDir: string, display: string, kind: 'clean' | 'quarantine', format: WriteFormat, gzip: boolean): AtomicFile {
  const target = resolveInWorkspace(workspace, workspace, toWorkspaceRelative(workspace, outputPathFor(outputDir, display, kind, format, gzip)));
  return new AtomicFile(target, { gzip });
}

export async function commitOutput(workspace: string, kind: 'clean' | 'quarantine', file: AtomicFile, records: number): Promise<FileFacts['outputs'][number]> {
  const { sha256, bytes } = await file.commit();
  return { path: toWorkspaceRelative(workspace, file.path), kind, records, sha256, bytes };
}

/** Facts and findings of a scanned file; input records = clean + quarantined written, or an error. */
export function fileFacts(display: string, format: TabularFormat, gzip: boolean, bytes: number, scan: TableScan, outputs: FileFacts['outputs']): { facts: FileFacts; findings: Finding[] } {
  const clean = outputs.find((o) => o.kind === 'clean');
  const quar = outputs.find((o) => o.kind === 'quarantine');
  if (outputs.length > 0 && (clean?.records ?? 0) + (quar?.records ?? 0) !== scan.records) {
    throw new ConfigError(`records in (${scan.records}) differ from clean + quarantined written`, { file: display });
  }
  const findings = [...scan.findings];
  if (scan.records === 0) {
    findings.push({ ruleId: RULES.emptyFile.id, severity: RULES.emptyFile.severity, message: `${display} has a header but no records: nothing was scanned`, location: { file: display }, target: display, remediation: RULES.emptyFile.remediation });
  }
  return {
    facts: {
      path: display,
      format,
      gzip,
      records: scan.records,
      bytes,
      recordsClean: scan.recordsClean,
      recordsQuarantined: scan.recordsQuarantined,
      recordsMasked: scan.recordsMasked,
      columns: scan.columns,
      droppedColumns: scan.droppedColumns,
      counts: scan.counts,
      byCategory: scan.byCategory,
      replacementCells: scan.replacementCells,
      ...(scan.kAnonymity ? { kAnonymity: scan.kAnonymity } : {}),
      outputs,
    },
    findings,
  };
}
