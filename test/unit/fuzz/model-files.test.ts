// Fuzz of the model-file scanner (lineage): the pickle walker on bytes in memory, and scanModelFile on
// files of every format it opens (pickle, legacy and zip PyTorch, npy/npz, safetensors, ONNX, Keras,
// gzip/zlib joblib). Nothing is unpickled. A file it cannot read is a ConfigError; the walker itself
// never throws (a malformed stream is a result with an error).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, it } from 'vitest';
import { scanModelFile, type ModelFileScan } from '../../../checks/lineage/modelfiles/index.js';
import { walkPickleBytes } from '../../../checks/lineage/modelfiles/pickle.js';
import { ConfigError } from '../../../src/errors.js';
import { mutatedBytes, plantedSecret, randomBytes } from '../../helpers/fuzz-inputs.js';
import { fuzzReader } from '../../helpers/fuzz-property.js';
import { npy, onnxExternalTensor, onnxModel, P, safetensors } from '../../helpers/model-files.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const stateDict = (): Buffer => P.of().proto(2).global('collections', 'OrderedDict').emptyTuple().reduce().stop().bytes();
const PICKLES = [stateDict(), P.call('os', 'system', 'id', 4), P.call('builtins', 'eval', 'x', 2), P.call('subprocess', 'run', 'y', 0), P.of().proto(5).emptyDict().mark().shortBinUnicode('k').int(7).setitem().stop().bytes()];
const NPY = npy('<f4', [2, 2], Buffer.alloc(16));

/** Seeds by file name: the extension picks the scanner's path as it does for a release's artifacts. */
const FILES: Array<[string, Buffer]> = [
  ['model.pkl', PICKLES[1]!],
  ['model.pt', Buffer.concat([P.of().proto(2).int(1).stop().bytes(), stateDict()])],
  ['ckpt.pt', Buffer.from(zipSync({ 'archive/data.pkl': stateDict(), 'archive/extra.pkl': PICKLES[1]!, 'archive/version': Buffer.from('3\n'), 'archive/data/0': Buffer.alloc(32) }))],
  ['arr.npy', NPY],
  ['obj.npy', Buffer.concat([npy('|O', [1], Buffer.alloc(0)), PICKLES[2]!])],
  ['arrs.npz', Buffer.from(zipSync({ 'a.npy': NPY, 'b.npy': npy('|O', [1], PICKLES[3]!) }))],
  ['w.safetensors', safetensors({ w: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] }, __metadata__: { format: 'pt' } }, Buffer.alloc(16))],
  ['m.onnx', onnxModel([onnxExternalTensor('w', { location: 'w.bin', offset: '0', length: '16' })])],
  ['m.keras', Buffer.from(zipSync({ 'config.json': Buffer.from(JSON.stringify({ class_name: 'Sequential', config: { layers: [{ class_name: 'Lambda', config: { name: 'l', function: 'f' } }] } })), 'model.weights.h5': Buffer.alloc(8) }))],
  ['m.joblib', gzipSync(PICKLES[0]!)],
  ['z.joblib', deflateSync(PICKLES[1]!)],
];

const ws = tempWorkspace({ 'w.bin': Buffer.alloc(16) });

async function scan(name: string, bytes: Uint8Array, lenient: boolean): Promise<ModelFileScan> {
  const path = join(ws, name);
  writeFileSync(path, bytes);
  return scanModelFile(path, { display: name, lenient, allowGlobals: ['collections.*'] });
}
const said = (r: unknown): string => (r as ModelFileScan).findings.map((f) => f.message).join('\n');
const expected = (e: unknown): boolean => e instanceof ConfigError;

// A secret as a call's string argument, and as a string value inside a zip member's pickle: findings
// name the global and the offset, never the data.
const planted = fc.record({ secret: plantedSecret, protocol: fc.integer({ min: 0, max: 5 }), zip: fc.boolean() }).map(({ secret, protocol, zip }) => {
  const pickle = P.call('os', 'system', secret, protocol);
  return { name: zip ? 'c.pt' : 'p.pkl', bytes: zip ? Buffer.from(zipSync({ 'archive/data.pkl': pickle })) : pickle, secret };
});

describe('fuzz: pickle walker', () => {
  it('random bytes', async () => {
    const arb = fc.oneof(randomBytes, randomBytes.map((b) => Buffer.concat([Buffer.from([0x80, b[0]! % 6]), b])));
    await fuzzReader(arb, { reader: 'pickle', property: 'random bytes', share: 0.04, expected: () => false, call: (b) => walkPickleBytes(b) });
  });
  it('mutated pickles', async () => {
    await fuzzReader(mutatedBytes(PICKLES), { reader: 'pickle', property: 'mutated seeds', share: 0.04, expected: () => false, call: (b) => walkPickleBytes(b, { legacyTorch: b.length % 2 === 0 }) });
  });
});

describe('fuzz: model files', () => {
  it('mutated files of every format', async () => {
    const arb = fc.record({ seed: fc.nat({ max: FILES.length - 1 }), lenient: fc.boolean() }).chain(({ seed, lenient }) => mutatedBytes([FILES[seed]![1]]).map((bytes) => ({ name: FILES[seed]![0], bytes, lenient })));
    await fuzzReader(arb, { reader: 'model files', property: 'mutated seeds', share: 0.05, expected, call: (a) => scan(a.name, a.bytes, a.lenient), said });
  });
  it('random bytes under every model extension', async () => {
    const arb = fc.record({ name: fc.constantFrom(...FILES.map(([n]) => n), 'x.bin', 'x.ckpt', 'x.h5', 'noext'), bytes: randomBytes, lenient: fc.boolean() });
    await fuzzReader(arb, { reader: 'model files', property: 'random bytes', share: 0.02, expected, call: (a) => scan(a.name, a.bytes, a.lenient), said });
  });
  it('a planted secret in pickle data never reaches a finding or an error', async () => {
    await fuzzReader(planted, { reader: 'model files', property: 'planted secret', share: 0.01, expected, call: (p) => scan(p.name, p.bytes, false), said, secrets: (p) => [p.secret] });
  });
});
