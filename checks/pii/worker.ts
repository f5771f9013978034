// The worker-thread side of parallel.ts: scans parts of a table (whole CSV records) with a
// TableScanner kept per table (its value caches carry over from part to part) and returns the
// part's counts and its encoded clean and quarantine records.
import type { MessagePort } from 'node:worker_threads';
import { csvPartRows } from '../../src/io/tabular/csv.js';
import { RecordEncoder } from '../../src/io/tabular-write/index.js';
import type { PartJob, PartResult } from './parallel.js';
import { resolvePolicy, TableScanner, type EncodedRecords } from './scan.js';

/**
 * Records scanned per batch: a batch's strings and arrays are read right after they were parsed,
 * while they are still in the core's cache (1024 measured ~10–20% slower per CPU-second than 256).
 */
const BATCH = 256;

export function servePiiWorker(port: MessagePort): void {
  let current: { id: number; scanner: TableScanner; encoder: RecordEncoder | undefined } | undefined;
  const scanPart = (job: PartJob): PartResult => {
    const f = job.file;
    if (current?.id !== f.id) {
      const scanner = new TableScanner(f.columns, {
        display: f.display,
        policy: resolvePolicy(f.config),
        include: f.include,
        exclude: f.exclude,
        ...(f.quasiIdentifiers ? { quasiIdentifiers: f.quasiIdentifiers } : {}),
        kAnonymity: f.kAnonymity,
        valueCues: f.valueCues,
      });
      current = { id: f.id, scanner, encoder: f.output ? new RecordEncoder(f.output.format, scanner.outColumns, f.output.csv) : undefined };
    }
    const { scanner, encoder } = current;
    scanner.reset();
    const records: EncodedRecords = { clean: '', quarantine: '', cleanRecords: 0, quarantineRecords: 0 };
    let record = 0; // relative to the part; the main thread adds the part's first record
    const ok = csvPartRows(job.part, f.columns.length, BATCH, (rows) => {
      scanner.scanRows(rows, record);
      record += rows.length;
      if (encoder) scanner.encodeRun(rows, encoder, records);
    }, f.config.tableLimits);
    if (!ok) return { ok: false };
    return { ok: true, partial: scanner.partial(), ...records };
  };
  port.on('message', (msg: { id: number; job: PartJob }) => {
    let result: PartResult;
    try {
      result = scanPart(msg.job);
    } catch {
      // Whatever it was (a NUL byte, a bad policy…), the main thread's sequential scan reports it.
      current = undefined;
      result = { ok: false };
    }
    port.postMessage({ id: msg.id, result });
  });
}
