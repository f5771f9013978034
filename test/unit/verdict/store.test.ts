import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pae } from '../../../src/attest/verify.js';
import { ConfigError } from '../../../src/errors.js';
import { loadVerdictStore, type VerdictStoreOptions } from '../../../src/verdict/store.js';
import { runGate } from '../../../src/gate.js';
import { INTOTO_PAYLOAD_TYPE, STATEMENT_TYPE, VERDICT_PREDICATE_TYPE, writeVerdictStatement } from '../../../src/verdict/statement.js';
import { manifestYaml, sha256, tempWorkspace, writeIn } from '../../helpers/workspace.js';
import { views } from '../../helpers/views.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const P = '1'.repeat(64);
const R = '2'.repeat(64);

function statement(over: { verdict?: string; time?: string; subjects?: string[]; version?: string; predicateType?: string } = {}) {
  return {
    _type: STATEMENT_TYPE,
    subject: (over.subjects ?? [A]).map((d, i) => ({ name: `model-${i}.bin`, digest: { sha256: d } })),
    predicateType: over.predicateType ?? VERDICT_PREDICATE_TYPE,
    predicate: {
      verdict: over.verdict ?? 'passed',
      mode: 'enforce',
      failOn: 'high',
      release: { name: 'fraud', version: over.version ?? '1.0.0' },
      time: over.time ?? '2026-02-01T00:00:00.000Z',
      policy: { path: 'policy.yaml', digest: { sha256: P } },
      report: { schemaVersion: '1.0.0', digest: { sha256: R } },
    },
  };
}

const pretty = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

function keys(): { publicPem: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey };
}

function dsse(st: unknown, privateKey: KeyObject): { payloadType: string; payload: string; signatures: Array<{ keyid: string; sig: string }> } {
  const payload = Buffer.from(JSON.stringify(st));
  const sig = sign('sha256', pae(INTOTO_PAYLOAD_TYPE, payload), privateKey);
  return { payloadType: INTOTO_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: sig.toString('base64') }] };
}

/** A Sigstore bundle (v0.3) signed with a key rather than a certificate, as model-signing writes them. */
function keyedBundle(st: unknown, privateKey: KeyObject) {
  const env = dsse(st, privateKey);
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: 'verdict-key' }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
    dsseEnvelope: { payload: env.payload, payloadType: env.payloadType, signatures: [{ sig: env.signatures[0]!.sig, keyid: '' }] },
  };
}

const open = (opts: Partial<VerdictStoreOptions> = {}): VerdictStoreOptions => ({ requireSigned: false, now: NOW, ...opts });

async function error(p: Promise<unknown>): Promise<ConfigError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ConfigError);
  return e as ConfigError;
}

describe('loadVerdictStore', () => {
  it('reads plain statements, indexes them by subject digest, newest first', async () => {
    const ws = tempWorkspace({
      'verdicts/a-old.json': pretty(statement({ time: '2026-01-01T00:00:00Z', version: '1.0.0' })),
      'verdicts/nested/a-new.json': pretty(statement({ verdict: 'blocked', time: '2026-02-20T00:00:00Z', version: '1.1.0', subjects: [A, B] })),
      'verdicts/a-mid.json': pretty(statement({ verdict: 'error', time: '2026-02-10T00:00:00Z', version: '1.0.1' })),
      'verdicts/README.md': 'not a statement',
    });
    const store = await loadVerdictStore(ws, 'verdicts', open());
    expect(store.files).toBe(3);
    const a = store.lookup(A);
    expect(a.map((r) => [r.release.version, r.verdict, r.time])).toEqual([
      ['1.1.0', 'blocked', '2026-02-20T00:00:00.000Z'],
      // A run that ended in error did not pass.
      ['1.0.1', 'blocked', '2026-02-10T00:00:00.000Z'],
      ['1.0.0', 'passed', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(a[0]).toEqual({
      verdict: 'blocked',
      release: { name: 'fraud', version: '1.1.0' },
      time: '2026-02-20T00:00:00.000Z',
      subjects: [A, B],
      policyDigest: P,
      reportDigest: R,
      file: 'verdicts/nested/a-new.json',
      signed: false,
    });
    expect(store.lookup(`sha256:${B.toUpperCase()}`).map((r) => r.file)).toEqual(['verdicts/nested/a-new.json']);
    expect(store.lookup('c'.repeat(64))).toEqual([]);
  });

  it('verifies DSSE envelopes with the trusted PEM keys (generated here)', async () => {
    const k = keys();
    const ws = tempWorkspace({ 'keys/verdict.pub': k.publicPem, 'v/one.dsse.json': JSON.stringify(dsse(statement(), k.privateKey)) });
    const store = await loadVerdictStore(ws, 'v', open({ requireSigned: true, trust: { keys: ['keys/verdict.pub'] } }));
    expect(store.lookup(A)).toMatchObject([{ verdict: 'passed', signed: true, signer: 'keys/verdict.pub', file: 'v/one.dsse.json' }]);
  });

  it('verifies key-signed Sigstore bundles', async () => {
    const k = keys();
    const ws = tempWorkspace({ 'keys/verdict.pub': k.publicPem, 'v/one.sigstore.json': JSON.stringify(keyedBundle(statement(), k.privateKey)) });
    const store = await loadVerdictStore(ws, 'v', open({ requireSigned: true, trust: { keys: ['keys/verdict.pub'] } }));
    expect(store.lookup(A)).toMatchObject([{ signed: true, signer: 'keys/verdict.pub' }]);
    // Without the key and without requiring signatures, the bundle counts as unsigned.
    const unsigned = await loadVerdictStore(ws, 'v', open());
    expect(unsigned.lookup(A)).toMatchObject([{ signed: false }]);
    expect(unsigned.lookup(A)[0]!.signer).toBeUndefined();
  });

  it('refuses a tampered statement: the signature does not verify', async () => {
    const k = keys();
    const env = dsse(statement({ verdict: 'blocked' }), k.privateKey);
    const forged = Buffer.from(env.payload, 'base64').toString('utf8').replace('"blocked"', '"passed"');
    env.payload = Buffer.from(forged).toString('base64');
    const ws = tempWorkspace({ 'keys/verdict.pub': k.publicPem, 'v/forged.json': JSON.stringify(env) });
    const e = await error(loadVerdictStore(ws, 'v', open({ trust: { keys: ['keys/verdict.pub'] } })));
    expect(e.message).toMatch(/^v\/forged\.json: signature does not verify with any trusted key \(keys\/verdict\.pub\)/);
    // Signed by another key: the same.
    const other = keys();
    writeIn(ws, 'v/forged.json', JSON.stringify(dsse(statement(), other.privateKey)));
    expect((await error(loadVerdictStore(ws, 'v', open({ trust: { keys: ['keys/verdict.pub'] } })))).message).toMatch(/signature does not verify/);
    // A tampered bundle as well.
    const bundle = keyedBundle(statement({ verdict: 'blocked' }), k.privateKey);
    bundle.dsseEnvelope.payload = Buffer.from(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString().replace('"blocked"', '"passed"')).toString('base64');
    writeIn(ws, 'v/forged.json', JSON.stringify(bundle));
    expect((await error(loadVerdictStore(ws, 'v', open({ trust: { keys: ['keys/verdict.pub'] } })))).message).toMatch(/^v\/forged\.json: signature does not verify: /);
  });

  it('refuses unsigned statements when signatures are required, at the file and line', async () => {
    const ws = tempWorkspace({ 'v/plain.json': pretty(statement()) });
    const e = await error(loadVerdictStore(ws, 'v', open({ requireSigned: true })));
    expect(e.location).toEqual({ file: 'v/plain.json', line: 1, column: 1 });
    expect(e.message).toMatch(/unsigned verdict statement: the verdict store requires signed statements/);
    // A DSSE envelope with no key to check it against is no better.
    const k = keys();
    writeIn(ws, 'v/plain.json', JSON.stringify(dsse(statement(), k.privateKey)));
    expect((await error(loadVerdictStore(ws, 'v', open({ requireSigned: true })))).message).toMatch(/requires signed statements, and this signature cannot be checked/);
  });

  it('accepts a plain statement beside the bundle that signs it (as the action writes them): one record, signed', async () => {
    const k = keys();
    const st = statement();
    const ws = tempWorkspace({
      'keys/verdict.pub': k.publicPem,
      'v/verdict.intoto.json': pretty(st),
      'v/verdict.sigstore.json': JSON.stringify(keyedBundle(st, k.privateKey)),
    });
    const store = await loadVerdictStore(ws, 'v', open({ requireSigned: true, trust: { keys: ['keys/verdict.pub'] } }));
    expect(store.files).toBe(2);
    expect(store.lookup(A)).toMatchObject([{ signed: true, file: 'v/verdict.sigstore.json' }]);
    // A plain statement that differs from every signed one is still refused.
    writeIn(ws, 'v/verdict.intoto.json', pretty(statement({ version: '6.6.6' })));
    expect((await error(loadVerdictStore(ws, 'v', open({ requireSigned: true, trust: { keys: ['keys/verdict.pub'] } })))).location?.file).toBe('v/verdict.intoto.json');
  });

  it('refuses malformed statements with file:line', async () => {
    // [file text, message, text on the line the error must point at]
    const cases: Array<[string, RegExp, string]> = [
      ['{\n  "_type": "x",\n  oops\n}\n', /not valid JSON/, 'oops'],
      [pretty(statement({ predicateType: 'https://slsa.dev/provenance/v1' })), /predicateType is "https:\/\/slsa\.dev\/provenance\/v1"; a verdict statement has https:\/\/modelgate\.dev\/verdict\/v1/, '"predicateType"'],
      [pretty({ ...statement(), _type: 'https://in-toto.io/Statement/v0.1' }), /_type is "https:\/\/in-toto\.io\/Statement\/v0\.1"/, '"_type"'],
      [pretty({ ...statement(), subject: [] }), /subject must be a non-empty list/, '"subject"'],
      [pretty({ ...statement(), subject: [{ name: 'm', digest: { sha512: 'ab' } }] }), /subject\[0\]\.digest\.sha256 must be 64 hexadecimal characters/, '"digest"'],
      [pretty(statement({ verdict: 'maybe' })), /predicate\.verdict is "maybe"; expected passed, blocked or error/, '"verdict"'],
      [pretty(statement({ time: 'yesterday' })), /predicate\.time must be an ISO 8601/, '"time"'],
      [pretty(statement({ time: '2027-01-01T00:00:00Z' })), /predicate\.time 2027-01-01T00:00:00Z is in the future/, '"time"'],
      [pretty({ ...statement(), predicate: { ...statement().predicate, report: {} } }), /predicate\.report\.digest\.sha256 must be 64 hexadecimal/, '"report"'],
      ['{"hello": "world"}', /not a verdict statement: expected an in-toto Statement/, 'hello'],
      ['{"_type": "a", "_type": "b"}', /unique/i, '_type'],
    ];
    for (const [text, msg, needle] of cases) {
      const line = text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      const ws = tempWorkspace({ 'v/bad.json': text });
      const e = await error(loadVerdictStore(ws, 'v', open()));
      expect(e.message, text).toMatch(msg);
      expect(e.location?.file).toBe('v/bad.json');
      expect(e.location?.line, text).toBe(line);
    }
  });

  it('refuses a wrong predicateType inside a signed envelope, naming the file', async () => {
    const k = keys();
    const ws = tempWorkspace({ 'keys/k.pub': k.publicPem, 'v/slsa.json': JSON.stringify(dsse(statement({ predicateType: 'https://slsa.dev/provenance/v1' }), k.privateKey)) });
    const e = await error(loadVerdictStore(ws, 'v', open({ trust: { keys: ['keys/k.pub'] } })));
    expect(e.message).toMatch(/^v\/slsa\.json: predicateType is "https:\/\/slsa\.dev\/provenance\/v1"/);
  });

  it('keeps every path inside the workspace', async () => {
    const ws = tempWorkspace({ 'v/ok.json': pretty(statement()) });
    expect((await error(loadVerdictStore(ws, '../elsewhere', open()))).message).toMatch(/leaves the workspace/);
    expect((await error(loadVerdictStore(ws, 'nowhere', open()))).message).toBe('nowhere: verdict store not found');
    expect((await error(loadVerdictStore(ws, 'v/ok.json', open()))).message).toMatch(/must be a directory/);
    expect((await error(loadVerdictStore(ws, 'v', open({ trust: { keys: ['../k.pub'] } })))).message).toMatch(/leaves the workspace/);
    expect((await error(loadVerdictStore(ws, 'v', open({ trust: { keys: ['v/ok.json'] } })))).message).toMatch(/not a PEM public key/);
    // An absolute path inside the workspace is accepted.
    expect((await loadVerdictStore(ws, join(ws, 'v'), open())).files).toBe(1);
    // A link that leads out of the workspace is refused.
    const outside = tempWorkspace({ 'x.json': pretty(statement()) });
    symlinkSync(join(outside, 'x.json'), join(ws, 'v', 'link.json'));
    expect((await error(loadVerdictStore(ws, 'v', open()))).message).toMatch(/resolves outside the workspace through a symbolic link/);
  });

  it('refuses an invalid identity pattern and a Sigstore bundle it cannot verify when signatures are required', async () => {
    const ws = tempWorkspace({ 'v/ok.json': pretty(statement()) });
    expect((await error(loadVerdictStore(ws, 'v', open({ trust: { identities: [{ san: '^(a$', issuer: '^b$' }] } })))).message).toMatch(/identity 1: san is not a valid regular expression/);
    const cert = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: 'AAAA' }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
      dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement())).toString('base64'), payloadType: INTOTO_PAYLOAD_TYPE, signatures: [{ sig: 'AAAA', keyid: '' }] },
    };
    writeIn(ws, 'v/ok.json', JSON.stringify(cert));
    expect((await error(loadVerdictStore(ws, 'v', open({ requireSigned: true })))).message).toBe(
      'v/ok.json: Sigstore bundle cannot be verified: the verdict store names no trusted root (Sigstore trusted_root.json)',
    );
    // Not required: read as unsigned.
    expect((await loadVerdictStore(ws, 'v', open())).lookup(A)).toMatchObject([{ signed: false }]);
  });

  it('reads back what the gate writes: a statement from a real run, signed, found by the artifact digest', async () => {
    const k = keys();
    const MODEL = 'weights';
    const ws = tempWorkspace({ 'rel/model-release.yaml': manifestYaml([{ path: 'model.bin', sha256: sha256(MODEL) }]), 'rel/model.bin': MODEL, 'keys/k.pub': k.publicPem });
    const report = await runGate({ workspace: ws, manifest: 'rel/model-release.yaml', checks: ['lineage'], logger: { info: () => {}, warning: () => {}, debug: () => {} }, now: NOW });
    const w = writeVerdictStatement(report, { workspace: ws, path: 'verdicts/demo.intoto.json', run: {}, views });
    writeIn(ws, 'verdicts/demo.dsse.json', JSON.stringify(dsse(w.statement, k.privateKey)));
    const store = await loadVerdictStore(ws, 'verdicts', open({ requireSigned: true, trust: { keys: ['keys/k.pub'] }, now: new Date(Date.parse(report.startedAt) + 60_000) }));
    expect(store.lookup(sha256(MODEL))).toEqual([
      {
        verdict: 'passed',
        release: { name: 'demo', version: '1.0.0' },
        time: w.statement.predicate.time,
        subjects: [sha256(MODEL)],
        policyDigest: sha256(''),
        reportDigest: w.statement.predicate.report.digest.sha256,
        file: 'verdicts/demo.dsse.json',
        signed: true,
        signer: 'keys/k.pub',
      },
    ]);
  });
});
