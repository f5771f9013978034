// Record writers for derived datasets (masked and quarantine files): CSV/TSV and JSON Lines, written
// to a temporary file beside the target and renamed on commit, so no partial output is ever left
// behind. Backpressure is honoured (memory stays flat) and the sha256 of the bytes written is kept.
import { createHash } from 'node:crypto';
import { createWriteStream, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { createGzip, type Gzip } from 'node:zlib';
import { makeFolder } from '../atomic.js';
import { freeName } from '../json-mask.js';
import { OTHER_KEYS } from '../tabular/types.js';
import { releaseTemp, tempPathFor } from '../temp-files.js';

export type WriteFormat = 'csv' | 'tsv' | 'jsonl';

/** One CSV/TSV line (RFC 4180 quoting: fields with the delimiter, a quote, CR or LF are quoted). */
export function csvLine(values: readonly unknown[], delimiter = ',', quote = '"'): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += delimiter;
    const v = values[i];
    const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v, bigintSafe) : String(v);
    out += s.includes(delimiter) || s.includes(quote) || s.includes('\n') || s.includes('\r') || s !== s.trim() ? quote + s.split(quote).join(quote + quote) + quote : s;
  }
  return `${out}\n`;
}

/**
 * One JSON Lines record from aligned columns and values. The cell of an OTHER_KEYS column (the keys a
 * JSON Lines record adds to the first record's, see tabular/jsonl.ts) is spread back into the record,
 * after the other columns: a record is written with the first record's keys first, then its own.
 */
export function jsonLine(columns: readonly string[], values: readonly unknown[]): string {
  const o: Record<string, unknown> = {};
  // Only an object (a nested value) or a bigint needs the replacer; without one JSON.stringify
  // takes its fast path (a record of strings and numbers, as JSON Lines and CSV give).
  let plain = true;
  let others: object | undefined;
  for (let i = 0; i < columns.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    const c = columns[i]!;
    if (c === OTHER_KEYS && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      others = v;
      continue;
    }
    put(o, c, v);
    if ((typeof v === 'object' && v !== null) || typeof v === 'bigint') plain = false;
  }
  if (others !== undefined) {
    plain = false;
    // A masked key (`[EMAIL]`) may meet a column of that name: both are kept (`[EMAIL]~2`), never one overwriting the other.
    for (const [k, v] of Object.entries(others)) put(o, freeName(k, (x) => Object.hasOwn(o, x)), v);
  }
  return `${plain ? JSON.stringify(o) : JSON.stringify(o, bigintSafe)}\n`;
}

/** An own property, whatever the key (an assignment to "__proto__" would set the prototype instead). */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

function bigintSafe(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : v;
}

/** Serialises records to text in one format, header first for CSV/TSV. */
export class RecordEncoder {
  constructor(
    readonly format: WriteFormat,
    readonly columns: readonly string[],
    private readonly csv: { delimiter?: string; quote?: string } = {},
  ) {}

  header(): string {
    return this.format === 'jsonl' ? '' : csvLine(this.columns, this.delimiter(), this.csv.quote ?? '"');
  }

  encode(values: readonly unknown[]): string {
    return this.format === 'jsonl' ? jsonLine(this.columns, values) : csvLine(values, this.delimiter(), this.csv.quote ?? '"');
  }

  private delimiter(): string {
    return this.csv.delimiter ?? (this.format === 'tsv' ? '\t' : ',');
  }
}

/** Characters gathered before they go to the stream: one write per some 64 KiB, not per record. */
const COALESCE = 1 << 16;

/**
 * Text sink with backpressure: `write` resolves at once unless the stream's buffer is full. Small
 * texts (a record each) are gathered and handed to the stream together (`flush`, and before the
 * file is committed): a stream write per record, with its buffer conversion and hash update, cost
 * more than encoding the record.
 */
export class TextSink {
  private readonly hash = createHash('sha256');
  private pending = '';
  bytes = 0;
  records = 0;
  constructor(
    protected readonly out: Writable,
    private readonly hashed: boolean = true,
  ) {}

  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    this.pending += text;
    if (this.pending.length >= COALESCE) await this.flush();
  }

  /** Hands the gathered text to the stream. */
  async flush(): Promise<void> {
    const text = this.pending;
    if (text.length === 0) return;
    this.pending = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Forgets the gathered text (the output is abandoned). */
  protected drop(): void {
    this.pending = '';
  }

  /** Bytes as they land on disk are hashed by AtomicFile; this counts records only. */
  count(n = 1): void {
    this.records += n;
  }

  protected digestUpdate(chunk: Buffer): void {
    if (this.hashed) this.hash.update(chunk);
    this.bytes += chunk.length;
  }

  protected digest(): string {
    return this.hash.digest('hex');
  }
}

/** A file written under a temporary name and renamed into place by `commit()`; `abort()` removes it. */
export class AtomicFile extends TextSink {
  private readonly tmp: string;
  private readonly file: WriteStream;
  private readonly gzip: Gzip | undefined;
  private done = false;

  /** `gzipLevel`: zlib's compression level (default 6); 1 is about three times faster, for files that do not last. */
  constructor(readonly path: string, opts: { gzip?: boolean; gzipLevel?: number } = {}) {
    makeFolder(dirname(path));
    const tmp = tempPathFor(path);
    // Opened here, synchronously: once the constructor returns, the file a signal handler removes
    // exists (an asynchronous open could create it after the handler ran).
    let fd: number;
    try {
      fd = openSync(tmp, 'wx');
    } catch (e) {
      releaseTemp(tmp);
      throw e;
    }
    const file = createWriteStream(tmp, { fd });
    const gzip = opts.gzip ? createGzip(opts.gzipLevel === undefined ? {} : { level: opts.gzipLevel }) : undefined;
    super(gzip ?? file);
    this.tmp = tmp;
    this.file = file;
    this.gzip = gzip;
    const tap = (chunk: Buffer): void => this.digestUpdate(chunk);
    if (gzip) {
      gzip.on('data', tap);
      gzip.on('data', (c: Buffer) => {
        if (!file.write(c)) gzip.pause();
      });
      file.on('drain', () => gzip.resume());
    } else {
      const write = file.write.bind(file) as (chunk: unknown, ...rest: unknown[]) => boolean;
      file.write = ((chunk: unknown, ...rest: unknown[]) => {
        // Encoded once: the bytes hashed are the bytes written (the stream would encode a string again).
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        tap(bytes);
        return write(bytes, ...rest);
      }) as typeof file.write;
    }
  }

  /** Flushes, renames into place; returns the sha256 and size of the file. */
  async commit(): Promise<{ sha256: string; bytes: number }> {
    if (this.done) throw new Error('already committed or aborted');
    this.done = true;
    try {
      await this.flush();
      if (this.gzip) {
        const ended = once(this.gzip, 'end');
        this.gzip.end();
        await ended;
      }
      const closed = once(this.file, 'close');
      this.file.end();
      await closed;
      renameSync(this.tmp, this.path);
    } catch (e) {
      rmSync(this.tmp, { force: true });
      throw e;
    } finally {
      releaseTemp(this.tmp);
    }
    return { sha256: this.digest(), bytes: this.bytes };
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.drop();
    this.gzip?.destroy();
    this.file.destroy();
    if (!this.file.closed) await once(this.file, 'close').catch(() => undefined);
    rmSync(this.tmp, { force: true });
    releaseTemp(this.tmp);
  }
}
