// safetensors: 8-byte little-endian header length N, N bytes of JSON, then the byte buffer.
// Each tensor: {dtype, shape, data_offsets: [begin, end]} relative to the buffer; the reference
// implementation requires the tensors, sorted by offset, to tile the buffer exactly.
import { jsonSyntaxDetail } from '../../../src/io/json-syntax.js';

/** Bits per element of each dtype the format defines. */
export const SAFETENSORS_DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E4M3FN: 8, F8_E8M0: 8, E8M0: 8,
  I16: 16, U16: 16, F16: 16, BF16: 16,
  I32: 32, U32: 32, F32: 32,
  I64: 64, U64: 64, F64: 64, C64: 64,
  F4: 4, F6_E2M3: 6, F6_E3M2: 6,
};

export interface SafetensorsHeader {
  headerBytes: number;
  tensors: number;
  /** Byte buffer length implied by the file size. */
  bufferBytes: number;
  /** Problems found; each is one finding. */
  problems: string[];
}

/** Throws (with a reason) when the header itself cannot be read; returns the per-tensor problems otherwise. */
export function checkSafetensorsHeader(headerJson: Buffer, fileSize: number): SafetensorsHeader {
  const n = headerJson.length;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerJson);
  } catch {
    throw new Error('header is not valid UTF-8');
  }
  if (!text.startsWith('{')) throw new Error('header does not start with "{"');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`header is not valid JSON (${jsonSyntaxDetail(text)})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('header is not a JSON object');
  const problems: string[] = [];
  const dup = duplicateKey(text);
  if (dup !== undefined) problems.push(`tensor name ${JSON.stringify(dup)} appears twice in the header`);
  const bufferBytes = fileSize - 8 - n;
  const spans: Array<{ name: string; begin: number; end: number }> = [];
  for (const [name, raw] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !Object.values(raw).every((v) => typeof v === 'string')) {
        problems.push('__metadata__ is not an object of strings');
      }
      continue;
    }
    const where = `tensor ${JSON.stringify(name)}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${where}: entry is not an object`);
      continue;
    }
    const t = raw as Record<string, unknown>;
    const extra = Object.keys(t).filter((k) => k !== 'dtype' && k !== 'shape' && k !== 'data_offsets');
    if (extra.length > 0) problems.push(`${where}: unexpected key(s) ${extra.join(', ')}`);
    const bits = typeof t.dtype === 'string' ? SAFETENSORS_DTYPE_BITS[t.dtype] : undefined;
    if (bits === undefined) {
      problems.push(`${where}: unknown dtype ${JSON.stringify(t.dtype)}`);
      continue;
    }
    const shape = t.shape;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
      problems.push(`${where}: shape is not a list of non-negative integers`);
      continue;
    }
    const off = t.data_offsets;
    if (!Array.isArray(off) || off.length !== 2 || !off.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
      problems.push(`${where}: data_offsets is not a pair of non-negative integers`);
      continue;
    }
    const [begin, end] = off as [number, number];
    if (end < begin) {
      problems.push(`${where}: data_offsets end ${end} is before begin ${begin}`);
      continue;
    }
    const numel = (shape as number[]).reduce((a, b) => a * b, 1);
    const totalBits = numel * bits;
    if (!Number.isSafeInteger(totalBits) || totalBits % 8 !== 0) {
      problems.push(`${where}: ${numel} element(s) of ${t.dtype} do not fill whole bytes`);
    } else if (totalBits / 8 !== end - begin) {
      problems.push(`${where}: shape [${(shape as number[]).join(', ')}] of ${t.dtype} needs ${totalBits / 8} bytes, data_offsets span ${end - begin}`);
    }
    if (end > bufferBytes) problems.push(`${where}: data_offsets [${begin}, ${end}] end past the data buffer (${bufferBytes} bytes)`);
    spans.push({ name, begin, end });
  }
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const s of spans) {
    if (s.begin < cursor) problems.push(`tensor ${JSON.stringify(s.name)} overlaps the tensor before it (offset ${s.begin} < ${cursor})`);
    else if (s.begin > cursor) problems.push(`${s.begin - cursor} byte(s) of the data buffer at offset ${cursor} belong to no tensor`);
    cursor = Math.max(cursor, s.end);
  }
  if (spans.length > 0 && cursor < bufferBytes) problems.push(`${bufferBytes - cursor} trailing byte(s) after the last tensor belong to no tensor`);
  return { headerBytes: n, tensors: spans.length, bufferBytes, problems };
}

/** First top-level key that occurs twice (JSON.parse keeps the last one silently). */
function duplicateKey(text: string): string | undefined {
  const seen = new Set<string>();
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1) {
        let k = j + 1;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        if (text[k] === ':') {
          const key = JSON.parse(text.slice(i, j + 1)) as string;
          if (seen.has(key)) return key;
          seen.add(key);
        }
      }
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    i++;
  }
  return undefined;
}
