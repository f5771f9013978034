// The model's two serialisations, written byte by byte from their documented formats (both are small;
// no writer package is added for them).
//
// safetensors (https://huggingface.co/docs/safetensors): an 8-byte little-endian header length N, N
// bytes of UTF-8 JSON ({name: {dtype, shape, data_offsets: [begin, end]}}, optional __metadata__ string
// map; padded with spaces to a multiple of 8), then the tensors' raw little-endian bytes, back to back.
//
// pickle (Python's pickletools documents every opcode): the "before" state, the same weights as a
// pickle that ALSO imports and calls a callable on load, the shape of the unsafe model files the
// lineage check blocks. Its payload only prints a line, and nothing ever loads it: ModelGate walks the
// opcodes statically and never unpickles.
import type { Model } from './train.js';

const le32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const floats = (a: Float32Array): Buffer => {
  const b = Buffer.alloc(a.length * 4);
  a.forEach((v, i) => b.writeFloatLE(v, i * 4));
  return b;
};

export function safetensors(model: Model, shapes: { weight: number[]; bias: number[] }): Buffer {
  const weight = floats(model.weight);
  const bias = floats(model.bias);
  const header = {
    __metadata__: { format: 'pt' },
    weight: { dtype: 'F32', shape: shapes.weight, data_offsets: [0, weight.length] },
    bias: { dtype: 'F32', shape: shapes.bias, data_offsets: [weight.length, weight.length + bias.length] },
  };
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  return Buffer.concat([length, Buffer.from(json, 'utf8'), weight, bias]);
}

/** The callable the unsafe pickle imports (GLOBAL opcode operands), named in the gate's finding. */
export const PICKLE_GLOBAL = { module: 'builtins', name: 'eval' } as const;
/** What the call would evaluate: harmless, and never run. */
const PAYLOAD = "print('this pickle ran code when it was loaded')";

// Protocol 3 opcodes (pickletools).
const PROTO = 0x80, EMPTY_DICT = 0x7d, MARK = 0x28, BINUNICODE = 0x58, BINBYTES = 0x42, GLOBAL = 0x63, TUPLE1 = 0x85, REDUCE = 0x52, SETITEMS = 0x75, STOP = 0x2e;

const unicode = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([Buffer.of(BINUNICODE), le32(b.length), b]);
};

/** {'weight': bytes, 'bias': bytes, 'config': builtins.eval(PAYLOAD)} as a protocol 3 pickle. */
export function unsafePickle(model: Model): Buffer {
  const bytes = (b: Buffer): Buffer => Buffer.concat([Buffer.of(BINBYTES), le32(b.length), b]);
  return Buffer.concat([
    Buffer.of(PROTO, 3, EMPTY_DICT, MARK),
    unicode('weight'), bytes(floats(model.weight)),
    unicode('bias'), bytes(floats(model.bias)),
    unicode('config'),
    Buffer.of(GLOBAL), Buffer.from(`${PICKLE_GLOBAL.module}\n${PICKLE_GLOBAL.name}\n`, 'ascii'),
    unicode(PAYLOAD), Buffer.of(TUPLE1, REDUCE),
    Buffer.of(SETITEMS, STOP),
  ]);
}
