// Static pickle opcode walker: simulates the unpickler's stack and memo without executing anything,
// so that the globals a stream imports (GLOBAL, INST, STACK_GLOBAL, EXT*) and how they are used
// (REDUCE, OBJ, INST, NEWOBJ, NEWOBJ_EX, BUILD) are known. Protocols 0 to 5, several pickles in one
// stream, fed in chunks: memory stays flat (large byte strings are skipped, never buffered).
import { checkBudget } from '../../../src/io/budget.js';

/** Caps of one walk; every one of them is a finding when reached (the scan is then incomplete). */
export interface PickleLimits {
  /** Bytes walked in one stream. */
  maxStreamBytes: number;
  /** Pickles (STOP-terminated) in one stream. */
  maxPickles: number;
  /** Memo entries. */
  maxMemo: number;
  /** Stack depth (values plus marks). */
  maxStack: number;
  /** Longest text line (protocol 0 operands). */
  maxLineBytes: number;
  /** Strings longer than this are not kept (they cannot be module or attribute names we resolve). */
  maxNameBytes: number;
  /** Distinct globals recorded. */
  maxGlobals: number;
}

export const DEFAULT_PICKLE_LIMITS: PickleLimits = {
  maxStreamBytes: 16 * 1024 ** 3,
  maxPickles: 4096,
  maxMemo: 1 << 26,
  maxStack: 1 << 24,
  maxLineBytes: 64 * 1024,
  maxNameBytes: 1024,
  maxGlobals: 10_000,
};

/** How an imported global was used. */
export type GlobalUse = 'REDUCE' | 'OBJ' | 'INST' | 'NEWOBJ' | 'NEWOBJ_EX' | 'BUILD';

export interface GlobalRecord {
  /** `module.name`; for an operand that cannot be resolved, `?` (see `unresolved`). */
  module: string;
  name: string;
  /** Why the global could not be resolved statically (it is then treated as dangerous). */
  unresolved?: string;
  opcode: string;
  count: number;
  /** Offset of the first import, in the stream. */
  offset: number;
  uses: Set<GlobalUse>;
  /** BUILD applied to the imported object itself: its attributes are overwritten (module or class patching). */
  mutatedAt?: number;
  /** Index of the pickle (0-based) in the stream where it was first imported. */
  pickle: number;
}

export interface WalkError {
  offset: number;
  message: string;
  /** A cap was reached (the rest of the stream is not scanned), as opposed to a malformed stream. */
  limit?: boolean;
}

export interface WalkResult {
  /** Complete pickles (ended by STOP). */
  pickles: number;
  /** Highest PROTO seen (0 when none). */
  protocol: number;
  bytes: number;
  /** Opcodes walked. */
  ops: number;
  globals: GlobalRecord[];
  /** The first structural error or cap that stopped the walk; undefined when the stream walked clean. */
  error?: WalkError;
  /** Where the error is in relation to the pickles: inside the first one, or after at least one complete pickle. */
  errorInFirstPickle: boolean;
  /** Legacy torch: the bytes after the pickles are tensor storage, not pickles (not walked). */
  trailingData?: { offset: number; bytes: number };
  /** Offset of the legacy torch magic-number pickle, when seen. */
  torchMagicAt?: number;
}

export interface WalkerOptions {
  limits?: Partial<PickleLimits>;
  /**
   * Legacy (non-zip) torch.save layout: five pickles after the magic-number pickle (magic, protocol,
   * sys_info, object, storage keys), then raw storage bytes. When set, the bytes after the fifth are
   * counted as tensor data instead of being walked as another pickle.
   */
  legacyTorch?: boolean;
  /** The check's budget: a walk over one chunk is synchronous, so it looks at the clock itself. */
  signal?: AbortSignal;
}

// Stack values. Everything the walker does not need to know is OPAQUE.
interface Opaque { k: 0 }
interface Str { k: 1; s: string }
interface Glob { k: 2; rec: GlobalRecord }
/** A string we did not keep (too long or not decodable): never a resolvable name. */
interface BadStr { k: 3 }
type Value = Opaque | Str | Glob | BadStr;
const OPAQUE: Opaque = { k: 0 };
const BADSTR: BadStr = { k: 3 };

/** The torch legacy magic number 0x1950a86a20f9469cfc6c as a LONG1 operand (little-endian two's complement). */
const TORCH_MAGIC = [0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];

class WalkFailure extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly limit = false,
  ) {
    super(message);
  }
}

/** Thrown internally when the buffered bytes do not hold the whole opcode: wait for the next chunk. */
const NEED_MORE = Symbol('need more');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Feed bytes with `write`, then call `end`. The walker never throws on bad input: structural
 * errors and caps end the walk and are reported in the result.
 */
export class PickleWalker {
  private readonly lim: PickleLimits;
  private readonly legacyTorch: boolean;
  private readonly signal: AbortSignal | undefined;
  private buf: Buffer = Buffer.alloc(0);
  /** Stream offset of buf[0]. */
  private base = 0;
  /** Position after the operand read by lengthOperand. */
  private next = 0;
  /** Bytes still to skip (the tail of a long operand we do not keep). */
  private skip = 0;
  private done = false;
  private inPickle = false;

  private stack: Value[] = [];
  private marks: number[] = [];
  /** Dense memo for keys below this array's length; sparse keys in `memoSparse`. */
  private memo: Array<Value | undefined> = [];
  private memoSparse = new Map<number, Value>();
  private memoSize = 0;

  private readonly globals = new Map<string, GlobalRecord>();
  private pickles = 0;
  private protocol = 0;
  private ops = 0;
  private total = 0;
  private error: WalkError | undefined;
  private errorInFirstPickle = false;
  private trailing: { offset: number; bytes: number } | undefined;
  private magicPickle = -1;
  private magicAt: number | undefined;
  private pickleHasOnlyMagic = false;

  constructor(opts: WalkerOptions = {}) {
    this.lim = { ...DEFAULT_PICKLE_LIMITS, ...opts.limits };
    this.legacyTorch = opts.legacyTorch ?? false;
    this.signal = opts.signal;
  }

  /** True once the walk stopped (error, cap, or legacy tensor data reached): further bytes are only counted. */
  get finished(): boolean {
    return this.done;
  }

  write(chunk: Uint8Array): void {
    this.total += chunk.length;
    if (this.done) {
      if (this.trailing) this.trailing.bytes += chunk.length;
      return;
    }
    if (this.total > this.lim.maxStreamBytes) {
      this.fail(new WalkFailure(this.total - chunk.length, `stream larger than ${this.lim.maxStreamBytes} bytes: not scanned further`, true));
      return;
    }
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.skip > 0) {
      const n = Math.min(this.skip, data.length);
      this.skip -= n;
      this.base += n;
      data = data.subarray(n);
      if (data.length === 0) return;
    }
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
    this.run();
  }

  end(): WalkResult {
    if (!this.done) {
      if (this.skip > 0) {
        this.fail(new WalkFailure(this.base, `truncated: ${this.skip} byte(s) of an operand missing at the end of the stream`));
      } else if (this.buf.length > 0 || (this.inPickle && this.error === undefined)) {
        this.fail(new WalkFailure(this.base, this.inPickle ? 'truncated: the stream ends inside a pickle (no STOP)' : 'truncated'));
      } else if (this.pickles === 0) {
        this.fail(new WalkFailure(0, 'empty stream: no pickle'));
      }
    }
    this.done = true;
    return {
      pickles: this.pickles,
      protocol: this.protocol,
      bytes: this.total,
      ops: this.ops,
      globals: [...this.globals.values()],
      error: this.error,
      errorInFirstPickle: this.errorInFirstPickle,
      trailingData: this.trailing,
      torchMagicAt: this.magicAt,
    };
  }

  private fail(f: WalkFailure): void {
    if (this.error === undefined) {
      this.error = { offset: f.offset, message: f.message, ...(f.limit ? { limit: true } : {}) };
      this.errorInFirstPickle = this.pickles === 0;
    }
    this.done = true;
    this.buf = Buffer.alloc(0);
  }

  private run(): void {
    const buf = this.buf;
    let pos = 0;
    try {
      while (pos < buf.length) {
        const next = this.step(buf, pos);
        pos = next;
        if (this.done) return;
        if (this.skip > 0) {
          // The operand's tail lies beyond this chunk; the rest of buf is part of it.
          pos = buf.length;
          break;
        }
      }
    } catch (e) {
      if (e === NEED_MORE) {
        this.base += pos;
        this.buf = Buffer.from(buf.subarray(pos)); // small: a line or an operand header at most
        return;
      }
      if (e instanceof WalkFailure) {
        this.fail(e);
        return;
      }
      throw e;
    }
    this.base += pos;
    this.buf = Buffer.alloc(0);
  }

  // ---- stack helpers -------------------------------------------------------------------------

  private push(v: Value, at: number): void {
    if (this.stack.length + this.marks.length >= this.lim.maxStack) throw new WalkFailure(at, `stack deeper than ${this.lim.maxStack}: not scanned further`, true);
    this.stack.push(v);
  }

  private pop(at: number, op: string): Value {
    const floor = this.marks.length > 0 ? this.marks[this.marks.length - 1]! : 0;
    if (this.stack.length <= floor) throw new WalkFailure(at, `${op} on an empty stack (the unpickler stops here)`);
    return this.stack.pop()!;
  }

  private top(at: number, op: string): Value {
    const floor = this.marks.length > 0 ? this.marks[this.marks.length - 1]! : 0;
    if (this.stack.length <= floor) throw new WalkFailure(at, `${op} on an empty stack (the unpickler stops here)`);
    return this.stack[this.stack.length - 1]!;
  }

  /** Removes the values above the topmost mark and the mark; returns the first of them (or undefined). */
  private popMark(at: number, op: string): Value | undefined {
    const m = this.marks.pop();
    if (m === undefined) throw new WalkFailure(at, `${op} without a MARK (the unpickler stops here)`);
    const first = this.stack[m];
    this.stack.length = m;
    return first;
  }

  private memoPut(key: number, v: Value, at: number): void {
    if (!Number.isSafeInteger(key) || key < 0) throw new WalkFailure(at, `invalid memo key ${key}`);
    const dense = key < this.memo.length + 1024 && key < this.lim.maxMemo;
    if (dense) {
      while (this.memo.length <= key) this.memo.push(undefined);
      if (this.memo[key] === undefined && (this.memoSparse.size === 0 || !this.memoSparse.has(key))) this.memoSize++;
      this.memo[key] = v;
    } else {
      if (!this.memoSparse.has(key) && this.memo[key] === undefined) this.memoSize++;
      this.memoSparse.set(key, v);
    }
    if (this.memoSize > this.lim.maxMemo) throw new WalkFailure(at, `more than ${this.lim.maxMemo} memo entries: not scanned further`, true);
  }

  private memoGet(key: number, at: number): Value {
    const v = key < this.memo.length ? this.memo[key] : this.memoSparse.get(key);
    if (v === undefined) throw new WalkFailure(at, `memo key ${key} was never stored (the unpickler stops here)`);
    return v;
  }

  private importGlobal(module: string, name: string, opcode: string, at: number, unresolved?: string): GlobalRecord {
    const key = unresolved === undefined ? `${module}\0${name}` : `?\0${at}`;
    let rec = this.globals.get(key);
    if (rec) {
      rec.count++;
      return rec;
    }
    if (this.globals.size >= this.lim.maxGlobals) throw new WalkFailure(at, `more than ${this.lim.maxGlobals} distinct globals: not scanned further`, true);
    rec = { module, name, opcode, count: 1, offset: at, uses: new Set(), pickle: this.pickles, ...(unresolved !== undefined ? { unresolved } : {}) };
    this.globals.set(key, rec);
    return rec;
  }

  private use(v: Value, how: GlobalUse, at: number): void {
    if (v.k === 2) {
      v.rec.uses.add(how);
      if (how === 'BUILD' && v.rec.mutatedAt === undefined) v.rec.mutatedAt = at;
    }
  }

  // ---- operand readers -----------------------------------------------------------------------

  /** End (exclusive, after the newline) of the text line starting at `p`. */
  private lineEnd(buf: Buffer, p: number, at: number): number {
    const limit = Math.min(buf.length, p + this.lim.maxLineBytes + 1);
    const nl = buf.indexOf(0x0a, p);
    if (nl !== -1 && nl < limit) return nl + 1;
    if (buf.length - p > this.lim.maxLineBytes) throw new WalkFailure(at, `text operand longer than ${this.lim.maxLineBytes} bytes`, true);
    throw NEED_MORE;
  }

  private need(buf: Buffer, p: number, n: number): void {
    if (buf.length - p < n) throw NEED_MORE;
  }

  /** A length-prefixed string or bytes operand at `p` of `len` bytes; long ones are skipped. */
  private lengthOperand(buf: Buffer, p: number, len: number, at: number, text: 'utf8' | 'latin1' | null): Value {
    if (len < 0) throw new WalkFailure(at, `negative operand length ${len}`);
    const avail = buf.length - p;
    if (text === null || len > this.lim.maxNameBytes) {
      if (len <= avail) {
        this.next = p + len;
      } else {
        // Skip the tail without buffering it: the rest of this chunk belongs to the operand.
        this.skip = len - avail;
        this.next = buf.length;
      }
      return text === null ? OPAQUE : BADSTR;
    }
    if (len > avail) throw NEED_MORE;
    this.next = p + len;
    if (text === 'latin1') return { k: 1, s: buf.toString('latin1', p, p + len) };
    // Non-fatal decode is native and fast; a replacement character means the bytes were not UTF-8
    // (Python's unpickler would stop), and such a string is never a resolvable name.
    const str = buf.toString('utf8', p, p + len);
    return str.includes('\uFFFD') ? BADSTR : { k: 1, s: str };
  }

  private lineText(buf: Buffer, p: number, end: number): string {
    return buf.toString('latin1', p, end - 1).replace(/\r$/, '');
  }

  private decimal(buf: Buffer, p: number, end: number, at: number, op: string): number {
    const t = this.lineText(buf, p, end).trim();
    if (!/^-?\d+L?$/.test(t)) throw new WalkFailure(at, `${op}: invalid decimal ${JSON.stringify(t.slice(0, 40))}`);
    return Number.parseInt(t, 10);
  }

  /** GLOBAL / INST operands: two lines, UTF-8 (Python 3 decodes them so; invalid bytes stop the unpickler). */
  private twoLines(buf: Buffer, p: number, at: number, op: string): [string, string, number] {
    const e1 = this.lineEnd(buf, p, at);
    const e2 = this.lineEnd(buf, e1, at);
    let module: string;
    let name: string;
    try {
      module = utf8.decode(buf.subarray(p, e1 - 1));
      name = utf8.decode(buf.subarray(e1, e2 - 1));
    } catch {
      throw new WalkFailure(at, `${op}: module or name is not valid UTF-8 (the unpickler stops here)`);
    }
    return [module, name, e2];
  }

  // ---- one opcode ----------------------------------------------------------------------------

  /** Walks the opcode at `pos`; returns the position after it. Throws NEED_MORE or WalkFailure. */
  private step(buf: Buffer, pos: number): number {
    const at = this.base + pos;
    const op = buf[pos]!;
    let p = pos + 1;
    if (!this.inPickle) {
      if (this.pickles >= this.lim.maxPickles) throw new WalkFailure(at, `more than ${this.lim.maxPickles} pickles in one stream: not scanned further`, true);
      this.inPickle = true;
      this.pickleHasOnlyMagic = true;
    }
    if ((++this.ops & 0xfff) === 0) checkBudget(this.signal);
    switch (op) {
      case 0x28: // MARK
        if (this.stack.length + this.marks.length >= this.lim.maxStack) throw new WalkFailure(at, `stack deeper than ${this.lim.maxStack}`, true);
        this.marks.push(this.stack.length);
        break;
      case 0x2e: // STOP
        this.pop(at, 'STOP');
        this.endPickle(at + 1);
        break;
      case 0x30: // POP
        if (this.stack.length > (this.marks.at(-1) ?? 0)) this.stack.pop();
        else this.popMark(at, 'POP');
        break;
      case 0x31: // POP_MARK
        this.popMark(at, 'POP_MARK');
        break;
      case 0x32: // DUP
        this.push(this.top(at, 'DUP'), at);
        break;
      case 0x46: // FLOAT
      case 0x49: // INT
      case 0x4c: // LONG
        p = this.lineEnd(buf, p, at);
        this.push(OPAQUE, at);
        break;
      case 0x4a: // BININT
        this.need(buf, p, 4);
        p += 4;
        this.push(OPAQUE, at);
        break;
      case 0x4b: // BININT1
        this.need(buf, p, 1);
        p += 1;
        this.push(OPAQUE, at);
        break;
      case 0x4d: // BININT2
        this.need(buf, p, 2);
        p += 2;
        this.push(OPAQUE, at);
        break;
      case 0x47: // BINFLOAT
        this.need(buf, p, 8);
        p += 8;
        this.push(OPAQUE, at);
        break;
      case 0x4e: // NONE
      case 0x88: // NEWTRUE
      case 0x89: // NEWFALSE
      case 0x29: // EMPTY_TUPLE
      case 0x5d: // EMPTY_LIST
      case 0x7d: // EMPTY_DICT
      case 0x8f: // EMPTY_SET
        this.push(OPAQUE, at);
        break;
      case 0x50: // PERSID
        p = this.lineEnd(buf, p, at);
        this.push(OPAQUE, at);
        break;
      case 0x51: // BINPERSID
        this.pop(at, 'BINPERSID');
        this.push(OPAQUE, at);
        break;
      case 0x52: {
        // REDUCE
        this.pop(at, 'REDUCE');
        this.use(this.pop(at, 'REDUCE'), 'REDUCE', at);
        this.push(OPAQUE, at);
        break;
      }
      case 0x53: {
        // STRING: a quoted Python literal
        const end = this.lineEnd(buf, p, at);
        this.push(pyStringLiteral(this.lineText(buf, p, end)), at);
        p = end;
        break;
      }
      case 0x54: {
        // BINSTRING
        this.need(buf, p, 4);
        this.push(this.lengthOperand(buf, p + 4, buf.readInt32LE(p), at, 'latin1'), at);
        p = this.next;
        break;
      }
      case 0x55: {
        // SHORT_BINSTRING
        this.need(buf, p, 1);
        this.push(this.lengthOperand(buf, p + 1, buf[p]!, at, 'latin1'), at);
        p = this.next;
        break;
      }
      case 0x56: {
        // UNICODE: raw-unicode-escape text line
        const end = this.lineEnd(buf, p, at);
        this.push(rawUnicodeEscape(buf.subarray(p, end - 1), this.lim.maxNameBytes), at);
        p = end;
        break;
      }
      case 0x58: {
        // BINUNICODE
        this.need(buf, p, 4);
        this.push(this.lengthOperand(buf, p + 4, buf.readUInt32LE(p), at, 'utf8'), at);
        p = this.next;
        break;
      }
      case 0x8c: {
        // SHORT_BINUNICODE
        this.need(buf, p, 1);
        this.push(this.lengthOperand(buf, p + 1, buf[p]!, at, 'utf8'), at);
        p = this.next;
        break;
      }
      case 0x8d: {
        // BINUNICODE8
        this.need(buf, p, 8);
        this.push(this.lengthOperand(buf, p + 8, this.u64(buf, p, at), at, 'utf8'), at);
        p = this.next;
        break;
      }
      case 0x42: // BINBYTES
      case 0x43: // SHORT_BINBYTES
      case 0x8e: // BINBYTES8
      case 0x96: {
        // BYTEARRAY8
        const w = op === 0x42 ? 4 : op === 0x43 ? 1 : 8;
        this.need(buf, p, w);
        const len = w === 4 ? buf.readUInt32LE(p) : w === 1 ? buf[p]! : this.u64(buf, p, at);
        this.push(this.lengthOperand(buf, p + w, len, at, null), at);
        p = this.next;
        break;
      }
      case 0x8a: {
        // LONG1
        this.need(buf, p, 1);
        const len = buf[p]!;
        this.need(buf, p + 1, len);
        if (len === TORCH_MAGIC.length && TORCH_MAGIC.every((b, i) => buf[p + 1 + i] === b) && this.magicAt === undefined) {
          this.magicAt = at;
          this.magicPickle = this.pickles;
        } else this.pickleHasOnlyMagic = false;
        p += 1 + len;
        this.push(OPAQUE, at);
        return p; // keep pickleHasOnlyMagic
      }
      case 0x8b: {
        // LONG4
        this.need(buf, p, 4);
        this.push(this.lengthOperand(buf, p + 4, buf.readInt32LE(p), at, null), at);
        p = this.next;
        break;
      }
      case 0x61: // APPEND
        this.pop(at, 'APPEND');
        this.top(at, 'APPEND');
        break;
      case 0x65: // APPENDS
      case 0x75: // SETITEMS
      case 0x90: // ADDITEMS
        this.popMark(at, op === 0x65 ? 'APPENDS' : op === 0x75 ? 'SETITEMS' : 'ADDITEMS');
        this.top(at, 'APPENDS');
        break;
      case 0x62: {
        // BUILD: state applied to the object below it
        this.pop(at, 'BUILD');
        this.use(this.top(at, 'BUILD'), 'BUILD', at);
        break;
      }
      case 0x63: {
        // GLOBAL
        const [module, name, np] = this.twoLines(buf, p, at, 'GLOBAL');
        this.push({ k: 2, rec: this.importGlobal(module, name, 'GLOBAL', at) }, at);
        p = np;
        break;
      }
      case 0x69: {
        // INST: import and call with the values above the mark
        const [module, name, np] = this.twoLines(buf, p, at, 'INST');
        const rec = this.importGlobal(module, name, 'INST', at);
        rec.uses.add('INST');
        this.popMark(at, 'INST');
        this.push(OPAQUE, at);
        p = np;
        break;
      }
      case 0x64: // DICT
      case 0x6c: // LIST
      case 0x74: // TUPLE
      case 0x91: // FROZENSET
        this.popMark(at, 'TUPLE');
        this.push(OPAQUE, at);
        break;
      case 0x73: // SETITEM
        this.pop(at, 'SETITEM');
        this.pop(at, 'SETITEM');
        this.top(at, 'SETITEM');
        break;
      case 0x67: {
        // GET
        const end = this.lineEnd(buf, p, at);
        this.push(this.memoGet(this.decimal(buf, p, end, at, 'GET'), at), at);
        p = end;
        break;
      }
      case 0x68: // BINGET
        this.need(buf, p, 1);
        this.push(this.memoGet(buf[p]!, at), at);
        p += 1;
        break;
      case 0x6a: // LONG_BINGET
        this.need(buf, p, 4);
        this.push(this.memoGet(buf.readUInt32LE(p), at), at);
        p += 4;
        break;
      case 0x70: {
        // PUT
        const end = this.lineEnd(buf, p, at);
        this.memoPut(this.decimal(buf, p, end, at, 'PUT'), this.top(at, 'PUT'), at);
        p = end;
        break;
      }
      case 0x71: // BINPUT
        this.need(buf, p, 1);
        this.memoPut(buf[p]!, this.top(at, 'BINPUT'), at);
        p += 1;
        break;
      case 0x72: // LONG_BINPUT
        this.need(buf, p, 4);
        this.memoPut(buf.readUInt32LE(p), this.top(at, 'LONG_BINPUT'), at);
        p += 4;
        break;
      case 0x94: // MEMOIZE
        this.memoPut(this.memoSize, this.top(at, 'MEMOIZE'), at);
        break;
      case 0x6f: {
        // OBJ: class and args above the mark
        const cls = this.popMark(at, 'OBJ');
        if (cls === undefined) throw new WalkFailure(at, 'OBJ without a class (the unpickler stops here)');
        this.use(cls, 'OBJ', at);
        this.push(OPAQUE, at);
        break;
      }
      case 0x85: // TUPLE1
        this.pop(at, 'TUPLE1');
        this.push(OPAQUE, at);
        break;
      case 0x86: // TUPLE2
        this.pop(at, 'TUPLE2');
        this.pop(at, 'TUPLE2');
        this.push(OPAQUE, at);
        break;
      case 0x87: // TUPLE3
        this.pop(at, 'TUPLE3');
        this.pop(at, 'TUPLE3');
        this.pop(at, 'TUPLE3');
        this.push(OPAQUE, at);
        break;
      case 0x80: {
        // PROTO
        this.need(buf, p, 1);
        const v = buf[p]!;
        if (v > 5) throw new WalkFailure(at, `unsupported pickle protocol ${v}`);
        this.protocol = Math.max(this.protocol, v);
        p += 1;
        return p; // PROTO does not disqualify the magic pickle
      }
      case 0x81: // NEWOBJ
        this.pop(at, 'NEWOBJ');
        this.use(this.pop(at, 'NEWOBJ'), 'NEWOBJ', at);
        this.push(OPAQUE, at);
        break;
      case 0x92: // NEWOBJ_EX
        this.pop(at, 'NEWOBJ_EX');
        this.pop(at, 'NEWOBJ_EX');
        this.use(this.pop(at, 'NEWOBJ_EX'), 'NEWOBJ_EX', at);
        this.push(OPAQUE, at);
        break;
      case 0x82: // EXT1
      case 0x83: // EXT2
      case 0x84: {
        // EXT4: a global from the copyreg extension registry, unknown statically
        const w = op === 0x82 ? 1 : op === 0x83 ? 2 : 4;
        this.need(buf, p, w);
        const code = w === 1 ? buf[p]! : w === 2 ? buf.readUInt16LE(p) : buf.readInt32LE(p);
        const name = `EXT${w === 4 ? 4 : w} ${code}`;
        const rec = this.importGlobal('?', name, name.split(' ')[0]!, at, `extension registry code ${code} (copyreg) cannot be resolved statically`);
        this.push({ k: 2, rec }, at);
        p += w;
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = this.pop(at, 'STACK_GLOBAL');
        const module = this.pop(at, 'STACK_GLOBAL');
        let rec: GlobalRecord;
        if (module.k === 1 && name.k === 1) rec = this.importGlobal(module.s, name.s, 'STACK_GLOBAL', at);
        else {
          const what = (v: Value): string => (v.k === 1 ? JSON.stringify(v.s) : v.k === 2 ? `the object ${v.rec.module}.${v.rec.name}` : v.k === 3 ? 'an unreadable or very long string' : 'a non-string value');
          rec = this.importGlobal('?', '?', 'STACK_GLOBAL', at, `STACK_GLOBAL operands are ${what(module)} and ${what(name)}, not two strings known statically`);
        }
        this.push({ k: 2, rec }, at);
        break;
      }
      case 0x95: // FRAME: a length hint; the frame's opcodes follow
        this.need(buf, p, 8);
        this.u64(buf, p, at);
        p += 8;
        return p;
      case 0x97: // NEXT_BUFFER (out-of-band buffer)
        this.push(OPAQUE, at);
        break;
      case 0x98: // READONLY_BUFFER
        this.top(at, 'READONLY_BUFFER');
        break;
      default:
        throw new WalkFailure(at, `unknown opcode 0x${op.toString(16).padStart(2, '0')} (${printable(op)})`);
    }
    this.pickleHasOnlyMagic = false;
    return p;
  }

  private u64(buf: Buffer, p: number, at: number): number {
    const v = buf.readBigUInt64LE(p);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new WalkFailure(at, `operand length ${v} is not plausible`);
    return Number(v);
  }

  private endPickle(after: number): void {
    if (this.marks.length > 0) {
      // Python's unpickler tolerates leftover marks and values at STOP; so do we.
      this.marks = [];
    }
    this.stack = [];
    this.inPickle = false;
    this.pickles++;
    if (!this.legacyTorch || this.magicPickle < 0) return;
    // magic, protocol version, sys_info, the object, storage keys: then raw storage bytes.
    if (this.pickles - this.magicPickle >= 5) {
      this.done = true;
      this.trailing = { offset: after, bytes: 0 };
      // The remaining buffered bytes are tensor data.
      this.trailing.bytes = this.base + this.buf.length - after;
    }
  }
}

function printable(op: number): string {
  return op >= 0x20 && op < 0x7f ? `'${String.fromCharCode(op)}'` : 'not a pickle opcode';
}

/** Python 2 `repr` of a str as written by protocol 0 STRING: 'abc' or "abc", with backslash escapes. */
function pyStringLiteral(t: string): Value {
  const q = t[0];
  if (t.length < 2 || (q !== "'" && q !== '"') || t[t.length - 1] !== q) return BADSTR;
  const inner = t.slice(1, -1);
  if (!inner.includes('\\')) return { k: 1, s: inner };
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = inner[i + 1];
    if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(inner.slice(i + 2, i + 4))) {
      out += String.fromCharCode(Number.parseInt(inner.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (n !== undefined && map[n] !== undefined) {
      out += map[n];
      i += 1;
    } else out += c;
  }
  return { k: 1, s: out };
}

/** Python's raw-unicode-escape: latin-1 bytes, except \uXXXX and \UXXXXXXXX. */
function rawUnicodeEscape(bytes: Buffer, max: number): Value {
  if (bytes.length > max) return BADSTR;
  const t = bytes.toString('latin1');
  if (!t.includes('\\')) return { k: 1, s: t };
  try {
    const s = t.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, u4?: string, u8?: string) => String.fromCodePoint(Number.parseInt((u4 ?? u8)!, 16)));
    return { k: 1, s };
  } catch {
    return BADSTR;
  }
}

/** Walks a whole in-memory stream (tests, small members). */
export function walkPickleBytes(data: Uint8Array, opts: WalkerOptions = {}): WalkResult {
  const w = new PickleWalker(opts);
  w.write(data);
  return w.end();
}
