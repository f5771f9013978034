// Shared fixtures for the lineage tests: a temporary workspace, a manifest built from YAML lines,
// a check context, generated keys and DSSE envelopes.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { CheckContext, LoadedManifest } from '../../src/check.js';
import { loadManifest } from '../../src/manifest/load.js';
import { lineage, lineageConfigSchema, type LineageConfig } from '../../checks/lineage/index.js';
import { pae } from '../../src/attest/verify.js';
import { checkContext } from './context.js';
import { tempWorkspace, writeIn } from './workspace.js';

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

// ---- SLSA provenance: a release whose DSSE provenance, key, registry and policy all agree --------

export const BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';
export const COMMIT = 'a'.repeat(40);

/** A workspace with model/m.bin, data/train.csv, a key, the statement (DSSE-signed and plain) and a registry; `body(file)` lists that provenance file. */
export function provenanceSetup(statement?: unknown) {
  const ws = tempWorkspace({ 'model/m.bin': 'weights', 'data/train.csv': 'x,y\n' });
  const keys = ecKeys();
  writeIn(ws, 'keys/builder.pub', keys.publicPem);
  const st =
    statement ??
    provenance([{ name: 'm.bin', sha256: sha('weights') }], {
      deps: [
        { uri: 'git+https://github.com/acme/train@refs/heads/main', digest: { gitCommit: COMMIT } },
        { uri: 'file:data/train.csv', digest: { sha256: sha('x,y\n') } },
      ],
    });
  writeIn(ws, 'att/prov.dsse.json', dsse(st, keys.privateKey));
  writeIn(ws, 'att/prov.json', JSON.stringify(st));
  writeIn(ws, 'gov/datasets.yaml', `datasets:\n  - { id: train, sha256: ${sha('x,y\n')}, status: vetted, approver: gov, date: 2025-01-01 }\n`);
  const body = (file: string, extra = ''): string => `model:
  artifacts:
    - path: model/m.bin
      sha256: ${sha('weights')}
  source:
    commit: ${COMMIT}
  provenance:
    - path: ${file}
${extra}data:
  training:
    - id: train
      path: data/train.csv
      sha256: ${sha('x,y\n')}
`;
  const policy = { trustedBuilders: [BUILDER], trustedKeys: ['keys/builder.pub'], datasetRegistry: 'gov/datasets.yaml', requireSourceCommit: true };
  return { ws, keys, body, policy };
}

// ---- last known-good: this run's dependency and bias facts against a baseline report's ------------

/** Inventory entries from `ecosystem:name@version` specs (no `@`: unpinned). */
export const inv = (...specs: string[]) =>
  specs.map((s) => {
    const [eco, rest] = s.split(':') as [string, string];
    const [name, version] = rest.split('@') as [string, string | undefined];
    return { ecosystem: eco, name, version: version ?? null };
  });

/** Bias facts with one feature (`sex`) and its demographic parity difference and ratio. */
export const biasFacts = (dpd: number, dpr: number) => ({
  features: {
    sex: { features: ['sex'], disparities: { demographicParityDifference: dpd, demographicParityRatio: dpr, fourFifthsRulePassed: dpr >= 0.8, intervals: { demographicParityDifference: { lower: 0, upper: 1 } } } },
  },
});

export const BEFORE_DEPS = inv('PyPI:numpy@1.26.4', 'PyPI:scikit-learn@1.4.0', 'PyPI:requests@2.31.0', 'npm:left-pad@1.3.0');
export const AFTER_DEPS = inv('PyPI:numpy@1.26.4', 'PyPI:Scikit_Learn@1.5.1', 'PyPI:pyyaml@6.0.1', 'npm:left-pad@1.3.0', 'npm:left-pad@1.2.0');

/** A release of m.bin whose baseline is old/model-release.yaml, with old/report.json holding `reportChecks` (undefined: no report). */
export function knownGoodWorkspace(reportChecks: unknown[] | undefined): { ws: string; body: string } {
  const ws = tempWorkspace({ 'm.bin': 'w' });
  writeIn(ws, 'old/model-release.yaml', `${HEAD.join('\n').replace('1.0.0', '0.9.0')}\nmodel:\n  artifacts:\n    - path: m.bin\n      sha256: ${sha('w')}\n`);
  if (reportChecks) writeIn(ws, 'old/report.json', JSON.stringify({ schemaVersion: '1.0.0', verdict: 'passed', release: { version: '0.9.0' }, checks: reportChecks }));
  const body = `model:\n  artifacts:\n    - path: m.bin\n      sha256: ${sha('w')}\n  baseline:\n    manifest: old/model-release.yaml\n${reportChecks ? '    report: old/report.json\n' : ''}`;
  return { ws, body };
}

export type Up = CheckContext<unknown>['upstream'];
export const withUpstream = <C>(c: CheckContext<C>, upstream: Up): CheckContext<C> => ({ ...c, upstream });
