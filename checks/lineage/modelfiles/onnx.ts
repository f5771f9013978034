// ONNX: a minimal protobuf walk of ModelProto that only collects the external-data references of
// tensors (TensorProto.external_data "location", "offset", "length"), reading the file through a
// window so that a 2 GiB model with embedded weights is never loaded whole. Field numbers from onnx.proto3.
import type { FileHandle } from 'node:fs/promises';
import { checkBudget } from '../../../src/io/budget.js';

export interface ExternalRef {
  tensor: string;
  location: string;
  offset?: number;
  length?: number;
  /** Byte offset of the TensorProto in the model file. */
  at: number;
}

export interface OnnxInfo {
  irVersion?: number;
  refs: ExternalRef[];
  tensors: number;
}

export class OnnxError extends Error {}

const WINDOW = 4 * 1024 * 1024;

class Window {
  private start = 0;
  private buf = Buffer.alloc(0);
  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  /** Makes bytes [pos, pos + n) (clamped to the file) available; returns the window and its start. */
  async at(pos: number, n: number): Promise<[Buffer, number]> {
    if (pos >= this.start && pos + n <= this.start + this.buf.length) return [this.buf, this.start];
    const len = Math.min(Math.max(n, WINDOW), this.size - pos);
    const buf = Buffer.alloc(Math.max(len, 0));
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await this.fh.read(buf, got, buf.length - got, pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.buf = buf.subarray(0, got);
    this.start = pos;
    return [this.buf, this.start];
  }
}

interface Field {
  no: number;
  wire: number;
  /** Varint value (wire 0). */
  value: number;
  /** Payload position for length-delimited fields (wire 2). */
  start: number;
  end: number;
}

function varint(buf: Buffer, i: number, at: number): [number, number] {
  let result = 0;
  let mul = 1;
  for (let k = 0; k < 10; k++) {
    if (i >= buf.length) throw new OnnxError(`truncated varint at offset ${at}`);
    const b = buf[i++]!;
    result += (b & 0x7f) * mul;
    mul *= 128;
    if ((b & 0x80) === 0) return [result, i];
  }
  throw new OnnxError(`varint longer than 10 bytes at offset ${at}`);
}

/** Iterates the fields of the message at [start, end). */
async function* fields(w: Window, start: number, end: number, signal?: AbortSignal): AsyncGenerator<Field> {
  let p = start;
  let n = 0;
  while (p < end) {
    if ((++n & 0xfff) === 0) checkBudget(signal);
    const [buf, base] = await w.at(p, 20);
    const [tag, afterTag] = varint(buf, p - base, p);
    let i = afterTag;
    const no = Math.floor(tag / 8);
    const wire = tag & 7;
    if (no === 0) throw new OnnxError(`field number 0 at offset ${p}`);
    let f: Field;
    if (wire === 0) {
      let v: number;
      [v, i] = varint(buf, i, p);
      f = { no, wire, value: v, start: 0, end: 0 };
      p = base + i;
    } else if (wire === 1 || wire === 5) {
      f = { no, wire, value: 0, start: 0, end: 0 };
      p = base + i + (wire === 1 ? 8 : 4);
    } else if (wire === 2) {
      let len: number;
      [len, i] = varint(buf, i, p);
      const s = base + i;
      if (s + len > end) throw new OnnxError(`field ${no} at offset ${p} runs past the end of its message (${s + len} > ${end})`);
      f = { no, wire, value: len, start: s, end: s + len };
      p = s + len;
    } else {
      throw new OnnxError(`unsupported protobuf wire type ${wire} at offset ${p}`);
    }
    if (p > end) throw new OnnxError(`field ${no} at offset ${p} runs past the end of its message`);
    yield f;
  }
}

async function text(w: Window, f: Field, max = 64 * 1024): Promise<string> {
  const len = Math.min(f.end - f.start, max);
  const [buf, base] = await w.at(f.start, len);
  return buf.toString('utf8', f.start - base, f.start - base + len);
}

export async function readOnnxExternalRefs(fh: FileHandle, size: number, signal?: AbortSignal): Promise<OnnxInfo> {
  const w = new Window(fh, size);
  const info: OnnxInfo = { refs: [], tensors: 0 };
  let sawGraph = false;
  const depthCap = 64;

  const tensor = async (s: number, e: number): Promise<void> => {
    info.tensors++;
    let name = '';
    let location: string | undefined;
    let external = false;
    let offset: number | undefined;
    let length: number | undefined;
    for await (const f of fields(w, s, e, signal)) {
      if (f.no === 8 && f.wire === 2) name = await text(w, f);
      else if (f.no === 14 && f.wire === 0) external = f.value === 1;
      else if (f.no === 13 && f.wire === 2) {
        let key = '';
        let value = '';
        for await (const g of fields(w, f.start, f.end, signal)) {
          if (g.no === 1 && g.wire === 2) key = await text(w, g);
          else if (g.no === 2 && g.wire === 2) value = await text(w, g);
        }
        if (key === 'location') location = value;
        else if (key === 'offset') offset = Number(value);
        else if (key === 'length') length = Number(value);
      }
    }
    if (external || location !== undefined) {
      info.refs.push({ tensor: name, location: location ?? '', at: s, ...(offset !== undefined ? { offset } : {}), ...(length !== undefined ? { length } : {}) });
    }
  };
  const sparse = async (s: number, e: number): Promise<void> => {
    for await (const f of fields(w, s, e, signal)) if ((f.no === 1 || f.no === 2) && f.wire === 2) await tensor(f.start, f.end);
  };
  const graph = async (s: number, e: number, depth: number): Promise<void> => {
    if (depth > depthCap) throw new OnnxError(`subgraphs nested deeper than ${depthCap}`);
    sawGraph = true;
    for await (const f of fields(w, s, e, signal)) {
      if (f.wire !== 2) continue;
      if (f.no === 5) await tensor(f.start, f.end);
      else if (f.no === 15) await sparse(f.start, f.end);
      else if (f.no === 1) await node(f.start, f.end, depth);
    }
  };
  const node = async (s: number, e: number, depth: number): Promise<void> => {
    for await (const f of fields(w, s, e, signal)) if (f.no === 5 && f.wire === 2) await attribute(f.start, f.end, depth);
  };
  const attribute = async (s: number, e: number, depth: number): Promise<void> => {
    for await (const f of fields(w, s, e, signal)) {
      if (f.wire !== 2) continue;
      if (f.no === 5 || f.no === 10) await tensor(f.start, f.end);
      else if (f.no === 6 || f.no === 11) await graph(f.start, f.end, depth + 1);
      else if (f.no === 22 || f.no === 23) await sparse(f.start, f.end);
    }
  };
  for await (const f of fields(w, 0, size, signal)) {
    if (f.no === 1 && f.wire === 0) info.irVersion = f.value;
    else if (f.no === 7 && f.wire === 2) await graph(f.start, f.end, 0);
    else if (f.no === 20 && f.wire === 2) {
      // TrainingInfoProto: initialization (1) and algorithm (2) graphs
      for await (const g of fields(w, f.start, f.end, signal)) if ((g.no === 1 || g.no === 2) && g.wire === 2) await graph(g.start, g.end, 1);
    } else if (f.no === 25 && f.wire === 2) {
      // FunctionProto: nodes (7)
      for await (const g of fields(w, f.start, f.end, signal)) if (g.no === 7 && g.wire === 2) await node(g.start, g.end, 1);
    }
  }
  if (info.irVersion === undefined && !sawGraph) throw new OnnxError('no ir_version and no graph: not an ONNX model');
  return info;
}
