// A relaxed, read-only zip reader: the central directory decides which members exist, each
// member's data is streamed (stored or deflated) straight into a scanner, never written to disk.
// Relaxed like picklescan's: flag bits that Python's zipfile refuses (encryption 0x1, patched data
// 0x20, strong encryption 0x40) and local names that differ from the central directory do not stop
// the read, they are reported; the bytes are still scanned when they can be read. Zip bombs are
// refused by ratio and size caps, and overlapping members are reported.
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { checkBudget } from '../../../src/io/budget.js';

export interface ZipLimits {
  /** Members in one archive. */
  maxMembers: number;
  /** Central directory size in bytes. */
  maxDirectoryBytes: number;
  /** Declared uncompressed/compressed ratio of one member; also enforced while inflating. */
  maxRatio: number;
  /** Uncompressed bytes read from one member. */
  maxMemberBytes: number;
  /** Sum of the declared uncompressed sizes of all members. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxMembers: 200_000,
  maxDirectoryBytes: 256 * 1024 * 1024,
  maxRatio: 1000,
  maxMemberBytes: 8 * 1024 ** 3,
  maxTotalBytes: 1024 ** 4,
};

export interface ZipEntry {
  index: number;
  /** Name in the central directory (what loaders list). */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Bytes before the archive (self-extractor stub or a polyglot prefix); offsets are already shifted. */
  prefix: number;
  /** Problems with the directory as a whole: overlapping members, count mismatch… */
  anomalies: string[];
}

/** Thrown for a corrupt archive that cannot be listed at all. */
export class ZipFormatError extends Error {}

/** Thrown while streaming a member: its data cannot be read (the caller reports the member). */
export class ZipMemberError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreadable' | 'bomb' | 'limit',
  ) {
    super(message);
  }
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  let got = 0;
  while (got < len) {
    const { bytesRead } = await fh.read(buf, got, len - got, pos + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === len ? buf : buf.subarray(0, got);
}

/** Quick test: does the file end with a zip end-of-central-directory record? */
export async function hasZipTrailer(fh: FileHandle, size: number): Promise<boolean> {
  const tailLen = Math.min(size, 22 + 0xffff);
  const tail = await readAt(fh, size - tailLen, tailLen);
  return findEocd(tail) >= 0;
}

function findEocd(tail: Buffer): number {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) return i;
  }
  return -1;
}

export async function readZipDirectory(fh: FileHandle, size: number, limits: ZipLimits): Promise<ZipDirectory> {
  if (size < 22) throw new ZipFormatError('too short to be a zip archive');
  const tailLen = Math.min(size, 22 + 0xffff);
  const tailStart = size - tailLen;
  const tail = await readAt(fh, tailStart, tailLen);
  const e = findEocd(tail);
  if (e < 0) throw new ZipFormatError('no end-of-central-directory record: truncated or not a zip archive');
  const eocdPos = tailStart + e;
  let count = tail.readUInt16LE(e + 10);
  let cdSize = tail.readUInt32LE(e + 12);
  let cdOffset = tail.readUInt32LE(e + 16);
  let recordStart = eocdPos;
  const anomalies: string[] = [];
  if (tail.readUInt16LE(e + 4) !== 0 || tail.readUInt16LE(e + 6) !== 0) throw new ZipFormatError('multi-disk (split) archives are not supported');

  // ZIP64: a locator just before the classic record points at the ZIP64 end record, whose values
  // are authoritative (writers such as PyTorch's emit it even for small archives).
  const loc = eocdPos >= 20 ? await readAt(fh, eocdPos - 20, 20) : Buffer.alloc(0);
  const needs64 = count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  if (loc.length === 20 && loc.readUInt32LE(0) === SIG_LOC64) {
    const z64Pos = Number(loc.readBigUInt64LE(8));
    // The ZIP64 end record sits right before its locator; its stated offset may be shifted by a prefix.
    let z64At = z64Pos;
    let z = z64Pos + 56 <= eocdPos ? await readAt(fh, z64Pos, 56) : Buffer.alloc(0);
    if (z.length < 56 || z.readUInt32LE(0) !== SIG_EOCD64) {
      z64At = eocdPos - 20 - 56;
      z = z64At >= 0 ? await readAt(fh, z64At, 56) : Buffer.alloc(0);
    }
    if (z.length < 56 || z.readUInt32LE(0) !== SIG_EOCD64) throw new ZipFormatError(`ZIP64 end-of-central-directory record missing (locator says offset ${z64Pos})`);
    count = Number(z.readBigUInt64LE(32));
    cdSize = Number(z.readBigUInt64LE(40));
    cdOffset = Number(z.readBigUInt64LE(48));
    recordStart = z64At;
  } else if (needs64) {
    throw new ZipFormatError('ZIP64 locator missing');
  }
  if (count > limits.maxMembers) throw new ZipFormatError(`${count} members, more than the limit of ${limits.maxMembers}`);
  if (cdSize > limits.maxDirectoryBytes) throw new ZipFormatError(`central directory of ${cdSize} bytes, more than the limit of ${limits.maxDirectoryBytes}`);
  // Data prepended to the archive shifts every offset (Python's zipfile tolerates it the same way).
  const prefix = recordStart - cdSize - cdOffset;
  if (prefix < 0) throw new ZipFormatError('central directory offset points past its end record');
  if (prefix > 0) anomalies.push(`${prefix} byte(s) precede the archive (self-extractor stub or a file that is also something else)`);

  const cd = await readAt(fh, cdOffset + prefix, cdSize);
  if (cd.length < cdSize) throw new ZipFormatError('central directory truncated');
  const entries: ZipEntry[] = [];
  let p = 0;
  let declaredTotal = 0;
  while (p + 46 <= cd.length && cd.readUInt32LE(p) === SIG_CENTRAL) {
    if (entries.length >= limits.maxMembers) throw new ZipFormatError(`more than ${limits.maxMembers} members`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let usize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > cd.length) throw new ZipFormatError(`central directory entry ${entries.length} truncated`);
    const nameBytes = cd.subarray(p + 46, p + 46 + nameLen);
    const name = decodeName(nameBytes, flags);
    // ZIP64 extended information: present fields follow the order usize, csize, offset.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const take = (): number => {
          if (q + 8 > x + 4 + len) throw new ZipFormatError(`ZIP64 extra field of "${name}" truncated`);
          const v = Number(cd.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (usize === 0xffffffff) usize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      x += 4 + len;
    }
    declaredTotal += usize;
    entries.push({ index: entries.length, name, flags, method, crc, compressedSize, size: usize, localOffset: localOffset + prefix });
    p = end;
  }
  if (entries.length !== count) anomalies.push(`end record announces ${count} member(s), the central directory lists ${entries.length}`);
  if (declaredTotal > limits.maxTotalBytes) {
    anomalies.push(`declared uncompressed total ${declaredTotal} bytes exceeds the limit of ${limits.maxTotalBytes}`);
  }

  // Overlapping member data is how non-recursive zip bombs reuse one deflate stream many times.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    const cur = byOffset[i]!;
    const prevEnd = prev.localOffset + 30 + Buffer.byteLength(prev.name) + prev.compressedSize;
    if (cur.localOffset < prevEnd) {
      anomalies.push(`members "${prev.name}" and "${cur.name}" overlap (data shared between members: a zip-bomb construction)`);
      break;
    }
  }
  for (const en of entries) {
    if (en.localOffset + 30 > size) throw new ZipFormatError(`member "${en.name}" starts past the end of the file`);
  }
  return { entries, prefix, anomalies };
}

function decodeName(bytes: Buffer, flags: number): string {
  if (flags & 0x800) return bytes.toString('utf8');
  // CP437 for the ASCII range is ASCII; other bytes are rare in model archives: decode as latin-1.
  return bytes.toString('latin1');
}

export interface LocalHeader {
  /** Name in the local header (may differ from the central directory). */
  name: string;
  flags: number;
  method: number;
  dataOffset: number;
}

export async function readLocalHeader(fh: FileHandle, entry: ZipEntry, fileSize: number): Promise<LocalHeader> {
  const h = await readAt(fh, entry.localOffset, 30);
  if (h.length < 30 || h.readUInt32LE(0) !== SIG_LOCAL) throw new ZipMemberError(`member "${entry.name}": no local header at offset ${entry.localOffset}`, 'unreadable');
  const nameLen = h.readUInt16LE(26);
  const extraLen = h.readUInt16LE(28);
  const nameBytes = await readAt(fh, entry.localOffset + 30, nameLen);
  const dataOffset = entry.localOffset + 30 + nameLen + extraLen;
  if (dataOffset + entry.compressedSize > fileSize) {
    throw new ZipMemberError(`member "${entry.name}": data runs past the end of the file (truncated archive)`, 'unreadable');
  }
  return { name: decodeName(nameBytes, h.readUInt16LE(6)), flags: h.readUInt16LE(6), method: h.readUInt16LE(8), dataOffset };
}

const READ_CHUNK = 1024 * 1024;

async function* fileRange(fh: FileHandle, start: number, length: number, signal?: AbortSignal): AsyncGenerator<Buffer> {
  let pos = start;
  const end = start + length;
  while (pos < end) {
    checkBudget(signal);
    const n = Math.min(READ_CHUNK, end - pos);
    const buf = await readAt(fh, pos, n);
    if (buf.length === 0) throw new ZipMemberError(`unexpected end of file at offset ${pos}`, 'unreadable');
    pos += buf.length;
    yield buf;
  }
}

/**
 * The uncompressed bytes of a member, in chunks. Stops with ZipMemberError when the data cannot be
 * read (unsupported method, corrupt deflate stream) or a cap is exceeded (ratio, member size,
 * more bytes than declared). Breaking out of the loop releases everything.
 */
export async function* memberChunks(
  fh: FileHandle,
  entry: ZipEntry,
  local: LocalHeader,
  limits: ZipLimits,
  signal?: AbortSignal,
): AsyncGenerator<Buffer> {
  const method = entry.method;
  const cap = Math.min(limits.maxMemberBytes, Math.max(entry.size, 0));
  const ratioCap = Math.max(entry.compressedSize, 1) * limits.maxRatio;
  if (method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipMemberError(`member "${entry.name}": stored but declared sizes differ (${entry.compressedSize} vs ${entry.size})`, 'unreadable');
    if (entry.size > limits.maxMemberBytes) throw new ZipMemberError(`member "${entry.name}" is ${entry.size} bytes, more than the limit of ${limits.maxMemberBytes}`, 'limit');
    yield* fileRange(fh, local.dataOffset, entry.compressedSize, signal);
    return;
  }
  if (method !== 8) throw new ZipMemberError(`member "${entry.name}": compression method ${method} is not supported (only stored and deflate)`, 'unreadable');
  if (entry.size > ratioCap) throw new ZipMemberError(`member "${entry.name}" declares a ${Math.round(entry.size / Math.max(entry.compressedSize, 1))}:1 compression ratio (limit ${limits.maxRatio}:1)`, 'bomb');
  if (entry.size > limits.maxMemberBytes) throw new ZipMemberError(`member "${entry.name}" is ${entry.size} bytes uncompressed, more than the limit of ${limits.maxMemberBytes}`, 'limit');

  const src = Readable.from(fileRange(fh, local.dataOffset, entry.compressedSize, signal), { objectMode: false });
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  src.on('error', (e) => inflate.destroy(e));
  src.pipe(inflate);
  let produced = 0;
  try {
    for await (const out of inflate as AsyncIterable<Buffer>) {
      produced += out.length;
      if (produced > ratioCap) throw new ZipMemberError(`member "${entry.name}" inflates past a ${limits.maxRatio}:1 ratio (zip bomb)`, 'bomb');
      if (produced > cap) {
        throw new ZipMemberError(
          produced > entry.size ? `member "${entry.name}" inflates to more than its declared ${entry.size} bytes` : `member "${entry.name}" exceeds the limit of ${limits.maxMemberBytes} bytes`,
          produced > entry.size ? 'bomb' : 'limit',
        );
      }
      yield out;
    }
  } catch (e) {
    if (e instanceof ZipMemberError) throw e;
    if (signal?.aborted) throw e;
    throw new ZipMemberError(`member "${entry.name}": deflate data cannot be read (${e instanceof Error ? e.message : String(e)})`, 'unreadable');
  } finally {
    src.destroy();
    inflate.destroy();
  }
}

/** A member name that would land outside the extraction folder, or is not a plain relative path. */
export function unsafeMemberName(name: string): string | undefined {
  if (name.includes('\0')) return 'contains a NUL character';
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.split(/[\\/]/).some((s) => s === '..')) return 'contains a ".." component';
  return undefined;
}
