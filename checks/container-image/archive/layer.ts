// One image layer, streamed once: sha256 of the bytes as stored (the blob digest), decompression
// (gzip via zlib, zstd via fzstd, or none), sha256 of the uncompressed tar (the diff_id), and the
// tar's entry headers (setuid/setgid bits, credential-looking paths, `..` names). Nothing is written
// to disk; file contents are drained, never kept.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';
import tar from 'tar-stream';
import { errorMessage } from '../../../src/errors.js';
import { checkBudget } from '../../../src/io/budget.js';

export type Compression = 'none' | 'gzip' | 'zstd';

export interface FileHit {
  kind: 'credential' | 'setuid' | 'setgid' | 'escape';
  /** Path inside the image, without a leading "./" or "/". */
  path: string;
  mode: number;
}

export interface LayerScan {
  /** sha256 (hex) and size of the bytes as stored. */
  sha256: string;
  size: number;
  compression: Compression;
  /** sha256 (hex) of the uncompressed tar; undefined when it could not be read as a tar. */
  diffId?: string;
  uncompressedSize: number;
  entries: number;
  hits: FileHit[];
  /** Hits beyond the cap, counted but not kept. */
  hitsDropped: number;
  /** Why the layer could not be read as a (compressed) tar. */
  error?: string;
}

export interface LayerScanOptions {
  isCredential(path: string): boolean;
  isSetuidAllowed(path: string): boolean;
  maxEntries: number;
  maxHits?: number;
  signal?: AbortSignal;
}

const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const SNIFF = 4;

export function sniffCompression(head: Uint8Array): Compression {
  if (head[0] === GZIP[0] && head[1] === GZIP[1]) return 'gzip';
  if (ZSTD.every((b, k) => head[k] === b)) return 'zstd';
  return 'none';
}

/** A zstd decoder as a Transform (fzstd is pure JavaScript and decodes in pushes). */
function zstdTransform(): Transform {
  const out: Transform = new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        d.push(chunk);
        cb();
      } catch (e) {
        cb(new Error(`zstd: ${errorMessage(e)}`));
      }
    },
    flush(cb: TransformCallback) {
      try {
        d.push(new Uint8Array(0), true);
        cb();
      } catch (e) {
        cb(new Error(`zstd: ${errorMessage(e)}`));
      }
    },
  });
  const d = new ZstdDecompress((chunk) => {
    if (chunk.length) out.push(Buffer.from(chunk)); // a copy: fzstd reuses its window
  });
  return out;
}

/** Path inside the image: "./a/b" and "/a/b" → "a/b". */
export function imagePath(name: string): string {
  return name.replace(/^(?:\.\/|\/)+/, '').replace(/\/+$/, '');
}

/** Streams `source` (one layer blob) once. Never throws for a layer that is not a tar: `error` says why. */
export async function scanLayer(source: AsyncIterable<Uint8Array>, opts: LayerScanOptions): Promise<LayerScan> {
  const maxHits = opts.maxHits ?? 1000;
  const raw = createHash('sha256');
  const unc = createHash('sha256');
  const result: LayerScan = { sha256: '', size: 0, compression: 'none', uncompressedSize: 0, entries: 0, hits: [], hitsDropped: 0 };
  let failure: string | undefined;
  let failed!: () => void;
  const failedP = new Promise<void>((r) => (failed = r));
  const fail = (why: string): void => {
    if (failure === undefined) {
      failure = why;
      failed();
    }
  };

  const feed = new PassThrough({ highWaterMark: 1 << 20 });
  const extract = tar.extract();
  let started = false;
  let innerDone: Promise<void> = Promise.resolve();

  const start = (head: Uint8Array): void => {
    started = true;
    result.compression = sniffCompression(head);
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb: TransformCallback) {
        if (result.compression !== 'none') unc.update(chunk);
        result.uncompressedSize += chunk.length;
        cb(null, chunk);
      },
    });
    const stages: Array<NodeJS.ReadWriteStream> = [];
    if (result.compression === 'gzip') stages.push(createGunzip());
    else if (result.compression === 'zstd') stages.push(zstdTransform());
    const decoded = pipeline(feed, ...(stages as [Transform]), tap).catch((e: unknown) => {
      fail(`${result.compression} decompression failed: ${errorMessage(e)}`);
      extract.destroy(new Error(failure));
    });
    // tar-stream's extract is a streamx Writable: fed by pipe(), which honours its backpressure.
    tap.pipe(extract as unknown as NodeJS.WritableStream);
    const entries = (async () => {
      for await (const entry of extract) {
        const h = entry.header;
        result.entries++;
        if (result.entries > opts.maxEntries) throw new Error(`more than ${opts.maxEntries} entries (maxLayerEntries)`);
        inspectHeader(h, result, opts, maxHits);
        entry.resume();
      }
    })().catch((e: unknown) => fail(`not a valid tar: ${errorMessage(e)}`));
    innerDone = Promise.all([decoded, entries]).then(() => undefined);
  };

  let head: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    checkBudget(opts.signal);
    raw.update(chunk);
    result.size += chunk.length;
    if (failure !== undefined) continue; // keep hashing: the blob digest is still checked
    let data: Uint8Array = chunk;
    if (!started) {
      head = Buffer.concat([head, chunk]);
      if (head.length < SNIFF) continue;
      start(head);
      data = head;
    }
    if (!feed.write(data)) await Promise.race([once(feed, 'drain'), failedP]);
  }
  if (!started && failure === undefined) {
    start(head);
    if (head.length) feed.write(head);
  }
  feed.end();
  await Promise.race([innerDone, failedP]);
  if (failure !== undefined) {
    feed.destroy();
    extract.destroy();
  }
  result.sha256 = raw.digest('hex');
  if (failure !== undefined) result.error = failure;
  else result.diffId = result.compression === 'none' ? result.sha256 : unc.digest('hex');
  return result;
}

function inspectHeader(h: tar.Header, result: LayerScan, opts: LayerScanOptions, maxHits: number): void {
  const path = imagePath(h.name);
  const add = (kind: FileHit['kind']) => {
    if (result.hits.length < maxHits) result.hits.push({ kind, path, mode: h.mode });
    else result.hitsDropped++;
  };
  if (h.name.split('/').includes('..')) add('escape');
  if (h.type !== 'file' && h.type !== 'contiguous-file') return;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.startsWith('.wh.')) return; // a whiteout deletes a file of a lower layer
  if ((h.mode & 0o4000 || h.mode & 0o2000) && !opts.isSetuidAllowed(path)) add(h.mode & 0o4000 ? 'setuid' : 'setgid');
  if (opts.isCredential(path)) add('credential');
}
