// The verdict store verifies keyless Sigstore bundles offline with the same code as the lineage
// check: real sigstore-js bundles and the public-good trusted root from ../shared/attestations.
// They sign npm publish attestations, not verdicts: a verified bundle is then refused as not a
// verdict statement, while a wrong identity or a flipped payload byte is refused at verification.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVerdictStore } from '../../src/verdict/store.js';
import { flipPayload } from '../helpers/attestations.js';
import { tempWorkspace, writeIn } from '../helpers/workspace.js';

const shared = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'attestations', 'sigstore-js');
const BRIAN = { san: '^brian@dehamer\\.com$', issuer: '^https://github\\.com/login/oauth$' };
const now = new Date('2026-11-25T00:00:00Z');

describe.skipIf(!existsSync(shared))('verdict store on real Sigstore bundles', () => {
  const store = (bundle: string, identity = BRIAN) => {
    const ws = tempWorkspace({});
    writeIn(ws, 'trust/root.json', readFileSync(join(shared, 'trusted_root.public-good.json')));
    writeIn(ws, `verdicts/${bundle}.json`, readFileSync(join(shared, bundle)));
    return { ws, load: () => loadVerdictStore(ws, 'verdicts', { requireSigned: true, trust: { trustedRoot: 'trust/root.json', identities: [identity] }, now }) };
  };

  it('verifies the signature, then refuses a statement that is not a verdict', async () => {
    const { load } = store('bundleV03-dsse.sigstore');
    const err = await load().catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toMatch(/verdicts\/bundleV03-dsse\.sigstore\.json/);
    expect(String(err)).not.toMatch(/does not verify|identity/i);
    expect(String(err)).toMatch(/_type is "https:\/\/in-toto\.io\/Statement\/v0\.1"; expected https:\/\/in-toto\.io\/Statement\/v1/);
  });

  it('refuses a bundle signed by another identity, and one whose payload changed by one bit', async () => {
    const other = store('bundleV03-dsse.sigstore', { san: '^brian@dehamer\\.co$', issuer: BRIAN.issuer });
    await expect(other.load()).rejects.toThrow(/bundleV03-dsse\.sigstore\.json: signed by brian@dehamer\.com .*matches none of the accepted identities/);
    const tampered = store('bundleV03-dsse.sigstore');
    const file = join(tampered.ws, 'verdicts', 'bundleV03-dsse.sigstore.json');
    flipPayload(file);
    await expect(tampered.load()).rejects.toThrow(/signature does not verify/);
  });
});
