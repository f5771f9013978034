// Part files: text a shard job writes besides its partial report (a check's masked records of its
// share), gzip-compressed, committed atomically with the report and listed in it with their sha256.
// The merge job verifies each digest before reading a part back.
import { basename, dirname, join, posix } from 'node:path';
import type { PartSink } from '../check.js';
import { ConfigError } from '../errors.js';
import { sha256File } from '../io/hash.js';
import { fileChunks } from '../io/tabular/source.js';
import { AtomicFile } from '../io/tabular-write/index.js';
import { resolveInWorkspace } from '../io/workspace.js';

export interface PartRef {
  check: string;
  name: string;
  /** Relative to the partial report's folder. */
  file: string;
  sha256: string;
  bytes: number;
}

/** The parts of one shard job, named after its partial report (`partial-1-of-4.<check>.<name>.gz`). */
export class PartWriter {
  private readonly open: Array<{ check: string; name: string; file: AtomicFile; aborted: boolean }> = [];

  constructor(private readonly partialPath: string) {}

  create(check: string, name: string): PartSink {
    // A name may be used again once its part was dropped (a file scanned again from the start).
    if (!/^[\w.-]+$/.test(name) || this.open.some((p) => p.check === check && p.name === name && !p.aborted)) throw new Error(`bad or repeated part name "${name}"`);
    // Level 1: a part file lives until the merge job; compressing it three times faster is worth 15% more bytes.
    const file = new AtomicFile(join(dirname(this.partialPath), `${basename(this.partialPath, '.json')}.${check}.${name}.gz`), { gzip: true, gzipLevel: 1 });
    const entry = { check, name, file, aborted: false };
    this.open.push(entry);
    return {
      write: (text) => file.write(text),
      abort: async () => {
        entry.aborted = true;
        await file.abort();
      },
    };
  }

  /** Drops every part of a check (its shard run failed). */
  async abortCheck(check: string): Promise<void> {
    for (const p of this.open) if (p.check === check && !p.aborted) {
      p.aborted = true;
      await p.file.abort();
    }
  }

  async commit(): Promise<PartRef[]> {
    const refs: PartRef[] = [];
    for (const p of this.open) {
      if (p.aborted) continue;
      const { sha256, bytes } = await p.file.commit();
      refs.push({ check: p.check, name: p.name, file: basename(p.file.path), sha256, bytes });
    }
    return refs;
  }

  async abort(): Promise<void> {
    for (const p of this.open) if (!p.aborted) await p.file.abort();
  }
}

/** A part file of a partial report (`partialPath`, workspace-relative), decompressed, after checking its digest. */
export async function readPart(workspace: string, partialPath: string, ref: PartRef): Promise<AsyncIterable<Buffer>> {
  const shown = posix.join(posix.dirname(partialPath), ref.file);
  const abs = resolveInWorkspace(workspace, workspace, shown, { file: partialPath });
  const digest = await sha256File(abs).catch(() => undefined);
  if (!digest) throw new ConfigError(`part file ${ref.file} of this partial report is missing: upload and download it with the report`, { file: shown });
  if (digest.sha256 !== ref.sha256) throw new ConfigError(`part file has sha256 ${digest.sha256}, the partial report recorded ${ref.sha256}`, { file: shown });
  return fileChunks(abs, shown, true);
}

/** Reads exact byte counts from a stream of chunks (parts hold runs of blocks back to back). */
export class ByteTaker {
  private readonly it: AsyncIterator<Buffer>;
  private buf: Buffer = Buffer.alloc(0);

  constructor(
    chunks: AsyncIterable<Buffer>,
    private readonly display: string,
  ) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  async take(n: number): Promise<Buffer> {
    while (this.buf.length < n) {
      const next = await this.it.next();
      if (next.done) throw new ConfigError(`part ends ${n - this.buf.length} byte(s) early`, { file: this.display });
      this.buf = this.buf.length === 0 ? next.value : Buffer.concat([this.buf, next.value]);
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Fails when bytes are left over: the part does not match its report. */
  async end(): Promise<void> {
    const next = this.buf.length > 0 ? { done: false } : await this.it.next();
    if (!next.done) throw new ConfigError('part holds more bytes than its report describes', { file: this.display });
    await this.it.return?.();
  }
}
