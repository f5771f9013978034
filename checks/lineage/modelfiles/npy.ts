// NumPy .npy header: magic, version, a Python dict literal {'descr', 'fortran_order', 'shape'}.
// An object dtype ('|O', or a structured dtype with an 'O' field) means the data is a pickle.

export const NPY_MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]); // \x93NUMPY

export interface NpyHeader {
  version: string;
  /** Bytes before the array data (magic, version, length, header). */
  dataOffset: number;
  descr: PyValue;
  fortranOrder: boolean;
  shape: number[];
  /** True when the dtype holds Python objects: the data is a pickle stream. */
  objects: boolean;
  /** Bytes of array data implied by dtype and shape, when the dtype is simple enough to size. */
  expectedBytes?: number;
}

export type PyValue = string | number | boolean | null | PyValue[] | { [k: string]: PyValue };

export class NpyError extends Error {}

/** Bytes needed to know the header length. */
export const NPY_PREAMBLE = 12;

/** Total header length (data offset) from the first bytes, or throws NpyError. */
export function npyDataOffset(head: Buffer, maxHeaderBytes: number): number {
  if (head.length < 10 || !head.subarray(0, 6).equals(NPY_MAGIC)) throw new NpyError('not a .npy file (magic \\x93NUMPY missing)');
  const major = head[6]!;
  if (major === 1) return 10 + head.readUInt16LE(8);
  if (major === 2 || major === 3) {
    if (head.length < 12) throw new NpyError('header truncated');
    const n = head.readUInt32LE(8);
    if (n > maxHeaderBytes) throw new NpyError(`header of ${n} bytes is larger than the limit of ${maxHeaderBytes}`);
    return 12 + n;
  }
  throw new NpyError(`unsupported .npy format version ${major}.${head[7]}`);
}

export function parseNpyHeader(bytes: Buffer): NpyHeader {
  const dataOffset = npyDataOffset(bytes, Number.MAX_SAFE_INTEGER);
  if (bytes.length < dataOffset) throw new NpyError('header truncated');
  const major = bytes[6]!;
  const start = major === 1 ? 10 : 12;
  const text = bytes.toString(major === 3 ? 'utf8' : 'latin1', start, dataOffset);
  let dict: PyValue;
  try {
    dict = new PyLiteral(text).parse();
  } catch (e) {
    throw new NpyError(`header is not a Python literal: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (dict === null || typeof dict !== 'object' || Array.isArray(dict)) throw new NpyError('header is not a dict');
  const { descr, fortran_order: fo, shape } = dict;
  if (descr === undefined) throw new NpyError("header has no 'descr'");
  if (typeof fo !== 'boolean') throw new NpyError("header 'fortran_order' is not a bool");
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)) {
    throw new NpyError("header 'shape' is not a tuple of non-negative integers");
  }
  const dims = shape as number[];
  const objects = hasObjects(descr);
  const item = objects ? undefined : itemSize(descr);
  const count = dims.reduce((a, b) => a * b, 1);
  const expectedBytes = item !== undefined && Number.isSafeInteger(count * item) ? count * item : undefined;
  return { version: `${major}.${bytes[7]}`, dataOffset, descr, fortranOrder: fo, shape: dims, objects, ...(expectedBytes !== undefined ? { expectedBytes } : {}) };
}

function hasObjects(d: PyValue): boolean {
  if (typeof d === 'string') return /^[|<>=]?O\d*$/.test(d);
  if (Array.isArray(d)) return d.some((f) => (Array.isArray(f) ? f.slice(1, 2).some(hasObjects) : hasObjects(f)));
  if (d !== null && typeof d === 'object') return Object.values(d).some(hasObjects);
  return false;
}

function itemSize(d: PyValue): number | undefined {
  if (typeof d !== 'string') return undefined;
  const m = /^[|<>=]?([biufcSUVmMa?])(\d*)(\[[a-zA-Z0-9]+\])?$/.exec(d);
  if (!m) return undefined;
  const n = m[2] === '' ? undefined : Number(m[2]);
  switch (m[1]) {
    case '?':
      return 1;
    case 'U':
      return n === undefined ? undefined : n * 4;
    default:
      return n;
  }
}

/** A parser for the Python literals numpy writes: dicts, tuples, lists, strings, ints, True/False/None. */
class PyLiteral {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): PyValue {
    const v = this.value();
    this.ws();
    if (this.i !== this.s.length) throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
    return v;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private value(): PyValue {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.dict();
    if (c === '(' || c === '[') return this.seq(c === '(' ? ')' : ']');
    if (c === "'" || c === '"') return this.str();
    const m = /^(-?\d+L?|True|False|None)/.exec(this.s.slice(this.i, this.i + 32));
    if (!m) throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
    this.i += m[0].length;
    if (m[0] === 'True') return true;
    if (m[0] === 'False') return false;
    if (m[0] === 'None') return null;
    return Number.parseInt(m[0], 10);
  }

  private str(): string {
    const q = this.s[this.i++]!;
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== q) {
      if (this.s[this.i] === '\\') this.i++;
      out += this.s[this.i++] ?? '';
    }
    if (this.s[this.i] !== q) throw new Error('unterminated string');
    this.i++;
    return out;
  }

  private seq(close: string): PyValue[] {
    this.i++;
    const out: PyValue[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.i] === close) {
        this.i++;
        return out;
      }
      out.push(this.value());
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== close) throw new Error(`expected "," or "${close}"`);
    }
  }

  private dict(): { [k: string]: PyValue } {
    this.i++;
    const out: { [k: string]: PyValue } = Object.create(null) as { [k: string]: PyValue };
    for (;;) {
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      const k = this.value();
      if (typeof k !== 'string') throw new Error('dict key is not a string');
      this.ws();
      if (this.s[this.i++] !== ':') throw new Error('expected ":"');
      out[k] = this.value();
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') throw new Error('expected "," or "}"');
    }
  }
}
