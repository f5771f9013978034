import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/errors.js';
import { lineage } from '../../../../checks/lineage/index.js';
import { fullMatch, pae } from '../../../../src/attest/verify.js';
import { directoryDigest } from '../../../../src/io/artifact-digest.js';
import { tempWorkspace, writeIn } from '../../../helpers/workspace.js';
import { BUILDER, COMMIT, ctx, ecKeys, lineOf, load, provenance, provenanceSetup as setup, sha } from '../../../helpers/lineage-release.js';

describe('lineage: SLSA provenance', () => {
  it('accepts a DSSE envelope signed by a trusted key from a trusted builder covering every artifact and dataset', async () => {
    const { ws, body, policy } = setup();
    const r = await lineage.run(ctx(ws, load(ws, body('att/prov.dsse.json')), { ...policy, requireSignature: true }));
    expect(r.findings).toEqual([]);
    expect(r.facts.provenance).toEqual([
      { path: 'att/prov.dsse.json', form: 'dsse', verified: true, trusted: true, signer: 'keys/builder.pub', builder: BUILDER, builderTrusted: true, subjects: 1, accepted: true },
    ]);
    expect((r.facts.artifacts as Array<Record<string, unknown>>)[0]).toMatchObject({ attested: true, signed: true });
  });

  it('a one-byte change to the envelope payload fails verification (critical)', async () => {
    const { ws, body, policy } = setup();
    const env = JSON.parse(readFileSync(`${ws}/att/prov.dsse.json`, 'utf8')) as { payload: string };
    const payload = Buffer.from(env.payload, 'base64');
    const at = payload.indexOf('subject');
    payload[at] = payload[at]! ^ 1; // one byte of the signed statement
    env.payload = payload.toString('base64');
    writeIn(ws, 'att/prov.dsse.json', JSON.stringify(env));
    const text = body('att/prov.dsse.json');
    const r = await lineage.run(ctx(ws, load(ws, text), policy));
    const f = r.findings.find((x) => x.ruleId === 'lineage/signature-invalid');
    expect(f).toMatchObject({ severity: 'critical', target: 'att/prov.dsse.json' });
    expect(f!.location?.line).toBe(6 + lineOf(text, 'path: att/prov.dsse.json'));
    expect(r.findings.map((x) => x.ruleId)).toContain('lineage/provenance-subject-missing');
  });

  it('verifies P-384 keys with SHA-384 and Ed25519 keys', async () => {
    for (const curve of ['secp384r1', 'ed25519']) {
      const { ws, body, policy } = setup();
      const st = provenance([{ name: 'm', sha256: sha('weights') }], { deps: [{ uri: 'git+x', digest: { gitCommit: COMMIT, sha256: sha('x,y\n') } }] });
      const kp = curve === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: curve });
      writeIn(ws, 'keys/builder.pub', kp.publicKey.export({ type: 'spki', format: 'pem' }).toString());
      const payload = Buffer.from(JSON.stringify(st));
      const sig = sign(curve === 'ed25519' ? null : 'sha384', pae('application/vnd.in-toto+json', payload), kp.privateKey);
      writeIn(ws, 'att/prov.dsse.json', JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: payload.toString('base64'), signatures: [{ sig: sig.toString('base64') }] }));
      const r = await lineage.run(ctx(ws, load(ws, body('att/prov.dsse.json')), policy));
      expect(r.findings, curve).toEqual([]);
    }
  });

  it('reports an untrusted key, an untrusted builder, missing datasets and source commit', async () => {
    const st = provenance([{ name: 'm.bin', sha256: sha('weights') }], { deps: [{ uri: 'git+https://x', digest: { gitCommit: 'b'.repeat(40) } }] });
    const { ws, body, policy } = setup(st);
    // Another key: the signature verifies with none of the trusted keys.
    writeIn(ws, 'keys/builder.pub', ecKeys().publicPem);
    let r = await lineage.run(ctx(ws, load(ws, body('att/prov.dsse.json')), policy));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/signature-invalid', 'lineage/provenance-subject-missing']);
    // Plain statement allowed; builder untrusted.
    r = await lineage.run(ctx(ws, load(ws, body('att/prov.json')), { ...policy, requireSignedProvenance: false, trustedBuilders: ['^https://builder\\.example/.*$'] }));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/builder-untrusted', 'lineage/provenance-subject-missing']);
    // Builder trusted by pattern: dataset and commit missing from the dependencies.
    const text = body('att/prov.json');
    r = await lineage.run(ctx(ws, load(ws, text), { ...policy, requireSignedProvenance: false, trustedBuilders: ['^https://github\\.com/slsa-framework/.*$'] }));
    expect(r.findings.map((f) => [f.ruleId, f.location?.line])).toEqual([
      ['lineage/provenance-dataset-missing', 6 + lineOf(text, `sha256: ${sha('x,y\n')}`)],
      ['lineage/provenance-source-missing', 6 + lineOf(text, `commit: ${COMMIT}`)],
    ]);
    // By default a plain statement is unsigned.
    r = await lineage.run(ctx(ws, load(ws, text), policy));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/provenance-unsigned', 'lineage/provenance-subject-missing']);
  });

  it('rejects statements that are not in-toto v1 / SLSA v1', async () => {
    const { ws, body, policy } = setup({ _type: 'https://in-toto.io/Statement/v0.1', subject: [], predicateType: 'https://slsa.dev/provenance/v0.2', predicate: {} });
    const r = await lineage.run(ctx(ws, load(ws, body('att/prov.dsse.json')), policy));
    expect(r.findings[0]).toMatchObject({ ruleId: 'lineage/provenance-invalid' });
    expect(r.findings[0]!.message).toMatch(/_type is "https:\/\/in-toto.io\/Statement\/v0.1"/);
  });

  it('requireProvenance: none listed is a finding', async () => {
    const ws = tempWorkspace({ 'model/m.bin': 'weights' });
    const r = await lineage.run(ctx(ws, load(ws, `model:\n  artifacts:\n    - path: model/m.bin\n      sha256: ${sha('weights')}\n`), { requireProvenance: true, requireSignature: true }));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/provenance-missing', 'lineage/signature-missing']);
  });

  it('malformed DSSE envelopes and bundles are ConfigErrors naming the file', async () => {
    const { ws, body, policy } = setup();
    const cases: Array<[string, RegExp]> = [
      ['{"payloadType":"x","payload":"!!","signatures":[{"sig":"AA=="}]}', /att\/bad\.json: malformed DSSE envelope: payload must be a base64 string/],
      ['{"payloadType":"x","payload":"e30=","signatures":[]}', /malformed DSSE envelope: signatures must be a non-empty list/],
      ['{"payloadType":"x","payload":"bm90IGpzb24=","signatures":[{"sig":"AA=="}]}', /att\/bad\.json: the signed payload is not valid JSON/],
      ['{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{}}', /att\/bad\.json: malformed Sigstore bundle/],
      ['not json', /att\/bad\.json:1:1: attestation is not valid JSON: unexpected letter or digit/],
      ['{"hello":1}', /att\/bad\.json: not an attestation/],
    ];
    for (const [content, re] of cases) {
      writeIn(ws, 'att/bad.json', content);
      const err = await lineage.run(ctx(ws, load(ws, body('att/bad.json')), policy)).catch((e: unknown) => e);
      expect(err, content).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(re);
    }
    await expect(lineage.run(ctx(ws, load(ws, body('att/prov.dsse.json')), { ...policy, trustedKeys: ['keys/none.pub'] }))).rejects.toThrow('keys/none.pub: public key not found');
    writeIn(ws, 'keys/bad.pub', 'not a key');
    await expect(lineage.run(ctx(ws, load(ws, body('att/prov.dsse.json')), { ...policy, trustedKeys: ['keys/bad.pub'] }))).rejects.toThrow(/keys\/bad\.pub: not a PEM public key/);
  });

  it('covers a directory artifact by its directory digest or by all its files', async () => {
    const ws = tempWorkspace({ 'model/dir/a.bin': 'a', 'model/dir/b.bin': 'b' });
    const d = directoryDigest([sha('a'), sha('b')]);
    const body = `model:\n  artifacts:\n    - path: model/dir\n      sha256: ${d}\n  provenance:\n    - path: p.json\n`;
    for (const subjects of [[{ name: 'dir', sha256: d }], [{ name: 'a.bin', sha256: sha('a') }, { name: 'b.bin', sha256: sha('b') }]]) {
      writeIn(ws, 'p.json', JSON.stringify(provenance(subjects)));
      const r = await lineage.run(ctx(ws, load(ws, body), { requireSignedProvenance: false, trustedBuilders: [BUILDER] }));
      expect(r.findings).toEqual([]);
    }
  });

  it('identity patterns match the whole value', () => {
    expect(fullMatch('^a@example\\.com$', 'a@example.com')).toBe(true);
    expect(fullMatch('^a|b$', 'xb')).toBe(false);
  });
});
