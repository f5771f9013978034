// Test-time builders: pickles assembled opcode by opcode (nothing is ever unpickled), .npy files,
// safetensors files and minimal ONNX protobufs.

/** A pickle stream written opcode by opcode. */
export class P {
  private parts: Buffer[] = [];

  static of(): P {
    return new P();
  }

  raw(...bytes: Array<number | Buffer | string>): this {
    for (const b of bytes) this.parts.push(typeof b === 'number' ? Buffer.from([b]) : typeof b === 'string' ? Buffer.from(b, 'latin1') : b);
    return this;
  }

  proto(v: number): this {
    return this.raw(0x80, v);
  }
  frame(len: number): this {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(len));
    return this.raw(0x95, b);
  }
  stop(): this {
    return this.raw(0x2e);
  }
  mark(): this {
    return this.raw(0x28);
  }
  pop(): this {
    return this.raw(0x30);
  }
  none(): this {
    return this.raw(0x4e);
  }
  int(n: number): this {
    return this.raw(0x4b, n & 0xff); // BININT1
  }
  intLine(n: number): this {
    return this.raw(`I${n}\n`);
  }
  emptyTuple(): this {
    return this.raw(0x29);
  }
  emptyDict(): this {
    return this.raw(0x7d);
  }
  emptyList(): this {
    return this.raw(0x5d);
  }
  tuple(): this {
    return this.raw(0x74);
  }
  tuple1(): this {
    return this.raw(0x85);
  }
  tuple2(): this {
    return this.raw(0x86);
  }
  reduce(): this {
    return this.raw(0x52);
  }
  build(): this {
    return this.raw(0x62);
  }
  setitem(): this {
    return this.raw(0x73);
  }
  appends(): this {
    return this.raw(0x65);
  }
  newobj(): this {
    return this.raw(0x81);
  }
  newobjEx(): this {
    return this.raw(0x92);
  }
  obj(): this {
    return this.raw(0x6f);
  }
  stackGlobal(): this {
    return this.raw(0x93);
  }
  memoize(): this {
    return this.raw(0x94);
  }
  /** Protocol 0/1 GLOBAL: `c module\n name\n`. */
  global(module: string, name: string): this {
    return this.raw(0x63, Buffer.from(`${module}\n${name}\n`, 'utf8'));
  }
  inst(module: string, name: string): this {
    return this.raw(0x69, Buffer.from(`${module}\n${name}\n`, 'utf8'));
  }
  /** Protocol 0 STRING: a quoted literal line. */
  string(s: string): this {
    return this.raw(`S'${s}'\n`);
  }
  /** Protocol 0 UNICODE (raw-unicode-escape line). */
  unicode(s: string): this {
    return this.raw(0x56, Buffer.from(`${s}\n`, 'latin1'));
  }
  shortBinString(s: string): this {
    return this.raw(0x55, s.length, Buffer.from(s, 'latin1'));
  }
  binUnicode(s: string): this {
    const b = Buffer.from(s, 'utf8');
    const n = Buffer.alloc(4);
    n.writeUInt32LE(b.length);
    return this.raw(0x58, n, b);
  }
  shortBinUnicode(s: string): this {
    const b = Buffer.from(s, 'utf8');
    if (b.length > 255) throw new Error('SHORT_BINUNICODE holds at most 255 bytes');
    return this.raw(0x8c, b.length, b);
  }
  binBytes(len: number, fill = 0xab): this {
    const n = Buffer.alloc(4);
    n.writeUInt32LE(len);
    return this.raw(0x42, n, Buffer.alloc(len, fill));
  }
  bytearray8(len: number): this {
    const n = Buffer.alloc(8);
    n.writeBigUInt64LE(BigInt(len));
    return this.raw(0x96, n, Buffer.alloc(len, 1));
  }
  nextBuffer(): this {
    return this.raw(0x97);
  }
  readonlyBuffer(): this {
    return this.raw(0x98);
  }
  put(i: number): this {
    return this.raw(`p${i}\n`);
  }
  get(i: number): this {
    return this.raw(`g${i}\n`);
  }
  binput(i: number): this {
    return this.raw(0x71, i);
  }
  binget(i: number): this {
    return this.raw(0x68, i);
  }
  longBinget(i: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(i);
    return this.raw(0x6a, b);
  }
  longBinput(i: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(i);
    return this.raw(0x72, b);
  }
  ext1(code: number): this {
    return this.raw(0x82, code);
  }
  /** `pickle.dumps(module.name(arg))`-shaped: import, one string argument, REDUCE, STOP (protocol 4). */
  static call(module: string, name: string, arg = 'x', protocol = 4): Buffer {
    const p = P.of();
    if (protocol >= 2) p.proto(protocol);
    if (protocol >= 4) p.shortBinUnicode(module).memoize().shortBinUnicode(name).memoize().stackGlobal().memoize();
    else p.global(module, name);
    if (protocol >= 4 && arg.length <= 255) p.shortBinUnicode(arg).memoize().tuple1().memoize();
    else if (protocol >= 2) p.binUnicode(arg).tuple1();
    else p.mark().string(arg).tuple();
    return p.reduce().stop().bytes();
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** A .npy file (format 1.0): header dict literal padded to a multiple of 64, then `data`. */
export function npy(descr: string, shape: number[], data: Buffer, version = 1): Buffer {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': ${descr.startsWith('[') ? descr : `'${descr}'`}, 'fortran_order': False, 'shape': ${shapeText}, }`;
  const pre = version === 1 ? 10 : 12;
  const total = Math.ceil((pre + header.length + 1) / 64) * 64;
  header = header.padEnd(total - pre - 1, ' ') + '\n';
  const len = Buffer.alloc(version === 1 ? 2 : 4);
  if (version === 1) len.writeUInt16LE(header.length);
  else len.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from([0x93]), Buffer.from('NUMPY', 'latin1'), Buffer.from([version, 0]), len, Buffer.from(header, 'latin1'), data]);
}

/** A safetensors file from a header object and a data buffer. */
export function safetensors(header: unknown, data: Buffer, rawHeader?: string): Buffer {
  const json = Buffer.from(rawHeader ?? JSON.stringify(header), 'utf8');
  const n = Buffer.alloc(8);
  n.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([n, json, data]);
}

// Minimal protobuf writer for ONNX tests.
function varint(n: number): Buffer {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}
export const pb = {
  varint: (no: number, v: number): Buffer => Buffer.concat([varint(no * 8), varint(v)]),
  bytes: (no: number, payload: Buffer | string): Buffer => {
    const b = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    return Buffer.concat([varint(no * 8 + 2), varint(b.length), b]);
  },
};

/** ONNX TensorProto with external data. */
export function onnxExternalTensor(name: string, entries: Record<string, string>): Buffer {
  return Buffer.concat([
    pb.varint(1, 4), // dims
    pb.varint(2, 1), // FLOAT
    pb.bytes(8, name),
    ...Object.entries(entries).map(([k, v]) => pb.bytes(13, Buffer.concat([pb.bytes(1, k), pb.bytes(2, v)]))),
    pb.varint(14, 1), // EXTERNAL
  ]);
}

/** ONNX ModelProto with the given initializers in its graph (and optionally in an If node's subgraph). */
export function onnxModel(initializers: Buffer[], subgraphInitializers: Buffer[] = []): Buffer {
  const sub = Buffer.concat(subgraphInitializers.map((t) => pb.bytes(5, t)));
  const node = subgraphInitializers.length > 0 ? [pb.bytes(1, Buffer.concat([pb.bytes(4, 'If'), pb.bytes(5, Buffer.concat([pb.bytes(1, 'then_branch'), pb.bytes(6, sub)]))]))] : [];
  const graph = Buffer.concat([...node, pb.bytes(2, 'g'), ...initializers.map((t) => pb.bytes(5, t))]);
  return Buffer.concat([pb.varint(1, 8), pb.bytes(2, 'test'), pb.bytes(7, graph)]);
}
