// Fuzz of the two configuration readers the gate loads first: the release manifest (a file in the
// workspace) and the policy (a file, or text a front door fetched). Bad input is a ConfigError.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { loadManifest } from '../../../src/manifest/load.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { registry } from '../../../src/registry.js';
import { mutatedText, plantedSecret, randomText, token } from '../../helpers/fuzz-inputs.js';
import { fuzzReader } from '../../helpers/fuzz-property.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const SHA = 'ab'.repeat(32);
const MANIFESTS = [
  `apiVersion: modelgate.dev/v1
kind: ModelRelease
metadata:
  name: demo
  version: 1.0.0
  owner: team@example.com
  description: A model.
model:
  artifacts:
    - name: m
      path: model/m.pt
      format: pytorch
      sha256: ${SHA}
  card: MODEL_CARD.md
  provenance:
    - path: provenance.json
data:
  scan:
    - path: data/train.csv
  training:
    - id: train-v1
      path: data/train.csv
      sha256: ${SHA}
evaluation:
  predictions: eval/predictions.csv
  label: label
  prediction: prediction
  sensitiveFeatures: [sex, age]
dependencies:
  lockfiles: [requirements.txt, { path: web/package-lock.json, scope: development }]
container:
  image: ghcr.io/acme/m:1.0@sha256:${SHA}
  archive: image.tar
  dockerfile: Dockerfile
`,
  JSON.stringify({ apiVersion: 'modelgate.dev/v1', kind: 'ModelRelease', metadata: { name: 'x', version: '1', owner: 'o' }, model: { artifacts: [{ path: 'm.bin', sha256: SHA }] } }),
];
const POLICIES = [
  `failOn: low
require: [lineage, bias]
optional: [endpoints]
timeouts: { default: 30, pii: 60 }
dependency:
  requirePinned: true
  environment: { python_version: "3.12", sys_platform: linux }
container-image:
  allowedRegistries: [ghcr.io/acme]
  maxAgeDays: 90
pii:
  actions: { personal: report }
  quasiIdentifiers: [Sex, Age]
bias:
  limits:
    demographicParityRatio: { min: 0.8 }
rules:
  - id: verified
    expression: "facts.lineage.mismatched == 0"
    message: every artifact must match its digest
    severity: high
waivers:
  - rule: dependency/vulnerable
    target: "numpy@1.21.0"
    reason: not reachable
    owner: team@example.com
    expires: 2030-01-01
`,
  '{"failOn": "high", "rules": [], "waivers": []}',
];

const ws = tempWorkspace();
const expected = (e: unknown): boolean => e instanceof ConfigError;

function readManifest(text: string): unknown {
  writeFileSync(join(ws, 'model-release.yaml'), text);
  return loadManifest(ws, 'model-release.yaml', registry);
}

function readPolicy(text: string): unknown {
  return loadPolicy(ws, undefined, registry, { name: 'policy.yaml', text, source: { origin: 'workspace', path: 'policy.yaml', sha256: SHA } });
}

/** A seed with one scalar value (after a `key: `) replaced by the secret, and hostile text elsewhere. */
function planted(seeds: readonly string[]) {
  return fc.record({ seed: fc.constantFrom(...seeds.filter((s) => !s.startsWith('{'))), secret: plantedSecret, slot: fc.nat(), noise: token, noiseSlot: fc.nat() }).map(({ seed, secret, slot, noise, noiseSlot }) => {
    const values = [...seed.matchAll(/: (\S[^\n]*)$/gm)];
    const v = values[slot % values.length]!;
    const at = v.index + 2;
    let text = `${seed.slice(0, at)}${JSON.stringify(secret)}${seed.slice(at + v[1]!.length)}`;
    const lines = text.split('\n');
    lines.splice(noiseSlot % lines.length, 0, noise);
    text = lines.join('\n');
    return { text, secret };
  });
}

const READERS = [
  { reader: 'manifest', seeds: MANIFESTS, call: readManifest },
  { reader: 'policy', seeds: POLICIES, call: readPolicy },
];

for (const { reader, seeds, call } of READERS) {
  describe(`fuzz: ${reader}`, () => {
    it('random text', async () => {
      await fuzzReader(randomText, { reader, property: 'random text', share: 0.03, expected, call });
    });
    it('mutated valid files', async () => {
      await fuzzReader(mutatedText(seeds), { reader, property: 'mutated seeds', share: 0.05, expected, call });
    });
    it('a planted secret in a value never reaches the error message', async () => {
      await fuzzReader(planted(seeds), { reader, property: 'planted secret', share: 0.02, expected, call: (p) => call(p.text), secrets: (p) => [p.secret] });
    });
  });
}
