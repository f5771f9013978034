// Both cores on one table: the main thread reads the file and cuts its bytes into parts of whole
// records (src/io/tabular csvParts); worker threads decode, parse and scan the parts (TableScanner)
// and encode their clean and quarantine records; the main thread merges the counts and writes the
// encoded records in input order. Any doubt (a part that does not parse cleanly, an error in a
// worker) gives `undefined`: the caller then scans the file on the main thread from the start,
// which reports the problem exactly as a sequential scan does. Memory stays flat: at most two
// parts per worker are in flight.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { csvPartRows, csvParts, CsvPartTooLarge, dedupe, type CsvPart } from '../../src/io/tabular/csv.js';
import type { CsvOptions } from '../../src/io/tabular/index.js';
import { checkColumns } from '../../src/io/tabular/limits.js';
import type { WriteFormat } from '../../src/io/tabular-write/index.js';
import type { PiiConfig } from './config.js';
import { checkCounts, TableScanner, type RowWriter, type ScanPartial, type TableScan, type TableScanOptions } from './scan.js';
import { checkBudget } from '../../src/io/budget.js';
import { cuesOfFile, type ValueCues } from './value-cues.js';

/** Bytes of CSV per part handed to a worker. */
export const PART_SIZE = 1 << 20;
/** A record longer than this (a huge quoted field) is left to the sequential reader. */
const MAX_PART = 64 << 20;
/**
 * Young generation of a worker: scanning makes many short-lived strings and arrays; with twice
 * Node's default (semi-spaces of 32 MiB) fewer of them survive to the old generation, and the scan
 * spends about a third less time collecting garbage. Costs up to ~64 MiB more per worker.
 */
const YOUNG_GENERATION_MB = 96;
/** Smaller files are scanned on the main thread: starting workers costs more than it gives. */
export const PARALLEL_MIN_BYTES = 4 << 20;

/** What a worker needs to scan parts of one table (sent with every part; structured-clone data). */
export interface PartFile {
  /** Distinguishes tables: a worker keeps its scanner (and value caches) while this stays the same. */
  id: number;
  display: string;
  columns: string[];
  config: PiiConfig;
  include?: string[] | undefined;
  exclude?: string[] | undefined;
  quasiIdentifiers?: string[] | undefined;
  kAnonymity?: number | undefined;
  /** The type cue of each neutral column, decided once from the file's head (value-cues.ts). */
  valueCues: ValueCues;
  /** Encode the clean and quarantine records (only when the table has outputs). */
  output?: { format: WriteFormat; csv: { delimiter?: string; quote?: string } } | undefined;
}

export interface PartJob {
  file: PartFile;
  part: CsvPart;
}

export type PartResult =
  | { ok: true; partial: ScanPartial; clean: string; quarantine: string; cleanRecords: number; quarantineRecords: number }
  | { ok: false };

interface Slot {
  worker: Worker;
  busy: number;
}

/** A fixed set of worker threads running the pii part scanner (worker.ts, servePiiWorker). */
export class PiiWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, { slot: Slot; resolve: (r: PartResult) => void }>();
  private nextId = 0;
  private broken = false;

  /** `url`: a module that calls servePiiWorker (dist/pii-worker.js, or a bundle acting as one). */
  constructor(url: URL, readonly size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: { role: 'pii-worker' }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, busy: 0 };
      worker.unref();
      worker.on('message', (msg: { id: number; result: PartResult }) => this.settle(msg.id, msg.result));
      // A worker that dies fails its parts (the caller falls back to the main thread) and the pool.
      const fail = (): void => {
        this.broken = true;
        for (const [id, p] of this.pending) if (p.slot === slot) this.settle(id, { ok: false });
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.slots.push(slot);
    }
  }

  /** Scans a part on the least busy worker; never rejects ({ ok: false } when it could not). */
  run(job: PartJob): Promise<PartResult> {
    if (this.broken) return Promise.resolve({ ok: false });
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.busy < slot.busy) slot = s;
    const id = this.nextId++;
    return new Promise<PartResult>((resolve) => {
      this.pending.set(id, { slot, resolve });
      if (slot.busy++ === 0) slot.worker.ref();
      // The part's bytes move to the worker (no copy): nothing here reads them again.
      slot.worker.postMessage({ id, job }, [job.part.bytes.buffer]);
    });
  }

  private settle(id: number, result: PartResult): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (--p.slot.busy === 0) p.slot.worker.unref();
    p.resolve(result);
  }

  async close(): Promise<void> {
    this.broken = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * The bundled worker entry (dist/pii-worker.js) beside this module or one folder up (code splitting
 * may put this module in dist/chunks/); undefined when running from TypeScript sources.
 */
export function piiWorkerUrl(): URL | undefined {
  for (const rel of ['./pii-worker.js', '../pii-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Worker threads to use: MODELGATE_PII_THREADS, else one per core; 0 or 1 means none. */
export function piiThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MODELGATE_PII_THREADS;
  const n = raw !== undefined && raw.trim() !== '' ? Number(raw) : availableParallelism();
  return Number.isInteger(n) && n >= 2 ? Math.min(n, 16) : 0;
}

let fileIds = 0;

/** Runs the part scanner: the worker threads of a PiiWorkerPool, or the same scanner on this thread. */
export type PartScanner = Pick<PiiWorkerPool, 'size' | 'run'>;

export interface ParallelScanOptions {
  display: string;
  gzip: boolean;
  tsv: boolean;
  csv?: CsvOptions | undefined;
  config: PiiConfig;
  table: TableScanOptions;
  /** Encoding of the outputs, when table.openOutputs is given (its writers must have writeEncoded). */
  output?: PartFile['output'];
  partSize?: number;
}

/** Scans a CSV/TSV file on the pool's workers; undefined: not possible here, scan it sequentially. */
export async function scanCsvParallel(pool: PiiWorkerPool, absPath: string, opts: ParallelScanOptions): Promise<TableScan | undefined> {
  const { display, table } = opts;
  let scanner: TableScanner | undefined;
  let outputs: { clean: RowWriter; quarantine: RowWriter } | undefined;
  const written = { clean: 0, quarantine: 0 };
  const parts = await scanCsvParts(pool, absPath, opts, {
    async start(columns, valueCues) {
      scanner = new TableScanner(columns, { ...table, valueCues });
      outputs = scanner.protects && table.openOutputs ? await table.openOutputs(scanner.outColumns) : undefined;
      if (outputs && (!opts.output || !outputs.clean.writeEncoded || !outputs.quarantine.writeEncoded)) return false;
      return outputs ? opts.output : undefined;
    },
    async settle(_, r) {
      scanner!.merge(r.partial, scanner!.records);
      if (outputs) {
        if (r.cleanRecords > 0) await outputs.clean.writeEncoded!(r.clean, r.cleanRecords);
        if (r.quarantineRecords > 0) await outputs.quarantine.writeEncoded!(r.quarantine, r.quarantineRecords);
        written.clean += r.cleanRecords;
        written.quarantine += r.quarantineRecords;
      }
      return true;
    },
  });
  if (parts === undefined || !scanner) return undefined;
  checkCounts(scanner, outputs ? written : undefined, display);
  return scanner.finish();
}

/** What scanCsvParts does with a file's header and parts. */
export interface CsvPartHooks {
  /**
   * The header's columns and the value cues of the file's head, before any part is sent: the encoding
   * of the outputs (undefined: none), or false to give up.
   */
  start(columns: string[], valueCues: ValueCues): Promise<PartFile['output'] | false>;
  /** Whether data part `k` (0-based, after the header) is scanned; the others are only cut. Default: every part. */
  take?(k: number): boolean;
  /** The result of each part taken, in part order; false: give up. */
  settle(k: number, result: Extract<PartResult, { ok: true }>): Promise<boolean>;
}

/**
 * The loop over the parts of a CSV file with a header (scanCsvParallel; a shard's own parts, see
 * shard.ts): cuts the file's bytes into parts (csvParts), sends the parts taken to `pool`, at most two
 * per worker in flight, and settles their results in part order. Resolves to the number of data parts,
 * or undefined when the file cannot be scanned this way (the caller scans it sequentially).
 */
export async function scanCsvParts(pool: PartScanner, absPath: string, opts: ParallelScanOptions, hooks: CsvPartHooks): Promise<number | undefined> {
  if (opts.csv?.header === false) return undefined;
  const { display, table } = opts;
  const signal = table.signal;
  const parts = csvParts(absPath, display, {
    gzip: opts.gzip,
    tsv: opts.tsv,
    ...(opts.csv ? { csv: opts.csv } : {}),
    partSize: opts.partSize ?? PART_SIZE,
    maxPart: MAX_PART,
    limits: opts.config.tableLimits,
    ...(signal ? { signal } : {}),
  });
  const inflight: Array<{ k: number; result: Promise<PartResult> }> = [];
  const settle = async (): Promise<boolean> => {
    const { k, result } = inflight.shift()!;
    const r = await result;
    return r.ok && (await hooks.settle(k, r));
  };
  try {
    const head = await parts.next();
    if (head.done) return undefined;
    let rows: string[][] = [];
    if (!csvPartRows(head.value, undefined, Number.MAX_SAFE_INTEGER, (r) => (rows = r)) || rows.length !== 1) return undefined;
    checkColumns(rows[0]!.length, opts.config.tableLimits, { file: display, line: 1 });
    let columns: string[];
    try {
      columns = dedupe(rows[0]!, display);
    } catch {
      return undefined; // the sequential reader reports it
    }
    const valueCues = await headCues(absPath, opts);
    if (valueCues === undefined) return undefined;
    const output = await hooks.start(columns, valueCues);
    if (output === false) return undefined;
    const file: PartFile = {
      id: ++fileIds,
      display,
      columns,
      config: opts.config,
      include: table.include ? [...table.include] : undefined,
      exclude: table.exclude ? [...table.exclude] : undefined,
      quasiIdentifiers: table.quasiIdentifiers ? [...table.quasiIdentifiers] : undefined,
      kAnonymity: table.kAnonymity,
      valueCues,
      output,
    };
    let k = 0;
    for await (const part of parts) {
      checkBudget(signal);
      if (!hooks.take || hooks.take(k)) inflight.push({ k, result: pool.run({ file, part }) });
      k++;
      if (inflight.length >= 2 * pool.size && !(await settle())) return undefined;
    }
    while (inflight.length > 0) if (!(await settle())) return undefined;
    return k;
  } catch (e) {
    if (e instanceof CsvPartTooLarge) return undefined;
    throw e;
  } finally {
    // Whatever happened, no part result is left waiting.
    await Promise.all(inflight.map((x) => x.result));
    await parts.return(undefined);
  }
}

/**
 * The value cues of a CSV/TSV file from its head, read as the sequential reader reads it (the same
 * records decide as on the main thread); undefined when the head does not read (the sequential scan reports it).
 */
async function headCues(absPath: string, opts: ParallelScanOptions): Promise<ValueCues | undefined> {
  const { display, table } = opts;
  try {
    return await cuesOfFile(absPath, { display, format: opts.tsv ? 'tsv' : 'csv', gzip: opts.gzip, ...(opts.csv ? { csv: opts.csv } : {}), limits: opts.config.tableLimits, ...(table.signal ? { signal: table.signal } : {}) }, table.policy);
  } catch (e) {
    if (table.signal?.aborted) throw e;
    return undefined;
  }
}
