// Unsafe model files: a static scanner for pickle-based and other model formats. Nothing is ever
// unpickled, executed or extracted to disk. See README.md in this folder for formats, ratings and limits.
import { createReadStream } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { addAbortSignal, Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import { checkBudget } from '../../../src/io/budget.js';
import { ConfigError, errorMessage } from '../../../src/errors.js';
import type { Severity } from '../../../src/report/model.js';
import { allowMatcher, rateWithPolicy, type GlobalRating } from './globals.js';
import { NPY_MAGIC, NPY_PREAMBLE, NpyError, npyDataOffset, parseNpyHeader } from './npy.js';
import { OnnxError, readOnnxExternalRefs } from './onnx.js';
import { DEFAULT_PICKLE_LIMITS, PickleWalker, type PickleLimits, type WalkResult } from './pickle.js';
import { MODEL_FILE_RULES, type ModelFileRule } from './rules.js';
import { checkSafetensorsHeader } from './safetensors.js';
import {
  DEFAULT_ZIP_LIMITS,
  hasZipTrailer,
  memberChunks,
  readLocalHeader,
  readZipDirectory,
  unsafeMemberName,
  ZipFormatError,
  ZipMemberError,
  type ZipEntry,
  type ZipLimits,
} from './zip.js';
import { jsonSyntaxDetail } from '../../../src/io/json-syntax.js';

export { MODEL_FILE_RULES, MODEL_FILE_RULE_IDS, modelFileRuleDefs, type ModelFileRule, type ModelFileRuleInfo } from './rules.js';
export { rateGlobal, type GlobalRating } from './globals.js';

export interface ModelFileFinding {
  rule: ModelFileRule;
  severity: Severity;
  message: string;
  /** Archive member concerned. */
  member?: string;
  /** Byte offset in the stream concerned (the member's uncompressed bytes, or the file). */
  offset?: number;
  /** `module.name` of the global concerned. */
  global?: string;
}

export interface ModelFileScan {
  /** pickle, pytorch-legacy, pytorch-zip, zip, npy, npz, keras, safetensors, onnx, gzip, 7z… */
  format: string;
  findings: ModelFileFinding[];
  globals: Array<{ global: string; rating: GlobalRating; count: number }>;
  /** Complete pickle streams walked. */
  pickles: number;
  /** Archive members listed (0 for a plain file). */
  members: number;
  /** File size. */
  bytes: number;
}

export interface ModelScanLimits extends PickleLimits, ZipLimits {
  /** safetensors JSON header (the reference implementation's own cap is 100 MB). */
  maxSafetensorsHeaderBytes: number;
  /** Keras config.json. */
  maxKerasConfigBytes: number;
  /** .npy header. */
  maxNpyHeaderBytes: number;
  /** Bytes searched for embedded pickles in a container the scanner cannot read (7z…). */
  maxEmbeddedSearchBytes: number;
  /** Findings of one kind per file before they are summarised (safetensors problems, ONNX references). */
  maxFindingsPerRule: number;
}

export const DEFAULT_MODEL_SCAN_LIMITS: ModelScanLimits = {
  ...DEFAULT_PICKLE_LIMITS,
  ...DEFAULT_ZIP_LIMITS,
  maxSafetensorsHeaderBytes: 100 * 1000 * 1000,
  maxKerasConfigBytes: 64 * 1024 * 1024,
  maxNpyHeaderBytes: 1024 * 1024,
  maxEmbeddedSearchBytes: 64 * 1024 * 1024,
  maxFindingsPerRule: 50,
};

export interface ScanOptions {
  /** Name used in messages and errors (workspace-relative path). */
  display: string;
  /** Policy allow list: `module.name` or `module.*`; lifts unknown and suspicious globals (never dangerous ones). */
  allowGlobals?: string[];
  /** Manifest `format` (pickle, pytorch, safetensors, onnx, joblib, numpy, keras…), used when magic bytes do not decide. */
  formatHint?: string;
  signal?: AbortSignal;
  limits?: Partial<ModelScanLimits>;
  /**
   * For files picked without a model extension or magic bytes (a file inside a model directory):
   * when the file is empty, or neither a recognised container nor a pickle stream (the walk fails
   * inside its first pickle before any import is called, instantiated or patched, so no unpickler
   * could run code from it), resolve with format `unrecognised` and no findings instead of throwing.
   */
  lenient?: boolean;
}

const PICKLE_EXTS = ['.pkl', '.pickle', '.joblib', '.dill', '.dat', '.data'];
const TORCH_EXTS = ['.pt', '.pth', '.bin', '.ckpt'];
const READ_CHUNK = 1024 * 1024;

type Family = 'pytorch-zip' | 'npz' | 'keras' | 'zip';

class Collector {
  readonly findings: ModelFileFinding[] = [];
  readonly globals = new Map<string, { global: string; rating: GlobalRating; count: number }>();
  pickles = 0;
  members = 0;
  private readonly perRule = new Map<ModelFileRule, number>();
  private readonly allowed: (g: string) => boolean;

  constructor(
    readonly display: string,
    readonly lim: ModelScanLimits,
    allow: string[] | undefined,
  ) {
    this.allowed = allowMatcher(allow);
  }

  add(rule: ModelFileRule, message: string, extra: Omit<ModelFileFinding, 'rule' | 'severity' | 'message'> = {}): void {
    const n = (this.perRule.get(rule) ?? 0) + 1;
    this.perRule.set(rule, n);
    if (n > this.lim.maxFindingsPerRule) {
      if (n === this.lim.maxFindingsPerRule + 1) {
        this.findings.push({ rule, severity: MODEL_FILE_RULES[rule].severity, message: `more ${rule} findings in this file were not listed (limit ${this.lim.maxFindingsPerRule})` });
      }
      return;
    }
    this.findings.push({ rule, severity: MODEL_FILE_RULES[rule].severity, message, ...extra });
  }

  error(detail: string): ConfigError {
    return new ConfigError(detail, { file: this.display });
  }

  /**
   * Records a walk. A stream that is not a pickle at all (fails inside its first pickle before any
   * import) throws ConfigError, unless `sniffed` (the caller only guessed it was a pickle): then 'not-pickle'.
   */
  addWalk(res: WalkResult, where: { member?: string; what: string; sniffed?: boolean }): 'ok' | 'not-pickle' {
    const m = where.member !== undefined ? { member: where.member } : {};
    if (res.error && res.errorInFirstPickle && res.globals.length === 0 && !res.error.limit) {
      if (where.sniffed) return 'not-pickle';
      throw this.error(`${where.what} is not a valid pickle stream: ${res.error.message} (offset ${res.error.offset})`);
    }
    this.pickles += res.pickles;
    const prefix = where.member !== undefined ? `member "${where.member}": ` : '';
    for (const g of res.globals) {
      const global = g.unresolved !== undefined ? `?unresolved(${g.opcode}@${g.offset})` : `${g.module}.${g.name}`;
      const rating: GlobalRating = g.unresolved !== undefined ? 'dangerous' : rateWithPolicy(g.module, g.name, this.allowed);
      const summaryKey = g.unresolved !== undefined ? '?unresolved' : global;
      const s = this.globals.get(summaryKey);
      if (s) s.count += g.count;
      else this.globals.set(summaryKey, { global: summaryKey, rating, count: g.count });
      const uses = g.uses.size > 0 ? `; it is called or instantiated (${[...g.uses].filter((u) => u !== 'BUILD').join(', ') || 'BUILD'})` : '';
      const times = g.count > 1 ? `, ${g.count} times` : '';
      const extra = { ...m, offset: g.offset, global: g.unresolved !== undefined ? '?' : global };
      if (g.unresolved !== undefined) {
        this.add('unresolved-global', `${prefix}${g.unresolved} (offset ${g.offset}); treated as dangerous${uses}`, extra);
      } else if (rating === 'dangerous') {
        this.add('unsafe-global', `${prefix}imports dangerous global ${global} (${g.opcode} at offset ${g.offset}${times})${uses}`, extra);
      } else if (rating === 'suspicious') {
        this.add('suspicious-global', `${prefix}imports suspicious global ${global} (${g.opcode} at offset ${g.offset}${times})${uses}`, extra);
      } else if (rating === 'unknown') {
        this.add('unknown-global', `${prefix}imports ${global}, which is on no list (${g.opcode} at offset ${g.offset}${times}); allow it in allowGlobals once reviewed`, extra);
      }
      if (g.mutatedAt !== undefined) {
        this.add('global-mutation', `${prefix}BUILD at offset ${g.mutatedAt} sets attributes on the imported ${g.unresolved !== undefined ? 'object' : global} itself (module or class patching)`, {
          ...m,
          offset: g.mutatedAt,
          ...(g.unresolved === undefined ? { global } : {}),
        });
      }
    }
    if (res.error) {
      const after = res.pickles > 0 ? ` after ${res.pickles} complete pickle(s)` : '';
      if (res.error.limit) this.add('scan-limit', `${prefix}${where.what}: ${res.error.message} (offset ${res.error.offset}${after})`, { ...m, offset: res.error.offset });
      else this.add('malformed', `${prefix}${where.what}: ${res.error.message} at offset ${res.error.offset}${after}; the rest was not scanned`, { ...m, offset: res.error.offset });
    }
    return 'ok';
  }

  result(format: string, bytes: number): ModelFileScan {
    const order: Record<GlobalRating, number> = { dangerous: 0, suspicious: 1, unknown: 2, safe: 3 };
    const globals = [...this.globals.values()].sort((a, b) => order[a.rating] - order[b.rating] || a.global.localeCompare(b.global));
    return { format, findings: this.findings, globals, pickles: this.pickles, members: this.members, bytes };
  }
}

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(Math.max(0, len));
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await fh.read(buf, got, buf.length - got, pos + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return buf.subarray(0, got);
}

function fileChunks(absPath: string, start: number, signal?: AbortSignal): AsyncIterable<Buffer> {
  const s = createReadStream(absPath, { start, highWaterMark: READ_CHUNK });
  if (signal) addAbortSignal(signal, s);
  return s as AsyncIterable<Buffer>;
}

async function walk(chunks: AsyncIterable<Uint8Array>, lim: ModelScanLimits, legacyTorch: boolean, first?: Uint8Array, signal?: AbortSignal): Promise<WalkResult> {
  const w = new PickleWalker({ limits: lim, legacyTorch, ...(signal ? { signal } : {}) });
  if (first) w.write(first);
  if (!w.finished) {
    for await (const c of chunks) {
      w.write(c);
      if (w.finished) break;
    }
  }
  return w.end();
}

const isZip = (h: Buffer): boolean => h.length >= 4 && h[0] === 0x50 && h[1] === 0x4b && ((h[2] === 3 && h[3] === 4) || (h[2] === 5 && h[3] === 6));
const looksLikePickle = (h: Uint8Array): boolean => h.length >= 2 && h[0] === 0x80 && h[1]! <= 5;
const startsWith = (h: Buffer, bytes: number[]): boolean => bytes.every((b, i) => h[i] === b);

/** Containers recognised by magic bytes that the scanner does not open. */
function unsupportedContainer(h: Buffer): string | undefined {
  if (startsWith(h, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(h, [0x42, 0x5a, 0x68])) return 'bzip2';
  if (startsWith(h, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(h, [0x5d, 0x00, 0x00])) return 'lzma';
  if (startsWith(h, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (startsWith(h, [0x04, 0x22, 0x4d, 0x18])) return 'lz4';
  if (startsWith(h, [0x52, 0x61, 0x72, 0x21])) return 'rar';
  if (startsWith(h, [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])) return 'hdf5';
  return undefined;
}

/**
 * Scans one model file. Resolves with the findings; throws ConfigError (naming the file, and the
 * member and offset when known) when the file cannot be read or parsed at all, so the gate fails closed.
 */
export async function scanModelFile(absPath: string, opts: ScanOptions): Promise<ModelFileScan> {
  const lim: ModelScanLimits = { ...DEFAULT_MODEL_SCAN_LIMITS, ...opts.limits };
  const col = new Collector(opts.display, lim, opts.allowGlobals);
  const signal = opts.signal;
  checkBudget(signal);
  let fh: FileHandle;
  try {
    if (!(await stat(absPath)).isFile()) throw col.error('is not a regular file');
    fh = await open(absPath, 'r');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw col.error(`cannot be read: ${errorMessage(e)}`);
  }
  try {
    const size = (await fh.stat()).size;
    const head = await readAt(fh, 0, 64);
    const ext = extname(opts.display || absPath).toLowerCase();
    const hint = (opts.formatHint ?? '').toLowerCase();
    const s = { absPath, fh, size, col, lim, signal };

    if (size === 0) {
      if (opts.lenient) return col.result('unrecognised', size);
      throw col.error('is empty: not a model file');
    }
    if (isZip(head)) {
      const format = await scanZipFile(s, ext, hint);
      return col.result(format, size);
    }
    if (head.subarray(0, 6).equals(NPY_MAGIC)) {
      await scanNpy(s, fileChunks(absPath, 0, signal), size, undefined);
      return col.result('npy', size);
    }
    const unsupported = unsupportedContainer(head);
    if (unsupported) {
      col.add('unsupported-format', `${unsupported} container: its content cannot be scanned, so it is not assumed clean`);
      await searchEmbeddedPickles(s);
      return col.result(unsupported, size);
    }
    if (head[0] === 0x1f && head[1] === 0x8b) {
      await scanCompressedPickle(s, 'gzip');
      return col.result('gzip', size);
    }
    if (head[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(head[1]!)) {
      // 'x' is not a pickle opcode: a zlib stream (joblib compress='zlib').
      await scanCompressedPickle(s, 'zlib');
      return col.result('zlib', size);
    }
    if (ext === '.safetensors' || hint === 'safetensors') {
      await scanSafetensors(s);
      return col.result('safetensors', size);
    }
    if (ext === '.onnx' || hint === 'onnx') {
      await scanOnnx(s);
      return col.result('onnx', size);
    }
    if (['.npy', '.npz', '.keras'].includes(ext) || ['numpy', 'npy', 'npz', 'keras'].includes(hint)) {
      throw col.error(`is not a ${ext || hint} file: ${ext === '.npy' || hint === 'numpy' || hint === 'npy' ? 'the \\x93NUMPY magic' : 'a zip archive'} was expected`);
    }
    const torch = TORCH_EXTS.includes(ext) || hint === 'pytorch' || hint === 'torch';
    const res = await walk(fileChunks(absPath, 0, signal), lim, torch, undefined, signal);
    // Lenient: bytes that only look like a pickle up to the first error (random tensor data starting
    // with an EXT1 or GLOBAL byte) are not one, unless an import was already called, instantiated or
    // patched before the error (a payload followed by junk runs before the unpickler stops).
    if (opts.lenient && res.error && res.errorInFirstPickle && !res.error.limit && res.globals.every((g) => g.uses.size === 0 && g.mutatedAt === undefined)) {
      return col.result('unrecognised', size);
    }
    if (res.error && res.errorInFirstPickle && res.globals.length === 0 && !res.error.limit) {
      const what = torch ? 'not a PyTorch checkpoint (neither a zip archive nor a pickle stream)' : 'not a pickle stream';
      throw col.error(`${what}: ${res.error.message} (offset ${res.error.offset})`);
    }
    col.addWalk(res, { what: 'pickle stream' });
    const format = torch ? 'pytorch-legacy' : 'pickle';
    // A pickle with a zip appended is read as a pickle by torch.load and as a zip by zipfile: scan both views.
    if (await hasZipTrailer(fh, size)) {
      col.add('archive-anomaly', 'the file is also a zip archive (a zip directory is appended to the pickle): tools disagree on what it holds; both views are scanned');
      try {
        await scanZipEntries(s, await readZipDirectory(fh, size, lim), 'zip');
      } catch (e) {
        if (!(e instanceof ZipFormatError)) throw e;
      }
    }
    return col.result(format, size);
  } finally {
    await fh.close();
  }
}

interface Scan {
  absPath: string;
  fh: FileHandle;
  size: number;
  col: Collector;
  lim: ModelScanLimits;
  signal?: AbortSignal;
}

// ---- zip family ------------------------------------------------------------------------------

async function scanZipFile(s: Scan, ext: string, hint: string): Promise<string> {
  let dir;
  try {
    dir = await readZipDirectory(s.fh, s.size, s.lim);
  } catch (e) {
    if (e instanceof ZipFormatError) throw s.col.error(`corrupt zip archive: ${e.message}`);
    throw e;
  }
  const names = dir.entries.map((e) => e.name);
  let family: Family;
  if (ext === '.keras' || hint === 'keras' || (names.includes('config.json') && (names.includes('metadata.json') || names.includes('model.weights.h5')))) family = 'keras';
  else if (ext === '.npz' || hint === 'npz' || (names.length > 0 && names.every((n) => n.toLowerCase().endsWith('.npy')))) family = 'npz';
  else if (TORCH_EXTS.includes(ext) || hint === 'pytorch' || hint === 'torch' || names.some((n) => /(^|\/)data\.pkl$/.test(n))) family = 'pytorch-zip';
  else family = 'zip';
  await scanZipEntries(s, dir, family);
  if (family === 'keras' && !names.includes('config.json')) s.col.add('malformed', '.keras archive has no config.json');
  if (family === 'pytorch-zip' && !names.some((n) => /(^|\/)data\.pkl$/.test(n)) && !names.some((n) => n.toLowerCase().endsWith('.pkl'))) {
    s.col.add('malformed', 'PyTorch zip checkpoint without a data.pkl member');
  }
  return family;
}

type MemberKind = 'pickle' | 'npy' | 'keras-config' | 'sniff' | 'skip';

function classify(name: string, family: Family): MemberKind {
  const lower = name.toLowerCase();
  if (name.endsWith('/')) return 'skip';
  if (PICKLE_EXTS.some((e) => lower.endsWith(e))) return 'pickle';
  if (lower.endsWith('.npy')) return 'npy';
  if (family === 'keras' && name === 'config.json') return 'keras-config';
  // Tensor storages of a torch zip checkpoint: raw bytes, never unpickled.
  if (family === 'pytorch-zip' && /(^|\/)data\/[^/]+$/.test(name)) return 'skip';
  return 'sniff';
}

async function scanZipEntries(s: Scan, dir: Awaited<ReturnType<typeof readZipDirectory>>, family: Family): Promise<void> {
  const { col } = s;
  for (const a of dir.anomalies) {
    if (a.includes('overlap') || a.includes('declared uncompressed total')) col.add('zip-bomb', a);
    else col.add('archive-anomaly', a);
  }
  col.members += dir.entries.length;
  for (const entry of dir.entries) {
    checkBudget(s.signal);
    const member = entry.name;
    const bad = unsafeMemberName(member);
    if (bad) col.add('path-escape', `member name "${member}" ${bad}: extracting it writes outside the target folder`, { member });
    const flagNotes: string[] = [];
    if (entry.flags & 0x1) flagNotes.push('encrypted (bit 0)');
    if (entry.flags & 0x20) flagNotes.push('compressed patched data (bit 5)');
    if (entry.flags & 0x40) flagNotes.push('strong encryption (bit 6)');
    const encrypted = (entry.flags & 0x41) !== 0;
    let kind = classify(member, family);
    if (kind === 'skip' && !encrypted) continue;
    if (encrypted || entry.flags & 0x20) kind = kind === 'npy' || kind === 'keras-config' ? kind : 'sniff';
    if (flagNotes.length > 0) col.add('archive-anomaly', `member "${member}" has flag bits set that Python's zipfile refuses: ${flagNotes.join(', ')}`, { member });

    try {
      const local = await readLocalHeader(s.fh, entry, s.size);
      if (local.name !== entry.name) {
        col.add('archive-anomaly', `member "${member}" is named "${local.name}" in its local header: tools that read local headers see a different file`, { member });
      }
      const chunks = (): AsyncIterable<Buffer> => memberChunks(s.fh, entry, local, s.lim, s.signal);
      if (kind === 'pickle') {
        const res = await walk(chunks(), s.lim, false, undefined, s.signal);
        col.addWalk(res, { member, what: `member "${member}"` });
      } else if (kind === 'npy') {
        await scanNpy(s, chunks(), entry.size, member);
      } else if (kind === 'keras-config') {
        await scanKerasConfig(s, chunks(), entry);
      } else {
        const it = chunks()[Symbol.asyncIterator]();
        const first = await it.next();
        if (first.done || first.value.length === 0) continue;
        if (!looksLikePickle(first.value)) {
          await it.return?.(undefined);
          if (encrypted) col.add('unreadable-member', `member "${member}" is encrypted: its content cannot be scanned, so it is not assumed clean`, { member });
          continue;
        }
        const rest = { [Symbol.asyncIterator]: () => it };
        const res = await walk(rest, s.lim, false, first.value, s.signal);
        const r = col.addWalk(res, { member, what: `member "${member}"`, sniffed: true });
        if (r === 'not-pickle' && encrypted) col.add('unreadable-member', `member "${member}" is encrypted: its content cannot be scanned, so it is not assumed clean`, { member });
      }
    } catch (e) {
      if (!(e instanceof ZipMemberError)) throw e;
      if (e.kind === 'bomb') col.add('zip-bomb', e.message, { member });
      else if (e.kind === 'limit') col.add('scan-limit', e.message, { member });
      else if (kind !== 'skip' || encrypted) col.add('unreadable-member', `${e.message}${encrypted ? ' (encrypted)' : ''}; its content is not assumed clean`, { member });
    }
  }
}

// ---- numpy -----------------------------------------------------------------------------------

async function scanNpy(s: Scan, chunks: AsyncIterable<Buffer>, totalSize: number | undefined, member: string | undefined): Promise<void> {
  const { col } = s;
  const label = member !== undefined ? `member "${member}"` : 'the .npy file';
  const m = member !== undefined ? { member } : {};
  const it = chunks[Symbol.asyncIterator]();
  let buf = Buffer.alloc(0);
  let need = NPY_PREAMBLE;
  let dataOffset: number | undefined;
  try {
    while (buf.length < need) {
      const r = await it.next();
      if (r.done) break;
      buf = Buffer.concat([buf, r.value]);
      if (dataOffset === undefined && buf.length >= NPY_PREAMBLE) {
        try {
          dataOffset = npyDataOffset(buf, s.lim.maxNpyHeaderBytes);
        } catch (e) {
          throw col.error(`${label}: ${errorMessage(e)}`);
        }
        need = dataOffset;
      }
    }
    let header;
    try {
      if (dataOffset === undefined) dataOffset = npyDataOffset(buf, s.lim.maxNpyHeaderBytes);
      header = parseNpyHeader(buf.subarray(0, dataOffset));
    } catch (e) {
      if (e instanceof NpyError) throw col.error(`${label}: invalid .npy header: ${e.message}`);
      throw e;
    }
    if (header.objects) {
      col.add('object-array', `${label} holds Python objects (dtype ${JSON.stringify(header.descr)}): its data is a pickle, loaded only with allow_pickle=True`, m);
      const rest = { [Symbol.asyncIterator]: () => it };
      const first = buf.subarray(header.dataOffset);
      const res = await walk(rest, s.lim, false, first.length > 0 ? first : undefined, s.signal);
      col.addWalk(res, { ...m, what: `object array data of ${label}` });
      return;
    }
    if (header.expectedBytes !== undefined && totalSize !== undefined && totalSize - header.dataOffset < header.expectedBytes) {
      col.add('malformed', `${label}: shape [${header.shape.join(', ')}] of ${JSON.stringify(header.descr)} needs ${header.expectedBytes} data bytes, only ${totalSize - header.dataOffset} present`, {
        ...m,
        offset: header.dataOffset,
      });
    }
  } finally {
    await it.return?.(undefined);
  }
}

// ---- keras -----------------------------------------------------------------------------------

async function scanKerasConfig(s: Scan, chunks: AsyncIterable<Buffer>, entry: ZipEntry): Promise<void> {
  const { col } = s;
  const member = entry.name;
  if (entry.size > s.lim.maxKerasConfigBytes) {
    col.add('scan-limit', `config.json is ${entry.size} bytes, more than the limit of ${s.lim.maxKerasConfigBytes}: not scanned`, { member });
    return;
  }
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  let config: unknown;
  const text = Buffer.concat(parts).toString('utf8');
  try {
    config = JSON.parse(text);
  } catch {
    throw col.error(`member "${member}": config.json is not valid JSON (${jsonSyntaxDetail(text)})`);
  }
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.class_name === 'Lambda') {
      const cfg = (o.config ?? {}) as Record<string, unknown>;
      const name = typeof cfg.name === 'string' ? cfg.name : typeof o.name === 'string' ? o.name : '?';
      const fn = cfg.function;
      const how =
        fn && typeof fn === 'object' && (fn as Record<string, unknown>).class_name === '__lambda__'
          ? 'marshalled Python bytecode'
          : typeof fn === 'string' || (fn && typeof fn === 'object')
            ? 'a Python function reference'
            : 'Python code';
      col.add('lambda-layer', `Lambda layer "${name}" (${path}) holds ${how}: loading the model with safe_mode off runs it`, { member });
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(config, '$');
}

// ---- compressed pickles (joblib compress=…) -----------------------------------------------------

async function scanCompressedPickle(s: Scan, kind: 'gzip' | 'zlib'): Promise<void> {
  const src = Readable.from(fileChunks(s.absPath, 0, s.signal));
  const z = kind === 'gzip' ? createGunzip() : createInflate();
  src.on('error', (e) => z.destroy(e));
  src.pipe(z);
  const ratioCap = Math.max(s.size, 1) * s.lim.maxRatio;
  let produced = 0;
  let bomb = false;
  async function* out(): AsyncGenerator<Buffer> {
    for await (const c of z as AsyncIterable<Buffer>) {
      produced += c.length;
      if (produced > ratioCap || produced > s.lim.maxMemberBytes) {
        bomb = true;
        return;
      }
      yield c;
    }
  }
  let res: WalkResult;
  try {
    res = await walk(out(), s.lim, false, undefined, s.signal);
  } catch (e) {
    if (s.signal?.aborted) throw e;
    throw s.col.error(`${kind} stream cannot be decompressed: ${errorMessage(e)}`);
  } finally {
    src.destroy();
    z.destroy();
  }
  if (bomb) s.col.add(produced > ratioCap ? 'zip-bomb' : 'scan-limit', `${kind} stream inflates past ${produced > ratioCap ? `a ${s.lim.maxRatio}:1 ratio` : `${s.lim.maxMemberBytes} bytes`}: not scanned further`);
  s.col.addWalk(res, { what: `${kind}-compressed pickle stream` });
}

/** Best effort inside a container we cannot open: protocol 2+ pickles stored uncompressed are still found. */
async function searchEmbeddedPickles(s: Scan): Promise<void> {
  const data = await readAt(s.fh, 0, Math.min(s.size, s.lim.maxEmbeddedSearchBytes));
  for (let i = data.indexOf(0x80); i !== -1 && i < data.length - 1; i = data.indexOf(0x80, i + 1)) {
    if (data[i + 1]! < 2 || data[i + 1]! > 5) continue;
    checkBudget(s.signal); // one synchronous loop over up to maxEmbeddedSearchBytes: the budget's timer cannot fire in it
    const w = new PickleWalker({ limits: s.lim, ...(s.signal ? { signal: s.signal } : {}) });
    w.write(data.subarray(i));
    const res = w.end();
    if (res.pickles === 0 || res.globals.length === 0) continue;
    // Only the complete first pickle counts: bytes after it belong to the container.
    s.col.addWalk({ ...res, error: undefined, pickles: 1 }, { member: `embedded pickle at offset ${i}`, what: 'embedded pickle' });
  }
}

// ---- safetensors -----------------------------------------------------------------------------

async function scanSafetensors(s: Scan): Promise<void> {
  const { col, fh, size } = s;
  if (size < 8) throw col.error('is not a safetensors file: shorter than its 8-byte header length');
  const n = (await readAt(fh, 0, 8)).readBigUInt64LE(0);
  if (n > BigInt(s.lim.maxSafetensorsHeaderBytes)) throw col.error(`safetensors header length ${n} is larger than the limit of ${s.lim.maxSafetensorsHeaderBytes} bytes`);
  if (8n + n > BigInt(size)) throw col.error(`safetensors header length ${n} runs past the end of the ${size}-byte file`);
  const header = await readAt(fh, 8, Number(n));
  let checked;
  try {
    checked = checkSafetensorsHeader(header, size);
  } catch (e) {
    throw col.error(`invalid safetensors header: ${errorMessage(e)}`);
  }
  for (const p of checked.problems) col.add('safetensors-invalid', p);
}

// ---- onnx ------------------------------------------------------------------------------------

async function scanOnnx(s: Scan): Promise<void> {
  const { col } = s;
  let info;
  try {
    info = await readOnnxExternalRefs(s.fh, s.size, s.signal);
  } catch (e) {
    if (e instanceof OnnxError) throw col.error(`is not a valid ONNX model: ${e.message}`);
    throw e;
  }
  const modelDir = dirname(s.absPath);
  let realDir: string;
  try {
    realDir = await realpath(modelDir);
  } catch (e) {
    throw col.error(`model folder cannot be resolved: ${errorMessage(e)}`);
  }
  const inside = (root: string, p: string): boolean => {
    const rel = relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  };
  const seen = new Set<string>();
  for (const ref of info.refs) {
    const tensor = JSON.stringify(ref.tensor);
    if (ref.location === '') {
      col.add('malformed', `tensor ${tensor} stores its data externally but has no location`, { offset: ref.at });
      continue;
    }
    const bad = unsafeMemberName(ref.location);
    if (bad) {
      if (!seen.has(`escape:${ref.location}`)) col.add('path-escape', `tensor ${tensor}: external data location "${ref.location}" ${bad}: it points outside the model folder`, { offset: ref.at });
      seen.add(`escape:${ref.location}`);
      continue;
    }
    const target = resolve(modelDir, ref.location.replace(/\\/g, '/'));
    let real: string | undefined;
    try {
      real = await realpath(target);
    } catch {
      real = undefined;
    }
    if (real === undefined) {
      if (!seen.has(`missing:${ref.location}`)) col.add('external-data-missing', `tensor ${tensor}: external data file "${ref.location}" does not exist next to the model`, { offset: ref.at });
      seen.add(`missing:${ref.location}`);
      continue;
    }
    if (!inside(realDir, real)) {
      if (!seen.has(`escape:${ref.location}`)) col.add('path-escape', `tensor ${tensor}: external data location "${ref.location}" resolves outside the model folder through a link`, { offset: ref.at });
      seen.add(`escape:${ref.location}`);
      continue;
    }
    if (ref.offset !== undefined || ref.length !== undefined) {
      const st = await stat(real);
      const off = ref.offset ?? 0;
      const len = ref.length ?? 0;
      if (!Number.isSafeInteger(off) || !Number.isSafeInteger(len) || off < 0 || len < 0) {
        col.add('malformed', `tensor ${tensor}: external data offset/length are not non-negative integers`, { offset: ref.at });
      } else if (off + len > st.size) {
        col.add('external-data-missing', `tensor ${tensor}: external data [${off}, ${off + len}) runs past the end of "${ref.location}" (${st.size} bytes)`, { offset: ref.at });
      }
    }
  }
}
