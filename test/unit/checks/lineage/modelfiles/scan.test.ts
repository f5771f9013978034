import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zlibSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../../src/errors.js';
import { MODEL_FILE_RULE_IDS, modelFileRuleDefs, scanModelFile, type ModelFileScan } from '../../../../../checks/lineage/modelfiles/index.js';
import { tempWorkspace, writeIn } from '../../../../helpers/workspace.js';
import { npy, onnxExternalTensor, onnxModel, P, safetensors } from '../../../../helpers/model-files.js';

const ws = tempWorkspace();
let n = 0;
/** Writes `content` as `name` in a fresh folder and scans it. */
async function scan(name: string, content: Uint8Array, opts: Parameters<typeof scanModelFile>[1] extends infer O ? Partial<O> : never = {}): Promise<ModelFileScan> {
  const dir = join(ws, `case${n++}`);
  const p = writeIn(dir, name, content);
  return scanModelFile(p, { display: name, ...opts });
}
async function scanError(name: string, content: Uint8Array, opts: Parameters<typeof scan>[2] = {}): Promise<ConfigError> {
  try {
    await scan(name, content, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`${name}: expected a ConfigError`);
}
const rules = (s: ModelFileScan): string[] => [...new Set(s.findings.map((f) => f.rule))].sort();

/** A torch.save-shaped data.pkl: OrderedDict of one tensor via _rebuild_tensor_v2 with a persistent id. */
function torchDataPkl(): Buffer {
  return P.of()
    .proto(2)
    .global('collections', 'OrderedDict').binput(0).emptyTuple().reduce().binput(1)
    .binUnicode('weight').binput(2)
    .global('torch._utils', '_rebuild_tensor_v2').binput(3)
    .mark().binUnicode('storage').global('torch', 'FloatStorage').binUnicode('0').binUnicode('cpu').int(4).tuple().raw(0x51) // BINPERSID
    .int(0).int(4).tuple1().int(1).tuple1().raw(0x89).global('collections', 'OrderedDict').emptyTuple().reduce().mark().tuple().reduce()
    .setitem().stop().bytes();
}

const zip = (files: Zippable): Buffer => Buffer.from(zipSync(files));

describe('plain pickle files', () => {
  it('reports dangerous, suspicious and unknown globals with rule, offset and global', async () => {
    const data = Buffer.concat([P.call('builtins', 'eval', 'x', 2), P.call('builtins', 'type', 'y', 2), P.call('mypkg.model', 'Net', 'z', 2)]);
    const s = await scan('model.pkl', data);
    expect(s.format).toBe('pickle');
    expect(s.pickles).toBe(3);
    expect(rules(s)).toEqual(['suspicious-global', 'unknown-global', 'unsafe-global']);
    const evalF = s.findings.find((f) => f.rule === 'unsafe-global')!;
    expect(evalF).toMatchObject({ severity: 'critical', global: 'builtins.eval', offset: 2 });
    expect(evalF.message).toMatch(/imports dangerous global builtins\.eval \(GLOBAL at offset 2\); it is called or instantiated \(REDUCE\)/);
    expect(s.globals.map((g) => [g.global, g.rating])).toEqual([
      ['builtins.eval', 'dangerous'],
      ['builtins.type', 'suspicious'],
      ['mypkg.model.Net', 'unknown'],
    ]);
  });

  it('allowGlobals clears unknown globals', async () => {
    const s = await scan('model.joblib', P.call('mypkg.model', 'Net', 'z', 4), { allowGlobals: ['mypkg.*'] });
    expect(s.findings).toEqual([]);
    expect(s.globals).toEqual([{ global: 'mypkg.model.Net', rating: 'safe', count: 1 }]);
  });

  it('unresolved STACK_GLOBAL and module patching are critical', async () => {
    const data = P.of().proto(4).shortBinUnicode('torch').shortBinUnicode('_utils').stackGlobal().emptyDict().shortBinUnicode('a').shortBinUnicode('b').setitem().build()
      .pop().global('builtins', 'str').emptyTuple().reduce().shortBinUnicode('eval').stackGlobal().stop().bytes();
    const s = await scan('x.pkl', data);
    expect(rules(s)).toEqual(['global-mutation', 'unknown-global', 'unresolved-global']);
    expect(s.findings.filter((f) => f.severity === 'critical').length).toBe(2);
  });

  it('truncated after an import: the import and a malformed finding', async () => {
    const full = P.call('builtins', 'exec', 'print(1)', 0);
    const s = await scan('broken.pkl', full.subarray(0, full.length - 2));
    expect(rules(s)).toEqual(['malformed', 'unsafe-global']);
  });

  it('trailing bytes after a complete pickle are malformed', async () => {
    const s = await scan('t.pkl', Buffer.concat([P.of().proto(2).none().stop().bytes(), Buffer.from('\n\n\t')]));
    expect(s.findings).toMatchObject([{ rule: 'malformed', offset: 4, message: expect.stringMatching(/unknown opcode 0x0a .* after 1 complete pickle/) }]);
  });

  it('a file that is no pickle at all is a ConfigError naming file and offset', async () => {
    const e = await scanError('weights.pkl', Buffer.from([0x80, 0x02, 0xff]));
    expect(e.message).toBe('weights.pkl: not a pickle stream: unknown opcode 0xff (not a pickle opcode) (offset 2)');
    expect((await scanError('empty.pkl', Buffer.alloc(0))).message).toMatch(/empty/);
    expect((await scanError('trunc.pkl', Buffer.from([0x80, 0x04, 0x95]))).message).toMatch(/truncated/);
  });

  it('a missing file is a ConfigError', async () => {
    await expect(scanModelFile(join(ws, 'nope.pkl'), { display: 'nope.pkl' })).rejects.toThrow(/nope\.pkl: cannot be read/);
  });

  it('gzip- and zlib-compressed pickles (joblib compress=…) are decompressed in memory and scanned', async () => {
    const g = await scan('m.joblib', Buffer.from(gzipSync(P.call('os', 'system', 'id', 4))));
    expect(g.format).toBe('gzip');
    expect(rules(g)).toEqual(['unsafe-global']);
    const z = await scan('m2.joblib', Buffer.from(zlibSync(P.call('os', 'system', 'id', 4))));
    expect(z.format).toBe('zlib');
    expect(rules(z)).toEqual(['unsafe-global']);
  });

  it('unsupported containers are findings, with a best-effort search for stored pickles', async () => {
    const sevenZ = Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), Buffer.alloc(24), P.call('builtins', 'eval', 'x', 4), Buffer.alloc(10)]);
    const s = await scan('m.7z', sevenZ);
    expect(s.format).toBe('7z');
    expect(rules(s)).toEqual(['unsafe-global', 'unsupported-format']);
    const h5 = await scan('m.h5', Buffer.concat([Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]));
    expect(h5.findings.map((f) => f.rule)).toEqual(['unsupported-format']);
  });
});

describe('PyTorch checkpoints', () => {
  it('a torch zip checkpoint with safe globals is clean; tensor storages are not read', async () => {
    const blob = Buffer.alloc(4096, 0x80); // would be malformed if walked as a pickle
    const s = await scan('model.pt', zip({ 'archive/data.pkl': [torchDataPkl(), { level: 0 }], 'archive/data/0': [blob, { level: 0 }], 'archive/version': Buffer.from('3\n') }));
    expect(s.format).toBe('pytorch-zip');
    expect(s.findings).toEqual([]);
    expect(s.members).toBe(3);
    expect(s.globals.map((g) => g.global).sort()).toEqual(['collections.OrderedDict', 'torch.FloatStorage', 'torch._utils._rebuild_tensor_v2']);
  });

  it('every pickle member is scanned, deflated or stored, and findings name the member', async () => {
    const s = await scan('model.bin', zip({ 'archive/data.pkl': torchDataPkl(), 'archive/extra.pkl': P.call('subprocess', 'run', 'id', 2) }));
    expect(rules(s)).toEqual(['unsafe-global']);
    expect(s.findings[0]).toMatchObject({ member: 'archive/extra.pkl', global: 'subprocess.run' });
  });

  it('an unparseable data.pkl is a ConfigError naming the member', async () => {
    const e = await scanError('model.pth', zip({ 'archive/data.pkl': Buffer.from([0x80, 0x02, 0xfe]) }));
    expect(e.message).toMatch(/^model\.pth: member "archive\/data\.pkl" is not a valid pickle stream: unknown opcode 0xfe .*\(offset 2\)$/);
  });

  it('legacy (non-zip) checkpoints: every pickle is walked, storage bytes after them are not', async () => {
    const magic = P.of().proto(2).raw(0x8a, 10, Buffer.from([0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19])).stop().bytes();
    const tiny = (): Buffer => P.of().proto(2).emptyDict().stop().bytes();
    const data = Buffer.concat([P.call('builtins', 'eval', 'x', 2), magic, tiny(), tiny(), torchDataPkl(), tiny(), Buffer.alloc(512, 0xee)]);
    const s = await scan('old.pt', data);
    expect(s.format).toBe('pytorch-legacy');
    expect(rules(s)).toEqual(['unsafe-global']);
    expect(s.pickles).toBe(6);
  });

  it('a pickle with a zip appended (polyglot) is scanned both ways', async () => {
    const data = Buffer.concat([P.of().proto(2).none().stop().bytes(), zip({ 'evil.pkl': P.call('os', 'system', 'id', 2) })]);
    const s = await scan('poly.pkl', data);
    expect(rules(s)).toEqual(['archive-anomaly', 'malformed', 'unsafe-global']);
  });
});

describe('zip archives: evasion, bombs, paths, corruption', () => {
  const plain = (): Buffer => zip({ 'model/config.pkl': [P.call('builtins', 'eval', 'x', 4), { level: 0 }] });
  const centralAt = (z: Buffer): number => z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

  it('encryption / patched-data flag bits are reported and the readable bytes still scanned', async () => {
    for (const bit of [0x1, 0x20, 0x40]) {
      const z = plain();
      z.writeUInt16LE(bit, 6);
      z.writeUInt16LE(bit, centralAt(z) + 8);
      const s = await scan('m.zip', z);
      expect(rules(s), `bit ${bit}`).toEqual(['archive-anomaly', 'unsafe-global']);
    }
  });

  it('an encrypted member whose bytes are not a readable pickle is unreadable, never clean', async () => {
    const z = zip({ 'secret.txt': [Buffer.from('hello world, nothing to see'), { level: 0 }] });
    z.writeUInt16LE(1, 6);
    z.writeUInt16LE(1, centralAt(z) + 8);
    const s = await scan('m.zip', z);
    expect(rules(s)).toEqual(['archive-anomaly', 'unreadable-member']);
  });

  it('a local header name that differs from the central directory is reported', async () => {
    const z = plain();
    const name = 30; // local name starts after the 30-byte header
    z.write('mxdel/config.pkl', name, 'latin1');
    const s = await scan('m.zip', z);
    expect(s.findings.find((f) => f.rule === 'archive-anomaly')?.message).toMatch(/named "mxdel\/config\.pkl" in its local header/);
    expect(rules(s)).toContain('unsafe-global');
  });

  it('members sniffed by content: a pickle named data.txt is scanned; other members are not', async () => {
    const s = await scan('m.zip', zip({ 'data.txt': P.call('builtins', 'eval', 'x', 4), 'readme.md': Buffer.from('# hi') }));
    expect(s.findings[0]).toMatchObject({ rule: 'unsafe-global', member: 'data.txt' });
  });

  it('".." and absolute member names are path-escape findings', async () => {
    const s = await scan('m.zip', zip({ '../evil.pkl': P.of().proto(2).none().stop().bytes(), '/abs/x.txt': Buffer.from('x'), 'C:/win.txt': Buffer.from('y') }));
    expect(s.findings.filter((f) => f.rule === 'path-escape').map((f) => f.member).sort()).toEqual(['../evil.pkl', '/abs/x.txt', 'C:/win.txt']);
  });

  it('zip bombs: declared ratio, inflating past the declared size, overlapping members', async () => {
    const zeros = Buffer.alloc(2 * 1024 * 1024);
    const ratio = await scan('b.zip', zip({ 'big.pkl': [zeros, { level: 9 }] }), { limits: { maxRatio: 50 } });
    expect(ratio.findings).toMatchObject([{ rule: 'zip-bomb', member: 'big.pkl', message: expect.stringMatching(/compression ratio/) }]);

    const lie = zip({ 'x.pkl': [Buffer.concat([P.of().proto(2).binBytes(100_000).pop().none().stop().bytes()]), { level: 9 }] });
    lie.writeUInt32LE(1000, centralAt(lie) + 24); // declared uncompressed size: 1000
    const s2 = await scan('l.zip', lie);
    expect(s2.findings).toMatchObject([{ rule: 'zip-bomb', message: expect.stringMatching(/more than its declared 1000 bytes/) }]);

    // Two central entries pointing at the same local data.
    const one = zip({ 'a.pkl': [P.of().proto(2).none().stop().bytes(), { level: 0 }] });
    const c = centralAt(one);
    const cd = one.subarray(c, one.length - 22);
    const dup = Buffer.from(cd);
    dup.write('b', 46, 'latin1');
    const eocd = Buffer.from(one.subarray(one.length - 22));
    eocd.writeUInt16LE(2, 8);
    eocd.writeUInt16LE(2, 10);
    eocd.writeUInt32LE(cd.length * 2, 12);
    const overlapped = Buffer.concat([one.subarray(0, c), cd, dup, eocd]);
    const s3 = await scan('o.zip', overlapped);
    expect(s3.findings.some((f) => f.rule === 'zip-bomb' && /overlap/.test(f.message))).toBe(true);
  });

  it('unsupported compression methods make the member unreadable', async () => {
    const z = plain();
    z.writeUInt16LE(12, 8); // bzip2
    z.writeUInt16LE(12, centralAt(z) + 10);
    const s = await scan('m.zip', z);
    expect(s.findings).toMatchObject([{ rule: 'unreadable-member', message: expect.stringMatching(/compression method 12/) }]);
  });

  it('corrupt deflate data is an unreadable member; a truncated archive is a ConfigError', async () => {
    const z = zip({ 'x.pkl': [Buffer.alloc(5000, 7), { level: 6 }] });
    z.fill(0xff, 30 + 5, 30 + 5 + 20); // garble the deflate stream
    const s = await scan('c.zip', z);
    expect(rules(s)).toEqual(['unreadable-member']);
    const e = await scanError('t.zip', plain().subarray(0, 60));
    expect(e.message).toMatch(/^t\.zip: corrupt zip archive: no end-of-central-directory record/);
  });
});

describe('numpy', () => {
  it('a numeric .npy is clean; a truncated one is malformed; a bad header is a ConfigError', async () => {
    expect((await scan('a.npy', npy('<f4', [2, 3], Buffer.alloc(24)))).findings).toEqual([]);
    const t = await scan('b.npy', npy('<f8', [10], Buffer.alloc(16)));
    expect(t.findings).toMatchObject([{ rule: 'malformed', message: expect.stringMatching(/needs 80 data bytes, only 16 present/) }]);
    const bad = npy('<f4', [1], Buffer.alloc(4));
    bad.write('{"nonsense', 10, 'latin1');
    expect((await scanError('c.npy', bad)).message).toMatch(/^c\.npy: the \.npy file: invalid \.npy header/);
  });

  it('an object array embeds a pickle: object-array plus its globals', async () => {
    const s = await scan('o.npy', npy('|O', [1], P.call('os', 'system', 'id', 3)));
    expect(s.format).toBe('npy');
    expect(rules(s)).toEqual(['object-array', 'unsafe-global']);
    const structured = await scan('s.npy', npy("[('a', '<i4'), ('b', '|O')]", [1], P.of().proto(3).none().stop().bytes(), 2));
    expect(rules(structured)).toEqual(['object-array']);
  });

  it('.npz members are scanned the same way', async () => {
    const s = await scan('arrays.npz', zip({ 'w.npy': npy('<f4', [2], Buffer.alloc(8)), 'objs.npy': npy('|O', [1], P.call('builtins', 'exec', 'x', 3)) }));
    expect(s.format).toBe('npz');
    expect(s.findings.map((f) => [f.rule, f.member])).toEqual([
      ['object-array', 'objs.npy'],
      ['unsafe-global', 'objs.npy'],
    ]);
  });
});

describe('safetensors', () => {
  const tensor = (dtype: string, shape: number[], begin: number, end: number): object => ({ dtype, shape, data_offsets: [begin, end] });

  it('a well-formed file is clean', async () => {
    const s = await scan('m.safetensors', safetensors({ __metadata__: { format: 'pt' }, a: tensor('F32', [2, 2], 0, 16), b: tensor('BF16', [4], 16, 24) }, Buffer.alloc(24)));
    expect(s).toMatchObject({ format: 'safetensors', findings: [], pickles: 0 });
  });

  it('reports shape/size mismatch, overlap, holes, out-of-file offsets, unknown dtypes', async () => {
    const s = await scan(
      'bad.safetensors',
      safetensors({ a: tensor('F32', [2], 0, 12), b: tensor('F32', [1], 8, 12), c: tensor('F32', [1], 20, 24), d: tensor('Q7', [1], 0, 1), e: tensor('U8', [100], 24, 124) }, Buffer.alloc(28)),
    );
    const msgs = s.findings.map((f) => f.message).join('\n');
    expect(s.findings.every((f) => f.rule === 'safetensors-invalid')).toBe(true);
    expect(msgs).toMatch(/tensor "a": shape \[2\] of F32 needs 8 bytes, data_offsets span 12/);
    expect(msgs).toMatch(/tensor "b" overlaps/);
    expect(msgs).toMatch(/byte\(s\) of the data buffer at offset 12 belong to no tensor/);
    expect(msgs).toMatch(/unknown dtype "Q7"/);
    expect(msgs).toMatch(/tensor "e": data_offsets \[24, 124\] end past the data buffer \(28 bytes\)/);
  });

  it('an unreadable header is a ConfigError', async () => {
    expect((await scanError('a.safetensors', safetensors(null, Buffer.alloc(0), '{"a": '))).message).toMatch(/^a\.safetensors: invalid safetensors header: header is not valid JSON/);
    const huge = Buffer.alloc(16);
    huge.writeBigUInt64LE(1n << 40n);
    expect((await scanError('b.safetensors', huge)).message).toMatch(/header length 1099511627776 is larger than the limit/);
    const past = Buffer.alloc(16);
    past.writeBigUInt64LE(100n);
    expect((await scanError('c.safetensors', past)).message).toMatch(/runs past the end of the 16-byte file/);
    expect((await scanError('d.safetensors', Buffer.from([1, 2]))).message).toMatch(/shorter than its 8-byte header length/);
  });
});

describe('keras', () => {
  const config = (layers: object[]): Buffer =>
    Buffer.from(JSON.stringify({ module: 'keras', class_name: 'Functional', config: { name: 'model', layers } }));

  it('Lambda layers in config.json are findings, nested ones included', async () => {
    const layers = [
      { module: 'keras.layers', class_name: 'Dense', config: { name: 'dense', units: 4 } },
      { module: 'keras.layers', class_name: 'Lambda', config: { name: 'evil', function: { class_name: '__lambda__', config: { code: 'ZGVhZGJlZWY=' } } } },
      { class_name: 'Sequential', config: { layers: [{ class_name: 'Lambda', config: { name: 'inner', function: 'mymod.fn' } }] } },
    ];
    const s = await scan('m.keras', zip({ 'metadata.json': Buffer.from('{}'), 'config.json': config(layers), 'model.weights.h5': Buffer.alloc(10) }));
    expect(s.format).toBe('keras');
    expect(s.findings.map((f) => f.rule)).toEqual(['lambda-layer', 'lambda-layer']);
    expect(s.findings[0]!.message).toMatch(/Lambda layer "evil" .* marshalled Python bytecode/);
    expect(s.findings[1]!.message).toMatch(/Lambda layer "inner"/);
  });

  it('a model without Lambda layers is clean; a broken config.json is a ConfigError', async () => {
    expect((await scan('ok.keras', zip({ 'metadata.json': Buffer.from('{}'), 'config.json': config([{ class_name: 'Dense', config: { name: 'd' } }]) }))).findings).toEqual([]);
    expect((await scanError('bad.keras', zip({ 'config.json': Buffer.from('{oops') }))).message).toMatch(/config\.json is not valid JSON/);
    expect((await scanError('nozip.keras', Buffer.from('not a zip'))).message).toMatch(/a zip archive was expected/);
  });
});

describe('onnx external data', () => {
  it('locations inside the model folder are fine; escaping ones are path-escape; missing ones are reported', async () => {
    const dir = join(ws, 'onnx1');
    mkdirSync(dir, { recursive: true });
    writeIn(dir, 'weights.bin', Buffer.alloc(64));
    const model = onnxModel(
      [
        onnxExternalTensor('ok', { location: 'weights.bin', offset: '0', length: '64' }),
        onnxExternalTensor('short', { location: 'weights.bin', offset: '32', length: '64' }),
        onnxExternalTensor('up', { location: '../../etc/passwd' }),
        onnxExternalTensor('abs', { location: '/etc/shadow' }),
        onnxExternalTensor('gone', { location: 'missing.bin' }),
      ],
      [onnxExternalTensor('sub', { location: '..\\..\\win.ini' })],
    );
    const p = writeIn(dir, 'model.onnx', model);
    const s = await scanModelFile(p, { display: 'model.onnx' });
    expect(s.format).toBe('onnx');
    expect(s.findings.map((f) => `${f.rule}: ${f.message}`).sort()).toEqual([
      expect.stringMatching(/^external-data-missing: tensor "gone": external data file "missing\.bin" does not exist/),
      expect.stringMatching(/^external-data-missing: tensor "short": external data \[32, 96\) runs past the end/),
      expect.stringMatching(/^path-escape: tensor "abs": external data location "\/etc\/shadow" is an absolute path/),
      expect.stringMatching(/^path-escape: tensor "sub": .* contains a "\.\." component/),
      expect.stringMatching(/^path-escape: tensor "up": .* contains a "\.\." component/),
    ]);
  });

  it('a link that leaves the model folder is path-escape', async () => {
    const dir = join(ws, 'onnx2');
    mkdirSync(dir, { recursive: true });
    writeIn(ws, 'outside.bin', Buffer.alloc(8));
    symlinkSync(join(ws, 'outside.bin'), join(dir, 'w.bin'));
    const p = writeIn(dir, 'm.onnx', onnxModel([onnxExternalTensor('t', { location: 'w.bin' })]));
    const s = await scanModelFile(p, { display: 'm.onnx' });
    expect(s.findings).toMatchObject([{ rule: 'path-escape', message: expect.stringMatching(/through a link/) }]);
  });

  it('a file that is not a protobuf is a ConfigError', async () => {
    expect((await scanError('x.onnx', Buffer.from([0x0f, 0xff, 0xff]))).message).toMatch(/^x\.onnx: is not a valid ONNX model/);
  });
});

describe('rules metadata', () => {
  it('every rule has metadata; defs carry the check prefix', () => {
    const defs = modelFileRuleDefs();
    expect(defs.map((d) => d.id)).toEqual(MODEL_FILE_RULE_IDS.map((id) => `lineage/${id}`));
    for (const d of defs) {
      expect(d.id).toMatch(/^lineage\/[a-z]+(-[a-z]+)*$/);
      expect(d.help.length).toBeGreaterThan(20);
      expect(d.remediation.length).toBeGreaterThan(10);
    }
  });

  it('an aborted signal stops the scan', async () => {
    const c = new AbortController();
    c.abort(new Error('budget'));
    await expect(scan('a.pkl', P.call('os', 'system'), { signal: c.signal })).rejects.toThrow(/budget/);
  });
});
