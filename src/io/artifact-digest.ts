// Artifact digests. A file's digest is its streamed sha256. A directory's digest follows the OpenSSF
// model-signing "files" serialization (method `files`, hash_type sha256, allow_symlinks false):
//
//   1. list every regular file under the directory, recursively, by its relative path with `/`
//      separators, skipping the top-level entries `.git`, `.gitattributes`, `.github`, `.gitignore`
//      and `model.sig` (model-signing's default ignore list plus the signature itself);
//   2. sort the paths by their UTF-8 bytes;
//   3. digest = sha256 of the concatenation of the raw (32-byte) sha256 of each file, in that order.
//
// This is the subject digest a model-signing `model.sig` records, so a directory artifact and its
// model signature name the same digest. Names are bound by the signature's resource list; the
// check's facts also list every file with its digest. Symbolic links and special files are never
// followed: they are reported (and left out of the digest, which then no longer matches).
import { createHash } from 'node:crypto';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkBudget } from './budget.js';
import { abortError } from './abort.js';
import { defaultConcurrency, mapLimit, sha256File, type FileDigest } from './hash.js';

export const DIRECTORY_IGNORE = ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'] as const;
/** Files per directory artifact beyond which the walk stops (a runaway or hostile tree). */
export const MAX_DIRECTORY_FILES = 200_000;

export interface DirEntryFile {
  /** Relative path inside the directory, `/` separators. */
  rel: string;
  abs: string;
}

export interface DirListing {
  files: DirEntryFile[];
  /** Relative paths of symbolic links and special files (not followed, not hashed). */
  unsupported: string[];
}

/** Regular files under `root` (sorted as the digest needs), plus links and special files found. */
export async function listDirectory(root: string, signal?: AbortSignal, ignore: readonly string[] = DIRECTORY_IGNORE): Promise<DirListing> {
  // model-signing semantics: an ignore path is relative to the root and covers everything below it.
  const ignored = (rel: string): boolean => ignore.some((p) => rel === p || rel.startsWith(`${p}/`));
  const files: DirEntryFile[] = [];
  const unsupported: string[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    checkBudget(signal);
    const entries = await readdir(abs, { withFileTypes: true });
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (ignored(childRel)) continue;
      const childAbs = join(abs, e.name);
      if (e.isDirectory()) await walk(childAbs, childRel);
      else if (e.isFile()) {
        files.push({ rel: childRel, abs: childAbs });
        if (files.length > MAX_DIRECTORY_FILES) throw new Error(`more than ${MAX_DIRECTORY_FILES} files under ${root}`);
      } else unsupported.push(childRel);
    }
  };
  await walk(root, '');
  files.sort((a, b) => compareUtf8(a.rel, b.rel));
  unsupported.sort(compareUtf8);
  return { files, unsupported };
}

/** Byte order of UTF-8, which is code-point order (what Python's sorted() gives model-signing). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The directory digest from the sorted files' hex digests. */
export function directoryDigest(fileDigests: readonly string[]): string {
  const h = createHash('sha256');
  for (const d of fileDigests) h.update(Buffer.from(d, 'hex'));
  return h.digest('hex');
}

export interface HashOptions {
  signal?: AbortSignal;
  /** Digests already computed in this run, by absolute path (read and filled). */
  cache?: Map<string, FileDigest>;
  /** Files hashed at once (default: one per CPU). */
  concurrency?: number;
  /** Use worker threads when the batch is at least this many bytes (default 64 MiB); 0 forces, Infinity disables. */
  workerThreshold?: number;
}

/**
 * sha256 of many files. Small batches hash on the main thread (reads are asynchronous, hashing is
 * not); large batches hash in a pool of worker threads, one per CPU, so that every core hashes.
 * The pool lives for the process (its threads are unref'd while idle), so a run that hashes several
 * batches starts its threads once; while no thread is ready yet, the main thread hashes too.
 */
export async function hashFiles(paths: readonly string[], sizes: readonly number[], opts: HashOptions = {}): Promise<FileDigest[]> {
  const concurrency = opts.concurrency ?? defaultConcurrency();
  const total = sizes.reduce((a, b) => a + b, 0);
  const threshold = opts.workerThreshold ?? 64 * 1024 * 1024;
  if (paths.length === 0) return [];
  if (concurrency <= 1 || total < threshold || paths.length < 2) {
    return mapLimit([...paths], concurrency, (p) => sha256File(p, opts.signal));
  }
  const signal = opts.signal;
  checkBudget(signal);
  const threads = Math.min(concurrency, paths.length);
  const pool = sharedPool(threads);
  // Largest first: the threads end together rather than waiting on one late big file.
  const order = paths.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0));
  const out = new Array<FileDigest>(paths.length);
  return new Promise<FileDigest[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let mainBusy = false;
    let settled = false;
    const end = (e?: Error): void => {
      if (settled) return;
      settled = true;
      pool.listeners.delete(feed);
      signal?.removeEventListener('abort', onAbort);
      if (e) reject(e);
      else resolve(out);
    };
    const finish = (i: number, d: FileDigest): void => {
      out[i] = d;
      if (++done === paths.length) end();
      else feed();
    };
    function feed(): void {
      if (settled) return;
      while (next < order.length) {
        const w = pool.takeIdle(threads);
        if (!w) break;
        const i = order[next++]!;
        pool.run(w, paths[i]!).then((d) => finish(i, d), end);
      }
      // Thread start-up takes a while (tens of ms): the main thread hashes meanwhile, one file at a time.
      if (!mainBusy && next < order.length && pool.ready === 0) {
        mainBusy = true;
        const i = order[next++]!;
        sha256File(paths[i]!, signal).then((d) => {
          mainBusy = false;
          finish(i, d);
        }, end);
      }
    }
    // A thread mid-file cannot be interrupted: the pool is stopped (a new one starts on the next call).
    const onAbort = (): void => {
      const e = abortError(signal!);
      pool.destroy(e);
      end(e);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    pool.listeners.add(feed);
    feed();
  });
}

// The worker is an ES module from a data: URL so that it works unchanged from the TypeScript
// sources, the tests and the esbuild bundle (no separate file to ship). It reads with blocking
// calls: blocking is the job of a hashing thread, and memory stays at one chunk per worker.
// 128 KiB reads: the chunk stays in the core's cache between the copy from the page cache and the
// hashing. Measured on the 2-core development machine (CPU time per MiB, file in the page cache):
// 64–128 KiB 1090–1190 MiB per CPU-second, 256 KiB–1 MiB 760–830 (the copy then misses the cache),
// `openssl dgst -sha256` 1020–1070. Bigger is not better here, unlike for streams (src/io/hash.ts).
const WORKER_SOURCE = `
import { parentPort } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync } from 'node:fs';
const CHUNK = 128 * 1024;
const buf = Buffer.allocUnsafe(CHUNK);
parentPort.on('message', ({ id, path }) => {
  try {
    const fd = openSync(path, 'r');
    const h = createHash('sha256');
    let size = 0;
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, CHUNK, null);
        if (n <= 0) break;
        h.update(n === CHUNK ? buf : buf.subarray(0, n));
        size += n;
      }
    } finally { closeSync(fd); }
    parentPort.postMessage({ id, sha256: h.digest('hex'), size });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e && e.message || e), code: e && e.code });
  }
});
parentPort.postMessage({ ready: true });
`;

interface Reply {
  ready?: boolean;
  id?: number;
  sha256?: string;
  size?: number;
  error?: string;
  code?: string;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: boolean;
}

let pool: HashPool | undefined;
/** Threads ever started in this process (tests: a second batch reuses the first one's threads). */
let started = 0;

export function hashPoolStats(): { threads: number; ready: number; started: number } {
  return { threads: pool && !pool.dead ? pool.size : 0, ready: pool && !pool.dead ? pool.ready : 0, started };
}

/** The process's pool, grown to at least `size` threads (never shrunk; idle threads cost nothing). */
function sharedPool(size: number): HashPool {
  if (!pool || pool.dead) pool = new HashPool();
  pool.grow(size);
  return pool;
}

class HashPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, { slot: Slot; resolve(d: FileDigest): void; reject(e: Error): void }>();
  private nextId = 0;
  /** Called whenever a thread becomes ready or idle (each running batch feeds itself). */
  readonly listeners = new Set<() => void>();
  dead = false;
  private static readonly url = new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`);

  get size(): number {
    return this.slots.length;
  }

  get ready(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  grow(size: number): void {
    while (this.slots.length < size) {
      const worker = new Worker(HashPool.url, { execArgv: [] });
      started++;
      const slot: Slot = { worker, ready: false, busy: false };
      worker.on('message', (m: Reply) => this.settle(slot, m));
      worker.on('error', (e) => this.destroy(e));
      worker.on('exit', (code) => {
        if (!this.dead) this.destroy(new Error(`hash worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** A ready, idle thread among the first `limit`, marked busy; undefined when none. */
  takeIdle(limit: number): Slot | undefined {
    const slot = this.slots.slice(0, limit).find((s) => s.ready && !s.busy);
    if (slot) slot.busy = true;
    return slot;
  }

  run(slot: Slot, path: string): Promise<FileDigest> {
    if (this.dead) return Promise.reject(new Error('hash pool stopped'));
    const id = this.nextId++;
    slot.worker.ref(); // a busy thread keeps the process alive until it answers
    return new Promise<FileDigest>((resolve, reject) => {
      this.pending.set(id, { slot, resolve, reject });
      slot.worker.postMessage({ id, path });
    });
  }

  private settle(slot: Slot, m: Reply): void {
    if (m.ready) slot.ready = true;
    else {
      const p = m.id !== undefined ? this.pending.get(m.id) : undefined;
      if (m.id !== undefined) this.pending.delete(m.id);
      slot.busy = false;
      if (p) {
        if (m.error !== undefined) p.reject(Object.assign(new Error(m.error), m.code ? { code: m.code } : {}));
        else p.resolve({ sha256: m.sha256!, size: m.size! });
      }
    }
    if (!slot.busy) slot.worker.unref(); // an idle thread does not keep the process alive
    for (const l of [...this.listeners]) l();
  }

  /** Stops every thread and fails what they were doing; the next batch starts a new pool. */
  destroy(e: Error): void {
    if (this.dead) return;
    this.dead = true;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    for (const s of this.slots) void s.worker.terminate();
    for (const l of [...this.listeners]) l();
  }
}

/** What a path is, without following a final symbolic link into the unknown (resolveInWorkspace already jailed it). */
export async function kindOf(abs: string): Promise<'file' | 'directory' | 'missing' | 'other'> {
  try {
    const s = await stat(abs);
    return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw e;
  }
}

/** Sizes of files (lstat: the walk only lists regular files). */
export async function sizesOf(paths: readonly string[], concurrency: number): Promise<number[]> {
  return mapLimit([...paths], Math.max(concurrency, 8), async (p) => (await lstat(p)).size);
}

// ------------------------------------------------------------------------------------------------
// Artifact digests (files and directories) for a batch of targets, hashed in one parallel pass.

export interface TargetDigest {
  kind: 'file' | 'directory' | 'missing' | 'other';
  sha256?: string;
  size?: number;
  /** Directory only: every file with its digest, sorted. */
  files?: Array<{ path: string; sha256: string; size: number }>;
  unsupported?: string[];
}

/** Digest of each absolute path: file → sha256; directory → directory digest. One hashing pass over every file. */
export async function digestTargets(
  targets: readonly string[],
  opts: HashOptions & { ignore?: ReadonlyArray<readonly string[] | undefined> } = {},
): Promise<TargetDigest[]> {
  const concurrency = opts.concurrency ?? defaultConcurrency();
  const cache = opts.cache ?? new Map<string, FileDigest>();
  const kinds = await mapLimit([...targets], 8, kindOf);
  const listings = await mapLimit([...targets], 4, async (t, i) => (kinds[i] === 'directory' ? listDirectory(t, opts.signal, opts.ignore?.[i]) : undefined));
  const work = new Set<string>();
  targets.forEach((t, i) => {
    if (kinds[i] === 'file') work.add(t);
    else if (listings[i]) for (const f of listings[i].files) work.add(f.abs);
  });
  const todo = [...work].filter((p) => !cache.has(p));
  const sizes = await sizesOf(todo, concurrency);
  const digests = await hashFiles(todo, sizes, opts);
  todo.forEach((p, i) => cache.set(p, digests[i]!));
  return targets.map((t, i): TargetDigest => {
    const kind = kinds[i]!;
    if (kind === 'file') {
      const d = cache.get(t)!;
      return { kind, sha256: d.sha256, size: d.size };
    }
    const l = listings[i];
    if (kind !== 'directory' || !l) return { kind };
    const files = l.files.map((f) => {
      const d = cache.get(f.abs)!;
      return { path: f.rel, sha256: d.sha256, size: d.size };
    });
    return {
      kind,
      sha256: directoryDigest(files.map((f) => f.sha256)),
      size: files.reduce((a, f) => a + f.size, 0),
      files,
      unsupported: l.unsupported,
    };
  });
}
