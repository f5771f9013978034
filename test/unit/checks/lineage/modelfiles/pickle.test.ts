import { describe, expect, it } from 'vitest';
import { PickleWalker, walkPickleBytes, type WalkResult } from '../../../../../checks/lineage/modelfiles/pickle.js';
import { allowMatcher, rateGlobal, rateWithPolicy } from '../../../../../checks/lineage/modelfiles/globals.js';
import { startBudget } from '../../../../../src/io/budget.js';
import { P } from '../../../../helpers/model-files.js';

const names = (r: WalkResult): string[] => r.globals.map((g) => (g.unresolved ? '?' : `${g.module}.${g.name}`)).sort();

/** The same bytes fed in chunks of `size`: results must not depend on chunk boundaries. */
function chunked(data: Buffer, size: number): WalkResult {
  const w = new PickleWalker();
  for (let i = 0; i < data.length; i += size) w.write(data.subarray(i, i + size));
  return w.end();
}

describe('pickle walker: protocols 0 to 5', () => {
  it('protocol 0: GLOBAL + MARK/STRING/TUPLE + REDUCE', () => {
    const r = walkPickleBytes(P.call('builtins', 'eval', "print('x')", 0));
    expect(r.error).toBeUndefined();
    expect(r.pickles).toBe(1);
    expect(r.protocol).toBe(0);
    expect(names(r)).toEqual(['builtins.eval']);
    expect([...r.globals[0]!.uses]).toEqual(['REDUCE']);
  });

  it('protocol 0: INST imports and calls; PUT/GET by text index; UNICODE and STRING literals', () => {
    const data = P.of().mark().string('echo hi').inst('os', 'system').put(7).pop().get(7).stop().bytes();
    const r = walkPickleBytes(data);
    expect(r.error).toBeUndefined();
    expect(names(r)).toEqual(['os.system']);
    expect([...r.globals[0]!.uses]).toEqual(['INST']);
  });

  it('protocol 1: OBJ calls the class above the mark', () => {
    const data = P.of().mark().global('subprocess', 'Popen').string('ls').obj().stop().bytes();
    const r = walkPickleBytes(data);
    expect(names(r)).toEqual(['subprocess.Popen']);
    expect([...r.globals[0]!.uses]).toEqual(['OBJ']);
  });

  it('protocol 2: PROTO, BINPUT/BINGET, NEWOBJ', () => {
    const data = P.of().proto(2).global('collections', 'OrderedDict').binput(0).binget(0).emptyTuple().newobj().binput(1).stop().bytes();
    const r = walkPickleBytes(data);
    expect(r.error).toBeUndefined();
    expect(r.protocol).toBe(2);
    expect(names(r)).toEqual(['collections.OrderedDict']);
    expect(r.globals[0]!.count).toBe(1);
    expect([...r.globals[0]!.uses]).toEqual(['NEWOBJ']);
  });

  it('protocol 3: BINBYTES are skipped, not kept', () => {
    const data = P.of().proto(3).global('_codecs', 'encode').binBytes(100_000).tuple1().reduce().stop().bytes();
    const r = walkPickleBytes(data);
    expect(r.error).toBeUndefined();
    expect(names(r)).toEqual(['_codecs.encode']);
  });

  it('protocol 4: FRAME, SHORT_BINUNICODE, MEMOIZE and STACK_GLOBAL resolved through the memo', () => {
    // Like malicious11: the last two strings pushed are decoys; the memo holds the real operands.
    const data = P.of()
      .proto(4)
      .frame(60)
      .shortBinUnicode('os').memoize().pop()
      .shortBinUnicode('system').memoize().pop()
      .shortBinUnicode('torch').memoize().pop()
      .shortBinUnicode('LongStorage').memoize().pop()
      .binget(0).binget(1).stackGlobal()
      .shortBinUnicode('id').tuple1().reduce().stop().bytes();
    const r = walkPickleBytes(data);
    expect(r.error).toBeUndefined();
    expect(names(r)).toEqual(['os.system']);
    expect(r.globals[0]!.opcode).toBe('STACK_GLOBAL');
  });

  it('protocol 4: LONG_BINPUT/LONG_BINGET and BINUNICODE operands', () => {
    const data = P.of().proto(4).binUnicode('builtins').longBinput(70000).pop().binUnicode('exec').longBinput(3).pop().longBinget(70000).longBinget(3).stackGlobal().stop().bytes();
    expect(names(walkPickleBytes(data))).toEqual(['builtins.exec']);
  });

  it('protocol 5: BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER and NEWOBJ_EX', () => {
    const data = P.of()
      .proto(5)
      .shortBinUnicode('numpy').shortBinUnicode('ndarray').stackGlobal()
      .bytearray8(64).nextBuffer().readonlyBuffer().tuple2()
      .emptyDict().newobjEx().stop().bytes();
    const r = walkPickleBytes(data);
    expect(r.error).toBeUndefined();
    expect(r.protocol).toBe(5);
    expect(names(r)).toEqual(['numpy.ndarray']);
    expect([...r.globals[0]!.uses]).toEqual(['NEWOBJ_EX']);
  });

  it('UNICODE text operands with raw-unicode-escapes resolve', () => {
    const data = P.of().unicode('o\\u0073').unicode('system').stackGlobal().stop().bytes();
    expect(names(walkPickleBytes(data))).toEqual(['os.system']);
  });
});

describe('pickle walker: what cannot be resolved is dangerous', () => {
  it('STACK_GLOBAL over non-string operands is unresolved', () => {
    // module = the result of a call, name = a string
    const data = P.of().proto(4).global('builtins', 'str').emptyTuple().reduce().shortBinUnicode('system').stackGlobal().stop().bytes();
    const r = walkPickleBytes(data);
    const u = r.globals.find((g) => g.unresolved);
    expect(u?.unresolved).toMatch(/non-string value/);
  });

  it('EXT1 extension codes are unresolved', () => {
    const r = walkPickleBytes(P.of().proto(2).ext1(42).emptyTuple().reduce().stop().bytes());
    expect(r.globals[0]!.unresolved).toMatch(/extension registry code 42/);
    expect(r.globals[0]!.opcode).toBe('EXT1');
  });

  it('BUILD on an imported global is recorded as mutation (module patching)', () => {
    const data = P.of().proto(4).shortBinUnicode('torch').shortBinUnicode('_utils').stackGlobal().emptyDict().shortBinUnicode('a').shortBinUnicode('b').setitem().build().stop().bytes();
    const r = walkPickleBytes(data);
    expect(r.globals[0]!.mutatedAt).toBeGreaterThan(0);
  });
});

describe('pickle walker: several pickles, errors and caps', () => {
  it('walks concatenated pickles: a clean one followed by a dangerous one', () => {
    const data = Buffer.concat([P.of().proto(2).int(1).stop().bytes(), P.call('posix', 'system', 'id', 2)]);
    const r = walkPickleBytes(data);
    expect(r.error).toBeUndefined();
    expect(r.pickles).toBe(2);
    expect(names(r)).toEqual(['posix.system']);
    expect(r.globals[0]!.pickle).toBe(1);
  });

  it('legacy torch layout: bytes after the five pickles following the magic number are tensor data', () => {
    const magic = P.of().proto(2).raw(0x8a, 10, Buffer.from([0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19])).stop().bytes();
    const small = (): Buffer => P.of().proto(2).emptyDict().stop().bytes();
    const tensorBytes = Buffer.alloc(1000, 0xff); // 0xff is no opcode: walked as a pickle this would be an error
    const data = Buffer.concat([magic, small(), small(), small(), small(), tensorBytes]);
    const r = walkPickleBytes(data, { legacyTorch: true });
    expect(r.error).toBeUndefined();
    expect(r.pickles).toBe(5);
    expect(r.trailingData).toEqual({ offset: data.length - 1000, bytes: 1000 });
    expect(walkPickleBytes(data).error?.message).toMatch(/unknown opcode 0xff/);
  });

  it('truncated: the stream ends inside a pickle', () => {
    const full = P.call('builtins', 'eval', 'x', 0);
    const r = walkPickleBytes(full.subarray(0, full.length - 3));
    expect(names(r)).toEqual(['builtins.eval']);
    expect(r.error?.message).toMatch(/truncated/);
    expect(r.errorInFirstPickle).toBe(true);
  });

  it('truncated inside a long operand', () => {
    const data = P.of().proto(3).binBytes(10_000).stop().bytes().subarray(0, 5000);
    const r = chunked(data, 700);
    expect(r.error?.message).toMatch(/byte\(s\) of an operand missing/);
  });

  it('unknown opcode, with its offset', () => {
    const r = walkPickleBytes(Buffer.from([0x80, 0x02, 0x4e, 0xff, 0x2e]));
    expect(r.error).toEqual({ offset: 3, message: 'unknown opcode 0xff (not a pickle opcode)' });
  });

  it('unsupported protocol, stack underflow, memo miss and a missing MARK stop the walk', () => {
    expect(walkPickleBytes(Buffer.from([0x80, 0x09, 0x4e, 0x2e])).error?.message).toMatch(/unsupported pickle protocol 9/);
    expect(walkPickleBytes(P.of().proto(2).reduce().stop().bytes()).error?.message).toMatch(/REDUCE on an empty stack/);
    expect(walkPickleBytes(P.of().proto(2).binget(5).stop().bytes()).error?.message).toMatch(/memo key 5 was never stored/);
    expect(walkPickleBytes(P.of().proto(2).none().appends().stop().bytes()).error?.message).toMatch(/without a MARK/);
  });

  it('results do not depend on chunk boundaries', () => {
    const data = Buffer.concat([
      P.of().proto(4).frame(20).shortBinUnicode('collections').memoize().shortBinUnicode('OrderedDict').memoize().stackGlobal().emptyTuple().reduce().binBytes(5000).pop().stop().bytes(),
      P.call('builtins', 'eval', 'y'.repeat(300), 4),
      P.call('os', 'system', 'z', 0),
    ]);
    const whole = walkPickleBytes(data);
    expect(whole.error).toBeUndefined();
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const r = chunked(data, size);
      expect(names(r), `chunk ${size}`).toEqual(names(whole));
      expect(r.pickles).toBe(3);
      expect(r.error).toBeUndefined();
    }
  });

  it('caps: memo entries, pickles per stream, stream bytes, stack depth', () => {
    const manyMemo = P.of().proto(4);
    for (let i = 0; i < 20; i++) manyMemo.int(i).memoize();
    expect(walkPickleBytes(manyMemo.stop().bytes(), { limits: { maxMemo: 10 } }).error).toMatchObject({ limit: true, message: expect.stringMatching(/memo entries/) });
    const many = Buffer.concat(Array.from({ length: 5 }, () => P.of().proto(2).none().stop().bytes()));
    expect(walkPickleBytes(many, { limits: { maxPickles: 3 } }).error).toMatchObject({ limit: true, message: expect.stringMatching(/more than 3 pickles/) });
    expect(walkPickleBytes(P.of().proto(3).binBytes(2000).stop().bytes(), { limits: { maxStreamBytes: 1000 } }).error?.limit).toBe(true);
    const deep = P.of().proto(2);
    for (let i = 0; i < 50; i++) deep.none();
    expect(walkPickleBytes(deep.stop().bytes(), { limits: { maxStack: 20 } }).error?.message).toMatch(/stack deeper/);
  });

  it('an empty stream is an error', () => {
    expect(walkPickleBytes(Buffer.alloc(0)).error?.message).toMatch(/empty/);
  });
});

describe('global ratings', () => {
  it.each([
    ['builtins', 'eval', 'dangerous'],
    ['__builtin__', 'getattr', 'dangerous'],
    ['os.path', 'join', 'dangerous'],
    ['torch._inductor.codecache', 'compile_file', 'dangerous'],
    ['torch.serialization', 'load', 'dangerous'],
    ['bdb', 'Bdb.run', 'dangerous'],
    ['collections', 'OrderedDict.__class__', 'dangerous'],
    ['', 'x', 'dangerous'],
    ['torch._utils', '_rebuild_tensor_v2', 'safe'],
    ['torch', 'FloatStorage', 'safe'],
    ['numpy.core.multiarray', '_reconstruct', 'safe'],
    ['collections', 'OrderedDict', 'safe'],
    ['builtins', 'set', 'safe'],
    ['builtins', 'type', 'suspicious'],
    ['builtins', 'somethingelse', 'suspicious'],
    ['gc', 'get_objects', 'suspicious'],
    ['sklearn.linear_model._base', 'LinearRegression', 'unknown'],
    ['torch', '_utils', 'unknown'],
  ])('%s.%s is %s', (m, n, rating) => {
    expect(rateGlobal(m, n)).toBe(rating);
  });

  it('allowGlobals lifts unknown and suspicious globals, never dangerous ones', () => {
    const allow = allowMatcher(['sklearn.*', 'builtins.type', 'builtins.eval', 'os.*']);
    expect(rateWithPolicy('sklearn.linear_model._base', 'LinearRegression', allow)).toBe('safe');
    expect(rateWithPolicy('builtins', 'type', allow)).toBe('safe');
    expect(rateWithPolicy('builtins', 'eval', allow)).toBe('dangerous');
    expect(rateWithPolicy('os', 'system', allow)).toBe('dangerous');
    expect(rateWithPolicy('mypkg', 'Net', allow)).toBe('unknown');
  });
});

describe('the walk and the check budget', () => {
  it('stops a long synchronous walk when the budget has run out (the timer cannot fire during it)', () => {
    // 300,000 NONE/POP pairs in one chunk: one synchronous walk of 600,000 opcodes.
    const p = P.of().proto(2);
    for (let i = 0; i < 300_000; i++) p.none().pop();
    const data = p.none().stop().bytes();
    const budget = startBudget(0.001);
    try {
      const until = performance.now() + 5;
      while (performance.now() < until); // the deadline passes without the event loop running
      expect(() => walkPickleBytes(data, { signal: budget.signal })).toThrow('exceeded its time budget of 0.001 s');
      expect(walkPickleBytes(data).error).toBeUndefined(); // without a budget the same walk completes
    } finally {
      budget.stop();
    }
  });
});
