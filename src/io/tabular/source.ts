// Raw bytes of a file or of any byte stream (standard input), gunzipped on the fly, as an async
// iterable that applies backpressure: the next chunk is read only when the consumer asks for it.
import { createReadStream } from 'node:fs';
import type { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { ConfigError, errorMessage } from '../../errors.js';
import { checkBudget } from '../budget.js';

export const READ_CHUNK_BYTES = 1024 * 1024;

export function fileChunks(absPath: string, display: string, gzip: boolean, signal?: AbortSignal): AsyncGenerator<Buffer> {
  return byteChunks(createReadStream(absPath, { highWaterMark: READ_CHUNK_BYTES, signal }), display, gzip, signal);
}

/**
 * The chunks of `source`, gunzipped when `gzip`, with read errors as ConfigError naming `display`.
 * A Readable given here is destroyed when reading stops (end, error or the consumer breaking out).
 */
export async function* byteChunks(source: AsyncIterable<Uint8Array>, display: string, gzip: boolean, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const input = source instanceof Readable ? source : undefined;
  let stream: AsyncIterable<Uint8Array> = source;
  let gunzip: Readable | undefined;
  if (gzip) {
    const from = input ?? Readable.from(source, { objectMode: false });
    const z = createGunzip({ chunkSize: 256 * 1024 });
    from.on('error', (e) => z.destroy(e));
    stream = gunzip = from.pipe(z);
  }
  try {
    for await (const chunk of stream) {
      // A stream that is not a file ignores the signal: check it between chunks.
      checkBudget(signal);
      yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } catch (e) {
    throw readError(e, display, gzip, signal);
  } finally {
    gunzip?.destroy();
    input?.destroy();
  }
}

function readError(e: unknown, display: string, gzip: boolean, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason ?? e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ConfigError('file not found', { file: display });
  if (code === 'EISDIR') return new ConfigError('is a directory, expected a data file', { file: display });
  if (gzip && (code?.startsWith('Z_') || /unexpected end of file|incorrect header/i.test(errorMessage(e)))) {
    return new ConfigError(`not valid gzip data (truncated or corrupt): ${errorMessage(e)}`, { file: display });
  }
  // The system's message names the absolute path (this machine's folders): the code says enough.
  if (code === 'EACCES' || code === 'EPERM') return new ConfigError('cannot read the file: permission denied', { file: display });
  return new ConfigError(`cannot read the file${code ? ` (${code})` : ''}`, { file: display });
}

export type TextEncoding = 'utf8' | 'utf16le' | 'latin1';

/**
 * Bytes are decoded 64 KiB at a time, not a read chunk (1 MiB) at once: decoding 12 MB of JSON Lines,
 * cutting the text into lines and parsing them took 180 ms from 1 MiB strings and 51 ms from 64 KiB
 * ones (decoding alone 84 against 16 ms; from 128 KiB up the cost jumps).
 */
export const DECODE_BYTES = 64 * 1024;

/** The text of `chunk`, decoded by `decoder` (which keeps a character cut at a piece's end) in pieces of DECODE_BYTES. */
export function* decodedPieces(decoder: StringDecoder, chunk: Buffer): Generator<string> {
  for (let at = 0; at < chunk.length; at += DECODE_BYTES) yield decoder.write(chunk.subarray(at, at + DECODE_BYTES));
}

/**
 * Strips a byte-order mark and settles the encoding: a BOM wins over the declared encoding.
 * UTF-16 BE is byte-swapped to LE on the fly (parsers and Buffer know LE only).
 */
export async function* decodeBom(
  chunks: AsyncIterable<Buffer>,
  declared: TextEncoding,
  onEncoding: (e: TextEncoding) => void,
): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  let swap = false;
  let carry: number | undefined;
  for await (const c of chunks) {
    let chunk = c;
    if (head) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 3) continue; // a BOM is at most 3 bytes: wait for them
      chunk = head;
      head = undefined;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        onEncoding('utf8');
        chunk = chunk.subarray(3);
      } else if (chunk[0] === 0xff && chunk[1] === 0xfe) {
        onEncoding('utf16le');
        chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xfe && chunk[1] === 0xff) {
        onEncoding('utf16le');
        swap = true;
        chunk = chunk.subarray(2);
      } else onEncoding(declared);
    }
    if (swap) {
      if (carry !== undefined) chunk = Buffer.concat([Buffer.from([carry]), chunk]);
      carry = chunk.length % 2 === 1 ? chunk[chunk.length - 1] : undefined;
      const even = Buffer.from(chunk.subarray(0, chunk.length - (chunk.length % 2)));
      chunk = even.swap16();
    }
    if (chunk.length > 0) yield chunk;
  }
  if (head) {
    // Fewer than 3 bytes in the whole file.
    if (head[0] === 0xff && head[1] === 0xfe) onEncoding('utf16le');
    else if (head[0] === 0xfe && head[1] === 0xff) onEncoding('utf16le');
    else {
      onEncoding(declared);
      if (head.length > 0) yield head;
    }
  }
}
