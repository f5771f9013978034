// The model-file scanner wired into the lineage check: file and directory artifacts, findings with
// file/member/offset, allowGlobals, facts, summary, and fail-closed errors (through lineage.run and
// through runGate). Pickles are assembled from opcode bytes at run time; nothing is unpickled.
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { digestTargets } from '../../../../src/io/artifact-digest.js';
import { lineage } from '../../../../checks/lineage/index.js';
import { scanMode } from '../../../../checks/lineage/scan.js';
import { ConfigError } from '../../../../src/errors.js';
import { runGate } from '../../../../src/gate.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { ctx, load, sha } from '../../../helpers/lineage-release.js';
import { P } from '../../../helpers/model-files.js';
import { summaryOf, summaryOfFacts } from '../../../helpers/views.js';

const logger = { info() {}, warning() {}, debug() {} };

/** A manifest body listing each artifact with its digest (directories: the digest is not checked here). */
function body(arts: Array<{ path: string; sha256?: string; format?: string }>): string {
  return `model:\n  artifacts:\n${arts.map((a) => `    - path: ${a.path}\n      sha256: ${a.sha256 ?? 'a'.repeat(64)}\n${a.format ? `      format: ${a.format}\n` : ''}`).join('')}`;
}

/** A pickle that builds `sklearn.linear_model._logistic.LogisticRegression()` (protocol 4), like a saved estimator. */
const estimator = (): Buffer =>
  P.of().proto(4).shortBinUnicode('sklearn.linear_model._logistic').memoize().shortBinUnicode('LogisticRegression').memoize().stackGlobal().memoize().emptyTuple().newobj().emptyDict().build().stop().bytes();

/** A torch-style state dict pickle: collections.OrderedDict() only (rated safe). */
const stateDict = (): Buffer => P.of().proto(2).global('collections', 'OrderedDict').emptyTuple().reduce().stop().bytes();

describe('lineage: unsafe model files', () => {
  it('a file artifact importing os.system is a critical finding on the file, with the global in the target', async () => {
    const evil = P.call('os', 'system', 'id', 4);
    const ws = tempWorkspace({ 'model/model.pkl': evil });
    const r = await lineage.run(ctx(ws, load(ws, body([{ path: 'model/model.pkl', sha256: sha(evil) }]))));
    expect(r.status).toBe('passed');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      ruleId: 'lineage/unsafe-global',
      severity: 'critical',
      location: { file: 'model/model.pkl' },
      target: 'model/model.pkl#os.system',
      evidence: expect.stringMatching(/^offset \d+$/),
      message: expect.stringMatching(/^model file model\/model\.pkl: imports dangerous global os\.system .*called or instantiated \(REDUCE\)/),
    });
    const art = (r.facts.artifacts as Array<Record<string, unknown>>)[0]!;
    expect(art).toMatchObject({ ok: true, scan: { verdict: 'dangerous', format: 'pickle', files: 1, scanned: 1, pickles: 1, dangerous: [{ global: 'os.system', count: 1 }], suspicious: [] } });
    expect(r.facts.modelFiles).toEqual([
      { path: 'model/model.pkl', artifact: 'model/model.pkl', format: 'pickle', bytes: evil.length, pickles: 1, members: 0, dangerous: [{ global: 'os.system', count: 1 }], suspicious: [], unknown: [], findings: 1, verdict: 'dangerous' },
    ]);
    expect(r.facts.modelScan).toMatchObject({ files: 1, scanned: 1, dangerous: 1, clean: 0 });
    // The rules the findings use are declared (SARIF and the rules page are generated from them).
    expect(lineage.rules.map((x) => x.id)).toEqual(expect.arrayContaining(['lineage/unsafe-global', 'lineage/unresolved-global', 'lineage/zip-bomb', 'lineage/safetensors-invalid']));
  });

  it('scans every file of a directory artifact: zip members in location.field and the target, text skipped, unrecognised files listed', async () => {
    const ckpt = Buffer.from(zipSync({ 'archive/data.pkl': stateDict(), 'archive/extra.pkl': P.call('subprocess', 'run', 'id', 2), 'archive/version': Buffer.from('3\n') }));
    const ws = tempWorkspace({
      'model/pytorch_model.bin': ckpt,
      'model/config.json': '{"architectures": ["Net"]}',
      'model/vocab.txt': 'cat\ndog\n', // starts with "c": would be a GLOBAL opcode if it were walked
      'model/tokenizer.model': Buffer.from([0x0a, 0x05, 0x01, 0x02]),
      'model/sub/estimator.joblib': estimator(),
    });
    const r = await lineage.run(ctx(ws, load(ws, body([{ path: 'model' }]))));
    const scanFindings = r.findings.filter((f) => f.ruleId !== 'lineage/artifact-digest-mismatch');
    expect(scanFindings.map((f) => [f.ruleId, f.severity, f.location, f.target])).toEqual([
      ['lineage/unsafe-global', 'critical', { file: 'model/pytorch_model.bin', field: 'archive/extra.pkl' }, 'model/pytorch_model.bin!archive/extra.pkl#subprocess.run'],
      ['lineage/unknown-global', 'medium', { file: 'model/sub/estimator.joblib' }, 'model/sub/estimator.joblib#sklearn.linear_model._logistic.LogisticRegression'],
    ]);
    expect(scanFindings[0]!.evidence).toMatch(/^member "archive\/extra\.pkl", offset \d+$/);
    const files = Object.fromEntries((r.facts.modelFiles as Array<{ path: string; format: string; verdict: string }>).map((f) => [f.path, [f.format, f.verdict]]));
    expect(files).toEqual({
      'model/config.json': ['text', 'not-scanned'],
      'model/pytorch_model.bin': ['pytorch-zip', 'dangerous'],
      'model/sub/estimator.joblib': ['pickle', 'unknown'],
      'model/tokenizer.model': ['unrecognised', 'not-scanned'],
      'model/vocab.txt': ['text', 'not-scanned'],
    });
    const art = (r.facts.artifacts as Array<Record<string, unknown>>)[0]!;
    expect(art.scan).toEqual({
      verdict: 'dangerous',
      formats: { 'pytorch-zip': 1, text: 2, pickle: 1, unrecognised: 1 },
      files: 5,
      scanned: 2,
      pickles: 3,
      dangerous: [{ global: 'subprocess.run', count: 1 }],
      suspicious: [],
      findings: 2,
    });
    const summary = summaryOfFacts('lineage', r.facts);
    expect(summary).toContain('#### Model files (unsafe deserialization)');
    expect(summary).toContain('| model/pytorch_model.bin | pytorch-zip | 2 | `subprocess.run` | — | ⛔ dangerous |');
    expect(summary).toContain('3 file(s) not scanned');
    expect(summary).toMatch(/\| model \| directory \(5 files\) .*\| ⛔ dangerous \|/);
  });

  it('allowGlobals lifts reviewed unknown and suspicious globals, never a dangerous one', async () => {
    const mixed = P.of().proto(2).global('sklearn.svm', 'SVC').emptyTuple().reduce().pop().global('builtins', 'type').pop().global('os', 'system').pop().none().stop().bytes();
    const ws = tempWorkspace({ 'm.pkl': mixed });
    const m = load(ws, body([{ path: 'm.pkl', sha256: sha(mixed) }]));
    let r = await lineage.run(ctx(ws, m));
    expect(r.findings.map((f) => [f.ruleId, f.target])).toEqual([
      ['lineage/unknown-global', 'm.pkl#sklearn.svm.SVC'],
      ['lineage/suspicious-global', 'm.pkl#builtins.type'],
      ['lineage/unsafe-global', 'm.pkl#os.system'],
    ]);
    r = await lineage.run(ctx(ws, m, { allowGlobals: ['sklearn.*', 'builtins.type', 'os.*'] }));
    expect(r.findings.map((f) => f.target)).toEqual(['m.pkl#os.system']);
    expect(r.facts.modelScan).toMatchObject({ allowGlobals: 3, dangerous: 1 });
  });

  it('allowGlobals entries are validated: shape by the schema, an exact dangerous global is a ConfigError at the policy line', async () => {
    const ws = tempWorkspace({ 'm.pkl': stateDict() });
    const m = load(ws, body([{ path: 'm.pkl', sha256: sha(stateDict()) }]));
    for (const bad of ['*', 'sklearn', 'sklearn.*.x', 'os system']) {
      expect(() => lineage.configSchema.parse({ allowGlobals: [bad] }), bad).toThrow(/module\.name/);
    }
    const c = ctx(ws, m, { allowGlobals: ['sklearn.*', 'builtins.eval'] });
    c.policy = { path: 'policy.yaml', locate: (p) => ({ file: 'policy.yaml', line: 7, column: Number(p[2]) + 5 }) };
    const err = await lineage.run(c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/^policy\.yaml:7:6: policy lineage\.allowGlobals\[1\]: "builtins\.eval" is rated dangerous/);
  });

  it('a truncated pickle fails the check with an error naming the file (nothing else is reported as clean)', async () => {
    const truncated = P.of().proto(4).shortBinUnicode('collections').bytes().subarray(0, 6);
    const ws = tempWorkspace({ 'model/good.pkl': stateDict(), 'model/broken.pkl': truncated, 'model/corrupt.pt': Buffer.from('PK\x03\x04 not really a zip archive') });
    const m = load(ws, body([{ path: 'model' }]));
    const err = await lineage.run(ctx(ws, m)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).location).toEqual({ file: 'model/broken.pkl' });
    expect((err as ConfigError).detail).toMatch(/^model file model\/broken\.pkl: not a pickle stream: truncated.*\(and 1 more model file\(s\) that cannot be scanned: model\/corrupt\.pt\); the gate fails closed/);
  });

  it('malformed after an import: the import and a malformed finding with its offset in the target', async () => {
    // builtins.exec imported, then a string that claims more bytes than the file has.
    const broken = Buffer.concat([P.of().proto(2).global('builtins', 'exec').bytes(), Buffer.from([0x58, 0xff, 0, 0, 0, 0x41])]);
    const ws = tempWorkspace({ 'm.pkl': broken });
    const r = await lineage.run(ctx(ws, load(ws, body([{ path: 'm.pkl', sha256: sha(broken) }]))));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/unsafe-global', 'lineage/malformed']);
    expect(r.findings[1]!.target).toMatch(/^m\.pkl@\d+$/);
    expect(r.findings[1]!.evidence).toMatch(/^offset \d+$/);
  });

  it('lenient files: tensor bytes that start like a pickle are not one; a protocol-0 payload followed by junk still is', async () => {
    const tensor = Buffer.concat([Buffer.from([0x82, 0x11]), Buffer.alloc(64, 0xdd)]); // EXT1 then a byte no unpickler knows
    const globalLike = Buffer.from('cabc\ndef\n\xdd\xdd', 'latin1'); // GLOBAL abc.def, imported, never called
    const payload = Buffer.concat([P.call('posix', 'system', 'id', 0).subarray(0, -1), Buffer.from([0xdd, 0xdd])]); // REDUCE runs, then junk
    const ws = tempWorkspace({ 'model/model.onnx.data': tensor, 'model/weights.bin': globalLike, 'model/extra.bin': payload });
    const r = await lineage.run(ctx(ws, load(ws, body([{ path: 'model' }]))));
    const files = Object.fromEntries((r.facts.modelFiles as Array<{ path: string; format: string; verdict: string }>).map((f) => [f.path, [f.format, f.verdict]]));
    expect(files).toEqual({ 'model/extra.bin': ['pytorch-legacy', 'dangerous'], 'model/model.onnx.data': ['unrecognised', 'not-scanned'], 'model/weights.bin': ['unrecognised', 'not-scanned'] });
    expect(r.findings.filter((f) => f.ruleId !== 'lineage/artifact-digest-mismatch').map((f) => [f.ruleId, f.target])).toEqual([
      ['lineage/unsafe-global', 'model/extra.bin#posix.system'],
      ['lineage/malformed', expect.stringMatching(/^model\/extra\.bin@\d+$/)],
    ]);
    // The same bytes named as a pickle are strict: the EXT1 code is an unresolved (dangerous) import.
    const ws2 = tempWorkspace({ 'w.pkl': tensor });
    const r2 = await lineage.run(ctx(ws2, load(ws2, body([{ path: 'w.pkl', sha256: sha(tensor) }]))));
    expect(r2.findings.map((f) => f.ruleId)).toEqual(['lineage/unresolved-global', 'lineage/malformed']);
  });

  it('the manifest format hint makes an unknown extension strict; text and unknown files are chosen as documented', () => {
    expect(scanMode('model/weights', Buffer.from('xyz'), 'pytorch')).toBe('strict');
    expect(scanMode('model/weights', Buffer.from('xyz'), 'json')).toBe('lenient');
    expect(scanMode('m/config.json', Buffer.from('{}'))).toBe('skip');
    expect(scanMode('m/config.json', Buffer.from([0x80, 0x04, 0x95]))).toBe('strict'); // a pickle named .json
    expect(scanMode('m/LICENSE', Buffer.from('Apache'))).toBe('skip');
    expect(scanMode('m/model.onnx.data', Buffer.from([1, 2, 3]))).toBe('lenient');
    expect(scanMode('m/model.safetensors', Buffer.from([1, 2, 3]))).toBe('strict');
    expect(scanMode('m/archive', Buffer.from('PK\x03\x04'))).toBe('strict');
  });
});

describe('lineage model-file scan through runGate', () => {
  async function gate(files: Record<string, string | Uint8Array>, artifact: string, policy = 'failOn: high\n') {
    const ws = tempWorkspace({ ...files, 'policy.yaml': policy });
    const [d] = await digestTargets([join(ws, artifact)]);
    writeIn(ws, 'model-release.yaml', `apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata:\n  name: demo\n  version: 1.0.0\n  owner: team@example.com\n${body([{ path: artifact, sha256: d!.sha256! }])}`);
    return runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger, registry: [lineage], checks: ['lineage'], now: new Date('2026-06-01T12:00:00Z') });
  }

  it('a directory with a protocol-0 payload is blocked; the same directory with a clean state dict passes', async () => {
    const payload = P.call('posix', 'system', 'echo pwned', 0);
    let r = await gate({ 'model/weights.pkl': stateDict(), 'model/optimizer.pt': payload, 'model/README.md': '# model' }, 'model');
    expect(r.verdict).toBe('blocked');
    const c = r.checks.find((x) => x.id === 'lineage')!;
    expect(c.status).toBe('failed');
    expect(c.findings.filter((f) => f.violation).map((f) => [f.ruleId, f.target])).toEqual([['lineage/unsafe-global', 'model/optimizer.pt#posix.system']]);
    expect(r.rules.some((x) => x.id === 'lineage/unsafe-global')).toBe(true);
    expect(summaryOf(c)).toContain('⛔ dangerous');

    r = await gate({ 'model/weights.pkl': stateDict(), 'model/README.md': '# model' }, 'model');
    expect(r.verdict).toBe('passed');
    expect(r.checks.find((x) => x.id === 'lineage')!.facts).toMatchObject({ modelScan: { files: 2, scanned: 1, clean: 1, dangerous: 0 } });
  });

  it('a waiver on the file#global target accepts a reviewed finding', async () => {
    const payload = P.call('builtins', 'getattr', 'x', 2);
    const policy = `failOn: high\nwaivers:\n  - rule: lineage/unsafe-global\n    target: "model/legacy.pkl#builtins.getattr"\n    reason: reviewed gadget-free use\n    owner: ml-platform@example.com\n    expires: 2026-12-31\n`;
    const r = await gate({ 'model/legacy.pkl': payload }, 'model', policy);
    expect(r.verdict).toBe('passed');
    expect(r.waivers.applied).toHaveLength(1);
  });

  it('a corrupt archive is a check error: the gate fails closed and names the file', async () => {
    const r = await gate({ 'model/model.npz': Buffer.from('PK\x05\x06 truncated end record') }, 'model');
    expect(r.verdict).toBe('error');
    const c = r.checks.find((x) => x.id === 'lineage')!;
    expect(c.status).toBe('error');
    expect(c.findings).toMatchObject([{ ruleId: 'gate/check-error', location: { file: 'model/model.npz' }, message: expect.stringMatching(/model file model\/model\.npz: corrupt zip archive/) }]);
  });
});
