// Shared fixtures for the lineage tests: a temporary workspace, a manifest built from YAML lines,
// a check context, generated keys and DSSE envelopes.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { CheckContext, LoadedManifest } from '../../../../src/check.js';
import { loadManifest } from '../../../../src/manifest/load.js';
import { lineage, lineageConfigSchema, type LineageConfig } from '../../../../checks/lineage/index.js';
import { pae } from '../../../../src/attest/verify.js';
import { checkContext } from '../../../helpers/context.js';
import { writeIn } from '../../../helpers/workspace.js';

export const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

export const HEAD = ['apiVersion: modelgate.dev/v1', 'kind: ModelRelease', 'metadata:', '  name: demo', '  version: 1.0.0', '  owner: team@example.com'];

export function load(ws: string, body: string, name = 'model-release.yaml'): LoadedManifest {
  writeIn(ws, name, `${HEAD.join('\n')}\n${body}`);
  return loadManifest(ws, name, [lineage]);
}

export function ctx(ws: string, manifest: LoadedManifest, config: unknown = undefined, logs: string[] = []): CheckContext<LineageConfig> {
  return checkContext({ id: 'lineage', workspace: ws, manifest, config: lineageConfigSchema.parse(config), logs });
}

/** 1-based line of the first line of `text` containing `needle`. */
export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

export function ecKeys(curve = 'prime256v1'): { publicPem: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
  return { publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey };
}

export function dsse(statement: unknown, privateKey: KeyObject, hash = 'sha256'): string {
  const payload = Buffer.from(JSON.stringify(statement));
  const type = 'application/vnd.in-toto+json';
  const sig = sign(hash, pae(type, payload), privateKey);
  return JSON.stringify({ payloadType: type, payload: payload.toString('base64'), signatures: [{ keyid: '', sig: sig.toString('base64') }] });
}

export function provenance(subjects: Array<{ name: string; sha256: string }>, opts: { builder?: string; deps?: Array<{ uri: string; digest: Record<string, string> }> } = {}) {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: { buildType: 'https://example.com/train/v1', externalParameters: {}, resolvedDependencies: opts.deps ?? [] },
      runDetails: { builder: { id: opts.builder ?? 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0' } },
    },
  };
}
