// Real Sigstore bundles, the public-good trusted root and OpenSSF model-signing samples from
// ../shared/attestations (read-only; copied into a temporary workspace, where bytes are flipped).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { runGate } from '../../src/gate.js';
import { lineage } from '../../checks/lineage/index.js';
import { lineageFactsSchema } from '../../checks/lineage/facts.js';
import type { Check } from '../../src/check.js';
import { flipPayload } from '../helpers/attestations.js';
import { tempWorkspace, writeIn } from '../helpers/workspace.js';
import { ctx, load, sha } from '../helpers/lineage-release.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(repoRoot, '..', 'shared', 'attestations');
const ROOT = 'trust/trusted_root.json';
const BRIAN = { san: '^brian@dehamer\\.com$', issuer: '^https://github\\.com/login/oauth$' };
const STEFAN = { san: '^stefanb@us\\.ibm\\.com$', issuer: '^https://sigstore\\.verify\\.ibm\\.com/oauth2$' };

function workspace(): string {
  const ws = tempWorkspace({ 'model/m.bin': 'weights' });
  copyTree(join(shared, 'sigstore-js'), join(ws, 'att'));
  copyTree(join(shared, 'model-signing'), join(ws, 'ms'));
  writeIn(ws, ROOT, readFileSync(join(shared, 'sigstore-js', 'trusted_root.public-good.json')));
  return ws;
}

/** Copies file contents (not the read-only modes of the fixtures), so that the test can flip bytes. */
function copyTree(src: string, dst: string): void {
  for (const e of readdirSync(src, { withFileTypes: true })) {
    if (e.isDirectory()) copyTree(join(src, e.name), join(dst, e.name));
    else if (e.isFile()) writeIn(dst, e.name, readFileSync(join(src, e.name)));
  }
}

const artifacts = `model:\n  artifacts:\n    - path: model/m.bin\n      sha256: ${sha('weights')}\n`;

describe.skipIf(!existsSync(shared))('lineage on real attestations (../shared/attestations)', () => {
  it('the sigstore-js bundles (v0.1, v0.2, v0.3) verify offline against the public-good root; identity decides trust', async () => {
    const ws = workspace();
    for (const b of ['bundleV03-dsse.sigstore', 'bundleV02-intoto.sigstore', 'bundleV01-dsse-with-proof.sigstore']) {
      const m = load(ws, `${artifacts}  provenance:\n    - path: att/${b}\n`);
      let r = await lineage.run(ctx(ws, m, { sigstore: { trustedRoot: ROOT, identities: [BRIAN] } }));
      expect(r.facts.provenance, b).toMatchObject([{ form: 'bundle', verified: true, trusted: true, signer: 'brian@dehamer.com (issuer https://github.com/login/oauth)' }]);
      // The signed statement is an npm publish attestation (Statement v0.1), not SLSA v1 provenance.
      expect(r.findings.map((f) => f.ruleId), b).toEqual(['lineage/provenance-invalid', 'lineage/provenance-subject-missing']);
      r = await lineage.run(ctx(ws, m, { sigstore: { trustedRoot: ROOT, identities: [{ san: '^brian@dehamer\\.co$', issuer: BRIAN.issuer }] } }));
      expect(r.findings.map((f) => f.ruleId), b).toEqual(['lineage/signer-untrusted', 'lineage/provenance-invalid', 'lineage/provenance-subject-missing']);
    }
  });

  it('a one-byte change to a real bundle payload fails verification', async () => {
    const ws = workspace();
    flipPayload(join(ws, 'att', 'bundleV03-dsse.sigstore'));
    const r = await lineage.run(ctx(ws, load(ws, `${artifacts}  provenance:\n    - path: att/bundleV03-dsse.sigstore\n`), { sigstore: { trustedRoot: ROOT, identities: [BRIAN] } }));
    const f = r.findings.find((x) => x.ruleId === 'lineage/signature-invalid');
    expect(f?.severity).toBe('critical');
    expect(f?.message).toMatch(/does not verify against the trusted root trust\/trusted_root\.json: TLOG_BODY_ERROR/);
  });

  it('model-signing v1.1.0 keyless: resources match the files; the subject digest is our directory digest', async () => {
    const ws = workspace();
    const dir = 'ms/v1.1.0-sigstore';
    const digest = JSON.parse(Buffer.from((JSON.parse(readFileSync(join(ws, dir, 'model.sig'), 'utf8')) as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64').toString()) as {
      subject: Array<{ digest: { sha256: string } }>;
    };
    // The directory without the file the signature ignores has the signed subject digest.
    copyTree(join(ws, dir), join(ws, 'model', 'signed'));
    rmSync(join(ws, 'model', 'signed', 'ignore-me'));
    const body = `model:\n  artifacts:\n    - path: model/signed\n      sha256: ${digest.subject[0]!.digest.sha256}\n  signatures:\n    - path: ${dir}/model.sig\n`;
    const policy = { sigstore: { trustedRoot: ROOT, identities: [STEFAN] }, requireSignature: true };
    let r = await lineage.run(ctx(ws, load(ws, body), policy));
    expect(r.findings).toEqual([]);
    expect(r.facts.signatures).toMatchObject([{ verified: true, trusted: true, files: 2, ok: true, signer: 'stefanb@us.ibm.com (issuer https://sigstore.verify.ibm.com/oauth2)' }]);
    expect(r.facts.artifacts).toMatchObject([{ kind: 'directory', files: 2, ok: true, signed: true }]); // signme-1, signme-2 (model.sig is not part of the digest)
    expect(lineageFactsSchema.safeParse(r.facts).error).toBeUndefined(); // the signatures' facts are what the schema says
    // One byte of a signed file.
    const f1 = join(ws, dir, 'signme-1');
    writeFileSync(f1, Buffer.from(readFileSync(f1).map((b, i) => (i === 0 ? b ^ 1 : b))));
    r = await lineage.run(ctx(ws, load(ws, body), policy));
    expect(r.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['lineage/model-signature-mismatch', `${dir}/model.sig: file(s) changed since signing: signme-1`],
      ['lineage/signature-missing', 'model artifact "model/signed" is covered by no verified, trusted signature'],
    ]);
    // One byte of the signature's payload.
    const ws2 = workspace();
    flipPayload(join(ws2, dir, 'model.sig'));
    const r2 = await lineage.run(ctx(ws2, load(ws2, `${artifacts}  signatures:\n    - path: ${dir}/model.sig\n`), { sigstore: { trustedRoot: ROOT, identities: [STEFAN] } }));
    expect(r2.findings.map((f) => f.ruleId)).toEqual(['lineage/signature-invalid']);
    expect(r2.facts.signatures).toMatchObject([{ verified: false, ok: false }]);
    expect(lineageFactsSchema.safeParse(r2.facts).error).toBeUndefined();
  });

  it('model-signing v1.1.0 elliptic key: verifies with the PEM key (P-384, SHA-384), fails after a one-byte change', async () => {
    const ws = workspace();
    const dir = 'ms/v1.1.0-elliptic-key';
    const body = `${artifacts}  signatures:\n    - path: ${dir}/model.sig\n`;
    const policy = { trustedKeys: ['ms/signing-key-pub.pem'] };
    let r = await lineage.run(ctx(ws, load(ws, body), policy));
    expect(r.findings).toEqual([]);
    expect(r.facts.signatures).toMatchObject([{ verified: true, trusted: true, signer: 'ms/signing-key-pub.pem', ok: true }]);
    r = await lineage.run(ctx(ws, load(ws, body)));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/signer-untrusted']);
    const f2 = join(ws, dir, 'signme-2');
    writeFileSync(f2, Buffer.concat([readFileSync(f2), Buffer.from('!')]));
    r = await lineage.run(ctx(ws, load(ws, body), policy));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/model-signature-mismatch']);
    flipPayload(join(ws, dir, 'model.sig'));
    r = await lineage.run(ctx(ws, load(ws, body), policy));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['lineage/signature-invalid']);
  });

  it('an unknown or expired trusted root, or a bundle without a configured root, is an error naming the file; the gate fails closed', async () => {
    const ws = workspace();
    const m = load(ws, `${artifacts}  provenance:\n    - path: att/bundleV03-dsse.sigstore\n`);
    await expect(lineage.run(ctx(ws, m))).rejects.toThrow(/^att\/bundleV03-dsse\.sigstore: Sigstore bundle cannot be verified: the policy names no trusted root/);
    const root = JSON.parse(readFileSync(join(ws, ROOT), 'utf8')) as Record<string, unknown> & {
      certificateAuthorities: Array<{ validFor: { end?: string } }>;
      tlogs: Array<{ publicKey: { validFor: { end?: string } } }>;
      ctlogs: Array<{ publicKey: { validFor: { end?: string } } }>;
    };
    writeIn(ws, 'trust/unknown.json', JSON.stringify({ ...root, mediaType: 'application/json' }));
    await expect(lineage.run(ctx(ws, m, { sigstore: { trustedRoot: 'trust/unknown.json' } }))).rejects.toThrow(/^trust\/unknown\.json: unknown trusted root/);
    for (const ca of root.certificateAuthorities) ca.validFor.end = '2020-01-01T00:00:00Z';
    for (const t of root.tlogs) t.publicKey.validFor.end = '2020-01-01T00:00:00Z';
    writeIn(ws, 'trust/expired.json', JSON.stringify(root));
    const err = await lineage.run(ctx(ws, m, { sigstore: { trustedRoot: 'trust/expired.json' } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^trust\/expired\.json: trusted root has expired/);
    writeIn(ws, 'policy.yaml', `lineage:\n  sigstore:\n    trustedRoot: trust/expired.json\n`);
    const report = await runGate({ workspace: ws, manifest: 'model-release.yaml', policy: 'policy.yaml', logger: { info() {}, warning() {}, debug() {} }, registry: [lineage as Check] });
    expect(report.verdict).toBe('error');
    expect(report.checks[0]!.findings[0]).toMatchObject({ ruleId: 'gate/check-error', location: { file: 'trust/expired.json' } });
  });
});
